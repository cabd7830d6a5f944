// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "FilePathField.h"
#include "ImportDialogParts.h"
#include "Theme.h"
#include "io/CabCsvExporter.h"
#include "io/CommunicationCsvExporter.h"
#include "io/DefinitionCsvExporter.h"
#include "io/IcsExporter.h"
#include "io/ReleaseCsvExporter.h"
#include "io/ScopeCsvExporter.h"
#include "io/TradeoffCsvExporter.h"
#include "services/CabMeetingService.h"
#include "services/Document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

bool isCab(const QString& key) {
    return key == u"cab-agenda" || key == u"decisions";
}

} // namespace

ExportDialog::ExportDialog(Document& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_what = new QComboBox(this);
    m_what->setObjectName(QStringLiteral("exportWhat"));
    const std::pair<const char*, QString> choices[] = {
        {"releases", tr("Releases (CSV)")},
        {"scope", tr("Scope items (CSV)")},
        {"assumptions", tr("Assumptions (CSV)")},
        {"metrics", tr("Success metrics (CSV)")},
        {"tradeoffs", tr("Scope trade-offs (CSV)")},
        {"communications", tr("Issued communications (CSV)")},
        {"acknowledgements", tr("Recipients and acknowledgements (CSV)")},
        {"cab-agenda", tr("A CAB meeting's agenda (CSV)")},
        {"decisions", tr("A CAB meeting's decisions (CSV)")},
        {"ics", tr("Calendar: windows, blackouts and freezes (iCalendar)")},
    };
    for (const auto& [key, label] : choices)
        m_what->addItem(label, QString::fromLatin1(key));
    form->addRow(tr("&Export:"), m_what);

    m_meeting = new QComboBox(this);
    m_meeting->setObjectName(QStringLiteral("exportMeeting"));
    if (auto meetings = m_document.cabMeetings().all()) {
        // The next meeting (or the one under way) is chosen first, as on the CAB screen.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        int next = -1;
        for (const CabMeeting& m : std::as_const(meetings.value())) {
            if (next < 0 && m.endUtc >= now)
                next = m_meeting->count();
            m_meeting->addItem(tr("%1 — %2").arg(localTime(m.startUtc), m.title.left(80)), m.id);
        }
        m_meeting->setCurrentIndex(next >= 0 ? next : m_meeting->count() - 1);
    }
    form->addRow(tr("&Meeting:"), m_meeting);

    auto* range = new QWidget(this);
    auto* rangeRow = new QHBoxLayout(range);
    rangeRow->setContentsMargins(0, 0, 0, 0);
    m_range = new QCheckBox(tr("Only &between"), range);
    m_range->setObjectName(QStringLiteral("exportRange"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), range);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today.addMonths(6), range);
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setCalendarPopup(true);
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("and"), range));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    form->addRow(tr("Dates:"), range);

    m_file = new FilePathField(FilePathField::Purpose::Save, QString(),
                               QStringLiteral("exportFile"), this);
    form->addRow(tr("&To file:"), m_file);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportConfirm"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_what, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_range, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_file->edit(), &QLineEdit::textChanged, this, &ExportDialog::updateState);
    setMinimumWidth(Theme::space(80));
    updateState();
}

bool ExportDialog::choose(const QString& key) {
    const int index = m_what->findData(key);
    if (index < 0)
        return false;
    m_what->setCurrentIndex(index);
    return true;
}

void ExportDialog::updateState() {
    const QString key = m_what->currentData().toString();
    const bool ics = key == u"ics";
    m_file->setDefaultSuffix(ics ? QStringLiteral("ics") : QStringLiteral("csv"));
    m_meeting->setEnabled(isCab(key));
    m_range->setEnabled(ics);
    m_from->setEnabled(ics && m_range->isChecked());
    m_to->setEnabled(ics && m_range->isChecked());
    QString problem;
    if (isCab(key) && m_meeting->count() == 0)
        problem = tr("There is no CAB meeting yet: plan one on the CAB screen first.");
    else if (ics && m_range->isChecked() && m_to->date() < m_from->date())
        problem = tr("The second date must not come before the first.");
    if (!problem.isEmpty())
        setSummary(m_summary, problem, true);
    else if (m_file->path().isEmpty())
        setSummary(m_summary, tr("Choose where to write the file."), false);
    else
        setSummary(m_summary,
                   tr("Writes %1; a file already there is replaced only once the new one is "
                      "complete.")
                       .arg(QDir::toNativeSeparators(m_file->path())),
                   false);
    m_export->setEnabled(problem.isEmpty() && !m_file->path().isEmpty());
}

