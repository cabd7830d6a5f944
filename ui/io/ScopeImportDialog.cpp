// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeImportDialog.h"

#include "BackgroundTask.h"
#include "ImportDialogParts.h"
#include "Theme.h"
#include "io/CsvReader.h"
#include "services/Document.h"
#include "services/ScopeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>

namespace slipway::ui {
namespace {

// Enough to judge a mapping by; the import itself takes every row.
constexpr int kPreviewRows = 500;
constexpr int kRefusedRowsShown = 2000;

} // namespace

ScopeImportDialog::ScopeImportDialog(Document& document, UndoCommand::ErrorSink onError,
                                     QWidget* parent)
    : ImportDialog(document, std::move(onError), QStringLiteral("import"),
                   tr("CSV files (*.csv *.txt);;All files (*)"), parent) {
    setObjectName(QStringLiteral("scopeImportDialog"));
    setWindowTitle(tr("Import Scope Items"));
    m_source = new QLabel(tr("Choose a CSV export from Jira, Azure DevOps or Slipway, or any CSV "
                             "file with a title column."),
                          this);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setWordWrap(true);
    form()->addRow(tr("Read as:"), m_source);
    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("importRelease"));
    m_release->addItem(tr("The release each row names (its fix version)"), QString());
    if (auto releases = m_document.scope().releases()) {
        for (const ScopeRelease& r : std::as_const(releases.value())) {
            if (!r.version.isEmpty() && m_release->findData(r.version) < 0)
                m_release->addItem(tr("Every item into %1").arg(r.label()), r.version);
        }
    }
    form()->addRow(tr("&Put items into:"), m_release);
    m_skipInvalid = new QCheckBox(tr("&Skip refused rows and import the others"), this);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    form()->addRow(QString(), m_skipInvalid);

    m_mapping = makePreviewTable(QStringLiteral("importMapping"),
                                 {tr("Column"), tr("First value"), tr("Becomes")}, this);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview = makePreviewTable(QStringLiteral("importPreview"),
                                 {tr("Line"), tr("Key"), tr("Title"), tr("Kind"), tr("Priority"),
                                  tr("Status"), tr("Effort"), tr("Release")},
                                 this);
    m_refused = makePreviewTable(QStringLiteral("importRefused"), {tr("Line"), tr("Why")}, this);
    tabs()->addTab(m_mapping, tr("Columns"));
    tabs()->addTab(m_preview, tr("To import"));
    tabs()->addTab(m_refused, tr("Refused"));
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ScopeImportDialog::updateState);
    resize(Theme::space(110), Theme::space(80));
    updateState();
}

ScopeImportDialog::~ScopeImportDialog() = default;

void ScopeImportDialog::read() {
    m_table.reset();
    m_mapped.reset();
    m_plan.reset();
    const QString path = m_path;
    if (path.isEmpty()) {
        fillMapping();
        showPlan();
        return;
    }
    auto read = std::make_shared<std::optional<Result<CsvTable>>>();
    if (!runInBackground(this, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                         [read, path] { read->emplace(CsvReader::read(path)); })) {
        m_problem = tr("Reading was cancelled; nothing was imported.");
        fillMapping();
        showPlan();
        return;
    }
    if (!read->value())
        m_problem = read->value().error().message;
    else
        m_table = std::make_shared<const CsvTable>(std::move(read->value().value()));
    fillMapping();
    recheck();
}

void ScopeImportDialog::fillMapping() {
    const QSignalBlocker blocker(m_mapping);
    m_mapping->setRowCount(0);
    if (!m_table) {
        m_source->setText(m_problem.isEmpty() ? tr("Choose a CSV file to see its columns.")
                                              : tr("Cannot read this file."));
        return;
    }
    const ScopeCsvMapping recognised = ScopeCsvMapping::recognised(*m_table);
    m_source->setText(recognised.source() == ScopeCsvMapping::Source::Custom
                          ? tr("A CSV file: say under Columns which column holds what.")
                          : tr("%1: its columns are recognised; change any under Columns.")
                                .arg(recognised.sourceName()));
    const QList<int> fields = recognised.fieldOfColumns();
    const QStringList names = ScopeCsvMapping::fieldNames();
    m_mapping->setRowCount(m_table->columnCount());
    for (int column = 0; column < m_table->columnCount(); ++column) {
        setPreviewCell(m_mapping, column, 0, m_table->header().value(column));
        setPreviewCell(m_mapping, column, 1,
                       m_table->rowCount() > 0 ? m_table->text(0, column).left(200) : QString());
        auto* choice = new QComboBox(m_mapping);
        choice->setObjectName(QStringLiteral("mapColumn%1").arg(column));
        choice->addItem(tr("(not imported)"), -1);
        for (int f = 0; f < names.size(); ++f)
            choice->addItem(names[f], f);
        choice->setCurrentIndex(choice->findData(fields.value(column, -1)));
        connect(choice, &QComboBox::currentIndexChanged, this, &ScopeImportDialog::recheck);
        m_mapping->setCellWidget(column, 2, choice);
    }
    m_mapping->resizeColumnsToContents();
}

QList<int> ScopeImportDialog::chosenFields() const {
    QList<int> fields;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* choice = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        fields.append(choice ? choice->currentData().toInt() : -1);
    }
    return fields;
}

