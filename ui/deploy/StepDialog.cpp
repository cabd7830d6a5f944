// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepDialog.h"

#include "DialogColumns.h"
#include "Theme.h"
#include "rules/RunbookSchedule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slipway::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& name, const QString& placeholder = {}) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QSpinBox* spinBox(QWidget* parent, const QString& name, int max, const QString& suffix) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, max);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

StepDialog::StepDialog(const QList<RunbookStep>& steps, int row, const QStringList& owners,
                       QWidget* parent)
    : QDialog(parent)
    , m_steps(steps)
    , m_row(row >= 0 && row < steps.size() ? row : -1)
    , m_insertAt(steps.size()) {
    setObjectName(QStringLiteral("stepDialog"));
    setWindowTitle(m_row < 0 ? tr("Add a step") : tr("Edit step %1").arg(steps.at(row).key));

    auto* form = new QFormLayout;
    m_form = form;
    m_key = lineEdit(this, QStringLiteral("stepKey"), tr("What pipelines report against: S7"));
    form->addRow(tr("&Key"), m_key);
    m_title = lineEdit(this, QStringLiteral("stepTitle"));
    form->addRow(tr("&Title"), m_title);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("stepKind"));
    for (StepKind k : allStepKinds())
        m_kind->addItem(displayName(k), int(k));
    form->addRow(tr("K&ind"), m_kind);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("stepDirection"));
    m_direction->addItem(tr("Forward"), int(StepDirection::Forward));
    m_direction->addItem(tr("Rollback"), int(StepDirection::Rollback));
    form->addRow(tr("&Direction"), m_direction);
    m_rollbackOf = new QComboBox(this);
    m_rollbackOf->setObjectName(QStringLiteral("stepRollbackOf"));
    for (int i = 0; i < m_steps.size(); ++i)
        if (i != m_row && m_steps.at(i).isForward())
            m_rollbackOf->addItem(tr("%1 — %2").arg(m_steps.at(i).key, m_steps.at(i).title),
                                  m_steps.at(i).key);
    form->addRow(tr("&Reverses"), m_rollbackOf);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("stepOwner"));
    m_owner->setEditable(true);
    m_owner->addItems(owners);
    form->addRow(tr("&Owner"), m_owner);
    m_offset = spinBox(this, QStringLiteral("stepOffset"), 60 * 24 * 14, tr(" min"));
    m_offset->setToolTip(tr("The step may not start before this many minutes into the window"));
    form->addRow(tr("Not &before"), m_offset);
    m_duration = spinBox(this, QStringLiteral("stepDuration"), 60 * 24 * 14, tr(" min"));
    form->addRow(tr("D&uration"), m_duration);
    m_notes = lineEdit(this, QStringLiteral("stepNotes"));
    form->addRow(tr("&Notes"), m_notes);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* dependsLabel = new QLabel(tr("De&pends on (done or skipped first)"), side);
    sideLayout->addWidget(dependsLabel);
    m_depends = new QListWidget(side);
    m_depends->setObjectName(QStringLiteral("stepDepends"));
    dependsLabel->setBuddy(m_depends);
    sideLayout->addWidget(m_depends, 1);

    m_script = new QGroupBox(tr("Script (referenced, never stored)"), side);
    m_script->setObjectName(QStringLiteral("stepScriptGroup"));
    auto* script = new QFormLayout(m_script);
    m_repo = lineEdit(m_script, QStringLiteral("stepScriptRepo"),
                      QStringLiteral("https://git.example.com/ops/deploy.git"));
    script->addRow(tr("Repository"), m_repo);
    m_path = lineEdit(m_script, QStringLiteral("stepScriptPath"));
    script->addRow(tr("Path"), m_path);
    m_commit = lineEdit(m_script, QStringLiteral("stepScriptCommit"));
    script->addRow(tr("Commit"), m_commit);
    m_sha = lineEdit(m_script, QStringLiteral("stepScriptSha"), tr("64 hexadecimal digits"));
    script->addRow(tr("SHA-256"), m_sha);
    sideLayout->addWidget(m_script);

    m_cutover = new QGroupBox(tr("DNS or load-balancer cutover"), side);
    m_cutover->setObjectName(QStringLiteral("stepCutoverGroup"));
    auto* cutover = new QFormLayout(m_cutover);
    m_record =
        lineEdit(m_cutover, QStringLiteral("stepDnsRecord"), QStringLiteral("shop.example.com"));
    cutover->addRow(tr("Record"), m_record);
    m_ttlOld = spinBox(m_cutover, QStringLiteral("stepTtlOld"), 7 * 86400, tr(" s"));
    cutover->addRow(tr("TTL before"), m_ttlOld);
    m_ttlNew = spinBox(m_cutover, QStringLiteral("stepTtlNew"), 7 * 86400, tr(" s"));
    cutover->addRow(tr("Lowered TTL"), m_ttlNew);
    m_lowered = new QCheckBox(tr("Lowered at"), m_cutover);
    m_lowered->setObjectName(QStringLiteral("stepTtlLowered"));
    m_loweredAt = new QDateTimeEdit(QDateTime::currentDateTime(), m_cutover);
    m_loweredAt->setObjectName(QStringLiteral("stepTtlLoweredAt"));
    m_loweredAt->setCalendarPopup(true);
    cutover->addRow(m_lowered, m_loweredAt);
    sideLayout->addWidget(m_cutover);

    m_error = fieldErrorLabel(this, QStringLiteral("stepError"));
    m_error->setTextFormat(Qt::PlainText);
    auto* left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(form);
    left->addWidget(m_error);
    left->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("stepOkButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layOutFormBeside(this, left, Theme::space(48), 1, side, 1, m_buttons);
    resize(Theme::space(100), Theme::space(56));

    RunbookStep start;
    if (m_row >= 0) {
        start = m_steps.at(m_row);
    } else {
        // The next free S-number, after the last forward step.
        int n = 1;
        while (std::any_of(m_steps.cbegin(), m_steps.cend(), [&](const RunbookStep& s) {
            return s.key == QStringLiteral("S%1").arg(n);
        }))
            ++n;
        start.key = QStringLiteral("S%1").arg(n);
        for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it)
            if (it->isForward()) {
                start.dependsOn = {it->key};
                break;
            }
    }
    m_original = start;
    fill(start);

    for (QLineEdit* edit : {m_key, m_title, m_repo, m_path, m_commit, m_sha, m_record})
        connect(edit, &QLineEdit::textChanged, this, &StepDialog::update);
    for (QComboBox* combo : {m_kind, m_rollbackOf})
        connect(combo, &QComboBox::currentIndexChanged, this, &StepDialog::update);
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        fillDependencies(step().dependsOn);
        update();
    });
    connect(m_depends, &QListWidget::itemChanged, this, &StepDialog::update);
    connect(m_lowered, &QCheckBox::toggled, m_loweredAt, &QWidget::setEnabled);
    update();
}

