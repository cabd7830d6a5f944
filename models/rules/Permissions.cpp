// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include <QCoreApplication>

namespace slipway {

Result<void> authorize(const ActorRights& rights, Action action) {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("Permissions", text);
    };
    if (rights.fileReadOnly)
        return Error{Error::Kind::ReadOnly,
                     tr("The file is open read-only (%1); changes are disabled.")
                         .arg(rights.readOnlyReason)};
    if (!rights.fileHasLogins)
        return {};
    QString what;
    switch (action) {
    case Action::CreateRelease:
        what = tr("create releases");
        break;
    case Action::EditRelease:
        what = tr("edit releases");
        break;
    case Action::DeleteRelease:
        what = tr("delete releases");
        break;
    case Action::EditCalendar:
        what = tr("change blackouts, freezes, environments, bookings or people");
        break;
    case Action::EditScope:
        what = tr("change release scope");
        break;
    case Action::EditChangeRequest:
        what = tr("change change requests");
        break;
    case Action::DecideChange:
        what = tr("record CAB decisions");
        break;
    case Action::EditCabMeeting:
        what = tr("change CAB meetings and their minutes");
        break;
    }
    if (!rights.knownPerson)
        return Error{Error::Kind::Permission,
                     tr("%1 is not a person in this file, so may not %2; ask a release manager "
                        "to add you.")
                         .arg(rights.login, what)};
    // The board records its own decisions and minutes; everything else is release management.
    const bool cabWork = action == Action::DecideChange || action == Action::EditCabMeeting;
    if (cabWork && (rights.roles.contains(QStringLiteral("cab")) ||
                    rights.roles.contains(QStringLiteral("service_owner"))))
        return {};
    if (!rights.roles.contains(QStringLiteral("release_manager")))
        return Error{
            Error::Kind::Permission,
            tr("%1 may not %2: that needs the release manager role.").arg(rights.login, what)};
    return {};
}

} // namespace slipway
