// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// liblogsleuth_subword: SentencePiece behind the C interface of subword_module_api.h (see there
// for why it is a module).
#include "subword_module_api.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct LsSubword {
    sentencepiece::SentencePieceProcessor processor;
};

namespace {

char* copyOf(const std::string& text)
{
    char* out = static_cast<char*>(std::malloc(text.size() + 1));
    if (out) std::memcpy(out, text.c_str(), text.size() + 1);
    return out;
}

std::size_t copyOut(const std::string& text, char* out, std::size_t capacity)
{
    if (out) std::memcpy(out, text.data(), std::min(capacity, text.size()));
    return text.size();
}

LsSubword* loadFrom(const std::string& proto, char** error)
{
    auto tokenizer = std::make_unique<LsSubword>();
    const auto status = tokenizer->processor.LoadFromSerializedProto(proto);
    if (!status.ok()) {
        *error = copyOf(status.ToString());
        return nullptr;
    }
    return tokenizer.release();
}

LsSubword* train(const char* const* sentences, const std::size_t* lengths, std::size_t count,
                 const char* args, char** error)
{
    try {
        std::vector<std::string> input;
        input.reserve(count);
        for (std::size_t i = 0; i < count; ++i)
            input.emplace_back(sentences[i], lengths[i]);
        sentencepiece::SetMinLogLevel(2); // no progress chatter on stderr
        std::string proto;
        const auto status = sentencepiece::SentencePieceTrainer::Train(args, input, &proto);
        if (!status.ok()) {
            *error = copyOf(status.ToString());
            return nullptr;
        }
        return loadFrom(proto, error);
    } catch (const std::exception& e) {
        *error = copyOf(e.what());
        return nullptr;
    }
}

LsSubword* load(const char* bytes, std::size_t length, char** error)
{
    try {
        return loadFrom(std::string(bytes, length), error);
    } catch (const std::exception& e) {
        *error = copyOf(e.what());
        return nullptr;
    }
}

void destroy(LsSubword* tokenizer)
{
    delete tokenizer;
}

int size(const LsSubword* tokenizer)
{
    return tokenizer->processor.GetPieceSize();
}

std::size_t encode(const LsSubword* tokenizer, const char* text, std::size_t length, int* ids,
                   std::size_t capacity)
{
    std::vector<int> pieces;
    if (!tokenizer->processor.Encode(std::string_view(text, length), &pieces).ok()) return 0;
    std::copy_n(pieces.begin(), std::min(capacity, pieces.size()), ids);
    return pieces.size();
}

std::size_t piece(const LsSubword* tokenizer, int id, char* out, std::size_t capacity)
{
    if (id < 0 || id >= tokenizer->processor.GetPieceSize()) return 0;
    return copyOut(tokenizer->processor.IdToPiece(id), out, capacity);
}

std::size_t serialize(const LsSubword* tokenizer, char* out, std::size_t capacity)
{
    return copyOut(tokenizer->processor.serialized_model_proto(), out, capacity);
}

void freeString(char* text)
{
    std::free(text);
}

} // namespace

extern "C" __attribute__((visibility("default"))) const LsSubwordApi* logsleuth_subword_api()
{
    static const LsSubwordApi api{
        kLsSubwordApiVersion, train, load, destroy, size, encode, piece, serialize, freeString};
    return &api;
}
