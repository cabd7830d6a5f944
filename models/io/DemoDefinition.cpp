// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDefinition.h"

#include "rules/RiskClassifier.h"
#include "storage/AssumptionRepository.h"
#include "storage/AuditLog.h"
#include "storage/BulkWriter.h"
#include "storage/ExitCriteriaRepository.h"
#include "storage/RiskAssessmentRepository.h"
#include "storage/SuccessMetricRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>

namespace slipway::demo {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoDefinition)
};

constexpr int kMaxReleases = 60;

const std::array<const char*, 6> kCriteria{
    QT_TRANSLATE_NOOP("DemoDefinition", "All P1 and P2 tests pass in staging"),
    QT_TRANSLATE_NOOP("DemoDefinition", "No open critical or high security findings"),
    QT_TRANSLATE_NOOP("DemoDefinition", "Runbook reviewed by operations"),
    QT_TRANSLATE_NOOP("DemoDefinition", "Rollback rehearsed in staging"),
    QT_TRANSLATE_NOOP("DemoDefinition", "Performance within 10 % of the baseline"),
    QT_TRANSLATE_NOOP("DemoDefinition", "Release notes approved by the product owner"),
};

struct AssumptionSeed {
    const char* statement;
    const char* dependsOn;
    const char* impact;
};
const std::array<AssumptionSeed, 5> kAssumptions{{
    {QT_TRANSLATE_NOOP("DemoDefinition",
                       "The payment provider's sandbox is available for end-to-end tests"),
     QT_TRANSLATE_NOOP("DemoDefinition", "Payment provider sandbox"),
     QT_TRANSLATE_NOOP("DemoDefinition", "No end-to-end payment test; the release slips a week")},
    {QT_TRANSLATE_NOOP("DemoDefinition",
                       "The identity provider keeps the v1 token endpoint until the window"),
     QT_TRANSLATE_NOOP("DemoDefinition", "Identity provider"),
     QT_TRANSLATE_NOOP("DemoDefinition", "Logins fail after cutover; roll back")},
    {QT_TRANSLATE_NOOP("DemoDefinition", "Operations can staff the weekend window"),
     QT_TRANSLATE_NOOP("DemoDefinition", "Operations rota"),
     QT_TRANSLATE_NOOP("DemoDefinition", "The window moves to the next free slot")},
    {QT_TRANSLATE_NOOP("DemoDefinition", "The database upgrade finishes within the window"),
     QT_TRANSLATE_NOOP("DemoDefinition", "Database platform team"),
     QT_TRANSLATE_NOOP("DemoDefinition", "Extend the window or roll the migration back")},
    {QT_TRANSLATE_NOOP("DemoDefinition", "The app stores approve the client update in time"),
     QT_TRANSLATE_NOOP("DemoDefinition", "Apple and Google app review"),
     QT_TRANSLATE_NOOP("DemoDefinition", "The server change waits for the client")},
}};

struct MetricSeed {
    const char* name;
    const char* unit;
    const char* comparator;
    double target;
    double baseline;
};
const std::array<MetricSeed, 6> kMetrics{{
    {QT_TRANSLATE_NOOP("DemoDefinition", "Checkout error rate"), "%", "<=", 0.5, 1.2},
    {QT_TRANSLATE_NOOP("DemoDefinition", "p95 API latency"), "ms", "<=", 300, 420},
    {QT_TRANSLATE_NOOP("DemoDefinition", "Failed logins after release"), "/h", "<=", 20, 35},
    {QT_TRANSLATE_NOOP("DemoDefinition", "Deployment duration"), "min", "<=", 45, 70},
    {QT_TRANSLATE_NOOP("DemoDefinition", "Support tickets in the first 72 h"), "", "<", 15, 22},
    {QT_TRANSLATE_NOOP("DemoDefinition", "Conversion rate"), "%", ">=", 3.2, 3.0},
}};

