// SPDX-License-Identifier: GPL-3.0-or-later
// slipway demo --db FILE [--scale small|large] [--seed N] [--anchor DATE] [--force]
#include "CliSupport.h"
#include "io/DemoGenerator.h"
#include "storage/DatabaseMover.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace slipway::cli {

int runDemo(const QStringList& args) {
    const QString command = QStringLiteral("demo");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Writes a new Slipway file full of demo data around today. The same --seed and "
        "--anchor always give the same file. An existing non-empty file is refused unless "
        "--force is given, "
        "which replaces it."));
    FileOptions files;
    files.addTo(parser, false);
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        CliText::tr("small (3 teams, ~60 releases over a year) or large (5,000 releases, "
                    "1,000,000 audit entries, for benchmarks)."),
        QStringLiteral("SCALE"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CliText::tr("Random seed, 0 to 4294967295 (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        CliText::tr(
            "The demo's \"today\" (YYYY-MM-DD, UTC midnight); history ends there and plans run "
            "past it (default: today)."),
        QStringLiteral("DATE"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        CliText::tr("Replace FILE if it already exists (its data is lost)."));
    parser.addOptions({scale, seed, anchor, force});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway demo --db FILE|URL [--scale small|large] "
                                                "[--seed N] [--anchor YYYY-MM-DD] [--force]")))
        return *stop;
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    // A server gets the demo the way a team moves its file there: written to a file first,
    // then moved whole, in one transaction (the server must hold no Slipway data yet).
    const bool server = isServer(*path);
    if (server && parser.isSet(force))
        return refuseOnServer(command, *path,
                              CliText::tr("--force replaces a file; a server's data is never "
                                          "replaced: name an empty database"));
    QTemporaryDir staging;
    const QString written = server ? staging.filePath(QStringLiteral("demo.slipway")) : *path;
    if (server && !staging.isValid())
        return inputError(
            Error{Error::Kind::Io,
                  CliText::tr("no temporary folder for the demo: %1").arg(staging.errorString())});

    DemoGenerator::Options options;
    const QString scaleName = parser.value(scale);
    if (scaleName == u"small")
        options.scale = DemoGenerator::Scale::Small;
    else if (scaleName == u"large")
        options.scale = DemoGenerator::Scale::Large;
    else
        return usageError(command,
                          CliText::tr("--scale must be small or large, not '%1'").arg(scaleName));
    bool ok = false;
    const qulonglong seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok || seedValue > 0xffffffffULL)
        return usageError(command,
                          CliText::tr("--seed must be a whole number from 0 to 4294967295, not "
                                      "'%1'")
                              .arg(parser.value(seed)));
    options.seed = quint32(seedValue);
    if (parser.isSet(anchor)) {
        const QDate date = QDate::fromString(parser.value(anchor), Qt::ISODate);
        if (!date.isValid())
            return usageError(command,
                              CliText::tr("--anchor must be a date such as 2026-11-01, not '%1'")
                                  .arg(parser.value(anchor)));
        options.anchor = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else {
        options.anchor = DemoGenerator::todayAnchor();
    }
    options.replaceExisting = parser.isSet(force);
    const QFileInfo target(written);
    if (!server && target.exists() && target.size() > 0 && !options.replaceExisting)
        return usageError(command,
                          CliText::tr("%1 already exists; choose a new file, or pass --force to "
                                      "replace it")
                              .arg(QDir::toNativeSeparators(*path)));

    QElapsedTimer timer;
    timer.start();
    const bool showProgress = stderrIsTerminal();
    int lastPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (!showProgress || percent == lastPercent)
            return;
        lastPercent = percent;
        err() << '\r' << CliText::tr("Writing demo data: %1%").arg(percent);
        err().flush();
    };
    auto made = DemoGenerator::generate(written, options, progress);
    if (showProgress && lastPercent >= 0)
        err() << '\r' << QString(30, u' ') << '\r';
    if (!made)
        return inputError(made.error());
    if (server) {
        auto moved = DatabaseMover::move(written, *path);
        if (!moved)
            return inputError(moved.error());
    }
    out() << CliText::tr("Wrote %1 (%2 demo, seed %3) in %4 s.")
                 .arg(server ? shownDb(*path) : QDir::toNativeSeparators(*path), scaleName)
                 .arg(options.seed)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
