// SPDX-License-Identifier: GPL-3.0-or-later
#include "TradeoffCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "storage/ScopeReleaseRepository.h"
#include "storage/ScopeTradeoffRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace slipway {
namespace {} // namespace

QStringList TradeoffCsvExporter::header() {
    return {QStringLiteral("id"),          QStringLiteral("decided_at"),
            QStringLiteral("decided_by"),  QStringLiteral("item_id"),
            QStringLiteral("item_title"),  QStringLiteral("from_release"),
            QStringLiteral("from_status"), QStringLiteral("to_release"),
            QStringLiteral("to_status"),   QStringLiteral("rationale")};
}

Result<qint64> TradeoffCsvExporter::exportTo(Database& db, const QString& outPath) {
    auto tradeoffs = ScopeTradeoffRepository(db).all();
    if (!tradeoffs)
        return tradeoffs.error();
    auto releases = ScopeReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    QHash<qint64, QString> versionOf;
    for (const ScopeRelease& r : std::as_const(releases.value()))
        versionOf.insert(r.id, r.version);
    QList<ScopeTradeoff> rows = tradeoffs.value();
    std::reverse(rows.begin(), rows.end()); // oldest first, as a log reads

    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header());
    for (const ScopeTradeoff& t : std::as_const(rows)) {
        csv.writeRow({QString::number(t.id),
                      QDateTime::fromSecsSinceEpoch(t.decidedAt, Qt::UTC).toString(Qt::ISODate),
                      t.decidedBy, t.itemId > 0 ? QString::number(t.itemId) : QString(),
                      t.itemTitle, versionOf.value(t.fromReleaseId), toKey(t.fromStatus),
                      versionOf.value(t.toReleaseId), toKey(t.toStatus), t.rationale});
        if (!csv.ok())
            break;
    }
    if (auto done = file.commit(); !done) // a refused write fails the commit too
        return done.error();
    return csv.rowsWritten() - 1;
}

} // namespace slipway
