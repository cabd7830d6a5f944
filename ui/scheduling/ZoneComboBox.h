// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace slipway::ui {

// An editable list of IANA time zones; typing filters by completion.
class ZoneComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ZoneComboBox(QWidget* parent = nullptr);

    QString zone() const { return currentText().trimmed(); }
    void setZone(const QString& zone);
};

} // namespace slipway::ui
