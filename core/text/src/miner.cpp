// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/miner.h"

#include "ascii.h"
#include "hash.h"
#include "logsleuth/text/mask.h"
#include "mined_tokens.h"
#include "plain_word.h"
#include "records/layout_stats.h"
#include "sql_statement.h"

#include <algorithm>
#include <charconv>
#include <istream>
#include <map>
#include <ostream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace logsleuth::text {
namespace {

using detail::wildcard;

// A path of names joined by dots, four and more, one of them with a value in it (a pipeline's
// stage of a sample, "ID.PBMC_ctrl_<NUM>.SC_RNA_COUNTER_CS.SC_MULTI_CORE.DETECT_CHEMISTRY"): a
// value, as a file's path is, whatever names it runs through. (Without a value, a dotted name is
// as often the event itself: Concourse's "atc.tracker.track.start".)
bool isDottedPath(std::string_view token)
{
    constexpr std::size_t kFewestDots = 3;
    if (!containsPlaceholder(token)) return false;
    while (!token.empty() && (token.back() == ',' || token.back() == ':' || token.back() == ';'))
        token.remove_suffix(1);
    if (token.empty() || token.front() == '.' || token.back() == '.' ||
        token.find("..") != std::string_view::npos ||
        static_cast<std::size_t>(std::count(token.begin(), token.end(), '.')) < kFewestDots)
        return false;
    return std::all_of(token.begin(), token.end(), [](char c) {
        return ascii::isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '<' || c == '>' || c == '*';
    });
}

// An object that spans blanks (one token, see objectSpanEnd): {id='clickstream', state=RUNNING}.
bool isObject(std::string_view token)
{
    return token.find('{') != std::string_view::npos && token.find(' ') != std::string_view::npos;
}

// ... one that is a record of its own, its message under a key (etcd's JSON lines inside k3s'
// journal: {"level":"info",…,"msg":"compact tree index",…}): its message is the event.
bool isRecord(std::string_view token)
{
    return token.find("\"msg\":") != std::string_view::npos ||
           token.find("\"message\":") != std::string_view::npos;
}

// A value written in words or names rather than masked: an SQL statement a key or label names
// (sql_statement.h), a dotted path, an object that is no record. Two such values are two values
// of one shape, as two numbers are.
bool isWordyValue(std::string_view token)
{
    return detail::isStatementValue(token) || isDottedPath(token) || (isObject(token) && !isRecord(token));
}

// Tokens that carry a variable (masked or already generalised) all route to one child, so
// that "<NUM> bytes" and "<*> bytes" meet in the same leaf. An object that spans blanks (one
// token, see objectSpanEnd) is a value too, even when none of its values was masked, and so is
// a value the log quotes after its key ('region="Asia"', 'region="North America"') and an SQL
// statement a key or label names (sql_statement.h).
bool isVariable(std::string_view token)
{
    // (Of the values isWordyValue names, a dotted path holds a placeholder and an object is one.)
    return containsPlaceholder(token) || isObject(token) || detail::isKeyedQuotedValue(token) ||
           detail::isStatementValue(token);
}

// A token that is nothing but placeholders and punctuation ("<NUM>", "<UUID>]", "(<IP>)"): it
// says nothing about which event a line is, unlike "lock=<NUM>," whose key does.
bool isPureVariable(std::string_view token)
{
    return !hasLetterOutsideAngles(token) && isVariable(token);
}

// A number in any base, alone: "<NUM>" or "<HEX>".
bool isNumberShape(std::string_view token)
{
    return token == "<NUM>" || token == "<HEX>";
}

} // namespace

namespace {

constexpr std::size_t kNoSpan = static_cast<std::size_t>(-1);

// A span stands on a <*> of the template; an optional one ends it or (optional_word_merge.h)
// stands inside it for one token or none.
bool validSpan(const ValueSpan& span, const std::vector<std::string_view>& tokens)
{
    return span.at < tokens.size() && tokens[span.at].starts_with(wildcard);
}

} // namespace

bool holdsValueSpan(std::string_view templateText, ValueSpan span)
{
    std::vector<std::string_view> tokens;
    minedTokens(templateText, tokens);
    return validSpan(span, tokens);
}

