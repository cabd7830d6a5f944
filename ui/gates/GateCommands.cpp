// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateCommands.h"

#include "services/GateService.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>
#include <memory>
#include <optional>

namespace slipway::ui::GateCommands {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GateCommands)
};

bool sameEvidence(const std::optional<CriterionEvidence>& a,
                  const std::optional<CriterionEvidence>& b) {
    if (!a || !b)
        return !a && !b;
    return a->sha256 == b->sha256 && a->importedAt == b->importedAt &&
           a->importedBy == b->importedBy;
}

// The version an undo or redo expects. Later edits of the same criterion in this session (then
// undone) move its version on without changing what it says; so when the criterion still says
// what this command left (`asLeft`), its current version is expected. Otherwise the version
// the command last saw is, and the write is refused naming whoever changed it since.
qint64 versionToExpect(GateService& gates, qint64 criterionId, qint64 lastSeen,
                       const std::function<bool(const GateCriterion&)>& asLeft) {
    const auto now = gates.criterion(criterionId);
    return now && asLeft(now.value()) ? now->rowVersion : lastSeen;
}

} // namespace

GateEditCommand* importEvidence(GateService& gates, const GateCriterion& criterion,
                                const QString& path, ErrorSink onError) {
    // The first redo reads the file; later redos and undos swap stored snapshots.
    // Each swap expects the criterion as the last step left it, so evidence someone else
    // imported meanwhile is refused with their name, not replaced.
    struct State {
        bool imported = false;
        EvidenceSnapshot other;                // what the next step puts back
        std::optional<CriterionEvidence> left; // what the last step put there
        qint64 version = 0;                    // the criterion's version after the last step
    };
    auto state = std::make_shared<State>();
    const qint64 id = criterion.id;
    const CriterionKind kind = criterion.spec.kind;
    auto swap = [&gates, id, state]() -> Result<void> {
        const qint64 expected =
            versionToExpect(gates, id, state->version, [state](const GateCriterion& c) {
                return sameEvidence(c.evidence, state->left);
            });
        auto replaced = gates.restoreEvidence(id, state->other, expected);
        if (!replaced)
            return replaced.error();
        state->left = state->other.evidence;
        state->other = replaced.value();
        state->version = state->other.rowVersion + 1; // one write: one version more
        return {};
    };
    return new GateEditCommand(
        Text::tr("Import %1 into “%2”").arg(QFileInfo(path).fileName(), criterion.spec.name),
        [&gates, id, kind, path, state, swap]() -> Result<void> {
            if (state->imported)
                return swap();
            EvidenceSnapshot written;
            auto previous = gates.importFile(id, path, kind, &written);
            if (!previous)
                return previous.error();
            state->left = written.evidence;
            state->other = previous.value();
            state->version = state->other.rowVersion + 1;
            state->imported = true;
            return {};
        },
        swap, std::move(onError));
}

GateEditCommand* markFalsePositive(GateService& gates, qint64 criterionId,
                                   const GateFinding& finding, const QString& reason,
                                   ErrorSink onError) {
    const QString print = finding.fingerprint;
    return new GateEditCommand(
        Text::tr("Mark %1 as a false positive").arg(finding.ruleId),
        [&gates, criterionId, print, reason] {
            return gates.markFalsePositive(criterionId, print, reason);
        },
        [&gates, criterionId, print] { return gates.clearFalsePositive(criterionId, print); },
        std::move(onError));
}

GateEditCommand* clearFalsePositive(GateService& gates, qint64 criterionId,
                                    const GateFinding& finding, ErrorSink onError) {
    const QString print = finding.fingerprint;
    const QString reason = finding.falsePositiveReason;
    return new GateEditCommand(
        Text::tr("Count %1 again").arg(finding.ruleId),
        [&gates, criterionId, print] { return gates.clearFalsePositive(criterionId, print); },
        [&gates, criterionId, print, reason] {
            return gates.markFalsePositive(criterionId, print, reason);
        },
        std::move(onError));
}