void StepDialog::startAsRollbackOf(const QString& key) {
    const auto forward = std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const RunbookStep& s) {
        return s.key == key && s.isForward();
    });
    if (m_row >= 0 || forward == m_steps.cend())
        return;
    const auto taken = [this](const QString& k) {
        return std::any_of(m_steps.cbegin(), m_steps.cend(),
                           [&](const RunbookStep& s) { return s.key == k; });
    };
    RunbookStep start;
    start.direction = StepDirection::Rollback;
    start.rollbackOf = key;
    start.kind = forward->kind;
    start.owner = forward->owner;
    // S3's rollback is R3 while that is free, else the next free R-number.
    if (key.startsWith(u'S') && !taken(u'R' + key.mid(1)) && isValidStepKey(u'R' + key.mid(1))) {
        start.key = u'R' + key.mid(1);
    } else {
        int n = 1;
        while (taken(QStringLiteral("R%1").arg(n)))
            ++n;
        start.key = QStringLiteral("R%1").arg(n);
    }
    m_insertAt = forward - m_steps.cbegin() + 1;
    while (m_insertAt < m_steps.size() && !m_steps.at(m_insertAt).isForward())
        ++m_insertAt;
    setWindowTitle(tr("Add a rollback step for %1").arg(key));
    m_original = start;
    fill(start);
    update();
}

void StepDialog::fill(const RunbookStep& s) {
    m_key->setText(s.key);
    m_title->setText(s.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(s.kind))));
    m_direction->setCurrentIndex(s.isForward() ? 0 : 1);
    m_rollbackOf->setCurrentIndex(std::max(0, m_rollbackOf->findData(s.rollbackOf)));
    m_owner->setCurrentText(s.owner);
    m_offset->setValue(s.offsetMin);
    m_duration->setValue(s.durationMin);
    m_notes->setText(s.notes);
    m_repo->setText(s.scriptRepo);
    m_path->setText(s.scriptPath);
    m_commit->setText(s.scriptCommit);
    m_sha->setText(s.scriptSha256);
    m_record->setText(s.dnsRecord);
    m_ttlOld->setValue(s.ttlOldSeconds);
    m_ttlNew->setValue(s.ttlNewSeconds);
    m_lowered->setChecked(s.ttlLoweredAt > 0);
    m_loweredAt->setEnabled(s.ttlLoweredAt > 0);
    if (s.ttlLoweredAt > 0)
        m_loweredAt->setDateTime(QDateTime::fromSecsSinceEpoch(s.ttlLoweredAt));
    fillDependencies(s.dependsOn);
}

