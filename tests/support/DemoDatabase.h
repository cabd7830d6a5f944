// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/DemoGenerator.h"

#include <QString>

namespace slipway::test {

// A demo (DemoGenerator's, with `options`) in the test database `path` names, as the product
// puts one there: on SQLite written to the file itself; on PostgreSQL written to a file first
// and moved whole to the path's database by DatabaseMover, as `slipway demo --db
// postgresql://…` does. Open it by its path (test::openDocument, test::openDatabase). False,
// with the test failed naming why, when the demo cannot be made there.
bool makeDemoDatabase(const QString& path, const DemoGenerator::Options& options);
bool makeDemoDatabase(const QString& path, DemoGenerator::Scale scale, quint32 seed);

} // namespace slipway::test
