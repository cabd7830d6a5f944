// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseCommands.h"

#include "services/ReleaseService.h"

namespace slipway::ui {

RecordOps<Release> releaseOps(ReleaseService& service) {
    return serviceOps<Release>(service);
}

namespace {

Release fresh(Release release) {
    release.id = 0;
    return release;
}

} // namespace

CreateReleaseCommand::CreateReleaseCommand(ReleaseService& service, const Release& release,
                                           ErrorSink onError, QUndoCommand* parent)
    : ChangeRecordCommand<Release>(releaseOps(service), std::nullopt, fresh(release),
                                   tr("Create release “%1”").arg(release.name), std::move(onError),
                                   parent) {}

EditReleaseCommand::EditReleaseCommand(ReleaseService& service, const Release& before,
                                       const Release& after, ErrorSink onError,
                                       QUndoCommand* parent)
    : ChangeRecordCommand<Release>(releaseOps(service), before, after,
                                   tr("Edit release “%1”").arg(after.name), std::move(onError),
                                   parent)
    , m_id(before.id) {}

DeleteReleaseCommand::DeleteReleaseCommand(ReleaseService& service, const Release& release,
                                           ErrorSink onError, QUndoCommand* parent)
    : ChangeRecordCommand<Release>(releaseOps(service), release, std::nullopt,
                                   tr("Delete release “%1”").arg(release.name), std::move(onError),
                                   parent)
    , m_id(release.id) {}

} // namespace slipway::ui
