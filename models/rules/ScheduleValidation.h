// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Blackout.h"
#include "domain/Environment.h"
#include "domain/Freeze.h"
#include "domain/Person.h"
#include "domain/Release.h"
#include "domain/ReleaseLinks.h"

#include <QList>

namespace slipway {

// The domain rules of what the calendar manages, each problem tied to the field an editor
// shows it next to. Shared by the services (which refuse) and the dialogs (which explain).
class ScheduleValidation {
public:
    static QList<FieldProblem> check(const Blackout& blackout);
    static QList<FieldProblem> check(const FreezePeriod& freeze);
    static QList<FieldProblem> check(const Environment& environment);
    static QList<FieldProblem> check(const Booking& booking);
    static QList<FieldProblem> check(const Person& person);
    static QList<FieldProblem> check(const Availability& availability);
    static QList<FieldProblem> check(const ReleaseLinks& links);

    // "" when `zone` is a known IANA zone, else what is wrong with it.
    static QString zoneProblem(const QString& zone);
};

} // namespace slipway
