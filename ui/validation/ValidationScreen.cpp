// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationScreen.h"

#include "ChecksPanel.h"
#include "ClosurePanel.h"
#include "EmptyState.h"
#include "FeedbackPanel.h"
#include "IconProvider.h"
#include "MetricsPanel.h"
#include "ReleasePicker.h"
#include "ReviewPanel.h"
#include "ScrolledPage.h"
#include "Theme.h"
#include "ValidationBadge.h"
#include "rules/ClosureRules.h"
#include "services/Document.h"
#include "services/MetricService.h"
#include "services/ValidationCheckService.h"
#include "services/ValidationScheduler.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

ValidationScreen::ValidationScreen(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("validationScreen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(2));
    layout->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("After release"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);
    auto* subtitle = new QLabel(tr("What happened after a release reached production: health "
                                   "checks and synthetic transactions, metrics against their "
                                   "baseline, support feedback in the first 72 hours, the "
                                   "review and the formal closure."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(subtitle);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("validationSplitter"));
    split->setChildrenCollapsible(false);
    m_picker = new ReleasePicker(m_document, split);
    m_picker->setMinimumWidth(Theme::space(30));
    split->addWidget(m_picker);

    m_pages = new QStackedWidget(split);
    m_empty = new EmptyState(QStringLiteral("status-deployed"), tr("No release deployed yet"),
                             tr("Validation starts when a release reaches production. Record a "
                                "production deployment on the Deployments screen (or with "
                                "`slipway deploy record`), then add its checks here."),
                             QString(), m_pages);
    m_empty->setObjectName(QStringLiteral("validationEmptyState"));
    m_pages->addWidget(m_empty);

    auto* content = new QWidget(m_pages);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(Theme::space(1), 0, 0, 0);
    contentLayout->setSpacing(Theme::space(1));
    auto* header = new QFrame(content);
    header->setObjectName(QStringLiteral("validationHeader"));
    header->setStyleSheet(Theme::cardStyleSheet(QStringLiteral("validationHeader")));
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(Theme::space(2), Theme::space(1), Theme::space(2),
                                     Theme::space(1));
    auto* names = new QVBoxLayout;
    m_release = new QLabel(header);
    m_release->setObjectName(QStringLiteral("validationReleaseLabel"));
    m_release->setFont(Theme::titleFont());
    m_release->setTextFormat(Qt::PlainText);
    m_deployed = new QLabel(header);
    m_deployed->setObjectName(QStringLiteral("validationDeployedLabel"));
    m_deployed->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    // Long names and lines are cut rather than widening the window.
    m_release->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_deployed->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    names->addWidget(m_release);
    names->addWidget(m_deployed);
    headerLayout->addLayout(names, 1);
    m_state = new QLabel(header);
    m_state->setObjectName(QStringLiteral("validationStateBadge"));
    headerLayout->addWidget(m_state, 0, Qt::AlignVCenter);
    contentLayout->addWidget(header);

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("validationTabs"));
    m_tabs->setDocumentMode(true);
    m_checks = new ChecksPanel(m_document, m_tabs);
    m_metrics = new MetricsPanel(m_document, m_tabs);
    m_tabs->addTab(scrolledPage(m_checks), IconProvider::icon(QStringLiteral("verify")),
                   tr("Checks"));
    m_tabs->addTab(scrolledPage(m_metrics),
                   IconProvider::icon(QStringLiteral("status-in-progress")), tr("Metrics"));
    m_feedback = new FeedbackPanel(m_document, m_tabs);
    m_tabs->addTab(scrolledPage(m_feedback), IconProvider::icon(QStringLiteral("comms")),
                   tr("Feedback"));
    m_review = new ReviewPanel(m_document, m_tabs);
    m_tabs->addTab(scrolledPage(m_review), IconProvider::icon(QStringLiteral("edit")),
                   tr("Review"));
    m_closure = new ClosurePanel(m_document, m_tabs);
    m_tabs->addTab(scrolledPage(m_closure), IconProvider::icon(QStringLiteral("status-closed")),
                   tr("Closure"));
    contentLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(content);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    split->setSizes({Theme::space(40), Theme::space(120)});
    layout->addWidget(split, 1);

    // The countdown moves every minute; changes to the file are read once per burst.
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &ValidationScreen::updateHeader);
    m_clock->start();
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ValidationScreen::refreshAll);
    connect(&m_document, &Document::modified, m_refresh, qOverload<>(&QTimer::start));
    connect(m_picker, &ReleasePicker::releaseChosen, this, &ValidationScreen::releaseChosen);
    connect(m_checks, &ChecksPanel::runFinished, m_refresh, qOverload<>(&QTimer::start));
    // The chosen release's checks, results and metrics are read when the screen is first
    // shown (or asked for a release), not while the window opens.
    m_stale = true;
}

