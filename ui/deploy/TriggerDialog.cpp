// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriggerDialog.h"

#include "DialogColumns.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace slipway::ui {

TriggerDialog::TriggerDialog(const RunbookTrigger& trigger, bool adding, QWidget* parent)
    : QDialog(parent)
    , m_original(trigger) {
    setObjectName(QStringLiteral("triggerDialog"));
    setWindowTitle(adding ? tr("Add a rollback trigger") : tr("Edit rollback trigger"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("triggerKind"));
    for (TriggerKind k :
         {TriggerKind::StepFailed, TriggerKind::StepOverrun, TriggerKind::WindowOverrun,
          TriggerKind::HealthCheck, TriggerKind::Metric})
        m_kind->addItem(displayName(k), int(k));
    m_form->addRow(tr("&Kind"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("triggerName"));
    m_name->setPlaceholderText(tr("As the banner says it: Checkout health"));
    m_form->addRow(tr("&Name"), m_name);
    m_factor = new QDoubleSpinBox(this);
    m_factor->setObjectName(QStringLiteral("triggerFactor"));
    m_factor->setRange(1.0, 20.0);
    m_factor->setSingleStep(0.25);
    m_factor->setPrefix(QStringLiteral("× "));
    m_form->addRow(tr("Planned time ×"), m_factor);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("triggerUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://shop.example.com/health"));
    m_form->addRow(tr("&URL"), m_url);
    m_failures = new QSpinBox(this);
    m_failures->setObjectName(QStringLiteral("triggerFailures"));
    m_failures->setRange(1, 100);
    m_form->addRow(tr("Failures in a row"), m_failures);
    m_status = new QSpinBox(this);
    m_status->setObjectName(QStringLiteral("triggerStatus"));
    m_status->setRange(0, 599);
    m_status->setSpecialValueText(tr("any 2xx"));
    m_form->addRow(tr("Expected status"), m_status);
    m_body = new QLineEdit(this);
    m_body->setObjectName(QStringLiteral("triggerBody"));
    m_body->setPlaceholderText(tr("Text the answer must contain; empty: any"));
    m_form->addRow(tr("Expected body"), m_body);
    m_latency = new QSpinBox(this);
    m_latency->setObjectName(QStringLiteral("triggerLatency"));
    m_latency->setRange(0, 600000);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setSpecialValueText(tr("no budget"));
    m_form->addRow(tr("Latency budget"), m_latency);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("triggerQuery"));
    m_query->setPlaceholderText(
        QStringLiteral("sum(rate(http_requests_total{code=~\"5..\"}[5m]))"));
    m_form->addRow(tr("PromQL query"), m_query);
    m_above = new QComboBox(this);
    m_above->setObjectName(QStringLiteral("triggerAbove"));
    m_above->addItem(tr("Fires above the threshold"), true);
    m_above->addItem(tr("Fires below the threshold"), false);
    m_form->addRow(tr("Direction"), m_above);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("triggerThreshold"));
    m_threshold->setRange(-std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    m_threshold->setDecimals(4);
    m_form->addRow(tr("Threshold"), m_threshold);

    m_error = fieldErrorLabel(this, QStringLiteral("triggerError"));
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("triggerOkButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(trigger.kind))));
    m_name->setText(trigger.name);
    m_factor->setValue(trigger.factor > 0 ? trigger.factor : 1.5);
    m_failures->setValue(trigger.failures > 0 ? trigger.failures : 3);
    m_url->setText(trigger.url);
    m_status->setValue(trigger.expectStatus);
    m_body->setText(trigger.expectBody);
    m_latency->setValue(trigger.latencyMs);
    m_query->setText(trigger.query);
    m_above->setCurrentIndex(trigger.above ? 0 : 1);
    m_threshold->setValue(trigger.threshold);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TriggerDialog::update);
    for (QLineEdit* edit : {m_name, m_url, m_query})
        connect(edit, &QLineEdit::textChanged, this, &TriggerDialog::update);
    setMinimumWidth(Theme::space(64));
    update();
}

RunbookTrigger TriggerDialog::trigger() const {
    RunbookTrigger t;
    t.id = m_original.id;
    t.kind = TriggerKind(m_kind->currentData().toInt());
    t.name = m_name->text().trimmed();
    if (t.kind == TriggerKind::StepOverrun)
        t.factor = m_factor->value();
    if (t.kind == TriggerKind::HealthCheck) {
        t.url = m_url->text().trimmed();
        t.failures = m_failures->value();
        t.expectStatus = m_status->value();
        t.expectBody = m_body->text();
        t.latencyMs = m_latency->value();
    }
    if (t.kind == TriggerKind::Metric) {
        t.url = m_url->text().trimmed();
        t.query = m_query->text().trimmed();
        t.above = m_above->currentData().toBool();
        t.threshold = m_threshold->value();
    }
    return t;
}

QString TriggerDialog::problem() const {
    const RunbookTrigger t = trigger();
    if (t.name.isEmpty())
        return tr("Give the trigger a name: the banner says it when it fires.");
    if (t.kind == TriggerKind::HealthCheck || t.kind == TriggerKind::Metric) {
        const QUrl url(t.url, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            return tr("The URL must be an http or https address.");
    }
    if (t.kind == TriggerKind::Metric && t.query.isEmpty())
        return tr("Give the PromQL query whose value is compared.");
    return {};
}

void TriggerDialog::update() {
    const auto kind = TriggerKind(m_kind->currentData().toInt());
    const bool health = kind == TriggerKind::HealthCheck;
    const bool metric = kind == TriggerKind::Metric;
    m_form->setRowVisible(m_factor, kind == TriggerKind::StepOverrun);
    m_form->setRowVisible(m_url, health || metric);
    m_form->setRowVisible(m_failures, health);
    m_form->setRowVisible(m_status, health);
    m_form->setRowVisible(m_body, health);
    m_form->setRowVisible(m_latency, health);
    m_form->setRowVisible(m_query, metric);
    m_form->setRowVisible(m_above, metric);
    m_form->setRowVisible(m_threshold, metric);
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_url)))
        label->setText(metric ? tr("Prometheus &URL") : tr("&URL"));
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    adjustSize();
}

} // namespace slipway::ui
