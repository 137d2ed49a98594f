// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "follow_templates.h"

#include "cli_common.h"
#include "cli_output.h"
#include "logsleuth/text/growing_file.h"
#include "logsleuth/text/log_paths.h"
#include "template_rows.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <thread>

namespace logsleuth::cli {

TemplateFollower::TemplateFollower(text::Corpus& corpus, TemplateRows& rows,
                                   const std::vector<std::string>& inputs)
    : m_corpus(corpus), m_rows(rows)
{
    for (std::size_t s = 0; s < corpus.sourceCount(); ++s) {
        const text::LogText& source = corpus.source(s);
        const auto state = text::fileStateOf(source.name());
        if (!corpus.beginsFile(s) || !state) continue;
        m_identities.insert(state->identity);
        // Where the file was read up to (its colour codes counted, if they were taken out).
        if (const auto offset = source.followOffset())
            m_files.push_back({s, source.name(), state->identity, *offset, {}, false});
        else
            warn(source.name() +
                 ": not followed (a compressed file or one decoded from UTF-16 cannot grow in place)");
    }
    for (const std::string& input : inputs)
        if (std::error_code error; std::filesystem::is_directory(input, error)) m_folders.push_back(input);
    if (m_files.empty() && m_folders.empty())
        throw UsageError("--follow needs a plain file or a folder to follow");
    for (const text::LogPath& file : text::expandLogPaths(m_folders).files)
        m_known.insert(file.path);
}

void TemplateFollower::run()
{
    std::cout.flush();
    warn("following " + std::to_string(m_files.size()) + " file(s)" +
         (m_folders.empty()
              ? std::string()
              : " and the files that appear in " + std::to_string(m_folders.size()) + " folder(s)") +
         " (Ctrl-C to stop)");
    while (!interrupted()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        for (FollowedFile& followed : m_files)
            readGrowth(followed);
        if (!m_folders.empty()) readNewFiles();
    }
    std::cout.flush();
    warn("stopped following");
}

void TemplateFollower::readGrowth(FollowedFile& followed)
{
    const auto state = text::fileStateOf(followed.path);
    if (!state) return; // between a rotation's rename and create
    if (state->identity != followed.identity || state->size < followed.offset) {
        warn(followed.path + (state->identity != followed.identity
                                  ? ": rotated (a new file): reading it from its start"
                                  : ": truncated: reading it again from its start"));
        followed.identity = state->identity;
        m_identities.insert(state->identity);
        followed.offset = 0;
        followed.pending.clear();
        followed.restarted = true;
    }
    if (state->size <= followed.offset) return;
    std::string bytes, error;
    text::readFileRange(followed.path, followed.offset,
                        std::min(state->size, followed.offset + text::kMaxFollowReadBytes), bytes, error);
    if (bytes.empty()) return;
    followed.offset += bytes.size();
    followed.pending += bytes;
    const std::size_t lastNewline = followed.pending.rfind('\n');
    if (lastNewline == std::string::npos) return;
    std::string complete = followed.pending.substr(0, lastNewline + 1);
    followed.pending.erase(0, lastNewline + 1);
    const auto [first, end] =
        m_corpus.append(text::LogText::fromBytes(std::move(complete), followed.path), followed.file,
                        followed.restarted ? text::FileChange::Restarted : text::FileChange::Grew);
    followed.restarted = false;
    print(first, end);
}

void TemplateFollower::readNewFiles()
{
    for (const text::LogPath& file : text::expandLogPaths(m_folders).files) {
        if (m_known.contains(file.path)) continue;
        const auto state = text::fileStateOf(file.path);
        if (!state || state->size == 0) continue; // looked at again once something is written
        if (m_identities.contains(state->identity)) {
            m_known.insert(file.path); // a followed file renamed by a rotation: its lines are here
            continue;
        }
        std::string bytes, error; // unreadable yet: looked at again
        text::readFileRange(file.path, 0, std::min(state->size, text::kMaxFollowReadBytes), bytes, error);
        const std::size_t lastNewline = bytes.rfind('\n');
        if (lastNewline == std::string::npos && bytes.size() < text::kMaxFollowReadBytes)
            continue; // no line finished yet
        m_known.insert(file.path);
        const std::uint64_t offset = bytes.size();
        const std::size_t complete = lastNewline == std::string::npos ? bytes.size() : lastNewline + 1;
        std::string pending = bytes.substr(complete);
        bytes.resize(complete);
        text::LogText text = text::LogText::fromBytes(std::move(bytes), file.path);
        text.setModifiedMs(std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count());
        if (text.looksBinary()) {
            warn(file.path + ": appeared, and looks like binary data (compressed?), not text: left out");
            continue;
        }
        const bool followable = text.encoding() == "utf-8";
        const auto [first, end] = m_corpus.appendFile(std::move(text));
        m_identities.insert(state->identity);
        warn(file.path + (followable ? ": appeared: reading and following it"
                                     : ": appeared: read once (not UTF-8, so it cannot be followed)"));
        if (followable)
            m_files.push_back(
                {m_corpus.sourceCount() - 1, file.path, state->identity, offset, std::move(pending), false});
        print(first, end);
    }
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
