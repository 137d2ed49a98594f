// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "follow_templates.h"

#include "cli_common.h"
#include "cli_output.h"
#include "template_rows.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <thread>

namespace logsleuth::cli {

namespace {

std::vector<std::string> foldersOf(const std::vector<std::string>& inputs)
{
    std::vector<std::string> folders;
    for (const std::string& input : inputs)
        if (std::error_code error; std::filesystem::is_directory(input, error)) folders.push_back(input);
    return folders;
}

std::string said(const text::FollowEvent& event)
{
    using Kind = text::FollowEvent::Kind;
    switch (event.kind) {
    case Kind::Rotated:
        return event.path + ": rotated (a new file): reading it from its start";
    case Kind::Truncated:
        return event.path + ": truncated: reading it again from its start";
    case Kind::Appeared:
        return event.path + ": appeared: reading and following it";
    case Kind::AppearedOnce:
        return event.path + ": appeared: read once (not UTF-8, so it cannot be followed)";
    case Kind::Packed:
        return event.path + ": appeared, compressed: not read (run templates on it)";
    case Kind::Binary:
        return event.path + ": appeared, and looks like binary data (compressed?), not text: left out";
    case Kind::Unreadable:
        return event.path + ": cannot read it: " + event.reason;
    }
    return event.path;
}

} // namespace

TemplateFollower::TemplateFollower(text::Corpus& corpus, TemplateRows& rows,
                                   const std::vector<std::string>& inputs)
    : m_corpus(corpus), m_rows(rows), m_follower(corpus, foldersOf(inputs))
{
    for (const std::string& name : m_follower.unfollowable())
        warn(name + ": not followed (a compressed file or one decoded from UTF-16 cannot grow in place)");
    if (m_follower.fileCount() == 0 && m_follower.folderCount() == 0)
        throw UsageError("--follow needs a plain file or a folder to follow");
}

void TemplateFollower::run()
{
    std::cout.flush();
    const std::size_t folders = m_follower.folderCount();
    warn("following " + std::to_string(m_follower.fileCount()) + " file(s)" +
         (folders == 0 ? std::string()
                       : " and the files that appear in " + std::to_string(folders) + " folder(s)") +
         " (Ctrl-C to stop)");
    while (!interrupted()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const text::FollowLook look = m_follower.look([this]() -> text::Corpus& { return m_corpus; });
        for (const text::FollowEvent& event : look.events)
            warn(said(event));
        for (const auto& [first, end] : look.added)
            print(first, end);
    }
    std::cout.flush();
    warn("stopped following");
}

void TemplateFollower::print(std::uint64_t first, std::uint64_t end)
{
    // Lines are numbered in their file, from its last restart on (Corpus::locateInFile).
    m_rows.refresh();
    std::string text;
    for (std::uint64_t g = first; g < end; ++g) {
        const auto [file, line] = m_corpus.locateInFile(g);
        const auto [recordFile, recordLine] = m_corpus.locateInFile(m_corpus.records().recordStart(g));
        const bool sameContent = recordFile == file && recordLine.value() <= line.value();
        m_rows.append(text, g, line.value() + 1, (sameContent ? recordLine.value() : line.value()) + 1);
    }
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
    std::cout.flush();
}

} // namespace logsleuth::cli
