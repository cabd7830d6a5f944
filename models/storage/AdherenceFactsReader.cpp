// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdherenceFactsReader.h"

#include "ApprovalInputsReader.h"
#include "Database.h"
#include "domain/Release.h"
#include "rules/ClosureRules.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace slipway {
namespace {

constexpr qint64 kDay = 86400;

QString doing() {
    return QCoreApplication::translate("AdherenceFactsReader", "reading the adherence review");
}

// Runs `sql` with `binds` and hands each row on.
template <typename Row>
Result<void> each(Database& db, const QString& sql, const QVariantList& binds, Row&& row) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return db.errorFrom(q.lastError(), doing());
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return db.errorFrom(q.lastError(), doing());
    while (q.next())
        row(q);
    return {};
}

// The file's setting `key`, or nothing when unset.
Result<std::optional<QString>> metaValue(Database& db, const QString& key) {
    std::optional<QString> value;
    auto done = each(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
                     [&](const QSqlQuery& q) { value = q.value(0).toString(); });
    if (!done)
        return done.error();
    return value;
}

int daysSetting(const std::optional<QString>& stored, int fallback) {
    bool ok = false;
    const int days = stored ? stored->trimmed().toInt(&ok) : fallback;
    return stored && (!ok || days < 0 || days > 365) ? fallback : days;
}

} // namespace

AdherenceFactsReader::AdherenceFactsReader(Database& db)
    : m_db(db) {}

