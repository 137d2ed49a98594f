// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Test helper for tst_store_faults: adds COUNT marks to the fact store at PATH, one transaction
// each, and prints each mark's UUID only after its commit returned. A test kills it with
// SIGKILL midway and checks that every printed UUID survived.
#include "logsleuth/store/fact_store.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: mark_writer PATH COUNT\n");
        return 2;
    }
    using namespace logsleuth::store;
    try {
        auto store = FactStore::open(argv[1]);
        const long count = std::strtol(argv[2], nullptr, 10);
        for (long i = 0; i < count; ++i) {
            Mark mark;
            mark.uuid = newUuid();
            mark.kind = i % 2 ? MarkKind::TruePositive : MarkKind::FalsePositive;
            mark.maskedMessage = "message <NUM> number " + std::to_string(i);
            mark.rawLine = "raw line " + std::to_string(i);
            mark.templateText = "message <*> number <*>";
            mark.templateId = "0123456789abcdef";
            mark.source = "writer.log";
            mark.lineNumber = std::uint64_t(i + 1);
            store.addMark(mark);
            std::printf("%s\n", mark.uuid.c_str());
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "mark_writer: %s\n", e.what());
        return 1;
    }
    return 0;
}
