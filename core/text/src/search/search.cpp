// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/search.h"

#ifdef LOGSLEUTH_HAVE_RE2
#include <re2/re2.h>
#endif

namespace logsleuth::text {
namespace {

#ifdef LOGSLEUTH_HAVE_RE2

class Re2Search final : public Search {
public:
    Re2Search(SearchQuery query, std::unique_ptr<RE2> regex)
        : m_query(std::move(query)), m_regex(std::move(regex))
    {
    }

    std::uint64_t run(const Corpus& corpus, const std::function<bool(std::uint64_t)>& onMatch,
                      std::uint64_t from, std::uint64_t to) const override
    {
        const RecordColumns& records = corpus.records();
        const auto& keys = corpus.messageKeys();
        const bool mined = records.size() == corpus.lineCount();
        // Filters are cheap column reads: resolve the ids once, compare integers per line.
        std::uint32_t component = 0, entity = 0;
        if (!m_query.component.empty() || !m_query.entity.empty()) {
            for (std::uint32_t id = 1; mined && id < records.stringCount(); ++id) {
                if (records.stringText(id) == m_query.component) component = id;
                if (records.stringText(id) == m_query.entity) entity = id;
            }
            if ((!m_query.component.empty() && component == 0) || (!m_query.entity.empty() && entity == 0))
                return 0;
        }
        std::uint64_t matches = 0;
        to = std::min<std::uint64_t>(to, corpus.lineCount());
        for (std::uint64_t line = from; line < to; ++line) {
            if (mined) {
                if (m_query.minSeverity != Severity::Unknown && records.severity(line) < m_query.minSeverity)
                    continue;
                const std::int64_t time = records.time(line);
                if (m_query.since != kNoTime && (time == kNoTime || time < m_query.since)) continue;
                if (m_query.until != kNoTime && (time == kNoTime || time >= m_query.until)) continue;
                if (component != 0 && records.componentIds()[line] != component) continue;
                if (entity != 0 && records.entityIds()[line] != entity) continue;
                if (m_query.templateId &&
                    corpus.miner().id(corpus.clusterOfMessage(keys[line])) != *m_query.templateId)
                    continue;
            }
            if (m_regex) {
                const std::string_view text = corpus.line(line);
                if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *m_regex)) continue;
            }
            ++matches;
            if (!onMatch(line)) break;
        }
        return matches;
    }

private:
    SearchQuery m_query;
    std::unique_ptr<RE2> m_regex;
};

#endif

} // namespace

bool Search::available()
{
#ifdef LOGSLEUTH_HAVE_RE2
    return true;
#else
    return false;
#endif
}

std::unique_ptr<Search> Search::create(SearchQuery query, std::string& error)
{
#ifdef LOGSLEUTH_HAVE_RE2
    std::unique_ptr<RE2> regex;
    if (!query.pattern.empty()) {
        RE2::Options options;
        options.set_case_sensitive(!query.ignoreCase);
        options.set_log_errors(false);
        options.set_encoding(RE2::Options::EncodingLatin1); // bytes: invalid UTF-8 still matches
        regex = std::make_unique<RE2>(query.pattern, options);
        if (!regex->ok()) {
            // RE2's message names the offending part of the pattern ("missing ): (abc").
            error = "invalid regular expression: " + regex->error();
            return nullptr;
        }
    }
    return std::make_unique<Re2Search>(std::move(query), std::move(regex));
#else
    (void)query;
    error = "search needs a build with RE2 (libre2-dev)";
    return nullptr;
#endif
}

} // namespace logsleuth::text
