// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// ArcSight's Common Event Format, which security products forward over syslog:
// "CEF:0|Device Vendor|Device Product|Device Version|Signature ID|Name|Severity|Extension", a bar
// inside a header field written "\|", the extension "key=value" pairs a blank apart whose values
// may hold blanks ("cs1Label=Host ID"). The product is the record's component, the severity its
// level; the event is the extension's keys, its values and the signature's id and name (a rule's
// number and title) being values of it.
#pragma once

#include <string>
#include <string_view>

namespace logsleuth::text::detail {

struct CefHeader {
    std::string_view product, severity;
    std::string_view name; // the Name field: where the message a record shows starts
};

// Reads the header of `message` when it opens with "CEF:" and a version; false otherwise.
bool readCefHeader(std::string_view message, CefHeader& out);

// A CEF message from its Name on ("Deny Inbound RDP|5|cn1=108 cn1Label=Host ID act=Deny") as
// the miner reads it: the extension's pairs, one "key=value" word each, a value with blanks in
// double quotes (an apostrophe for a quote inside), into `out` (overwritten). False when the
// message holds no Severity field after its Name.
bool cefExtensionPairs(std::string_view fromName, std::string& out);

} // namespace logsleuth::text::detail
