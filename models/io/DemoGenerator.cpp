// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoBuilder.h"
#include "DemoLifecycle.h"
#include "DemoMatrix.h"
#include "DemoPackages.h"
#include "DemoProducts.h"
#include "DemoReporting.h"
#include "DemoRunbooks.h"
#include "DemoValidation.h"

namespace slipway {

using namespace demobuild;

namespace {

void removeWithSidecars(const QString& path) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QDateTime DemoGenerator::defaultAnchor() {
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

QDateTime DemoGenerator::todayAnchor() {
    return QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
}

Result<void> DemoGenerator::generate(const QString& path, Scale scale, quint32 seed,
                                     const Progress& progress) {
    Options options;
    options.scale = scale;
    options.seed = seed;
    return generate(path, options, progress);
}

Result<void> DemoGenerator::generate(const QString& path, const Options& options,
                                     const Progress& progress) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Error::Kind::Usage, DemoText::tr("%1 is a folder, not a file.").arg(shown)};
    if (info.exists() && info.size() > 0 && !options.replaceExisting)
        return Error{
            Error::Kind::Usage,
            DemoText::tr("%1 already exists; choose a new file name (the demo never writes into "
                         "an existing file unless asked to replace it).")
                .arg(shown)};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{Error::Kind::Io,
                     DemoText::tr("%1 cannot be created: the folder %2 does not exist.")
                         .arg(shown, QDir::toNativeSeparators(folder.filePath()))};
    if (!folder.isWritable())
        return Error{
            Error::Kind::ReadOnly,
            DemoText::tr("%1 cannot be created: you may not write to its folder.").arg(shown)};

    // Built beside the target and renamed over it at the end: a failure leaves nothing.
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".demo-partial");
    removeWithSidecars(temp);
    {
        Builder builder(options);
        builder.plan();
        Database::OpenOptions open;
        open.create = true;
        auto db = Database::open(temp, open);
        if (!db) {
            removeWithSidecars(temp);
            return db.error();
        }
        qint64 total = 0;
        auto written = builder.write(*db.value(), [&](qint64 done, qint64 all) {
            total = all;
            if (progress)
                progress(done, all);
        });
        if (written) // products' versioning schemes; the releases are numbered by them
            written = DemoProducts::write(*db.value(), options.scale == Scale::Large,
                                          QStringLiteral("demo"),
                                          options.anchor.toSecsSinceEpoch() - 86400);
        if (written) {
            auto gates = DemoGates::write(*db.value(), options.anchor.toSecsSinceEpoch(),
                                          options.scale == Scale::Large);
            if (!gates)
                written = gates.error();
            else if (progress && gates.value() > 0)
                progress(total + gates.value(), total + gates.value());
            if (gates)
                total += gates.value();
        }
        if (written) {
            // The CAB's part follows; progress then counts its entries too.
            auto cab = DemoCab::write(*db.value(), options.anchor.toSecsSinceEpoch(), options.seed,
                                      builder.changeTickets());
            if (!cab)
                written = cab.error();
            else if (progress)
                progress(total + cab.value(), total + cab.value());
            if (cab)
                total += cab.value();
        }
        if (written) {
            // Overrides of guards a deploying release does not meet yet, once gates and
            // approvals are in.
            auto overrides = DemoLifecycle::write(*db.value(), options.anchor.toSecsSinceEpoch(),
                                                  builder.releasesAt(ReleaseStatus::Deploying));
            if (!overrides)
                written = overrides.error();
            else
                total += overrides.value();
        }
        if (written) {
            // What runs where: component lists with drift and pins production does not meet.
            auto matrix = DemoMatrix::write(*db.value(), options.anchor.toSecsSinceEpoch());
            if (!matrix)
                written = matrix.error();
            else
                total += matrix.value();
        }
        if (written) {
            // Artifacts in every state of verification, trusted keys and settings.
            auto packages = DemoPackages::write(*db.value(), options.anchor.toSecsSinceEpoch());
            if (!packages)
                written = packages.error();
            else
                total += packages.value();
        }
        if (written) {
            // Runbooks of each pattern in every state, with runs on the releases being and
            // already deployed.
            auto runbooks = DemoRunbooks::write(*db.value(), options.anchor.toSecsSinceEpoch());
            if (!runbooks)
                written = runbooks.error();
            else
                total += runbooks.value();
        }
        if (written) {
            // After the window: checks and their results, service metrics with verdicts,
            // feedback, incidents, reviews, closure checklists and closed releases' CMDB
            // records.
            auto after =
                DemoValidation::write(*db.value(), options.anchor.toSecsSinceEpoch(), options.seed);
            if (!after)
                written = after.error();
            else
                total += after.value();
        }
        if (written) {
            // The reporting screen's year: deviations of every kind, regulatory tags and
            // corrective actions in every state.
            auto reporting =
                DemoReporting::write(*db.value(), options.anchor.toSecsSinceEpoch(), options.seed);
            if (!reporting)
                written = reporting.error();
            else
                total += reporting.value();
        }
        if (written) {
            // The Communications part, added after the bulk load and counted with it.
            auto added = DemoCommunications::add(*db.value(), options.anchor);
            if (!added)
                written = added.error();
            else if (progress)
                progress(total + added.value(), total + added.value());
        }
        db.value().reset();
        if (!written) {
            removeWithSidecars(temp);
            Error e = written.error();
            e.message.replace(QDir::toNativeSeparators(QFileInfo(temp).absoluteFilePath()), shown);
            return e;
        }
    }
    // A leftover WAL of the replaced file would be replayed onto the new one.
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) !=
        0) {
        removeWithSidecars(temp);
        return Error{Error::Kind::Io,
                     DemoText::tr("%1 could not be written (renaming the finished file "
                                  "failed); check the folder.")
                         .arg(shown)};
    }
    return {};
}

} // namespace slipway
