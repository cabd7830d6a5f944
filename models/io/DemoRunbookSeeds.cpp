// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRunbookSeeds.h"

#include "rules/PatternGuide.h"
#include "rules/PatternTemplates.h"
#include "rules/RunbookSchedule.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace slipway::DemoRunbookSeeds {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoRunbookSeeds)
};

constexpr qint64 kMinute = 60;
constexpr qint64 kDay = 86400;

QString hexOf(const QString& seed, QCryptographicHash::Algorithm algorithm) {
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), algorithm).toHex());
}

// "Identity Provider 3.10.1 hotfix" → "identity-provider".
QString slugOf(const Release& r) {
    const qsizetype at = r.version.isEmpty() ? -1 : r.name.indexOf(r.version);
    const QString product = at > 0 ? r.name.left(at).trimmed() : r.name;
    QString out;
    for (const QChar c : product.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("service") : out;
}

// A script step referenced in the deployment repository at a commit, with its digest.
void scriptify(RunbookStep& s, const QString& slug, const QString& path, bool withDigest = true) {
    s.kind = StepKind::Script;
    s.scriptRepo = QStringLiteral("https://git.northwind.example/%1-deploy.git").arg(slug);
    s.scriptPath = path;
    s.scriptCommit = hexOf(slug + QStringLiteral(" deploy ") + path, QCryptographicHash::Sha1);
    s.scriptSha256 =
        withDigest ? hexOf(slug + QStringLiteral(" script ") + path, QCryptographicHash::Sha256)
                   : QString();
}

RunbookStep* stepOf(Runbook& b, const QString& key) {
    for (RunbookStep& s : b.steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

// Offsets and durations scaled down so that the plan ends within `minutes` (a hotfix's short
// window), never below a minute a step.
void fitPlan(Runbook& b, int minutes) {
    auto plan = planRunbook(b.steps);
    if (!plan || plan->plannedEndMin <= minutes || minutes <= 0)
        return;
    const double f = double(minutes) / plan->plannedEndMin;
    for (RunbookStep& s : b.steps) {
        s.offsetMin = int(std::floor(s.offsetMin * f));
        s.durationMin = std::max(1, int(std::floor(s.durationMin * f)));
    }
}

PatternAnswers answersFor(DeploymentPattern pattern) {
    using Tri = PatternAnswers::Tri;
    PatternAnswers a;
    switch (pattern) {
    case DeploymentPattern::Canary:
        a = {Tri::Yes,
             Tri::Yes,
             Tri::Yes,
             Tri::No,
             PatternAnswers::Speed::Minutes,
             PatternAnswers::Impact::Some};
        break;
    case DeploymentPattern::BlueGreen:
        a = {Tri::Yes,
             Tri::Yes,
             Tri::Yes,
             Tri::Yes,
             PatternAnswers::Speed::Seconds,
             PatternAnswers::Impact::None};
        break;
    case DeploymentPattern::Rolling:
        a = {Tri::No,
             Tri::Yes,
             Tri::Yes,
             Tri::No,
             PatternAnswers::Speed::Hours,
             PatternAnswers::Impact::None};
        break;
    default:
        a = {Tri::No,
             Tri::No,
             Tri::No,
             Tri::No,
             PatternAnswers::Speed::Hours,
             PatternAnswers::Impact::Tolerated};
        break;
    }
    return a;
}

QString rationaleFor(DeploymentPattern pattern, const QString& product) {
    switch (pattern) {
    case DeploymentPattern::Canary:
        return Text::tr("%1 is stateless behind the load balancer and the fix does not touch "
                        "the schema, but there is no room for a second full environment. A "
                        "canary puts the fix in front of 5 % of users first and shows within half "
                        "an hour whether the error rate drops; taking the canary out "
                        "of the pool is the rollback.")
            .arg(product);
    case DeploymentPattern::BlueGreen:
        return Text::tr("%1 must switch back within seconds if anything goes wrong: customers "
                        "cannot wait for a redeploy. The spare cluster runs green next to blue, "
                        "the schema change is additive and both versions read it, and blue "
                        "stays untouched as the rollback target until the go to retire it.")
            .arg(product);
    case DeploymentPattern::Rolling:
        return Text::tr("%1 keeps a warm cache in each instance, so instances are "
                        "replaced a quarter at a time rather than shifting traffic between two "
                        "fleets; there is no spare capacity for a second fleet, and users notice "
                        "nothing while one batch is drained. A half-way go/no-go guards the "
                        "second half.")
            .arg(product);
    default:
        return Text::tr("%1 runs one writer against its database and the migration rewrites "
                        "tables the old version cannot read, so both versions cannot run "
                        "together. The nightly load is paused for the window, the outage is "
                        "announced, and the restore from the checked backup is the rollback.")
            .arg(product);
    }
}

} // namespace

// The reason for a go at a checkpoint, by its place in the pattern.
QString goReason(DeploymentPattern pattern, const QString& key) {
    if (key == u"S2")
        return Text::tr("Bridge complete: on-call, database owner and service owner present; "
                        "backups and rollback scripts checked; no open incident.");
    switch (pattern) {
    case DeploymentPattern::Canary:
        return key == u"S5" ? Text::tr("Canary at 5 % for 30 min: 5xx 0.21 % against 0.24 % on "
                                       "stable, p95 latency 182 ms against 178 ms.")
                            : Text::tr("Canary at 25 %: error rate and latency level with "
                                       "stable, no new alerts.");
    case DeploymentPattern::BlueGreen:
        return key == u"S5" ? Text::tr("Green smoke tests 42/42 passed on the private endpoint; "
                                       "test transaction settled.")
                            : Text::tr("Blue idle for the agreed time with no incident; retire "
                                       "it.");
    case DeploymentPattern::Rolling:
        return Text::tr("Batches 1 and 2 healthy for 10 min each: error rate 0.1 %, cache hit "
                        "rate back to 93 %.");
    default:
        return Text::tr("Smoke tests and the test report behind the maintenance page match "
                        "yesterday's figures; open the service.");
    }
}

// A pattern's template made the demo's own: scripts referenced on the steps that run them, a
// cutover with its DNS record and TTLs, the migration with its file named.
Runbook bookFor(const Release& r, DeploymentPattern pattern, qint64 created, bool complete,
                int fitMinutes) {
    const QString slug = slugOf(r);
    const PatternTemplate seed = templateFor(pattern, 2);
    Runbook b;
    b.releaseId = r.id;
    b.pattern = pattern;
    b.guideAnswers = answersFor(pattern).toJson();
    const qsizetype at = r.version.isEmpty() ? -1 : r.name.indexOf(r.version);
    b.rationale = rationaleFor(pattern, at > 0 ? r.name.left(at).trimmed() : r.name);
    b.steps = seed.steps;
    b.triggers = seed.triggers;
    const qint64 windowStart = r.windowStart.toSecsSinceEpoch();
    const auto script = [&](const QString& key, const QString& path, bool digest = true) {
        if (RunbookStep* s = stepOf(b, key))
            scriptify(*s, slug, path, digest);
    };
    switch (pattern) {
    case DeploymentPattern::Canary:
        script(QStringLiteral("S3"), QStringLiteral("deploy/canary.sh"));
        script(QStringLiteral("R1"), QStringLiteral("deploy/canary-remove.sh"));
        script(QStringLiteral("S6"), QStringLiteral("deploy/traffic-weight.sh"));
        script(QStringLiteral("R2"), QStringLiteral("deploy/traffic-weight.sh"));
        break;
    case DeploymentPattern::BlueGreen: {
        script(QStringLiteral("S3"), QStringLiteral("deploy/green-up.sh"), complete);
        script(QStringLiteral("R1"), QStringLiteral("deploy/green-down.sh"));
        for (const QString& key : {QStringLiteral("S6"), QStringLiteral("R2")})
            if (RunbookStep* s = stepOf(b, key)) {
                s->dnsRecord = QStringLiteral("%1.northwind.example").arg(slug);
                s->ttlOldSeconds = 3600;
                s->ttlNewSeconds = 60;
                // Lowered two days ahead (the draft's below).
                s->ttlLoweredAt = windowStart - 2 * kDay;
            }
        RunbookTrigger errors;
        errors.kind = TriggerKind::Metric;
        errors.name = Text::tr("Error rate (5xx)");
        errors.url = QStringLiteral("http://prometheus.northwind.example:9090");
        errors.query = QStringLiteral("sum(rate(http_requests_total{job=\"%1\",code=~\"5..\"}[5m]))"
                                      " / sum(rate(http_requests_total{job=\"%1\"}[5m]))")
                           .arg(slug);
        errors.above = true;
        errors.threshold = 0.02;
        b.triggers << errors;
        break;
    }
    case DeploymentPattern::Rolling: {
        for (const QString& key : {QStringLiteral("S3"), QStringLiteral("S5"), QStringLiteral("S8"),
                                   QStringLiteral("S10")})
            script(key, QStringLiteral("deploy/rolling-batch.sh"));
        for (const QString& key : {QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"),
                                   QStringLiteral("R4")})
            script(key, QStringLiteral("deploy/rolling-batch-revert.sh"));
        RunbookTrigger health;
        health.kind = TriggerKind::HealthCheck;
        health.name = Text::tr("Health endpoint");
        health.url = QStringLiteral("https://%1.northwind.example/healthz").arg(slug);
        health.failures = 3;
        health.expectStatus = 200;
        health.expectBody = QStringLiteral("\"status\":\"ok\"");
        health.latencyMs = 800;
        b.triggers << health;
        break;
    }
    default:
        if (RunbookStep* s = stepOf(b, QStringLiteral("S5")))
            s->notes = QStringLiteral("db/migrations/V%1__partition_fact_orders.sql")
                           .arg(QString(r.version).replace(u'.', u'_'));
        script(QStringLiteral("S6"), QStringLiteral("deploy/release.sh"));
        script(QStringLiteral("R3"), QStringLiteral("deploy/release.sh"));
        break;
    }
    if (r.windowStart.isValid() && r.windowEnd.isValid())
        fitPlan(b, fitMinutes > 0 ? fitMinutes
                                  : int((r.windowEnd.toSecsSinceEpoch() - windowStart) / kMinute));
    // The draft's TTL was lowered only 20 minutes before its planned cutover: less than one
    // old TTL, so resolvers may still hold the old address when traffic switches.
    if (auto plan = planRunbook(b.steps); plan && !complete)
        if (const StepTiming* t = plan->timing(QStringLiteral("S6")))
            for (RunbookStep& s : b.steps)
                if (s.kind == StepKind::Cutover)
                    s.ttlLoweredAt = windowStart + (t->earliestStart - 20) * kMinute;
    b.createdAt = created;
    return b;
}

} // namespace slipway::DemoRunbookSeeds
