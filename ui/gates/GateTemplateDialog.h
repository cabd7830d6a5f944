// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class MessageBar;

// The gate templates of each release type: their gates (add, rename, remove, reorder, stage
// and due days) and each gate's criteria (add, rename, remove, reorder, kind, threshold,
// severity, metric and role). Every change is an undo command on the document's stack,
// written and audited by the gate service. Releases made earlier keep the gates they got.
class GateTemplateDialog : public QDialog {
    Q_OBJECT
public:
    explicit GateTemplateDialog(Document& document, QWidget* parent = nullptr);

    void selectType(ReleaseType type);
    ReleaseType currentType() const;
    void selectGate(int row);
    const GateTemplate* currentGate() const;

    // The paths the buttons take, for tests and menus.
    void addGate();
    void removeGate();
    void moveGate(int delta);
    void addCriterion();
    void removeCriterion();
    void moveCriterion(int delta);

private:
    QWidget* buildGateList();
    QWidget* buildGateForm();
    void reload();
    void showGate();
    void commitGateFields();
    void commitCriterionCell(int row, int column);
    void commitCriterionChoice(int row, int column, const QString& value);
    void change(const GateTemplate& after, const QString& text);
    void failed(const QString& message);

    Document& m_document;
    QList<GateTemplate> m_templates; // of the current type, by position
    qint64 m_keepGate = 0;
    int m_keepCriterion = -1;
    bool m_filling = false;

    QComboBox* m_type = nullptr;
    MessageBar* m_messages = nullptr;
    QListWidget* m_gates = nullptr;
    QPushButton* m_removeGate = nullptr;
    QPushButton* m_gateUp = nullptr;
    QPushButton* m_gateDown = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_stage = nullptr;
    QSpinBox* m_dueDays = nullptr;
    QTableWidget* m_criteria = nullptr;
    QPushButton* m_removeCriterion = nullptr;
    QPushButton* m_criterionUp = nullptr;
    QPushButton* m_criterionDown = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace slipway::ui
