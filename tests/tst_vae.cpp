// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The VAE detector end to end on a tiny corpus: it learns, it ranks a foreign line first, it is
// reproducible, it survives a save/load, it refuses broken model dirs, and it can be cancelled.
// VaeDetector is private to the vae family (core/ml/src): this test reaches it directly.
#include "vae/vae_detector.h"

#include "check.h"
#include "temp_dir.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

using namespace logsleuth::ml;
namespace fs = std::filesystem;

using logsleuth::testing::TempDir;

namespace {
const std::vector<std::string_view> normalMessages{
    "connection from <IP> accepted",      "user <NUM> logged in from <IP>",
    "session <HEX> closed by user <NUM>", "GET <PATH> returned <NUM> in <NUM> ms",
    "cache hit ratio <NUM> percent",      "worker <NUM> finished job <HEX>",
    "disk <PATH> usage <NUM> percent",    "heartbeat ok",
};
const std::vector<std::uint64_t> normalCounts{400, 300, 300, 900, 100, 250, 80, 1000};
// Known tokens in a combination no training line has.
const std::string_view foreign = "heartbeat closed ratio usage GET accepted job logged <PATH> <IP>";

VaeOptions smallOptions(std::uint64_t seed = 7)
{
    VaeOptions o;
    o.device = DeviceRequest::Cpu;
    o.epochs = 25;
    o.seed = seed;
    o.threads = 1;
    o.batchSize = 64;
    o.learningRate = 1e-2;
    o.hidden = 32;
    o.latent = 4;
    o.samplesPerEpoch = 1500;
    return o;
}

VaeDetector trainSmall(const VaeOptions& o, TrainReport* report = nullptr)
{
    return VaeDetector::train(normalMessages, normalCounts, o, {}, report);
}

void writeFile(const fs::path& file, const std::string& text)
{
    std::ofstream(file, std::ios::binary) << text;
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

template <class F> bool throwsModelError(F&& f)
{
    return logsleuth::testing::throwsA<ModelError>(std::forward<F>(f));
}
} // namespace

LS_TEST(deviceRequests)
{
    CHECK(parseDeviceRequest("auto") == DeviceRequest::Auto);
    CHECK(parseDeviceRequest("CPU") == DeviceRequest::Cpu);
    CHECK(parseDeviceRequest("cuda") == DeviceRequest::Cuda);
    CHECK_THROWS(parseDeviceRequest("gpu"));
    CHECK_THROWS(parseDeviceRequest(""));
    const auto cpu = resolveDevice(DeviceRequest::Cpu);
    CHECK(!cpu.cuda);
    CHECK(cpu.description.starts_with("cpu ("));
    if (!resolveDevice(DeviceRequest::Auto).cuda) {
        bool threw = false;
        try {
            resolveDevice(DeviceRequest::Cuda);
        } catch (const std::runtime_error& e) {
            threw = std::string(e.what()).find("CUDA requested but not available") != std::string::npos;
        }
        CHECK(threw);
    }
}

LS_TEST(overfitsATinySetAndRanksAForeignLineFirst)
{
    TrainReport report;
    std::vector<logsleuth::TaskProgress> seen;
    const auto detector = VaeDetector::train(
        normalMessages, normalCounts, smallOptions(),
        logsleuth::TaskControl(nullptr, [&](const logsleuth::TaskProgress& p) { seen.push_back(p); }),
        &report);
    CHECK(detector.valid());
    CHECK_EQ(report.epochLoss.size(), std::size_t(25));
    CHECK(!report.cancelled);
    CHECK_EQ(report.samplesSeen, std::uint64_t(25 * 1500));
    std::printf("  loss first %.3f last %.3f, %.2f s on %s\n", report.epochLoss.front(),
                report.epochLoss.back(), report.seconds, report.device.c_str());
    // The loss (which includes the KL term, a floor of about ln 8 nats for 8 clusters) falls;
    // the reconstruction error of the training lines falls by a large factor from the
    // untrained network's (epochs = 0).
    CHECK(report.epochLoss.back() < 0.75 * report.epochLoss.front());
    auto untrainedOptions = smallOptions();
    untrainedOptions.epochs = 0;
    const double untrained = trainSmall(untrainedOptions).trainingErrors().mean;
    std::printf("  mean training error: untrained %.3f, trained %.3f\n", untrained,
                detector.trainingErrors().mean);
    CHECK(detector.trainingErrors().mean * 5 < untrained);
    CHECK(!seen.empty() && seen.back().fraction == 1.0);
    CHECK(std::is_sorted(seen.begin(), seen.end(),
                         [](const logsleuth::TaskProgress& a, const logsleuth::TaskProgress& b) {
                             return a.fraction < b.fraction;
                         }));

    const auto normal = detector.score(normalMessages);
    const auto odd = detector.score({foreign});
    CHECK_EQ(normal.size(), normalMessages.size());
    const float worstNormal = *std::max_element(normal.begin(), normal.end());
    std::printf("  worst normal %.4f, foreign %.4f\n", worstNormal, odd[0]);
    CHECK(odd[0] > worstNormal);
    // The training stats describe the training lines and put the foreign line above 3.1 σ.
    const auto& stats = detector.trainingErrors();
    CHECK(stats.quantile(1.0) >= worstNormal - 1e-4);
    CHECK(odd[0] > ThresholdSpec{}.resolve(stats));

    const auto why = detector.tokenContributions(foreign);
    CHECK_EQ(why.size(), detector.vocabulary().size());
    double sum = 0;
    for (float w : why)
        sum += w;
    CHECK(std::fabs(sum - odd[0]) < 1e-3 * std::max(1.0, double(odd[0])));
}

// "Why": a normal message with one word swapped for a word of another message shows that word
// as unexpected (+), the word it replaced as missing (-), and a word never seen as unknown (?).
LS_TEST(explanationNamesTheOddTokens)
{
    const VaeDetector detector = trainSmall(smallOptions());
    const std::string_view odd = "GET <PATH> returned <NUM> in <NUM> accepted zebra";
    const Explanation why = detector.explain(odd, 6);
    CHECK(!why.tokens.empty());
    CHECK(why.score > 0);
    for (std::size_t i = 1; i < why.tokens.size(); ++i)
        CHECK(why.tokens[i - 1].error >= why.tokens[i].error);
    const auto find = [&](std::string_view token) {
        return std::find_if(why.tokens.begin(), why.tokens.end(),
                            [&](const TokenContribution& t) { return t.token == token; });
    };
    CHECK(find("accepted") != why.tokens.end() && find("accepted")->present);
    CHECK(find("ms") != why.tokens.end() && !find("ms")->present);
    CHECK_EQ(why.unknownTokens, std::vector<std::string>{"zebra"});
    const std::string text = formatExplanation(why);
    std::printf("  why: %s\n", text.c_str());
    CHECK(text.find("+accepted") != std::string::npos);
    CHECK(text.find("-ms") != std::string::npos);
    CHECK(text.find("?zebra") != std::string::npos);
}

// A token never seen in training adds exactly 1 to a message's score (the network, which has no
// column for it, gives the same reconstruction); a model saved without its seen tokens scores as
// before, and the explanation adds what the score adds.
LS_TEST(neverSeenTokensCountOneEach)
{
    TempDir temp("seen");
    auto o = smallOptions();
    o.epochs = 3;
    const auto detector = trainSmall(o);
    CHECK(detector.knowsSeenTokens());
    const std::vector<std::string_view> probe{"heartbeat ok", "heartbeat ok segfault libssl.so.3 segfault",
                                              normalMessages[3]};
    const auto scores = detector.score(probe);
    std::printf("  heartbeat ok: %.4f, with two new tokens: %.4f\n", double(scores[0]), double(scores[1]));
    CHECK_EQ(scores[1], scores[0] + 2.0f); // "segfault" twice is one token
    CHECK(detector.neverSeen("segfault") && !detector.neverSeen("heartbeat"));
    const Explanation why = detector.explain(probe[1], 4);
    CHECK_EQ(why.unknownTokens, (std::vector<std::string>{"segfault", "libssl.so.3"}));
    CHECK(std::abs(why.score - scores[1]) < 1e-3f);
    // Scoring the training messages counts nothing: the calibration is unchanged by it.
    const float trainingMessage = detector.score({normalMessages[3]})[0];
    CHECK_EQ(trainingMessage, scores[2]);

    detector.save(temp.path / "m", false);
    CHECK(fs::is_regular_file(temp.path / "m" / "seen_tokens.bin"));
    CHECK(VaeDetector::load(temp.path / "m", DeviceRequest::Cpu).score(probe) == scores);
    fs::remove(temp.path / "m" / "seen_tokens.bin"); // as saved by the previous release
    const auto old = VaeDetector::load(temp.path / "m", DeviceRequest::Cpu);
    CHECK(!old.knowsSeenTokens());
    const float withoutNovelty = old.score(probe)[1];
    CHECK_EQ(withoutNovelty, scores[0]);
    writeFile(temp.path / "m" / "seen_tokens.bin", "1234567"); // not whole hashes
    CHECK(throwsModelError([&] { VaeDetector::load(temp.path / "m", DeviceRequest::Cpu); }));
}

// Fine-tuning continues the start model (its vocabulary, shape and weights; a frozen encoder
// keeps its codes) on data of the same system, and starts afresh on another, saying why.
LS_TEST(fineTuningStartsFromTheModelOrSaysWhyNot)
{
    TempDir temp("tune");
    auto o = smallOptions();
    o.epochs = 2;
    const auto start = trainSmall(o);
    std::vector<std::string_view> more = normalMessages;
    more.push_back("backup <PATH> finished in <NUM> ms");
    std::vector<std::uint64_t> counts = normalCounts;
    counts.push_back(50);
    TrainReport report;
    auto otherShape = o;
    otherShape.hidden = 16; // the start model's shape wins: its weights must fit
    const auto frozen = VaeDetector::fineTune(start, more, counts, otherShape, true, {}, &report);
    std::printf("  %s\n", report.note.c_str());
    CHECK(report.note.starts_with("continued with the encoder frozen"));
    CHECK(frozen.vocabulary().tokens() == start.vocabulary().tokens());
    CHECK_EQ(frozen.options().hidden, o.hidden);
    CHECK(frozen.encode({normalMessages[0]}) == start.encode({normalMessages[0]}));
    CHECK(!frozen.neverSeen("heartbeat") && !frozen.neverSeen("backup") && frozen.neverSeen("zebra"));
    const auto moved = VaeDetector::fineTune(start, more, counts, o, false, {}, &report);
    CHECK(report.note.starts_with("continued:"));
    CHECK(moved.encode({normalMessages[0]}) != start.encode({normalMessages[0]}));
    frozen.save(temp.path / "m", false);
    CHECK(readFile(temp.path / "m" / "meta.txt").find("start=continued with the encoder frozen") !=
          std::string::npos);
    CHECK(VaeDetector::load(temp.path / "m", DeviceRequest::Cpu).score(more) == frozen.score(more));

    const std::vector<std::string_view> otherSystem{"kernel: eth<NUM> link up",
                                                    "systemd: started unit <PATH>",
                                                    "sshd: accepted key for <NUM> port <NUM>"};
    const auto fresh = VaeDetector::fineTune(start, otherSystem, {100, 100, 100}, o, false, {}, &report);
    std::printf("  %s\n", report.note.c_str());
    CHECK(report.note.starts_with("trained afresh"));
    CHECK(fresh.vocabulary().tokens() != start.vocabulary().tokens());
}

LS_TEST(sameSeedSameScoresOtherSeedOtherScores)
{
    const std::vector<std::string_view> probe{normalMessages[0], normalMessages[3], foreign, "unknown stuff"};
    auto o = smallOptions();
    o.epochs = 3;
    const auto a = trainSmall(o).score(probe);
    const auto b = trainSmall(o).score(probe);
    CHECK(a == b);
    o.seed = 8;
    CHECK(trainSmall(o).score(probe) != a);
}

// Many rows are scored in chunks spread over the cores: each row must score exactly as its
// message does alone, wherever its chunk went (three chunks and a part, rows in a rotating order).
LS_TEST(manyRowsScoreAsEachAlone)
{
    auto o = smallOptions();
    o.epochs = 3;
    const auto detector = trainSmall(o);
    std::vector<std::string_view> distinct(normalMessages.begin(), normalMessages.end());
    distinct.push_back(foreign);
    distinct.push_back("unknown stuff");
    const auto alone = detector.score(distinct);
    std::vector<std::string_view> rows;
    for (std::size_t i = 0; i < 3 * 65536 + 999; ++i)
        rows.push_back(distinct[(i * 7 + i / 5) % distinct.size()]);
    const auto many = detector.score(rows);
    CHECK_EQ(many.size(), rows.size());
    // Batches of other sizes may sum in another order: equal to float rounding.
    double worst = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double expected = alone[(i * 7 + i / 5) % distinct.size()];
        worst = std::max(worst, std::abs(double(many[i]) - expected) / std::max(1e-3, std::abs(expected)));
    }
    std::printf("  %zu rows: worst relative difference to scoring alone %.2g\n", rows.size(), worst);
    CHECK(worst < 1e-4);
}

