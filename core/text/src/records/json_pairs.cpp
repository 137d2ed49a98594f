// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "json_pairs.h"

#include "../ascii.h"
#include "escapes.h"

namespace logsleuth::text::detail {
namespace {

// Objects nested deeper than this are written as they stand, one value.
constexpr int kDeepestNesting = 8;

class PairWriter {
public:
    PairWriter(std::string_view text, std::string& out) : m_s(text), m_out(out) {}

    bool object(std::string& prefix, int depth)
    {
        ++m_p; // '{'
        for (;;) {
            spaces();
            if (m_p < m_s.size() && m_s[m_p] == '}') return ++m_p, true;
            std::string_view key;
            if (!string(key)) return false;
            spaces();
            if (m_p >= m_s.size() || m_s[m_p] != ':') return false;
            ++m_p;
            spaces();
            if (m_p >= m_s.size()) return false;
            decodeEscapes(key, MessageEscapes::Backslash, m_decoded);
            if (m_s[m_p] == '{' && depth < kDeepestNesting) {
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
            spaces();
            if (m_p < m_s.size() && m_s[m_p] == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_s.size() && m_s[m_p] == '}') return ++m_p, true;
            return false;
        }
    }

    bool atEnd()
    {
        spaces();
        return m_p == m_s.size();
    }

private:
    void spaces()
    {
        while (m_p < m_s.size() && ascii::isSpace(m_s[m_p]))
            ++m_p;
    }

    // The raw contents of the string at the cursor (escapes as written).
    bool string(std::string_view& raw)
    {
        if (m_p >= m_s.size() || m_s[m_p] != '"') return false;
        const std::size_t begin = ++m_p;
        while (m_p < m_s.size() && m_s[m_p] != '"')
            m_p += m_s[m_p] == '\\' ? 2 : 1;
        if (m_p >= m_s.size()) return false;
        raw = m_s.substr(begin, m_p - begin);
        ++m_p;
        return true;
    }

    bool value()
    {
        if (m_s[m_p] == '"') {
            std::string_view raw;
            if (!string(raw)) return false;
            decodeEscapes(raw, MessageEscapes::Backslash, m_decoded);
            const bool quote = m_decoded.empty() || m_decoded.find_first_of(" =\"") != std::string::npos;
            if (quote) m_out += '"';
            for (const char c : m_decoded)
                m_out += c == '"' ? '\'' : c;
            if (quote) m_out += '"';
            return true;
        }
        const std::size_t begin = m_p;
        if (m_s[m_p] == '{' || m_s[m_p] == '[') {
            int depth = 0;
            while (m_p < m_s.size()) {
                const char c = m_s[m_p];
                if (c == '"') {
                    std::string_view ignored;
                    if (!string(ignored)) return false;
                    continue;
                }
                ++m_p;
                if (c == '{' || c == '[') ++depth;
                if ((c == '}' || c == ']') && --depth == 0) break;
            }
            if (depth != 0) return false;
        } else {
            while (m_p < m_s.size() && m_s[m_p] != ',' && m_s[m_p] != '}' && !ascii::isSpace(m_s[m_p]))
                ++m_p;
            if (m_p == begin) return false;
        }
        m_out += m_s.substr(begin, m_p - begin);
        return true;
    }

    std::string_view m_s;
    std::size_t m_p = 0;
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
