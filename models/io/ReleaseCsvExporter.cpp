// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "storage/NameLookup.h"
#include "storage/ReleaseRepository.h"

#include <QCoreApplication>

namespace slipway {
namespace {

QString iso(const QDateTime& dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QStringList ReleaseCsvExporter::header() {
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("version"),
            QStringLiteral("type"),
            QStringLiteral("status"),
            QStringLiteral("owner"),
            QStringLiteral("objectives"),
            QStringLiteral("window_start_utc"),
            QStringLiteral("window_end_utc"),
            QStringLiteral("window_zone"),
            QStringLiteral("change_ticket"),
            QStringLiteral("team"),
            QStringLiteral("services"),
            QStringLiteral("row_version"),
            QStringLiteral("created_by"),
            QStringLiteral("created_at_utc"),
            QStringLiteral("updated_by"),
            QStringLiteral("updated_at_utc")};
}

Result<qint64> ReleaseCsvExporter::exportTo(Database& db, const QString& outPath) {
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    NameLookup names(db);
    auto teams = names.teams();
    if (!teams)
        return teams.error();
    auto services = names.services();
    if (!services)
        return services.error();

    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header());
    for (const Release& r : std::as_const(releases.value())) {
        QStringList serviceNames;
        for (qint64 id : r.serviceIds)
            serviceNames.append(services->value(id, QString::number(id)));
        csv.writeRow({QString::number(r.id), r.name, r.version, toKey(r.type), toKey(r.status),
                      r.owner, r.objectives, iso(r.windowStart), iso(r.windowEnd), r.windowZone,
                      r.changeTicket, r.teamId > 0 ? teams->value(r.teamId) : QString(),
                      serviceNames.join(QStringLiteral("; ")), QString::number(r.rowVersion),
                      r.createdBy, iso(r.createdAt), r.updatedBy, iso(r.updatedAt)});
        if (!csv.ok())
            break;
    }
    if (auto done = file.commit(); !done) // a refused write fails the commit too
        return done.error();
    return csv.rowsWritten() - 1;
}

} // namespace slipway
