// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "json_pairs.h"

#include "../ascii.h"
#include "escapes.h"
#include "json_cursor.h"

namespace logsleuth::text::detail {
namespace {

// Objects nested deeper than this are written as they stand, one value.
constexpr int kDeepestNesting = 8;

class PairWriter {
public:
    PairWriter(std::string_view text, std::string& out) : m_c{text}, m_out(out) {}

    bool object(std::string& prefix, int depth)
    {
        ++m_c.p; // '{'
        for (;;) {
            m_c.spaces();
            if (at('}')) return ++m_c.p, true;
            std::string_view key;
            if (!m_c.string(key)) return false;
            m_c.spaces();
            if (!at(':')) return false;
            ++m_c.p;
            m_c.spaces();
            if (m_c.p >= m_c.s.size()) return false;
            decodeEscapes(key, MessageEscapes::Backslash, m_decoded);
            if (at('{') && depth < kDeepestNesting) {
                const std::size_t prefixLength = prefix.size();
                prefix += m_decoded;
                prefix += '.';
                if (!object(prefix, depth + 1)) return false;
                prefix.resize(prefixLength);
            } else {
                if (!m_out.empty()) m_out += ' ';
                m_out += prefix;
                m_out += m_decoded;
                m_out += '=';
                if (!value()) return false;
            }
            m_c.spaces();
            if (at(',')) {
                ++m_c.p;
                continue;
            }
            if (at('}')) return ++m_c.p, true;
            return false;
        }
    }

    bool atEnd()
    {
        m_c.spaces();
        return m_c.p == m_c.s.size();
    }

private:
    bool at(char c) const { return m_c.p < m_c.s.size() && m_c.s[m_c.p] == c; }

    // A string unescaped, quoted where it needs to be; anything else as written.
    bool value()
    {
        const std::size_t begin = m_c.p;
        std::string_view raw;
        bool isString = false;
        if (!m_c.value(raw, isString)) return false;
        if (!isString) {
            m_out += m_c.s.substr(begin, m_c.p - begin);
            return true;
        }
        decodeEscapes(raw, MessageEscapes::Backslash, m_decoded);
        const bool quote = m_decoded.empty() || m_decoded.find_first_of(" =\"") != std::string::npos;
        if (quote) m_out += '"';
        for (const char c : m_decoded)
            m_out += c == '"' ? '\'' : c;
        if (quote) m_out += '"';
        return true;
    }

    JsonCursor m_c;
    std::string& m_out;
    std::string m_decoded;
};

} // namespace

bool jsonObjectPairs(std::string_view object, std::string& out)
{
    out.clear();
    std::size_t start = 0;
    while (start < object.size() && ascii::isSpace(object[start]))
        ++start;
    if (start == object.size() || object[start] != '{') return false;
    PairWriter writer(object.substr(start), out);
    std::string prefix;
    return writer.object(prefix, 0) && writer.atEnd();
}

} // namespace logsleuth::text::detail
