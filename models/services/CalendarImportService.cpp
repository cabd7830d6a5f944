// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarImportService.h"

#include "rules/Permissions.h"
#include "rules/Recurrence.h"
#include "storage/AuditLog.h"
#include "storage/BlackoutRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CalendarImportService)
};

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What a calendar event sets on a blackout; the rest (services) people keep by hand.
bool samePeriod(const Blackout& a, const Blackout& b) {
    return a.name == b.name && a.reason == b.reason && a.startUtc == b.startUtc &&
           a.endUtc == b.endUtc && a.zone == b.zone && a.rrule == b.rrule &&
           a.exdates == b.exdates && a.hard == b.hard && a.icalUid == b.icalUid;
}

} // namespace

CalendarImportService::CalendarImportService(Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session)) {}

Result<CalendarImportService::Outcome> CalendarImportService::import(const IcsCalendar& calendar,
                                                                     const QString& sourceName,
                                                                     const Options& options) {
    auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
    if (!rights)
        return rights.error();
    if (auto allowed = authorize(rights.value(), Action::EditCalendar); !allowed)
        return allowed.error();

    // Check everything before writing anything.
    Outcome outcome;
    QList<IcsEvent> accepted;
    for (const IcsEvent& e : calendar.events) {
        const QString where = Text::tr("%1 line %2").arg(sourceName).arg(e.line);
        if (!e.rrule.isEmpty()) {
            if (auto valid = Recurrence::validate(e.rrule); !valid)
                return Error{Error::Kind::Usage,
                             where + QStringLiteral(": ") + valid.error().message};
        }
        accepted.append(e);
    }
    outcome.skipped = calendar.skipped;

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    BlackoutRepository repo(m_db);
    AuditLog audit(m_db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto log = [&](const QString& action, const QString& entity, qint64 id,
                         const QString& before, const QString& after) -> Result<void> {
        AuditEntry entry;
        entry.actor = m_session.actor;
        entry.action = action;
        entry.entity = entity;
        entry.entityId = id;
        entry.beforeJson = before;
        entry.afterJson = after;
        entry.changeTicket = m_session.changeTicket;
        auto appended = audit.append(entry);
        if (!appended)
            return appended.error();
        return {};
    };

    for (const IcsEvent& e : std::as_const(accepted)) {
        const QString uid =
            e.uid.isEmpty()
                ? QStringLiteral("%1#%2").arg(sourceName).arg(e.line)
                : (e.recurrenceIdUtc ? QStringLiteral("%1#%2").arg(e.uid).arg(e.recurrenceIdUtc)
                                     : e.uid);
        const QString name = e.summary.isEmpty() ? Text::tr("Imported period") : e.summary;
        if (options.as == As::Freezes) {
            RecurringPeriod period{e.startUtc, e.endUtc, e.zone, e.rrule, {}};
            for (qint64 ex : e.exdates)
                period.exdates.append(QDateTime::fromSecsSinceEpoch(ex, Qt::UTC));
            auto occurrences =
                Recurrence::expand(period, {e.startUtc, e.startUtc + options.freezeHorizonSecs});
            if (!occurrences)
                return occurrences.error();
            for (const Interval& when : occurrences.value()) {
                const QString occurrenceUid =
                    e.rrule.isEmpty() ? uid : QStringLiteral("%1@%2").arg(uid).arg(when.start);
                BlackoutRepository::Upserted upserted{};
                auto id = repo.upsertFreeze({0, name, when}, occurrenceUid, m_session.actor, now,
                                            &upserted);
                if (!id)
                    return id.error();
                if (upserted == BlackoutRepository::Upserted::Unchanged) {
                    ++outcome.unchanged;
                    continue;
                }
                const bool created = upserted == BlackoutRepository::Upserted::Created;
                const QJsonObject after{
                    {QStringLiteral("name"), name},
                    {QStringLiteral("start"),
                     QDateTime::fromSecsSinceEpoch(when.start, Qt::UTC).toString(Qt::ISODate)},
                    {QStringLiteral("end"),
                     QDateTime::fromSecsSinceEpoch(when.end, Qt::UTC).toString(Qt::ISODate)},
                    {QStringLiteral("ical_uid"), occurrenceUid},
                    {QStringLiteral("source"), sourceName}};
                if (auto logged =
                        log(created ? QStringLiteral("import") : QStringLiteral("update"),
                            QStringLiteral("incident_freeze"), id.value(), {}, compact(after));
                    !logged)
                    return logged.error();
                (created ? outcome.created : outcome.updated) += 1;
            }
            continue;
        }
        Blackout b;
        b.name = name;
        b.reason = e.description.left(2000);
        b.startUtc = e.startUtc;
        b.endUtc = e.endUtc;
        b.zone = e.zone;
        b.rrule = e.rrule;
        b.exdates = e.exdates;
        b.hard = options.hard;
        b.icalUid = uid;
        auto existing = repo.findByUid(uid);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            const Blackout& old = *existing.value();
            b.id = old.id;
            b.rowVersion = old.rowVersion;
            b.allServices = old.allServices; // keep what people scoped by hand
            b.serviceIds = old.serviceIds;
            if (samePeriod(old, b)) {
                ++outcome.unchanged;
                continue;
            }
            auto stored = repo.update(b, m_session.actor, now);
            if (!stored)
                return stored.error();
            if (auto logged = log(QStringLiteral("update"), QStringLiteral("blackout"), b.id,
                                  compact(toJson(old)), compact(toJson(stored.value())));
                !logged)
                return logged.error();
            ++outcome.updated;
        } else {
            auto stored = repo.insert(b, m_session.actor, now);
            if (!stored)
                return stored.error();
            if (auto logged = log(QStringLiteral("import"), QStringLiteral("blackout"), stored->id,
                                  {}, compact(toJson(stored.value())));
                !logged)
                return logged.error();
            ++outcome.created;
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace slipway
