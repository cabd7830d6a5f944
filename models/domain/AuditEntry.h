// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace slipway {

// One entry of the hash-chained audit trail, as read back.
struct AuditEntry {
    qint64 seq = 0;
    qint64 atMs = 0; // UTC milliseconds since the epoch
    QString actor;
    QString action; // "create", "update", "delete", "restore" …
    QString entity; // "release", "scope_item" …
    qint64 entityId = 0;
    QString beforeJson;
    QString afterJson;
    QString changeTicket;
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    QString text; // matches actor, action, entity or change ticket
    QString entity;
    std::optional<qint64> entityId;
};

struct AuditVerification {
    qint64 checked = 0;
    std::optional<qint64> firstBrokenSeq;
    QString problem; // why that entry does not fit the chain
    QString head;    // hash of the last entry: printed on every report
    bool intact() const { return !firstBrokenSeq.has_value(); }
};

} // namespace slipway
