// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "Utf8Check.h"

#include "EvidenceFile.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <thread>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

Error usage(const QString& message) {
    return Error{Error::Kind::Usage, message};
}

Error tooLarge(const QString& fileName) {
    return usage(Text::tr("%1 is over %2 MB; CSV files that large are refused.")
                     .arg(fileName)
                     .arg(CsvReader::kMaxBytes / (qint64(1024) * 1024)));
}

QString nulByte() {
    return Text::tr("%1 line %2: a NUL byte; this is binary data, not a CSV file.");
}

// Windows-1252 as UTF-8: 0x80-0x9F hold typographic marks (… “ ” € …); the five bytes that
// code page leaves undefined keep their C1 control meaning, as Windows maps them.
QByteArray fromWindows1252(const QByteArray& bytes) {
    static constexpr char16_t kHigh[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : char16_t(b));
    }
    return text.toUtf8();
}

// The length of the line end at `r` (0: none): LF, CRLF, CR, and when lenient CRCRLF.
// From this size the file is hashed on a second thread while it is parsed.
constexpr qsizetype kParallelHashBytes = qsizetype(1) << 20;

qsizetype lineEnd(const char* data, qsizetype r, qsizetype n, bool lenient) {
    if (r >= n || (data[r] != '\n' && data[r] != '\r'))
        return 0;
    if (data[r] == '\n')
        return 1;
    if (r + 1 < n && data[r + 1] == '\n')
        return 2;
    if (lenient && r + 2 < n && data[r + 1] == '\r' && data[r + 2] == '\n')
        return 3;
    return 1;
}

} // namespace

