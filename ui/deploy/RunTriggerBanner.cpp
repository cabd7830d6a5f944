// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunTriggerBanner.h"

#include "IconProvider.h"
#include "PlainToolTips.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

RunTriggerBanner::RunTriggerBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("runTriggerBanner"));
    setStyleSheet(
        QStringLiteral("#runTriggerBanner { %1 }").arg(Theme::bannerStyleSheet(Theme::danger())));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::space(1), Theme::space(1), Theme::space(1), Theme::space(1));
    layout->setSpacing(Theme::space(1));
    auto* icon = new QLabel(this);
    icon->setPixmap(
        IconProvider::pixmap(QStringLiteral("warning"), Theme::danger(), 24, devicePixelRatioF()));
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(Theme::space(1) / 2);
    m_what = new QLabel(this);
    m_what->setObjectName(QStringLiteral("runTriggerText"));
    m_what->setTextFormat(Qt::PlainText);
    m_what->setWordWrap(true);
    m_what->setFont(Theme::sectionFont());
    m_proposal = new QLabel(this);
    m_proposal->setObjectName(QStringLiteral("runRollbackProposal"));
    m_proposal->setTextFormat(Qt::PlainText);
    m_proposal->setWordWrap(true);
    texts->addWidget(m_what);
    texts->addWidget(m_proposal);
    layout->addLayout(texts, 1);
    m_decide = new QPushButton(tr("Decide rollback…"), this);
    m_decide->setObjectName(QStringLiteral("decideRollbackButton"));
    layout->addWidget(m_decide, 0, Qt::AlignTop);
    connect(m_decide, &QPushButton::clicked, this, &RunTriggerBanner::rollbackRequested);
    hide();
}

QString RunTriggerBanner::proposalText(const Runbook& runbook, const RollbackProposal& proposal) {
    const auto named = [&](const QString& key) {
        const RunbookStep* step = runbook.step(key);
        return step ? tr("%1 %2").arg(key, step->title) : key;
    };
    QStringList steps;
    for (const RunbookStep& step : proposal.steps)
        steps << tr("%1 %2").arg(step.key, step.title);
    QString text = steps.isEmpty()
                       ? tr("Rolling back takes no step: nothing done so far has a rollback step.")
                       : tr("Proposed rollback, in this order: %1.")
                             .arg(steps.join(QStringLiteral(" \u2192 ")));
    if (!proposal.unpaired.isEmpty()) {
        QStringList unpaired;
        for (const QString& key : proposal.unpaired)
            unpaired << named(key);
        text += u' ' + tr("No rollback step for: %1 (reverse by hand).")
                           .arg(unpaired.join(QStringLiteral(", ")));
    }
    return text;
}

void RunTriggerBanner::setState(const QStringList& fired, const Runbook& runbook,
                                const RollbackProposal& proposal, bool decided) {
    if (fired.isEmpty()) {
        hide();
        return;
    }
    QString what = tr("Rollback trigger fired: %1").arg(fired.first());
    if (fired.size() > 1)
        what += u' ' + tr("(and %n earlier)", nullptr, int(fired.size() - 1));
    m_what->setText(what);
    m_what->setToolTip(PlainToolTips::shown(fired.join(u'\n')));
    m_proposal->setText(decided ? tr("Rollback decided. %1").arg(proposalText(runbook, proposal))
                                : proposalText(runbook, proposal));
    m_decide->setVisible(!decided);
    show();
}

QString RunTriggerBanner::text() const {
    return m_what->text() + u'\n' + m_proposal->text();
}

} // namespace slipway::ui
