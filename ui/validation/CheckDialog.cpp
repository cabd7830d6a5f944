// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckDialog.h"

#include "CheckStepEditor.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

CheckDialog::CheckDialog(const ValidationCheck& check, qint64 releaseId,
                         const QHash<qint64, QString>& services, QWidget* parent)
    : QDialog(parent)
    , m_check(check)
    , m_releaseId(releaseId) {
    setObjectName(QStringLiteral("checkDialog"));
    setWindowTitle(check.id ? tr("Edit Check") : tr("Add Check"));
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(check.name, this);
    m_name->setObjectName(QStringLiteral("checkName"));
    m_name->setPlaceholderText(tr("Payments API health"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("checkKind"));
    m_kind->addItem(tr("HTTP check: one GET with expectations"), toKey(CheckKind::Http));
    m_kind->addItem(tr("Synthetic transaction: requests in sequence"),
                    toKey(CheckKind::Transaction));
    m_kind->setCurrentIndex(check.kind == CheckKind::Transaction ? 1 : 0);
    form->addRow(tr("&Kind:"), m_kind);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("checkScope"));
    m_scope->addItem(tr("This release only"), qint64(0));
    QList<qint64> ids = services.keys();
    std::sort(ids.begin(), ids.end(), [&services](qint64 a, qint64 b) {
        return services.value(a).localeAwareCompare(services.value(b)) < 0;
    });
    for (qint64 id : std::as_const(ids))
        m_scope->addItem(tr("Every release of %1").arg(services.value(id)), id);
    if (check.serviceId && m_scope->findData(check.serviceId) < 0)
        m_scope->addItem(tr("Every release of %1").arg(check.serviceName), check.serviceId);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(check.serviceId)));
    form->addRow(tr("&Applies to:"), m_scope);

    auto* when = new QHBoxLayout;
    m_schedule = new QSpinBox(this);
    m_schedule->setObjectName(QStringLiteral("checkScheduleHours"));
    m_schedule->setRange(0, 720);
    m_schedule->setSuffix(tr(" h after deployment"));
    m_schedule->setSpecialValueText(tr("Only when asked"));
    m_schedule->setValue(check.scheduleHours);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("checkIntervalMin"));
    m_interval->setRange(1, 1440);
    m_interval->setPrefix(tr("every "));
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(check.intervalMin);
    when->addWidget(m_schedule, 1);
    when->addWidget(m_interval);
    auto* runs = new QLabel(tr("&Runs:"), this);
    runs->setBuddy(m_schedule);
    form->addRow(runs, when);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("checkTimeout"));
    m_timeout->setRange(100, 120000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms per request"));
    m_timeout->setValue(check.timeoutMs);
    form->addRow(tr("&Timeout:"), m_timeout);
    m_enabled = new QCheckBox(tr("&Enabled (a disabled check is neither run nor counted)"), this);
    m_enabled->setObjectName(QStringLiteral("checkEnabled"));
    m_enabled->setChecked(check.enabled);
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);

    auto* request = new QGroupBox(tr("Request"), this);
    auto* requestLayout = new QHBoxLayout(request);
    m_stepsBox = new QWidget(request);
    auto* stepsLayout = new QVBoxLayout(m_stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_steps = new QListWidget(m_stepsBox);
    m_steps->setObjectName(QStringLiteral("checkSteps"));
    m_steps->setMaximumWidth(Theme::space(24));
    stepsLayout->addWidget(new QLabel(tr("Steps, in order:"), m_stepsBox));
    stepsLayout->addWidget(m_steps, 1);
    auto* stepButtons = new QHBoxLayout;
    auto* addStepButton = new QPushButton(tr("Add step"), m_stepsBox);
    addStepButton->setObjectName(QStringLiteral("addStepButton"));
    m_removeStep = new QPushButton(tr("Remove"), m_stepsBox);
    m_removeStep->setObjectName(QStringLiteral("removeStepButton"));
    stepButtons->addWidget(addStepButton);
    stepButtons->addWidget(m_removeStep);
    stepsLayout->addLayout(stepButtons);
    requestLayout->addWidget(m_stepsBox);
    m_editor = new CheckStepEditor(request);
    requestLayout->addWidget(m_editor, 1);
    m_request = request;
    layout->addWidget(request, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("checkProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText); // the problems quote names and URLs as typed
    m_problems->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    m_stepImages = check.steps;
    if (m_stepImages.isEmpty())
        m_stepImages << TransactionStep{};
    for (const TransactionStep& s : std::as_const(m_stepImages))
        m_steps->addItem(s.name.isEmpty() ? tr("(unnamed step)") : s.name);

    connect(buttons, &QDialogButtonBox::accepted, this, &CheckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CheckDialog::kindChanged);
    connect(m_steps, &QListWidget::currentRowChanged, this, &CheckDialog::stepChosen);
    connect(addStepButton, &QPushButton::clicked, this, &CheckDialog::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &CheckDialog::removeStep);
    connect(m_editor, &CheckStepEditor::nameEdited, this, [this](const QString& name) {
        if (QListWidgetItem* item = m_steps->currentItem())
            item->setText(name.trimmed().isEmpty() ? tr("(unnamed step)") : name.trimmed());
    });
    m_steps->setCurrentRow(0);
    kindChanged();
    resize(Theme::space(90), height());
    fitHeight();
}

void CheckDialog::kindChanged() {
    const bool simple = m_kind->currentIndex() == 0;
    m_stepsBox->setVisible(!simple);
    m_editor->setSimple(simple);
    fitHeight();
    if (simple && m_steps->currentRow() != 0)
        m_steps->setCurrentRow(0);
}

// A plain check's few fields need little height; a transaction's steps get room.
void CheckDialog::fitHeight() {
    const bool simple = m_kind->currentIndex() == 0;
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->setStretchFactor(m_request, simple ? 0 : 1);
    layout()->activate();
    resize(width(), simple ? minimumSizeHint().height() : std::max(height(), Theme::space(84)));
}

void CheckDialog::storeStep() {
    if (m_shownStep >= 0 && m_shownStep < m_stepImages.size())
        m_stepImages[m_shownStep] = m_editor->step();
}

void CheckDialog::stepChosen() {
    storeStep();
    m_shownStep = m_steps->currentRow();
    if (m_shownStep >= 0 && m_shownStep < m_stepImages.size())
        m_editor->setStep(m_stepImages.at(m_shownStep));
    m_removeStep->setEnabled(m_stepImages.size() > 1);
}

void CheckDialog::addStep() {
    storeStep();
    TransactionStep s;
    s.name = tr("step %1").arg(m_stepImages.size() + 1);
    m_stepImages << s;
    m_steps->addItem(s.name);
    m_steps->setCurrentRow(int(m_stepImages.size()) - 1);
}

void CheckDialog::removeStep() {
    const int row = m_steps->currentRow();
    if (row < 0 || m_stepImages.size() <= 1)
        return;
    m_shownStep = -1; // the shown step goes; nothing to store
    m_stepImages.removeAt(row);
    delete m_steps->takeItem(row);
    m_steps->setCurrentRow(std::min(row, int(m_stepImages.size()) - 1));
}

ValidationCheck CheckDialog::check() const {
    ValidationCheck c = m_check;
    c.name = m_name->text().trimmed();
    c.kind = m_kind->currentIndex() == 0 ? CheckKind::Http : CheckKind::Transaction;
    c.serviceId = m_scope->currentData().toLongLong();
    c.releaseId = c.serviceId ? 0 : m_releaseId;
    c.serviceName = c.serviceId ? m_scope->currentText() : QString();
    c.scheduleHours = m_schedule->value();
    c.intervalMin = m_interval->value();
    c.timeoutMs = m_timeout->value();
    c.enabled = m_enabled->isChecked();
    QList<TransactionStep> steps = m_stepImages;
    m_parseProblems.clear();
    if (m_shownStep >= 0 && m_shownStep < steps.size())
        steps[m_shownStep] = m_editor->step(&m_parseProblems);
    if (c.kind == CheckKind::Http) {
        TransactionStep only = steps.value(0);
        TransactionStep plain;
        plain.name = only.name.isEmpty() ? c.name : only.name;
        plain.url = only.url;
        plain.expectStatus = only.expectStatus;
        plain.expectBody = only.expectBody;
        plain.latencyBudgetMs = only.latencyBudgetMs;
        steps = {plain};
    }
    c.steps = steps;
    return c;
}

QStringList CheckDialog::problems() const {
    const ValidationCheck c = check();
    QStringList out = m_parseProblems;
    for (const FieldProblem& p : validateCheck(c))
        out << p.message;
    return out;
}

void CheckDialog::accept() {
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_problems->setText(found.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace slipway::ui
