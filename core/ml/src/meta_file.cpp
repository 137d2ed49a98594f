// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "meta_file.h"

#include "logsleuth/ml/model.h"
#include "numbers.h"

#include <fstream>

namespace logsleuth::ml::detail {

void MetaFile::write(const std::filesystem::path& file) const
{
    std::ofstream out(file, std::ios::binary);
    for (const auto& [key, value] : values_)
        out << key << '=' << value << '\n';
    out.flush();
    if (!out) throw ModelError("cannot write " + file.string());
}

MetaFile MetaFile::read(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ModelError("cannot read " + file.string());
    MetaFile meta;
    meta.file_ = file;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        const auto equals = line.find('=');
        if (equals == std::string::npos) throw ModelError(file.string() + ": line without '=': " + line);
        meta.values_[line.substr(0, equals)] = line.substr(equals + 1);
    }
    return meta;
}

const std::string& MetaFile::text(const std::string& key) const
{
    const auto it = values_.find(key);
    if (it == values_.end()) throw ModelError(file_.string() + ": missing key '" + key + "'");
    return it->second;
}

void MetaFile::malformed(const std::string& key) const
{
    throw ModelError(file_.string() + ": malformed value for '" + key + "': " + text(key));
}

double MetaFile::number(const std::string& key) const
{
    const auto value = parseDouble(text(key));
    if (!value) malformed(key);
    return *value;
}

std::int64_t MetaFile::integer(const std::string& key) const
{
    const auto value = parseSigned(text(key));
    if (!value) malformed(key);
    return *value;
}

std::uint64_t MetaFile::unsignedInteger(const std::string& key) const
{
    const auto value = parseUnsigned(text(key));
    if (!value) malformed(key);
    return *value;
}

} // namespace logsleuth::ml::detail
