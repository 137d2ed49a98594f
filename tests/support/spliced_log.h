// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A made-up log whose four loggers each write their own messages (and two share a login
// message, 70/30), with foreign messages spliced under the log's own headers — each takes the
// header of a random line, so its component follows the log's mix — and foreign lines written
// into the file in another layout.
#pragma once

#include <cstdio>
#include <random>
#include <string>

namespace logsleuth::testing {

struct SplicedLog {
    int lines = 10000;
    int spliced = 300;             // foreign messages under the log's headers
    int strays = 5;                // foreign lines in another layout
    bool oneComponent = false;     // every logger named "app"
    int weights[4] = {4, 3, 2, 1}; // of db.Pool, http.Server, auth.Login, cache.Store
    bool randomComponents = false; // each line names a logger drawn apart from its message
};

// Every line's message says what it is: spliced ones contain "invalid user", stray ones "sshd[".
inline std::string splicedLog(const SplicedLog& shape)
{
    struct Logger {
        const char* name;
        const char* messages[3];
    };
    static const Logger loggers[] = {
        {"db.Pool", {"connection <n> returned to pool", "pool grew to <n> connections", "query took <n> ms"}},
        {"http.Server",
         {"GET /api/items/<n> 200", "POST /api/orders 201 in <n> ms", "client <n> disconnected"}},
        {"auth.Login",
         {"token <n> refreshed", "password check passed for user<n>", "lockout cleared for user<n>"}},
        {"cache.Store", {"evicted <n> entries", "cache hit ratio <n> percent", "warmed <n> keys"}},
    };
    std::mt19937 rng(7);
    const auto fill = [&rng](std::string text) {
        for (std::size_t at; (at = text.find("<n>")) != std::string::npos;)
            text.replace(at, 3, std::to_string(rng() % 900 + 10));
        return text;
    };
    std::string log;
    char stamp[64];
    const int total = shape.lines;
    for (int line = 0; line < total; ++line) {
        std::snprintf(stamp, sizeof stamp, "2026-03-01 %02d:%02d:%02d", 10 + line / 3600 % 10, line / 60 % 60,
                      line % 60);
        const int sum = shape.weights[0] + shape.weights[1] + shape.weights[2] + shape.weights[3];
        int pick = int(rng() % unsigned(sum)), which = 0;
        while (which < 3 && pick >= shape.weights[which])
            pick -= shape.weights[which++];
        const Logger* logger = &loggers[which];
        std::string component = logger->name;
        std::string message = fill(logger->messages[rng() % 3]);
        if ((logger == &loggers[1] || logger == &loggers[2]) && rng() % 4 == 0) {
            message = fill("session opened for user<n>");
            component = rng() % 10 < 7 ? "auth.Login" : "http.Server";
        }
        if (shape.randomComponents) component = loggers[rng() % 4].name;
        if (shape.oneComponent) component = "app";
        if (shape.spliced > 0 && int(rng() % unsigned(total)) < shape.spliced)
            message = fill("Failed password for invalid user guest<n> from 10.0.0.<n> port <n> ssh2");
        log += std::string(stamp) + " INFO " + component + ": " + message + "\n";
        if (shape.strays > 0 && int(rng() % unsigned(total)) < shape.strays)
            log += "Mar  1 10:00:00 gateway sshd[" + std::to_string(rng() % 9000) +
                   "]: Received disconnect from 10.0.0." + std::to_string(rng() % 250) + " port 22\n";
    }
    return log;
}

} // namespace logsleuth::testing
