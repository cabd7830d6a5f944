// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportDialog.h"
#include "io/ScopeCsvMapping.h"
#include "services/ScopeImportService.h"

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace slipway {
class CsvTable;
}

namespace slipway::ui {

// File ▸ Import ▸ Scope Items: a CSV export from Jira or Azure DevOps, Slipway's own, or any
// CSV whose columns are mapped here. Shows the rows as they will be imported and every row
// that would be refused with its line and why, before anything is written. Importing is all
// or nothing (or, when chosen, every valid row), and one undo step.
class ScopeImportDialog : public ImportDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeImportDialog)
public:
    ScopeImportDialog(Document& document, UndoCommand::ErrorSink onError,
                      QWidget* parent = nullptr);
    ~ScopeImportDialog() override;

    void accept() override;

private:
    void read() override;
    void fillMapping();
    void recheck();
    void showPlan();
    void updateState();
    QList<int> chosenFields() const;

    QLabel* m_source = nullptr;
    QTableWidget* m_mapping = nullptr;
    QComboBox* m_release = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_refused = nullptr;

    std::shared_ptr<const CsvTable> m_table;
    std::optional<ScopeCsvMapping> m_mapped; // the mapping the plan was checked with
    std::shared_ptr<ScopeImportService::Plan> m_plan;
};

} // namespace slipway::ui
