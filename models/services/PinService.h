// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Pin.h"
#include "domain/Result.h"

#include <QList>
#include <QObject>

#include <optional>

namespace slipway {

class Database;

// Version constraints a release's components put on what they depend on. Pins from the SBOM
// are written by ComponentService's import (replaced with the component list); pins by hand
// are set and removed here, each an audited edit under the right to register artifacts (the
// role that edits components: release manager, operations, development).
class PinService : public QObject {
    Q_OBJECT
public:
    PinService(Database& db, Session session, QObject* parent = nullptr);

    // `releaseId` 0: every release's. By release, component, target, source.
    Result<QList<Pin>> pins(qint64 releaseId = 0) const;

    // Pins `component` of the release on `target` within `constraint` by hand: a new pin, or
    // the hand-set pin on the same component and target given the new constraint. Refused
    // (Usage, one line naming it, nothing written) when the constraint does not parse, the
    // component is not one of the release's (its component list, or without one its product)
    // or a field is empty; Permission without the right. The target matches an existing pin's
    // whatever its case, as unpin() does; `previous`, when given, receives the constraint the
    // pin had before (nothing for a new pin), which is what an undo puts back.
    Result<Pin> pin(qint64 releaseId, const QString& component, const QString& target,
                    const QString& constraint, std::optional<QString>* previous = nullptr);
    // Removes the hand-set pin on `component` and `target` (pins from the SBOM go with the
    // next import). Returns the pin as it was, for undo (pin() it again). NotFound when none.
    Result<Pin> unpin(qint64 releaseId, const QString& component, const QString& target);

Q_SIGNALS:
    void pinsChanged(qint64 releaseId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
