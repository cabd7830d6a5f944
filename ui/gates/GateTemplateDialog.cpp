// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateTemplateDialog.h"

#include "GateTemplateCommands.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "Theme.h"
#include "domain/Person.h"
#include "services/Document.h"
#include "services/GateService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {
namespace {

enum Column { Name, Kind, Threshold, Severity, Metric, Comparator, Unit, Role, ColumnCount };

const QList<ReleaseType> kTypes{ReleaseType::Major, ReleaseType::Minor, ReleaseType::Patch,
                                ReleaseType::Emergency};
const QList<CriterionKind> kKinds = allCriterionKinds();

QString uniqueName(const QString& base, const QStringList& taken) {
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

// A criterion switched to another kind gets what that kind cannot do without, so the change
// is valid at once; the user then adjusts the figures.
void fillForKind(CriterionSpec& c) {
    switch (c.kind) {
    case CriterionKind::TestPassRate:
        if (!c.threshold || *c.threshold < 0 || *c.threshold > 100)
            c.threshold = 100;
        break;
    case CriterionKind::Security:
        if (c.severity.isEmpty())
            c.severity = QStringLiteral("high");
        break;
    case CriterionKind::Benchmark:
        if (c.metric.isEmpty())
            c.metric = QStringLiteral("p95_latency");
        if (c.comparator.isEmpty())
            c.comparator = QStringLiteral("<=");
        if (!c.threshold)
            c.threshold = 250;
        if (c.unit.isEmpty())
            c.unit = QStringLiteral("ms");
        break;
    case CriterionKind::Manual:
    case CriterionKind::ArtifactIntegrity:
    case CriterionKind::ContractTests:
        break;
    case CriterionKind::Approval:
        if (c.role.isEmpty())
            c.role = QStringLiteral("release_manager");
        break;
    }
}

} // namespace

GateTemplateDialog::GateTemplateDialog(Document& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("gateTemplateDialog"));
    setWindowTitle(tr("Gate Templates"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));

    auto* top = new QHBoxLayout;
    auto* typeLabel = new QLabel(tr("Gates of &every"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("templateTypePicker"));
    for (ReleaseType t : kTypes)
        m_type->addItem(IconProvider::icon(Theme::typeIconName(t), Theme::typeColor(t)),
                        displayName(t), int(t));
    typeLabel->setBuddy(m_type);
    top->addWidget(typeLabel);
    top->addWidget(m_type);
    top->addWidget(new QLabel(tr("release"), this));
    top->addStretch(1);
    QUndoStack* stack = m_document.undoStack();
    for (QAction* a :
         {stack->createUndoAction(this, tr("Undo")), stack->createRedoAction(this, tr("Redo"))}) {
        const bool undo = a->text().startsWith(tr("Undo"));
        a->setShortcut(undo ? QKeySequence::Undo : QKeySequence::Redo);
        a->setIcon(IconProvider::icon(undo ? QStringLiteral("undo") : QStringLiteral("redo")));
        addAction(a);
        auto* button = new QToolButton(this);
        button->setObjectName(undo ? QStringLiteral("templateUndoButton")
                                   : QStringLiteral("templateRedoButton"));
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        top->addWidget(button);
    }
    layout->addLayout(top);

    auto* note = new QLabel(tr("A new release gets the gates of its type, in this order, plus "
                               "what its risk assessment asks for. Releases made earlier keep "
                               "the gates they have."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(note);
    m_messages = new MessageBar(QStringLiteral("templateMessages"), this);
    layout->addWidget(m_messages);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildGateList());
    split->addWidget(buildGateForm());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({Theme::space(32), Theme::space(88)});
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_keepGate = 0;
        reload();
    });
    // Queued: a change made from inside a cell's editor must not rebuild that editor under it.
    connect(&m_document.gates(), &GateService::templatesChanged, this, &GateTemplateDialog::reload,
            Qt::QueuedConnection);
    // Return commits the field being edited; it must not also press a button.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);
    resize(Theme::space(130), Theme::space(70));
    reload();
}

