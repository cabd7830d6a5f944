// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordDeploymentDialog.h"

#include "Theme.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

RecordDeploymentDialog::RecordDeploymentDialog(Document& document, qint64 releaseId,
                                               QWidget* parent)
    : QDialog(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("recordDeploymentDialog"));
    setWindowTitle(tr("Record a deployment"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("deploymentRelease"));
    if (auto all = document.releases().all(); all) {
        m_releases = all.value();
        std::sort(m_releases.begin(), m_releases.end(),
                  [](const Release& a, const Release& b) { return a.windowStart > b.windowStart; });
    }
    for (const Release& r : std::as_const(m_releases))
        m_release->addItem(releaseLabel(r.name, r.version), r.id);
    if (const int at = m_release->findData(releaseId); at >= 0)
        m_release->setCurrentIndex(at);
    form->addRow(tr("&Release"), m_release);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("deploymentEnvironment"));
    if (auto envs = document.deployments().environments(); envs)
        for (const Environment& e : envs.value())
            m_environment->addItem(e.kind == u"prod" ? tr("%1 (production)").arg(e.name) : e.name,
                                   e.id);
    form->addRow(tr("&Environment"), m_environment);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("deploymentOutcome"));
    for (DeploymentOutcome o :
         {DeploymentOutcome::Succeeded, DeploymentOutcome::Failed, DeploymentOutcome::RolledBack})
        m_outcome->addItem(displayName(o), int(o));
    form->addRow(tr("&Outcome"), m_outcome);

    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_at->setObjectName(QStringLiteral("deploymentAt"));
    m_at->setCalendarPopup(true);
    form->addRow(tr("&When"), m_at);

    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(QStringLiteral("deploymentTicket"));
    m_ticket->setPlaceholderText(tr("Default: the release's change ticket"));
    form->addRow(tr("Change &ticket"), m_ticket);

    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("deploymentNotes"));
    form->addRow(tr("&Notes"), m_notes);

    // Ship what was tested: in production each must be covered by passing gate evidence.
    m_digests = new QLineEdit(this);
    m_digests->setObjectName(QStringLiteral("deploymentDigests"));
    m_digests->setPlaceholderText(tr("SHA-256 of each artifact deployed, separated by spaces"));
    form->addRow(tr("&Artifact digests"), m_digests);

    auto* by = new QLabel(tr("Recorded as deployed by %1.").arg(document.session().actor), this);
    by->setTextFormat(Qt::PlainText);
    by->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(by);

    m_refusals = new QLabel(this);
    m_refusals->setObjectName(QStringLiteral("deploymentRefusals"));
    m_refusals->setWordWrap(true);
    m_refusals->setTextFormat(Qt::PlainText);
    m_refusals->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    layout->addWidget(m_refusals);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* combo : {m_release, m_environment, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordDeploymentDialog::refresh);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &RecordDeploymentDialog::refresh);
    connect(m_digests, &QLineEdit::textChanged, this, &RecordDeploymentDialog::refresh);
    setMinimumWidth(Theme::space(60));
    refresh();
}

Deployment RecordDeploymentDialog::deployment() const {
    Deployment d;
    d.releaseId = m_release->currentData().toLongLong();
    d.environmentId = m_environment->currentData().toLongLong();
    d.outcome = DeploymentOutcome(m_outcome->currentData().toInt());
    d.deployedAt = m_at->dateTime().toSecsSinceEpoch();
    d.changeTicket = m_ticket->text().trimmed();
    d.notes = m_notes->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    d.artifactDigests = m_digests->text().split(separators, Qt::SkipEmptyParts);
    return d;
}

ReleaseStatus RecordDeploymentDialog::statusBefore() const {
    const qint64 id = m_release->currentData().toLongLong();
    for (const Release& r : m_releases)
        if (r.id == id)
            return r.status;
    return ReleaseStatus::Planned;
}

void RecordDeploymentDialog::refresh() {
    QStringList problems;
    if (m_release->count() == 0)
        problems << tr("There are no releases yet.");
    if (m_environment->count() == 0)
        problems << tr("There are no environments yet: add them under Schedule ▸ Environments.");
    if (problems.isEmpty()) {
        auto refused = m_document.deployments().refusals(deployment());
        if (!refused)
            problems << refused.error().message;
        else
            problems << refused.value();
    }
    m_refusals->setText(problems.isEmpty() ? QString()
                                           : tr("Not allowed yet:") + QStringLiteral("\n• ") +
                                                 problems.join(QStringLiteral("\n• ")));
    m_refusals->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace slipway::ui
