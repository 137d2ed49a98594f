// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A logger named by a module path at the start of a message, as Rust's tracing and log crates
// write their target after the level ("INFO chirpstack::uplink: Uplink received", and after the
// spans a record is in: "INFO up{id=7}:data_up{dev_eui=…}: chirpstack::uplink: …").
#pragma once

#include <string_view>

namespace logsleuth::text::detail {

// The module path ("chirpstack::uplink") that opens `message`, after any spans and tracing's
// "ThreadId(01)", with ": " after it; empty when there is none. A word without "::" is a
// module's name only after spans with fields or chained spans ("…}:endpoint{…}: linkerd_reconnect:").
std::string_view modulePathOf(std::string_view message);

} // namespace logsleuth::text::detail