void ScopeImportDialog::recheck() {
    m_plan.reset();
    m_mapped.reset();
    if (!m_table) {
        showPlan();
        return;
    }
    m_problem.clear();
    auto mapping = ScopeCsvMapping::recognised(*m_table).reassigned(chosenFields(), m_path);
    if (!mapping) {
        m_problem = mapping.error().message;
        showPlan();
        return;
    }
    m_mapped = mapping.value();
    auto plan = std::make_shared<ScopeImportService::Plan>();
    const std::shared_ptr<const CsvTable> table = m_table;
    const ScopeCsvMapping mapped = mapping.value();
    const QString path = m_path;
    if (!runInBackground(this, tr("Checking %n row(s)…", nullptr, int(m_table->rowCount())),
                         [plan, table, mapped, path] {
                             *plan = ScopeImportService::check(*table, mapped, path);
                         })) {
        m_problem = tr("Checking was cancelled; nothing was imported.");
        m_mapped.reset();
        showPlan();
        return;
    }
    m_plan = plan;
    showPlan();
}

void ScopeImportDialog::showPlan() {
    m_preview->setRowCount(0);
    m_refused->setRowCount(0);
    const qsizetype good = m_plan ? qsizetype(m_plan->rows.size()) : 0;
    const qsizetype bad = m_plan ? m_plan->problems.size() : 0;
    if (m_plan) {
        const int shown = int(std::min<qsizetype>(good, kPreviewRows));
        m_preview->setRowCount(shown);
        for (int r = 0; r < shown; ++r) {
            const ScopeCsvRow& row = m_plan->rows[size_t(r)];
            setPreviewCell(m_preview, r, 0, QString::number(row.line));
            setPreviewCell(m_preview, r, 1, row.item.externalKey);
            setPreviewCell(m_preview, r, 2, row.item.title);
            setPreviewCell(m_preview, r, 3, displayName(row.item.kind));
            setPreviewCell(m_preview, r, 4, displayName(row.item.priority));
            setPreviewCell(m_preview, r, 5, displayName(row.item.status));
            setPreviewCell(m_preview, r, 6,
                           row.effortGiven ? QLocale().toString(row.item.effort) : QString());
            setPreviewCell(m_preview, r, 7, row.releaseVersions.join(QStringLiteral(", ")));
        }
        fillProblemTable(m_refused, m_plan->problems, kRefusedRowsShown);
        fitColumns(m_preview);
    }
    tabs()->setTabText(1, tr("To import (%1)").arg(good));
    tabs()->setTabText(2, tr("Refused (%1)").arg(bad));
    if (bad > 0 && good == 0)
        tabs()->setCurrentIndex(2);
    else if (m_plan)
        tabs()->setCurrentIndex(1);
    updateState();
}

void ScopeImportDialog::updateState() {
    QString text;
    bool ready = false;
    if (!m_problem.isEmpty()) {
        text = m_problem;
    } else if (!m_plan) {
        text = tr("Nothing is written until you press Import.");
    } else {
        const auto good = qsizetype(m_plan->rows.size());
        const qsizetype bad = m_plan->problems.size();
        if (good == 0)
            text = tr("None of the %n row(s) can be imported; see Refused.", nullptr,
                      int(m_plan->total));
        else if (bad == 0)
            text = tr("All %n row(s) can be imported.", nullptr, int(good));
        else if (m_skipInvalid->isChecked())
            text = tr("%1 of %2 rows will be imported; the %3 refused rows are skipped.")
                       .arg(good)
                       .arg(m_plan->total)
                       .arg(bad);
        else
            text = tr("%1 of %2 rows are refused (see Refused), so nothing would be imported: fix "
                      "the file or the columns, or skip the refused rows.")
                       .arg(bad)
                       .arg(m_plan->total);
        ready = good > 0 && (bad == 0 || m_skipInvalid->isChecked());
    }
    showState(text, !m_problem.isEmpty() || (m_plan && !ready), ready);
}

void ScopeImportDialog::accept() {
    if (!m_plan || !m_mapped || !canImport())
        return;
    ScopeImportService::Options options;
    options.releaseVersion = m_release->currentData().toString();
    options.skipInvalid = m_skipInvalid->isChecked();
    auto outcome = std::make_shared<ScopeImportService::Outcome>();
    Document& document = m_document;
    const ScopeImportService::Plan plan = *m_plan;
    const ScopeCsvMapping mapping = *m_mapped;
    const QString path = m_path;
    auto run = [&document, plan, mapping, path, options, outcome]() -> Result<void> {
        auto done = document.scopeImport().import(plan, mapping, path, options);
        if (!done)
            return done.error();
        if (done->refused)
            return Error{Error::Kind::Validation, done->problems.value(0)};
        *outcome = done.value();
        return {};
    };
    if (!runImport(RecordedImport::Kind::Scope, run)) {
        updateState();
        return;
    }
    m_outcomeSummary = tr("%1: %2 created, %3 updated, %4 unchanged, %5 skipped; %6 dependencies "
                          "added.")
                           .arg(QFileInfo(path).fileName())
                           .arg(outcome->created)
                           .arg(outcome->updated)
                           .arg(outcome->unchanged)
                           .arg(outcome->problems.size())
                           .arg(outcome->dependencies);
    if (!outcome->notes.isEmpty())
        m_outcomeSummary += u' ' + outcome->notes.join(u' ');
    QDialog::accept();
}

} // namespace slipway::ui
