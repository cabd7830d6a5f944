// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Communication.h"
#include "undo/UndoCommand.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class FilePathField;

// File ▸ Import ▸ Acknowledgements: a CSV of who acknowledged which issued message
// (communication_id, address, acknowledged_at, note). Every row is checked against the
// archive first; a file with any refused row is refused whole, each row named with its
// line and why. One undo step.
class AcknowledgementImportDialog : public QDialog {
    Q_OBJECT
public:
    AcknowledgementImportDialog(Document& document, UndoCommand::ErrorSink onError,
                                QWidget* parent = nullptr);

    void load(const QString& path);
    QString outcomeSummary() const { return m_outcomeSummary; }
    void accept() override;

private:
    void showRows();

    Document& m_document;
    UndoCommand::ErrorSink m_onError;
    FilePathField* m_file = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_rows = nullptr;
    QTableWidget* m_refused = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;

    QString m_path;
    bool m_read = false;
    QList<Acknowledgement> m_acks;
    QStringList m_problems;
    QString m_problem;
    QString m_outcomeSummary;
};

} // namespace slipway::ui
