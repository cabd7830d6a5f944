// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoValidationSeeds.h"

#include "DemoValidationParts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace slipway::DemoValidationSeeds {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoValidation)
};

QString host(const QString& serviceName) {
    return QStringLiteral("https://%1.example.com").arg(slugOf(serviceName));
}

} // namespace

QString slugOf(const QString& serviceName) {
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString slug = serviceName.toLower();
    slug.replace(other, QStringLiteral("-"));
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("service") : slug;
}

ValidationCheck healthCheck(qint64 releaseId, const QString& serviceName) {
    ValidationCheck c;
    c.releaseId = releaseId;
    c.name = Text::tr("%1 health").arg(serviceName);
    c.kind = CheckKind::Http;
    TransactionStep s;
    s.name = QStringLiteral("GET");
    s.url = host(serviceName) + QStringLiteral("/healthz");
    s.expectStatus = 200;
    s.expectBody = QStringLiteral("\"status\":\"ok\"");
    s.latencyBudgetMs = 800;
    c.steps = {s};
    c.timeoutMs = 5000;
    c.scheduleHours = DemoValidation::kDemoScheduleHours;
    c.intervalMin = 5;
    return c;
}

ValidationCheck journeyCheck(qint64 releaseId, const QString& serviceName) {
    ValidationCheck c;
    c.releaseId = releaseId;
    c.name = Text::tr("%1 end-to-end transaction").arg(serviceName);
    c.kind = CheckKind::Transaction;
    const QString base = host(serviceName);
    const QPair<QString, QString> json{QStringLiteral("Content-Type"),
                                       QStringLiteral("application/json")};
    TransactionStep signIn;
    signIn.name = QStringLiteral("Sign in");
    signIn.method = QStringLiteral("POST");
    signIn.url = base + QStringLiteral("/v1/sessions");
    signIn.headers = {
        {QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret:env:DEMO_API_TOKEN}}")},
        json};
    signIn.body = QStringLiteral("{\"client\":\"synthetic-monitor\"}");
    signIn.expectStatus = 201;
    signIn.expectJson = {{QStringLiteral("data.session_id"), JsonExpectation::Op::Exists, {}}};
    signIn.latencyBudgetMs = 600;
    signIn.extract = {{QStringLiteral("session"), QStringLiteral("data.session_id")}};

    TransactionStep create;
    create.name = QStringLiteral("Create record");
    create.method = QStringLiteral("POST");
    create.url = base + QStringLiteral("/v1/records");
    create.headers = {{QStringLiteral("X-Session"), QStringLiteral("{{session}}")}, json};
    create.body = QStringLiteral("{\"title\":\"synthetic check\",\"dry_run\":true}");
    create.expectStatus = 201;
    create.expectJson = {
        {QStringLiteral("data.status"), JsonExpectation::Op::Equals, QStringLiteral("open")}};
    create.latencyBudgetMs = 800;
    create.extract = {{QStringLiteral("record"), QStringLiteral("data.id")}};

    TransactionStep confirm;
    confirm.name = failingStep();
    confirm.method = QStringLiteral("POST");
    confirm.url = base + QStringLiteral("/v1/records/{{record}}/confirm");
    confirm.headers = {{QStringLiteral("X-Session"), QStringLiteral("{{session}}")}, json};
    confirm.body = QStringLiteral("{\"dry_run\":true}");
    confirm.expectStatus = 200;
    confirm.expectJson = {
        {QStringLiteral("data.state"), JsonExpectation::Op::Equals, QStringLiteral("confirmed")}};
    confirm.latencyBudgetMs = 1500;

    c.steps = {signIn, create, confirm};
    c.timeoutMs = 5000;
    c.scheduleHours = DemoValidation::kDemoScheduleHours;
    c.intervalMin = 5;
    return c;
}

QString failingStep() {
    return QStringLiteral("Confirm record");
}

QString failingReason() {
    return Text::tr("Confirm record: HTTP 500 where 200 was expected");
}

QString failingExcerpt() {
    return QStringLiteral("{\"error\":\"internal\",\"message\":\"write to the primary database "
                          "timed out after 3000 ms\",\"trace_id\":\"7f3c9a21e04b\"}");
}

