// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace slipway {

class CsvTable;

// An importer's `--map "COLUMN=FIELD,COLUMN=FIELD"`, read against a table's header: a field
// named there takes exactly the columns it names (every column of that name: Jira repeats
// "Labels"), in place of what the importer recognised; "ignore" takes a column away from
// every field. Errors name the file, say what is wrong, and show what to write instead.
class CsvColumnMap {
public:
    // `fieldNames`: the importer's fields, lower case, by index. `example`: a valid --map for
    // the message about a pair that is not one, e.g. "Ticket=number,Raised=opened".
    static Result<CsvColumnMap> parse(const CsvTable& table, const QString& mapSpec,
                                      const QStringList& fieldNames, const QString& example,
                                      const QString& fileName);

    // Changes `columnsByField` (one list of column indexes per field) as the map says.
    void applyTo(std::span<QList<int>> columnsByField) const;
    // Whether the map names `field`.
    bool names(int field) const;
    // The columns the map assigns to `field`.
    QList<int> columnsOf(int field) const;

private:
    struct Pair {
        QList<int> columns;
        int field = -1; // -1: ignore
    };
    QList<Pair> m_pairs;
};

} // namespace slipway
