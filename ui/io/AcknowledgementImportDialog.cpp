// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcknowledgementImportDialog.h"

#include "FilePathField.h"
#include "ImportCommand.h"
#include "ImportDialogParts.h"
#include "Theme.h"
#include "io/AcknowledgementCsv.h"
#include "services/CommunicationService.h"
#include "services/Document.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

constexpr int kRowsShown = 2000;

AcknowledgementImportDialog::AcknowledgementImportDialog(Document& document,
                                                         UndoCommand::ErrorSink onError,
                                                         QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_onError(std::move(onError)) {
    setObjectName(QStringLiteral("acknowledgementImportDialog"));
    setWindowTitle(tr("Import Acknowledgements"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_file = new FilePathField(FilePathField::Purpose::Open, tr("CSV files (*.csv);;All files (*)"),
                               QStringLiteral("acksFile"), this);
    form->addRow(tr("&File:"), m_file);
    auto* columns = new QLabel(tr("Columns: communication_id, address, acknowledged_at (ISO 8601, "
                                  "UTC unless it says otherwise) and an optional note."),
                               this);
    columns->setWordWrap(true);
    form->addRow(QString(), columns);
    layout->addLayout(form);
    m_tabs = new QTabWidget(this);
    m_rows = makePreviewTable(QStringLiteral("acksPreview"),
                              {tr("Message"), tr("Address"), tr("Acknowledged"), tr("Note")}, this);
    m_refused = makePreviewTable(QStringLiteral("acksRefused"), {tr("Line"), tr("Why")}, this);
    m_tabs->addTab(m_rows, tr("To import"));
    m_tabs->addTab(m_refused, tr("Refused"));
    layout->addWidget(m_tabs, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("acksSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("acksConfirm"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AcknowledgementImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_file, &FilePathField::pathChosen, this, &AcknowledgementImportDialog::load);
    resize(Theme::space(90), Theme::space(60));
    showRows();
}

void AcknowledgementImportDialog::load(const QString& path) {
    if (m_file->path() != path) {
        m_file->setPath(path); // announces the choice, which comes back here
        return;
    }
    m_path = path;
    m_read = false;
    m_acks.clear();
    m_problems.clear();
    m_problem.clear();
    if (!path.isEmpty()) {
        // Rows are checked against the archive, through the window's own connection.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto parsed = AcknowledgementCsv::read(m_document.database(), path);
        QApplication::restoreOverrideCursor();
        if (parsed) {
            m_read = true;
            m_acks = parsed->rows;
            m_problems = parsed->problems;
        } else {
            m_problem = parsed.error().message;
        }
    }
    showRows();
}

void AcknowledgementImportDialog::showRows() {
    const int shown = int(std::min<qsizetype>(m_acks.size(), kRowsShown));
    m_rows->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const Acknowledgement& ack = m_acks[r];
        setPreviewCell(m_rows, r, 0, QString::number(ack.communicationId));
        setPreviewCell(m_rows, r, 1, ack.address);
        setPreviewCell(m_rows, r, 2, localTime(ack.acknowledgedAt));
        setPreviewCell(m_rows, r, 3, ack.note);
    }
    fitColumns(m_rows);
    fillProblemTable(m_refused, m_problems, kRowsShown);
    m_tabs->setTabText(0, tr("To import (%1)").arg(m_acks.size()));
    m_tabs->setTabText(1, tr("Refused (%1)").arg(m_problems.size()));
    if (!m_problems.isEmpty())
        m_tabs->setCurrentIndex(1);
    QString text;
    if (!m_problem.isEmpty())
        text = m_problem;
    else if (!m_read)
        text = tr("Choose a CSV file. Nothing is written until you press Import.");
    else if (!m_problems.isEmpty())
        text = tr("%1 of %2 rows are refused (see Refused), so nothing can be imported; fix the "
                  "file and choose it again.")
                   .arg(m_problems.size())
                   .arg(m_problems.size() + m_acks.size());
    else if (m_acks.isEmpty())
        text = tr("This file has no acknowledgements.");
    else
        text = tr("%n acknowledgement(s) will be imported.", nullptr, int(m_acks.size()));
    const bool ready = m_read && m_problems.isEmpty() && !m_acks.isEmpty();
    setSummary(m_summary, text, !m_problem.isEmpty() || (m_read && !ready));
    m_import->setEnabled(ready && !m_document.isReadOnly());
}

void AcknowledgementImportDialog::accept() {
    if (!m_import->isEnabled())
        return;
    auto written = std::make_shared<qint64>(0);
    Document& document = m_document;
    const QList<Acknowledgement> acks = m_acks;
    auto run = [&document, acks, written]() -> Result<void> {
        auto done = document.communications().importAcknowledgements(acks);
        if (!done)
            return done.error();
        *written = done.value();
        return {};
    };
    auto failure = std::make_shared<QString>();
    auto* command = new ImportCommand(m_document, RecordedImport::Kind::Acknowledgements, m_path,
                                      run, recordingSink(m_onError, failure));
    if (!pushCommand(m_document.undoStack(), command)) {
        m_problem = tr("Nothing was imported: %1").arg(*failure);
        showRows();
        return;
    }
    m_outcomeSummary =
        tr("%1: %2 acknowledgement(s) imported.").arg(QFileInfo(m_path).fileName()).arg(*written);
    QDialog::accept();
}

} // namespace slipway::ui
