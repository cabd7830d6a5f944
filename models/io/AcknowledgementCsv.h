// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Communication.h"
#include "domain/Result.h"

#include <QStringList>

namespace slipway {

class Database;

// Reads acknowledgements from CSV: columns communication_id, address, acknowledged_at
// (ISO 8601; UTC unless it carries an offset) and an optional note. Every row is checked
// against the archive before anything is written.
class AcknowledgementCsv {
public:
    struct Parsed {
        QList<Acknowledgement> rows;
        QStringList problems; // "acks.csv:4: x@example.com is not a recipient of message 2"
    };
    static Result<Parsed> read(Database& db, const QString& path);
};

} // namespace slipway
