// SPDX-License-Identifier: GPL-3.0-or-later
#include "Incident.h"

#include "FieldLimits.h"

#include <QCoreApplication>
#include <QDateTime>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Incident)
};

QString isoUtc(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

constexpr IncidentSource kSources[] = {IncidentSource::ServiceNow, IncidentSource::Jsm,
                                       IncidentSource::PagerDuty, IncidentSource::Other};
constexpr FeedbackSeverity kSeverities[] = {FeedbackSeverity::Low, FeedbackSeverity::Medium,
                                            FeedbackSeverity::High, FeedbackSeverity::Critical};

} // namespace

QString toKey(IncidentSource source) {
    switch (source) {
    case IncidentSource::ServiceNow:
        return QStringLiteral("servicenow");
    case IncidentSource::Jsm:
        return QStringLiteral("jsm");
    case IncidentSource::PagerDuty:
        return QStringLiteral("pagerduty");
    case IncidentSource::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<IncidentSource> incidentSourceFromKey(const QString& key) {
    for (IncidentSource s : kSources) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(IncidentSource source) {
    switch (source) {
    case IncidentSource::ServiceNow:
        return QStringLiteral("ServiceNow");
    case IncidentSource::Jsm:
        return QStringLiteral("Jira Service Management");
    case IncidentSource::PagerDuty:
        return QStringLiteral("PagerDuty");
    case IncidentSource::Other:
        return Text::tr("other");
    }
    return {};
}

QList<FieldProblem> validateIncident(const Incident& incident) {
    QList<FieldProblem> problems;
    if (incident.number.trimmed().isEmpty())
        problems.append({QStringLiteral("number"), Text::tr("An incident needs a number.")});
    if (incident.openedAt <= 0)
        problems.append(
            {QStringLiteral("opened"), Text::tr("An incident needs the time it was opened.")});
    if (incident.resolvedAt && *incident.resolvedAt < incident.openedAt)
        problems.append({QStringLiteral("resolved"),
                         Text::tr("It was resolved (%1) before it was opened (%2).")
                             .arg(isoUtc(*incident.resolvedAt), isoUtc(incident.openedAt))});
    if (incident.severity < 1 || incident.severity > 5)
        problems.append(
            {QStringLiteral("severity"),
             Text::tr("The severity is %1; it must be from 1 to 5.").arg(incident.severity)});
    if (incident.outageMinutes < 0)
        problems.append({QStringLiteral("outage_minutes"),
                         Text::tr("The outage is %1 minutes; it cannot be negative.")
                             .arg(incident.outageMinutes)});
    FieldLimits::check(
        problems, {{"number", QT_TRANSLATE_NOOP("FieldLimits", "The number"), incident.number,
                    FieldLimits::kName},
                   {"title", QT_TRANSLATE_NOOP("FieldLimits", "The title"), incident.title,
                    FieldLimits::kNote},
                   {"priority", QT_TRANSLATE_NOOP("FieldLimits", "The priority"), incident.priority,
                    FieldLimits::kName},
                   {"state", QT_TRANSLATE_NOOP("FieldLimits", "The state"), incident.state,
                    FieldLimits::kName},
                   {"category", QT_TRANSLATE_NOOP("FieldLimits", "The category"), incident.category,
                    FieldLimits::kName},
                   {"config_item", QT_TRANSLATE_NOOP("FieldLimits", "The configuration item"),
                    incident.configItem, FieldLimits::kName},
                   {"service", QT_TRANSLATE_NOOP("FieldLimits", "The service"), incident.service,
                    FieldLimits::kName},
                   {"assignment_group", QT_TRANSLATE_NOOP("FieldLimits", "The assignment group"),
                    incident.assignmentGroup, FieldLimits::kName}});
    return problems;
}

QJsonObject toJson(const Incident& i) {
    return {{QStringLiteral("number"), i.number},
            {QStringLiteral("source"), toKey(i.source)},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("opened_at"), isoUtc(i.openedAt)},
            {QStringLiteral("resolved_at"),
             i.resolvedAt ? QJsonValue(isoUtc(*i.resolvedAt)) : QJsonValue()},
            {QStringLiteral("priority"), i.priority},
            {QStringLiteral("severity"), i.severity},
            {QStringLiteral("state"), i.state},
            {QStringLiteral("category"), i.category},
            {QStringLiteral("config_item"), i.configItem},
            {QStringLiteral("service"), i.service},
            {QStringLiteral("assignment_group"), i.assignmentGroup},
            {QStringLiteral("outage_minutes"), i.outageMinutes}};
}

QString toKey(FeedbackSeverity severity) {
    switch (severity) {
    case FeedbackSeverity::Low:
        return QStringLiteral("low");
    case FeedbackSeverity::Medium:
        return QStringLiteral("medium");
    case FeedbackSeverity::High:
        return QStringLiteral("high");
    case FeedbackSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<FeedbackSeverity> feedbackSeverityFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    for (FeedbackSeverity s : kSeverities) {
        if (toKey(s) == k)
            return s;
    }
    return std::nullopt;
}

QString displayName(FeedbackSeverity severity) {
    switch (severity) {
    case FeedbackSeverity::Low:
        return Text::tr("Low");
    case FeedbackSeverity::Medium:
        return Text::tr("Medium");
    case FeedbackSeverity::High:
        return Text::tr("High");
    case FeedbackSeverity::Critical:
        return Text::tr("Critical");
    }
    return {};
}

QList<FieldProblem> validateFeedback(const FeedbackEntry& entry) {
    QList<FieldProblem> problems;
    if (entry.releaseId <= 0)
        problems.append({QStringLiteral("release"), Text::tr("Feedback belongs to a release.")});
    if (entry.team.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("team"), Text::tr("Feedback needs the team that reported it.")});
    if (entry.what.trimmed().isEmpty())
        problems.append({QStringLiteral("what"), Text::tr("Feedback needs to say what happened.")});
    if (entry.reportedAt <= 0)
        problems.append(
            {QStringLiteral("reported_at"), Text::tr("Feedback needs the time it was reported.")});
    else if (entry.reportedAt > QDateTime::currentSecsSinceEpoch() + 60)
        problems.append({QStringLiteral("reported_at"),
                         Text::tr("It was reported at %1, which is in the future.")
                             .arg(isoUtc(entry.reportedAt))});
    FieldLimits::check(problems, {{"team", QT_TRANSLATE_NOOP("FieldLimits", "The team"), entry.team,
                                   FieldLimits::kName},
                                  {"what", QT_TRANSLATE_NOOP("FieldLimits", "What happened"),
                                   entry.what, FieldLimits::kNote}});
    return problems;
}

QJsonObject toJson(const FeedbackEntry& e) {
    return {{QStringLiteral("release_id"), e.releaseId},
            {QStringLiteral("team"), e.team},
            {QStringLiteral("what"), e.what},
            {QStringLiteral("severity"), toKey(e.severity)},
            {QStringLiteral("reported_at"), isoUtc(e.reportedAt)}};
}

} // namespace slipway
