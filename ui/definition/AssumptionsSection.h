// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assumption.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace slipway::ui {

struct DefinitionContext;

// The assumptions log: statement, owner, due date, status, what it depends on and what
// breaks with it; edited in place, each change undoable.
class AssumptionsSection : public QWidget {
    Q_OBJECT
public:
    AssumptionsSection(DefinitionContext& context, QWidget* parent = nullptr);

    void load(qint64 releaseId);
    void setEditable(bool editable);

private:
    void itemChanged(QTableWidgetItem* item);
    void statusChosen(int row, int index);
    void save(const Assumption& before, const Assumption& after);
    void updateButtons();

    DefinitionContext& m_context;
    qint64 m_releaseId = 0;
    QList<Assumption> m_assumptions;
    bool m_loading = false;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_new = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace slipway::ui
