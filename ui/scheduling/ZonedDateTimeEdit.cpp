// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZonedDateTimeEdit.h"

#include "domain/ZonedTime.h"

namespace slipway::ui {

ZonedDateTimeEdit::ZonedDateTimeEdit(QWidget* parent)
    : QDateTimeEdit(parent) {
    // The edit holds the zone's wall clock as a UTC-spec value, so Qt never shifts it by
    // the machine's own zone; the conversion is ZonedTime's.
    setTimeSpec(Qt::UTC);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    setCalendarPopup(true);
}

qint64 ZonedDateTimeEdit::utc() const {
    const QDateTime wall = dateTime();
    return ZonedTime::toUtc(wall.date(), wall.time(), m_zone);
}

void ZonedDateTimeEdit::setUtc(qint64 utcSecs) {
    setDateTime(ZonedTime::wallClock(utcSecs, m_zone));
}

void ZonedDateTimeEdit::setTimeZone(const QTimeZone& zone) {
    const qint64 instant = utc();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    setUtc(instant);
}

} // namespace slipway::ui
