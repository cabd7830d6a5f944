// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReleaseEnums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace slipway {

// One release as the user edits it. Times are UTC; windowZone is the IANA zone the
// window is planned in and shown in.
struct Release {
    qint64 id = 0; // 0 until stored
    QString name;
    QString version;
    ReleaseType type = ReleaseType::Minor;
    ReleaseStatus status = ReleaseStatus::Planned;
    QString owner;
    QString objectives;
    QDateTime windowStart; // UTC; may be null while unscheduled
    QDateTime windowEnd;   // UTC
    QString windowZone = QStringLiteral("UTC");
    QString changeTicket;
    qint64 teamId = 0; // 0: no team
    QList<qint64> serviceIds;
    qint64 productId = 0; // the service this is a version of; 0: none (schema 17)

    qint64 rowVersion = 0;
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;
};

// A rule a release breaks, tied to the field the editor shows it next to.
struct FieldProblem {
    QString field; // "name", "version", "windowEnd", "windowZone"
    QString message;
};

// Domain validation shared by the editor, the services and the importers; the version must be
// Semantic Versioning. A product's release is checked against the product's scheme instead
// (rules/ReleaseVersioning.h), which adds its own version check to validateReleaseFields.
QList<FieldProblem> validateRelease(const Release& release);
QList<FieldProblem> validateReleaseFields(const Release& release); // all but the version's form

// "Payments API 2.4.0": the name, with the version unless the name already ends with it.
QString releaseLabel(const QString& name, const QString& version);

// The audit log's before/after picture of a release (stable keys, UTC ISO times).
QJsonObject toJson(const Release& release);

} // namespace slipway

Q_DECLARE_METATYPE(slipway::Release)
