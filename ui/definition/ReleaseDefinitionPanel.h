// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;
class QUndoCommand;

namespace slipway {
class Document;
}

namespace slipway::ui {

struct DefinitionContext;
class AssumptionsSection;
class ExitCriteriaSection;
class MessageBar;
class MetricsSection;
class ObjectivesSection;
class ReadinessSection;
class RiskSection;

// What a release is for and when it is done: objectives, the exit-criteria checklist, the
// risk classification, assumptions and success metrics of the release selected on the
// Releases screen. Every change is an undo command on the document's stack.
class ReleaseDefinitionPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseDefinitionPanel)
public:
    explicit ReleaseDefinitionPanel(Document& document, QWidget* parent = nullptr);
    ~ReleaseDefinitionPanel() override;

    void setRelease(qint64 releaseId); // 0: nothing selected
    qint64 releaseId() const { return m_releaseId; }
    void setEditable(bool editable);
    void reload();

Q_SIGNALS:
    // The readiness checklist asks for the screen that settles a guard.
    void openScreen(const QString& screen);

private:
    bool push(QUndoCommand* command);
    void fail(const QString& message);

    Document& m_document;
    std::unique_ptr<DefinitionContext> m_context;
    qint64 m_releaseId = 0;
    bool m_failed = false;
    bool m_reloadQueued = false;
    MessageBar* m_messages = nullptr;
    QLabel* m_empty = nullptr;
    QScrollArea* m_scroll = nullptr;
    ReadinessSection* m_readiness = nullptr;
    ObjectivesSection* m_objectives = nullptr;
    ExitCriteriaSection* m_criteria = nullptr;
    RiskSection* m_risk = nullptr;
    AssumptionsSection* m_assumptions = nullptr;
    MetricsSection* m_metrics = nullptr;
};

} // namespace slipway::ui