void ExportDialog::accept() {
    updateState();
    if (!m_export->isEnabled())
        return;
    const QString key = m_what->currentData().toString();
    const QString path = m_file->path();
    const QString shown = QDir::toNativeSeparators(path);
    if (const QFileInfo target(path), open(m_document.path());
        target.exists() && target.canonicalFilePath() == open.canonicalFilePath())
        return setSummary(
            m_summary, tr("%1 is the Slipway file that is open; choose another name.").arg(shown),
            true);
    Database& db = m_document.database();
    Result<qint64> rows = qint64(0);
    QString done;
    if (key == u"ics") {
        std::optional<Interval> range;
        if (m_range->isChecked())
            range =
                Interval{m_from->date().startOfDay(QTimeZone::utc()).toSecsSinceEpoch(),
                         m_to->date().addDays(1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch()};
        auto counts = IcsExporter::exportTo(db, path, range);
        if (!counts)
            return setSummary(m_summary, counts.error().message, true);
        m_outcomeSummary =
            tr("Wrote %1 release window(s), %2 blackout(s) and %3 incident freeze(s) to %4.")
                .arg(counts->windows)
                .arg(counts->blackouts)
                .arg(counts->freezes)
                .arg(shown);
        return QDialog::accept();
    }
    if (isCab(key)) {
        const bool agenda = key == u"cab-agenda";
        rows = CabCsvExporter::exportTo(
            db, agenda ? CabCsvExporter::Table::Agenda : CabCsvExporter::Table::Decisions,
            m_meeting->currentData().toLongLong(), path);
        done = agenda ? tr("Wrote %n agenda item(s) to %1.", nullptr, int(rows ? rows.value() : 0))
                      : tr("Wrote %n decision(s) to %1.", nullptr, int(rows ? rows.value() : 0));
    } else if (key == u"communications") {
        rows = CommunicationCsvExporter::exportCommunications(db, path);
        done = tr("Wrote %n issued message(s) to %1.", nullptr, int(rows ? rows.value() : 0));
    } else if (key == u"acknowledgements") {
        rows = CommunicationCsvExporter::exportAcknowledgements(db, path);
        done = tr("Wrote %n recipient row(s) with acknowledgements to %1.", nullptr,
                  int(rows ? rows.value() : 0));
    } else if (key == u"assumptions") {
        rows = DefinitionCsvExporter::exportAssumptions(db, path);
        done = tr("Wrote %n assumption(s) to %1.", nullptr, int(rows ? rows.value() : 0));
    } else if (key == u"metrics") {
        rows = DefinitionCsvExporter::exportMetrics(db, path);
        done = tr("Wrote %n success metric(s) to %1.", nullptr, int(rows ? rows.value() : 0));
    } else if (key == u"tradeoffs") {
        rows = TradeoffCsvExporter::exportTo(db, path);
        done = tr("Wrote %n trade-off(s) to %1.", nullptr, int(rows ? rows.value() : 0));
    } else if (key == u"scope") {
        rows = ScopeCsvExporter::exportTo(db, path);
        done = tr("Wrote %n scope item(s) to %1.", nullptr, int(rows ? rows.value() : 0));
    } else {
        rows = ReleaseCsvExporter::exportTo(db, path);
        done = tr("Wrote %n release(s) to %1.", nullptr, int(rows ? rows.value() : 0));
    }
    if (!rows)
        return setSummary(m_summary, rows.error().message, true);
    m_outcomeSummary = done.arg(shown);
    QDialog::accept();
}

} // namespace slipway::ui