QString timeoutReason() {
    return Text::tr("No answer within 5000 ms");
}

QList<FeedbackSeed> feedbackFor(const QString& serviceName, bool failing, bool rolledBack,
                                int variant) {
    if (failing)
        return {
            {Text::tr("Service Desk"),
             Text::tr("Users report pages taking 4–6 seconds on %1; 14 calls since the morning, "
                      "no lost data among them.")
                 .arg(serviceName),
             FeedbackSeverity::Medium, 9 * 60},
            {Text::tr("NOC"),
             Text::tr("p95 latency on %1 up from about 210 ms to 300 ms since the deployment; "
                      "CPU and memory are flat, the database connection pool is near its limit.")
                 .arg(serviceName),
             FeedbackSeverity::High, 14 * 60},
            {Text::tr("Customer Support"),
             Text::tr("Three customers say confirmation e-mails arrive twice; support cannot "
                      "reproduce it yet and has asked for the reference numbers."),
             FeedbackSeverity::Low, 20 * 60},
            {Text::tr("NOC"),
             Text::tr("Confirmations fail with HTTP 500 for a share of requests; the synthetic "
                      "end-to-end transaction fails every run since the early hours."),
             FeedbackSeverity::Critical, 26 * 60},
        };
    if (rolledBack)
        return {
            {Text::tr("NOC"),
             Text::tr("5xx rate on %1 back under 0.1 % after the rollback; it peaked at 4.7 % "
                      "shortly after the traffic switch, when the release manager was paged.")
                 .arg(serviceName),
             FeedbackSeverity::Critical, 8},
            {Text::tr("Service Desk"),
             Text::tr("31 calls about failed requests between the switch and the rollback; all "
                      "callers could carry on afterwards."),
             FeedbackSeverity::High, 55},
            {Text::tr("Customer Support"),
             Text::tr("Two business customers ask for a written incident summary."),
             FeedbackSeverity::Medium, 26 * 60},
        };
    if (variant % 2 == 0)
        return {
            {Text::tr("Service Desk"),
             Text::tr("Two users asked where the old export button went; pointed them to the "
                      "release notes."),
             FeedbackSeverity::Low, 5 * 60},
            {Text::tr("NOC"),
             Text::tr("No alerts on %1 since the deployment; dashboards are within their usual "
                      "range.")
                 .arg(serviceName),
             FeedbackSeverity::Low, 24 * 60},
        };
    return {
        {Text::tr("Customer Support"),
         Text::tr("One customer saw a blank page after signing in; a reload fixed it. Watching "
                  "for more."),
         FeedbackSeverity::Low, 3 * 60},
        {Text::tr("NOC"),
         Text::tr("A short burst of 502s on %1 during the cache warm-up, 4 minutes, then "
                  "normal.")
             .arg(serviceName),
         FeedbackSeverity::Medium, 40},
        {Text::tr("Service Desk"), Text::tr("Nothing reported by users in the first two days."),
         FeedbackSeverity::Low, 48 * 60},
    };
}

QStringList routineCategories() {
    return {Text::tr("Software"), Text::tr("Performance"), Text::tr("Network"), Text::tr("Access")};
}

IncidentSeed routineIncident(const QString& serviceName, int variant) {
    switch (variant % 6) {
    case 0:
        return {Text::tr("%1: intermittent 503 from the load balancer").arg(serviceName),
                Text::tr("Network"), 3};
    case 1:
        return {Text::tr("%1: slow responses during the nightly batch").arg(serviceName),
                Text::tr("Performance"), 3};
    case 2:
        return {Text::tr("%1: users locked out after password reset").arg(serviceName),
                Text::tr("Access"), 2};
    case 3:
        return {Text::tr("%1: report export stuck in the queue").arg(serviceName),
                Text::tr("Software"), 4};
    case 4:
        return {Text::tr("%1: certificate warning on the status page").arg(serviceName),
                Text::tr("Network"), 4};
    default:
        return {
            Text::tr("%1: error page shown on a search with special characters").arg(serviceName),
            Text::tr("Software"), 3};
    }
}

IncidentSeed slowdownIncident(const QString& serviceName) {
    return {Text::tr("%1: slow responses for signed-in users").arg(serviceName),
            Text::tr("Performance"), 2};
}

