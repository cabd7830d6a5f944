// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Runbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// A runbook's steps as rows of text, the shape the CSV and Markdown files share: stable
// column names, one cell per field, and the checks both readers make. Errors are one line,
// "runbook.csv:7: …", naming the file and the line.
class RunbookStepTable {
public:
    enum class Column {
        Key,
        Title,
        Kind,
        Direction,
        RollbackOf,
        Owner,
        OffsetMin,
        DurationMin,
        DependsOn,
        ScriptRepo,
        ScriptPath,
        ScriptCommit,
        ScriptSha256,
        DnsRecord,
        TtlOldS,
        TtlNewS,
        TtlLoweredAt,
        Notes,
        Count
    };

    // Every column's name, in the order the writers put them.
    static QStringList columnNames();
    // The cells of `step`, in columnNames() order.
    static QStringList cells(const RunbookStep& step);
    // ttl_lowered_at as written: ISO 8601 UTC ("2026-12-05T22:00:00Z"); empty for 0.
    static QString utcText(qint64 secs);

    // Which field each header cell names. Refused: an unknown or repeated column, or a
    // required one (key, title, kind, duration_min) missing.
    static Result<QList<Column>> layout(const QStringList& header, const QString& fileName,
                                        int line);
    // One row (as many cells as the header) as a step; refused naming the cell's problem.
    static Result<RunbookStep> step(const QList<Column>& layout, const QStringList& row,
                                    const QString& fileName, int line);
    // What only the whole table shows: a repeated key, a dependency or rollback pairing naming
    // no step, a forward step depending on a rollback step, a dependency cycle. `lines[i]` is
    // where steps[i] was read.
    static Result<void> check(const QList<RunbookStep>& steps, const QList<int>& lines,
                              const QString& fileName);

    // The longest a free-text cell may be.
    static constexpr qsizetype kMaxTitle = 4000;
    static constexpr qsizetype kMaxNotes = 100000;
    static constexpr int kMaxMinutes = 525600; // a year
};

} // namespace slipway
