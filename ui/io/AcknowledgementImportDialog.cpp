// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcknowledgementImportDialog.h"

#include "ImportDialogParts.h"
#include "Theme.h"
#include "io/AcknowledgementCsv.h"
#include "services/CommunicationService.h"
#include "services/Document.h"

#include <QApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>

namespace slipway::ui {

constexpr int kRowsShown = 2000;

AcknowledgementImportDialog::AcknowledgementImportDialog(Document& document,
                                                         UndoCommand::ErrorSink onError,
                                                         QWidget* parent)
    : ImportDialog(document, std::move(onError), QStringLiteral("acks"),
                   tr("CSV files (*.csv);;All files (*)"), parent) {
    setObjectName(QStringLiteral("acknowledgementImportDialog"));
    setWindowTitle(tr("Import Acknowledgements"));
    auto* columns = new QLabel(tr("Columns: communication_id, address, acknowledged_at (ISO 8601, "
                                  "UTC unless it says otherwise) and an optional note."),
                               this);
    columns->setWordWrap(true);
    form()->addRow(QString(), columns);
    m_rows = makePreviewTable(QStringLiteral("acksPreview"),
                              {tr("Message"), tr("Address"), tr("Acknowledged"), tr("Note")}, this);
    m_refused = makePreviewTable(QStringLiteral("acksRefused"), {tr("Line"), tr("Why")}, this);
    tabs()->addTab(m_rows, tr("To import"));
    tabs()->addTab(m_refused, tr("Refused"));
    resize(Theme::space(90), Theme::space(60));
    showRows();
}

AcknowledgementImportDialog::~AcknowledgementImportDialog() = default;

void AcknowledgementImportDialog::read() {
    m_read = false;
    m_acks.clear();
    m_problems.clear();
    if (!m_path.isEmpty()) {
        // Rows are checked against the archive, through the window's own connection.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto parsed = AcknowledgementCsv::read(m_document.database(), m_path);
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
    tabs()->setTabText(0, tr("To import (%1)").arg(m_acks.size()));
    tabs()->setTabText(1, tr("Refused (%1)").arg(m_problems.size()));
    if (!m_problems.isEmpty())
        tabs()->setCurrentIndex(1);
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
    showState(text, !m_problem.isEmpty() || (m_read && !ready), ready);
}

void AcknowledgementImportDialog::accept() {
    if (!canImport())
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
    if (!runImport(RecordedImport::Kind::Acknowledgements, run)) {
        showRows();
        return;
    }
    m_outcomeSummary =
        tr("%1: %2 acknowledgement(s) imported.").arg(QFileInfo(m_path).fileName()).arg(*written);
    QDialog::accept();
}

} // namespace slipway::ui
