// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Stack frames mined by their shape: a trace's frames are one event, "a frame", whichever code
// they name (Drain, given their two tokens, makes them one template too); the record's first
// line says what went wrong.
#pragma once

#include <string_view>

namespace logsleuth::text {

// The text a message that is a stack frame is mined as ("at <*>", "File <*>, line <NUM>, in
// <*>", "#<NUM> <*>"), given the message of the line before it (empty where there is none); empty when the
// message is no frame. Java, .NET, Mono and JavaScript's "at a.b.C.m(…)", Python's
// "File "…", line N, in f", the source line under it ("(source) <*>": a word of its own keeps it
// apart from other lines that are all value) and the carets under that ("^^^"), PHP's and
// gdb's numbered frames, the Linux kernel's ("dump_stack_lvl+0x76/0xa0": "<*>+<HEX>/<HEX>")
// a Go goroutine's function lines ("<*>(<*>)", zap's without arguments too) and zap's indented
// file lines ("<*>.go:<NUM>"), Ruby's ("<*>:<NUM>:in <*>"), Perl's ("<*> called at <*> line
// <NUM>"), SpiderMonkey's ("<*>@<*>": "_emit@resource:///…/_signals.js:130:42"), MATLAB's ("In
// <*> (line <NUM>)") and Papyrus' ("[<*>].<*>() - <*>").
std::string_view frameShape(std::string_view message, std::string_view previousMessage);

} // namespace logsleuth::text