namespace {

struct Cluster {
    std::vector<std::string> tokens;
    TemplateId id;
    std::size_t span = kNoSpan; // the token whose <*> stands for a value of several tokens
    bool optional = false;      // ... or for none, ending the template (ValueSpan)
};

struct Node {
    // std::map keeps the tree walk (and so the ids) independent of hash-table iteration order.
    std::map<std::string, std::unique_ptr<Node>, std::less<>> children;
    std::vector<std::uint32_t> clusters; // only in leaves
};

} // namespace

struct TemplateMiner::State {
    MinerOptions options;
    std::unordered_map<std::size_t, Node> byLength; // first level: token count
    std::vector<Cluster> clusters;
    std::vector<std::uint32_t> spanClusters; // the clusters with a span, in index order
    std::unordered_set<std::uint64_t> usedIds;
    std::vector<std::string_view> tokens; // scratch, reused by every add()
    std::vector<bool> tokenIsVariable;    // per token of the current message
    std::vector<bool> tokenOutOfRatio; // a value, or the label of a bracketed value ("[e:" of "[e: <HEX>]")
    std::vector<bool> tokenIsWordy;    // a value written in words (isWordyValue)
    std::vector<std::size_t> throughLevels; // where leafThroughWildcard() took the wildcard

    void tokenize(std::string_view message)
    {
        minedTokens(message, tokens);
        tokenIsVariable.clear();
        tokenOutOfRatio.clear();
        tokenIsWordy.clear();
        for (std::string_view token : tokens) {
            tokenIsVariable.push_back(isVariable(token));
            tokenOutOfRatio.push_back(tokenIsVariable.back() && isPureVariable(token));
            tokenIsWordy.push_back(isWordyValue(token));
        }
        // A label that opens a bracket closed by a value ("[build: <HEX>]", a log adapter's context
        // before every message) says which value it is, not what happened: counted, the labels of
        // a context on every line would glue unrelated short messages as the values would.
        for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
            if (tokens[i].size() > 2 && tokens[i].front() == '[' && tokens[i].back() == ':' &&
                tokenOutOfRatio[i + 1] && tokens[i + 1].back() == ']')
                tokenOutOfRatio[i] = true;
    }

    // A token's branch in the prefix tree: a variable's and a keyed value's ("event=view_item")
    // the wildcard's, so that values after their keys meet under one leaf and similarity decides;
    // a wrapped word's too, but for a state in brackets ("[ENTER]"), which names the event, and a
    // key quoted before its arrow (a PHP array's "'HTTP_HOST' => 'www.example.org'", as Yii dumps
    // $_SERVER under an error), which names the value.
    std::string_view treeKey(std::size_t level) const
    {
        const bool arrowKey = level + 1 < tokens.size() && tokens[level + 1] == "=>";
        return tokenIsVariable[level] || isKeyedWord(tokens[level]) || isEmptyKey(tokens[level]) ||
                       (isWrappedWord(tokens[level]) && !isWrappedState(tokens[level]) && !arrowKey)
                   ? wildcard
                   : tokens[level];
    }

    unsigned tokenLevels() const { return options.depth > 2 ? options.depth - 2 : 0; }

    // Walks (and, when `grow`, extends) the prefix tree to the leaf for `tokens`.
    Node* leaf(bool grow)
    {
        Node* node = &byLength[tokens.size()];
        const std::size_t levels = std::min<std::size_t>(tokenLevels(), tokens.size());
        for (std::size_t level = 0; level < levels; ++level) {
            const std::string_view key = treeKey(level);
            auto found = node->children.find(key);
            if (found == node->children.end() && grow) {
                // Like Drain: a full node sends new tokens to its wildcard child.
                const bool room = node->children.size() + 1 < options.maxChildren ||
                                  (key == wildcard && node->children.size() < options.maxChildren);
                const std::string_view childKey = room ? key : wildcard;
                found = node->children.find(childKey);
                if (found == node->children.end())
                    found = node->children.emplace(std::string(childKey), std::make_unique<Node>()).first;
            } else if (found == node->children.end()) {
                found = node->children.find(wildcard);
                if (found == node->children.end()) return nullptr;
            }
            node = found->second.get();
        }
        return node;
    }

