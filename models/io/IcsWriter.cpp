// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)
};

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

QByteArray utf8(const QString& s) {
    return s.toUtf8();
}

icaltimezone* zoneFor(const QString& name) {
    if (name.isEmpty() || name == u"UTC" || name == u"Etc/UTC")
        return nullptr;
    return icaltimezone_get_builtin_timezone(name.toUtf8().constData());
}

// A UTC instant as wall-clock time in `zone` with TZID=<IANA id>, or as UTC (…Z).
icalproperty* timeProperty(icalproperty* (*make)(icaltimetype), qint64 utc, const QString& zone) {
    if (!zoneFor(zone))
        return make(icaltime_from_timet_with_zone(time_t(utc), 0, icaltimezone_get_utc_timezone()));
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, QTimeZone(zone.toUtf8()));
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    icalproperty* p = make(t);
    icalproperty_add_parameter(p, icalparameter_new_tzid(utf8(zone).constData()));
    return p;
}

// The zone's rules as a VTIMEZONE named by its IANA id, trimmed to the years exported so
// the file does not carry a century of history.
icalcomponent* vtimezone(const QString& zone, qint64 fromUtc) {
    icalcomponent* vtz = icalcomponent_new_clone(icaltimezone_get_component(zoneFor(zone)));
    const icaltimetype start = icaltime_from_timet_with_zone(time_t(fromUtc - 366 * 86400LL), 0,
                                                             icaltimezone_get_utc_timezone());
    icaltimezone_truncate_vtimezone(vtz, start, icaltime_null_time(), 1);
    if (icalproperty* id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(id, utf8(zone).constData());
    return vtz;
}

icalproperty* newDtstart(icaltimetype t) {
    return icalproperty_new_dtstart(t);
}
icalproperty* newDtend(icaltimetype t) {
    return icalproperty_new_dtend(t);
}
icalproperty* newExdate(icaltimetype t) {
    return icalproperty_new_exdate(t);
}

icalcomponent* event(const QString& uid, const QString& summary, const QString& description,
                     qint64 start, qint64 end, const QString& zone) {
    icalcomponent* ev = icalcomponent_new_vevent();
    icalcomponent_add_property(ev, icalproperty_new_uid(utf8(uid).constData()));
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
                                       time(nullptr), 0, icaltimezone_get_utc_timezone())));
    icalcomponent_add_property(ev, timeProperty(newDtstart, start, zone));
    icalcomponent_add_property(ev, timeProperty(newDtend, end, zone));
    icalcomponent_add_property(ev, icalproperty_new_summary(utf8(summary).constData()));
    if (!description.isEmpty())
        icalcomponent_add_property(ev, icalproperty_new_description(utf8(description).constData()));
    return ev;
}

} // namespace

QByteArray IcsWriter::write(const Content& content) {
    std::unique_ptr<icalcomponent, ComponentFree> cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(
        cal.get(), icalproperty_new_prodid("-//Slipway//Slipway " SLIPWAY_VERSION "//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalproperty* name = icalproperty_new_x("Slipway release calendar");
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(cal.get(), name);

    QSet<QString> zones;
    qint64 earliest = std::numeric_limits<qint64>::max();
    QList<icalcomponent*> events;
    for (const Release& r : content.releases) {
        if (!r.windowStart.isValid())
            continue;
        const QString& zone = r.windowZone;
        if (zoneFor(zone))
            zones.insert(zone);
        earliest = qMin(earliest, r.windowStart.toSecsSinceEpoch());
        QString description =
            Text::tr("%1 release, %2").arg(displayName(r.type), displayName(r.status));
        if (!r.changeTicket.isEmpty())
            description += Text::tr("; change %1").arg(r.changeTicket);
        if (!r.owner.isEmpty())
            description += Text::tr("; owner %1").arg(r.owner);
        icalcomponent* ev =
            event(QStringLiteral("release-%1@%2").arg(r.id).arg(content.uidDomain),
                  releaseLabel(r.name, r.version), description, r.windowStart.toSecsSinceEpoch(),
                  r.windowEnd.toSecsSinceEpoch(), zone);
        icalcomponent_add_property(ev, icalproperty_new_categories("Release window"));
        icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        events.append(ev);
    }
    for (const Blackout& b : content.blackouts) {
        const QString& zone = b.zone;
        if (zoneFor(zone))
            zones.insert(zone);
        earliest = qMin(earliest, b.startUtc);
        const QString uid = b.icalUid.isEmpty()
                                ? QStringLiteral("blackout-%1@%2").arg(b.id).arg(content.uidDomain)
                                : b.icalUid;
        icalcomponent* ev = event(uid, b.name, b.reason, b.startUtc, b.endUtc, zone);
        icalcomponent_add_property(
            ev, icalproperty_new_categories(b.hard ? "Hard blackout" : "Soft blackout"));
        if (!b.rrule.isEmpty())
            icalcomponent_add_property(ev, icalproperty_new_rrule(icalrecurrencetype_from_string(
                                               utf8(b.rrule).constData())));
        for (qint64 ex : b.exdates)
            icalcomponent_add_property(ev, timeProperty(newExdate, ex, zone));
        events.append(ev);
    }
    for (const IncidentFreeze& f : content.freezes) {
        icalcomponent* ev =
            event(QStringLiteral("freeze-%1@%2").arg(f.id).arg(content.uidDomain), f.name,
                  Text::tr("Incident freeze: only emergency releases may deploy."), f.when.start,
                  f.when.end, QString());
        icalcomponent_add_property(ev, icalproperty_new_categories("Incident freeze"));
        events.append(ev);
    }
    QStringList sortedZones(zones.cbegin(), zones.cend());
    sortedZones.sort();
    for (const QString& z : std::as_const(sortedZones))
        icalcomponent_add_component(cal.get(), vtimezone(z, earliest));
    for (icalcomponent* ev : std::as_const(events))
        icalcomponent_add_component(cal.get(), ev);
    char* text = icalcomponent_as_ical_string_r(cal.get());
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace slipway
