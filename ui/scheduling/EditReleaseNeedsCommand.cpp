// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditReleaseNeedsCommand.h"

#include "services/ReleaseSchedulingService.h"

namespace slipway::ui {

EditReleaseNeedsCommand::EditReleaseNeedsCommand(ReleaseSchedulingService& service,
                                                 ReleaseLinks before, ReleaseLinks after,
                                                 const QString& releaseName, ErrorSink onError,
                                                 QUndoCommand* parent)
    : UndoCommand(tr("Change what “%1” needs").arg(releaseName), std::move(onError), parent)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

// Writes `wanted` if the stored links still are `expected`; the release's own row version
// may have moved on through other edits of the release, which do not touch these links.
Result<void> EditReleaseNeedsCommand::write(const ReleaseLinks& expected,
                                            const ReleaseLinks& wanted) {
    qint64 version = expected.releaseRowVersion;
    if (!firstApply()) {
        auto stored = m_service.find(expected.releaseId);
        if (!stored)
            return stored.error();
        if (toJson(stored.value()) != toJson(expected))
            return Error{Error::Kind::Stale,
                         tr("What “%1” needs was changed since — reload.").arg(text())};
        version = stored->releaseRowVersion;
    }
    ReleaseLinks next = wanted;
    next.releaseRowVersion = version;
    auto written = m_service.update(next);
    if (!written)
        return written.error();
    return {};
}

} // namespace slipway::ui