    // The leaf the tokens reach in `tree` without growing it, taking the wildcard child where a
    // word has no child of its own (throughLevels records where); null when there is none.
    const Node* walk(const std::unordered_map<std::size_t, Node>& tree)
    {
        throughLevels.clear();
        const auto found = tree.find(tokens.size());
        if (found == tree.end()) return nullptr;
        const Node* node = &found->second;
        const std::size_t levels = std::min<std::size_t>(tokenLevels(), tokens.size());
        for (std::size_t level = 0; level < levels && node; ++level) {
            const std::string_view key = treeKey(level);
            auto child = node->children.find(key);
            if (child == node->children.end()) {
                child = node->children.find(wildcard);
                throughLevels.push_back(level);
            }
            node = child == node->children.end() ? nullptr : child->second.get();
        }
        return node;
    }

    // The leaf of this miner's tree the tokens reach only through a wildcard standing in for a
    // word it has not met; null otherwise.
    const Node* leafThroughWildcard()
    {
        const Node* node = walk(byLength);
        return throughLevels.empty() ? nullptr : node;
    }

    // The message joins the cluster: the tokens that differ become <*>.
    std::uint32_t absorb(std::uint32_t index)
    {
        Cluster& cluster = clusters[index];
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (cluster.tokens[i] != tokens[i] && cluster.tokens[i] != wildcard)
                cluster.tokens[i] = sameKey(cluster.tokens[i], tokens[i])
                                        ? detail::keyedWildcard(cluster.tokens[i])
                                        : std::string(wildcard);
        return index;
    }

    // Whether two tokens are one key's plain values (detail::oneKeysValues), in a message of more
    // than that pair: a message that is one pair ("ApiCall=join") names its event by the value.
    bool sameKey(std::string_view a, std::string_view b) const
    {
        return tokens.size() > 1 && detail::oneKeysValues(a, b);
    }

    // Whether two tokens are "key=value" pairs under two different keys: two format strings,
    // whichever their values (see identifierKey for what counts as a key).
    static bool differentKeys(std::string_view a, std::string_view b)
    {
        const std::string_view keyA = identifierKey(a), keyB = identifierKey(b);
        return !keyA.empty() && !keyB.empty() && keyA != keyB;
    }

    // Whether two tokens are two message codes (capitals and digits joined by '_', a letter first:
    // Dagster's "STEP_START" where a template has "ENGINE_EVENT") in a field of their own, after a
    // separator or a value, not a word: each names its event, as a key does, so two of them are
    // two format strings. After a word a code is that word's value ("#define PACKAGE_VERSION").
    bool differentCodes(std::string_view a, std::string_view b, std::size_t i) const
    {
        if (i > 0) {
            const std::string_view before = tokens[i - 1];
            const bool placeholder = before.size() > 2 && before.front() == '<' && before.back() == '>';
            if (!placeholder && std::any_of(before.begin(), before.end(), ascii::isAlpha)) return false;
        }
        return a != b && detail::isMessageCode(a) && detail::isMessageCode(b);
    }

    // Whether two tokens that open a message are calls of two functions ("read(<NUM>," where a
    // template has "write(<NUM>,", strace's system calls): a call names its event, whichever its
    // arguments; those make the token a value's and send it down the wildcard's branch.
    static bool differentCalls(std::string_view a, std::string_view b, std::size_t i)
    {
        if (i != 0) return false;
        const std::string_view nameA = calledName(a), nameB = calledName(b);
        return !nameA.empty() && !nameB.empty() && nameA != nameB;
    }

    // Whether the current tokens and a template name two keys at `i`, an '=' apart from their
    // values ("Etot   =   -135133.9686" where the template has "BOND   =   923.3550", an MD
    // engine's energy table): two rows, however alike their numbers.
    bool differentSpacedKeys(const std::vector<std::string>& templateTokens, std::size_t i) const
    {
        if (i + 1 >= tokens.size() || tokens[i + 1] != "=" || templateTokens[i + 1] != "=") return false;
        const std::string_view a = templateTokens[i], b = tokens[i];
        // A name first: "pres0" is masked "pres<NUM>", a key still.
        const auto isKey = [](std::string_view key) { return !key.empty() && ascii::isAlpha(key.front()); };
        return a != b && isKey(a) && isKey(b);
    }

