// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recurrence.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Recurrence)
};

icaltimetype toIcal(const QDateTime& local) {
    icaltimetype t = icaltime_null_time();
    const QDate d = local.date();
    const QTime tm = local.time();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.hour = tm.hour();
    t.minute = tm.minute();
    t.second = tm.second();
    t.is_date = 0;
    return t; // floating: the rule runs on wall-clock time, the zone is applied after
}

QDateTime fromIcal(const icaltimetype& t, const QTimeZone& zone) {
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), zone);
}

// Wall-clock arithmetic: the same local duration whatever the offset does in between.
QDateTime addWallClock(const QDateTime& start, qint64 wallSeconds, const QTimeZone& zone) {
    const QDateTime naive(start.date(), start.time(), Qt::UTC);
    const QDateTime shifted = naive.addSecs(wallSeconds);
    return QDateTime(shifted.date(), shifted.time(), zone);
}

struct RuleParse {
    icalrecurrencetype rule{};
    QString error;
};

RuleParse parseRule(const QString& rrule) {
    RuleParse out;
    QString text = rrule.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6);
    icalerror_clear_errno();
    const icalerrorstate before = icalerror_get_error_state(ICAL_MALFORMEDDATA_ERROR);
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, ICAL_ERROR_NONFATAL);
    out.rule = icalrecurrencetype_from_string(text.toUtf8().constData());
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, before);
    if (out.rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
        out.error =
            Text::tr("'%1' is not a valid RRULE (RFC 5545), e.g. FREQ=WEEKLY;BYDAY=FR").arg(rrule);
    icalerror_clear_errno();
    return out;
}

} // namespace

Result<void> Recurrence::validate(const QString& rrule) {
    const RuleParse parsed = parseRule(rrule);
    if (!parsed.error.isEmpty())
        return Error{Error::Kind::Validation, parsed.error};
    return {};
}

Result<QList<Interval>> Recurrence::expand(const RecurringPeriod& period, const Interval& range,
                                           int limit) {
    const QTimeZone zone(period.zone.toUtf8());
    if (!zone.isValid())
        return Error{
            Error::Kind::Validation,
            Text::tr("'%1' is not a known time zone (use an IANA name such as Europe/Berlin)")
                .arg(period.zone)};
    if (period.firstEndUtc <= period.firstStartUtc)
        return Error{Error::Kind::Validation, Text::tr("a period must end after it starts")};

    QList<Interval> out;
    const Interval first{period.firstStartUtc, period.firstEndUtc};
    if (period.rrule.trimmed().isEmpty()) {
        if (first.overlaps(range))
            out.append(first);
        return out;
    }
    const RuleParse parsed = parseRule(period.rrule);
    if (!parsed.error.isEmpty())
        return Error{Error::Kind::Validation, parsed.error};

    const QDateTime localStart = QDateTime::fromSecsSinceEpoch(period.firstStartUtc, zone);
    const QDateTime localEnd = QDateTime::fromSecsSinceEpoch(period.firstEndUtc, zone);
    const qint64 wallDuration = QDateTime(localStart.date(), localStart.time(), Qt::UTC)
                                    .secsTo(QDateTime(localEnd.date(), localEnd.time(), Qt::UTC));

    QSet<qint64> excluded;
    for (const QDateTime& ex : period.exdates) {
        const QDateTime local = ex.toTimeZone(zone);
        excluded.insert(QDateTime(local.date(), local.time(), Qt::UTC).toSecsSinceEpoch());
    }

    icalrecur_iterator* it = icalrecur_iterator_new(parsed.rule, toIcal(localStart));
    if (!it)
        return Error{
            Error::Kind::Validation,
            Text::tr("'%1' cannot be expanded from its first occurrence").arg(period.rrule)};
    // Skip ahead for long-running rules; COUNT rules must be walked from the start.
    if (parsed.rule.count == 0 && range.start - period.firstStartUtc > qint64(2) * 86400) {
        const QDateTime jump = QDateTime::fromSecsSinceEpoch(
            range.start - qMax<qint64>(wallDuration, 0) - qint64(2) * 86400, zone);
        if (jump > localStart)
            icalrecur_iterator_set_start(it, toIcal(jump));
    }
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it)) {
        const QDateTime start = fromIcal(t, zone);
        const qint64 startUtc = start.toSecsSinceEpoch();
        if (startUtc >= range.end)
            break;
        if (excluded.contains(QDateTime(start.date(), start.time(), Qt::UTC).toSecsSinceEpoch()))
            continue;
        const Interval occurrence{startUtc,
                                  addWallClock(start, wallDuration, zone).toSecsSinceEpoch()};
        if (occurrence.overlaps(range)) {
            out.append(occurrence);
            if (out.size() >= limit)
                break;
        }
    }
    icalrecur_iterator_free(it);
    return out;
}

} // namespace slipway
