// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Several programs' logs in one file, each line led by its stream's name: `docker compose logs`
// ("db-1     | 2026-12-01 10:00:00.412 UTC [1] LOG:  …", "nginx-1  | 10.0.0.5 - - [01/Dec/…"),
// a pod's containers with kubectl's --prefix. The outer layout gives the stream (the entity, or
// the component where the layout names no entity); each stream's messages have a layout of their
// own, learned from that stream's lines in the sample as a file's is, and read on its lines:
// their time, level and component fill what the prefix lacks, and their message is the record's.
#pragma once

#include "logsleuth/text/records.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

class StreamLayoutsParser final : public RecordParser {
public:
    // `outer` wrapped when the sample's streams have layouts of their own that name a time or a
    // level; else `outer` as it was. `infer` learns a stream's layout from its messages.
    using Infer = std::unique_ptr<RecordParser> (*)(const std::vector<std::string_view>& messages);
    static std::unique_ptr<RecordParser> wrapIfStreams(std::unique_ptr<RecordParser> outer,
                                                       const std::vector<std::string_view>& sample,
                                                       Infer infer);

    // "OUTER >> per stream: NAME: INNER; NAME: INNER", as formatString() writes it.
    static std::unique_ptr<RecordParser> create(std::string_view spec, std::string& error);
    static constexpr std::string_view kMarker = " >> per stream: ";

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override;
    std::string fieldKinds() const override;

private:
    StreamLayoutsParser(std::unique_ptr<RecordParser> outer, bool byEntity,
                        std::map<std::string, std::unique_ptr<RecordParser>, std::less<>> inner)
        : m_outer(std::move(outer)), m_byEntity(byEntity), m_inner(std::move(inner))
    {
    }
    std::unique_ptr<RecordParser> m_outer;
    bool m_byEntity; // streams named by the entity, else by the component
    std::map<std::string, std::unique_ptr<RecordParser>, std::less<>> m_inner;
};

} // namespace logsleuth::text
