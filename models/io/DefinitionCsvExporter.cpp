// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefinitionCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "storage/AssumptionRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/SuccessMetricRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <functional>

namespace slipway {
namespace {

QString number(double v) {
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString number(const std::optional<double>& v) {
    return v ? number(*v) : QString();
}

// Release id to {version, name}.
Result<QHash<qint64, QStringList>> releaseLabels(Database& db) {
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    QHash<qint64, QStringList> out;
    for (const Release& r : releases.value())
        out.insert(r.id, {r.version, r.name});
    return out;
}

Result<qint64> writeFile(const QString& outPath, const QStringList& header,
                         const std::function<bool(CsvWriter&)>& rows) {
    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header);
    rows(csv);
    if (auto done = file.commit(); !done) // a refused write fails the commit too
        return done.error();
    return csv.rowsWritten() - 1;
}

} // namespace

QStringList DefinitionCsvExporter::assumptionsHeader() {
    return {
        QStringLiteral("id"),        QStringLiteral("release"),    QStringLiteral("release_name"),
        QStringLiteral("statement"), QStringLiteral("owner"),      QStringLiteral("due_date"),
        QStringLiteral("status"),    QStringLiteral("depends_on"), QStringLiteral("impact")};
}

QStringList DefinitionCsvExporter::metricsHeader() {
    return {
        QStringLiteral("id"),          QStringLiteral("release"),  QStringLiteral("release_name"),
        QStringLiteral("name"),        QStringLiteral("unit"),     QStringLiteral("comparator"),
        QStringLiteral("target"),      QStringLiteral("baseline"), QStringLiteral("actual"),
        QStringLiteral("measured_at"), QStringLiteral("met")};
}

Result<qint64> DefinitionCsvExporter::exportAssumptions(Database& db, const QString& outPath) {
    auto labels = releaseLabels(db);
    if (!labels)
        return labels.error();
    auto all = AssumptionRepository(db).all();
    if (!all)
        return all.error();
    return writeFile(outPath, assumptionsHeader(), [&](CsvWriter& csv) {
        for (const Assumption& a : std::as_const(all.value())) {
            const QStringList release = labels->value(a.releaseId, {QString(), QString()});
            if (!csv.writeRow({QString::number(a.id), release.at(0), release.at(1), a.statement,
                               a.owner,
                               a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString(),
                               toKey(a.status), a.dependsOn, a.impact}))
                return false;
        }
        return true;
    });
}

Result<qint64> DefinitionCsvExporter::exportMetrics(Database& db, const QString& outPath) {
    auto labels = releaseLabels(db);
    if (!labels)
        return labels.error();
    auto all = SuccessMetricRepository(db).all();
    if (!all)
        return all.error();
    return writeFile(outPath, metricsHeader(), [&](CsvWriter& csv) {
        for (const SuccessMetric& m : std::as_const(all.value())) {
            const QStringList release = labels->value(m.releaseId, {QString(), QString()});
            const auto met = m.met();
            if (!csv.writeRow(
                    {QString::number(m.id), release.at(0), release.at(1), m.name, m.unit,
                     m.comparator, number(m.target), number(m.baseline), number(m.actual),
                     m.actual && m.measuredAt.isValid() ? m.measuredAt.toUTC().toString(Qt::ISODate)
                                                        : QString(),
                     met ? (*met ? QStringLiteral("yes") : QStringLiteral("no")) : QString()}))
                return false;
        }
        return true;
    });
}

} // namespace slipway
