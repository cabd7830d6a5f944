// SPDX-License-Identifier: GPL-3.0-or-later
#include "Release.h"

#include "FieldLimits.h"

#include "SemVer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Release)
};

} // namespace

QList<FieldProblem> validateRelease(const Release& release) {
    QList<FieldProblem> problems = validateReleaseFields(release);
    QString reason;
    if (!SemVer::parse(release.version, &reason)) {
        // Listed right after the name's, where the form shows it.
        qsizetype at = 0;
        while (at < problems.size() && problems.at(at).field == u"name")
            ++at;
        problems.insert(
            at, {QStringLiteral("version"), Text::tr("Not a semantic version: %1.").arg(reason)});
    }
    return problems;
}

QList<FieldProblem> validateReleaseFields(const Release& release) {
    QList<FieldProblem> problems;
    if (release.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), Text::tr("A name is required.")});
    else if (release.name.size() > 200)
        problems.append({QStringLiteral("name"), Text::tr("Keep the name under 200 characters.")});

    if (release.windowStart.isValid() != release.windowEnd.isValid())
        problems.append({QStringLiteral("windowEnd"),
                         Text::tr("Give both the start and the end of the window, or neither.")});
    else if (release.windowStart.isValid() && release.windowEnd <= release.windowStart)
        problems.append(
            {QStringLiteral("windowEnd"), Text::tr("The window must end after it starts.")});

    if (!QTimeZone(release.windowZone.toUtf8()).isValid())
        problems.append({QStringLiteral("windowZone"),
                         Text::tr("'%1' is not a known time zone (use an IANA name such as "
                                  "Europe/Berlin).")
                             .arg(release.windowZone)});
    FieldLimits::check(problems,
                       {{"version", QT_TRANSLATE_NOOP("FieldLimits", "The version"),
                         release.version, FieldLimits::kName},
                        {"owner", QT_TRANSLATE_NOOP("FieldLimits", "The owner"), release.owner,
                         FieldLimits::kName},
                        {"objectives", QT_TRANSLATE_NOOP("FieldLimits", "The objectives"),
                         release.objectives, FieldLimits::kText},
                        {"changeTicket", QT_TRANSLATE_NOOP("FieldLimits", "The change ticket"),
                         release.changeTicket, FieldLimits::kName}});
    return problems;
}

QString releaseLabel(const QString& name, const QString& version) {
    // "Fraud Scoring 3.4.2 hotfix" already names its version 3.4.2: a word of the name.
    if (version.isEmpty())
        return name;
    for (const QStringView word : QStringView(name).split(u' ', Qt::SkipEmptyParts))
        if (word == version)
            return name;
    return name + u' ' + version;
}

QJsonObject toJson(const Release& r) {
    const auto iso = [](const QDateTime& dt) {
        return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray services;
    for (qint64 id : r.serviceIds)
        services.append(id);
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("version"), r.version},
        {QStringLiteral("type"), toKey(r.type)},
        {QStringLiteral("status"), toKey(r.status)},
        {QStringLiteral("owner"), r.owner},
        {QStringLiteral("objectives"), r.objectives},
        {QStringLiteral("window_start"), iso(r.windowStart)},
        {QStringLiteral("window_end"), iso(r.windowEnd)},
        {QStringLiteral("window_zone"), r.windowZone},
        {QStringLiteral("change_ticket"), r.changeTicket},
        {QStringLiteral("team_id"), r.teamId > 0 ? QJsonValue(r.teamId) : QJsonValue()},
        {QStringLiteral("service_ids"), services},
        {QStringLiteral("product_id"), r.productId > 0 ? QJsonValue(r.productId) : QJsonValue()},
        {QStringLiteral("row_version"), r.rowVersion},
    };
}

} // namespace slipway
