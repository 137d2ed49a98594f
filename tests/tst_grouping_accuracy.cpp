// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Grouping accuracy of the whole pipeline (layout, masking, mining): on the nine loghub samples
// against their ground truth, held-out three apart, and on templates made up here.
#include "check.h"

#include "logsleuth/text/corpus.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <sstream>

using namespace logsleuth::text;

namespace {

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.push_back(c);
            }
        } else if (c == '"' && field.empty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
            fieldStarted = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            fieldStarted = false;
        } else {
            field.push_back(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.empty()) {
        record.push_back(std::move(field));
        records.push_back(std::move(record));
    }
    return records;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

// Grouping accuracy (Zhu et al., "Tools and Benchmarks for Automated Log Parsing", ICSE-SEIP 2019):
// a line counts as correct when the set of lines of its mined cluster equals the set of lines
// of its ground-truth event. Runs the full pipeline on the raw lines: the layout is learned
// from each file, nothing is set per dataset.
//
// Hold-out discipline: Android, OpenStack and Zookeeper were chosen before the layout
// inference was written and are not looked at while tuning; their average is reported apart.
LS_TEST(loghubGroupingAccuracy)
{
    struct Row {
        const char* dataset;
        double floor;
        bool heldOut;
    };
    const std::vector<Row> rows{
        // Measured minus a margin of ~0.03. The ground truth splits some events by a literal
        // value (user names, "failure"/"failures"), which caps what a generic miner reaches.
        // Measured: Apache 1.000, HDFS 0.998, Hadoop 0.991, Linux 0.694, OpenSSH 1.000, Spark 1.000;
        // held out: Android 0.938, OpenStack 0.946, Zookeeper 0.995.
        {"Apache", 0.97, false}, {"HDFS", 0.97, false},     {"Hadoop", 0.96, false},
        {"Linux", 0.66, false},  {"OpenSSH", 0.97, false},  {"Spark", 0.97, false},
        {"Android", 0.91, true}, {"OpenStack", 0.91, true}, {"Zookeeper", 0.965, true},
    };
    double sum[2] = {0, 0};
    int count[2] = {0, 0};
    for (const Row& row : rows) {
        LS_ROW(row.dataset);
        const std::string base =
            std::string(LOGSLEUTH_TEST_DATA) + "/loghub/" + row.dataset + "/" + row.dataset;
        Corpus corpus;
        corpus.addSource(LogText::openFile(base + "_2k.log"));
        CHECK(corpus.mine());

        const auto records = parseCsv(readFile(base + "_2k.log_structured.csv"));
        CHECK(records.size() > 1);
        if (records.size() < 2) continue;
        const auto& columns = records[0];
        const auto column = [&](std::string_view name) {
            return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) -
                                            columns.begin());
        };
        const std::size_t lineIdColumn = column("LineId"), contentColumn = column("Content"),
                          eventColumn = column("EventId");
        CHECK(eventColumn < columns.size() && contentColumn < columns.size());

        std::vector<std::string> eventOfLine(corpus.lineCount());
        std::size_t messagesMatching = 0;
        for (std::size_t r = 1; r < records.size(); ++r) {
            const auto& record = records[r];
            if (record.size() != columns.size()) continue;
            const std::uint64_t line = std::stoull(record[lineIdColumn]) - 1;
            if (line >= corpus.lineCount()) continue;
            eventOfLine[line] = record[eventColumn];
            if (trimmed(corpus.message(line)) == trimmed(record[contentColumn])) ++messagesMatching;
        }
        // Accuracy: a cluster's lines are all correct when they share one event that has no other lines.
        std::map<std::uint32_t, std::vector<std::uint64_t>> linesOfCluster;
        std::map<std::string, std::size_t> eventSize;
        for (std::uint64_t line = 0; line < corpus.lineCount(); ++line) {
            linesOfCluster[corpus.clusterOfMessage(corpus.messageKeys()[line])].push_back(line);
            ++eventSize[eventOfLine[line]];
        }
        std::size_t correct = 0;
        for (const auto& [cluster, lines] : linesOfCluster) {
            const std::string& event = eventOfLine[lines.front()];
            const bool oneEvent = std::all_of(lines.begin(), lines.end(),
                                              [&](std::uint64_t line) { return eventOfLine[line] == event; });
            if (oneEvent && eventSize[event] == lines.size()) correct += lines.size();
        }
        const double lines = static_cast<double>(corpus.lineCount());
        const double accuracy = static_cast<double>(correct) / lines;
        sum[row.heldOut] += accuracy;
        ++count[row.heldOut];
        std::printf(
            "%-10s %-9s grouping accuracy %.3f  message matches Content %.3f  clusters %zu events %zu  "
            "layout %s\n",
            row.dataset, row.heldOut ? "held-out" : "tuned", accuracy,
            static_cast<double>(messagesMatching) / lines, corpus.miner().clusterCount(), eventSize.size(),
            corpus.layout(0).format.c_str());
        CHECK(accuracy >= row.floor);
        // The learned layout finds the ground-truth message (Content) on nearly every line.
        CHECK(static_cast<double>(messagesMatching) / lines >= 0.95);
    }
    const double all = (sum[0] + sum[1]) / (count[0] + count[1]);
    std::printf("average: tuned six %.3f, held-out three %.3f, all nine %.3f\n", sum[0] / count[0],
                sum[1] / count[1], all);
    // The target is 0.95 over the nine (measured 0.951), the held-out three within 0.03 of the rest.
    CHECK(all >= 0.945);
    CHECK(std::abs(sum[1] / count[1] - sum[0] / count[0]) <= 0.03);
}

