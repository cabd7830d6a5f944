// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchedulingContext.h"
#include "domain/Freeze.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace slipway::ui {

class EntryZoneCombo;
class ZonedDateTimeEdit;

// Lists incident freezes and adds, changes or removes them; each change is an undoable,
// audited command. Times are shown and entered in a zone of the user's choice (UTC, as incident
// tools report them, or any other) and stored in UTC.
class FreezeDialog : public QDialog {
    Q_OBJECT
public:
    FreezeDialog(SchedulingContext context, QWidget* parent = nullptr);

private:
    void reload();
    void showSelected();
    FreezePeriod edited() const;
    void save(bool asNew);
    void removeSelected();
    void validate();
    void fillTable();

    SchedulingContext m_context;
    QList<FreezePeriod> m_freezes;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_incident;
    QLineEdit* m_reason;
    EntryZoneCombo* m_zone;
    ZonedDateTimeEdit* m_start;
    ZonedDateTimeEdit* m_end;
    QLabel* m_error;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_remove;
};

} // namespace slipway::ui
