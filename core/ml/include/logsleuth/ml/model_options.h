// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A model family's options, declared once. The declaration (OptionSpec) is the single place
// that maps an option to its CLI flag (--name), its GUI setting (train/name) and its key in a
// saved model's meta.txt (name with '-' as '_'), so the three cannot drift apart.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml {

struct OptionSpec {
    enum class Type { Integer, Real, Choice };
    std::string name; // lower-case words joined by '-': "epochs", "window-seconds"
    Type type = Type::Integer;
    std::string defaultValue;
    double min = 0, max = 0;          // Integer and Real: the accepted range, inclusive
    std::vector<std::string> choices; // Choice: the accepted words
    std::string help;                 // one line for --help and tooltips

    std::string metaKey() const; // "window_seconds"
};

// Values for every option of a schema; unset options hold their defaults.
class ModelOptions {
public:
    ModelOptions() = default;
    explicit ModelOptions(std::vector<OptionSpec> schema);

    // Throws std::invalid_argument naming the option and what it accepts.
    void set(std::string_view name, std::string_view value);
    bool has(std::string_view name) const;
    const std::string& text(std::string_view name) const;
    std::int64_t integer(std::string_view name) const;
    double real(std::string_view name) const;

    const std::vector<OptionSpec>& schema() const { return schema_; }
    // "epochs=10 seed=0 …": every option of the schema in its order, for run records and logs.
    std::string summary() const;
    const std::map<std::string, std::string, std::less<>>& values() const { return values_; }

private:
    const OptionSpec& spec(std::string_view name) const;
    std::vector<OptionSpec> schema_;
    std::map<std::string, std::string, std::less<>> values_;
};

} // namespace logsleuth::ml
