// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "storage/ComponentRepository.h"
#include "storage/ScopeReleaseRepository.h"

#include <QDateTime>
#include <QHash>

namespace slipway {

QStringList ComponentCsvExporter::header() {
    return {QStringLiteral("id"),
            QStringLiteral("release_id"),
            QStringLiteral("release"),
            QStringLiteral("subject"),
            QStringLiteral("ref"),
            QStringLiteral("group"),
            QStringLiteral("name"),
            QStringLiteral("version"),
            QStringLiteral("version_is_range"),
            QStringLiteral("purl"),
            QStringLiteral("type"),
            QStringLiteral("sha256"),
            QStringLiteral("hashes"),
            QStringLiteral("licences"),
            QStringLiteral("parent_ref"),
            QStringLiteral("depends_on_ids"),
            QStringLiteral("source_file"),
            QStringLiteral("source_sha256"),
            QStringLiteral("imported_by"),
            QStringLiteral("imported_at_utc")};
}

Result<qint64> ComponentCsvExporter::exportTo(Database& db, const QString& outPath) {
    ComponentRepository repo(db);
    auto components = repo.forRelease(0);
    if (!components)
        return components.error();
    auto edges = repo.dependencies(0);
    if (!edges)
        return edges.error();
    auto labels = ScopeReleaseRepository(db).labels();
    if (!labels)
        return labels.error();
    const QHash<qint64, QString>& labelOf = labels.value();
    QHash<qint64, QStringList> dependsOn;
    for (const ComponentDependency& e : std::as_const(edges.value()))
        dependsOn[e.componentId] << QString::number(e.dependsOnId);

    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header());
    const auto yesNo = [](bool b) {
        return b ? QStringLiteral("yes") : QStringLiteral("no");
    };
    for (const Component& c : std::as_const(components.value())) {
        csv.writeRow({QString::number(c.id),
                      QString::number(c.releaseId),
                      labelOf.value(c.releaseId),
                      yesNo(c.subject),
                      c.ref,
                      c.group,
                      c.name,
                      c.version,
                      yesNo(c.versionIsRange),
                      c.purl,
                      c.type,
                      c.sha256,
                      c.hashes.join(u' '),
                      c.licences.join(QStringLiteral("; ")),
                      c.parentRef,
                      dependsOn.value(c.id).join(u' '),
                      c.sourceFile,
                      c.sourceSha256,
                      c.createdBy,
                      QDateTime::fromSecsSinceEpoch(c.createdAt, Qt::UTC).toString(Qt::ISODate)});
        if (!csv.ok())
            break;
    }
    if (auto done = file.commit(); !done) // a refused write fails the commit too
        return done.error();
    return csv.rowsWritten() - 1;
}

} // namespace slipway
