// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RegulatoryControl.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace slipway {

// What the regulatory controls of one release look at, read by storage/ControlFactsReader.
// People are named canonically (a person of the file by name, whoever wrote their login or
// name); plain values, no database.
struct ControlFacts {
    qint64 releaseId = 0;
    QSet<QString> tags; // the release's own and those of its change requests
    struct Change {
        QString ticket;
        QString requester;
        QStringList approvers; // distinct, of the approvals that stand (after any rejection)
    };
    QList<Change> changes;
    QStringList deployers;            // of production deployment records, distinct
    QSet<QString> approverRoles;      // roles held by those who approved a change or an approval
                                      // criterion of the release's gates
    int evidenceCriteria = 0;         // gate criteria that take a file as evidence
    int evidenceItems = 0;            // gate criteria with stored evidence (file and digest)
    int securityScans = 0;            // security criteria with evidence
    QHash<QString, int> openFindings; // unsuppressed, unreviewed findings by severity
    QHash<qint64, ControlRecord> records; // by control id
    // Each person's canonical name (lower case) to every way the file writes it (name, login,
    // e-mail handle; lower case): what a new deployment record's deployer is matched against.
    QHash<QString, QStringList> aliasesOf;
};

enum class ControlState { Passes, Fails, NotApplicable };
QString toKey(ControlState state); // "passes", "fails", "not_applicable"
QString displayName(ControlState state);

struct ControlCheck {
    RegulatoryControl control;
    ControlState state = ControlState::Fails;
    QString reason; // one line: why it fails, or what lets it pass
    // "SOX · Segregation of duties: Ann Lee requested CHG0001 and approved it"
    QString line() const;
};

// One control against one release's facts (whatever its tag).
ControlCheck evaluateControl(const RegulatoryControl& control, const ControlFacts& facts);
// The enabled controls of the release's tags, in the order given.
QList<ControlCheck> evaluateControls(const QList<RegulatoryControl>& controls,
                                     const ControlFacts& facts);
// The failing ones, one line each.
QStringList failingLines(const QList<ControlCheck>& checks);
// Who may not deploy the release under an enabled segregation-of-duties control of its tags:
// every alias (lower case) of its requesters and approvers, to the line that says why.
QHash<QString, QString> barredDeployers(const QList<RegulatoryControl>& controls,
                                        const ControlFacts& facts);

} // namespace slipway
