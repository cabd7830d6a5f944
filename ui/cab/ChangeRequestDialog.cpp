// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRequestDialog.h"

#include "CabStyle.h"
#include "DialogColumns.h"
#include "Theme.h"
#include "domain/RiskAssessment.h"
#include "rules/RiskClassifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace slipway::ui {
namespace {

template <typename Enum> QComboBox* answerCombo(QWidget* parent, const char* name) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    for (int i = 0; i < 4; ++i)
        combo->addItem(displayName(Enum(i)), i);
    return combo;
}

template <typename Enum> Enum answerOf(const QComboBox* combo) {
    return Enum(combo->currentData().toInt());
}

QWidget* withError(QWidget* parent, QWidget* field, QLabel* error) {
    auto* box = new QWidget(parent);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    box->setFocusProxy(field);
    return box;
}

} // namespace

ChangeRequestDialog::ChangeRequestDialog(const QList<std::pair<qint64, QString>>& releases,
                                         const QSet<QString>& takenTickets,
                                         const QStringList& people, QWidget* parent)
    : QDialog(parent)
    , m_taken(takenTickets)
    , m_ticket(new QLineEdit(this))
    , m_ticketError(fieldErrorLabel(this, QStringLiteral("ticketError")))
    , m_release(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_summary(new QLineEdit(this))
    , m_summaryError(fieldErrorLabel(this, QStringLiteral("summaryError")))
    , m_requestedBy(new QLineEdit(this))
    , m_requestedByError(fieldErrorLabel(this, QStringLiteral("requestedByError")))
    , m_serviceOwner(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_tagsError(fieldErrorLabel(this, QStringLiteral("tagsError")))
    , m_ownWindow(new QCheckBox(tr("A window of its own (no release)"), this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_windowError(fieldErrorLabel(this, QStringLiteral("windowError")))
    , m_implementation(new QPlainTextEdit(this))
    , m_rollback(new QPlainTextEdit(this))
    , m_rollbackNote(new QLabel(this))
    , m_users(answerCombo<UsersAffected>(this, "riskUsers"))
    , m_services(new QSpinBox(this))
    , m_data(answerCombo<DataMigration>(this, "riskDataMigration"))
    , m_rollbackAnswer(answerCombo<RollbackComplexity>(this, "riskRollback"))
    , m_regulatory(answerCombo<RegulatoryExposure>(this, "riskRegulatory"))
    , m_windowHours(new QDoubleSpinBox(this))
    , m_novelty(answerCombo<Novelty>(this, "riskNovelty"))
    , m_urgent(
          new QCheckBox(tr("Urgent: restores a live service or closes an exploited hole"), this))
    , m_result(new QLabel(this))
    , m_drivers(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("changeRequestDialog"));
    setWindowTitle(tr("Change request"));
    m_ticket->setObjectName(QStringLiteral("ticketEdit"));
    m_ticket->setPlaceholderText(tr("e.g. CHG0041234"));
    m_release->setObjectName(QStringLiteral("releaseCombo"));
    m_release->addItem(tr("None — a change of its own"), qint64(0));
    for (const auto& [id, label] : releases)
        m_release->addItem(label, id);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (ChangeType t : {ChangeType::Standard, ChangeType::Normal, ChangeType::Emergency})
        m_type->addItem(displayName(t), toKey(t));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("What the change does, in a line"));
    m_requestedBy->setObjectName(QStringLiteral("requestedByEdit"));
    auto* completer = new QCompleter(people, m_requestedBy);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_requestedBy->setCompleter(completer);
    m_serviceOwner->setObjectName(QStringLiteral("serviceOwnerEdit"));
    m_serviceOwner->setCompleter(new QCompleter(people, m_serviceOwner));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("e.g. sox, pci"));
    m_tags->setToolTip(tr("SOX-tagged changes need a second, different approver"));
    m_ownWindow->setObjectName(QStringLiteral("ownWindowCheck"));
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
    }
    m_start->setObjectName(QStringLiteral("plannedStartEdit"));
    m_end->setObjectName(QStringLiteral("plannedEndEdit"));
    m_implementation->setObjectName(QStringLiteral("implementationEdit"));
    m_implementation->setPlaceholderText(tr("How the change is carried out, step by step"));
    m_rollback->setObjectName(QStringLiteral("rollbackEdit"));
    m_rollback->setPlaceholderText(
        tr("How it is undone if it goes wrong, and how long that takes"));
    for (QPlainTextEdit* edit : {m_implementation, m_rollback}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(Theme::space(9));
    }
    m_rollbackNote->setObjectName(QStringLiteral("rollbackNote"));
    m_rollbackNote->setWordWrap(true);
    m_rollbackNote->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning().name()));
    m_rollbackNote->setText(tr("The board will ask for a rollback plan."));

    m_services->setObjectName(QStringLiteral("riskServices"));
    m_services->setRange(0, 999);
    m_windowHours->setObjectName(QStringLiteral("riskWindowHours"));
    m_windowHours->setRange(0.25, 168);
    m_windowHours->setSingleStep(0.5);
    m_windowHours->setDecimals(2);
    m_windowHours->setSuffix(tr(" h"));
    m_urgent->setObjectName(QStringLiteral("riskUrgent"));
    m_result->setObjectName(QStringLiteral("riskResultLabel"));
    m_result->setFont(Theme::sectionFont());
    m_drivers->setObjectName(QStringLiteral("riskDriversLabel"));
    m_drivers->setWordWrap(true);
    m_drivers->setTextFormat(Qt::PlainText);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Ticket:"), withError(this, m_ticket, m_ticketError));
    form->addRow(tr("&Release:"), m_release);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Summary:"), withError(this, m_summary, m_summaryError));
    form->addRow(tr("Requested &by:"), withError(this, m_requestedBy, m_requestedByError));
    form->addRow(tr("Service &owner:"), m_serviceOwner);
    form->addRow(tr("T&ags:"), withError(this, m_tags, m_tagsError));
    auto* window = new QWidget(this);
    auto* windowColumn = new QVBoxLayout(window);
    windowColumn->setContentsMargins(0, 0, 0, 0);
    windowColumn->setSpacing(2);
    windowColumn->addWidget(m_ownWindow);
    auto* times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), window));
    times->addWidget(m_end);
    times->addWidget(new QLabel(tr("UTC"), window));
    times->addStretch(1);
    windowColumn->addLayout(times);
    windowColumn->addWidget(m_windowError);
    form->addRow(tr("Window:"), window);
    form->addRow(tr("&Implementation:"), m_implementation);
    form->addRow(tr("Roll&back plan:"), withError(this, m_rollback, m_rollbackNote));

    auto* risk = new QGroupBox(tr("Risk assessment"), this);
    risk->setObjectName(QStringLiteral("riskGroup"));
    auto* riskForm = new QFormLayout(risk);
    riskForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    riskForm->addRow(tr("Users affected:"), m_users);
    riskForm->addRow(tr("Services affected:"), m_services);
    riskForm->addRow(tr("Data migration:"), m_data);
    riskForm->addRow(tr("Rollback:"), m_rollbackAnswer);
    riskForm->addRow(tr("Regulatory exposure:"), m_regulatory);
    riskForm->addRow(tr("Change window:"), m_windowHours);
    riskForm->addRow(tr("Novelty:"), m_novelty);
    riskForm->addRow(QString(), m_urgent);
    riskForm->addRow(m_result);
    riskForm->addRow(m_drivers);

    layOutFormBeside(this, form, Theme::space(60), 3, risk, 2, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit* edit : {m_ticket, m_summary, m_requestedBy, m_serviceOwner, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &ChangeRequestDialog::refresh);
    for (QComboBox* combo :
         {m_release, m_type, m_users, m_data, m_rollbackAnswer, m_regulatory, m_novelty})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChangeRequestDialog::refresh);
    connect(m_services, &QSpinBox::valueChanged, this, &ChangeRequestDialog::refresh);
    connect(m_windowHours, &QDoubleSpinBox::valueChanged, this, &ChangeRequestDialog::refresh);
    connect(m_urgent, &QCheckBox::toggled, this, &ChangeRequestDialog::refresh);
    connect(m_ownWindow, &QCheckBox::toggled, this, &ChangeRequestDialog::refresh);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &ChangeRequestDialog::refresh);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &ChangeRequestDialog::refresh);
    connect(m_rollback, &QPlainTextEdit::textChanged, this, &ChangeRequestDialog::refresh);

    ChangeRequest fresh;
    fresh.type = ChangeType::Normal;
    RiskClassifier::assess(fresh, RiskAnswers{});
    setChange(fresh);
}

