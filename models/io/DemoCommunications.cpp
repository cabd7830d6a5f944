// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommunications.h"

#include "MessageContext.h"
#include "MessageRenderer.h"
#include "domain/Communication.h"
#include "domain/KnownIssue.h"
#include "domain/MessageTemplate.h"
#include "storage/AuditLog.h"
#include "storage/CommunicationRepository.h"
#include "storage/DistributionListRepository.h"
#include "storage/KnownIssueRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

#include <algorithm>

namespace slipway {
namespace {

const QString kActor = QStringLiteral("demo");

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Appends the demo's audit entries and counts them for the caller's summary.
struct DemoAudit {
    Database& db;
    qint64 written = 0;

    Result<void> operator()(qint64 atSecs, const QString& action, const QString& entity, qint64 id,
                            const QJsonObject& after);
};

Result<void> DemoAudit::operator()(qint64 atSecs, const QString& action, const QString& entity,
                                   qint64 id, const QJsonObject& after) {
    AuditEntry e;
    e.atMs = atSecs * 1000;
    e.actor = kActor;
    e.action = action;
    e.entity = entity;
    e.entityId = id;
    e.afterJson = compact(after);
    auto appended = AuditLog(db).append(e);
    if (!appended)
        return appended.error();
    ++written;
    return {};
}

QList<DistributionList> demoLists() {
    DistributionList ops;
    ops.name = QStringLiteral("Operations");
    ops.description = QStringLiteral("Service operations and the on-call engineers");
    ops.zone = QStringLiteral("Europe/Berlin");
    ops.members = {{QStringLiteral("Operations desk"), QStringLiteral("ops@example.com")},
                   {QStringLiteral("Jonas Weber"), QStringLiteral("jonas.weber@example.com")},
                   {QStringLiteral("Amira Haddad"), QStringLiteral("amira.haddad@example.com")}};
    DistributionList support;
    support.name = QStringLiteral("Support and customer service");
    support.description = QStringLiteral("First- and second-line support, customer service");
    support.zone = QStringLiteral("America/New_York");
    support.members = {
        {QStringLiteral("Support team"), QStringLiteral("support@example.com")},
        {QStringLiteral("Customer service"), QStringLiteral("customer.service@example.com")},
        {QStringLiteral("Dana Brooks"), QStringLiteral("dana.brooks@example.com")}};
    DistributionList execs;
    execs.name = QStringLiteral("Executives");
    execs.description = QStringLiteral("Business owners who need the impact and the downtime");
    execs.zone = QStringLiteral("Europe/London");
    execs.members = {{QStringLiteral("Helen Carter"), QStringLiteral("helen.carter@example.com")},
                     {QStringLiteral("Rafael Souza"), QStringLiteral("rafael.souza@example.com")}};
    DistributionList cab;
    cab.name = QStringLiteral("Change Advisory Board");
    cab.description = QStringLiteral("Members who approve production changes");
    cab.zone = QStringLiteral("UTC");
    cab.members = {{QStringLiteral("CAB chair"), QStringLiteral("cab.chair@example.com")},
                   {QStringLiteral("Security officer"), QStringLiteral("security@example.com")},
                   {QStringLiteral("Service owner"), QStringLiteral("service.owner@example.com")}};
    return {ops, support, execs, cab};
}

QList<KnownIssue> demoIssues(qint64 releaseId, int which) {
    const QList<KnownIssue> pool = {
        {0, releaseId, QStringLiteral("Exports over 10,000 rows time out"),
         QStringLiteral("Large CSV exports stop after 60 seconds."),
         QStringLiteral("Filter by month and export each month separately."), IssueStatus::Open, 0},
        {0, releaseId, QStringLiteral("Saved filters reset after sign-in"),
         QStringLiteral("Users see the default filter once after the upgrade."),
         QStringLiteral("Re-apply the filter; it is kept from then on."), IssueStatus::Mitigated,
         0},
        {0, releaseId, QStringLiteral("Single sign-on banner shows twice"),
         QStringLiteral("Cosmetic only."), QString(), IssueStatus::Open, 0},
        {0, releaseId, QStringLiteral("Mobile app needs the update from the store"),
         QStringLiteral("Older app versions cannot log in after the window."),
         QStringLiteral("Update the app; the web version works throughout."), IssueStatus::Open, 0},
    };
    return {pool[which % pool.size()], pool[(which + 1) % pool.size()]};
}

} // namespace

Result<qint64> DemoCommunications::add(Database& db, const QDateTime& anchor) {
    const qint64 now = anchor.toSecsSinceEpoch();
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    // The next releases with a window: the ones a release manager is writing about.
    QList<Release> upcoming;
    for (const Release& r : std::as_const(releases.value()))
        if (r.windowStart.isValid() && r.windowStart.toSecsSinceEpoch() > now - qint64(2) * 86400 &&
            r.status != ReleaseStatus::Cancelled)
            upcoming.append(r);
    std::sort(upcoming.begin(), upcoming.end(),
              [](const Release& a, const Release& b) { return a.windowStart < b.windowStart; });
    upcoming = upcoming.mid(0, 3);

    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    DemoAudit audit{db};
    qint64 at = now - qint64(6) * 3600;
    QList<DistributionList> lists;
    for (const DistributionList& l : demoLists()) {
        auto stored = DistributionListRepository(db).insert(l, kActor, at);
        if (!stored)
            return stored.error();
        if (auto a = audit(at, QStringLiteral("create"), QStringLiteral("distribution_list"),
                           stored->id, toJson(stored.value()));
            !a)
            return a.error();
        lists.append(stored.value());
        at += 60;
    }
    for (int i = 0; i < upcoming.size(); ++i) {
        for (const KnownIssue& issue : demoIssues(upcoming[i].id, i)) {
            auto stored = KnownIssueRepository(db).insert(issue, kActor, at);
            if (!stored)
                return stored.error();
            if (auto a = audit(at, QStringLiteral("create"), QStringLiteral("known_issue"),
                               stored->id, toJson(stored.value()));
                !a)
                return a.error();
            at += 60;
        }
    }

    // Issued messages: a notice to operations and support, a summary to executives and a
    // CAB invitation for the first release; a notice to operations for the second.
    struct Issue {
        int release;
        const char* templateName;
        int list;
        int acknowledged; // how many recipients acknowledged
    };
    const Issue plan[] = {{0, "cab-invitation", 3, 3},
                          {0, "release-notice", 0, 2},
                          {0, "release-notice", 1, 1},
                          {0, "executive-summary", 2, 2},
                          {1, "release-notice", 0, 0}};
    for (const Issue& p : plan) {
        if (p.release >= upcoming.size())
            continue;
        const Release& r = upcoming[p.release];
        auto tmpl = TemplateRepository(db).findByName(QLatin1String(p.templateName));
        if (!tmpl)
            return tmpl.error();
        MessageContext::Options options;
        options.audience = lists[p.list];
        options.senderName = QStringLiteral("Release management");
        options.nowSecs = at;
        auto context = MessageContext::build(db, r.id, options);
        if (!context)
            return context.error();
        const RenderedMessage rendered =
            MessageRenderer::render(tmpl->subject, tmpl->body, context.value());
        Communication m;
        m.templateId = tmpl->id;
        m.templateName = tmpl->name;
        m.templateVersion = tmpl->version;
        m.kind = toKey(tmpl->kind);
        m.releaseId = r.id;
        m.releaseLabel = releaseLabel(r.name, r.version);
        m.listName = lists[p.list].name;
        m.audienceZone = lists[p.list].zone;
        m.subject = rendered.subject;
        m.body = rendered.markdown;
        m.recipients = lists[p.list].members;
        m.issuedBy = kActor;
        m.issuedAt = at;
        auto stored = CommunicationRepository(db).insert(m);
        if (!stored)
            return stored.error();
        if (auto a = audit(at, QStringLiteral("issue"), QStringLiteral("communication"), stored->id,
                           toJson(stored.value()));
            !a)
            return a.error();
        at += 300;
        for (int k = 0; k < p.acknowledged && k < m.recipients.size(); ++k) {
            Acknowledgement ack;
            ack.communicationId = stored->id;
            ack.address = m.recipients[k].address;
            ack.acknowledgedAt = at;
            ack.source =
                k % 2 ? Acknowledgement::Source::Imported : Acknowledgement::Source::Entered;
            ack.recordedBy = kActor;
            ack.recordedAt = at;
            auto saved = CommunicationRepository(db).insert(ack);
            if (!saved)
                return saved.error();
            if (auto a = audit(at, QStringLiteral("create"), QStringLiteral("acknowledgement"),
                               saved->id, toJson(saved.value()));
                !a)
                return a.error();
            at += 120;
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return audit.written;
}

} // namespace slipway
