// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/model_options.h"

#include "numbers.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace logsleuth::ml {

std::string OptionSpec::metaKey() const
{
    std::string key = name;
    std::replace(key.begin(), key.end(), '-', '_');
    return key;
}

ModelOptions::ModelOptions(std::vector<OptionSpec> schema) : schema_(std::move(schema))
{
    for (const auto& option : schema_)
        values_[option.name] = option.defaultValue;
}

const OptionSpec& ModelOptions::spec(std::string_view name) const
{
    for (const auto& option : schema_)
        if (option.name == name) return option;
    std::string known;
    for (const auto& option : schema_)
        known += (known.empty() ? "" : ", ") + option.name;
    throw std::invalid_argument("unknown option '" + std::string(name) + "' (this model takes: " + known +
                                ")");
}

bool ModelOptions::has(std::string_view name) const
{
    return values_.find(name) != values_.end();
}

void ModelOptions::set(std::string_view name, std::string_view value)
{
    const OptionSpec& option = spec(name);
    const auto fail = [&](const std::string& expected) {
        throw std::invalid_argument("--" + option.name + " " + std::string(value) + ": expected " + expected);
    };
    switch (option.type) {
    case OptionSpec::Type::Integer:
    case OptionSpec::Type::Real: {
        const auto number = detail::parseDouble(value);
        const bool integral = option.type == OptionSpec::Type::Integer;
        const std::string range = (integral ? "an integer" : "a number") + std::string(" from ") +
                                  detail::formatNumber(option.min) + " to " +
                                  detail::formatNumber(option.max);
        if (!number || !std::isfinite(*number) || *number < option.min || *number > option.max) fail(range);
        if (integral && std::floor(*number) != *number) fail(range);
        break;
    }
    case OptionSpec::Type::Choice:
        if (std::find(option.choices.begin(), option.choices.end(), value) == option.choices.end()) {
            std::string words;
            for (const auto& choice : option.choices)
                words += (words.empty() ? "" : ", ") + choice;
            fail("one of " + words);
        }
        break;
    }
    values_[option.name] = std::string(value);
}

const std::string& ModelOptions::text(std::string_view name) const
{
    const auto it = values_.find(name);
    if (it == values_.end()) spec(name); // throws, naming the known options
    return it->second;
}

std::int64_t ModelOptions::integer(std::string_view name) const
{
    return std::int64_t(real(name));
}

double ModelOptions::real(std::string_view name) const
{
    const auto value = detail::parseDouble(text(name));
    if (!value) throw std::invalid_argument("option '" + std::string(name) + "' is not a number");
    return *value;
}

std::string ModelOptions::summary() const
{
    std::string out;
    for (const OptionSpec& option : schema_)
        out += (out.empty() ? "" : " ") + option.name + "=" + text(option.name);
    return out;
}

} // namespace logsleuth::ml
