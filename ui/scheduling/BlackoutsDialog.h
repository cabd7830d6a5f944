// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchedulingContext.h"
#include "domain/Blackout.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace slipway::ui {

// Every blackout at a glance (severity, recurrence, zone, first occurrence); opens the editor
// for a new or the selected one and removes the selected one as an undoable command.
class BlackoutsDialog : public QDialog {
    Q_OBJECT
public:
    BlackoutsDialog(SchedulingContext context, QWidget* parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void editRequested(qint64 blackoutId);

private:
    void reload();
    void updateButtons();
    const Blackout* current() const;
    void removeSelected();

    SchedulingContext m_context;
    QList<Blackout> m_blackouts;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace slipway::ui
