// SPDX-License-Identifier: GPL-3.0-or-later
#include "CmdbRecordBuilder.h"

#include "domain/Release.h"
#include "rules/IncidentCorrelation.h"
#include "storage/ChecklistRepository.h"
#include "storage/ClosureFactsReader.h"
#include "storage/MetricVerdictRepository.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CmdbRecordBuilder)
};

bool rolledBack(const CmdbInputs& in) {
    if (in.release.status == ReleaseStatus::RolledBack || in.facts.productionRolledBack)
        return true;
    for (const auto& d : in.rows.deployments)
        if (d.outcome == u"rolled_back")
            return true;
    return false;
}

// What production ended with was the rollback: the release's status says so, or its latest
// production deployment (failed ones aside) was rolled back, or nothing succeeded. A rollback
// followed by a successful redeployment is a success with issues, as closing treats it.
bool endedRolledBack(const CmdbInputs& in) {
    if (in.release.status == ReleaseStatus::RolledBack || in.facts.lastProductionRolledBack)
        return true;
    return rolledBack(in) && !in.facts.productionSucceeded;
}

// passing, failing, pending or none, as the validation state is defined: none only when no
// check applies and no metric was compared.
QString validationKey(const CmdbInputs& in) {
    const ClosureFacts& f = in.facts;
    if (!f.failingChecks.isEmpty() || !f.degradedMetrics.isEmpty())
        return QStringLiteral("failing");
    if (f.checks == 0)
        return in.metricVerdicts > 0 ? QStringLiteral("passing") : QStringLiteral("none");
    if (f.uncheckedChecks.size() >= f.checks)
        return QStringLiteral("pending");
    return QStringLiteral("passing");
}

// done, late, pending (required, not done, not yet due) or not required.
QString reviewKey(const CmdbInputs& in) {
    const auto& r = in.review;
    if (r && r->isDone())
        return r->isLate(in.closedAt) ? QStringLiteral("late") : QStringLiteral("done");
    if (!in.facts.reviewRequired)
        return QStringLiteral("not required");
    if (r && r->isLate(in.closedAt))
        return QStringLiteral("late");
    return QStringLiteral("pending");
}

qint64 workEnd(const CmdbInputs& in, qint64 workStart) {
    qint64 end = 0;
    for (const auto& run : in.rows.runs)
        end = std::max(end, run.endedAt);
    return end >= workStart ? end : workStart;
}

QString closeNotes(const CmdbInputs& in, const QString& validation, const QString& review) {
    QStringList parts;
    const auto& deployments = in.rows.deployments;
    if (deployments.isEmpty())
        parts << Text::tr("No production deployment was recorded.");
    else
        parts << Text::tr("Deployed to production %n time(s), first at %1, last outcome %2.",
                          nullptr, int(deployments.size()))
                     .arg(CmdbRecordBuilder::serviceNowTime(deployments.first().at) +
                              QStringLiteral(" UTC"),
                          QString(deployments.last().outcome).replace(u'_', u' '));
    const ClosureFacts& f = in.facts;
    QString checks;
    if (validation == u"none")
        checks = Text::tr("No post-deployment checks applied");
    else if (f.checks == 0)
        checks =
            Text::tr("Validation %1: no checks, %n metric(s) compared", nullptr, in.metricVerdicts)
                .arg(validation);
    else
        checks = Text::tr("Validation %1: %n check(s)", nullptr, f.checks).arg(validation);
    if (!f.failingChecks.isEmpty())
        checks += Text::tr(", failing: %1").arg(f.failingChecks.join(QStringLiteral(", ")));
    if (!f.degradedMetrics.isEmpty())
        checks +=
            Text::tr(", degraded metrics: %1").arg(f.degradedMetrics.join(QStringLiteral(", ")));
    parts << checks + u'.';
    parts << (in.correlatedIncidents.isEmpty()
                  ? Text::tr("No incidents correlated in the 72 hours after the deployment.")
                  : Text::tr("%n incident(s) correlated in the 72 hours after the deployment: "
                             "%1.",
                             nullptr, int(in.correlatedIncidents.size()))
                        .arg(in.correlatedIncidents.join(QStringLiteral(", "))));
    parts << Text::tr("Post-implementation review: %1.").arg(review);
    parts << Text::tr("Closure checklist: %1 of %2 items settled.")
                 .arg(in.checklistSettled)
                 .arg(allChecklistKeys().size());
    return parts.join(u' ');
}

} // namespace