QWidget* GateTemplateDialog::buildGateList() {
    auto* panel = new QWidget(this);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Gates, in the order a release meets them"), panel);
    title->setFont(Theme::sectionFont());
    column->addWidget(title);
    m_gates = new QListWidget(panel);
    m_gates->setObjectName(QStringLiteral("templateGateList"));
    connect(m_gates, &QListWidget::currentRowChanged, this, [this] {
        if (m_filling)
            return;
        const GateTemplate* g = currentGate();
        m_keepGate = g ? g->id : 0;
        m_keepCriterion = -1;
        showGate();
    });
    column->addWidget(m_gates, 1);
    m_empty = new QLabel(panel);
    m_empty->setObjectName(QStringLiteral("templateEmpty"));
    m_empty->setWordWrap(true);
    column->addWidget(m_empty);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add gate"), panel);
    add->setObjectName(QStringLiteral("addTemplateGateButton"));
    connect(add, &QPushButton::clicked, this, &GateTemplateDialog::addGate);
    m_removeGate = new QPushButton(tr("Remove"), panel);
    m_removeGate->setObjectName(QStringLiteral("removeTemplateGateButton"));
    connect(m_removeGate, &QPushButton::clicked, this, &GateTemplateDialog::removeGate);
    m_gateUp = new QPushButton(tr("Up"), panel);
    m_gateUp->setObjectName(QStringLiteral("moveGateUpButton"));
    m_gateUp->setToolTip(tr("Meet this gate earlier"));
    connect(m_gateUp, &QPushButton::clicked, this, [this] { moveGate(-1); });
    m_gateDown = new QPushButton(tr("Down"), panel);
    m_gateDown->setObjectName(QStringLiteral("moveGateDownButton"));
    m_gateDown->setToolTip(tr("Meet this gate later"));
    connect(m_gateDown, &QPushButton::clicked, this, [this] { moveGate(1); });
    for (QPushButton* b : {add, m_removeGate, m_gateUp, m_gateDown})
        row->addWidget(b);
    column->addLayout(row);
    return panel;
}

QWidget* GateTemplateDialog::buildGateForm() {
    m_form = new QWidget(this);
    auto* column = new QVBoxLayout(m_form);
    column->setContentsMargins(Theme::space(1), 0, 0, 0);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("templateGateName"));
    form->addRow(tr("&Name:"), m_name);
    m_stage = new QLineEdit(m_form);
    m_stage->setObjectName(QStringLiteral("templateGateStage"));
    m_stage->setPlaceholderText(tr("The stage passing it lets the release into, e.g. Staging"));
    form->addRow(tr("Lets into &stage:"), m_stage);
    m_dueDays = new QSpinBox(m_form);
    m_dueDays->setObjectName(QStringLiteral("templateGateDueDays"));
    m_dueDays->setRange(0, 365);
    m_dueDays->setSuffix(tr(" days before the window"));
    form->addRow(tr("&Due:"), m_dueDays);
    column->addLayout(form);
    for (QLineEdit* e : {m_name, m_stage})
        connect(e, &QLineEdit::editingFinished, this, &GateTemplateDialog::commitGateFields);
    connect(m_dueDays, &QSpinBox::editingFinished, this, &GateTemplateDialog::commitGateFields);

    auto* title = new QLabel(tr("Criteria"), m_form);
    title->setFont(Theme::sectionFont());
    column->addWidget(title);
    m_criteria = new QTableWidget(0, ColumnCount, m_form);
    m_criteria->setObjectName(QStringLiteral("templateCriteriaTable"));
    m_criteria->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Threshold"), tr("Severity"),
                                           tr("Metric"), tr("Compare"), tr("Unit"), tr("Role")});
    m_criteria->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_criteria->setSelectionMode(QAbstractItemView::SingleSelection);
    m_criteria->verticalHeader()->hide();
    m_criteria->horizontalHeader()->setStretchLastSection(true);
    m_criteria->setToolTip(tr("Double-click a cell to change it: the threshold is a pass rate in "
                              "percent, or the benchmark metric's limit."));
    connect(m_criteria, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling)
            commitCriterionCell(item->row(), item->column());
    });
    connect(m_criteria, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_filling)
            m_keepCriterion = row;
        const GateTemplate* g = currentGate();
        const int n = g ? int(g->criteria.size()) : 0;
        m_removeCriterion->setEnabled(row >= 0 && row < n);
        m_criterionUp->setEnabled(row > 0 && row < n);
        m_criterionDown->setEnabled(row >= 0 && row + 1 < n);
    });
    column->addWidget(m_criteria, 1);
    auto* row = new QHBoxLayout;
    auto* add =
        new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add criterion"), m_form);
    add->setObjectName(QStringLiteral("addCriterionButton"));
    connect(add, &QPushButton::clicked, this, &GateTemplateDialog::addCriterion);
    m_removeCriterion = new QPushButton(tr("Remove criterion"), m_form);
    m_removeCriterion->setObjectName(QStringLiteral("removeCriterionButton"));
    connect(m_removeCriterion, &QPushButton::clicked, this, &GateTemplateDialog::removeCriterion);
    m_criterionUp = new QPushButton(tr("Up"), m_form);
    m_criterionUp->setObjectName(QStringLiteral("moveCriterionUpButton"));
    connect(m_criterionUp, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    m_criterionDown = new QPushButton(tr("Down"), m_form);
    m_criterionDown->setObjectName(QStringLiteral("moveCriterionDownButton"));
    connect(m_criterionDown, &QPushButton::clicked, this, [this] { moveCriterion(1); });
    for (QPushButton* b : {add, m_removeCriterion, m_criterionUp, m_criterionDown})
        row->addWidget(b);
    row->addStretch(1);
    column->addLayout(row);
    return m_form;
}

