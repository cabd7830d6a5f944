// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace slipway {

class Database;

// The demo's products: every service is one, most numbered with Semantic Versioning and a few
// with CalVer (the small file's Data Warehouse as YYYY.0M.MICRO and Customer Portal as
// YY.MM.MICRO; every sixth service of the large one as YYYY.0M.MICRO).
class DemoProducts {
public:
    // The CalVer format of the demo service at `index` (0-based) called `name`; empty: SemVer.
    static QString calVerFormat(int index, const QString& name, bool large);

    // Numbers one CalVer product's releases in the order they are planned: a release in a later
    // month than the last starts that month at MICRO 0; one in the same month or, planned out
    // of order, an earlier one, takes the last month's next MICRO. Versions never repeat.
    class Counter {
    public:
        QString next(const QString& format, QDate date);

    private:
        int m_year = 0;
        int m_month = 0;
        int m_micro = -1;
    };

    // Gives the services of a freshly generated file their schemes (the file's setup, like its
    // services, at `atSecs` by `actor`).
    static Result<void> write(Database& db, bool large, const QString& actor, qint64 atSecs);
};

} // namespace slipway
