// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchedulingContext.h"
#include "domain/Person.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimeEdit;

namespace slipway::ui {

class EntryZoneCombo;
class ZoneComboBox;
class ZonedDateTimeEdit;

// People as the schedule sees them: zone, working hours and days, roles, and their leave
// and on-call duty. Each change is an undoable, audited command.
class PeopleDialog : public QDialog {
    Q_OBJECT
public:
    PeopleDialog(SchedulingContext context, QWidget* parent = nullptr);

private:
    void reload();
    void showPerson();
    void fillAvailability();
    Person editedPerson() const;
    void validate();
    void savePerson();
    void newPerson();
    void addAvailability();
    void removeAvailability();
    const Person* current() const;

    SchedulingContext m_context;
    QList<Person> m_people;
    QList<Availability> m_availability;
    QListWidget* m_list;
    QGroupBox* m_personGroup = nullptr;
    QLineEdit* m_name;
    QPushButton* m_new;
    bool m_creating = false; // the form holds someone not saved yet
    ZoneComboBox* m_zone;
    QTimeEdit* m_workStart;
    QTimeEdit* m_workEnd;
    QLabel* m_hoursError;
    QList<QCheckBox*> m_days;
    QList<QCheckBox*> m_roles;
    QPushButton* m_save;
    QTableWidget* m_availabilityTable;
    QComboBox* m_kind;
    EntryZoneCombo* m_entryZone;
    ZonedDateTimeEdit* m_from;
    ZonedDateTimeEdit* m_until;
    QLineEdit* m_note;
    QLabel* m_availabilityError;
    QPushButton* m_addAvailability;
    QPushButton* m_removeAvailability;
};

} // namespace slipway::ui