ReleaseType GateTemplateDialog::currentType() const {
    return ReleaseType(m_type->currentData().toInt());
}

void GateTemplateDialog::selectType(ReleaseType type) {
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void GateTemplateDialog::selectGate(int row) {
    m_gates->setCurrentRow(row);
}

const GateTemplate* GateTemplateDialog::currentGate() const {
    const int row = m_gates->currentRow();
    return row >= 0 && row < m_templates.size() ? &m_templates[row] : nullptr;
}

void GateTemplateDialog::reload() {
    auto all = m_document.gates().templates();
    if (!all) {
        failed(all.error().message);
        return;
    }
    m_templates.clear();
    for (const GateTemplate& t : all.value())
        if (t.releaseType == currentType())
            m_templates << t;
    m_filling = true;
    m_gates->clear();
    int select = m_templates.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const GateTemplate& t = m_templates[i];
        auto* item = new QListWidgetItem(
            t.stage.isEmpty() ? t.name : tr("%1 → %2").arg(t.name, t.stage), m_gates);
        item->setToolTip(tr("%n criteria", nullptr, int(t.criteria.size())));
        if (t.id == m_keepGate || (m_keepGate < 0 && i == m_templates.size() - 1))
            select = i;
    }
    m_gates->setCurrentRow(select);
    m_filling = false;
    m_keepGate = select >= 0 ? m_templates[select].id : 0;
    m_empty->setVisible(m_templates.isEmpty());
    m_empty->setText(tr("%1 releases get no gates: add one, and every new %2 release is "
                        "checked by it.")
                         .arg(displayName(currentType()), displayName(currentType()).toLower()));
    showGate();
}

