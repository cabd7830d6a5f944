// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessSection.h"

#include "DefinitionContext.h"
#include "Theme.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/LifecycleService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

struct ScreenLink {
    QString key;
    QString label;
};

ScreenLink linkFor(Guard guard) {
    switch (screenFor(guard)) {
    case FixScreen::Calendar:
        return {QStringLiteral("calendar"), ReadinessSection::tr("Calendar")};
    case FixScreen::Cab:
        return {QStringLiteral("cab"), ReadinessSection::tr("CAB")};
    case FixScreen::Gates:
        return {QStringLiteral("gates"), ReadinessSection::tr("Gates")};
    case FixScreen::Deployments:
        return {QStringLiteral("deployments"), ReadinessSection::tr("Deployments")};
    case FixScreen::Definition:
        return {QStringLiteral("definition"), QString()}; // this panel itself
    }
    return {};
}

QString mark(GuardState state) {
    switch (state) {
    case GuardState::Met:
        return QStringLiteral("✓");
    case GuardState::Open:
        return QStringLiteral("✗");
    case GuardState::Overridden:
        return QStringLiteral("⚑");
    case GuardState::Due:
        return QStringLiteral("◷");
    }
    return {};
}

QColor colour(GuardState state) {
    switch (state) {
    case GuardState::Met:
        return Theme::success();
    case GuardState::Open:
        return Theme::danger();
    case GuardState::Overridden:
    case GuardState::Due:
        return Theme::warning();
    }
    return Theme::muted();
}

} // namespace

ReadinessSection::ReadinessSection(DefinitionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("readinessSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1) / 2);
    auto* title = new QLabel(tr("Readiness"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("readinessSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_summary);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(Theme::space(1) / 2);
    layout->addLayout(m_rows);
}

void ReadinessSection::clearRows() {
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
}

void ReadinessSection::load(qint64 releaseId) {
    clearRows();
    if (releaseId <= 0)
        return;
    LifecycleService& lifecycle = m_context.document.lifecycle();
    auto facts = lifecycle.facts(releaseId);
    if (!facts) {
        m_summary->setText(facts.error().message);
        return;
    }
    const LifecycleClock clock = lifecycle.clock();
    const NextStep next = nextStep(facts.value(), clock);
    const QList<GuardCheck> unmet = unmetGuards(facts.value(), clock);
    QString summary = next.next ? next.summary()
                                : tr("%1: nothing further to do.").arg(displayName(facts->status));
    if (!unmet.isEmpty())
        summary = tr("%1 without %n guard(s) it needs; %2", nullptr, int(unmet.size()))
                      .arg(displayName(facts->status), summary);
    m_summary->setText(summary);

    // The statuses whose guards make the checklist: every one a release can still reach.
    const ReleaseStatus through = facts->status == ReleaseStatus::RolledBack ? ReleaseStatus::Closed
                                  : facts->status == ReleaseStatus::Cancelled
                                      ? ReleaseStatus::Cancelled
                                      : ReleaseStatus::Closed;
    QList<GuardCheck> checks = readiness(facts.value(), through, clock);
    if (facts->status == ReleaseStatus::RolledBack || facts->productionRolledBack)
        checks << evaluate(Guard::DeploymentRolledBack, facts.value(), clock);
    for (const GuardCheck& g : std::as_const(checks)) {
        auto* row = new QWidget(this);
        row->setObjectName(QStringLiteral("readiness_") + toKey(g.guard));
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto* state = new QLabel(mark(g.state), row);
        state->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(colour(g.state).name()));
        state->setToolTip(toKey(g.state));
        line->addWidget(state, 0, Qt::AlignTop);
        auto* text = new QLabel(row);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setText(g.detail.isEmpty() ? displayName(g.guard)
                                         : displayName(g.guard) + QStringLiteral(" — ") + g.detail);
        line->addWidget(text, 1);
        const ScreenLink link = linkFor(g.guard);
        if (g.state != GuardState::Met && !link.label.isEmpty()) {
            auto* open = new QPushButton(tr("Open %1").arg(link.label), row);
            open->setObjectName(QStringLiteral("readinessOpen_") + toKey(g.guard));
            open->setFlat(true);
            connect(open, &QPushButton::clicked, this,
                    [this, key = link.key] { Q_EMIT openScreen(key); });
            line->addWidget(open, 0, Qt::AlignTop);
        }
        m_rows->addWidget(row);
    }
    auto overrides = m_context.document.deployments().overrides(releaseId);
    if (overrides) {
        for (const LifecycleOverride& o : overrides.value()) {
            if (o.isSettled())
                continue;
            const auto guard = guardFromKey(o.guard);
            auto* note = new QLabel(this);
            note->setObjectName(QStringLiteral("readinessOverride"));
            note->setWordWrap(true);
            note->setTextFormat(Qt::PlainText);
            note->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning().name()));
            note->setText(
                o.isApproved()
                    ? tr("⚑ Override of “%1”, asked by %2 and approved by %3, not settled: %4")
                          .arg(guard ? displayName(*guard) : o.guard, o.requestedBy, o.approvedBy,
                               o.reason)
                    : tr("⚑ Override of “%1” asked by %2 awaits a second release manager: %3")
                          .arg(guard ? displayName(*guard) : o.guard, o.requestedBy, o.reason));
            m_rows->addWidget(note);
        }
    }
}

} // namespace slipway::ui
