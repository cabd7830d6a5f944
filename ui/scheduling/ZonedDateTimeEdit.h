// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTimeEdit>
#include <QTimeZone>

namespace slipway::ui {

// A date and time typed as clocks show it in a chosen zone, read and set as UTC seconds.
// Changing the zone keeps the instant and shows it as that zone's clocks do.
class ZonedDateTimeEdit : public QDateTimeEdit {
    Q_OBJECT
public:
    explicit ZonedDateTimeEdit(QWidget* parent = nullptr);

    QTimeZone timeZone() const { return m_zone; }
    qint64 utc() const;
    void setUtc(qint64 utcSecs);

public Q_SLOTS:
    void setTimeZone(const QTimeZone& zone);

private:
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace slipway::ui
