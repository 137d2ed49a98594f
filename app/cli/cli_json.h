// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The flat JSON objects of `marks export` and `marks import`: one object per line, values that
// are strings, numbers or null. A string that is not valid UTF-8 cannot be JSON text, so it is
// written as "<name>_b64" in base64 and read back byte for byte.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace logsleuth::cli {

class JsonObjectWriter {
public:
    void text(std::string_view name, std::string_view value);        // name_b64 when not UTF-8
    void number(std::string_view name, std::optional<double> value); // null when empty
    void integer(std::string_view name, std::uint64_t value);
    std::string finish(); // "{...}"

private:
    void key(std::string_view name);
    std::string out_ = "{";
};

// Field values as their text (strings unescaped and base64 fields decoded under their plain
// name); a JSON null is absent. Throws std::runtime_error for anything else than a flat object.
std::map<std::string, std::string, std::less<>> parseFlatObject(std::string_view line);

bool isValidUtf8(std::string_view text);

} // namespace logsleuth::cli
