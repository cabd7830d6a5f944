// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Runbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace slipway {

// A runbook as GitHub-flavoured Markdown: a heading with the release, the pattern, the state
// and the rationale, the steps as one pipe table (forward and rollback steps in the
// runbook's order, the same columns as RunbookCsv) and the rollback triggers as another.
// User text is escaped so that it shows as written and reads back exactly: Markdown and
// HTML characters get a backslash, a line break is <br>, other control characters and
// spaces at either end of a cell are numeric character references.
//
// Reading takes the steps table back: the first pipe table whose header names the column
// "key" (other tables, text and fenced code are passed over). Errors are one line naming the
// file and the line in it; the whole read fails at the first.
class RunbookMarkdown {
public:
    static QByteArray toMarkdown(const Runbook& runbook);
    // Written complete or not at all (OutputFile).
    static Result<void> write(const Runbook& runbook, const QString& path);

    static Result<QList<RunbookStep>> read(const QString& path);
    static Result<QList<RunbookStep>> parse(const QByteArray& bytes, const QString& fileName);

    // One value as a table cell's text and back.
    static QString escapeCell(const QString& text);
    static QString unescapeCell(QStringView cell);
    // A row's cells: outer pipes dropped, split at pipes without a backslash before them,
    // each cell's spaces at either end trimmed; still escaped.
    static QStringList splitRow(QStringView line);

    static constexpr qint64 kMaxBytes = qint64(256) * 1024 * 1024;
};

} // namespace slipway
