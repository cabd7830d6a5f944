// SPDX-License-Identifier: GPL-3.0-or-later
#include "RehearsalDialog.h"

#include "DialogColumns.h"
#include "Theme.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slipway::ui {

RehearsalDialog::RehearsalDialog(const QList<RunbookStep>& migrations, const QString& stepKey,
                                 const QString& by, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("rehearsalDialog"));
    setWindowTitle(tr("Record a migration rehearsal"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Evidence that the migration ran against a clone of "
                                "production. Without a passed rehearsal the runbook cannot be "
                                "marked ready."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("rehearsalStep"));
    for (const RunbookStep& s : migrations)
        m_step->addItem(tr("%1 — %2").arg(s.key, s.title), s.key);
    m_step->setCurrentIndex(std::max(0, m_step->findData(stepKey)));
    form->addRow(tr("&Migration step"), m_step);
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(QStringLiteral("rehearsalWhen"));
    m_when->setCalendarPopup(true);
    form->addRow(tr("&When"), m_when);
    m_by = new QLineEdit(by, this);
    m_by->setObjectName(QStringLiteral("rehearsalBy"));
    form->addRow(tr("&By"), m_by);
    m_clone = new QLineEdit(this);
    m_clone->setObjectName(QStringLiteral("rehearsalClone"));
    m_clone->setPlaceholderText(tr("Which clone of production: prod-clone-2026-11-20"));
    form->addRow(tr("&Clone"), m_clone);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("rehearsalDuration"));
    m_duration->setRange(0, 60 * 24 * 7);
    m_duration->setSuffix(tr(" min"));
    form->addRow(tr("&Duration"), m_duration);
    auto* digits =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,15}")), this);
    m_rowsBefore = new QLineEdit(this);
    m_rowsBefore->setObjectName(QStringLiteral("rehearsalRowsBefore"));
    m_rowsBefore->setValidator(digits);
    form->addRow(tr("Rows &before"), m_rowsBefore);
    m_rowsAfter = new QLineEdit(this);
    m_rowsAfter->setObjectName(QStringLiteral("rehearsalRowsAfter"));
    m_rowsAfter->setValidator(digits);
    form->addRow(tr("Rows &after"), m_rowsAfter);
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("rehearsalResult"));
    m_result->addItem(tr("Passed"), true);
    m_result->addItem(tr("Failed"), false);
    form->addRow(tr("&Result"), m_result);
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("rehearsalNotes"));
    form->addRow(tr("&Notes"), m_notes);

    m_error = fieldErrorLabel(this, QStringLiteral("rehearsalError"));
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rehearsalOkButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_by, m_clone, m_rowsBefore, m_rowsAfter})
        connect(edit, &QLineEdit::textChanged, this, &RehearsalDialog::update);
    setMinimumWidth(Theme::space(60));
    update();
}

MigrationRehearsal RehearsalDialog::rehearsal() const {
    MigrationRehearsal r;
    r.stepKey = m_step->currentData().toString();
    r.rehearsedAt = m_when->dateTime().toSecsSinceEpoch();
    r.rehearsedBy = m_by->text().trimmed();
    r.cloneName = m_clone->text().trimmed();
    r.durationMin = m_duration->value();
    r.rowsBefore = m_rowsBefore->text().toLongLong();
    r.rowsAfter = m_rowsAfter->text().toLongLong();
    r.passed = m_result->currentData().toBool();
    r.notes = m_notes->text().trimmed();
    return r;
}

QString RehearsalDialog::problem() const {
    if (m_step->count() == 0)
        return tr("The runbook has no migration step to rehearse.");
    if (m_by->text().trimmed().isEmpty())
        return tr("Say who rehearsed it.");
    if (m_clone->text().trimmed().isEmpty())
        return tr("Name the clone of production it ran against.");
    if (m_rowsBefore->text().isEmpty() || m_rowsAfter->text().isEmpty())
        return tr("Give the row counts before and after.");
    return {};
}

void RehearsalDialog::update() {
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace slipway::ui