quint64 mix(quint64 x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb3fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

int pick(quint32 seed, qint64 release, int salt, int n) {
    return int(mix((quint64(seed) << 40) ^ (quint64(release) << 8) ^ quint64(salt)) % quint64(n));
}

bool deployed(ReleaseStatus s) {
    return s == ReleaseStatus::Deployed || s == ReleaseStatus::Closed ||
           s == ReleaseStatus::RolledBack;
}

bool underway(ReleaseStatus s) {
    return s == ReleaseStatus::InProgress || s == ReleaseStatus::Approved ||
           s == ReleaseStatus::Deploying;
}

// Answers that fit the release's type, varied by the seed.
RiskAnswers answersFor(const Release& r, quint32 seed) {
    RiskAnswers a;
    const int v = pick(seed, r.id, 7, 3);
    a.servicesAffected = 1 + int(r.serviceIds.size());
    switch (r.type) {
    case ReleaseType::Major:
        a.users = UsersAffected::AllCustomers;
        a.dataMigration = v == 0 ? DataMigration::Additive : DataMigration::Transforming;
        a.rollback = v == 2 ? RollbackComplexity::Manual : RollbackComplexity::Scripted;
        a.regulatory =
            v == 1 ? RegulatoryExposure::Regulated : RegulatoryExposure::InternalControls;
        a.windowMinutes = 360;
        a.novelty = v == 0 ? Novelty::Untried : Novelty::New;
        if (v == 2) { // a launch planned as major although its answers say minor
            a.users = UsersAffected::BusinessUnit;
            a.dataMigration = DataMigration::None;
            a.rollback = RollbackComplexity::Scripted;
            a.regulatory = RegulatoryExposure::None;
            a.windowMinutes = 240;
            a.novelty = Novelty::Familiar;
        }
        break;
    case ReleaseType::Minor:
        a.users = UsersAffected::BusinessUnit;
        a.dataMigration = v == 2 ? DataMigration::None : DataMigration::Additive;
        a.rollback = RollbackComplexity::Scripted;
        a.regulatory = v == 1 ? RegulatoryExposure::Regulated : RegulatoryExposure::None;
        a.windowMinutes = 120;
        a.novelty = Novelty::Familiar;
        break;
    case ReleaseType::Patch:
        a.users = v == 0 ? UsersAffected::BusinessUnit : UsersAffected::Team;
        a.rollback = v == 0 ? RollbackComplexity::Scripted : RollbackComplexity::Redeploy;
        a.windowMinutes = 60;
        a.novelty = Novelty::Routine;
        break;
    case ReleaseType::Emergency:
        a.users = UsersAffected::AllCustomers;
        a.rollback = RollbackComplexity::Redeploy;
        a.windowMinutes = 45;
        a.urgent = true;
        break;
    }
    return a;
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

class Writer {
public:
    Writer(Database& db, BulkWriter& out, qint64 atMs, qint64 stepMs)
        : m_db(db)
        , m_out(out)
        , m_atMs(atMs)
        , m_stepMs(stepMs) {}

    qint64 nowSecs() const { return m_atMs / 1000; }

    Result<void> audit(const QString& actor, const QString& entity, qint64 id,
                       const QJsonObject& after, const QString& ticket) {
        AuditEntry e;
        e.atMs = m_atMs;
        e.actor = actor;
        e.action = QStringLiteral("create");
        e.entity = entity;
        e.entityId = id;
        e.afterJson = compact(after);
        e.changeTicket = ticket;
        m_atMs += m_stepMs;
        ++m_written;
        auto appended = m_out.appendAudit(std::move(e));
        if (!appended)
            return appended.error();
        return {};
    }

    Database& db() { return m_db; }
    qint64 written() const { return m_written; }

private:
    Database& m_db;
    BulkWriter& m_out;
    qint64 m_atMs;
    qint64 m_stepMs;
    qint64 m_written = 0;
};

Result<void> writeRelease(Writer& w, const Release& r, quint32 seed) {
    const QString actor = r.createdBy;
    const QString ticket = r.changeTicket;

    const int criteria = 3 + pick(seed, r.id, 1, 3);
    const int first = pick(seed, r.id, 2, int(kCriteria.size()));
    for (int i = 0; i < criteria; ++i) {
        ExitCriterion e;
        e.releaseId = r.id;
        e.position = i;
        e.text = Text::tr(kCriteria[size_t((first + i) % int(kCriteria.size()))]);
        // A release on its way to production has settled all of them.
        const bool settle = deployed(r.status) || r.status == ReleaseStatus::Deploying ||
                            (underway(r.status) && i < criteria - 1);
        if (settle) {
            // Releases that went ahead waived their last criterion now and then, with the
            // reason.
            e.waived = i == criteria - 1 && pick(seed, r.id, 3, 3) == 0;
            e.checked = !e.waived;
            e.waiverReason = e.waived ? Text::tr("Same rollback as the previous release; rehearsed "
                                                 "then, CAB agreed")
                                      : QString();
            e.settledBy = actor;
            e.settledAt = QDateTime::fromSecsSinceEpoch(w.nowSecs(), Qt::UTC);
        }
        auto stored = ExitCriteriaRepository(w.db()).insert(e, actor, w.nowSecs());
        if (!stored)
            return stored.error();
        if (auto a = w.audit(actor, QStringLiteral("exit_criterion"), stored->id,
                             toJson(stored.value()), ticket);
            !a)
            return a;
    }

    const int assumptions = 1 + pick(seed, r.id, 4, 3);
    for (int i = 0; i < assumptions; ++i) {
        const AssumptionSeed& s = kAssumptions[size_t((r.id + i) % int(kAssumptions.size()))];
        Assumption a;
        a.releaseId = r.id;
        a.statement = Text::tr(s.statement);
        a.dependsOn = Text::tr(s.dependsOn);
        a.impact = Text::tr(s.impact);
        a.owner = r.owner;
        if (r.windowStart.isValid())
            a.dueDate = r.windowStart.date().addDays(-7 - 7 * i);
        if (deployed(r.status))
            a.status = AssumptionStatus::Confirmed;
        else if (underway(r.status))
            a.status = pick(seed, r.id, 5 + i, 4) == 0 ? AssumptionStatus::Broken
                                                       : AssumptionStatus::Confirmed;
        auto stored = AssumptionRepository(w.db()).insert(a, actor, w.nowSecs());
        if (!stored)
            return stored.error();
        if (auto logged = w.audit(actor, QStringLiteral("assumption"), stored->id,
                                  toJson(stored.value()), ticket);
            !logged)
            return logged;
    }

    const int metrics = 1 + pick(seed, r.id, 6, 3);
    const int firstMetric = pick(seed, r.id, 8, int(kMetrics.size()));
    for (int i = 0; i < metrics; ++i) {
        const MetricSeed& s = kMetrics[size_t((firstMetric + i) % int(kMetrics.size()))];
        SuccessMetric m;
        m.releaseId = r.id;
        m.name = Text::tr(s.name);
        m.unit = QString::fromUtf8(s.unit);
        m.comparator = QString::fromLatin1(s.comparator);
        m.target = s.target;
        m.baseline = s.baseline;
        if (deployed(r.status)) {
            // Most deployed releases met their target; some came close.
            const bool met = pick(seed, r.id, 9 + i, 4) != 0;
            const double gap = (s.baseline - s.target) * (met ? 0.3 : -0.2);
            m.actual = std::round((s.target - gap) * 100) / 100;
            m.measuredAt = r.windowEnd.isValid()
                               ? r.windowEnd.addDays(3)
                               : QDateTime::fromSecsSinceEpoch(w.nowSecs(), Qt::UTC);
        }
        auto stored = SuccessMetricRepository(w.db()).insert(m, actor, w.nowSecs());
        if (!stored)
            return stored.error();
        if (auto logged = w.audit(actor, QStringLiteral("success_metric"), stored->id,
                                  toJson(stored.value()), ticket);
            !logged)
            return logged;
    }

    RiskAssessment k;
    k.releaseId = r.id;
    k.answers = answersFor(r, seed);
    const RiskAssessmentResult result = RiskClassifier::classify(k.answers);
    k.score = result.score;
    k.level = result.level;
    k.suggestedType = result.suggestedType;
    if (result.suggestedType != r.type) {
        k.overrideType = r.type;
        k.overrideReason =
            r.type == ReleaseType::Major
                ? Text::tr("Customer-facing launch: planned as a major release with "
                           "full CAB review")
                : Text::tr("Scope is smaller than the answers suggest; agreed with the "
                           "service owner");
        k.overriddenBy = actor;
        k.overriddenAt = QDateTime::fromSecsSinceEpoch(w.nowSecs(), Qt::UTC);
    }
    auto stored = RiskAssessmentRepository(w.db()).save(k, actor, w.nowSecs());
    if (!stored)
        return stored.error();
    return w.audit(actor, QStringLiteral("risk_assessment"), stored->id, toJson(stored.value()),
                   ticket);
}

bool defined(const Release& r, quint32 seed) {
    return r.status != ReleaseStatus::Cancelled && pick(seed, r.id, 0, 3) != 0;
}

} // namespace

std::optional<RiskAnswers> definitionAnswers(const Release& r, quint32 seed) {
    if (!defined(r, seed))
        return std::nullopt;
    return answersFor(r, seed);
}

Result<qint64> writeDefinitions(Database& db, BulkWriter& out, const DefinitionInput& input) {
    QList<Release> chosen;
    for (const Release& r : input.releases) {
        if (!defined(r, input.seed))
            continue;
        chosen << r;
        if (chosen.size() == kMaxReleases)
            break;
    }
    // At most 6 + 3 + 3 + 1 entries a release, spread evenly before the anchor.
    const qint64 entries = qint64(chosen.size()) * 13 + 1;
    const qint64 span = std::max<qint64>(input.beforeMs - input.afterMs, entries);
    Writer w(db, out, input.afterMs + 1, std::clamp<qint64>(span / entries, 1, qint64(60) * 1000));
    for (const Release& r : std::as_const(chosen)) {
        if (auto done = writeRelease(w, r, input.seed); !done)
            return done.error();
    }
    return w.written();
}

} // namespace slipway::demo
