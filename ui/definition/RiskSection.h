// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RiskAssessment.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace slipway::ui {

struct DefinitionContext;

// The risk questionnaire: the answers, the score, the suggested type and the planning
// rigour they lead to (recomputed as the user answers), which answers drove it, and an
// override of the type that needs a reason. Saving is one undoable command.
class RiskSection : public QWidget {
    Q_OBJECT
public:
    RiskSection(DefinitionContext& context, QWidget* parent = nullptr);

    void load(qint64 releaseId);
    void setEditable(bool editable);
    RiskAnswers answers() const;

private:
    void answersChanged();
    void showResult(const RiskAssessmentResult& result);
    void save();
    void applyType();
    std::optional<ReleaseType> chosenOverride() const;
    void updateButtons();

    DefinitionContext& m_context;
    qint64 m_releaseId = 0;
    std::optional<RiskAssessment> m_stored;
    bool m_loading = false;

    QComboBox* m_users = nullptr;
    QSpinBox* m_services = nullptr;
    QComboBox* m_data = nullptr;
    QComboBox* m_rollback = nullptr;
    QComboBox* m_regulatory = nullptr;
    QDoubleSpinBox* m_window = nullptr;
    QComboBox* m_novelty = nullptr;
    QCheckBox* m_urgent = nullptr;

    QLabel* m_score = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_gates = nullptr;
    QLabel* m_approvals = nullptr;
    QLabel* m_planning = nullptr;
    QListWidget* m_drivers = nullptr;
    QComboBox* m_override = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_savedInfo = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace slipway::ui
