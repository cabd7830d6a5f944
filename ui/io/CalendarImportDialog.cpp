// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarImportDialog.h"

#include "FilePathField.h"
#include "ImportCommand.h"
#include "ImportDialogParts.h"
#include "Theme.h"
#include "services/CalendarImportService.h"
#include "services/Document.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

constexpr int kSkippedShown = 2000;

CalendarImportDialog::CalendarImportDialog(Document& document, UndoCommand::ErrorSink onError,
                                           QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_onError(std::move(onError)) {
    setObjectName(QStringLiteral("calendarImportDialog"));
    setWindowTitle(tr("Import Calendar"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_file = new FilePathField(FilePathField::Purpose::Open,
                               tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"),
                               QStringLiteral("icsFile"), this);
    form->addRow(tr("&File:"), m_file);
    auto* as = new QWidget(this);
    auto* asRow = new QHBoxLayout(as);
    asRow->setContentsMargins(0, 0, 0, 0);
    m_asBlackouts = new QRadioButton(tr("&Blackouts"), as);
    m_asBlackouts->setObjectName(QStringLiteral("icsAsBlackouts"));
    m_asBlackouts->setChecked(true);
    m_asFreezes = new QRadioButton(tr("Incident &freezes"), as);
    m_asFreezes->setObjectName(QStringLiteral("icsAsFreezes"));
    auto* group = new QButtonGroup(as);
    group->addButton(m_asBlackouts);
    group->addButton(m_asFreezes);
    asRow->addWidget(m_asBlackouts);
    asRow->addWidget(m_asFreezes);
    asRow->addStretch(1);
    form->addRow(tr("Events become:"), as);
    m_hard = new QCheckBox(tr("&Hard: a release window over one is an error, not a warning"), this);
    m_hard->setObjectName(QStringLiteral("icsHard"));
    m_hard->setChecked(true);
    form->addRow(QString(), m_hard);
    connect(m_asFreezes, &QRadioButton::toggled, m_hard,
            [this](bool freezes) { m_hard->setEnabled(!freezes); });
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_events =
        makePreviewTable(QStringLiteral("icsPreview"),
                         {tr("Line"), tr("Event"), tr("Starts"), tr("Ends"), tr("Repeats")}, this);
    m_skipped = makePreviewTable(QStringLiteral("icsSkipped"), {tr("Line"), tr("Why")}, this);
    m_tabs->addTab(m_events, tr("To import"));
    m_tabs->addTab(m_skipped, tr("Left out"));
    layout->addWidget(m_tabs, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("icsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("icsConfirm"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_file, &FilePathField::pathChosen, this, &CalendarImportDialog::load);
    resize(Theme::space(100), Theme::space(70));
    showCalendar();
}

void CalendarImportDialog::load(const QString& path) {
    if (m_file->path() != path) {
        m_file->setPath(path); // announces the choice, which comes back here
        return;
    }
    m_path = path;
    m_calendar.reset();
    m_problem.clear();
    if (!path.isEmpty()) {
        // libical keeps process-wide state, so it reads here, on the window's thread; calendar
        // files are capped at 64 MiB and read in well under a second.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto read = IcsReader::read(path);
        QApplication::restoreOverrideCursor();
        if (read)
            m_calendar = std::move(read.value());
        else
            m_problem = read.error().message;
    }
    showCalendar();
}

void CalendarImportDialog::showCalendar() {
    m_events->setRowCount(0);
    m_skipped->setRowCount(0);
    const int events = m_calendar ? int(m_calendar->events.size()) : 0;
    const int skipped = m_calendar ? int(m_calendar->skipped.size()) : 0;
    if (m_calendar) {
        m_events->setRowCount(events);
        for (int r = 0; r < events; ++r) {
            const IcsEvent& e = m_calendar->events[r];
            setPreviewCell(m_events, r, 0, QString::number(e.line));
            setPreviewCell(m_events, r, 1, e.summary.isEmpty() ? tr("(no title)") : e.summary);
            setPreviewCell(m_events, r, 2, localTime(e.startUtc));
            setPreviewCell(m_events, r, 3, localTime(e.endUtc));
            setPreviewCell(m_events, r, 4, e.rrule);
        }
        fitColumns(m_events);
        fillProblemTable(m_skipped, m_calendar->skipped, kSkippedShown);
    }
    m_tabs->setTabText(0, tr("To import (%1)").arg(events));
    m_tabs->setTabText(1, tr("Left out (%1)").arg(skipped));
    QString text;
    if (!m_problem.isEmpty())
        text = m_problem;
    else if (!m_calendar)
        text = tr("Choose a calendar file. Nothing is written until you press Import.");
    else if (events == 0)
        text = tr("This calendar has no event that can be imported.");
    else
        text = tr("%n event(s) will be imported", nullptr, events) +
               (skipped > 0 ? tr("; %n left out (see Left out).", nullptr, skipped)
                            : QStringLiteral("."));
    setSummary(m_summary, text, !m_problem.isEmpty() || (m_calendar && events == 0));
    m_import->setEnabled(events > 0 && !m_document.isReadOnly());
}

void CalendarImportDialog::accept() {
    if (!m_calendar || !m_import->isEnabled())
        return;
    CalendarImportService::Options options;
    options.as = m_asFreezes->isChecked() ? CalendarImportService::As::Freezes
                                          : CalendarImportService::As::Blackouts;
    options.hard = m_hard->isChecked();
    auto outcome = std::make_shared<CalendarImportService::Outcome>();
    Document& document = m_document;
    const IcsCalendar calendar = *m_calendar;
    const QString path = m_path;
    auto run = [&document, calendar, path, options, outcome]() -> Result<void> {
        auto done = document.calendarImport().import(calendar, path, options);
        if (!done)
            return done.error();
        *outcome = done.value();
        return {};
    };
    auto failure = std::make_shared<QString>();
    auto* command = new ImportCommand(m_document, RecordedImport::Kind::Calendar, path, run,
                                      recordingSink(m_onError, failure));
    if (!pushCommand(m_document.undoStack(), command)) {
        m_problem = tr("Nothing was imported: %1").arg(*failure);
        showCalendar();
        return;
    }
    m_outcomeSummary = tr("%1: %2 created, %3 updated, %4 unchanged, %5 left out.")
                           .arg(QFileInfo(path).fileName())
                           .arg(outcome->created)
                           .arg(outcome->updated)
                           .arg(outcome->unchanged)
                           .arg(outcome->skipped.size());
    QDialog::accept();
}

} // namespace slipway::ui
