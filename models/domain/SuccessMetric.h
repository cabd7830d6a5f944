// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace slipway {

// How a release will be judged afterwards: met when `actual comparator target`.
struct SuccessMetric {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString name;
    QString unit;
    QString comparator = QStringLiteral("<="); // one of < <= = >= >
    double target = 0;
    std::optional<double> baseline;
    std::optional<double> actual; // filled in after the release
    QDateTime measuredAt;         // when actual was recorded (UTC)
    // Where actual comes from after the release: a service metric of the release's services
    // (by name) and the statistic of its after-window; empty: entered by hand.
    QString sourceMetric;
    QString sourceStat = QStringLiteral("median"); // median, mean, p95, max, min
    qint64 rowVersion = 0;

    // Empty until an actual value is recorded.
    std::optional<bool> met() const;
};

QStringList allComparators();
QStringList allSourceStats(); // median, mean, p95, max, min
QList<FieldProblem> validateMetric(const SuccessMetric& metric);
QJsonObject toJson(const SuccessMetric& metric);

} // namespace slipway
