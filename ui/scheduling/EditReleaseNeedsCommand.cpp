// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditReleaseNeedsCommand.h"

#include "services/ReleaseSchedulingService.h"

namespace slipway::ui {

EditReleaseNeedsCommand::EditReleaseNeedsCommand(
    ReleaseSchedulingService& service, const ReleaseLinks& before, const ReleaseLinks& after,
    const QString& releaseName, std::function<void(const QString&)> onError, QUndoCommand* parent)
    : QUndoCommand(tr("Change what “%1” needs").arg(releaseName), parent)
    , m_service(service)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError)) {}

// Writes `wanted` if the stored links still are `expected`; the release's own row version
// may have moved on through other edits of the release, which do not touch these links.
bool EditReleaseNeedsCommand::write(const ReleaseLinks& expected, const ReleaseLinks& wanted) {
    const auto fail = [this](const QString& message) {
        setObsolete(true);
        if (m_onError)
            m_onError(message);
        return false;
    };
    qint64 version = expected.releaseRowVersion;
    if (!m_firstRedo) {
        auto stored = m_service.find(expected.releaseId);
        if (!stored)
            return fail(stored.error().message);
        if (toJson(stored.value()) != toJson(expected))
            return fail(
                tr("What “%1” needs was changed since — reload before undoing.").arg(text()));
        version = stored->releaseRowVersion;
    }
    ReleaseLinks next = wanted;
    next.releaseRowVersion = version;
    auto written = m_service.update(next);
    if (!written)
        return fail(written.error().message);
    m_firstRedo = false;
    return true;
}

void EditReleaseNeedsCommand::redo() {
    write(m_before, m_after);
}

void EditReleaseNeedsCommand::undo() {
    write(m_after, m_before);
}

} // namespace slipway::ui