ValidationScreen::~ValidationScreen() {
    if (m_scheduler)
        m_scheduler->stop();
}

void ValidationScreen::startScheduler() {
    if (m_scheduler)
        return;
    m_scheduler = new ValidationScheduler(m_document.validationChecks(), this);
    connect(m_scheduler, &ValidationScheduler::ran, m_refresh, qOverload<>(&QTimer::start));
    m_scheduler->start();
}

void ValidationScreen::setEditable(bool editable) {
    m_editable = editable;
    m_checks->setEditable(editable);
    m_metrics->setEditable(editable);
    m_feedback->setEditable(editable);
    m_review->setEditable(editable);
    m_closure->setEditable(editable);
}

QStringList ValidationScreen::tabNames() {
    return {QStringLiteral("checks"), QStringLiteral("metrics"), QStringLiteral("feedback"),
            QStringLiteral("review"), QStringLiteral("closure")};
}

bool ValidationScreen::showTab(const QString& key) {
    const qsizetype index = tabNames().indexOf(key);
    if (index < 0 || index >= m_tabs->count())
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

QString ValidationScreen::currentTab() const {
    return tabNames().value(m_tabs->currentIndex());
}

void ValidationScreen::showRelease(qint64 releaseId) {
    if (m_picker->setCurrentRelease(releaseId) && releaseId != m_releaseId)
        releaseChosen(releaseId);
}

qint64 ValidationScreen::currentReleaseId() const {
    return m_releaseId;
}

void ValidationScreen::releaseChosen(qint64 releaseId) {
    m_releaseId = releaseId;
    m_pages->setCurrentIndex(releaseId > 0 ? 1 : 0);
    m_checks->setRelease(releaseId);
    m_metrics->setRelease(releaseId);
    m_feedback->setRelease(releaseId);
    m_review->setRelease(releaseId);
    m_closure->setRelease(releaseId);
    updateHeader();
}

void ValidationScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refreshAll();
}

void ValidationScreen::refreshAll() {
    // A hidden screen reads the file again when it is shown, not on every change elsewhere
    // (the scheduler records results every few minutes).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const qint64 before = m_releaseId;
    m_picker->reload(); // emits releaseChosen when the selection moved
    if (m_picker->currentReleaseId() == before && before > 0) {
        m_checks->refresh();
        m_metrics->refresh();
    }
    if (m_picker->currentReleaseId() != m_releaseId)
        releaseChosen(m_picker->currentReleaseId());
    updateHeader();
}

QString ValidationScreen::deploymentLine() const {
    const qint64 at = m_picker->deployedAt(m_releaseId);
    if (at <= 0)
        return {};
    const QLocale locale;
    const auto utc = [&locale](qint64 secs) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()),
                               QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    const qint64 end = feedbackWindowEnd(at);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString window;
    if (now >= end)
        window = tr("feedback window ended %1").arg(utc(end));
    else if (end - now >= 3600)
        window = tr("feedback window: %n h left", nullptr, int((end - now) / 3600));
    else
        window =
            tr("feedback window: %n min left", nullptr, int(std::max<qint64>(1, (end - now) / 60)));
    return tr("Deployed %1 · %2").arg(utc(at), window);
}

void ValidationScreen::updateHeader() {
    if (m_releaseId <= 0) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_release->setText(m_picker->label(m_releaseId));
    m_release->setToolTip(m_picker->label(m_releaseId));
    m_deployed->setText(deploymentLine());
    ValidationBadge::styleLabel(m_state, m_picker->state(m_releaseId));
}

void ValidationScreen::showBusiestRelease() {
    qint64 best = 0;
    int bestScore = -1;
    for (qint64 id : m_picker->releaseIds()) {
        const ValidationState state = m_picker->state(id);
        int score = state == ValidationState::Failing   ? 3000
                    : state == ValidationState::Passing ? 2000
                    : state == ValidationState::Pending ? 1000
                                                        : 0;
        if (auto checks = m_document.validationChecks().forRelease(id))
            score += int(checks->size()) * 10;
        if (auto metrics = m_document.metrics().verdicts(id))
            score += int(metrics->size()) * 100;
        if (score > bestScore) {
            best = id;
            bestScore = score;
        }
    }
    if (best)
        showRelease(best);
}

} // namespace slipway::ui
