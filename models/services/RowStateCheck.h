// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// A row whose content is not what Slipway last wrote to it: edited, added or brought back
// with another tool.
struct RowStateFinding {
    QString table; // "releases"
    qint64 id = 0;
    QStringList fields; // the after-image's keys that differ; empty: no entry, or deleted
    QString message;
};

// Compares every audited row with the after-image of its newest audit entry. Covers the
// records whose edits go through one audited write each: releases, change requests,
// deployment records (with the artifact digests they name), lifecycle overrides, gate evidence
// (with its artifact digests), artifacts, trusted signing keys, blackouts, incident freezes,
// environments and people.
class RowStateCheck {
public:
    static Result<QList<RowStateFinding>> run(Database& db);
};

} // namespace slipway