LS_TEST(saveLoadRoundTrip)
{
    TempDir temp("save");
    auto o = smallOptions();
    o.epochs = 3;
    const auto detector = trainSmall(o);
    const fs::path dir = temp.path / "model";
    detector.save(dir, false);
    CHECK(fs::is_regular_file(dir / "model.pt"));
    CHECK(readFile(dir / "meta.txt").find("format_version=1\n") != std::string::npos);
    // Only the model dir is left: no partial or old sibling.
    CHECK_EQ(std::distance(fs::directory_iterator(temp.path), fs::directory_iterator()), std::ptrdiff_t(1));

    const auto loaded = VaeDetector::load(dir, DeviceRequest::Cpu);
    const std::vector<std::string_view> probe{normalMessages[1], foreign};
    CHECK(loaded.score(probe) == detector.score(probe));
    CHECK(loaded.vocabulary().tokens() == detector.vocabulary().tokens());
    CHECK_EQ(loaded.trainingErrors().mean, detector.trainingErrors().mean);
    CHECK_EQ(loaded.trainingErrors().stddev, detector.trainingErrors().stddev);
    CHECK(loaded.trainingErrors().quantiles == detector.trainingErrors().quantiles);
    CHECK_EQ(loaded.options().seed, o.seed);
    CHECK_EQ(loaded.options().hidden, o.hidden);
    CHECK_EQ(loaded.options().learningRate, o.learningRate);

    CHECK(throwsModelError([&] { detector.save(dir, false); }));
    o.seed = 99;
    const auto other = trainSmall(o);
    other.save(dir, true);
    CHECK(VaeDetector::load(dir, DeviceRequest::Cpu).score(probe) == other.score(probe));
    CHECK_EQ(std::distance(fs::directory_iterator(temp.path), fs::directory_iterator()), std::ptrdiff_t(1));
}

