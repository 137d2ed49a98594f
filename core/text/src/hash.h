// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// 64-bit FNV-1a: stable across runs, platforms and compilers (std::hash is none of these),
// which template ids stored on disk rely on.
#pragma once

#include <cstdint>
#include <string_view>

namespace logsleuth::text::detail {

constexpr std::uint64_t fnvOffsetBasis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t fnvPrime = 0x100000001b3ULL;

constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = fnvOffsetBasis)
{
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= fnvPrime;
    }
    return hash;
}

// FNV-1a alone mixes its last bytes poorly into the high bits; this finaliser (from
// SplitMix64) spreads every input bit over the whole word.
constexpr std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

} // namespace logsleuth::text::detail
