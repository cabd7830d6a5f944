// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeImportRecord.h"

#include "domain/JsonText.h"
#include "domain/ScopeItem.h"

namespace slipway {

QByteArray ScopeImportRecord::toJsonUtf8(const QList<ScopeItem>& created,
                                         const std::vector<int>& lines) const {
    bool consecutive = true;
    for (qsizetype k = 1; consecutive && k < created.size(); ++k)
        consecutive = created[k].id == created[k - 1].id + 1;
    return json(
        created.size(), [&created](qsizetype k) -> const ScopeItem& { return created[k]; }, lines,
        created.isEmpty() ? 0 : created.first().id, consecutive);
}

QByteArray ScopeImportRecord::toJsonUtf8(const std::vector<ScopeItem*>& created,
                                         const std::vector<int>& lines) const {
    bool consecutive = true;
    for (size_t k = 1; consecutive && k < created.size(); ++k)
        consecutive = created[k]->id == created[k - 1]->id + 1;
    return json(
        qsizetype(created.size()),
        [&created](qsizetype k) -> const ScopeItem& { return *created[size_t(k)]; }, lines,
        created.empty() ? 0 : created.front()->id, consecutive);
}

QByteArray ScopeImportRecord::toJsonUtf8(const std::vector<ScopeItem*>& created,
                                         const std::vector<int>& lines, qint64 firstId) const {
    return json(
        qsizetype(created.size()),
        [&created](qsizetype k) -> const ScopeItem& { return *created[size_t(k)]; }, lines, firstId,
        true);
}

QByteArray ScopeImportRecord::json(qsizetype count,
                                   const std::function<const ScopeItem&(qsizetype)>& item,
                                   const std::vector<int>& lines, qint64 firstId,
                                   bool consecutive) const {
    QByteArray out;
    out.reserve(512 + count * (consecutive ? 24 : 32));
    out += "{\"bytes\":";
    out += QByteArray::number(bytes);
    out += ",\"created\":";
    out += QByteArray::number(count);
    out += ",\"external_keys\":[";
    for (qsizetype k = 0; k < count; ++k) {
        if (k > 0)
            out += ',';
        if (item(k).externalKey.isEmpty())
            out += "null";
        else
            appendJsonString(out, item(k).externalKey);
    }
    out += "],\"file\":";
    appendJsonString(out, file);
    out += ",\"first_id\":";
    out += QByteArray::number(count == 0 ? 0 : firstId);
    if (!consecutive) {
        out += ",\"ids\":[";
        for (qsizetype k = 0; k < count; ++k) {
            if (k > 0)
                out += ',';
            out += QByteArray::number(item(k).id);
        }
        out += ']';
    }
    out += ",\"last_id\":";
    out += QByteArray::number(count == 0    ? 0
                              : consecutive ? firstId + count - 1
                                            : item(count - 1).id);
    out += ",\"lines\":[";
    for (size_t k = 0; k < lines.size(); ++k) {
        if (k > 0)
            out += ',';
        out += QByteArray::number(lines[k]);
    }
    out += "],\"release\":";
    if (release.isEmpty())
        out += "null";
    else
        appendJsonString(out, release);
    out += ",\"rows\":";
    out += QByteArray::number(rows);
    out += ",\"sha256\":";
    appendJsonString(out, sha256);
    out += ",\"skipped\":";
    out += QByteArray::number(skipped);
    out += ",\"unchanged\":";
    out += QByteArray::number(unchanged);
    out += ",\"updated\":";
    out += QByteArray::number(updated);
    out += '}';
    return out;
}

} // namespace slipway
