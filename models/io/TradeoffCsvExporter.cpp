// SPDX-License-Identifier: GPL-3.0-or-later
#include "TradeoffCsvExporter.h"

#include "CsvWriter.h"
#include "storage/ScopeReleaseRepository.h"
#include "storage/ScopeTradeoffRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

namespace slipway {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TradeoffCsvExporter", text);
}

} // namespace

QStringList TradeoffCsvExporter::header() {
    return {QStringLiteral("id"),          QStringLiteral("decided_at"),
            QStringLiteral("decided_by"),  QStringLiteral("item_id"),
            QStringLiteral("item_title"),  QStringLiteral("from_release"),
            QStringLiteral("from_status"), QStringLiteral("to_release"),
            QStringLiteral("to_status"),   QStringLiteral("rationale")};
}

Result<qint64> TradeoffCsvExporter::exportTo(Database& db, const QString& outPath) {
    const QString shown = QDir::toNativeSeparators(outPath);
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

    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io,
                     tr("%1 cannot be written (%2); check the folder and its permissions.")
                         .arg(shown, file.errorString())};
    CsvWriter csv(file);
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
    if (!csv.ok() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{Error::Kind::Io,
                     tr("%1 could not be written (%2); nothing was left behind.").arg(shown, why)};
    }
    return csv.rowsWritten() - 1;
}

} // namespace slipway
