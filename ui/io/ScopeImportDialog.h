// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ScopeCsvMapping.h"
#include "services/ScopeImportService.h"
#include "undo/UndoCommand.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace slipway {
class CsvTable;
class Document;
} // namespace slipway

namespace slipway::ui {

class FilePathField;

// File ▸ Import ▸ Scope Items: a CSV export from Jira or Azure DevOps, Slipway's own, or any
// CSV whose columns are mapped here. Shows the rows as they will be imported and every row
// that would be refused with its line and why, before anything is written. Importing is all
// or nothing (or, when chosen, every valid row), and one undo step.
class ScopeImportDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeImportDialog)
public:
    ScopeImportDialog(Document& document, UndoCommand::ErrorSink onError,
                      QWidget* parent = nullptr);
    ~ScopeImportDialog() override;

    // Reads `path` as if chosen with Browse….
    void load(const QString& path);
    // After an accepted import: what it did, in a sentence.
    QString outcomeSummary() const { return m_outcomeSummary; }

    void accept() override;

private:
    void fillMapping();
    void recheck();
    void showPlan();
    void updateState();
    QList<int> chosenFields() const;

    Document& m_document;
    UndoCommand::ErrorSink m_onError;
    FilePathField* m_file = nullptr;
    QLabel* m_source = nullptr;
    QTableWidget* m_mapping = nullptr;
    QComboBox* m_release = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_refused = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;

    QString m_path;
    std::shared_ptr<const CsvTable> m_table;
    std::optional<ScopeCsvMapping> m_mapped; // the mapping the plan was checked with
    std::shared_ptr<ScopeImportService::Plan> m_plan;
    QString m_problem; // why nothing can be imported yet
    QString m_outcomeSummary;
};

} // namespace slipway::ui
