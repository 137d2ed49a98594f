// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "seen_tokens.h"

#include "logsleuth/ml/features.h"
#include "logsleuth/ml/model.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace logsleuth::ml::detail {

namespace {
// FNV-1a: the saved hashes must not depend on the standard library or the platform.
std::uint64_t hashOf(std::string_view token)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const unsigned char c : token) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}
} // namespace

SeenTokens SeenTokens::of(const std::vector<std::string_view>& messages)
{
    SeenTokens seen;
    for (const std::string_view message : messages) {
        forEachToken(message, [&](std::string_view token) { seen.hashes_.push_back(hashOf(token)); });
        if (seen.hashes_.size() > 4 * kMaxTokens) { // keep memory bounded while collecting
            std::sort(seen.hashes_.begin(), seen.hashes_.end());
            seen.hashes_.erase(std::unique(seen.hashes_.begin(), seen.hashes_.end()), seen.hashes_.end());
            if (seen.hashes_.size() > kMaxTokens) return {};
        }
    }
    std::sort(seen.hashes_.begin(), seen.hashes_.end());
    seen.hashes_.erase(std::unique(seen.hashes_.begin(), seen.hashes_.end()), seen.hashes_.end());
    if (seen.hashes_.size() > kMaxTokens) return {};
    seen.hashes_.shrink_to_fit();
    return seen;
}

SeenTokens SeenTokens::merged(const SeenTokens& a, const SeenTokens& b)
{
    SeenTokens both;
    if (a.empty() || b.empty()) return both;
    std::set_union(a.hashes_.begin(), a.hashes_.end(), b.hashes_.begin(), b.hashes_.end(),
                   std::back_inserter(both.hashes_));
    if (both.hashes_.size() > kMaxTokens) return {};
    return both;
}

bool SeenTokens::contains(std::string_view token) const
{
    return std::binary_search(hashes_.begin(), hashes_.end(), hashOf(token));
}

std::size_t SeenTokens::unseenIn(std::string_view message) const
{
    if (empty()) return 0;
    std::vector<std::uint64_t> unseen;
    forEachToken(message, [&](std::string_view token) {
        if (const std::uint64_t hash = hashOf(token);
            !std::binary_search(hashes_.begin(), hashes_.end(), hash))
            unseen.push_back(hash);
    });
    std::sort(unseen.begin(), unseen.end());
    return std::size_t(std::unique(unseen.begin(), unseen.end()) - unseen.begin());
}

void SeenTokens::write(const std::filesystem::path& file) const
{
    if (empty()) return;
    std::ofstream out(file, std::ios::binary);
    for (const std::uint64_t hash : hashes_) {
        unsigned char bytes[8];
        for (int i = 0; i < 8; ++i)
            bytes[i] = static_cast<unsigned char>(hash >> (8 * i));
        out.write(reinterpret_cast<const char*>(bytes), 8);
    }
    out.flush();
    if (!out) throw ModelError("cannot write " + file.string());
}

SeenTokens SeenTokens::read(const std::filesystem::path& file)
{
    SeenTokens seen;
    if (!std::filesystem::exists(file)) return seen;
    const auto size = std::filesystem::file_size(file);
    if (size % 8 != 0 || size / 8 > kMaxTokens) throw ModelError("damaged " + file.string());
    std::ifstream in(file, std::ios::binary);
    seen.hashes_.resize(std::size_t(size / 8));
    for (std::uint64_t& hash : seen.hashes_) {
        unsigned char bytes[8];
        if (!in.read(reinterpret_cast<char*>(bytes), 8)) throw ModelError("cannot read " + file.string());
        hash = 0;
        for (int i = 0; i < 8; ++i)
            hash |= std::uint64_t(bytes[i]) << (8 * i);
    }
    if (!std::is_sorted(seen.hashes_.begin(), seen.hashes_.end()))
        throw ModelError("damaged " + file.string());
    return seen;
}

} // namespace logsleuth::ml::detail
