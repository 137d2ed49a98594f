// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/file_follower.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/growing_file.h"
#include "logsleuth/text/log_paths.h"

#include <algorithm>
#include <exception>

namespace logsleuth::text {

namespace {

// Cuts what a look read to its complete lines; false when none is complete yet. The rest of a
// line being written is read on a later look, but a line longer than a whole read is taken in
// pieces.
bool keepCompleteLines(std::string& bytes)
{
    const std::size_t complete = bytes.rfind('\n');
    if (complete != std::string::npos) {
        bytes.resize(complete + 1);
        return true;
    }
    return bytes.size() >= kMaxFollowReadBytes;
}

} // namespace

std::uint64_t FollowLook::addedLines() const
{
    std::uint64_t lines = 0;
    for (const auto& [first, end] : added)
        lines += end - first;
    return lines;
}

FileFollower::FileFollower(const Corpus& corpus, std::vector<std::string> folders, PackedTest isPacked)
    : m_folders(std::move(folders)), m_isPacked(std::move(isPacked))
{
    for (std::size_t source = 0; source < corpus.sourceCount(); ++source) {
        const LogText& text = corpus.source(source);
        const auto state = fileStateOf(text.name());
        if (!corpus.beginsFile(source) || !state) continue;
        m_identities.insert(state->identity);
        // Where the file was read up to (its colour codes counted, if they were taken out).
        if (const auto offset = text.followOffset())
            m_files.push_back({source, text.name(), state->identity, *offset, false});
        else
            m_unfollowable.push_back(text.name());
    }
    for (const LogPath& file : expandLogPaths(m_folders).files)
        m_known.insert(file.path);
}

bool FileFollower::hasNews() const
{
    for (const FollowedFile& file : m_files)
        if (const auto state = fileStateOf(file.path);
            state && (state->identity != file.identity || state->size != file.offset))
            return true;
    return !unknownFolderFiles().empty();
}

std::vector<std::string> FileFollower::unknownFolderFiles() const
{
    std::vector<std::string> unknown;
    if (m_folders.empty()) return unknown;
    // Listing a folder of at most a thousand names takes about a millisecond.
    for (const LogPath& file : expandLogPaths(m_folders).files)
        if (const auto state = fileStateOf(file.path);
            !m_known.contains(file.path) && state && state->size > 0) // empty: looked at once written
            unknown.push_back(file.path);
    return unknown;
}

FollowLook FileFollower::look(const std::function<Corpus&()>& grow, const TaskControl& control)
{
    FollowLook look;
    // Files that appear are read after the growth of the followed ones, so that a rotation's
    // rename is known by its identity before the renamed file is looked at.
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        if (control.cancelled()) {
            look.cancelled = true;
            return look;
        }
        readGrowth(m_files[i], grow, look);
    }
    for (const std::string& path : unknownFolderFiles()) {
        if (control.cancelled()) {
            look.cancelled = true;
            return look;
        }
        readNewFile(path, grow, look);
    }
    return look;
}

void FileFollower::readGrowth(FollowedFile& file, const std::function<Corpus&()>& grow, FollowLook& look)
{
    const auto state = fileStateOf(file.path);
    if (!state) return; // between a rotation's rename and the new file's creation
    if (state->identity != file.identity || state->size < file.offset) {
        look.events.push_back(
            {state->identity != file.identity ? FollowEvent::Kind::Rotated : FollowEvent::Kind::Truncated,
             file.path,
             {}});
        file.identity = state->identity;
        m_identities.insert(state->identity);
        file.offset = 0;
        file.restarted = true;
    }
    if (state->size <= file.offset) return;
    std::string bytes, error;
    if (!readFileRange(file.path, file.offset, std::min(state->size, file.offset + kMaxFollowReadBytes),
                       bytes, error)) {
        look.events.push_back({FollowEvent::Kind::Unreadable, file.path, error});
        return;
    }
    if (!keepCompleteLines(bytes)) return;
    file.offset += bytes.size();
    look.added.push_back(grow().append(LogText::fromBytes(std::move(bytes), file.path), file.source,
                                       file.restarted ? FileChange::Restarted : FileChange::Grew));
    file.restarted = false;
}

void FileFollower::readNewFile(const std::string& path, const std::function<Corpus&()>& grow,
                               FollowLook& look)
{
    const auto state = fileStateOf(path);
    if (!state) return; // gone meanwhile
    if (m_identities.contains(state->identity)) {
        m_known.insert(path); // app.log renamed app.log.1: its lines are here
        return;
    }
    if (m_isPacked) {
        bool packed = false;
        try {
            packed = m_isPacked(path);
        } catch (const std::exception&) {
            return; // gone again, or not readable yet: the next look tries again
        }
        if (packed) {
            m_known.insert(path);
            look.events.push_back({FollowEvent::Kind::Packed, path, {}});
            return;
        }
    }
    std::string bytes, error;
    if (!readFileRange(path, 0, std::min(state->size, kMaxFollowReadBytes), bytes, error)) {
        m_known.insert(path);
        look.events.push_back({FollowEvent::Kind::Unreadable, path, error});
        return;
    }
    if (!keepCompleteLines(bytes)) return; // no line finished yet: a later look
    m_known.insert(path);
    const std::uint64_t offset = bytes.size();
    LogText text = LogText::fromBytes(std::move(bytes), path);
    text.setModifiedMs(state->modifiedMs);
    if (text.looksBinary()) {
        look.events.push_back({FollowEvent::Kind::Binary, path, {}});
        return;
    }
    const bool followable = text.encoding() == "utf-8";
    Corpus& corpus = grow();
    look.added.push_back(corpus.appendFile(std::move(text)));
    m_identities.insert(state->identity);
    if (followable) m_files.push_back({corpus.sourceCount() - 1, path, state->identity, offset, false});
    look.events.push_back(
        {followable ? FollowEvent::Kind::Appeared : FollowEvent::Kind::AppearedOnce, path, {}});
}

} // namespace logsleuth::text
