// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateDigest.h"

#include "GateService.h"
#include "Session.h"
#include "domain/Gate.h"
#include "io/MessageContext.h"
#include "rules/AgendaBuilder.h"
#include "rules/GateEvaluator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace slipway::GateDigest {

Result<QList<GateSummary>> summaries(Database& db, qint64 releaseId) {
    GateService gates(db, Session::forCurrentUser());
    auto list = gates.gatesOf(releaseId);
    if (!list)
        return list.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<GateSummary> out;
    for (const ReleaseGate& gate : std::as_const(list.value())) {
        const GateVerdict verdict = GateEvaluator::evaluate(gate, now);
        QString status = toKey(verdict.status);
        if (verdict.total > 0 && verdict.status != GateStatus::Passed)
            status += QCoreApplication::translate("GateDigest", " (%1 of %2 settled)")
                          .arg(verdict.settled)
                          .arg(verdict.total);
        if (gate.isPromoted())
            status += QCoreApplication::translate("GateDigest", ", promoted");
        out << GateSummary{gate.name, status};
    }
    return out;
}

QString statusText(Database& db, qint64 releaseId) {
    auto list = summaries(db, releaseId);
    if (!list)
        return list.error().message;
    QStringList parts;
    for (const GateSummary& g : std::as_const(list.value()))
        parts << g.name + QLatin1Char(' ') + g.status;
    return parts.join(QStringLiteral(" · "));
}

Result<QList<AgendaEscalation>> escalationsUntil(Database& db, qint64 until) {
    GateService gates(db, Session::forCurrentUser());
    auto found =
        gates.escalations(QDateTime(), QDateTime::fromSecsSinceEpoch(until, QTimeZone::utc()));
    if (!found)
        return found.error();
    QList<AgendaEscalation> out;
    for (const GateEscalation& e : std::as_const(found.value())) {
        AgendaEscalation a;
        a.releaseId = e.releaseId;
        a.releaseLabel = e.releaseLabel;
        a.gate = e.gateName;
        a.reason = e.kind + QStringLiteral(": ") + e.reason;
        a.raisedAt = e.due.isValid() ? e.due.toSecsSinceEpoch() : 0;
        out << a;
    }
    return out;
}

} // namespace slipway::GateDigest
