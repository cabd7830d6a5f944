// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageContext.h"

#include "domain/KnownIssue.h"
#include "domain/Person.h"
#include "domain/Release.h"
#include "domain/ScopeItem.h"
#include "services/ScheduleService.h"
#include "storage/AuditLog.h"
#include "storage/DistributionListRepository.h"
#include "storage/KnownIssueRepository.h"
#include "storage/NameLookup.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/ScopeRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <limits>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MessageContext)
};

QString scopeKindPhrase(ScopeKind kind, int n) {
    const bool one = n == 1;
    switch (kind) {
    case ScopeKind::Feature:
        return (one ? Text::tr("%1 feature") : Text::tr("%1 features")).arg(n);
    case ScopeKind::Fix:
        return (one ? Text::tr("%1 fix") : Text::tr("%1 fixes")).arg(n);
    case ScopeKind::Patch:
        return (one ? Text::tr("%1 patch") : Text::tr("%1 patches")).arg(n);
    case ScopeKind::TechDebt:
        return (one ? Text::tr("%1 tech debt item") : Text::tr("%1 tech debt items")).arg(n);
    case ScopeKind::Regulatory:
        return (one ? Text::tr("%1 regulatory item") : Text::tr("%1 regulatory items")).arg(n);
    }
    return {};
}

QString joinPhrases(const QStringList& parts) {
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1)
        return parts.first();
    return Text::tr("%1 and %2")
        .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

// The window before the latest change that moved it, from the audit log.
std::optional<Interval> previousWindow(Database& db, qint64 releaseId) {
    AuditFilter filter;
    filter.entity = QStringLiteral("release");
    filter.entityId = releaseId;
    auto entries = AuditLog(db).page(filter, std::numeric_limits<qint64>::max(), 200);
    if (!entries)
        return std::nullopt;
    for (const AuditEntry& e : std::as_const(entries.value())) {
        const QJsonObject before = QJsonDocument::fromJson(e.beforeJson.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        const QString start = before.value(QStringLiteral("window_start")).toString();
        const QString end = before.value(QStringLiteral("window_end")).toString();
        if (start.isEmpty() || end.isEmpty())
            continue;
        if (start == after.value(QStringLiteral("window_start")).toString() &&
            end == after.value(QStringLiteral("window_end")).toString())
            continue;
        const QDateTime s = QDateTime::fromString(start, Qt::ISODate);
        const QDateTime f = QDateTime::fromString(end, Qt::ISODate);
        if (s.isValid() && f.isValid())
            return Interval{s.toSecsSinceEpoch(), f.toSecsSinceEpoch()};
    }
    return std::nullopt;
}

QVariantMap zoneEntry(const QString& zone, const Release& r) {
    QVariantMap m;
    m.insert(QStringLiteral("zone"), zone);
    if (r.windowStart.isValid()) {
        m.insert(QStringLiteral("window_start"),
                 MessageContext::formatTime(r.windowStart.toSecsSinceEpoch(), zone));
        m.insert(QStringLiteral("window_end"),
                 MessageContext::formatTime(r.windowEnd.toSecsSinceEpoch(), zone));
    } else {
        m.insert(QStringLiteral("window_start"), Text::tr("not scheduled yet"));
        m.insert(QStringLiteral("window_end"), Text::tr("not scheduled yet"));
    }
    return m;
}

} // namespace

QString MessageContext::formatTime(qint64 utcSecs, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC);
    const QDateTime local = tz.isValid() ? utc.toTimeZone(tz) : utc;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QString abbreviation = tz.isValid() ? tz.abbreviation(utc) : QStringLiteral("UTC");
    if (abbreviation.isEmpty() || abbreviation.startsWith(u'+') || abbreviation.startsWith(u'-')) {
        const int offset = tz.isValid() ? tz.offsetFromUtc(utc) : 0;
        abbreviation = QStringLiteral("UTC%1%2:%3")
                           .arg(offset < 0 ? u'-' : u'+')
                           .arg(qAbs(offset) / 3600, 2, 10, QChar(u'0'))
                           .arg(qAbs(offset) % 3600 / 60, 2, 10, QChar(u'0'));
    }
    return english.toString(local, QStringLiteral("ddd d MMM yyyy HH:mm")) + u' ' + abbreviation;
}

QString MessageContext::formatDuration(qint64 secs) {
    const qint64 minutes = secs / 60;
    const qint64 h = minutes / 60, m = minutes % 60;
    if (h == 0)
        return Text::tr("%1 min").arg(m);
    if (m == 0)
        return Text::tr("%1 h").arg(h);
    return Text::tr("%1 h %2 min").arg(h).arg(m);
}

