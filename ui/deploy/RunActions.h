// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace slipway::ui {

class RunController;

// What the Run tab and the war room do on a user's word, the same from both: ask what is
// needed (the decision and its reason, the outcome), call the run service through the
// controller and say in one line what was recorded or why it was refused. Texts are taken by
// value: recording reads the run again, which may change the strings a caller passed.
class RunActions {
    Q_DECLARE_TR_FUNCTIONS(RunActions)
public:
    enum class Outcome { Recorded, Refused, Cancelled };
    struct Said {
        Outcome outcome = Outcome::Cancelled;
        QString message;
        bool recorded() const { return outcome == Outcome::Recorded; }
    };

    static Said start(RunController& run);
    // Marking a checkpoint done without a decision at it asks for the decision first: a go
    // marks it done, a no-go or rollback leaves it as it is.
    static Said mark(RunController& run, QWidget* parent, QString stepKey, StepStatus status,
                     QString note = {});
    // Asks go, no-go or rollback at `stepKey` (a checkpoint; empty: the run as a whole) with
    // `preset` chosen, and records it; a go at a checkpoint also marks it done.
    static Said decide(RunController& run, QWidget* parent, QString stepKey, RunDecision preset);
    // Asks how the run ended and ends it; says which deployment record it wrote.
    static Said finish(RunController& run, QWidget* parent);
};

} // namespace slipway::ui
