// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Lines of a JSON document a record prints indented under its header (Renovate's config dumps,
// Certbot's ACME bodies) mined by their part of the document: the serializer wrote them, so the
// keys, like the values, are its data, and a brace is a brace whichever it closes.
#pragma once

#include <string_view>

namespace logsleuth::text {

// The text a line of an indented JSON document is mined as: a brace or bracket alone ("{…}"), a
// key opening an object or array ('"<*>": {…'), a key with its value ('"<*>": <*>'), a string
// in a list ('"<*>"'); empty when the line is none of these. `previous`: the line before it.
std::string_view prettyJsonShape(std::string_view line, std::string_view previous);

} // namespace logsleuth::text
