// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_common.h"

#include "cli_output.h"
#include "logsleuth/text/time_scan.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace logsleuth::cli {

// How lines become records; every command that reads logs takes these.
const std::vector<OptionSpec> kInputOptions = {
    {"format", "SPEC",
     "the log's layout instead of the learned one: a loghub-style string such as "
     "'<Date> <Time> <Level> <Component>: <Content>', json / json:message=KEY,time=KEY,level=KEY, "
     "logfmt / logfmt:message=KEY,..., or the named columns of a W3C or Zeek log: w3c:NAME,NAME,... "
     "(blank-separated values) or tsv:NAME,NAME,... (tab-separated), or a web server's access log: ncsa "
     "(Apache's and nginx's common and combined formats) or ncsa:vhost (led by the virtual host); "
     "rfc5424 for syslog's RFC 5424 lines, syslog for a <PRI> before any other header; auditd for the Linux "
     "audit log; weblogic for Oracle WebLogic's ####<…> records; cmtrace for Configuration Manager's and "
     "Intune's <![LOG[…]LOG]!><time=…> records; eclipse for Eclipse's platform log (!ENTRY …, !MESSAGE …); "
     "csv:N,time=I,level=I,message=I[,rest][,values] (1-based columns of N; rest: the last takes the rest "
     "of the line; values: a row holds values alone, one event whatever they are) for comma-separated lines; "
     "columns:NAME@START,NAME@START,... for a table whose columns start "
     "at those bytes (a header line names them, as PowerShell's Format-Table and kubectl print them); "
     "'OUTER >> INNER' reads each message of OUTER as a line of layout INNER "
     "(json >> '<Time> <Level> <Content>' for a container runtime's JSON lines, '<Time> <Entity> "
     "<Component>: <Content> >> logfmt' for a daemon's logfmt under syslog); "
     "'OUTER >> per stream: NAME: INNER; NAME: INNER' reads the messages of each stream OUTER's entity "
     "(or component) names by that stream's layout ('<Entity>|<Content> >> per stream: db-1: <Time> "
     "<Level> <Content>; proxy-1: ncsa' for docker compose logs); "
     "'FIRST >> or: SECOND' reads each line by the first of the layouts that fits it ('[<Time>] [<Level>] "
     "<Content> >> or: ncsa' for an application's log beside its access lines); 'FIRST >> then: SECOND' "
     "likewise, SECOND's lines continuing the record before them ('<Time> <Component> <Content> >> then: "
     "<Level> <Content>' for java.util.logging's two-line records)"},
    {"tz", "ZONE", "zone for timestamps written without one: UTC (default), +02:00, -0500 or an IANA name"},
    {"state", "FILE",
     "the template miner's state: read from FILE when it exists, written back after mining, so templates "
     "keep their ids from run to run"},
    {"max-decompressed", "SIZE",
     "stop decompressing past this many bytes in all (default 4G; K, M, G, T suffixes); exit code 3"},
    {"max-ratio", "N",
     "stop a compressed stream or archive member that grows more than N times its size once 64 MiB are "
     "out: a decompression bomb (default 1000; 0: no limit); exit code 3"},
};

namespace {

// "4G", "512M", "1.5GiB", "1000" (bytes).
std::uint64_t parseSize(const std::string& text)
{
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        throw UsageError("'" + text + "' is not a size (e.g. 4G, 512M, 1000000)");
    }
    std::string unit = text.substr(used);
    for (const char* suffix : {"iB", "B"})
        if (unit.size() > std::char_traits<char>::length(suffix) && unit.ends_with(suffix))
            unit.resize(unit.size() - std::char_traits<char>::length(suffix));
    double scale = 1;
    if (unit == "K" || unit == "k")
        scale = 1024.0;
    else if (unit == "M")
        scale = 1024.0 * 1024;
    else if (unit == "G")
        scale = 1024.0 * 1024 * 1024;
    else if (unit == "T")
        scale = 1024.0 * 1024 * 1024 * 1024;
    else if (!unit.empty() && unit != "B")
        throw UsageError("'" + text + "' is not a size (e.g. 4G, 512M, 1000000)");
    if (value < 0) throw UsageError("a size cannot be negative: " + text);
    return static_cast<std::uint64_t>(value * scale);
}

