// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A web server's access line, whole (an NCSA line: RecordParts::accessLine) or inside another
// program's message (an application server's access logger, a proxy's, a router's: '… 10.0.0.7
// "GET /api/orders HTTP/1.1" 200 2108 "-" "curl/8.5.0"'). A server writes every request with one
// format string, whatever its method, path, status, client and timing, so the line is mined as the
// shape of its fields: a template per path or status would split one event by its values.
#pragma once

#include <string>
#include <string_view>

namespace logsleuth::text::detail {

// Where the quoted request line opens in `message` when a status follows it ('"GET /x HTTP/1.1"
// 200'), npos otherwise (a request an error names, 'request: "GET /x HTTP/1.1", host: …').
std::size_t requestLineWithStatus(std::string_view message);

// The shape of an access line's fields, from the request on, appended to `out`: each quoted
// field '"<*>"', each bracketed one "[<*>]", each run of other words one "<*>" (a status alone,
// "200 OK" or "404 Not Found", a status with its sizes and timings).
void appendAccessLineShape(std::string_view fields, std::string& out);

} // namespace logsleuth::text::detail
