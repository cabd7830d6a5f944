// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookHeader.h"

#include "IconProvider.h"
#include "PlainToolTips.h"
#include "RunbookStepModel.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace slipway::ui {

namespace {

QLabel* plainLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString clock(const QDateTime& utc, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    const QDateTime at = utc.toTimeZone(tz.isValid() ? tz : QTimeZone::utc());
    return QLocale().toString(at, QStringLiteral("ddd HH:mm")) + u' ' + at.timeZoneAbbreviation();
}

} // namespace

RunbookHeader::RunbookHeader(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("runbookHeader"));
    setStyleSheet(Theme::cardStyleSheet(objectName()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(1), Theme::space(2), Theme::space(1));
    layout->setSpacing(Theme::space(1) / 2);

    auto* top = new QHBoxLayout;
    m_pattern = plainLabel(this, QStringLiteral("runbookPattern"));
    m_pattern->setFont(Theme::sectionFont());
    top->addWidget(m_pattern);
    m_lock = new QLabel(this);
    m_lock->setPixmap(IconProvider::pixmap(QStringLiteral("lock"), Theme::success(),
                                           Theme::space(2), devicePixelRatioF()));
    top->addWidget(m_lock);
    m_state = plainLabel(this, QStringLiteral("runbookState"));
    m_state->setWordWrap(true); // a narrow window wraps it rather than running under the buttons
    m_state->setMinimumWidth(Theme::space(16));
    top->addWidget(m_state, 1);
    m_editRationale =
        new QPushButton(IconProvider::icon(QStringLiteral("edit")), tr("Edit rationale…"), this);
    m_editRationale->setObjectName(QStringLiteral("editRationaleButton"));
    top->addWidget(m_editRationale);
    m_ready = new QPushButton(this);
    m_ready->setObjectName(QStringLiteral("runbookReadyButton"));
    top->addWidget(m_ready);
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRunbookButton"));
    m_remove->setToolTip(tr("Remove this runbook with its steps, triggers and rehearsals"));
    top->addWidget(m_remove);
    layout->addLayout(top);

    m_rationale = plainLabel(this, QStringLiteral("runbookRationale"));
    m_rationale->setWordWrap(true);
    m_rationale->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_rationale);

    m_timing = plainLabel(this, QStringLiteral("runbookTiming"));
    m_timing->setWordWrap(true);
    layout->addWidget(m_timing);
    auto* bottom = new QHBoxLayout;
    m_path = plainLabel(this, QStringLiteral("runbookCriticalPath"));
    m_path->setWordWrap(true);
    bottom->addWidget(m_path, 1);
    m_findings = plainLabel(this, QStringLiteral("runbookFindingCount"));
    bottom->addWidget(m_findings);
    layout->addLayout(bottom);
}

void RunbookHeader::showRunbook(const Runbook& runbook, const std::optional<RunbookPlan>& plan,
                                const QDateTime& windowStart, const QDateTime& windowEnd,
                                const QString& zone, const QList<RunbookFinding>& findings) {
    m_pattern->setText(runbook.pattern == DeploymentPattern::Custom
                           ? tr("Custom runbook")
                           : tr("%1 runbook").arg(displayName(runbook.pattern)));
    const QLocale locale;
    if (runbook.isReady()) {
        m_state->setText(
            tr("Ready — locked by %1 at %2")
                .arg(runbook.readyBy,
                     locale.toString(QDateTime::fromSecsSinceEpoch(runbook.readyAt).toLocalTime(),
                                     QStringLiteral("d MMM yyyy HH:mm"))));
        m_state->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::success().name()));
        m_ready->setText(tr("Back to draft"));
        m_ready->setIcon(IconProvider::icon(QStringLiteral("revert")));
        m_ready->setToolTip(tr("Unlock the runbook for changes; it must be marked ready again"));
        m_ready->setStyleSheet(QString());
    } else {
        m_state->setText(tr("Draft — not ready for the window"));
        m_state->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
        m_ready->setText(tr("Mark ready"));
        m_ready->setIcon(IconProvider::icon(QStringLiteral("lock"), Theme::onAccent()));
        m_ready->setToolTip(tr("Lock the runbook for its window; refused while blocking "
                               "findings remain"));
        m_ready->setStyleSheet(Theme::primaryButtonStyleSheet());
    }
    m_lock->setVisible(runbook.isReady());
    // Two lines or so of the rationale; all of it in the tooltip and the rationale dialog.
    constexpr int kShown = 240;
    QString rationale = runbook.rationale.simplified();
    if (rationale.size() > kShown) {
        const qsizetype cut = rationale.lastIndexOf(u' ', kShown);
        rationale = rationale.left(cut > kShown / 2 ? cut : kShown) + QStringLiteral(" …");
    }
    m_rationale->setText(rationale.isEmpty() ? tr("No rationale recorded.") : rationale);
    m_rationale->setToolTip(PlainToolTips::shown(runbook.rationale));

    QString timing;
    QString colour = Theme::muted().name();
    if (!plan) {
        timing = tr("No plan: the dependencies must be fixed first.");
        colour = Theme::danger().name();
    } else if (!windowStart.isValid() || !windowEnd.isValid()) {
        timing = tr("Planned length %1; the release has no window yet.")
                     .arg(RunbookStepModel::minutes(plan->plannedEndMin));
        colour = Theme::warning().name();
    } else {
        const QDateTime end = windowStart.addSecs(qint64(plan->plannedEndMin) * 60);
        const qint64 spare = end.secsTo(windowEnd) / 60;
        timing = tr("Planned end %1 (T+%2) · window %3 to %4")
                     .arg(clock(end, zone), RunbookStepModel::minutes(plan->plannedEndMin),
                          clock(windowStart, zone), clock(windowEnd, zone));
        if (spare >= 0) {
            timing += QStringLiteral(" · ") +
                      tr("%1 to spare").arg(RunbookStepModel::minutes(int(spare)));
            colour = Theme::success().name();
        } else {
            timing += QStringLiteral(" · ") +
                      tr("overruns the window by %1").arg(RunbookStepModel::minutes(int(-spare)));
            colour = Theme::danger().name();
        }
    }
    m_timing->setText(timing);
    m_timing->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_path->setText(
        plan && !plan->criticalPath.isEmpty()
            ? tr("Critical path: %1").arg(plan->criticalPath.join(QStringLiteral(" → ")))
            : QString());
    const auto blocking = std::count_if(findings.cbegin(), findings.cend(),
                                        [](const RunbookFinding& f) { return f.blocking(); });
    const int warnings = int(findings.size() - blocking);
    m_findings->setText(tr("%n blocking", nullptr, int(blocking)) + QStringLiteral(" · ") +
                        tr("%n warning(s)", nullptr, warnings));
    m_findings->setStyleSheet(QStringLiteral("color: %1;")
                                  .arg((blocking   ? Theme::danger()
                                        : warnings ? Theme::warning()
                                                   : Theme::success())
                                           .name()));
}

} // namespace slipway::ui
