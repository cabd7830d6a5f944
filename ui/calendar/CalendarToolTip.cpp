// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarToolTip.h"

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
    // The window's own zone first, then where the people who cover its roles are, then UTC.
    QStringList zones = model.participantZones(item.releaseId);
    if (zones.isEmpty())
        zones << item.zone;
    if (!zones.contains(QStringLiteral("UTC")))
        zones << QStringLiteral("UTC");
    for (const QString& zone : std::as_const(zones))
        text += QStringLiteral("<br>%1: %2")
                    .arg(zone.toHtmlEscaped(), spanIn(item.when, zone).toHtmlEscaped());
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

} // namespace slipway::ui
