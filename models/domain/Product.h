// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace slipway {

// A product: one of the calendar's services, as releases are versions of it. Its versioning
// scheme is VersionScheme's key ("semver", "calver:YYYY.MM.MICRO").
struct Product {
    qint64 id = 0;
    QString name;
    qint64 teamId = 0; // 0: no team
    QString schemeKey = QStringLiteral("semver");
    qint64 releaseCount = 0; // releases that are versions of it (read only)

    qint64 rowVersion = 0;
    QString updatedBy;
    QDateTime updatedAt;
};

// The audit log's before/after picture of a product's versioning (stable keys).
QJsonObject toJson(const Product& product);

} // namespace slipway
