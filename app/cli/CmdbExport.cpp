// SPDX-License-Identifier: GPL-3.0-or-later
// slipway export cmdb --db FILE --release R --out FILE.csv|FILE.json: the configuration-
// management record a closed release was given when it was closed.
#include "ReviewCommand.h"

#include "domain/InputText.h"
#include "io/CmdbRecordWriter.h"
#include "services/ClosureService.h"
#include "services/ReleaseService.h"

#include <QDir>

namespace slipway::cli {

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
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    const Session session = acting.value();
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
    if (auto written =
            CmdbRecordWriter::write(record.value(), ClosureService::recordColumns(), target);
        !written)
        return inputError(written.error());
    out() << CliText::tr("Wrote the configuration-management record of %1 to %2.")
                 .arg(InputText::singleLine(label), QDir::toNativeSeparators(target))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
