// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// meta.txt of a saved model: "key=value" lines, read back strictly. Every missing or
// malformed entry is a ModelError that names the file and the key.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace logsleuth::ml::detail {

class MetaFile {
public:
    void set(const std::string& key, std::string value) { values_[key] = std::move(value); }
    void write(const std::filesystem::path& file) const;
    static MetaFile read(const std::filesystem::path& file);

    bool has(const std::string& key) const { return values_.contains(key); }
    const std::string& text(const std::string& key) const;
    double number(const std::string& key) const;
    std::int64_t integer(const std::string& key) const;
    std::uint64_t unsignedInteger(const std::string& key) const;

private:
    [[noreturn]] void malformed(const std::string& key) const;
    std::filesystem::path file_;
    std::map<std::string, std::string> values_;
};

} // namespace logsleuth::ml::detail