InputLimits inputLimitsFrom(const ParsedArgs& args)
{
    InputLimits limits;
    if (auto size = args.value("max-decompressed")) limits.maxDecompressedBytes = parseSize(*size);
    limits.maxRatio = static_cast<std::uint64_t>(args.integer("max-ratio", 1000, 0, 1LL << 40));
    return limits;
}

// Written next to the target and renamed over it: a crash never leaves half a state.
void saveMinerState(const text::TemplateMiner& miner, const std::string& path)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        miner.save(out);
        out.flush();
        if (!out) throw std::runtime_error("cannot write --state " + temporary);
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) throw std::runtime_error("cannot replace --state " + path + ": " + error.message());
}

} // namespace

text::RecordOptions recordOptionsFrom(const ParsedArgs& args)
{
    text::RecordOptions options;
    options.format = args.valueOr("format", "");
    const std::string zone = args.valueOr("tz", "UTC");
    const auto parsed = text::TimeZoneSpec::parse(zone);
    if (!parsed)
        throw UsageError("unknown time zone '" + zone + "' (use UTC, +02:00, -0500 or an IANA name)");
    options.zone = *parsed;
    return options;
}

LoadedInputs readInputs(const ParsedArgs& args)
{
    if (args.inputs.empty()) throw UsageError("no input files (use - for standard input)");
    const text::RecordOptions recordOptions = recordOptionsFrom(args);
    // A malformed --format is a usage error, found before any input is read.
    if (std::string error;
        !recordOptions.format.empty() && !text::makeRecordParser(recordOptions.format, error))
        throw UsageError(error);
    LoadedInputs inputs = loadInputs(args.inputs, inputLimitsFrom(args));
    inputs.corpus.setRecordOptions(recordOptions);
    if (const long long threads = args.integer("threads", 0, 0, 4096); threads > 0)
        inputs.corpus.setThreads(static_cast<unsigned>(threads));
    return inputs;
}

Mined mineInputs(const ParsedArgs& args)
{
    const auto statePath = args.value("state");
    std::string state;
    if (statePath && std::filesystem::exists(*statePath)) {
        std::ifstream in(*statePath, std::ios::binary);
        state.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (!in && !in.eof()) throw std::runtime_error("cannot read --state " + *statePath);
    }
    Mined mined{readInputs(args), {}};
    auto& corpus = mined.inputs.corpus;
    if (!state.empty()) {
        try {
            corpus.setMinerState(state);
        } catch (const std::runtime_error& e) {
            throw std::runtime_error("--state " + *statePath + ": " + e.what());
        }
    }
    if (!corpus.mine(TaskControl(&interrupted()))) throw Interrupted();
    const auto& miner = corpus.miner();
    mined.clusterHex.reserve(miner.clusterCount());
    for (std::uint32_t c = 0; c < miner.clusterCount(); ++c)
        mined.clusterHex.push_back(text::toHex(miner.id(c)));
    if (statePath) saveMinerState(corpus.miner(), *statePath);
    warn(std::to_string(corpus.sourceCount()) + " source(s), " + std::to_string(corpus.lineCount()) +
         " lines, " + std::to_string(corpus.distinctMessageCount()) + " distinct messages, " +
         std::to_string(miner.clusterCount()) + " templates");
    return mined;
}

std::shared_ptr<const text::Corpus> shareCorpus(const Mined& mined)
{
    return std::shared_ptr<const text::Corpus>(std::shared_ptr<void>(), &mined.inputs.corpus);
}

int finish(const Mined& mined, int code)
{
    if (code == ExitOk && mined.inputs.partial) return ExitPartialInput;
    return code;
}

void writeLineColumns(text::CsvWriter& csv, const text::Corpus& corpus, std::uint64_t globalLine)
{
    auto [file, line] = corpus.locateInFile(globalLine);
    if (corpus.fileCount() > 1) csv.field(corpus.source(file).name());
    csv.field(line.value() + 1);
}

void writeLineHeader(text::CsvWriter& csv, const text::Corpus& corpus, bool withFile)
{
    if (withFile || corpus.fileCount() > 1) csv.field("file");
    csv.field("line");
}

std::vector<OptionSpec> concat(std::vector<OptionSpec> a, const std::vector<OptionSpec>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace logsleuth::cli
