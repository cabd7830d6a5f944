// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCriterion.h"

namespace slipway {

ExitCompletion completionOf(const QList<ExitCriterion>& criteria) {
    ExitCompletion c;
    c.total = int(criteria.size());
    for (const ExitCriterion& e : criteria) {
        c.checked += e.checked ? 1 : 0;
        c.waived += e.waived ? 1 : 0;
    }
    return c;
}

QJsonObject toJson(const ExitCriterion& e) {
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("release_id"), e.releaseId},
        {QStringLiteral("position"), e.position},
        {QStringLiteral("criterion"), e.text},
        {QStringLiteral("checked"), e.checked},
        {QStringLiteral("waived"), e.waived},
        {QStringLiteral("waiver_reason"), e.waiverReason},
        {QStringLiteral("row_version"), e.rowVersion},
    };
}

} // namespace slipway
