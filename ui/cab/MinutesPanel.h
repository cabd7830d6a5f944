// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"
#include "domain/CabMeeting.h"

#include <QWidget>

#include <functional>

class QDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace slipway {
class CabDecisionService;
class CabMeetingService;
struct CabPack;
} // namespace slipway

namespace slipway::ui {

// The minutes of a meeting at the desk: the decisions taken in it, the conditions on its
// agenda's changes (mark one met, with who and when, or open again), and its actions (add one
// with an owner and a due date, mark it done). Every change is an undoable, audited command.
class MinutesPanel : public QWidget {
    Q_OBJECT
public:
    using ErrorSink = std::function<void(const QString& message, bool bad)>;

    MinutesPanel(CabDecisionService& decisions, CabMeetingService& meetings, QUndoStack* undo,
                 ErrorSink onMessage, QWidget* parent = nullptr);

    void setPack(const CabPack& pack, const QStringList& people);
    void setEditable(bool editable);

    // Marks the selected condition met, or open again when it is closed.
    void toggleSelectedCondition();
    // Adds the action typed into the form; false (and the problem next to the field) if none.
    bool addAction();
    // Marks the selected action done, or not done again.
    void toggleSelectedAction();

private:
    void updateButtons();
    int conditionRow() const;
    int actionRow() const;
    void report(const QString& message);

    CabDecisionService& m_decisions;
    CabMeetingService& m_meetings;
    QUndoStack* m_undo;
    ErrorSink m_onMessage;
    bool m_editable = true;
    qint64 m_meetingId = 0;
    QList<CabCondition> m_conditions;
    QList<CabAction> m_actions;

    QPlainTextEdit* m_decided;
    QTableWidget* m_conditionTable;
    QPushButton* m_conditionButton;
    QTableWidget* m_actionTable;
    QPushButton* m_actionButton;
    QLineEdit* m_actionText;
    QLabel* m_actionError;
    QComboBox* m_actionOwner;
    QDateEdit* m_actionDue;
    QPushButton* m_addAction;
};

} // namespace slipway::ui
