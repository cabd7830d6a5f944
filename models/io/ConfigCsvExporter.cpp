// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "domain/ConfigItem.h"
#include "storage/ConfigRepository.h"
#include "storage/ScopeReleaseRepository.h"

#include <QDateTime>
#include <QHash>

namespace slipway {
namespace {

QString utc(qint64 secs) {
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)
                    : QString();
}

} // namespace

QStringList ConfigCsvExporter::header() {
    return {QStringLiteral("id"),         QStringLiteral("release_id"),
            QStringLiteral("release"),    QStringLiteral("environment"),
            QStringLiteral("key"),        QStringLiteral("value"),
            QStringLiteral("secret_ref"), QStringLiteral("secret"),
            QStringLiteral("updated_by"), QStringLiteral("updated_at_utc")};
}

Result<qint64> ConfigCsvExporter::exportTo(Database& db, const QString& outPath) {
    auto items = ConfigRepository(db).items(0);
    if (!items)
        return items.error();
    auto labels = ScopeReleaseRepository(db).labels();
    if (!labels)
        return labels.error();
    const QHash<qint64, QString>& labelOf = labels.value();

    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header());
    for (const ConfigItem& c : std::as_const(items.value())) {
        csv.writeRow({QString::number(c.id), QString::number(c.releaseId),
                      labelOf.value(c.releaseId), c.environmentName, c.key,
                      c.isSecret ? QString() : c.value, // a secret's value never leaves the file
                      c.secretRef, c.isSecret ? QStringLiteral("yes") : QStringLiteral("no"),
                      c.updatedBy, utc(c.updatedAt)});
        if (!csv.ok())
            break;
    }
    if (auto done = file.commit(); !done)
        return done.error();
    return csv.rowsWritten() - 1;
}

} // namespace slipway
