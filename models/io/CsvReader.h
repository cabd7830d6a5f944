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

    // For service-desk exports, which Windows tools write in the ANSI code page: bytes that
    // are not UTF-8 (and hold no NUL) are read as Windows-1252, and "\r\r\n" (a CRLF
    // written through a text-mode stream) ends a single line. `readAsWindows1252` says
    // whether the fallback was needed. The table's SHA-256 is of the file's bytes as read.
    static Result<CsvTable> readLenient(const QString& path, bool* readAsWindows1252);
    static Result<CsvTable> parseLenient(QByteArray bytes, const QString& fileName,
                                         bool* readAsWindows1252);

    static constexpr qint64 kMaxBytes = qint64(1) << 30; // offsets are 32-bit

private:
    static Result<QByteArray> load(const QString& path);
    static Result<CsvTable> parseText(QByteArray bytes, const QString& fileName, bool lenient);
};

} // namespace slipway
