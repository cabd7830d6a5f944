// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace slipway {

class Database;

// The demo's own audit entries for rows it writes through repositories: each an entry of the
// hash chain at the time the story says it happened, counted for the demo's progress.
struct DemoAuditWriter {
    Database& db;
    qint64 entries = 0;

    // A creation or change of `entity` `id` at `atSecs`, pictured whole by `after`.
    Result<void> audit(qint64 atSecs, const QString& actor, const QString& action,
                       const QString& entity, qint64 id, const QJsonObject& after);
};

} // namespace slipway