void GateTemplateDialog::showGate() {
    const GateTemplate* g = currentGate();
    const int row = m_gates->currentRow();
    m_removeGate->setEnabled(g);
    m_gateUp->setEnabled(g && row > 0);
    m_gateDown->setEnabled(g && row + 1 < m_templates.size());
    m_form->setEnabled(g);
    m_filling = true;
    m_name->setText(g ? g->name : QString());
    m_stage->setText(g ? g->stage : QString());
    m_dueDays->setValue(g ? g->dueDays : 0);
    m_criteria->setRowCount(0);
    const QList<CriterionSpec> criteria = g ? g->criteria : QList<CriterionSpec>();
    m_criteria->setRowCount(int(criteria.size()));
    const QLocale locale;
    for (int r = 0; r < criteria.size(); ++r) {
        const CriterionSpec& c = criteria[r];
        const bool file =
            c.kind == CriterionKind::TestPassRate || c.kind == CriterionKind::Benchmark;
        auto text = [&](int column, const QString& value, bool applies) {
            auto* item = new QTableWidgetItem(value);
            if (!applies) {
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                item->setForeground(Theme::muted());
            }
            if (column == Threshold)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_criteria->setItem(r, column, item);
        };
        text(Name, c.name, true);
        text(Threshold, c.threshold ? locale.toString(*c.threshold) : QString(), file);
        text(Metric, c.metric, c.kind == CriterionKind::Benchmark);
        text(Unit, c.unit, c.kind == CriterionKind::Benchmark);
        m_criteria->item(r, Name)->setToolTip(c.describe());
        auto choice = [&](int column, const QList<std::pair<QString, QString>>& options,
                          const QString& value, bool applies, const char* name) {
            auto* box = new QComboBox(m_criteria);
            box->setObjectName(QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(r));
            for (const auto& [label, key] : options)
                box->addItem(label, key);
            box->setCurrentIndex(std::max(0, box->findData(value)));
            box->setEnabled(applies);
            connect(box, &QComboBox::currentIndexChanged, this, [this, box, r, column] {
                if (!m_filling)
                    commitCriterionChoice(r, column, box->currentData().toString());
            });
            m_criteria->setCellWidget(r, column, box);
        };
        QList<std::pair<QString, QString>> kinds;
        for (CriterionKind k : kKinds)
            kinds.append({displayName(k), toKey(k)});
        choice(Kind, kinds, toKey(c.kind), true, "criterionKind");
        QList<std::pair<QString, QString>> severities{{QString(), QString()}};
        for (const char* s : {"low", "medium", "high", "critical"})
            severities.append({QString::fromLatin1(s), QString::fromLatin1(s)});
        choice(Severity, severities, c.severity, c.kind == CriterionKind::Security,
               "criterionSeverity");
        choice(Comparator,
               {{QString(), QString()},
                {tr("at most"), QStringLiteral("<=")},
                {tr("at least"), QStringLiteral(">=")}},
               c.comparator, c.kind == CriterionKind::Benchmark, "criterionComparator");
        QList<std::pair<QString, QString>> roles{{QString(), QString()}};
        for (const QString& role : personRoleKeys())
            roles.append({personRoleName(role), role});
        if (!c.role.isEmpty() && !personRoleKeys().contains(c.role))
            roles.append({personRoleName(c.role), c.role});
        choice(Role, roles, c.role, c.kind == CriterionKind::Approval, "criterionRole");
    }
    m_criteria->resizeColumnsToContents();
    const int keep =
        criteria.isEmpty() ? -1 : std::clamp(m_keepCriterion, 0, int(criteria.size()) - 1);
    m_criteria->setCurrentCell(keep, keep >= 0 ? Name : -1);
    m_filling = false;
    const int current = m_criteria->currentRow();
    m_removeCriterion->setEnabled(current >= 0);
    m_criterionUp->setEnabled(current > 0);
    m_criterionDown->setEnabled(current >= 0 && current + 1 < criteria.size());
}