Result<QByteArray> CsvReader::load(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return usage(Text::tr("%1 does not exist.").arg(shown));
    if (info.isDir())
        return usage(Text::tr("%1 is a folder, not a CSV file.").arg(shown));
    if (info.size() > kMaxBytes)
        return usage(Text::tr("%1 is %2 MB; CSV files over %3 MB are refused.")
                         .arg(shown)
                         .arg(info.size() / (qint64(1024) * 1024))
                         .arg(kMaxBytes / (qint64(1024) * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     Text::tr("%1 cannot be read: %2.").arg(shown, f.errorString())};
    return f.readAll();
}

Result<CsvTable> CsvReader::read(const QString& path) {
    auto bytes = load(path);
    if (!bytes)
        return bytes.error();
    return parse(std::move(bytes.value()), QDir::toNativeSeparators(path));
}

Result<CsvTable> CsvReader::readLenient(const QString& path, bool* readAsWindows1252) {
    auto bytes = load(path);
    if (!bytes)
        return bytes.error();
    return parseLenient(std::move(bytes.value()), QDir::toNativeSeparators(path),
                        readAsWindows1252);
}

Result<CsvTable> CsvReader::parse(QByteArray bytes, const QString& fileName) {
    if (bytes.size() > kMaxBytes)
        return tooLarge(fileName);
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (const qsizetype bad =
            Utf8Check::firstBadByte(bytes.constData() + start, bytes.size() - start);
        bad >= 0) {
        const bool nul = bytes.at(start + bad) == '\0';
        return usage((nul ? nulByte()
                          : Text::tr("%1 line %2: not valid UTF-8 text; save the file "
                                     "as UTF-8 (in Excel: CSV UTF-8) and import it "
                                     "again."))
                         .arg(fileName)
                         .arg(Utf8Check::lineOf(bytes, start + bad)));
    }
    return parseText(std::move(bytes), fileName, false);
}

Result<CsvTable> CsvReader::parseLenient(QByteArray bytes, const QString& fileName,
                                         bool* readAsWindows1252) {
    if (readAsWindows1252)
        *readAsWindows1252 = false;
    if (bytes.size() > kMaxBytes)
        return tooLarge(fileName);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return usage(nulByte().arg(fileName).arg(Utf8Check::lineOf(bytes, nul)));
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (Utf8Check::firstBadByte(bytes.constData() + start, bytes.size() - start) < 0)
        return parseText(std::move(bytes), fileName, true);
    const EvidenceFile original = EvidenceFile::describe(fileName, bytes);
    QByteArray text = fromWindows1252(bytes);
    if (text.size() > kMaxBytes)
        return tooLarge(fileName);
    if (readAsWindows1252)
        *readAsWindows1252 = true;
    auto table = parseText(std::move(text), fileName, true);
    if (table) {
        table->m_sha256 = original.sha256;
        table->m_sourceBytes = original.size;
    }
    return table;
}

Result<CsvTable> CsvReader::parseText(QByteArray bytes, const QString& fileName, bool lenient) {
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    CsvTable table;
    // The digest names the file exactly as read. The parse only reads the bytes (a field with
    // doubled quotes is rewritten into a side buffer), so a large file is hashed on a second
    // thread meanwhile.
    EvidenceFile source;
    std::jthread hashing;
    if (bytes.size() >= kParallelHashBytes)
        hashing = std::jthread(
            [&source, &bytes, &fileName] { source = EvidenceFile::describe(fileName, bytes); });
    else
        source = EvidenceFile::describe(fileName, bytes);
    table.m_data = bytes; // shared: nothing writes to it
    const char* const data = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype r = start; // read cursor
    int line = 1;
    int columns = -1;
    std::vector<CsvTable::Span> record;
    // Room for a record per line, once the header says how many fields each has: the vectors
    // then seldom move (a move of 100,000 records' spans copies megabytes and touches as many
    // new pages). Room not used is address space, not memory.
    qsizetype lines = 1;
    for (const char* nl = data + start;
         (nl = static_cast<const char*>(std::memchr(nl, '\n', size_t(data + n - nl)))); ++nl)
        ++lines;
    const auto inData = [](qsizetype from, qsizetype length) {
        return CsvTable::Span{std::uint32_t(from), std::uint32_t(length)};
    };

    while (r < n) {
        // A blank line is not a record.
        if (const qsizetype end = lineEnd(data, r, n, lenient); end > 0) {
            r += end;
            ++line;
            continue;
        }
        const int recordLine = line;
        record.clear();
        for (;;) {
            CsvTable::Span field;
            if (r < n && data[r] == '"') {
                const int quoteLine = line;
                ++r;
                const qsizetype contentStart = r;
                qsizetype unescapedStart = -1; // in m_unescaped, from the first doubled quote
                for (;;) {
                    const char* q =
                        static_cast<const char*>(std::memchr(data + r, '"', size_t(n - r)));
                    if (!q)
                        return usage(
                            Text::tr("%1 line %2: a quoted field is never closed (a missing "
                                     "\" before the end of the file).")
                                .arg(fileName)
                                .arg(quoteLine));
                    const qsizetype len = q - (data + r);
                    // Most quoted fields hold no line break: one memchr says so.
                    for (const char* nl = data + r;
                         (nl = static_cast<const char*>(std::memchr(nl, '\n', size_t(q - nl))));
                         ++nl)
                        ++line;
                    const bool doubled = q + 1 < data + n && q[1] == '"';
                    if (doubled && unescapedStart < 0) {
                        unescapedStart = table.m_unescaped.size();
                        table.m_unescaped.append(data + contentStart, r - contentStart);
                    }
                    if (unescapedStart >= 0)
                        table.m_unescaped.append(data + r, len);
                    r += len + 1;
                    if (doubled) { // "" stands for one quote
                        table.m_unescaped.append('"');
                        ++r;
                        continue;
                    }
                    break;
                }
                if (unescapedStart < 0)
                    field = inData(contentStart, r - 1 - contentStart);
                else
                    field = {std::uint32_t(unescapedStart) | CsvTable::kUnescaped,
                             std::uint32_t(table.m_unescaped.size() - unescapedStart)};
                if (r < n && data[r] != ',' && data[r] != '\n' && data[r] != '\r')
                    return usage(
                        Text::tr("%1 line %2: text after the closing quote of a field (%3); "
                                 "a quote inside a quoted field must be doubled.")
                            .arg(fileName)
                            .arg(line)
                            .arg(InputText::quoted(
                                QString::fromUtf8(data + r, qMin<qsizetype>(n - r, 20)))));
            } else {
                qsizetype e = r;
                while (e < n && data[e] != ',' && data[e] != '\n' && data[e] != '\r')
                    ++e;
                field = inData(r, e - r);
                r = e;
            }
            record.push_back(field);
            if (r < n && data[r] == ',') {
                ++r;
                if (r == n) // "a,b," at the very end: the last field is empty
                    record.push_back(inData(r, 0));
                else
                    continue;
            }
            break;
        }
        // The record ends at a line end or at the end of the file.
        if (r < n) {
            r += lineEnd(data, r, n, lenient);
            ++line;
        }
        if (columns < 0) {
            columns = int(record.size());
            for (const CsvTable::Span& s : record)
                table.m_header.append(QString::fromUtf8(table.view(s)));
            // At most twice the file's size: a line break inside quotes is not a record.
            table.m_fields.reserve(size_t(std::min(lines * columns, n / 4 + columns)));
            table.m_lines.reserve(size_t(std::min(lines, n / 16 + 1)));
            continue;
        }
        if (int(record.size()) != columns) {
            table.m_ragged.push_back({recordLine, int(record.size())});
            continue;
        }
        table.m_fields.insert(table.m_fields.end(), record.begin(), record.end());
        table.m_lines.push_back(recordLine);
    }
    if (columns < 0)
        return usage(Text::tr("%1 is empty: a CSV file needs a header line and at least one row.")
                         .arg(fileName));
    if (table.m_lines.empty() && table.m_ragged.empty())
        return usage(Text::tr("%1 has a header but no rows; nothing to import.").arg(fileName));
    if (hashing.joinable())
        hashing.join();
    table.m_sha256 = source.sha256;
    table.m_sourceBytes = source.size;
    return table;
}

} // namespace slipway
