// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Values a message writes under quoted keys ('"ssid"="eduroam"', '"state":"running"'): a record
// written inline, whose keys name the event and whose values are filled in.
#pragma once

#include <string>

namespace logsleuth::text::detail {

// Each quoted value under a quoted key in a masked message becomes "<*>", so that a record glued
// into one token ('@@204,clientJoin,"apMac"="<MAC>","ssid"="eduroam","userId"="",…') reads the
// same for every line of its event, whatever its values and whichever are empty. The value under
// the message's own key ("msg":"…") is the event and stays as it is.
void wildcardQuotedPairValues(std::string& masked);

} // namespace logsleuth::text::detail
