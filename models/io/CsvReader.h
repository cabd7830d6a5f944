// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTable.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace slipway {

// RFC 4180 CSV as spreadsheets and trackers write it: UTF-8 with or without a BOM, CRLF, LF
// or CR line ends, a missing final newline, quoted fields holding commas, doubled quotes
// and line breaks, and repeated column names. Blank lines between records are skipped.
// Refuses, naming the file and line: an unterminated quote, text after a closing quote,
// a record whose field count differs from the header's, invalid UTF-8 or NUL bytes, an
// empty file and a header without rows.
class CsvReader {
public:
    static Result<CsvTable> read(const QString& path);
    static Result<CsvTable> parse(QByteArray bytes, const QString& fileName);

    static constexpr qint64 kMaxBytes = qint64(1) << 30; // offsets are 32-bit
};

} // namespace slipway