IncidentSeed newPatternIncident(const QString& serviceName) {
    return {Text::tr("%1: confirmations fail, primary database write times out").arg(serviceName),
            Text::tr("Database"), 1};
}

QString newPatternConfigItem(const QString& serviceName) {
    return slugOf(serviceName) + QStringLiteral("-db-primary");
}

IncidentSeed rollbackIncident(const QString& serviceName) {
    return {Text::tr("%1: 502 errors for some customers after the switch").arg(serviceName),
            Text::tr("Software"), 2};
}

IncidentSeed releaseIncident(const QString& serviceName, int variant) {
    switch (variant % 3) {
    case 0:
        return {Text::tr("%1: scheduled jobs fail since the last deployment").arg(serviceName),
                Text::tr("Software"), 3};
    case 1:
        return {Text::tr("%1: memory use climbs until the pods restart").arg(serviceName),
                Text::tr("Performance"), 2};
    default:
        return {Text::tr("%1: some users see an empty page after the update").arg(serviceName),
                Text::tr("Software"), 2};
    }
}

QString priorityText(int priority) {
    switch (priority) {
    case 1:
        return Text::tr("1 - Critical");
    case 2:
        return Text::tr("2 - High");
    case 3:
        return Text::tr("3 - Moderate");
    default:
        return Text::tr("4 - Low");
    }
}

QString assignmentGroup(const QString& category) {
    if (category == Text::tr("Network"))
        return Text::tr("Network Operations");
    if (category == Text::tr("Database"))
        return Text::tr("Database Administration");
    if (category == Text::tr("Access"))
        return Text::tr("Identity and Access");
    return Text::tr("Application Support");
}

PostReview rolledBackReview(const QString& label) {
    PostReview r;
    r.summary =
        Text::tr(
            "%1 was rolled back 40 minutes after the traffic switch. Green answered 502 for about "
            "one request in twenty; the error-rate trigger fired at 4.7 % against a 2 % threshold "
            "and the release manager decided to switch back to blue. Customers saw errors for 38 "
            "minutes; no data was lost.")
            .arg(label);
    r.wentWell = Text::tr(
        "The runbook's rollback steps worked as written and took 9 minutes. The error-rate "
        "trigger fired within two minutes of the threshold being crossed. The status page was "
        "updated before the first customer call.");
    r.wentBadly = Text::tr(
        "Verification on green ran with synthetic traffic only, which never reached the "
        "connection limit. The decision to roll back waited 12 minutes for a second opinion "
        "that the runbook did not ask for.");
    r.factors = Text::tr(
        "The new version opens a database connection per worker instead of sharing a pool; at "
        "production load green hit the database's connection limit. The staging database "
        "allows four times as many connections as production, so rehearsal could not show "
        "it. The load test profile had not been updated since the worker model changed.");
    r.lessons = Text::tr(
        "Staging must mirror production's connection limits. A rollback decision at a "
        "checkpoint needs one person, named in the runbook, not a quorum. Verification after "
        "the switch should include a short burst at production request rates.");
    return r;
}

PostReview routineReview(const QString& label, int variant) {
    PostReview r;
    switch (variant % 3) {
    case 0:
        r.summary = Text::tr("%1 went out inside its window. Validation passed throughout the "
                             "72 hours; one low-priority incident was opened and resolved.")
                        .arg(label);
        r.wentWell = Text::tr("The runbook matched what was done; the database migration took "
                              "11 minutes, as rehearsed.");
        r.wentBadly = Text::tr("The change ticket was updated an hour after the window "
                               "closed.");
        r.factors = Text::tr("Ticket updates are manual and nobody owns them during the "
                             "window.");
        r.lessons = Text::tr("Name who updates the change ticket in the runbook's last step.");
        break;
    case 1:
        r.summary = Text::tr("%1 fixed the outage it was raised for. Error rates returned to "
                             "normal within ten minutes of the deployment.")
                        .arg(label);
        r.wentWell = Text::tr("The fix was built, tested on staging and deployed in under three "
                              "hours; on-call and the service owner were on the bridge "
                              "throughout.");
        r.wentBadly = Text::tr("The emergency approval was recorded after the deployment, as the "
                               "process allows, but the CAB heard of it only at its next "
                               "meeting.");
        r.factors = Text::tr("The alert that started the outage call had no link to the "
                             "runbook, so the first 20 minutes went on finding it.");
        r.lessons = Text::tr("Link every paging alert to its runbook. Send the CAB a note when "
                             "an emergency change is approved by phone.");
        break;
    default:
        r.summary = Text::tr("%1 was deployed without customer impact. One monitoring gap was "
                             "found and closed.")
                        .arg(label);
        r.wentWell = Text::tr("Canary steps gave a clear signal; the rollout finished 30 "
                              "minutes early.");
        r.wentBadly = Text::tr("The new queue had no dashboard until the day after the "
                               "deployment.");
        r.factors = Text::tr("Monitoring for new components is not part of the definition of "
                             "done.");
        r.lessons = Text::tr("Add dashboards and alerts for new components before the window, "
                             "and tick them in the closure checklist.");
        break;
    }
    return r;
}

