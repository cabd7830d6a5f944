// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordTableSection.h"
#include "domain/Assumption.h"

namespace slipway::ui {

// The assumptions log: statement, owner, due date, status, what it depends on and what
// breaks with it; edited in place, each change undoable.
class AssumptionsSection : public RecordTableSection {
    Q_OBJECT
public:
    AssumptionsSection(DefinitionContext& context, QWidget* parent = nullptr);

private:
    int fetch(qint64 releaseId) override;
    void fillRow(int row, Qt::ItemFlags flags) override;
    bool add(const QString& text) override;
    void remove(int row) override;
    void cellEdited(int row, int column, const QString& text) override;
    void statusChosen(int row, int index);
    void save(const Assumption& before, const Assumption& after);

    QList<Assumption> m_assumptions;
};

} // namespace slipway::ui
