// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGates.h"

#include "io/BenchmarkResults.h"
#include "io/GateEvidence.h"
#include "io/JUnitReport.h"
#include "io/SarifReport.h"
#include "rules/GateEvaluator.h"
#include "rules/GateRigour.h"
#include "rules/RiskClassifier.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/GateRepository.h"
#include "storage/GateTemplateRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RiskAssessmentRepository.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

#include <algorithm>

namespace slipway::DemoGates {
namespace {

constexpr qint64 kDay = 86400;

const QString kManager = QStringLiteral("amara.okafor");
const QString kQa = QStringLiteral("priya.raman");
const QString kSecurity = QStringLiteral("daniel.cohen");
const QString kCab = QStringLiteral("lena.fischer");
const QString kOps = QStringLiteral("sven.lindqvist");

QString slug(const QString& name) {
    QString s = name.toLower();
    s.replace(u' ', u'-');
    return s;
}

// A JUnit XML report as a CI server writes it: `failed` of `tests` fail, `skipped` skip.
QByteArray junitXml(const QString& suite, int tests, int failed, int skipped) {
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
    xml += QStringLiteral("  <testsuite name=\"%1\" tests=\"%2\" failures=\"%3\" skipped=\"%4\">\n")
               .arg(suite)
               .arg(tests)
               .arg(failed)
               .arg(skipped)
               .toUtf8();
    for (int i = 0; i < tests; ++i) {
        xml += QStringLiteral("    <testcase classname=\"%1.Case%2\" name=\"test_%3\" "
                              "time=\"0.0%4\"")
                   .arg(suite)
                   .arg(i / 20)
                   .arg(i)
                   .arg(i % 9 + 1)
                   .toUtf8();
        if (i < failed)
            xml += QStringLiteral(">\n      <failure message=\"expected 200, got 503\">"
                                  "AssertionError at line %1</failure>\n    </testcase>\n")
                       .arg(40 + i)
                       .toUtf8();
        else if (i < failed + skipped)
            xml += "><skipped/></testcase>\n";
        else
            xml += "/>\n";
    }
    xml += "  </testsuite>\n</testsuites>\n";
    return xml;
}

struct DemoFinding {
    const char* rule;
    const char* score; // security-severity
    const char* uri;
    int line;
    const char* message;
};

QByteArray sarifJson(const QList<DemoFinding>& findings) {
    QByteArray rules, results;
    QStringList seen;
    for (const DemoFinding& f : findings) {
        const QString rule = QString::fromLatin1(f.rule);
        if (!seen.contains(rule)) {
            if (!seen.isEmpty())
                rules += ',';
            rules += QStringLiteral(R"({"id":"%1","properties":{"security-severity":"%2"}})")
                         .arg(rule, QLatin1String(f.score))
                         .toUtf8();
            seen << rule;
        }
        if (!results.isEmpty())
            results += ',';
        results +=
            QStringLiteral(R"({"ruleId":"%1","level":"warning","message":{"text":"%2"},)"
                           R"("locations":[{"physicalLocation":{"artifactLocation":{"uri":"%3"},)"
                           R"("region":{"startLine":%4}}}]})")
                .arg(rule, QLatin1String(f.message), QLatin1String(f.uri))
                .arg(f.line)
                .toUtf8();
    }
    return R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Semgrep","rules":[)" + rules +
           R"(]}},"results":[)" + results + "]}]}";
}

const QList<DemoFinding> kCleanScan = {
    {"python.lang.best-practice.open-never-closed", "2.0", "src/report/export.py", 88,
     "file object opened without a context manager"},
};
const QList<DemoFinding> kRiskyScan = {
    {"python.django.security.injection.sql-injection", "8.8", "src/api/search.py", 142,
     "user input reaches a raw SQL query"},
    {"python.lang.security.audit.insecure-hash", "7.5", "src/auth/tokens.py", 31,
     "MD5 used to derive a token"},
    {"python.flask.security.xss.direct-use-of-jinja2", "6.1", "src/web/views.py", 57,
     "template rendered from a string"},
    {"python.lang.best-practice.open-never-closed", "2.0", "src/report/export.py", 88,
     "file object opened without a context manager"},
};

class Writer {
public:
    Writer(Database& db, qint64 anchor)
        : m_db(db)
        , m_anchor(anchor) {}

    Result<void> audit(const QString& actor, const QString& action, const QString& entity,
                       qint64 id, qint64 at, const QJsonObject& after) {
        AuditEntry e;
        e.atMs = at * 1000;
        e.actor = actor;
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        e.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
        auto appended = AuditLog(m_db).append(e);
        if (!appended)
            return appended.error();
        ++m_entries;
        return {};
    }

