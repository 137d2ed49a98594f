// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/store/default_path.h"

#include "logsleuth/store/fact_store.h"

#include <cstdlib>

namespace logsleuth::store {

std::filesystem::path defaultStorePath()
{
    const std::filesystem::path leaf = std::filesystem::path("LogSleuth") / "facts.sqlite";
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
        const std::filesystem::path base(xdg);
        if (base.is_absolute()) return base / leaf;
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return std::filesystem::path(home) / ".local" / "share" / leaf;
    }
    throw StoreError("cannot place the fact store: neither XDG_DATA_HOME nor HOME is set");
}

} // namespace logsleuth::store
