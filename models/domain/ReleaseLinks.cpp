// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseLinks.h"

#include <QJsonArray>

namespace slipway {

QJsonObject toJson(const ReleaseLinks& l) {
    QJsonArray environments;
    for (qint64 id : l.environmentIds)
        environments.append(id);
    return QJsonObject{
        {QStringLiteral("id"), l.releaseId},
        {QStringLiteral("environment_ids"), environments},
        {QStringLiteral("required_roles"), QJsonArray::fromStringList(l.roles)},
    };
}

} // namespace slipway