    // Share of the message's constant tokens that the template has too; <*> counts as no match.
    // Masked tokens (<NUM>, <UUID>]) stay out of the ratio: they match each other trivially, so
    // counting them would let a shared "[instance: <UUID>]" prefix glue unrelated short messages.
    double similarity(const Cluster& cluster, std::size_t& wildcards) const
    {
        std::size_t equal = 0, constant = 0, sameValues = 0, words = 0, sameWords = 0;
        wildcards = 0;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            // Two keys in one place ("ran_ue=<NUM>" where a template has "cu_cp_ue=<NUM>") are
            // two format strings: a key is the code's, whatever its value.
            if (differentKeys(cluster.tokens[i], tokens[i]) || differentSpacedKeys(cluster.tokens, i) ||
                differentCodes(cluster.tokens[i], tokens[i], i) ||
                differentCalls(cluster.tokens[i], tokens[i], i))
                return 0.0;
            if (cluster.tokens[i] == wildcard) ++wildcards;
            if (cluster.tokens[i] == wildcard || cluster.tokens[i] == tokens[i] ||
                (tokens.size() == 1 && isNumberShape(cluster.tokens[i]) && isNumberShape(tokens[i])))
                ++sameValues;
            if (tokenOutOfRatio[i]) continue;
            ++constant;
            // Two values written in words (two statements, two objects) are two values of one
            // shape, as two numbers are: they match each other, and the <*> they became.
            const bool sameShape =
                tokenIsWordy[i] && (cluster.tokens[i] == wildcard || isWordyValue(cluster.tokens[i]));
            if (cluster.tokens[i] == tokens[i] || sameShape || sameKey(cluster.tokens[i], tokens[i])) ++equal;
            if (!tokenIsWordy[i]) {
                ++words;
                // (A key's with another value is the same word: "event=search params={…}".)
                sameWords += cluster.tokens[i] == tokens[i] ||
                                     (isKeyedWord(tokens[i]) && isKeyedWord(cluster.tokens[i]))
                                 ? 1
                                 : 0;
            }
        }
        // Values of one shape alone do not make two messages alike where their words differ:
        // Neovim's '"rpc.send" {…}' and '"rpc.receive" {…}', an event's name and its table.
        if (words > 0 && sameWords == 0 && equal > 0) return 0.0;
        // A message of values only ("<NUM>", "<*>+<HEX>/<HEX>", "<TASK>") is like a template when
        // the shapes of all its values are: without a word, they are all it says. A message of one
        // number is one whatever its base: a frame or a hash of hex digits is now and then all
        // digits. Beside other values, "<NUM>" and "<HEX>" tell a count from a dump of bytes.
        if (constant == 0) return sameValues == tokens.size() ? 1.0 : 0.0;
        return static_cast<double>(equal) / static_cast<double>(constant);
    }

    // The most similar of a leaf's clusters to the current tokens, ties going to the more general
    // template, then to the older one; similarity -1 when there is none. With `namesOnly`, only
    // templates that hold <*> where leafThroughWildcard() took the wildcard: one that reads a
    // masked value there (<NUM>) took that branch for the value, not for names.
    std::pair<std::uint32_t, double> mostSimilar(const Node& node, const std::vector<Cluster>& among,
                                                 bool namesOnly) const
    {
        std::uint32_t best = 0;
        double bestSimilarity = -1.0;
        std::size_t bestWildcards = 0;
        for (std::uint32_t index : node.clusters) {
            if (namesOnly && !std::all_of(throughLevels.begin(), throughLevels.end(), [&](std::size_t level) {
                    return among[index].tokens[level] == wildcard;
                }))
                continue;
            std::size_t wildcards = 0;
            const double similarity = this->similarity(among[index], wildcards);
            if (similarity > bestSimilarity || (similarity == bestSimilarity && wildcards > bestWildcards)) {
                best = index;
                bestSimilarity = similarity;
                bestWildcards = wildcards;
            }
        }
        return {best, bestSimilarity};
    }

    // The cluster among `spans` of `among` whose template reads the current tokens, its span
    // standing for 1 to kLongestValueSpan of them (kLongestTrailingValue where it ends the
    // template) and every other token the same or <*>.
    std::optional<std::uint32_t> spanMatch(const std::vector<Cluster>& among,
                                           const std::vector<std::uint32_t>& spans) const
    {
        for (std::uint32_t index : spans) {
            const Cluster& cluster = among[index];
            const std::size_t length = cluster.tokens.size();
            const std::size_t fewest = cluster.optional ? 0 : 1;
            // The span stands for `count` tokens: all but the template's others.
            const std::size_t longest =
                cluster.span + 1 == length ? kLongestTrailingValue : kLongestValueSpan;
            if (tokens.size() + 1 < length + fewest || tokens.size() + 1 - length > longest) continue;
            const std::size_t count = tokens.size() + 1 - length;
            bool reads = true;
            for (std::size_t i = 0; i < length && reads; ++i) {
                if (i == cluster.span) continue;
                std::string_view token = tokens[i < cluster.span ? i : i + count - 1];
                // The comma that opens an optional clause closes the word before it.
                if (cluster.optional && cluster.span + 1 == length && count > 0 && i + 1 == cluster.span &&
                    token.size() > 1 && token.back() == ',')
                    token.remove_suffix(1);
                reads = cluster.tokens[i] == wildcard || cluster.tokens[i] == token ||
                        detail::keyedWildcardReads(cluster.tokens[i], token);
            }
            if (reads) return index;
        }
        return std::nullopt;
    }

    void findSpanClusters()
    {
        spanClusters.clear();
        for (std::uint32_t c = 0; c < clusters.size(); ++c)
            if (clusters[c].span != kNoSpan) spanClusters.push_back(c);
    }

    TemplateId uniqueId(std::string_view text)
    {
        std::uint64_t hash = detail::mix(detail::fnv1a(text));
        // On a collision, probe deterministically: the same sequence of creations gives the same ids.
        for (std::uint64_t attempt = 1; hash == 0 || usedIds.contains(hash); ++attempt)
            hash = detail::mix(hash + attempt);
        usedIds.insert(hash);
        return TemplateId{hash};
    }

    std::uint32_t create(Node& node, std::string_view message)
    {
        Cluster cluster;
        cluster.tokens.reserve(tokens.size());
        for (std::string_view token : tokens)
            cluster.tokens.emplace_back(token);
        std::string text;
        text.reserve(message.size());
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (i > 0) text.push_back(' ');
            text.append(tokens[i]);
        }
        cluster.id = uniqueId(text);
        const auto index = static_cast<std::uint32_t>(clusters.size());
        clusters.push_back(std::move(cluster));
        node.clusters.push_back(index);
        return index;
    }
};

