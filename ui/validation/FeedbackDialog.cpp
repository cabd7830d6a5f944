// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackDialog.h"

#include "DialogColumns.h"
#include "Theme.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

FeedbackDialog::FeedbackDialog(const FeedbackEntry& entry, QWidget* parent)
    : QDialog(parent)
    , m_entry(entry) {
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(entry.id ? tr("Edit feedback") : tr("Add feedback"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What a support team saw after the release: the service desk, "
                                "operations or customer success. Times are UTC."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_team = new QLineEdit(entry.team, this);
    m_team->setObjectName(QStringLiteral("feedbackTeam"));
    m_team->setPlaceholderText(tr("Service desk, L2 payments, Customer success…"));
    form->addRow(tr("&Team"), m_team);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("feedbackSeverity"));
    for (FeedbackSeverity s : {FeedbackSeverity::Low, FeedbackSeverity::Medium,
                               FeedbackSeverity::High, FeedbackSeverity::Critical})
        m_severity->addItem(displayName(s), int(s));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(int(entry.severity))));
    form->addRow(tr("&Severity"), m_severity);
    m_what = new QPlainTextEdit(entry.what, this);
    m_what->setObjectName(QStringLiteral("feedbackWhat"));
    m_what->setPlaceholderText(tr("What they saw: symptoms, how many users, since when."));
    m_what->setTabChangesFocus(true);
    m_what->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&What"), m_what);
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("feedbackWhen"));
    m_when->setTimeSpec(Qt::UTC);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_when->setCalendarPopup(true);
    m_when->setDateTime(QDateTime::fromSecsSinceEpoch(
        entry.reportedAt > 0 ? entry.reportedAt : QDateTime::currentSecsSinceEpoch(), Qt::UTC));
    form->addRow(tr("&Reported at"), m_when);
    m_error = fieldErrorLabel(this, QStringLiteral("feedbackError"));
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(entry.id ? tr("Save") : tr("Add"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_team, &QLineEdit::textChanged, this, &FeedbackDialog::update);
    connect(m_what, &QPlainTextEdit::textChanged, this, &FeedbackDialog::update);
    setMinimumWidth(Theme::space(60));
    update();
}

FeedbackEntry FeedbackDialog::entry() const {
    FeedbackEntry e = m_entry;
    e.team = m_team->text().trimmed();
    e.what = m_what->toPlainText().trimmed();
    e.severity = FeedbackSeverity(m_severity->currentData().toInt());
    e.reportedAt = m_when->dateTime().toSecsSinceEpoch();
    return e;
}

QString FeedbackDialog::problem() const {
    const QList<FieldProblem> problems = validateFeedback(entry());
    return problems.isEmpty() ? QString() : problems.first().message;
}

void FeedbackDialog::update() {
    const bool blank =
        m_team->text().trimmed().isEmpty() || m_what->toPlainText().trimmed().isEmpty();
    const QString why = blank ? QString() : problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blank && why.isEmpty());
}

} // namespace slipway::ui
