// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtifactCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "domain/Artifact.h"
#include "storage/ArtifactRepository.h"
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

QStringList ArtifactCsvExporter::header() {
    return {QStringLiteral("id"),
            QStringLiteral("release_id"),
            QStringLiteral("release"),
            QStringLiteral("name"),
            QStringLiteral("kind"),
            QStringLiteral("location"),
            QStringLiteral("size_bytes"),
            QStringLiteral("sha256"),
            QStringLiteral("sha512"),
            QStringLiteral("source_repo"),
            QStringLiteral("source_commit"),
            QStringLiteral("build_id"),
            QStringLiteral("build_url"),
            QStringLiteral("built_at_utc"),
            QStringLiteral("signature_file"),
            QStringLiteral("state"),
            QStringLiteral("state_detail"),
            QStringLiteral("signed_by_key"),
            QStringLiteral("verified_at_utc"),
            QStringLiteral("frozen"),
            QStringLiteral("registered_by"),
            QStringLiteral("registered_at_utc")};
}

Result<qint64> ArtifactCsvExporter::exportTo(Database& db, const QString& outPath) {
    auto artifacts = ArtifactRepository(db).forRelease(0);
    if (!artifacts)
        return artifacts.error();
    auto labels = ScopeReleaseRepository(db).labels();
    if (!labels)
        return labels.error();
    const QHash<qint64, QString>& labelOf = labels.value();

    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header());
    for (const Artifact& a : std::as_const(artifacts.value())) {
        const ArtifactVerification v = a.latest.value_or(ArtifactVerification());
        csv.writeRow({QString::number(a.id),
                      QString::number(a.releaseId),
                      labelOf.value(a.releaseId),
                      a.name,
                      toKey(a.kind),
                      a.location,
                      a.sizeBytes >= 0 ? QString::number(a.sizeBytes) : QString(),
                      a.sha256,
                      a.sha512,
                      a.sourceRepo,
                      a.sourceCommit,
                      a.buildId,
                      a.buildUrl,
                      utc(a.builtAt),
                      a.signatureFile,
                      toKey(a.state()),
                      v.detail,
                      v.keyFingerprint,
                      utc(v.verifiedAt),
                      a.frozen ? QStringLiteral("yes") : QStringLiteral("no"),
                      a.createdBy,
                      utc(a.createdAt)});
        if (!csv.ok())
            break;
    }
    if (auto done = file.commit(); !done) // a refused write fails the commit too
        return done.error();
    return csv.rowsWritten() - 1;
}

} // namespace slipway
