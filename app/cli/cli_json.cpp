// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_json.h"

#include <charconv>
#include <cstdint>
#include <cstdio>

namespace logsleuth::cli {

namespace {

constexpr std::string_view kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string toBase64(std::string_view bytes)
{
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        std::uint32_t n = std::uint32_t(std::uint8_t(bytes[i])) << 16;
        if (i + 1 < bytes.size()) n |= std::uint32_t(std::uint8_t(bytes[i + 1])) << 8;
        if (i + 2 < bytes.size()) n |= std::uint8_t(bytes[i + 2]);
        out += kBase64[(n >> 18) & 63];
        out += kBase64[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? kBase64[(n >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? kBase64[n & 63] : '=';
    }
    return out;
}

std::string fromBase64(std::string_view text)
{
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=') break;
        const auto at = kBase64.find(c);
        if (at == std::string_view::npos) throw std::runtime_error("invalid base64");
        buffer = (buffer << 6) | std::uint32_t(at);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    return out;
}

void appendUtf8(std::string& out, std::uint32_t code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xc0 | (code >> 6));
        out += char(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += char(0xe0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    } else {
        out += char(0xf0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3f));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    }
}

class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}
    void skipSpace()
    {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\r'))
            ++at_;
    }
    bool take(char c)
    {
        skipSpace();
        if (at_ < text_.size() && text_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }
    void expect(char c)
    {
        if (!take(c)) fail(std::string("expected '") + c + "'");
    }
    [[noreturn]] void fail(const std::string& what) const
    {
        throw std::runtime_error(what + " at column " + std::to_string(at_ + 1));
    }
    std::uint32_t hex4()
    {
        if (at_ + 4 > text_.size()) fail("short \\u escape");
        std::uint32_t value = 0;
        const auto [end, ec] = std::from_chars(text_.data() + at_, text_.data() + at_ + 4, value, 16);
        if (ec != std::errc() || end != text_.data() + at_ + 4) fail("bad \\u escape");
        at_ += 4;
        return value;
    }
    std::string string()
    {
        expect('"');
        std::string out;
        while (true) {
            if (at_ >= text_.size()) fail("unterminated string");
            const char c = text_[at_++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (at_ >= text_.size()) fail("unterminated escape");
            switch (const char e = text_[at_++]) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                std::uint32_t code = hex4();
                if (code >= 0xd800 && code < 0xdc00 && text_.substr(at_, 2) == "\\u") {
                    at_ += 2;
                    const std::uint32_t low = hex4();
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                }
                appendUtf8(out, code);
                break;
            }
            default:
                fail("unknown escape");
            }
        }
    }
    std::optional<std::string> value()
    {
        skipSpace();
        if (at_ < text_.size() && text_[at_] == '"') return string();
        const std::size_t start = at_;
        while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '}' && text_[at_] != ' ')
            ++at_;
        const std::string_view word = text_.substr(start, at_ - start);
        if (word == "null") return std::nullopt;
        if (word.empty()) fail("a value is missing");
        return std::string(word);
    }
    bool atEnd()
    {
        skipSpace();
        return at_ >= text_.size();
    }

private:
    std::string_view text_;
    std::size_t at_ = 0;
};

} // namespace

bool isValidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto c = std::uint8_t(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t extra = 0;
        std::uint32_t code = 0;
        if ((c >> 5) == 6) {
            extra = 1;
            code = c & 0x1fu;
        } else if ((c >> 4) == 14) {
            extra = 2;
            code = c & 0x0fu;
        } else if ((c >> 3) == 30) {
            extra = 3;
            code = c & 0x07u;
        } else {
            return false;
        }
        if (i + extra >= text.size()) return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto b = std::uint8_t(text[i + k]);
            if ((b >> 6) != 2) return false;
            code = (code << 6) | (b & 0x3fu);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if ((extra == 1 && code < 0x80) ||
            (extra == 2 && (code < 0x800 || (code >= 0xd800 && code < 0xe000))) ||
            (extra == 3 && (code < 0x10000 || code > 0x10ffff)))
            return false;
        i += extra + 1;
    }
    return true;
}

void JsonObjectWriter::key(std::string_view name)
{
    if (out_.size() > 1) out_ += ',';
    out_ += '"';
    out_ += name;
    out_ += "\":";
}

void JsonObjectWriter::text(std::string_view name, std::string_view value)
{
    if (!isValidUtf8(value)) {
        key(std::string(name) + "_b64");
        out_ += '"' + toBase64(value) + '"';
        return;
    }
    key(name);
    out_ += '"';
    for (char c : value) {
        const auto u = std::uint8_t(c);
        if (c == '"' || c == '\\') {
            out_ += '\\';
            out_ += c;
        } else if (u < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", u);
            out_ += escape;
        } else {
            out_ += c;
        }
    }
    out_ += '"';
}

void JsonObjectWriter::number(std::string_view name, std::optional<double> value)
{
    key(name);
    if (!value) {
        out_ += "null";
        return;
    }
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *value);
    out_.append(buffer, ec == std::errc() ? end : buffer);
}

void JsonObjectWriter::integer(std::string_view name, std::uint64_t value)
{
    key(name);
    out_ += std::to_string(value);
}

std::string JsonObjectWriter::finish()
{
    out_ += '}';
    return std::move(out_);
}

std::map<std::string, std::string, std::less<>> parseFlatObject(std::string_view line)
{
    Reader reader(line);
    std::map<std::string, std::string, std::less<>> fields;
    reader.expect('{');
    if (!reader.take('}')) {
        do {
            std::string name = reader.string();
            reader.expect(':');
            auto value = reader.value();
            if (!value) continue;
            constexpr std::string_view suffix = "_b64";
            if (name.size() > suffix.size() && name.ends_with(suffix)) {
                name.resize(name.size() - suffix.size());
                *value = fromBase64(*value);
            }
            fields[name] = std::move(*value);
        } while (reader.take(','));
        reader.expect('}');
    }
    if (!reader.atEnd()) reader.fail("text after the object");
    return fields;
}

} // namespace logsleuth::cli