    Result<void> evidence(const GateCriterion& c, const EvidenceSnapshot& s, qint64 at) {
        if (auto w = GateRepository(m_db).setEvidence(c.id, s, s.evidence->importedBy, at); !w)
            return w;
        return audit(s.evidence->importedBy, QStringLiteral("import_evidence"),
                     QStringLiteral("gate_criterion"), c.id, at, toJson(*s.evidence));
    }

    Result<void> junit(const GateCriterion& c, const QString& service, int build, int tests,
                       int failed, qint64 at) {
        const QString file = QStringLiteral("%1-ci-%2-junit.xml").arg(slug(service)).arg(build);
        auto report =
            JUnitReport::fromData(junitXml(slug(service), tests, failed, tests / 40), file);
        if (!report)
            return report.error();
        return evidence(c,
                        GateEvidence::fromJUnit(report.value(), kQa,
                                                QDateTime::fromSecsSinceEpoch(at, Qt::UTC)),
                        at);
    }

    Result<void> sarif(const GateCriterion& c, const QString& service, int build,
                       const QList<DemoFinding>& findings, qint64 at) {
        const QString file = QStringLiteral("%1-semgrep-%2.sarif").arg(slug(service)).arg(build);
        auto report = SarifReport::fromData(sarifJson(findings), file);
        if (!report)
            return report.error();
        return evidence(c,
                        GateEvidence::fromSarif(report.value(), kSecurity,
                                                QDateTime::fromSecsSinceEpoch(at, Qt::UTC)),
                        at);
    }

