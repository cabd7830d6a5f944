// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchedulingContext.h"
#include "domain/Environment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace slipway::ui {

// Environments (name, kind, shared or not) and the bookings that hold them besides release
// windows. Each change is an undoable, audited command; booking times are in UTC.
class EnvironmentsDialog : public QDialog {
    Q_OBJECT
public:
    EnvironmentsDialog(SchedulingContext context, QWidget* parent = nullptr);

private:
    void reload();
    void showEnvironment();
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
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_until;
    QLabel* m_bookingError;
    QPushButton* m_addBooking;
    QPushButton* m_removeBooking;
};

} // namespace slipway::ui
