// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Runbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace slipway {

// A runbook's steps as CSV: a header row with RunbookStepTable's column names, then a step
// per row in the runbook's order; dependencies separated by ';', ttl_lowered_at in ISO 8601
// UTC. Reading takes the columns in any order (key, title, kind and duration_min required)
// and refuses the whole file at the first problem, in one line naming the file and the line.
// Cells a spreadsheet would run as formulas are written with a leading apostrophe, which
// reading takes off again, so a write and a read give the same steps.
class RunbookCsv {
public:
    static QByteArray toCsv(const QList<RunbookStep>& steps);
    // Written complete or not at all (OutputFile).
    static Result<void> write(const QList<RunbookStep>& steps, const QString& path);

    static Result<QList<RunbookStep>> read(const QString& path);
    // `fileName` is what errors call the file.
    static Result<QList<RunbookStep>> parse(const QByteArray& bytes, const QString& fileName);

    // The apostrophe rule, both ways.
    static QString protectCell(const QString& cell);
    static QString unprotectCell(const QString& cell);
};

} // namespace slipway