void GateTemplateDialog::failed(const QString& message) {
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

void GateTemplateDialog::change(const GateTemplate& after, const QString& text) {
    const GateTemplate* g = currentGate();
    if (!g)
        return;
    m_document.undoStack()->push(GateTemplateCommands::changeGate(
        m_document.gates(), *g, after, text, [this](const QString& m) {
            failed(m);
            // A refused change leaves the table showing what is stored.
            QMetaObject::invokeMethod(this, &GateTemplateDialog::reload, Qt::QueuedConnection);
        }));
}

void GateTemplateDialog::commitGateFields() {
    const GateTemplate* g = currentGate();
    if (!g || m_filling)
        return;
    GateTemplate after = *g;
    after.name = m_name->text().trimmed();
    after.stage = m_stage->text().trimmed();
    after.dueDays = m_dueDays->value();
    if (after.name == g->name && after.stage == g->stage && after.dueDays == g->dueDays)
        return;
    const QString text = after.name != g->name
                             ? tr("Rename gate “%1” to “%2”").arg(g->name, after.name)
                             : tr("Change gate “%1”").arg(g->name);
    change(after, text);
}

void GateTemplateDialog::commitCriterionCell(int row, int column) {
    const GateTemplate* g = currentGate();
    if (!g || row < 0 || row >= g->criteria.size())
        return;
    GateTemplate after = *g;
    CriterionSpec& c = after.criteria[row];
    const QString value = m_criteria->item(row, column)->text().trimmed();
    QString what;
    switch (column) {
    case Name:
        c.name = value;
        what = tr("Rename criterion “%1” to “%2”").arg(g->criteria[row].name, value);
        break;
    case Threshold: {
        bool ok = false;
        double number = QLocale().toDouble(value, &ok);
        if (!ok)
            number = value.toDouble(&ok);
        if (!ok && !value.isEmpty()) {
            failed(tr("“%1” is not a number; the threshold stays as it was.").arg(value));
            QMetaObject::invokeMethod(this, &GateTemplateDialog::reload, Qt::QueuedConnection);
            return;
        }
        c.threshold = value.isEmpty() ? std::nullopt : std::optional<double>(number);
        what = tr("Set the threshold of “%1”").arg(c.name);
        break;
    }
    case Metric:
        c.metric = value;
        what = tr("Set the metric of “%1”").arg(c.name);
        break;
    case Unit:
        c.unit = value;
        what = tr("Set the unit of “%1”").arg(c.name);
        break;
    default:
        return;
    }
    change(after, what);
}

void GateTemplateDialog::commitCriterionChoice(int row, int column, const QString& value) {
    const GateTemplate* g = currentGate();
    if (!g || row < 0 || row >= g->criteria.size())
        return;
    GateTemplate after = *g;
    CriterionSpec& c = after.criteria[row];
    QString what;
    switch (column) {
    case Kind:
        c.kind = criterionKindFromKey(value).value_or(CriterionKind::Manual);
        fillForKind(c);
        what = tr("Make “%1” a %2 criterion").arg(c.name, displayName(c.kind).toLower());
        break;
    case Severity:
        c.severity = value;
        what = tr("Set the severity of “%1”").arg(c.name);
        break;
    case Comparator:
        c.comparator = value;
        what = tr("Set the comparison of “%1”").arg(c.name);
        break;
    case Role:
        c.role = value;
        what = tr("Set the approving role of “%1”").arg(c.name);
        break;
    default:
        return;
    }
    change(after, what);
}

void GateTemplateDialog::addGate() {
    QStringList taken;
    int position = 0;
    for (const GateTemplate& t : std::as_const(m_templates)) {
        taken << t.name;
        position = std::max(position, t.position + 1);
    }
    GateTemplate g;
    g.releaseType = currentType();
    g.position = position;
    g.name = uniqueName(tr("New gate"), taken);
    CriterionSpec c;
    c.name = tr("Sign-off");
    c.kind = CriterionKind::Manual;
    g.criteria << c;
    m_keepGate = -1; // select the new gate, last in the list
    m_document.undoStack()->push(GateTemplateCommands::addGate(
        m_document.gates(), g, [this](const QString& m) { failed(m); }));
}

void GateTemplateDialog::removeGate() {
    const GateTemplate* g = currentGate();
    if (!g)
        return;
    m_keepGate = 0;
    m_document.undoStack()->push(GateTemplateCommands::removeGate(
        m_document.gates(), *g, [this](const QString& m) { failed(m); }));
}

void GateTemplateDialog::moveGate(int delta) {
    const GateTemplate* g = currentGate();
    const int from = m_gates->currentRow();
    const int to = from + delta;
    if (!g || to < 0 || to >= m_templates.size())
        return;
    m_keepGate = g->id;
    m_document.undoStack()->push(GateTemplateCommands::moveGate(
        m_document.gates(), *g, from, to, [this](const QString& m) { failed(m); }));
}

void GateTemplateDialog::addCriterion() {
    const GateTemplate* g = currentGate();
    if (!g)
        return;
    QStringList taken;
    for (const CriterionSpec& c : g->criteria)
        taken << c.name;
    GateTemplate after = *g;
    CriterionSpec c;
    c.name = uniqueName(tr("New check"), taken);
    c.kind = CriterionKind::Manual;
    after.criteria << c;
    m_keepCriterion = int(after.criteria.size()) - 1;
    change(after, tr("Add criterion “%1” to “%2”").arg(c.name, g->name));
}

void GateTemplateDialog::removeCriterion() {
    const GateTemplate* g = currentGate();
    const int row = m_criteria->currentRow();
    if (!g || row < 0 || row >= g->criteria.size())
        return;
    GateTemplate after = *g;
    const QString name = after.criteria.takeAt(row).name;
    m_keepCriterion = std::min(row, int(after.criteria.size()) - 1);
    change(after, tr("Remove criterion “%1” from “%2”").arg(name, g->name));
}

void GateTemplateDialog::moveCriterion(int delta) {
    const GateTemplate* g = currentGate();
    const int row = m_criteria->currentRow();
    const int to = row + delta;
    if (!g || row < 0 || to < 0 || to >= g->criteria.size())
        return;
    GateTemplate after = *g;
    after.criteria.move(row, to);
    m_keepCriterion = to;
    change(after, delta < 0 ? tr("Move criterion “%1” up").arg(g->criteria[row].name)
                            : tr("Move criterion “%1” down").arg(g->criteria[row].name));
}

} // namespace slipway::ui
