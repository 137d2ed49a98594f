// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Identifiers that no shape of their own marks as values the way a UUID's or a hex id's does, for
// the masker (mask.cpp): the value a key names as an id ("request-id", "trace_id", "sessionId",
// "id": a KSUID's "8ueOAgMZ1INNPYtcfdp4f5QZIqe", a nanoid), and a tag's instance.
#pragma once

#include <cstddef>
#include <string_view>

namespace logsleuth::text::detail {

// The length of a keyed id at `at`, right after its key's '=' or its quoted key's ':"', or 0:
// ten characters and more of letters and digits (a '_' or '-' among them), with a digit (or
// twenty and more) and a letter, not hex alone (the masker's <HEX> already), up to a quote, a blank, a comma,
// a bracket, a brace, a '&' or a ';'.
std::size_t keyedIdLength(std::string_view text, std::size_t at);

// The instance of the tag that opens a message, "name[instance]:" (ocserv's workers,
// "worker[t.huber]:" beside "worker[b.becker]:"; Heroku's "app[web.1]:"): where it begins, and its
// length, 0 where none. The instance is a value that names who wrote the line, as a process id
// does; a code in capitals and digits names the event and is none ("error[E0502]:", rustc's).
// Tags may chain, the message glued to the last ("Node[gpu-1]:Worker[dark-egret]:Launched",
// Tdarr's): `from` is where this one starts.
std::size_t leadingTagInstance(std::string_view message, std::size_t& begin, std::size_t from = 0);

} // namespace logsleuth::text::detail
