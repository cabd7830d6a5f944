// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportCommand.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace slipway::ui {

class FilePathField;

// What File ▸ Import's dialogs share: the file to read (typed or chosen), a form for the
// kind's own choices, tabs that preview what would be imported and what would not, a
// summary line, and Import, which runs the import as one undo step. Nothing is written
// before Import.
class ImportDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    ~ImportDialog() override;

    // Reads `path` as if chosen with Browse….
    void load(const QString& path);
    // After an accepted import: what it did, in a sentence.
    QString outcomeSummary() const { return m_outcomeSummary; }

protected:
    // `prefix` names the parts for tests and style sheets: prefix + "File", "Summary",
    // "Confirm", "Tabs".
    ImportDialog(Document& document, UndoCommand::ErrorSink onError, const QString& prefix,
                 const QString& fileFilter, QWidget* parent);

    QFormLayout* form() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    // Reads the file load() settled on (m_path; empty: none), then shows what it found.
    virtual void read() = 0;
    // Runs `run` as one undoable import; false, with the reason in m_problem, when it failed.
    bool runImport(RecordedImport::Kind kind, ImportCommand::Run run);
    // The line under the preview (red when `problem`) and whether Import may be pressed.
    void showState(const QString& text, bool problem, bool ready);
    // Whether Import may be pressed now.
    bool canImport() const;

    Document& m_document;
    QString m_path;
    QString m_problem; // why nothing can be imported yet
    QString m_outcomeSummary;

private:
    UndoCommand::ErrorSink m_onError;
    FilePathField* m_file = nullptr;
    QFormLayout* m_form = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace slipway::ui
