// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeployScreen.h"

#include "IconProvider.h"
#include "RunPanel.h"
#include "RunbookEditor.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/RunbookRunService.h"
#include "services/RunbookService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace slipway::ui {

DeployScreen::DeployScreen(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("deployScreen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(2));
    layout->setSpacing(Theme::space(1));

    auto* title = new QLabel(tr("Deploy"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);
    auto* subtitle = new QLabel(tr("The plan for a release's deployment window and its live "
                                   "run: steps with owners, times and paired rollbacks, the "
                                   "critical path, rollback triggers and the go/no-go record."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(subtitle);

    auto* releaseBar = new QHBoxLayout;
    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("deployReleasePicker"));
    m_release->setMinimumContentsLength(32);
    m_release->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* releaseLabel = new QLabel(tr("&Release:"), this);
    releaseLabel->setBuddy(m_release);
    releaseBar->addWidget(releaseLabel);
    releaseBar->addWidget(m_release);
    releaseBar->addStretch(1);
    layout->addLayout(releaseBar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deployTabs"));
    m_tabs->setDocumentMode(true);
    m_editor = new RunbookEditor(m_document, m_tabs);
    m_run = new RunPanel(m_document, m_tabs);
    m_tabs->addTab(m_editor, IconProvider::icon(QStringLiteral("edit")), tr("Runbook"));
    m_tabs->addTab(m_run, IconProvider::icon(QStringLiteral("status-deploying")), tr("Run"));
    layout->addWidget(m_tabs, 1);

    connect(m_release, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            releaseChosen();
    });
    connect(&m_document, &Document::modified, this, &DeployScreen::fillReleases);
    fillReleases();
    releaseChosen();
}

void DeployScreen::setEditable(bool editable) {
    m_editor->setEditable(editable);
}

QStringList DeployScreen::tabNames() {
    return {QStringLiteral("runbook"), QStringLiteral("run")};
}

bool DeployScreen::showTab(const QString& key) {
    const qsizetype index = tabNames().indexOf(key);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

QString DeployScreen::currentTab() const {
    return tabNames().value(m_tabs->currentIndex());
}

qint64 DeployScreen::currentReleaseId() const {
    return m_release->currentData().toLongLong();
}

void DeployScreen::showRelease(qint64 releaseId) {
    const int index = m_release->findData(releaseId);
    if (index >= 0)
        m_release->setCurrentIndex(index);
}

void DeployScreen::fillReleases() {
    m_filling = true;
    const qint64 current = currentReleaseId();
    auto all = m_document.releases().all();
    m_releases = all ? all.value() : QList<Release>();
    QHash<qint64, Runbook::State> states;
    if (auto read = m_document.runbooks().states())
        states = read.value();
    QSet<qint64> running;
    if (auto read = m_document.runbookRuns().runningReleases())
        running = read.value();
    m_release->clear();
    for (const Release& r : std::as_const(m_releases)) {
        QString text = tr("%1 — %2").arg(releaseLabel(r.name, r.version), displayName(r.status));
        if (const auto state = states.find(r.id); state != states.end())
            text +=
                QStringLiteral(" · ") + (running.contains(r.id)            ? tr("run under way")
                                         : *state == Runbook::State::Ready ? tr("runbook ready")
                                                                           : tr("runbook draft"));
        m_release->addItem(IconProvider::icon(Theme::statusIconName(r.status)), text, r.id);
    }
    m_release->setCurrentIndex(std::max(0, m_release->findData(current)));
    m_filling = false;
    if (currentReleaseId() != current)
        releaseChosen();
}

void DeployScreen::releaseChosen() {
    const qint64 id = currentReleaseId();
    m_editor->setRelease(id);
    if (m_run->releaseId() != id)
        m_run->setRelease(id);
}

void DeployScreen::showBusiestRelease() {
    auto states = m_document.runbooks().states();
    if (!states)
        return;
    qint64 best = 0;
    int bestScore = -1;
    for (auto it = states->cbegin(); it != states->cend(); ++it) {
        int score = it.value() == Runbook::State::Ready ? 1000 : 0;
        if (auto status = m_document.runbookRuns().status(it.key()); status) {
            score += int(status->runbook.steps.size());
            if (status->run && status->run->isRunning())
                score += 10000 + int(status->run->firings.size()) * 100;
        }
        if (score > bestScore || (score == bestScore && it.key() < best)) {
            best = it.key();
            bestScore = score;
        }
    }
    if (best)
        showRelease(best);
}

} // namespace slipway::ui
