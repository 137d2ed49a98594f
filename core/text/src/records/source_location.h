// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A header field that says where in the code a line was written ("server.go:628",
// "{taskinstance.py:1739}", "shop.db:connect:51") names its component by the file or module,
// whatever line of it wrote. Learned layouts and given formats read it the same way.
#pragma once

#include <string_view>

namespace logsleuth::text::detail {

// "server.go:628", "db/pool.py:40" (a file name with a short extension of letters, a colon and a
// line number; not "nova-api.log.1.2017-05-16_13:53:08", a file name with a time in it), or
// "module:function:42", a class, method and line ("Listener.contextInitialized(137)", "MainKt.main#83"),
// a source file with its line in parentheses ("TraceStream.cpp(00469)"), a module's method
// called and its line ("EtcService.generate():446"),
// or lighttpd's "server.c.1534" (the line after a dot, only after a source
// file's extension); in braces or parentheses or not.
bool isSourceLocation(std::string_view s);

// A qualified name as Java and .NET write their loggers and the methods that logged:
// "org.apache.catalina.startup.Catalina.start", "Shop.Orders.Controller". Dotted identifiers,
// three or more, one of them capitalised (a class), which host and domain names are not.
bool isQualifiedName(std::string_view s);

// A logger named as Python names them after the module: lower-case identifiers joined by dots
// ("app.api", "urllib3.connectionpool", "__main__", "pg-server"). `dotted` is set when it has
// two or more.
bool isModuleName(std::string_view s, bool& dotted);

// "db/pool.go:490" → "db/pool.go", "shop.db:connect:51" → "shop.db", "EtcService.generate():446" →
// "EtcService"; anything else as it is.
std::string_view fileOf(std::string_view location);

} // namespace logsleuth::text::detail
