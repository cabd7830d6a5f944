// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleValidation.h"

#include "Recurrence.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScheduleValidation)
};

void requireName(QList<FieldProblem>& out, const QString& name) {
    if (name.trimmed().isEmpty())
        out.append({QStringLiteral("name"), Text::tr("Give it a name.")});
}

void requirePeriod(QList<FieldProblem>& out, qint64 start, qint64 end) {
    if (end <= start)
        out.append({QStringLiteral("end"), Text::tr("The end must be after the start.")});
}

} // namespace

QString ScheduleValidation::zoneProblem(const QString& zone) {
    if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid())
        return Text::tr("“%1” is not a known time zone; use an IANA name such as Europe/Berlin.")
            .arg(zone);
    return {};
}

QList<FieldProblem> ScheduleValidation::check(const Blackout& b) {
    QList<FieldProblem> out;
    requireName(out, b.name);
    requirePeriod(out, b.startUtc, b.endUtc);
    if (const QString problem = zoneProblem(b.zone); !problem.isEmpty())
        out.append({QStringLiteral("zone"), problem});
    if (!b.rrule.trimmed().isEmpty()) {
        if (auto valid = Recurrence::validate(b.rrule); !valid)
            out.append({QStringLiteral("rrule"), valid.error().message});
    } else if (!b.exdates.isEmpty()) {
        out.append({QStringLiteral("exdates"),
                    Text::tr("Only a recurring blackout can leave dates out.")});
    }
    if (!b.allServices && b.serviceIds.isEmpty())
        out.append({QStringLiteral("services"),
                    Text::tr("Choose at least one service, or all services.")});
    return out;
}

QList<FieldProblem> ScheduleValidation::check(const FreezePeriod& f) {
    QList<FieldProblem> out;
    requireName(out, f.name);
    requirePeriod(out, f.startUtc, f.endUtc);
    return out;
}

QList<FieldProblem> ScheduleValidation::check(const Environment& e) {
    QList<FieldProblem> out;
    requireName(out, e.name);
    static const QStringList kinds{QStringLiteral("dev"), QStringLiteral("test"),
                                   QStringLiteral("staging"), QStringLiteral("prod")};
    if (!kinds.contains(e.kind))
        out.append(
            {QStringLiteral("kind"), Text::tr("The kind must be dev, test, staging or prod.")});
    return out;
}

QList<FieldProblem> ScheduleValidation::check(const Booking& b) {
    QList<FieldProblem> out;
    if (b.environmentId <= 0)
        out.append({QStringLiteral("environment"), Text::tr("Choose the environment to book.")});
    if (b.label.trimmed().isEmpty() && b.releaseId <= 0)
        out.append(
            {QStringLiteral("label"), Text::tr("Say what the booking is for, or name a release.")});
    requirePeriod(out, b.startUtc, b.endUtc);
    return out;
}

QList<FieldProblem> ScheduleValidation::check(const Person& p) {
    QList<FieldProblem> out;
    requireName(out, p.name);
    if (const QString problem = zoneProblem(p.zone); !problem.isEmpty())
        out.append({QStringLiteral("zone"), problem});
    if (p.workStartMin < 0 || p.workStartMin >= 24 * 60 || p.workEndMin <= 0 ||
        p.workEndMin > 24 * 60)
        out.append(
            {QStringLiteral("workHours"), Text::tr("Working hours must lie within one day.")});
    else if (p.workEndMin <= p.workStartMin)
        out.append(
            {QStringLiteral("workHours"), Text::tr("Working hours must end after they start.")});
    else if (p.workEndMin - p.workStartMin < 60)
        out.append(
            {QStringLiteral("workHours"), Text::tr("Working hours must last at least an hour.")});
    if (p.workDays < 0 || p.workDays > 0x7f)
        out.append({QStringLiteral("workDays"), Text::tr("Working days are Monday to Sunday.")});
    const QStringList known = personRoleKeys();
    for (const QString& role : p.roles) {
        if (!known.contains(role))
            out.append({QStringLiteral("roles"), Text::tr("“%1” is not a role.").arg(role)});
    }
    return out;
}

QList<FieldProblem> ScheduleValidation::check(const Availability& a) {
    QList<FieldProblem> out;
    if (a.personId <= 0)
        out.append({QStringLiteral("person"), Text::tr("Choose whose availability this is.")});
    requirePeriod(out, a.startUtc, a.endUtc);
    return out;
}

QList<FieldProblem> ScheduleValidation::check(const ReleaseLinks& l) {
    QList<FieldProblem> out;
    const QStringList known = requiredRoleKeys();
    for (const QString& role : l.roles) {
        if (!known.contains(role))
            out.append(
                {QStringLiteral("roles"), Text::tr("A release cannot require “%1”.").arg(role)});
    }
    return out;
}

} // namespace slipway