void ChangeRequestDialog::setChange(const ChangeRequest& c) {
    m_base = c;
    m_ticket->setText(c.ticket);
    const int release = m_release->findData(c.releaseId);
    m_release->setCurrentIndex(release >= 0 ? release : 0);
    m_type->setCurrentIndex(m_type->findData(toKey(c.type)));
    m_summary->setText(c.summary);
    m_requestedBy->setText(c.requestedBy);
    m_serviceOwner->setText(c.serviceOwner);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_ownWindow->setChecked(c.plannedStart > 0);
    const qint64 start =
        c.plannedStart > 0
            ? c.plannedStart
            : QDateTime(QDate::currentDate().addDays(7), QTime(20, 0), Qt::UTC).toSecsSinceEpoch();
    m_start->setDateTime(QDateTime::fromSecsSinceEpoch(start, Qt::UTC));
    m_end->setDateTime(QDateTime::fromSecsSinceEpoch(
        c.plannedEnd > start ? c.plannedEnd : start + qint64(2) * 3600, Qt::UTC));
    m_implementation->setPlainText(c.implementationPlan);
    m_rollback->setPlainText(c.rollbackPlan);
    const RiskAnswers a = riskAnswersFromJson(c.riskAnswers).value_or(RiskAnswers{});
    m_users->setCurrentIndex(int(a.users));
    m_services->setValue(a.servicesAffected);
    m_data->setCurrentIndex(int(a.dataMigration));
    m_rollbackAnswer->setCurrentIndex(int(a.rollback));
    m_regulatory->setCurrentIndex(int(a.regulatory));
    m_windowHours->setValue(a.windowMinutes / 60.0);
    m_novelty->setCurrentIndex(int(a.novelty));
    m_urgent->setChecked(a.urgent);
    refresh();
}