    // A benchmark run comfortably on the right side of the criterion's limit.
    Result<void> benchmark(const GateCriterion& c, const QString& service, int build, qint64 at) {
        const QString file = QStringLiteral("%1-bench-%2.csv").arg(slug(service)).arg(build);
        const double limit = c.spec.threshold.value_or(100);
        const double value = c.spec.comparator == u">=" ? limit * 1.2 : limit * 0.8;
        auto results = BenchmarkResults::fromData(
            QStringLiteral("%1,%2,%3\n").arg(c.spec.metric).arg(value).arg(c.spec.unit).toUtf8(),
            file);
        if (!results)
            return results.error();
        auto snapshot = GateEvidence::fromBenchmark(results.value(), c.spec, kQa,
                                                    QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
        if (!snapshot)
            return snapshot.error();
        return evidence(c, snapshot.value(), at);
    }

    Result<void> tick(const GateCriterion& c, const QString& by, qint64 at) {
        if (auto w = GateRepository(m_db).setChecked(
                c.id, by, QDateTime::fromSecsSinceEpoch(at, Qt::UTC), by, at);
            !w)
            return w;
        return audit(by,
                     c.spec.kind == CriterionKind::Approval ? QStringLiteral("approve")
                                                            : QStringLiteral("tick"),
                     QStringLiteral("gate_criterion"), c.id, at,
                     {{QStringLiteral("name"), c.spec.name}, {QStringLiteral("checked_by"), by}});
    }

    Result<void> promote(const ReleaseGate& g, qint64 at) {
        if (auto w = GateRepository(m_db).setPromoted(
                g.id, kManager, QDateTime::fromSecsSinceEpoch(at, Qt::UTC), kManager, at);
            !w)
            return w;
        return audit(kManager, QStringLiteral("promote"), QStringLiteral("release_gate"), g.id, at,
                     {{QStringLiteral("gate"), g.name}, {QStringLiteral("stage"), g.stage}});
    }

    Result<void> waive(const ReleaseGate& g, qint64 criterionId, const QString& reason,
                       const QString& controls, const QString& task, qint64 at) {
        GateWaiver w;
        w.gateId = g.id;
        w.criterionId = criterionId;
        w.reason = reason;
        w.controls = controls;
        w.requestedBy = kManager;
        w.requestedAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        w.approvedBy = kCab;
        w.approvedAt = w.requestedAt.addSecs(qint64(3) * 3600);
        w.expiresAt = QDateTime::fromSecsSinceEpoch(m_anchor + 90 * kDay, Qt::UTC);
        w.validationTask = task;
        w.validationOwner = kQa;
        auto stored = GateRepository(m_db).insertWaiver(w, kCab, at);
        if (!stored)
            return stored.error();
        if (auto a = audit(kManager, QStringLiteral("request_waiver"),
                           QStringLiteral("gate_waiver"), stored->id, at, toJson(stored.value()));
            !a)
            return a;
        return audit(kCab, QStringLiteral("approve_waiver"), QStringLiteral("gate_waiver"),
                     stored->id, at + qint64(3) * 3600, toJson(stored.value()));
    }

    Result<void> falsePositive(const GateCriterion& c, const QString& ruleId, qint64 at) {
        auto findings = GateRepository(m_db).findings(c.id);
        if (!findings)
            return findings.error();
        for (const GateFinding& f : findings.value()) {
            if (f.ruleId != ruleId)
                continue;
            const QString reason = QStringLiteral("Hash is a cache key, not a credential.");
            if (auto w = GateRepository(m_db).setReview(c.id, f.fingerprint, reason, kSecurity, at);
                !w)
                return w;
            return audit(kSecurity, QStringLiteral("mark_false_positive"),
                         QStringLiteral("gate_finding"), c.id, at,
                         {{QStringLiteral("fingerprint"), f.fingerprint},
                          {QStringLiteral("reason"), reason}});
        }
        return {};
    }

    qint64 entries() const { return m_entries; }

private:
    Database& m_db;
    qint64 m_anchor;
    qint64 m_entries = 0;
};

const GateCriterion* named(const ReleaseGate& g, const QString& name) {
    for (const GateCriterion& c : g.criteria)
        if (c.spec.name == name)
            return &c;
    return nullptr;
}

QString approverFor(const GateCriterion& c) {
    if (c.spec.role == u"qa")
        return kQa;
    if (c.spec.role == u"operations")
        return kOps;
    if (c.spec.role == u"cab")
        return kCab;
    if (c.spec.role == u"security")
        return kSecurity;
    return kManager;
}

Result<void> promoteThroughProduction(Writer& out, GateRepository& repo, const Release& r) {
    auto gates = repo.gatesOf(r.id);
    if (!gates)
        return gates.error();
    qsizetype last = 0;
    while (last < gates->size() &&
           gates->at(last).stage.compare(u"production", Qt::CaseInsensitive) != 0)
        ++last;
    last = qMin(last, gates->size() - 1);
    const qint64 start = r.windowStart.toSecsSinceEpoch();
    const QString service = r.name.section(u' ', 0, 1);
    const int build = 1400 + int(r.id) * 3 + 2;
    for (qsizetype k = 0; k <= last; ++k) {
        const ReleaseGate& g = gates->at(k);
        if (g.isPromoted())
            continue;
        const qint64 at = start - qint64(last + 1 - k) * 12 * 3600 - 2 * 3600;
        for (const GateCriterion& c : g.criteria) {
            Result<void> w;
            switch (c.spec.kind) {
            case CriterionKind::TestPassRate:
                w = out.junit(c, service, build, 240 + int(r.id % 5) * 20, 0, at - 3600);
                break;
            case CriterionKind::Security:
                w = out.sarif(c, service, build, kCleanScan, at - 2700);
                break;
            case CriterionKind::Benchmark:
                w = out.benchmark(c, service, build, at - 3000);
                break;
            case CriterionKind::Manual:
                w = out.tick(c, QStringLiteral("jonas.weber"), at - 1800);
                break;
            case CriterionKind::Approval:
                w = out.tick(c, approverFor(c), at - 900);
                break;
            case CriterionKind::ArtifactIntegrity: // judged from the release's artifacts
            case CriterionKind::ContractTests:     // the default templates ask for none
                break;
            }
            if (!w)
                return w;
        }
        if (auto w = out.promote(g, at); !w)
            return w;
    }
    return {};
}

bool isOpen(ReleaseStatus s) {
    return s == ReleaseStatus::Planned || s == ReleaseStatus::Scheduled ||
           s == ReleaseStatus::InProgress || s == ReleaseStatus::Approved ||
           s == ReleaseStatus::Deploying;
}

} // namespace

Result<qint64> write(Database& db, qint64 anchor, bool large) {
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    auto templates = GateTemplateRepository(db).all();
    if (!templates)
        return templates.error();
    QList<Release> open;
    for (const Release& r : releases.value())
        if (isOpen(r.status) && r.windowStart.isValid())
            open << r;
    std::stable_sort(open.begin(), open.end(), [](const Release& a, const Release& b) {
        return a.windowStart < b.windowStart;
    });

    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    Writer out(db, anchor);
    const qint64 created = anchor - 30 * kDay;
    GateRepository repo(db);
    for (const Release& r : std::as_const(open)) {
        QList<GateTemplate> forType;
        for (const GateTemplate& t : templates.value())
            if (t.releaseType == r.type)
                forType << t;
        auto added = repo.instantiate(r, forType, QStringLiteral("template"), kManager, created);
        if (!added)
            return added.error();
        // A release whose risk assessment asks for more gets those gates too, as the Gates
        // screen's "Add gates" gives them.
        auto assessment = RiskAssessmentRepository(db).forRelease(r.id);
        if (!assessment)
            return assessment.error();
        if (assessment->has_value()) {
            const RiskAssessment& a = *assessment.value();
            const PlanningRigour rigour =
                RiskClassifier::rigourFor(a.level, r.type, a.answers.regulatory);
            auto extra =
                repo.instantiate(r, GateRigour::extraGates(forType, rigour.gates, rigour.approvals),
                                 QStringLiteral("rigour"), kManager, created);
            if (!extra)
                return extra.error();
        }
    }

    // Evidence on the releases nearest "now", in turn through the states a CAB sees.
    int evidenced = 0;
    const int limit = large ? 120 : 40;
    for (const Release& r : std::as_const(open)) {
        if (evidenced >= limit)
            break;
        const qint64 start = r.windowStart.toSecsSinceEpoch();
        if (start < anchor - 7 * kDay || start > anchor + 45 * kDay)
            continue;
        auto gates = repo.gatesOf(r.id);
        if (!gates)
            return gates.error();
        if (gates->isEmpty())
            continue;
        const int state = evidenced++ % 5;
        const qint64 at = std::min(anchor - 2 * kDay, start - 9 * kDay) - (r.id % 7) * 3600;
        const ReleaseGate& first = gates->first();
        const QString service = r.name.section(u' ', 0, 1);
        const int build = 1400 + int(r.id) * 3;
        if (r.type == ReleaseType::Emergency) {
            if (const GateCriterion* c = named(first, QStringLiteral("Smoke tests")))
                if (auto w = out.junit(*c, service, build, 120, 3, at); !w)
                    return w.error();
            if (auto w =
                    out.waive(first, 0, QStringLiteral("Outage fix cannot wait for the full suite"),
                              QStringLiteral("Canary to 5 % of traffic with automatic "
                                             "rollback; on-call engineer watching"),
                              QStringLiteral("Run the full regression suite against the "
                                             "hotfix within 48 hours"),
                              at + 3600);
                !w)
                return w.error();
            continue;
        }
        for (const GateCriterion& c : first.criteria) {
            Result<void> w;
            switch (c.spec.kind) {
            case CriterionKind::TestPassRate:
                w = out.junit(c, service, build, 240 + int(r.id % 5) * 20,
                              state == 1 || state == 2 || state == 4 ? 3 : 0, at);
                break;
            case CriterionKind::Security:
                if (state != 3)
                    w = out.sarif(c, service, build, state == 0 ? kCleanScan : kRiskyScan,
                                  at + 1800);
                if (w && state == 1)
                    w = out.falsePositive(c,
                                          QStringLiteral("python.lang.security.audit."
                                                         "insecure-hash"),
                                          at + 7200);
                break;
            case CriterionKind::Manual:
                if (state != 3)
                    w = out.tick(c, QStringLiteral("jonas.weber"), at + 5400);
                break;
            default:
                break;
            }
            if (!w)
                return w.error();
        }
        if (state == 2) {
            // Failing tests waived; the scan's findings are fixed by marking them reviewed.
            if (const GateCriterion* c = named(first, QStringLiteral("Unit tests")))
                if (auto w = out.waive(first, c->id,
                                       QStringLiteral("Three tests fail on the retired "
                                                      "currency-rounding path only"),
                                       QStringLiteral("Path disabled by feature flag; "
                                                      "reconciliation report checked daily"),
                                       QStringLiteral("Fix or delete the three tests after "
                                                      "release"),
                                       at + 9000);
                    !w)
                    return w.error();
        }
        if (state == 0) {
            if (auto w = out.promote(first, at + 10800); !w)
                return w.error();
            if (gates->size() > 1) {
                for (const GateCriterion& c : gates->at(1).criteria) {
                    Result<void> w;
                    if (c.spec.kind == CriterionKind::TestPassRate)
                        w = out.junit(c, service, build + 1, 480, 0, at + kDay);
                    else if (c.spec.kind == CriterionKind::Approval)
                        w = out.tick(c, c.spec.role == u"qa" ? kQa : kOps, at + kDay + 3600);
                    if (!w)
                        return w.error();
                }
            }
        }
    }
    // A release deploying now went through every gate up to Production, in order, each on
    // passing evidence. An emergency's gate is waived instead (above): the lifecycle part
    // records the override that lets it deploy before the gate is promoted.
    for (const Release& r : std::as_const(open)) {
        if (r.status != ReleaseStatus::Deploying || r.type == ReleaseType::Emergency)
            continue;
        if (auto w = promoteThroughProduction(out, repo, r); !w)
            return w.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return out.entries();
}

} // namespace slipway::DemoGates