LS_TEST(loadRefusesBrokenModelDirs)
{
    TempDir temp("load");
    auto o = smallOptions();
    o.epochs = 1;
    const auto detector = trainSmall(o);
    const fs::path good = temp.path / "good";
    detector.save(good, false);

    const auto broken = [&](const char* name, const std::function<void(const fs::path&)>& damage) {
        const fs::path dir = temp.path / name;
        fs::copy(good, dir);
        damage(dir);
        return dir;
    };
    struct Row {
        const char* name;
        fs::path dir;
        const char* mentions;
    };
    const Row rows[] = {
        {"missing dir", temp.path / "nothing here", "not found"},
        {"no weights", broken("noweights", [](const fs::path& d) { fs::remove(d / "model.pt"); }), "missing"},
        {"no meta", broken("nometa", [](const fs::path& d) { fs::remove(d / "meta.txt"); }), "missing"},
        {"garbage weights",
         broken("garbage", [](const fs::path& d) { writeFile(d / "model.pt", "not a model"); }), "corrupt"},
        {"truncated weights",
         broken("truncated",
                [](const fs::path& d) {
                    const auto bytes = readFile(d / "model.pt");
                    writeFile(d / "model.pt", bytes.substr(0, bytes.size() / 2));
                }),
         "corrupt"},
        {"format version",
         broken("version",
                [](const fs::path& d) {
                    auto meta = readFile(d / "meta.txt");
                    meta.replace(meta.find("format_version=1"), 16, "format_version=2");
                    writeFile(d / "meta.txt", meta);
                }),
         "format_version 2"},
        {"vocabulary mismatch",
         broken("vocab",
                [](const fs::path& d) {
                    writeFile(d / "vocabulary.txt", readFile(d / "vocabulary.txt") + "extra\n");
                }),
         "vocabulary"},
        {"shape mismatch",
         broken("shape",
                [](const fs::path& d) {
                    auto meta = readFile(d / "meta.txt");
                    meta.replace(meta.find("hidden=32"), 9, "hidden=16");
                    writeFile(d / "meta.txt", meta);
                }),
         "do not match"},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        std::string message;
        try {
            VaeDetector::load(row.dir, DeviceRequest::Cpu);
        } catch (const ModelError& e) {
            message = e.what();
        }
        CHECK(message.find(row.mentions) != std::string::npos);
        if (message.find(row.mentions) == std::string::npos) std::printf("  got: %s\n", message.c_str());
    }
    CHECK(VaeDetector::load(good, DeviceRequest::Cpu).valid());
}

