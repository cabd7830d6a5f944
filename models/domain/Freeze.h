// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace slipway {

// An incident freeze as stored: while it lasts only emergency releases may deploy.
struct FreezePeriod {
    qint64 id = 0;
    QString name;
    QString reason;
    QString incidentRef; // "INC0012345"
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString icalUid; // set when imported from a calendar
    qint64 rowVersion = 0;
};

QJsonObject toJson(const FreezePeriod& freeze);

} // namespace slipway
