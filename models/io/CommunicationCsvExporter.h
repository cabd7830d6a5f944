// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// The archive for auditors: one row per issued message (communications) or one row per
// recipient of each message with their acknowledgement (acknowledgements).
class CommunicationCsvExporter {
public:
    static QStringList communicationsHeader();
    static QStringList acknowledgementsHeader();
    static Result<qint64> exportCommunications(Database& db, const QString& outPath);
    static Result<qint64> exportAcknowledgements(Database& db, const QString& outPath);
};

} // namespace slipway
