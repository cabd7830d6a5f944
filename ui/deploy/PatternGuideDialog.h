// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"
#include "rules/PatternGuide.h"

#include <QDialog>
#include <QJsonObject>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace slipway::ui {

// Asks what decides a deployment pattern (architecture, schema, rollback speed, user impact,
// spare capacity; each may be "don't know") and recommends one live, with its reasons and the
// trade-offs of the others. The rationale starts as the recommendation's own and can be
// rewritten; the chosen pattern's template seeds the runbook.
class PatternGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit PatternGuideDialog(const QString& releaseLabel, QWidget* parent = nullptr);

    PatternAnswers answers() const;
    DeploymentPattern pattern() const;
    QString rationale() const;
    const PatternRecommendation& recommendation() const { return m_recommendation; }

private:
    QButtonGroup* addQuestion(QVBoxLayout* form, const QString& name, const QString& question,
                              const QList<std::pair<int, QString>>& choices);
    void update();

    QButtonGroup* m_stateless = nullptr;
    QButtonGroup* m_balancer = nullptr;
    QButtonGroup* m_schema = nullptr;
    QButtonGroup* m_capacity = nullptr;
    QButtonGroup* m_speed = nullptr;
    QButtonGroup* m_impact = nullptr;
    QLabel* m_recommended = nullptr;
    QLabel* m_reasons = nullptr;
    QLabel* m_others = nullptr;
    QComboBox* m_pattern = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QPushButton* m_create = nullptr;
    PatternRecommendation m_recommendation;
    QString m_autoRationale; // what the text was last filled with; replaced until edited
    bool m_patternChosen = false;
};

} // namespace slipway::ui
