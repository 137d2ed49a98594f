// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "subword_tokenizer.h"

#include "logsleuth/ml/model.h"
#include "subword_module_api.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <numeric>

namespace logsleuth::ml::detail {

namespace {

constexpr const char* kModuleName = "liblogsleuth_subword.so";

struct Module {
    const LsSubwordApi* api = nullptr;
    std::string error;
};

// Where the module may be: $LOGSLEUTH_SUBWORD_MODULE, beside the program (a build tree), the
// installed library directory relative to the program, then the configured install path.
std::vector<std::filesystem::path> candidates()
{
    std::vector<std::filesystem::path> paths;
    if (const char* given = std::getenv("LOGSLEUTH_SUBWORD_MODULE"); given && *given)
        paths.emplace_back(given);
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        paths.push_back(program.parent_path() / kModuleName);
        paths.push_back(program.parent_path().parent_path() / "lib" / "logsleuth" / kModuleName);
    }
#ifdef LOGSLEUTH_SUBWORD_INSTALL_DIR
    paths.push_back(std::filesystem::path(LOGSLEUTH_SUBWORD_INSTALL_DIR) / kModuleName);
#endif
    return paths;
}

const Module& module()
{
    static const Module loaded = [] {
        Module m;
        for (const auto& path : candidates()) {
            if (!std::filesystem::exists(path)) continue;
            void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
            if (!handle) {
                m.error = dlerror();
                continue;
            }
            using Entry = const LsSubwordApi* (*)();
            const auto entry = reinterpret_cast<Entry>(dlsym(handle, "logsleuth_subword_api"));
            const LsSubwordApi* api = entry ? entry() : nullptr;
            if (api && api->version == kLsSubwordApiVersion) {
                m.api = api;
                m.error.clear();
                return m;
            }
            m.error = path.string() + " is not a matching " + kModuleName;
        }
        if (m.error.empty())
            m.error = std::string(kModuleName) + " not found beside the program or in its lib/logsleuth";
        return m;
    }();
    return loaded;
}

const LsSubwordApi& api()
{
    const Module& m = module();
    if (!m.api) throw ModelError("the conv family needs SentencePiece: " + m.error);
    return *m.api;
}

std::string takeError(char* error)
{
    std::string text = error ? error : "unknown error";
    if (error) api().freeString(error);
    return text;
}

} // namespace

void SubwordTokenizer::Destroy::operator()(LsSubword* tokenizer) const
{
    if (tokenizer) api().destroy(tokenizer);
}

SubwordTokenizer::SubwordTokenizer(SubwordTokenizer&&) noexcept = default;
SubwordTokenizer& SubwordTokenizer::operator=(SubwordTokenizer&&) noexcept = default;
SubwordTokenizer::~SubwordTokenizer() = default;

SubwordTokenizer SubwordTokenizer::train(const std::vector<std::string_view>& messages,
                                         const std::vector<std::uint64_t>& lineCounts, int pieces,
                                         std::size_t maxMessages)
{
    // The most frequent distinct messages; SentencePiece counts each once, which is what a
    // tokenizer of rare messages needs (pieces of frequent messages only would split the rare
    // ones into characters).
    std::vector<std::size_t> order(messages.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return lineCounts[a] > lineCounts[b]; });
    std::vector<const char*> texts;
    std::vector<std::size_t> lengths;
    for (std::size_t i = 0; i < order.size() && texts.size() < maxMessages; ++i)
        if (lineCounts[order[i]] > 0 && !messages[order[i]].empty()) {
            texts.push_back(messages[order[i]].data());
            lengths.push_back(messages[order[i]].size());
        }
    if (texts.empty()) throw ModelError("nothing to train on: the messages are empty");
    // hard_vocab_limit=false: a small log has fewer pieces than asked for, which is fine.
    // byte_fallback: a byte never seen becomes a byte piece, not the unknown piece.
    const std::string args = "--model_type=bpe --vocab_size=" + std::to_string(std::max(pieces, 16)) +
                             " --hard_vocab_limit=false --character_coverage=1.0 --byte_fallback=true"
                             " --max_sentence_length=16384 --num_threads=1"
                             " --bos_id=-1 --eos_id=-1 --pad_id=-1 --unk_id=0";
    char* error = nullptr;
    LsSubword* handle = api().train(texts.data(), lengths.data(), texts.size(), args.c_str(), &error);
    if (!handle) throw ModelError("cannot learn the subword tokenizer: " + takeError(error));
    return SubwordTokenizer(handle);
}

SubwordTokenizer SubwordTokenizer::fromSerialized(const std::string& bytes)
{
    char* error = nullptr;
    LsSubword* handle = api().load(bytes.data(), bytes.size(), &error);
    if (!handle) throw ModelError("corrupt subword tokenizer: " + takeError(error));
    return SubwordTokenizer(handle);
}

int SubwordTokenizer::size() const
{
    return api().size(handle_.get());
}

std::vector<int> SubwordTokenizer::encode(std::string_view message, std::size_t maxPieces) const
{
    std::vector<int> ids(std::max<std::size_t>(maxPieces, 1));
    const std::size_t n = api().encode(handle_.get(), message.data(), message.size(), ids.data(), ids.size());
    ids.resize(std::min(n, maxPieces));
    if (ids.empty()) ids.push_back(kUnknown);
    return ids;
}

std::string SubwordTokenizer::piece(int id) const
{
    std::string text(64, '\0');
    const std::size_t n = api().piece(handle_.get(), id, text.data(), text.size());
    if (n > text.size()) {
        text.resize(n);
        api().piece(handle_.get(), id, text.data(), text.size());
    }
    text.resize(n);
    return text;
}

std::string SubwordTokenizer::serialized() const
{
    const std::size_t n = api().serialize(handle_.get(), nullptr, 0);
    std::string bytes(n, '\0');
    api().serialize(handle_.get(), bytes.data(), bytes.size());
    return bytes;
}

} // namespace logsleuth::ml::detail
