// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarToolTip.h"

#include "domain/Person.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace slipway::ui {

QString CalendarToolTip::spanIn(const Interval& when, const QString& zone) {
    const QString fmt = QStringLiteral("ddd d MMM yyyy HH:mm");
    const QTimeZone tz(zone.toUtf8());
    const QDateTime s =
        QDateTime::fromSecsSinceEpoch(when.start, tz.isValid() ? tz : QTimeZone::utc());
    const QDateTime e =
        QDateTime::fromSecsSinceEpoch(when.end, tz.isValid() ? tz : QTimeZone::utc());
    const QString end = s.date() == e.date() ? QLocale().toString(e, QStringLiteral("HH:mm"))
                                             : QLocale().toString(e, fmt);
    return QLocale().toString(s, fmt) + QStringLiteral(" – ") + end + u' ' +
           (zone == u"UTC" ? zone : s.timeZoneAbbreviation());
}

QString CalendarToolTip::forWindow(const CalendarModel& model, const CalendarItem& item) {
    QString text =
        QStringLiteral("<b>%1</b><br>%2 · %3")
            .arg(item.label().toHtmlEscaped(), displayName(item.type), displayName(item.status));
    if (item.bookingId > 0)
        text += QStringLiteral("<br>") + tr("Environment booking");
    // The window in its own zone, then in the zone of each person who would be there for
    // it (those who cover its required roles and are available then), then in UTC.
    text += QStringLiteral("<br>%1: %2")
                .arg(tr("Window (%1)").arg(item.zone).toHtmlEscaped(),
                     spanIn(item.when, item.zone).toHtmlEscaped());
    QStringList zones;
    QHash<QString, QStringList> peopleIn;
    for (const CalendarModel::Participant& p : model.participants(item.releaseId)) {
        if (!zones.contains(p.zone))
            zones << p.zone;
        QStringList roles;
        for (const QString& role : p.roles)
            roles << personRoleName(role);
        peopleIn[p.zone] << QStringLiteral("%1 (%2)").arg(p.name, roles.join(QStringLiteral(", ")));
    }
    for (const QString& zone : std::as_const(zones)) {
        text += QStringLiteral("<br>%1 — %2: %3")
                    .arg(peopleIn.value(zone).join(QStringLiteral(", ")).toHtmlEscaped(),
                         zone.toHtmlEscaped(), spanIn(item.when, zone).toHtmlEscaped());
    }
    if (item.zone != u"UTC")
        text += QStringLiteral("<br>UTC: %1")
                    .arg(spanIn(item.when, QStringLiteral("UTC")).toHtmlEscaped());
    if (model.validationFailing(item.releaseId))
        text += QStringLiteral("<br><br><b>%1</b> %2")
                    .arg(tr("Validation failing:"),
                         model.validationFailure(item.releaseId).toHtmlEscaped());
    const QList<Conflict> conflicts = model.conflictsOf(item.releaseId);
    if (!conflicts.isEmpty()) {
        text += QStringLiteral("<br><br><b>") +
                tr("%n conflict(s)", nullptr, int(conflicts.size())) + QStringLiteral("</b>");
        for (int i = 0; i < std::min<qsizetype>(6, conflicts.size()); ++i)
            text += QStringLiteral("<br>• ") + conflicts[i].message().toHtmlEscaped();
    }
    return text;
}

QString CalendarToolTip::forBand(const CalendarModel::Band& band, const QStringList& zones) {
    const QString kind = band.kind == CalendarModel::Band::Kind::Hard   ? tr("Hard blackout")
                         : band.kind == CalendarModel::Band::Kind::Soft ? tr("Soft blackout")
                                                                        : tr("Incident freeze");
    QString text = QStringLiteral("<b>%1</b> — %2").arg(band.name.toHtmlEscaped(), kind);
    for (const QString& zone : zones)
        text += QStringLiteral("<br>") + spanIn(band.when, zone).toHtmlEscaped();
    return text;
}

QString CalendarToolTip::forSummary(const CalendarOverflowMenu::Content& content) {
    if (!content.model || content.items.isEmpty())
        return {};
    const CalendarModel& model = *content.model;
    const int n = int(content.items.size());
    const QTimeZone tz(content.zone.toUtf8());
    const auto day = [&](qint64 utc) {
        return QLocale().toString(
            QDateTime::fromSecsSinceEpoch(utc, tz.isValid() ? tz : QTimeZone::utc()).date(),
            QLocale::LongFormat);
    };
    const QString span =
        content.when.length() <= 86400
            ? day(content.when.start)
            : tr("%1 to %2").arg(day(content.when.start), day(content.when.end - 1));
    QString text = QStringLiteral("<b>%1</b><br>%2")
                       .arg(content.fromStrip ? tr("%n release(s)", nullptr, n)
                                              : tr("%n more release(s), not drawn", nullptr, n),
                            tr("%1, %2").arg(content.rowName, span).toHtmlEscaped());
    // The worst conflicts first; a busy day is summarised from its first releases only, so
    // hovering stays instant.
    QList<Conflict> conflicts;
    int withConflicts = 0;
    for (int i = 0; i < std::min(n, 80); ++i) {
        const CalendarItem& item = model.items()[content.items[i]];
        if (item.conflicts <= 0 || item.bookingId > 0)
            continue;
        ++withConflicts;
        conflicts << model.conflictsOf(item.releaseId);
    }
    std::stable_sort(conflicts.begin(), conflicts.end(), [](const Conflict& a, const Conflict& b) {
        return a.severity == Conflict::Severity::Error && b.severity != Conflict::Severity::Error;
    });
    if (withConflicts > 0) {
        text += QStringLiteral("<br><br><b>") + tr("%n with conflicts", nullptr, withConflicts) +
                QStringLiteral("</b>");
        for (int i = 0; i < std::min<qsizetype>(5, conflicts.size()); ++i)
            text += QStringLiteral("<br>• ") + conflicts[i].message().toHtmlEscaped();
    }
    text += QStringLiteral("<br><br>") +
            (content.fromStrip ? tr("Click to list them.")
                               : tr("Click to list them or to show all lanes of the row."));
    return text;
}

} // namespace slipway::ui