TemplateMiner::TemplateMiner(MinerOptions options) : m_state(std::make_unique<State>())
{
    if (options.depth < 3) throw std::invalid_argument("TemplateMiner: depth must be at least 3");
    m_state->options = options;
}

namespace {
Node copyOf(const Node& node)
{
    Node copy;
    copy.clusters = node.clusters;
    for (const auto& [token, child] : node.children)
        copy.children.emplace(token, std::make_unique<Node>(copyOf(*child)));
    return copy;
}
} // namespace

TemplateMiner::TemplateMiner(const TemplateMiner& other) : m_state(std::make_unique<State>())
{
    // The scratch vectors are left empty: they hold views of the message being added.
    m_state->options = other.m_state->options;
    for (const auto& [length, node] : other.m_state->byLength)
        m_state->byLength.emplace(length, copyOf(node));
    m_state->clusters = other.m_state->clusters;
    m_state->spanClusters = other.m_state->spanClusters;
    m_state->usedIds = other.m_state->usedIds;
}

TemplateMiner& TemplateMiner::operator=(const TemplateMiner& other)
{
    if (this != &other) *this = TemplateMiner(other);
    return *this;
}

TemplateMiner::TemplateMiner(TemplateMiner&&) noexcept = default;
TemplateMiner& TemplateMiner::operator=(TemplateMiner&&) noexcept = default;
TemplateMiner::~TemplateMiner() = default;

