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
    QByteArray out;
    out.reserve(512 + created.size() * (consecutive ? 24 : 32));
    out += "{\"bytes\":";
    out += QByteArray::number(bytes);
    out += ",\"created\":";
    out += QByteArray::number(created.size());
    out += ",\"external_keys\":[";
    for (qsizetype k = 0; k < created.size(); ++k) {
        if (k > 0)
            out += ',';
        if (created[k].externalKey.isEmpty())
            out += "null";
        else
            appendJsonString(out, created[k].externalKey);
    }
    out += "],\"file\":";
    appendJsonString(out, file);
    out += ",\"first_id\":";
    out += QByteArray::number(created.isEmpty() ? 0 : created.first().id);
    if (!consecutive) {
        out += ",\"ids\":[";
        for (qsizetype k = 0; k < created.size(); ++k) {
            if (k > 0)
                out += ',';
            out += QByteArray::number(created[k].id);
        }
        out += ']';
    }
    out += ",\"last_id\":";
    out += QByteArray::number(created.isEmpty() ? 0 : created.last().id);
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