Result<AdherenceFacts> AdherenceFactsReader::read(const Interval& period) const {
    AdherenceFacts facts;
    QHash<qint64, ReleaseType> typeOf;
    auto done =
        each(m_db,
             QStringLiteral("SELECT r.id, r.name, r.version, r.status, r.type, r.team_id, t.name, "
                            "r.updated_at FROM releases r LEFT JOIN teams t ON t.id = r.team_id"),
             {}, [&](const QSqlQuery& q) {
                 AdherenceRelease r;
                 r.id = q.value(0).toLongLong();
                 r.label = releaseLabel(q.value(1).toString(), q.value(2).toString());
                 r.status =
                     releaseStatusFromKey(q.value(3).toString()).value_or(ReleaseStatus::Planned);
                 const ReleaseType type =
                     releaseTypeFromKey(q.value(4).toString()).value_or(ReleaseType::Minor);
                 r.emergency = type == ReleaseType::Emergency;
                 r.teamId = q.value(5).toLongLong();
                 r.teamName = q.value(6).toString();
                 r.updatedAt = q.value(7).toLongLong();
                 typeOf.insert(r.id, type);
                 facts.releases.insert(r.id, std::move(r));
             });
    if (!done)
        return done.error();

    done = each(m_db,
                QStringLiteral("SELECT release_id, service_id FROM release_services "
                               "ORDER BY release_id, service_id"),
                {}, [&](const QSqlQuery& q) {
                    auto it = facts.releases.find(q.value(0).toLongLong());
                    if (it != facts.releases.end())
                        it->serviceIds.append(q.value(1).toLongLong());
                });
    if (!done)
        return done.error();

    auto approvals = ApprovalInputsReader(m_db).read();
    if (!approvals)
        return approvals.error();
    for (ChangeRequest& c : approvals->changes) {
        auto it = facts.releases.find(c.releaseId);
        if (it == facts.releases.end())
            continue;
        it->emergency = it->emergency || c.type == ChangeType::Emergency;
        it->changes.append(std::move(c));
    }
    facts.decisions = std::move(approvals->decisions);

    // Production deployments and, per release, what its review depends on.
    QHash<qint64, qint64> firstProduction;
    QHash<qint64, std::pair<bool, bool>> failedRolledBack;
    done =
        each(m_db,
             QStringLiteral("SELECT d.id, d.release_id, e.name, d.deployed_by, d.deployed_at, "
                            "d.outcome FROM deployments d JOIN environments e ON e.id = "
                            "d.environment_id WHERE e.kind = 'prod' ORDER BY d.deployed_at, d.id"),
             {}, [&](const QSqlQuery& q) {
                 ProductionDeployment d;
                 d.id = q.value(0).toLongLong();
                 d.releaseId = q.value(1).toLongLong();
                 d.environment = q.value(2).toString();
                 d.deployedBy = q.value(3).toString();
                 d.at = q.value(4).toLongLong();
                 d.outcome = q.value(5).toString();
                 if (!firstProduction.contains(d.releaseId))
                     firstProduction.insert(d.releaseId, d.at);
                 auto& outcomes = failedRolledBack[d.releaseId];
                 outcomes.first |= d.outcome == u"failed";
                 outcomes.second |= d.outcome == u"rolled_back";
                 facts.deployments.append(std::move(d));
             });
    if (!done)
        return done.error();

    done = each(m_db,
                QStringLiteral("SELECT w.id, g.release_id, g.name, c.name, w.reason, "
                               "w.requested_by, w.approved_by, w.approved_at FROM gate_waivers w "
                               "JOIN release_gates g ON g.id = w.gate_id LEFT JOIN gate_criteria "
                               "c ON c.id = w.criterion_id WHERE w.approved_by <> '' AND "
                               "w.approved_at >= ? AND w.approved_at < ? ORDER BY w.id"),
                {period.start, period.end}, [&](const QSqlQuery& q) {
                    facts.waivers.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                          q.value(2).toString(), q.value(3).toString(),
                                          q.value(4).toString(), q.value(5).toString(),
                                          q.value(6).toString(), q.value(7).toLongLong()});
                });
    if (!done)
        return done.error();

    done = each(m_db,
                QStringLiteral("SELECT id, release_id, guard, reason, requested_by, approved_by, "
                               "approved_at FROM lifecycle_overrides WHERE approved_by <> '' AND "
                               "approved_at >= ? AND approved_at < ? ORDER BY id"),
                {period.start, period.end}, [&](const QSqlQuery& q) {
                    facts.overrides.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                            q.value(2).toString(), q.value(3).toString(),
                                            q.value(4).toString(), q.value(5).toString(),
                                            q.value(6).toLongLong()});
                });
    if (!done)
        return done.error();

    done =
        each(m_db,
             QStringLiteral("SELECT id, name, start_utc, end_utc FROM incident_freezes WHERE "
                            "start_utc < ? AND end_utc > ? ORDER BY start_utc, id"),
             {period.end, period.start}, [&](const QSqlQuery& q) {
                 facts.freezes.append({q.value(0).toLongLong(), q.value(1).toString(),
                                       Interval{q.value(2).toLongLong(), q.value(3).toLongLong()}});
             });
    if (!done)
        return done.error();

    // Reviews: the stored ones by their own dates, missing ones due the file's days after the
    // first production deployment.
    QHash<qint64, RequiredReview> stored;
    done = each(m_db, QStringLiteral("SELECT release_id, state, due_at, done_at FROM post_reviews"),
                {}, [&](const QSqlQuery& q) {
                    RequiredReview r;
                    r.releaseId = q.value(0).toLongLong();
                    r.exists = true;
                    r.done = q.value(1).toString() == u"done";
                    r.dueAt = q.value(2).toLongLong();
                    r.doneAt = q.value(3).toLongLong();
                    stored.insert(r.releaseId, r);
                });
    if (!done)
        return done.error();
    auto requiredSetting = metaValue(m_db, QStringLiteral("review_required_for"));
    auto dueSetting = metaValue(m_db, QStringLiteral("review_due_days"));
    auto emergencySetting = metaValue(m_db, QStringLiteral("emergency_approval_days"));
    if (!requiredSetting)
        return requiredSetting.error();
    if (!dueSetting)
        return dueSetting.error();
    if (!emergencySetting)
        return emergencySetting.error();
    QStringList requiredFor = defaultReviewRequiredFor();
    if (requiredSetting->has_value()) {
        requiredFor.clear();
        for (const QString& part : requiredSetting->value().split(u','))
            if (const QString key = part.trimmed().toLower().replace(u'-', u'_'); !key.isEmpty())
                requiredFor << key;
    }
    const int dueDays = daysSetting(dueSetting.value(), kDefaultReviewDueDays);
    facts.emergencyApprovalDays =
        daysSetting(emergencySetting.value(), kDefaultEmergencyApprovalDays);
    for (auto it = firstProduction.cbegin(); it != firstProduction.cend(); ++it) {
        const auto outcomes = failedRolledBack.value(it.key());
        if (!isReviewRequired(typeOf.value(it.key()), outcomes.first, outcomes.second, requiredFor))
            continue;
        RequiredReview r = stored.value(it.key());
        if (!r.exists) {
            r.releaseId = it.key();
            r.dueAt = it.value() + qint64(dueDays) * kDay;
        }
        facts.reviews.append(r);
    }
    std::sort(
        facts.reviews.begin(), facts.reviews.end(),
        [](const RequiredReview& a, const RequiredReview& b) { return a.releaseId < b.releaseId; });
    return facts;
}

} // namespace slipway