std::uint32_t TemplateMiner::add(std::string_view maskedMessage)
{
    State& s = *m_state;
    s.tokenize(maskedMessage);
    // A template that holds a span for a value reads the message exactly: it goes first, before
    // a similar template of the same length could take a value of another length.
    if (const auto spanned = s.spanMatch(s.clusters, s.spanClusters)) return *spanned;
    // A leading word the tree has not met may be a name where the tree already holds a
    // wildcard (templates merged by path_merge, or loaded so): join a cluster there when one is
    // similar enough, before the word starts a branch and a template of its own.
    if (const Node* known = s.leafThroughWildcard()) {
        const auto [best, similarity] = s.mostSimilar(*known, s.clusters, true);
        if (similarity >= s.options.similarity) return s.absorb(best);
    }
    Node* node = s.leaf(true);
    const auto [best, similarity] = s.mostSimilar(*node, s.clusters, false);
    if (similarity >= s.options.similarity) return s.absorb(best);
    return s.create(*node, maskedMessage);
}

std::size_t TemplateMiner::clusterCount() const
{
    return m_state->clusters.size();
}

TemplateId TemplateMiner::id(std::uint32_t cluster) const
{
    return m_state->clusters.at(cluster).id;
}

std::string TemplateMiner::templateText(std::uint32_t cluster) const
{
    const Cluster& c = m_state->clusters.at(cluster);
    std::string text;
    for (std::size_t i = 0; i < c.tokens.size(); ++i) {
        if (i > 0) text.push_back(' ');
        text.append(c.tokens[i]);
    }
    return text;
}

std::uint32_t TemplateMiner::addCluster(std::string_view templateText)
{
    State& s = *m_state;
    s.tokenize(templateText);
    return s.create(*s.leaf(true), templateText);
}

bool TemplateMiner::setTemplate(std::uint32_t cluster, std::string_view templateText)
{
    State& s = *m_state;
    s.tokenize(templateText);
    Cluster& c = s.clusters.at(cluster);
    if (s.tokens.size() != c.tokens.size()) return false;
    for (std::size_t i = 0; i < s.tokens.size(); ++i)
        c.tokens[i] = std::string(s.tokens[i]);
    return true;
}

std::vector<std::uint32_t> TemplateMiner::mergeClusters(const std::vector<std::vector<std::uint32_t>>& groups,
                                                        const std::vector<std::string>& templates)
{
    return merge(groups, templates, {});
}

std::vector<std::uint32_t> TemplateMiner::mergeSpans(const std::vector<std::vector<std::uint32_t>>& groups,
                                                     const std::vector<std::string>& templates,
                                                     const std::vector<ValueSpan>& spans)
{
    if (spans.size() != groups.size())
        throw std::invalid_argument("TemplateMiner::mergeSpans: one span per group");
    return merge(groups, templates, spans);
}

std::optional<ValueSpan> TemplateMiner::valueSpan(std::uint32_t cluster) const
{
    const Cluster& c = m_state->clusters.at(cluster);
    if (c.span == kNoSpan) return std::nullopt;
    return ValueSpan{c.span, c.optional};
}

std::vector<std::uint32_t> TemplateMiner::merge(const std::vector<std::vector<std::uint32_t>>& groups,
                                                const std::vector<std::string>& templates,
                                                const std::vector<ValueSpan>& spans)
{
    State& s = *m_state;
    const std::size_t before = s.clusters.size();
    std::vector<std::uint32_t> into(before); // each cluster's survivor, by its index before
    for (std::uint32_t c = 0; c < before; ++c)
        into[c] = c;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].empty()) continue;
        const std::uint32_t first = groups[g].front();
        s.tokenize(templates.at(g));
        Cluster& survivor = s.clusters.at(first);
        const bool spanned = !spans.empty();
        if (!spanned && s.tokens.size() != survivor.tokens.size()) continue;
        if (spanned && !validSpan(spans[g], s.tokens)) continue;
        survivor.tokens.assign(s.tokens.begin(), s.tokens.end());
        if (spanned) {
            survivor.span = spans[g].at;
            survivor.optional = spans[g].optional;
        }
        for (std::uint32_t member : groups[g])
            if (member != first) into.at(member) = first;
    }
    std::vector<std::uint32_t> kept(before), remap(before);
    std::vector<Cluster> left;
    for (std::uint32_t c = 0; c < before; ++c)
        if (into[c] == c) {
            kept[c] = static_cast<std::uint32_t>(left.size());
            left.push_back(std::move(s.clusters[c]));
        }
    for (std::uint32_t c = 0; c < before; ++c)
        remap[c] = kept[into[c]];
    s.clusters = std::move(left);
    // The merged templates hold <*> where their clusters had words the tree branched on: route
    // every template afresh, its own tokens (not re-split text) deciding each branch.
    s.byLength.clear();
    for (std::uint32_t c = 0; c < s.clusters.size(); ++c) {
        s.tokens.assign(s.clusters[c].tokens.begin(), s.clusters[c].tokens.end());
        s.tokenIsVariable.clear();
        for (std::string_view token : s.tokens)
            s.tokenIsVariable.push_back(isVariable(token));
        s.leaf(true)->clusters.push_back(c);
    }
    s.tokens.clear();
    s.findSpanClusters();
    return remap;
}

