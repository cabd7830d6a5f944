// SPDX-License-Identifier: GPL-3.0-or-later
// slipway export cmdb --db FILE --release R --out FILE.csv|FILE.json: the configuration-
// management record a closed release was given when it was closed.
#include "ReviewCommand.h"

#include "domain/InputText.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"
#include "services/ClosureService.h"
#include "services/ReleaseService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace slipway::cli {

namespace {

// Header and one row, RFC 4180, like every CSV Slipway writes: a cell a spreadsheet would run
// as a formula gets a leading apostrophe (the file is often opened before it is loaded).
QByteArray csvBytes(const CmdbRecord& record) {
    const QStringList columns = ClosureService::recordColumns();
    QStringList cells;
    for (const QString& c : columns)
        cells << record.fields.value(c).toString();
    return CsvWriter::encodeRow(columns) + CsvWriter::encodeRow(cells);
}

// The import set REST API's insertMultiple body: {"records": [ {column: value, …} ]}.
QByteArray jsonBytes(const CmdbRecord& record) {
    QJsonObject row;
    for (const QString& c : ClosureService::recordColumns())
        row.insert(c, record.fields.value(c).toString());
    return QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{row}}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

int exportCmdb(const QCommandLineParser& parser, const FileOptions& files, const QString& dbPath,
               const QCommandLineOption& release, const QString& target) {
    const QString command = QStringLiteral("export");
    if (target.isEmpty())
        return usageError(command, CliText::tr("--out FILE.csv or FILE.json is required"));
    const QString suffix = target.section(u'.', -1).toLower();
    if (!target.contains(u'.') || (suffix != u"csv" && suffix != u"json"))
        return usageError(command, CliText::tr("--out must name a .csv or a .json file, not '%1'")
                                       .arg(InputText::singleLine(target)));
    auto db = Database::open(dbPath, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    int exit = ExitOk;
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    const Session session = Session::forCurrentUser();
    auto found = ReleaseService(*db.value(), session).find(*releaseId);
    if (!found)
        return inputError(found.error());
    const QString label = releaseLabel(found->name, found->version);
    if (found->status != ReleaseStatus::Closed) {
        err() << CliText::tr("%1 is not closed; `slipway closure status` says what it still needs.")
                     .arg(InputText::singleLine(label))
              << Qt::endl;
        return ExitFindings;
    }
    auto record = ClosureService(*db.value(), session).record(*releaseId);
    if (!record)
        return inputError(record.error());
    const QByteArray bytes =
        suffix == u"csv" ? csvBytes(record.value()) : jsonBytes(record.value());
    if (auto written = OutputFile::write(target, bytes); !written)
        return inputError(written.error());
    out() << CliText::tr("Wrote the configuration-management record of %1 to %2.")
                 .arg(InputText::singleLine(label), QDir::toNativeSeparators(target))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