QString CmdbRecordBuilder::serviceNowTime(qint64 utcSecs) {
    if (utcSecs <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject CmdbRecordBuilder::fields(const CmdbInputs& in) {
    const CmdbReleaseRow& r = in.release;
    QStringList cis;
    if (!r.productName.isEmpty())
        cis << r.productName;
    for (const QString& s : r.serviceNames)
        if (!cis.contains(s))
            cis << s;
    const bool back = rolledBack(in);
    const bool ended = endedRolledBack(in);
    const bool issues =
        back || !in.correlatedIncidents.isEmpty() || !in.facts.degradedMetrics.isEmpty();
    const QString validation = validationKey(in);
    const QString review = reviewKey(in);
    const qint64 workStart = in.rows.firstProductionAt;
    const QString type = r.changeType.isEmpty() ? QStringLiteral("normal") : r.changeType;
    return QJsonObject{
        {QStringLiteral("number"), r.changeTicket.isEmpty()
                                       ? QStringLiteral("SLIPWAY-R%1").arg(r.releaseId)
                                       : r.changeTicket},
        {QStringLiteral("short_description"),
         Text::tr("Release %1").arg(releaseLabel(r.name, r.version))},
        {QStringLiteral("cmdb_ci"), cis.value(0)},
        {QStringLiteral("u_affected_cis"), cis.join(u',')},
        {QStringLiteral("u_release_version"), r.version},
        {QStringLiteral("type"), type},
        {QStringLiteral("state"), QStringLiteral("Closed")},
        {QStringLiteral("close_code"), ended    ? QStringLiteral("Unsuccessful")
                                       : issues ? QStringLiteral("Successful with issues")
                                                : QStringLiteral("Successful")},
        {QStringLiteral("close_notes"), closeNotes(in, validation, review)},
        {QStringLiteral("start_date"), serviceNowTime(r.windowStart)},
        {QStringLiteral("end_date"), serviceNowTime(r.windowEnd)},
        {QStringLiteral("work_start"), serviceNowTime(workStart)},
        {QStringLiteral("work_end"), serviceNowTime(workEnd(in, workStart))},
        {QStringLiteral("closed_at"), serviceNowTime(in.closedAt)},
        {QStringLiteral("closed_by"), in.closedBy},
        {QStringLiteral("u_deployments"), QString::number(in.rows.deployments.size())},
        {QStringLiteral("u_rolled_back"), back ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("u_validation"), validation},
        {QStringLiteral("u_correlated_incidents"), in.correlatedIncidents.join(u',')},
        {QStringLiteral("u_review"), review},
        {QStringLiteral("u_checklist"),
         Text::tr("%1/%2 settled").arg(in.checklistSettled).arg(allChecklistKeys().size())},
        {QStringLiteral("u_slipway_release_id"), QString::number(r.releaseId)},
    };
}

Result<CmdbRecord> CmdbRecordBuilder::build(Database& db, qint64 releaseId, const QString& actor,
                                            qint64 now) {
    CmdbInputs in;
    auto release = CmdbRecordRepository(db).releaseRow(releaseId);
    if (!release)
        return release.error();
    in.release = release.value();
    auto rows = TimelineReader(db).read(releaseId);
    if (!rows)
        return rows.error();
    in.rows = rows.value();
    auto facts = ClosureFactsReader(db).read(releaseId);
    if (!facts)
        return facts.error();
    in.facts = facts->value(releaseId);
    auto review = ReviewRepository(db).forRelease(releaseId);
    if (!review)
        return review.error();
    in.review = review.value();
    auto checklist = ChecklistRepository(db).stored(releaseId);
    if (!checklist)
        return checklist.error();
    for (const ChecklistItem& item : checklist.value())
        in.checklistSettled += item.isSettled() ? 1 : 0;
    auto verdicts = MetricVerdictRepository(db).forRelease(releaseId);
    if (!verdicts)
        return verdicts.error();
    in.metricVerdicts = int(verdicts->size());
    if (in.rows.firstProductionAt > 0) {
        const auto correlated =
            correlate({releaseId, in.rows.firstProductionAt, in.rows.names}, in.rows.incidents);
        for (const CorrelatedIncident& c : correlated)
            in.correlatedIncidents << c.incident.number;
    }
    in.closedAt = now;
    in.closedBy = actor;
    return CmdbRecord{releaseId, now, actor, fields(in)};
}

} // namespace slipway