// Steps of the same direction, in the runbook's order: rollback steps wait on rollback steps.
void StepDialog::fillDependencies(const QStringList& checked) {
    const bool forward = m_direction->currentData().toInt() == int(StepDirection::Forward);
    const QSignalBlocker quiet(m_depends);
    m_depends->clear();
    for (int i = 0; i < m_steps.size(); ++i) {
        const RunbookStep& s = m_steps.at(i);
        if (i == m_row || s.isForward() != forward)
            continue;
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(s.key, s.title), m_depends);
        item->setData(Qt::UserRole, s.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(s.key) ? Qt::Checked : Qt::Unchecked);
    }
}

RunbookStep StepDialog::step() const {
    RunbookStep s = m_original;
    s.key = m_key->text().trimmed();
    s.title = m_title->text().trimmed();
    s.kind = StepKind(m_kind->currentData().toInt());
    s.direction = StepDirection(m_direction->currentData().toInt());
    s.rollbackOf = s.isForward() ? QString() : m_rollbackOf->currentData().toString();
    s.owner = m_owner->currentText().trimmed();
    s.offsetMin = m_offset->value();
    s.durationMin = m_duration->value();
    s.notes = m_notes->text().trimmed();
    s.dependsOn.clear();
    for (int i = 0; i < m_depends->count(); ++i)
        if (m_depends->item(i)->checkState() == Qt::Checked)
            s.dependsOn << m_depends->item(i)->data(Qt::UserRole).toString();
    const bool script = s.kind == StepKind::Script;
    s.scriptRepo = script ? m_repo->text().trimmed() : QString();
    s.scriptPath = script ? m_path->text().trimmed() : QString();
    s.scriptCommit = script ? m_commit->text().trimmed() : QString();
    s.scriptSha256 = script ? m_sha->text().trimmed().toLower() : QString();
    const bool cutover = s.kind == StepKind::Cutover;
    s.dnsRecord = cutover ? m_record->text().trimmed() : QString();
    s.ttlOldSeconds = cutover ? m_ttlOld->value() : 0;
    s.ttlNewSeconds = cutover ? m_ttlNew->value() : 0;
    s.ttlLoweredAt =
        cutover && m_lowered->isChecked() ? m_loweredAt->dateTime().toSecsSinceEpoch() : 0;
    return s;
}

QList<RunbookStep> StepDialog::resultingSteps() const {
    const RunbookStep s = step();
    QList<RunbookStep> steps = m_steps;
    if (m_row < 0) {
        steps.insert(m_insertAt, s);
        return steps;
    }
    steps[m_row] = s;
    const QString old = m_original.key;
    if (old == s.key)
        return steps;
    for (RunbookStep& other : steps) {
        for (QString& key : other.dependsOn)
            if (key == old)
                key = s.key;
        if (other.rollbackOf == old)
            other.rollbackOf = s.key;
    }
    return steps;
}

QString StepDialog::problem() const {
    const RunbookStep s = step();
    if (!isValidStepKey(s.key))
        return tr("The key must be 1 to 32 letters, digits, '.', '_' or '-'.");
    for (int i = 0; i < m_steps.size(); ++i)
        if (i != m_row && m_steps.at(i).key == s.key)
            return tr("Another step is called %1 already.").arg(s.key);
    if (s.title.isEmpty())
        return tr("Give the step a title.");
    if (!s.isForward() && s.rollbackOf.isEmpty())
        return tr("A rollback step reverses a forward step: add that one first.");
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!s.scriptSha256.isEmpty() && !hex.match(s.scriptSha256).hasMatch())
        return tr("The SHA-256 is 64 hexadecimal digits.");
    if (auto plan = planRunbook(resultingSteps()); !plan)
        return plan.error().message;
    return {};
}

void StepDialog::update() {
    const auto kind = StepKind(m_kind->currentData().toInt());
    m_script->setVisible(kind == StepKind::Script);
    m_cutover->setVisible(kind == StepKind::Cutover);
    const bool rollback = m_direction->currentData().toInt() == int(StepDirection::Rollback);
    m_form->setRowVisible(m_rollbackOf, rollback);
    m_form->setRowVisible(m_offset, !rollback);
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace slipway::ui
