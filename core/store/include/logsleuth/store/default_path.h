// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include <filesystem>

namespace logsleuth::store {

// Where the GUI and the CLI keep the fact store, so both see the same marks:
// $XDG_DATA_HOME/LogSleuth/facts.sqlite, else $HOME/.local/share/LogSleuth/facts.sqlite.
// A relative XDG_DATA_HOME is ignored, as the XDG base directory spec asks.
// Throws StoreError when neither variable gives a usable directory.
std::filesystem::path defaultStorePath();

} // namespace logsleuth::store