RiskAnswers ChangeRequestDialog::answers() const {
    RiskAnswers a;
    a.users = answerOf<UsersAffected>(m_users);
    a.servicesAffected = m_services->value();
    a.dataMigration = answerOf<DataMigration>(m_data);
    a.rollback = answerOf<RollbackComplexity>(m_rollbackAnswer);
    a.regulatory = answerOf<RegulatoryExposure>(m_regulatory);
    a.windowMinutes = int(std::lround(m_windowHours->value() * 60));
    a.novelty = answerOf<Novelty>(m_novelty);
    a.urgent = m_urgent->isChecked();
    return a;
}

ChangeRequest ChangeRequestDialog::change() const {
    ChangeRequest c = m_base;
    c.ticket = m_ticket->text().trimmed();
    c.releaseId = m_release->currentData().toLongLong();
    c.type = changeTypeFromKey(m_type->currentData().toString()).value_or(ChangeType::Normal);
    c.summary = m_summary->text().trimmed();
    c.requestedBy = m_requestedBy->text().trimmed();
    c.serviceOwner = m_serviceOwner->text().trimmed();
    c.tags = normalisedTags(m_tags->text());
    const bool own = m_ownWindow->isChecked();
    c.plannedStart = own ? m_start->dateTime().toSecsSinceEpoch() : 0;
    c.plannedEnd = own ? m_end->dateTime().toSecsSinceEpoch() : 0;
    c.implementationPlan = m_implementation->toPlainText().trimmed();
    c.rollbackPlan = m_rollback->toPlainText().trimmed();
    RiskClassifier::assess(c, answers());
    return c;
}

void ChangeRequestDialog::refresh() {
    const bool own = m_ownWindow->isChecked();
    m_start->setEnabled(own);
    m_end->setEnabled(own);
    const ChangeRequest c = change();
    QList<FieldProblem> problems = validateChangeRequest(c);
    if (m_taken.contains(c.ticket) && c.ticket != m_base.ticket)
        problems.append({QStringLiteral("ticket"),
                         tr("%1 is already the ticket of another change request.").arg(c.ticket)});
    if (c.releaseId == 0 && !own)
        problems.append({QStringLiteral("plannedEnd"),
                         tr("Link a release, or give the change a window of its own.")});
    const auto show = [&](QLabel* label, const char* field) {
        QStringList messages;
        for (const FieldProblem& p : problems)
            if (p.field == QLatin1String(field))
                messages << p.message;
        label->setText(messages.join(u'\n'));
        label->setVisible(!messages.isEmpty());
    };
    show(m_ticketError, "ticket");
    show(m_summaryError, "summary");
    show(m_requestedByError, "requestedBy");
    show(m_tagsError, "tags");
    show(m_windowError, "plannedEnd");
    m_rollbackNote->setVisible(c.rollbackPlan.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());

    m_result->setText(
        tr("Score %1 of 100 · %2 risk").arg(c.riskScore).arg(displayName(c.riskLevel)));
    m_result->setStyleSheet(
        QStringLiteral("color: %1;").arg(CabStyle::riskColor(c.riskLevel).name()));
    QStringList lines;
    for (const QString& d : c.riskDrivers)
        lines << QStringLiteral("• ") + d;
    m_drivers->setText(lines.isEmpty() ? tr("Nothing in the answers raises the risk.")
                                       : lines.join(u'\n'));
}

} // namespace slipway::ui
