// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"

#include <QObject>
#include <QStringList>

class QUndoStack;

namespace slipway {
class CabDecisionService;
class CabMeetingService;
} // namespace slipway

namespace slipway::ui {

// Turns "approve / approve with conditions / reject / defer this change" into an undoable,
// audited decision in the current meeting, the same from the desk and from CAB mode. An
// approval gives the next approval the acting user may give; a deferral goes to the next
// meeting (or a week on when none is planned).
class CabDecider : public QObject {
    Q_OBJECT
public:
    CabDecider(CabDecisionService& decisions, CabMeetingService& meetings, QUndoStack* undo,
               QObject* parent = nullptr);

    // Returns what was recorded, or why it was refused, in one line. Takes its text by value:
    // recording reloads the screens, which may free the strings a caller passed from them.
    bool decide(qint64 meetingId, qint64 changeId, QString ticket, DecisionOutcome outcome,
                QStringList conditions = {}, QString comment = {}, QString* message = nullptr);

Q_SIGNALS:
    // A decision (or its undo) was refused; the reason in one line.
    void refused(const QString& message);

private:
    CabDecisionService& m_decisions;
    CabMeetingService& m_meetings;
    QUndoStack* m_undo;
    QString m_lastError;
};

} // namespace slipway::ui
