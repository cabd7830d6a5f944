// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeploymentCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "storage/DeploymentRepository.h"

#include <QDateTime>

namespace slipway {

QStringList DeploymentCsvExporter::header() {
    return {QStringLiteral("id"),          QStringLiteral("deployed_at_utc"),
            QStringLiteral("release_id"),  QStringLiteral("release"),
            QStringLiteral("version"),     QStringLiteral("environment"),
            QStringLiteral("production"),  QStringLiteral("outcome"),
            QStringLiteral("deployed_by"), QStringLiteral("change_ticket"),
            QStringLiteral("notes")};
}

Result<qint64> DeploymentCsvExporter::write(const QList<Deployment>& rows, const QString& outPath) {
    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header());
    for (const Deployment& d : rows)
        csv.writeRow({QString::number(d.id),
                      QDateTime::fromSecsSinceEpoch(d.deployedAt, Qt::UTC).toString(Qt::ISODate),
                      QString::number(d.releaseId), d.releaseLabel, d.version, d.environmentName,
                      d.production ? QStringLiteral("yes") : QStringLiteral("no"), toKey(d.outcome),
                      d.deployedBy, d.changeTicket, d.notes});
    if (auto done = file.commit(); !done)
        return done.error();
    return qint64(rows.size());
}

Result<qint64> DeploymentCsvExporter::exportAll(Database& db, const QString& outPath,
                                                const DeploymentFilter& filter) {
    auto rows = DeploymentRepository(db).list(filter);
    if (!rows)
        return rows.error();
    return write(rows.value(), outPath);
}

} // namespace slipway
