// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A per-line column whose copies have room to grow. A corpus is copied to take a followed
// file's new lines; a copy of exactly its size would reallocate — copy itself a second time —
// on the first line appended (at 7 M lines that second copy cost as much as the first).
#pragma once

#include <vector>

namespace logsleuth::text {

template <class T> class GrowingColumn : public std::vector<T> {
public:
    using std::vector<T>::vector;
    GrowingColumn() = default;
    GrowingColumn(const GrowingColumn& other) : std::vector<T>() { copyFrom(other); }
    GrowingColumn& operator=(const GrowingColumn& other)
    {
        if (this != &other) {
            this->clear();
            copyFrom(other);
        }
        return *this;
    }
    GrowingColumn(GrowingColumn&&) noexcept = default;
    GrowingColumn& operator=(GrowingColumn&&) noexcept = default;
    ~GrowingColumn() = default;

private:
    // Room for an eighth more lines, and for a few thousand in any case.
    void copyFrom(const GrowingColumn& other)
    {
        this->reserve(other.size() + other.size() / 8 + 4096);
        this->insert(this->end(), other.begin(), other.end());
    }
};

} // namespace logsleuth::text