std::optional<std::uint32_t> TemplateMiner::match(std::string_view maskedMessage) const
{
    // A private scratch copy of the routing state: match() must not touch the miner's own.
    State probe;
    probe.options = m_state->options;
    probe.tokenize(maskedMessage);
    if (const auto spanned = probe.spanMatch(m_state->clusters, m_state->spanClusters)) return spanned;
    if (const Node* node = probe.walk(m_state->byLength)) {
        const auto [best, similarity] = probe.mostSimilar(*node, m_state->clusters, false);
        if (similarity >= m_state->options.similarity) return best;
    }
    return std::nullopt;
}

namespace {
// Version 2 adds a third column to the templates that hold a span ("span=3"); a state without
// one is written as version 1, which builds before spans read too.
constexpr std::string_view kStateHeader = "logsleuth-miner-state 1";
constexpr std::string_view kSpanStateHeader = "logsleuth-miner-state 2";
constexpr std::string_view kSpanColumn = "\tspan=";
constexpr std::string_view kOptionalSpanColumn = "\ttail=";
} // namespace

void TemplateMiner::save(std::ostream& out) const
{
    out << (m_state->spanClusters.empty() ? kStateHeader : kSpanStateHeader) << '\n';
    for (std::uint32_t c = 0; c < clusterCount(); ++c) {
        out << toHex(id(c)) << '\t' << templateText(c);
        if (const Cluster& cluster = m_state->clusters[c]; cluster.span != kNoSpan)
            out << (cluster.optional ? kOptionalSpanColumn : kSpanColumn) << cluster.span;
        out << '\n';
    }
}

TemplateMiner TemplateMiner::load(std::istream& in, MinerOptions options)
{
    TemplateMiner miner(options);
    State& s = *miner.m_state;
    std::string line;
    if (!std::getline(in, line) || (line != kStateHeader && line != kSpanStateHeader))
        throw std::runtime_error("not a LogSleuth miner state (expected '" + std::string(kStateHeader) +
                                 "')");
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const std::size_t tab = line.find('\t');
        const auto id = tab == 16 ? parseTemplateId(std::string_view(line).substr(0, 16)) : std::nullopt;
        if (!id) throw std::runtime_error("corrupt miner state line: " + line.substr(0, 80));
        std::string_view text = std::string_view(line).substr(tab + 1);
        std::size_t span = kNoSpan;
        bool optional = false;
        std::size_t column = text.find(kSpanColumn);
        if (column == std::string_view::npos) {
            column = text.find(kOptionalSpanColumn);
            optional = column != std::string_view::npos;
        }
        if (column != std::string_view::npos) {
            const std::string_view digits = text.substr(column + kSpanColumn.size());
            const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), span);
            if (digits.empty() || error != std::errc() || end != digits.data() + digits.size())
                throw std::runtime_error("corrupt miner state line: " + line.substr(0, 80));
            text = text.substr(0, column);
        }
        s.tokenize(text);
        if (span != kNoSpan && !validSpan(ValueSpan{span, optional}, s.tokens))
            throw std::runtime_error("corrupt miner state line: " + line.substr(0, 80));
        Node& node = *s.leaf(true);
        Cluster cluster;
        for (std::string_view token : s.tokens)
            cluster.tokens.emplace_back(token);
        cluster.id = *id;
        cluster.span = span;
        cluster.optional = optional;
        s.usedIds.insert(id->value);
        node.clusters.push_back(static_cast<std::uint32_t>(s.clusters.size()));
        s.clusters.push_back(std::move(cluster));
    }
    s.findSpanClusters();
    return miner;
}

const MinerOptions& TemplateMiner::options() const
{
    return m_state->options;
}

} // namespace logsleuth::text
