// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Values of several words between a record's keys, unquoted ("initiatorPilotName=Enfield 2-1 |
// Jester,place=CVN-72 Abraham Lincoln"): the words up to the next key belong to the value, as
// the program wrote it in, and would otherwise be read as the event's words, one template per
// name.
#pragma once

#include <string>

namespace logsleuth::text::detail {

// In a masked message of three keys or more ("key=", each after a blank, a comma or the start),
// each value that runs over a blank to the next key becomes "<*>", and the last key's to the end
// of the line where a comma joins the keys. Values of one word, what follows the last key of
// blank-separated ones, and the message's own key ("msg=") stay as they are.
void wildcardSpacedPairValues(std::string& masked);

} // namespace logsleuth::text::detail