PostReview earlierRollbackReview(const QString& label) {
    PostReview r;
    r.summary = Text::tr("%1 was rolled back within the hour: errors rose above the threshold "
                         "after the switch and the previous version went back.")
                    .arg(label);
    r.wentWell = Text::tr("The rollback took minutes and followed the runbook.");
    r.wentBadly = Text::tr("Staging had not shown the fault: its data is a fraction of "
                           "production's.");
    r.factors = Text::tr("A query that is fast on small tables ran without an index in "
                         "production.");
    r.lessons = Text::tr("Rehearse migrations on a copy of production's data volume.");
    return r;
}

PostReview draftReview(const QString& label) {
    PostReview r;
    r.summary = Text::tr("%1: notes so far. Timeline collected from the deployment record, "
                         "the check results and the incident records; contributing factors "
                         "still to be discussed with the service team.")
                    .arg(label);
    return r;
}

QList<ActionSeed> rollbackActions() {
    return {
        {Text::tr("Set the staging database's connection limit to production's"),
         Text::tr("Database Administration"), 5, ReviewAction::State::Done},
        {Text::tr("Add a production-rate burst to green's verification step"),
         Text::tr("Platform Operations"), 7, ReviewAction::State::Open},
        {Text::tr("Name the rollback decider at each checkpoint in the runbook template"),
         Text::tr("Release Management"), 30, ReviewAction::State::Open},
        {Text::tr("Rewrite the load test in a new tool"), Text::tr("Quality Assurance"), 14,
         ReviewAction::State::Dropped},
    };
}

QString checklistReference(ChecklistKey key, const QString& slug, quint64 h) {
    const QString commit = QStringLiteral("%1").arg(h & 0xfffffff, 7, 16, QLatin1Char('0'));
    const QString change =
        QStringLiteral("CHG%1").arg(30000 + int(h % 9000), 7, 10, QLatin1Char('0'));
    switch (key) {
    case ChecklistKey::Runbooks:
        return QStringLiteral("https://git.example.com/ops/runbooks/commit/%1").arg(commit);
    case ChecklistKey::Monitoring:
        return QStringLiteral("https://grafana.example.com/d/%1/%1-overview").arg(slug);
    case ChecklistKey::Alerts:
        return Text::tr("%1 alert thresholds raised").arg(change);
    case ChecklistKey::Backup:
        return Text::tr("%1 backup policy updated for the new tables").arg(change);
    case ChecklistKey::Documentation:
        return QStringLiteral("https://wiki.example.com/display/OPS/%1").arg(slug);
    }
    return {};
}

QString checklistReason(ChecklistKey key) {
    switch (key) {
    case ChecklistKey::Backup:
        return Text::tr("No new data stores; the existing backup covers every table.");
    case ChecklistKey::Alerts:
        return Text::tr("No new metrics; the existing alert thresholds still fit.");
    case ChecklistKey::Documentation:
        return Text::tr("No user-facing change; the release notes cover it.");
    case ChecklistKey::Monitoring:
        return Text::tr("Existing dashboards cover the changed endpoints.");
    case ChecklistKey::Runbooks:
        return Text::tr("Operating procedures are unchanged.");
    }
    return {};
}

} // namespace slipway::DemoValidationSeeds
