// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatabase.h"

#include "TestSupport.h"
#include "storage/DatabaseMover.h"

#include <QTemporaryDir>

namespace slipway::test {

bool makeDemoDatabase(const QString& path, const DemoGenerator::Options& options) {
    // On a server, a database cloned from a template that Slipway opened once: it holds a new
    // database's seed rows only, which the mover takes for empty.
    const QString address = databaseAddress(path);
    if (address.isEmpty())
        return false;
    QTemporaryDir staging;
    if (isPostgres() && !staging.isValid()) {
        helperFailed(u"cannot make a temporary folder: "_qs + staging.errorString());
        return false;
    }
    const QString file = isPostgres() ? staging.filePath(u"demo.slipway"_qs) : path;
    if (auto made = DemoGenerator::generate(file, options); !made) {
        helperFailed(u"cannot write the demo %1: %2"_qs.arg(file, made.error().message));
        return false;
    }
    if (!isPostgres())
        return true;
    if (auto moved = DatabaseMover::move(file, address); !moved) {
        helperFailed(u"cannot move the demo to %1: %2"_qs.arg(address, moved.error().message));
        return false;
    }
    return true;
}

bool makeDemoDatabase(const QString& path, DemoGenerator::Scale scale, quint32 seed) {
    DemoGenerator::Options options;
    options.scale = scale;
    options.seed = seed;
    return makeDemoDatabase(path, options);
}

} // namespace slipway::test
