// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarImportDialog.h"

#include "ImportDialogParts.h"
#include "Theme.h"
#include "services/CalendarImportService.h"
#include "services/Document.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>

namespace slipway::ui {

constexpr int kSkippedShown = 2000;

CalendarImportDialog::CalendarImportDialog(Document& document, UndoCommand::ErrorSink onError,
                                           QWidget* parent)
    : ImportDialog(document, std::move(onError), QStringLiteral("ics"),
                   tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"), parent) {
    setObjectName(QStringLiteral("calendarImportDialog"));
    setWindowTitle(tr("Import Calendar"));
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
    form()->addRow(tr("Events become:"), as);
    m_hard = new QCheckBox(tr("&Hard: a release window over one is an error, not a warning"), this);
    m_hard->setObjectName(QStringLiteral("icsHard"));
    m_hard->setChecked(true);
    form()->addRow(QString(), m_hard);
    connect(m_asFreezes, &QRadioButton::toggled, m_hard,
            [this](bool freezes) { m_hard->setEnabled(!freezes); });
    m_events =
        makePreviewTable(QStringLiteral("icsPreview"),
                         {tr("Line"), tr("Event"), tr("Starts"), tr("Ends"), tr("Repeats")}, this);
    m_skipped = makePreviewTable(QStringLiteral("icsSkipped"), {tr("Line"), tr("Why")}, this);
    tabs()->addTab(m_events, tr("To import"));
    tabs()->addTab(m_skipped, tr("Left out"));
    resize(Theme::space(100), Theme::space(70));
    showCalendar();
}

CalendarImportDialog::~CalendarImportDialog() = default;

void CalendarImportDialog::read() {
    m_calendar.reset();
    if (!m_path.isEmpty()) {
        // libical keeps process-wide state, so it reads here, on the window's thread; calendar
        // files are capped at 64 MiB and read in well under a second.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto read = IcsReader::read(m_path);
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
    tabs()->setTabText(0, tr("To import (%1)").arg(events));
    tabs()->setTabText(1, tr("Left out (%1)").arg(skipped));
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
    showState(text, !m_problem.isEmpty() || (m_calendar && events == 0), events > 0);
}

void CalendarImportDialog::accept() {
    if (!m_calendar || !canImport())
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
    if (!runImport(RecordedImport::Kind::Calendar, run)) {
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
