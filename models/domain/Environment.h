// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace slipway {

// A place releases deploy through; only shared ones can be double-booked.
struct Environment {
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("test"); // dev, test, staging, prod
    bool shared = false;
    qint64 rowVersion = 0;
};

// A hold on an environment besides a release window: a load test, a data refresh. May name
// the release it is for.
struct Booking {
    qint64 id = 0;
    qint64 environmentId = 0;
    qint64 releaseId = 0; // 0: not for a release
    QString label;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    qint64 rowVersion = 0;
};

QJsonObject toJson(const Environment& environment);
QJsonObject toJson(const Booking& booking);

} // namespace slipway