GateEditCommand* setChecked(GateService& gates, const GateCriterion& criterion, bool checked,
                            ErrorSink onError) {
    const qint64 id = criterion.id;
    const bool approval = criterion.spec.kind == CriterionKind::Approval;
    const QString text = approval
                             ? (checked ? Text::tr("Approve “%1”") : Text::tr("Take back “%1”"))
                             : (checked ? Text::tr("Tick “%1”") : Text::tr("Untick “%1”"));
    // The version the user saw, then the one each step left: a tick someone else changed
    // meanwhile is refused with their name instead of overwritten.
    struct State {
        bool applied = false;
        qint64 version = 0;
        QString leftBy; // who the last step left as having checked it ("" : nobody)
    };
    auto state = std::make_shared<State>();
    state->version = criterion.rowVersion;
    const auto step = [&gates, id, state](bool to) -> Result<void> {
        const qint64 expected =
            !state->applied
                ? state->version
                : versionToExpect(gates, id, state->version, [state](const GateCriterion& c) {
                      return c.checkedBy == state->leftBy;
                  });
        auto saved = gates.setChecked(id, to, expected);
        if (!saved)
            return saved.error();
        state->applied = true;
        state->version = saved->rowVersion;
        state->leftBy = saved->checkedBy;
        return {};
    };
    return new GateEditCommand(
        text.arg(criterion.spec.name), [step, checked] { return step(checked); },
        [step, checked] { return step(!checked); }, std::move(onError));
}

GateEditCommand* requestWaiver(GateService& gates, const GateWaiver& waiver, ErrorSink onError) {
    auto stored = std::make_shared<GateWaiver>(waiver);
    return new GateEditCommand(
        Text::tr("Request a waiver"),
        [&gates, stored]() -> Result<void> {
            auto done =
                stored->id == 0 ? gates.requestWaiver(*stored) : gates.restoreWaiver(*stored);
            if (!done)
                return done.error();
            *stored = done.value();
            return {};
        },
        [&gates, stored] { return gates.withdrawWaiver(stored->id, stored->rowVersion); },
        std::move(onError));
}

GateEditCommand* approveWaiver(GateService& gates, const GateWaiver& waiver, ErrorSink onError) {
    // The version the user saw, then the one each step left.
    auto version = std::make_shared<qint64>(waiver.rowVersion);
    const qint64 id = waiver.id;
    const auto keep = [version](const Result<GateWaiver>& done) -> Result<void> {
        if (!done)
            return done.error();
        *version = done->rowVersion;
        return {};
    };
    return new GateEditCommand(
        Text::tr("Approve a waiver"),
        [&gates, id, version, keep] { return keep(gates.approveWaiver(id, *version)); },
        [&gates, id, version, keep] { return keep(gates.revokeWaiverApproval(id, *version)); },
        std::move(onError));
}

GateEditCommand* addGates(GateService& gates, qint64 releaseId, ErrorSink onError) {
    struct State {
        bool added = false;
        QList<ReleaseGate> gates; // what the first redo added, as the undo took it off
    };
    auto state = std::make_shared<State>();
    return new GateEditCommand(
        Text::tr("Add the release's gates"),
        [&gates, releaseId, state]() -> Result<void> {
            if (state->added)
                return gates.restoreGates(releaseId, state->gates);
            auto added = gates.addGates(releaseId);
            if (!added)
                return added.error();
            if (added->isEmpty())
                return Error{
                    Error::Kind::Validation,
                    Text::tr("The release already has every gate its template and its risk "
                             "assessment ask for.")};
            state->gates = added.value();
            state->added = true;
            return {};
        },
        [&gates, releaseId, state]() -> Result<void> {
            QList<qint64> ids;
            for (const ReleaseGate& g : std::as_const(state->gates))
                ids << g.id;
            auto removed = gates.removeGates(releaseId, ids);
            if (!removed)
                return removed.error();
            state->gates = removed.value();
            return {};
        },
        std::move(onError));
}

GateEditCommand* promote(GateService& gates, qint64 releaseId, ErrorSink onError) {
    auto gateId = std::make_shared<qint64>(0);
    return new GateEditCommand(
        Text::tr("Promote the release"),
        [&gates, releaseId, gateId]() -> Result<void> {
            auto through = gates.promote(releaseId);
            if (!through)
                return through.error();
            *gateId = through->id;
            return {};
        },
        [&gates, gateId] { return gates.unpromote(*gateId); }, std::move(onError));
}

} // namespace slipway::ui::GateCommands
