// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeTradeoff.h"

namespace slipway {
namespace {

QJsonValue optionalId(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

} // namespace

QJsonObject toJson(const ScopeTradeoff& t) {
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("item_id"), optionalId(t.itemId)},
        {QStringLiteral("item_title"), t.itemTitle},
        {QStringLiteral("from_release_id"), optionalId(t.fromReleaseId)},
        {QStringLiteral("to_release_id"), optionalId(t.toReleaseId)},
        {QStringLiteral("from_status"), toKey(t.fromStatus)},
        {QStringLiteral("to_status"), toKey(t.toStatus)},
        {QStringLiteral("rationale"), t.rationale},
    };
}

} // namespace slipway