LS_TEST(cancelStopsTrainingEarly)
{
    auto o = smallOptions();
    o.epochs = 50;
    std::atomic<bool> cancel{false};
    TrainReport report;
    const auto detector = VaeDetector::train(
        normalMessages, normalCounts, o,
        logsleuth::TaskControl(&cancel, [&](const logsleuth::TaskProgress&) { cancel = true; }), &report);
    CHECK(report.cancelled);
    CHECK(report.samplesSeen < std::uint64_t(o.epochs) * o.samplesPerEpoch / 10);
    CHECK(detector.valid()); // the partial model still scores
    const auto scores = detector.score(normalMessages);
    CHECK(std::all_of(scores.begin(), scores.end(), [](float s) { return std::isfinite(s); }));

    std::atomic<bool> before{true};
    TrainReport none;
    VaeDetector::train(normalMessages, normalCounts, o, logsleuth::TaskControl(&before), &none);
    CHECK(none.cancelled);
    CHECK_EQ(none.samplesSeen, std::uint64_t(0));
}

LS_TEST(refusesNothingToLearn)
{
    const auto o = smallOptions();
    CHECK(throwsModelError([&] { VaeDetector::train({"a b"}, {0}, o, {}, nullptr); }));
    CHECK(throwsModelError([&] { VaeDetector::train({"   "}, {5}, o, {}, nullptr); }));
    CHECK(throwsModelError([&] { VaeDetector::train({}, {}, o, {}, nullptr); }));
    CHECK_THROWS(VaeDetector::train({"a"}, {1, 2}, o, {}, nullptr));
    const VaeDetector empty;
    CHECK(!empty.valid());
    CHECK(throwsModelError([&] { empty.score({"a"}); }));
}

LS_TEST(cudaTrainsAndScores)
{
    if (!resolveDevice(DeviceRequest::Auto).cuda) {
        std::printf("  SKIP: CUDA is not available\n");
        return;
    }
    auto o = smallOptions();
    o.device = DeviceRequest::Cuda;
    TrainReport report;
    auto detector = trainSmall(o, &report);
    CHECK(report.device.starts_with("cuda"));
    CHECK(detector.deviceDescription().starts_with("cuda"));
    const auto normal = detector.score(normalMessages);
    const auto odd = detector.score({foreign});
    CHECK(odd[0] > *std::max_element(normal.begin(), normal.end()));
    TempDir temp("cuda");
    detector.save(temp.path / "m", false);
    const auto onCpu = VaeDetector::load(temp.path / "m", DeviceRequest::Cpu);
    const auto cpuScores = onCpu.score(normalMessages);
    for (std::size_t i = 0; i < normal.size(); ++i)
        CHECK(std::fabs(cpuScores[i] - normal[i]) < 1e-3f);
}

LS_TEST_MAIN()
