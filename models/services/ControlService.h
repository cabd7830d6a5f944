// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/RegulatoryControl.h"
#include "domain/Result.h"
#include "rules/ControlRules.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace slipway {

class Database;

// Regulatory controls: the control set each tag brings (SOX, HIPAA, GDPR, PCI DSS and any
// other), the tags of releases, and the references recorded for a release's attestation
// controls. Every change is one audited write: control sets and tags under EditControls
// (release managers), references under AttestControl. Undo uses the same calls with the
// earlier image. A failing control of a tagged release is the lifecycle guard "controls".
class ControlService : public QObject {
    Q_OBJECT
public:
    ControlService(Database& db, Session session, QObject* parent = nullptr);
    const Session& session() const { return m_session; }

    // Every control, by tag, position and id.
    Result<QList<RegulatoryControl>> controls() const;
    Result<RegulatoryControl> find(qint64 id) const;
    Result<RegulatoryControl> create(const RegulatoryControl& control);
    // Stale when `control.rowVersion` is not the stored one.
    Result<RegulatoryControl> update(const RegulatoryControl& control);
    // Removes the control with the references recorded for it, in one transaction: an audit
    // entry for the control and one for each reference. `records`, when given, receives the
    // references as they were, for undo.
    Result<void> remove(qint64 id, qint64 rowVersion, QList<ControlRecord>* records = nullptr);
    // Undo of remove(): back under its old id, with `records` (what remove() gave) as they
    // were, by whom and when; a reference of a release removed since is left out.
    Result<RegulatoryControl> restore(const RegulatoryControl& control,
                                      const QList<ControlRecord>& records = {});

    // The release's own tags (its change requests' tags count too, but are theirs).
    Result<QStringList> releaseTags(qint64 releaseId) const;
    // Refused (Validation) when the tag is not one word or the release has it already.
    Result<void> tag(qint64 releaseId, const QString& tag);
    // Refused (Validation) when the release does not have the tag.
    Result<void> untag(qint64 releaseId, const QString& tag);

    Result<std::optional<ControlRecord>> record(qint64 releaseId, qint64 controlId) const;
    // Records (or replaces) the reference of an attestation control for the release, as the
    // session's actor; answers the record it replaced.
    Result<std::optional<ControlRecord>> attest(qint64 releaseId, qint64 controlId,
                                                ControlOutcome outcome, const QString& reference);
    // Removes it; answers what was removed (none: nothing was recorded).
    Result<std::optional<ControlRecord>> clearAttestation(qint64 releaseId, qint64 controlId);
    // Undo of attest() or clearAttestation(): puts `previous` back as it was (by whom and
    // when), or clears the record when there was none.
    Result<void> putBack(qint64 releaseId, qint64 controlId,
                         const std::optional<ControlRecord>& previous);

    struct ReleaseControls {
        qint64 releaseId = 0;
        QStringList tags; // its own and its change requests', sorted
        QList<ControlCheck> checks;
        bool passes() const; // no check fails
    };
    // The state of each control of the release's tags.
    Result<ReleaseControls> status(qint64 releaseId) const;
    // The same for every tagged release.
    Result<QHash<qint64, ReleaseControls>> statusAll() const;

Q_SIGNALS:
    void controlsChanged();
    void releaseControlsChanged(qint64 releaseId);

private:
    Result<void> changeTag(qint64 releaseId, const QString& tag, bool add);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
