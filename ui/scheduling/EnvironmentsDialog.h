// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchedulingContext.h"
#include "domain/Environment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace slipway::ui {

class EntryZoneCombo;
class ZonedDateTimeEdit;

// Environments (name, kind, shared or not) and the bookings that hold them besides release
// windows. Each change is an undoable, audited command; booking times are shown and typed in
// a zone of the user's choice and stored in UTC.
class EnvironmentsDialog : public QDialog {
    Q_OBJECT
public:
    EnvironmentsDialog(SchedulingContext context, QWidget* parent = nullptr);

Q_SIGNALS:
    // The user wants to change a booking's environment, release or times in full.
    void editBookingRequested(qint64 bookingId);

private:
    void reload();
    void showEnvironment();
    void fillBookings();
    Environment editedEnvironment() const;
    Booking editedBooking() const;
    void validate();
    void saveEnvironment(bool asNew);
    void removeEnvironment();
    void addBooking();
    void removeBooking();
    const Environment* current() const;

    SchedulingContext m_context;
    QList<Environment> m_environments;
    QList<Booking> m_bookings;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QCheckBox* m_shared;
    QLabel* m_environmentError;
    QPushButton* m_addEnvironment;
    QPushButton* m_saveEnvironment;
    QPushButton* m_removeEnvironment;
    QTableWidget* m_bookingTable;
    QLineEdit* m_label;
    EntryZoneCombo* m_zone;
    ZonedDateTimeEdit* m_from;
    ZonedDateTimeEdit* m_until;
    QLabel* m_bookingError;
    QPushButton* m_addBooking;
    QPushButton* m_editBooking;
    QPushButton* m_removeBooking;
};

} // namespace slipway::ui