// Templates made up here from plain words and values of every kind the masker knows (numbers,
// hex, addresses with ports, unix and Windows paths with blanks, UUIDs, host names, versions,
// durations, sizes, key=value, ids glued to words, e-mail, MAC, dates), placed anywhere but the
// first two words (there a plain word is the event's by the ground truth's convention). Each
// template's lines must form one cluster of their own, whatever values they hold.
LS_TEST(madeUpTemplatesGroupWhateverTheirValues)
{
    std::mt19937 random(20261203);
    const auto pick = [&random](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    const auto number = [&](std::uint32_t below) { return std::to_string(random() % below); };
    const std::vector<std::function<std::string()>> values{
        [&] { return number(100000); },
        [&] { return "0x" + std::to_string(100000 + random() % 900000) + "ab"; },
        [&] { return number(254) + "." + number(254) + "." + number(254) + "." + number(254); },
        [&] { return number(254) + ".10.0." + number(254) + ":" + number(65000); },
        [&] { return "/var/lib/app" + number(9) + "/data/part-" + number(999) + ".db"; },
        [&] {
            static const char* const folders[] = {"Program Files", "Windows", "Shop", "bin", "System32"};
            std::string path = "C:";
            for (std::size_t depth = 1 + pick(3); depth > 0; --depth)
                path += std::string("\\") + folders[pick(5)];
            return path + "\\mod" + number(99) + ".dll";
        },
        [&] {
            char uuid[40];
            std::snprintf(uuid, sizeof uuid, "%08x-%04x-4%03x-a%03x-%012llx", unsigned(random()),
                          unsigned(random() % 0xffff), unsigned(random() % 0xfff), unsigned(random() % 0xfff),
                          static_cast<unsigned long long>(random()) * 4099u);
            return std::string(uuid);
        },
        [&] { return "db" + number(40) + ".east.example.net"; },
        [&] { return "v" + number(9) + "." + number(30) + "." + number(999); },
        [&] { return number(900) + "ms"; },
        [&] { return number(9000) + " bytes (" + number(9) + "." + number(99) + " KB)"; },
        [&] { return "retries=" + number(20); },
        [&] { return "job_" + number(99999); },
        [&] { return "user" + number(999) + "@mail.example.org"; },
        [&] { return "00:1a:2b:" + std::to_string(10 + random() % 89) + ":4d:5e"; },
        [&] { return "2026-0" + std::to_string(1 + random() % 9) + "-1" + number(9) + "T10:00:00Z"; },
    };
    const std::vector<std::string> words{
        "open",   "close", "read",   "write",  "failed", "retry",   "session", "request", "worker",
        "buffer", "cache", "volume", "index",  "lock",   "timeout", "client",  "server",  "peer",
        "queue",  "token", "policy", "denied", "loaded", "expired", "mounted", "paused",  "resumed",
        "for",    "from",  "to",     "with",   "after",  "on",      "the",     "is",      "was"};
    struct Slot {
        std::string word; // empty: a value of `kind`
        std::size_t kind = 0;
    };
    std::vector<std::vector<Slot>> templates;
    std::set<std::string> shapes;
    while (templates.size() < 40) {
        std::vector<Slot> slots{{words[pick(words.size())]}, {words[pick(words.size())]}};
        const std::size_t length = 2 + pick(8);
        std::string shape = slots[0].word + " " + slots[1].word;
        for (std::size_t i = 0; i < length; ++i) {
            Slot slot;
            if (pick(10) < 4) {
                slot.kind = pick(values.size());
                shape += " <" + std::to_string(slot.kind) + ">";
            } else {
                slot.word = words[pick(words.size())];
                shape += " " + slot.word;
            }
            slots.push_back(slot);
        }
        if (shapes.insert(shape).second) templates.push_back(slots);
    }
    std::string text;
    std::vector<std::size_t> truth;
    for (int line = 0; line < 3000; ++line) {
        // Zipf-like: template k comes about 1/(k+1) as often as the first.
        std::size_t k = 0;
        for (std::uint32_t r = random() % 1000; k + 1 < templates.size() && r >= 1000 / (k + 2); ++k)
            r = random() % 1000;
        truth.push_back(k);
        text += "2026-12-03 10:00:" + std::to_string(10 + line % 50) + " INFO shop: ";
        for (std::size_t i = 0; i < templates[k].size(); ++i) {
            const Slot& slot = templates[k][i];
            text += (i > 0 ? " " : "") + (slot.word.empty() ? values[slot.kind]() : slot.word);
        }
        text += "\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "made-up.log"));
    CHECK(corpus.mine());
    std::map<std::uint32_t, std::set<std::size_t>> templatesOfCluster;
    std::map<std::size_t, std::set<std::uint32_t>> clustersOfTemplate;
    for (std::uint64_t line = 0; line < corpus.lineCount(); ++line) {
        const std::uint32_t cluster = corpus.clusterOfMessage(corpus.messageKeys()[line]);
        templatesOfCluster[cluster].insert(truth[line]);
        clustersOfTemplate[truth[line]].insert(cluster);
    }
    std::size_t right = 0;
    for (std::uint64_t line = 0; line < corpus.lineCount(); ++line) {
        const auto& clusters = clustersOfTemplate[truth[line]];
        right += clusters.size() == 1 && templatesOfCluster[*clusters.begin()].size() == 1;
    }
    const double accuracy = static_cast<double>(right) / static_cast<double>(corpus.lineCount());
    std::printf("made-up templates: grouping accuracy %.3f over %zu templates\n", accuracy,
                clustersOfTemplate.size());
    CHECK(accuracy >= 0.97);
}

LS_TEST_MAIN()
