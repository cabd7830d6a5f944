// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "storage/ScopeRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace slipway {
namespace {} // namespace

QStringList ScopeCsvExporter::header() {
    return {
        QStringLiteral("id"),          QStringLiteral("external_key"), QStringLiteral("title"),
        QStringLiteral("kind"),        QStringLiteral("priority"),     QStringLiteral("status"),
        QStringLiteral("stakeholder"), QStringLiteral("effort"),       QStringLiteral("release"),
        QStringLiteral("description"), QStringLiteral("labels"),       QStringLiteral("needs")};
}

Result<qint64> ScopeCsvExporter::exportTo(Database& db, const QString& outPath) {
    ScopeRepository repo(db);
    auto items = repo.all();
    if (!items)
        return items.error();
    auto byVersion = repo.releaseIdsByVersion();
    if (!byVersion)
        return byVersion.error();
    auto dependencies = repo.dependencies();
    if (!dependencies)
        return dependencies.error();
    QHash<qint64, QString> versionOf;
    for (auto it = byVersion->cbegin(); it != byVersion->cend(); ++it) {
        for (qint64 id : it.value())
            versionOf.insert(id, it.key());
    }
    QHash<qint64, QString> keyOf;
    for (const ScopeItem& item : std::as_const(items.value()))
        keyOf.insert(item.id, item.externalKey);
    // Needs are written by key; an item without one cannot be named in a file.
    QHash<qint64, QStringList> needs;
    for (const auto& [item, needed] : std::as_const(dependencies.value())) {
        if (const QString key = keyOf.value(needed); !key.isEmpty())
            needs[item].append(key);
    }

    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header());
    for (const ScopeItem& s : std::as_const(items.value())) {
        csv.writeRow({QString::number(s.id), s.externalKey, s.title, toKey(s.kind),
                      toKey(s.priority), toKey(s.status), s.stakeholder,
                      QString::number(s.effort, 'g', QLocale::FloatingPointShortest),
                      versionOf.value(s.releaseId), s.description,
                      s.labels.join(QStringLiteral("; ")),
                      needs.value(s.id).join(QStringLiteral("; "))});
        if (!csv.ok())
            break;
    }
    if (auto done = file.commit(); !done) // a refused write fails the commit too
        return done.error();
    return csv.rowsWritten() - 1;
}

} // namespace slipway
