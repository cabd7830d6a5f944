// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseDefinitionPanel.h"

#include "AssumptionsSection.h"
#include "DefinitionContext.h"
#include "ExitCriteriaSection.h"
#include "MessageBar.h"
#include "MetricsSection.h"
#include "ObjectivesSection.h"
#include "ReadinessSection.h"
#include "RiskSection.h"
#include "Theme.h"
#include "services/Document.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

ReleaseDefinitionPanel::ReleaseDefinitionPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("releaseDefinitionPanel"));
    m_context = std::make_unique<DefinitionContext>(
        DefinitionContext{document, [this](QUndoCommand* c) { return push(c); },
                          [this](const QString& m) { fail(m); }, true});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(1), Theme::space(1), Theme::space(1), Theme::space(1));
    layout->setSpacing(Theme::space(1));
    m_messages = new MessageBar(QStringLiteral("definitionMessages"), this);
    layout->addWidget(m_messages);
    m_empty = new QLabel(tr("Select a release to set its objectives, exit criteria, risk, "
                            "assumptions and success metrics."),
                         this);
    m_empty->setObjectName(QStringLiteral("definitionEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_empty, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("definitionScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(m_scroll);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, Theme::space(1), 0);
    column->setSpacing(Theme::space(2));
    m_readiness = new ReadinessSection(*m_context, content);
    connect(m_readiness, &ReadinessSection::openScreen, this, &ReleaseDefinitionPanel::openScreen);
    m_objectives = new ObjectivesSection(*m_context, content);
    m_criteria = new ExitCriteriaSection(*m_context, content);
    m_risk = new RiskSection(*m_context, content);
    m_assumptions = new AssumptionsSection(*m_context, content);
    m_metrics = new MetricsSection(*m_context, content);
    for (QWidget* section : std::initializer_list<QWidget*>{m_readiness, m_objectives, m_criteria,
                                                            m_risk, m_assumptions, m_metrics})
        column->addWidget(section);
    column->addStretch(1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    // Undo, redo and other programs' saves show up here too.
    connect(&document, &Document::modified, this, [this] {
        if (m_reloadQueued)
            return;
        m_reloadQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_reloadQueued = false;
            reload();
        });
    });
    setRelease(0);
}

ReleaseDefinitionPanel::~ReleaseDefinitionPanel() = default;

void ReleaseDefinitionPanel::setRelease(qint64 releaseId) {
    if (releaseId != m_releaseId)
        m_messages->hide();
    m_releaseId = releaseId;
    m_empty->setVisible(releaseId <= 0);
    m_scroll->setVisible(releaseId > 0);
    reload();
}

void ReleaseDefinitionPanel::setEditable(bool editable) {
    m_context->editable = editable;
    m_objectives->setEditable(editable);
    reload();
}

void ReleaseDefinitionPanel::reload() {
    m_readiness->load(m_releaseId);
    m_objectives->load(m_releaseId);
    m_criteria->load(m_releaseId);
    m_risk->load(m_releaseId);
    m_assumptions->load(m_releaseId);
    m_metrics->load(m_releaseId);
}

bool ReleaseDefinitionPanel::push(QUndoCommand* command) {
    m_failed = false;
    m_document.undoStack()->push(command);
    if (!m_failed)
        m_messages->hide();
    return !m_failed;
}

void ReleaseDefinitionPanel::fail(const QString& message) {
    m_failed = true;
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

} // namespace slipway::ui
