// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace slipway::ui {

class EntryZoneCombo;
class ZonedDateTimeEdit;

// One environment booking: which environment, for which release (or what else), and when,
// with the times shown and typed in a zone of the user's choice. OK stays off while the
// booking is incomplete; the caller turns the result into an undoable command.
class BookingDialog : public QDialog {
    Q_OBJECT
public:
    struct ReleaseChoice {
        qint64 id = 0;
        QString label;
    };

    BookingDialog(const QList<Environment>& environments, const QList<ReleaseChoice>& releases,
                  QWidget* parent = nullptr);

    void setBooking(const Booking& booking);
    Booking booking() const;

private:
    void validate();

    Booking m_base;
    QComboBox* m_environment;
    QComboBox* m_release;
    QLineEdit* m_label;
    EntryZoneCombo* m_zone;
    ZonedDateTimeEdit* m_from;
    ZonedDateTimeEdit* m_until;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace slipway::ui
