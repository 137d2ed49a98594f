// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: the C interface of liblogsleuth_subword, the module that holds SentencePiece.
//
// Why a module: Debian's libsentencepiece carries its own copy of protobuf-lite and exports its
// symbols, and LibTorch loads the system libprotobuf. Linked into one program, the two copies
// interpose and the program crashes while libprotobuf registers its descriptors, before main.
// Loaded with dlopen(RTLD_LOCAL | RTLD_DEEPBIND) after LibTorch, SentencePiece binds to its own
// copy and nothing else sees it.
#pragma once

#include <cstddef>

extern "C" {

struct LsSubword; // one tokenizer

struct LsSubwordApi {
    int version; // kLsSubwordApiVersion
    // Learn a BPE model from the sentences with SentencePiece's trainer arguments. Null on
    // failure, with *error set (free it with freeString).
    LsSubword* (*train)(const char* const* sentences, const std::size_t* lengths, std::size_t count,
                        const char* args, char** error);
    LsSubword* (*load)(const char* bytes, std::size_t length, char** error);
    void (*destroy)(LsSubword* tokenizer);
    int (*size)(const LsSubword* tokenizer);
    // Writes at most capacity ids and returns how many there are (0 when encoding fails).
    std::size_t (*encode)(const LsSubword* tokenizer, const char* text, std::size_t length, int* ids,
                          std::size_t capacity);
    // Copies at most capacity bytes and returns the full length.
    std::size_t (*piece)(const LsSubword* tokenizer, int id, char* out, std::size_t capacity);
    std::size_t (*serialize)(const LsSubword* tokenizer, char* out, std::size_t capacity);
    void (*freeString)(char* text);
};

inline constexpr int kLsSubwordApiVersion = 1;

// The one symbol the module exports.
const LsSubwordApi* logsleuth_subword_api();
}
