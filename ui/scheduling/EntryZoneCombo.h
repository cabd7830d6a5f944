// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ZoneComboBox.h"

#include <QTimeZone>

namespace slipway::ui {

class ZonedDateTimeEdit;

// The zone in which a dialog shows and takes times (they are stored in UTC). Starts on the
// zone last chosen in any dialog, or this machine's zone, and remembers each new choice.
class EntryZoneCombo : public ZoneComboBox {
    Q_OBJECT
public:
    explicit EntryZoneCombo(QWidget* parent = nullptr);

    QTimeZone timeZone() const { return m_zone; }
    // The edits that follow this zone: they keep their instant and show it in the new zone.
    void drive(std::initializer_list<ZonedDateTimeEdit*> edits);
    // The last zone chosen, or this machine's.
    static QString remembered();
    // Keeps `zone` as the last choice (when it is a zone).
    static void remember(const QString& zone);

Q_SIGNALS:
    void timeZoneChanged(const QTimeZone& zone);

private:
    void take(const QString& text);

    QTimeZone m_zone;
};

} // namespace slipway::ui