Result<QVariantMap> MessageContext::build(Database& db, qint64 releaseId, const Options& options) {
    auto found = ReleaseRepository(db).find(releaseId);
    if (!found)
        return found.error();
    const Release& r = found.value();
    NameLookup names(db);
    auto teams = names.teams();
    if (!teams)
        return teams.error();
    auto services = names.services();
    if (!services)
        return services.error();

    QVariantMap release;
    release.insert(QStringLiteral("id"), QString::number(r.id));
    release.insert(QStringLiteral("name"), r.name);
    release.insert(QStringLiteral("version"), r.version);
    release.insert(QStringLiteral("label"), releaseLabel(r.name, r.version));
    release.insert(QStringLiteral("type"), displayName(r.type).toLower());
    release.insert(QStringLiteral("status"), displayName(r.status).toLower());
    release.insert(QStringLiteral("owner"),
                   r.owner.isEmpty() ? Text::tr("the release manager") : r.owner);
    release.insert(QStringLiteral("objectives"), r.objectives.trimmed());
    release.insert(QStringLiteral("change_ticket"), r.changeTicket);
    release.insert(QStringLiteral("team"),
                   r.teamId > 0 ? teams->value(r.teamId) : Text::tr("no team"));
    QStringList serviceNames;
    for (qint64 id : r.serviceIds)
        serviceNames << services->value(id);
    release.insert(QStringLiteral("services"),
                   serviceNames.isEmpty() ? Text::tr("none named") : joinPhrases(serviceNames));

    QVariantMap window;
    const bool scheduled = r.windowStart.isValid() && r.windowEnd.isValid();
    if (scheduled) {
        const qint64 s = r.windowStart.toSecsSinceEpoch(), e = r.windowEnd.toSecsSinceEpoch();
        window.insert(QStringLiteral("start_utc"), formatTime(s, QStringLiteral("UTC")));
        window.insert(QStringLiteral("end_utc"), formatTime(e, QStringLiteral("UTC")));
        window.insert(QStringLiteral("start_local"), formatTime(s, r.windowZone));
        window.insert(QStringLiteral("end_local"), formatTime(e, r.windowZone));
        window.insert(QStringLiteral("duration"), formatDuration(e - s));
    } else {
        for (const char* key : {"start_utc", "end_utc", "start_local", "end_local"})
            window.insert(QLatin1String(key), Text::tr("not scheduled yet"));
        window.insert(QStringLiteral("duration"), Text::tr("to be decided"));
    }
    window.insert(QStringLiteral("zone"), r.windowZone);

    QVariantMap audience;
    const QString audienceZone = options.audience ? options.audience->zone : r.windowZone;
    const QVariantMap here = zoneEntry(audienceZone, r);
    audience.insert(QStringLiteral("name"),
                    options.audience ? options.audience->name : Text::tr("everyone"));
    audience.insert(QStringLiteral("zone"), audienceZone);
    audience.insert(QStringLiteral("window_start"), here.value(QStringLiteral("window_start")));
    audience.insert(QStringLiteral("window_end"), here.value(QStringLiteral("window_end")));

    QStringList zoneNames{QStringLiteral("UTC"), r.windowZone};
    if (options.audience)
        zoneNames << options.audience->zone;
    QList<QString> extra = options.audienceZones;
    if (extra.isEmpty()) {
        auto lists = DistributionListRepository(db).all();
        if (!lists)
            return lists.error();
        for (const DistributionList& l : std::as_const(lists.value()))
            extra << l.zone;
    }
    zoneNames << extra;
    zoneNames.removeDuplicates();
    QVariantList zones;
    for (const QString& z : std::as_const(zoneNames))
        zones.append(zoneEntry(z, r));

    // Scope by kind, in the kinds' own order.
    auto items = ScopeRepository(db).all();
    if (!items)
        return items.error();
    QVariantList scopeItems;
    QMap<int, int> byKind;
    for (const ScopeItem& item : std::as_const(items.value())) {
        if (item.releaseId != r.id || item.status == ScopeStatus::Deferred)
            continue;
        byKind[int(item.kind)] += 1;
        scopeItems.append(QVariantMap{{QStringLiteral("title"), item.title},
                                      {QStringLiteral("kind"), displayName(item.kind).toLower()},
                                      {QStringLiteral("key"), item.externalKey},
                                      {QStringLiteral("status"), displayName(item.status)}});
    }
    QStringList phrases;
    QVariantList kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        phrases << scopeKindPhrase(ScopeKind(it.key()), it.value());
        kinds.append(QVariantMap{{QStringLiteral("kind"), displayName(ScopeKind(it.key()))},
                                 {QStringLiteral("count"), QString::number(it.value())}});
    }
    QVariantMap scope;
    scope.insert(QStringLiteral("summary"), phrases.isEmpty()
                                                ? Text::tr("No scope items are recorded")
                                                : joinPhrases(phrases));
    scope.insert(QStringLiteral("count"), QString::number(scopeItems.size()));
    scope.insert(QStringLiteral("by_kind"), kinds);
    scope.insert(QStringLiteral("items"), scopeItems);

    auto issues = KnownIssueRepository(db).forRelease(r.id);
    if (!issues)
        return issues.error();
    QVariantList knownIssues;
    for (const KnownIssue& i : std::as_const(issues.value()))
        knownIssues.append(
            QVariantMap{{QStringLiteral("title"), i.title},
                        {QStringLiteral("impact"), i.impact},
                        {QStringLiteral("workaround"),
                         i.workaround.isEmpty() ? Text::tr("none yet") : i.workaround},
                        {QStringLiteral("status"), displayName(i.status).toLower()}});

    QVariantMap gates;
    QVariantList gateItems;
    if (options.gates) {
        auto results = options.gates(db, r.id);
        if (!results)
            return results.error();
        QMap<QString, int> counts;
        for (const GateSummary& g : std::as_const(results.value())) {
            gateItems.append(QVariantMap{{QStringLiteral("name"), g.name},
                                         {QStringLiteral("status"), g.status}});
            counts[g.status] += 1;
        }
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        if (!gateItems.isEmpty()) {
            gates.insert(QStringLiteral("available"), true);
            gates.insert(QStringLiteral("summary"),
                         Text::tr("%1 of %2 gates").arg(joinPhrases(parts)).arg(gateItems.size()));
        }
    }
    if (!gates.contains(QStringLiteral("summary")))
        gates.insert(QStringLiteral("summary"), Text::tr("no gate results are recorded yet."));
    gates.insert(QStringLiteral("items"), gateItems);

    QVariantList conflicts;
    if (scheduled) {
        const Interval when{r.windowStart.toSecsSinceEpoch(), r.windowEnd.toSecsSinceEpoch()};
        auto overlaps = ScheduleService(db).conflicts(when);
        if (!overlaps)
            return overlaps.error();
        for (const Conflict& c : std::as_const(overlaps.value())) {
            if (c.releaseId != r.id)
                continue;
            conflicts.append(QVariantMap{
                {QStringLiteral("severity"),
                 c.severity == Conflict::Severity::Error ? Text::tr("Error") : Text::tr("Warning")},
                {QStringLiteral("kind"), Conflict::kindKey(c.kind)},
                {QStringLiteral("message"), c.message()}});
        }
    }

    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    QVariantList contacts;
    QStringList listed;
    const auto addContact = [&](const Person& p, const QString& role) {
        if (listed.contains(p.name) || contacts.size() >= 5)
            return;
        listed << p.name;
        contacts.append(QVariantMap{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("role"), role},
                                    {QStringLiteral("email"), p.email}});
    };
    for (const Person& p : std::as_const(people.value()))
        if (!r.owner.isEmpty() && p.name == r.owner)
            addContact(p, Text::tr("release owner"));
    if (listed.isEmpty() && !r.owner.isEmpty())
        contacts.append(QVariantMap{{QStringLiteral("name"), r.owner},
                                    {QStringLiteral("role"), Text::tr("release owner")}});
    for (const Person& p : std::as_const(people.value())) {
        if (r.teamId <= 0 || p.teamId != r.teamId)
            continue;
        if (p.roles.contains(QStringLiteral("release_manager")))
            addContact(p, Text::tr("release manager"));
        else if (p.roles.contains(QStringLiteral("operations")))
            addContact(p, Text::tr("operations"));
    }

    QVariantMap delay;
    delay.insert(QStringLiteral("reason"), options.delayReason.trimmed());
    delay.insert(QStringLiteral("revised_start"), here.value(QStringLiteral("window_start")));
    delay.insert(QStringLiteral("revised_end"), here.value(QStringLiteral("window_end")));
    if (const auto before = previousWindow(db, r.id)) {
        delay.insert(QStringLiteral("previous_start"), formatTime(before->start, audienceZone));
        delay.insert(QStringLiteral("previous_end"), formatTime(before->end, audienceZone));
    }

    const qint64 now = options.nowSecs > 0 ? options.nowSecs : QDateTime::currentSecsSinceEpoch();
    QVariantMap context;
    context.insert(QStringLiteral("release"), release);
    context.insert(QStringLiteral("window"), window);
    context.insert(QStringLiteral("audience"), audience);
    context.insert(QStringLiteral("zones"), zones);
    context.insert(QStringLiteral("scope"), scope);
    context.insert(QStringLiteral("known_issues"), knownIssues);
    context.insert(QStringLiteral("known_issues_count"), QString::number(knownIssues.size()));
    context.insert(QStringLiteral("gates"), gates);
    context.insert(QStringLiteral("conflicts"), conflicts);
    context.insert(QStringLiteral("conflicts_count"), QString::number(conflicts.size()));
    context.insert(QStringLiteral("contacts"), contacts);
    context.insert(QStringLiteral("delay"), delay);
    context.insert(QStringLiteral("sender"),
                   QVariantMap{{QStringLiteral("name"), options.senderName}});
    context.insert(QStringLiteral("today"),
                   QLocale(QLocale::English, QLocale::UnitedKingdom)
                       .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date(),
                                 QStringLiteral("d MMMM yyyy")));
    return context;
}

} // namespace slipway
