// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The platform log of Eclipse and of every application built on it (the IDE's
// workspace/.metadata/.log, DBeaver, Spring Tools): a record opens with
// "!ENTRY <plug-in> <severity> <code> <yyyy-MM-dd HH:mm:ss.SSS>", its text on the "!MESSAGE" line
// after it, then "!SUBENTRY" children, "!STACK" and the stack trace; each start writes a
// "!SESSION <stamp> ----" block of platform lines. The severity is IStatus' (1 info, 2 warning,
// 4 error, 8 cancel); the plug-in is the component. Every line that opens no record continues
// the one before it.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

class EclipseLogParser final : public RecordParser {
public:
    // The parser for a sample in which "!ENTRY" records are found; nullptr otherwise.
    static std::unique_ptr<EclipseLogParser> fromSample(const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override { return "eclipse"; }
    std::string fieldKinds() const override { return "time;level;component"; }
};

} // namespace logsleuth::text
