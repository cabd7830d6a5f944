// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "EvidenceFile.h"
#include "InputText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace slipway {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CsvReader", text);
}

Error usage(const QString& message) {
    return Error{Error::Kind::Usage, message};
}

// Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points
// past U+10FFFF included) or is NUL; -1 when the text is clean. ASCII runs go 8 at a time.
qsizetype firstBadByte(const char* data, qsizetype size) {
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            std::uint64_t chunk;
            std::memcpy(&chunk, p + i, 8);
            // No high bit and no zero byte in any of the eight.
            const bool ascii = (chunk & 0x8080808080808080ull) == 0;
            const bool noZero =
                ((chunk - 0x0101010101010101ull) & ~chunk & 0x8080808080808080ull) == 0;
            if (ascii && noZero) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size) // cut off by the end of the file
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += extra + 1;
    }
    return -1;
}

int lineOfOffset(const QByteArray& data, qsizetype offset) {
    return int(QByteArrayView(data.constData(), offset).count('\n')) + 1;
}

} // namespace

Result<CsvTable> CsvReader::read(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return usage(tr("%1 does not exist.").arg(shown));
    if (info.isDir())
        return usage(tr("%1 is a folder, not a CSV file.").arg(shown));
    if (info.size() > kMaxBytes)
        return usage(tr("%1 is %2 MB; CSV files over %3 MB are refused.")
                         .arg(shown)
                         .arg(info.size() / (1024 * 1024))
                         .arg(kMaxBytes / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, tr("%1 cannot be read: %2.").arg(shown, f.errorString())};
    return parse(f.readAll(), shown);
}

Result<CsvTable> CsvReader::parse(QByteArray bytes, const QString& fileName) {
    if (bytes.size() > kMaxBytes)
        return usage(tr("%1 is over %2 MB; CSV files that large are refused.")
                         .arg(fileName)
                         .arg(kMaxBytes / (1024 * 1024)));
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (const qsizetype bad = firstBadByte(bytes.constData() + start, bytes.size() - start);
        bad >= 0) {
        const bool nul = bytes.at(start + bad) == '\0';
        return usage((nul ? tr("%1 line %2: a NUL byte; this is binary data, not a CSV file.")
                          : tr("%1 line %2: not valid UTF-8 text; save the file as UTF-8 (in "
                               "Excel: CSV UTF-8) and import it again."))
                         .arg(fileName)
                         .arg(lineOfOffset(bytes, start + bad)));
    }

    CsvTable table;
    // Hashed before the quotes are removed: the digest names the file exactly as read.
    const EvidenceFile source = EvidenceFile::describe(fileName, bytes);
    table.m_sha256 = source.sha256;
    table.m_sourceBytes = source.size;
    char* data = bytes.data(); // detaches: quotes are removed in place below
    const qsizetype n = bytes.size();
    qsizetype r = start; // read cursor
    qsizetype w = start; // write cursor; never ahead of r
    int line = 1;
    int columns = -1;
    std::vector<CsvTable::Span> record;
    table.m_fields.reserve(size_t(n / 16));
    table.m_lines.reserve(size_t(n / 128));

    while (r < n) {
        // A blank line is not a record.
        if (data[r] == '\n' || data[r] == '\r') {
            r += (data[r] == '\r' && r + 1 < n && data[r + 1] == '\n') ? 2 : 1;
            ++line;
            continue;
        }
        const int recordLine = line;
        record.clear();
        for (;;) {
            const qsizetype fieldStart = w;
            if (r < n && data[r] == '"') {
                const int quoteLine = line;
                ++r;
                for (;;) {
                    const char* q =
                        static_cast<const char*>(std::memchr(data + r, '"', size_t(n - r)));
                    if (!q)
                        return usage(tr("%1 line %2: a quoted field is never closed (a missing "
                                        "\" before the end of the file).")
                                         .arg(fileName)
                                         .arg(quoteLine));
                    const qsizetype len = q - (data + r);
                    line += int(QByteArrayView(data + r, len).count('\n'));
                    if (w != r)
                        std::memmove(data + w, data + r, size_t(len));
                    w += len;
                    r += len + 1;
                    if (r < n && data[r] == '"') { // "" stands for one quote
                        data[w++] = '"';
                        ++r;
                        continue;
                    }
                    break;
                }
                if (r < n && data[r] != ',' && data[r] != '\n' && data[r] != '\r')
                    return usage(tr("%1 line %2: text after the closing quote of a field (%3); "
                                    "a quote inside a quoted field must be doubled.")
                                     .arg(fileName)
                                     .arg(line)
                                     .arg(InputText::quoted(
                                         QString::fromUtf8(data + r, qMin<qsizetype>(n - r, 20)))));
            } else {
                qsizetype e = r;
                while (e < n && data[e] != ',' && data[e] != '\n' && data[e] != '\r')
                    ++e;
                if (w != r)
                    std::memmove(data + w, data + r, size_t(e - r));
                w += e - r;
                r = e;
            }
            record.push_back({std::uint32_t(fieldStart), std::uint32_t(w - fieldStart)});
            if (r < n && data[r] == ',') {
                ++r;
                if (r == n) // "a,b," at the very end: the last field is empty
                    record.push_back({std::uint32_t(w), 0});
                else
                    continue;
            }
            break;
        }
        // The record ends at a line end or at the end of the file.
        if (r < n) {
            r += (data[r] == '\r' && r + 1 < n && data[r + 1] == '\n') ? 2 : 1;
            ++line;
        }
        if (columns < 0) {
            columns = int(record.size());
            for (const CsvTable::Span& s : record)
                table.m_header.append(QString::fromUtf8(data + s.offset, s.length));
            continue;
        }
        if (int(record.size()) != columns)
            return usage(tr("%1 line %2: %3 fields where the header has %4 (a missing or extra "
                            "comma, or a line break outside quotes?).")
                             .arg(fileName)
                             .arg(recordLine)
                             .arg(record.size())
                             .arg(columns));
        table.m_fields.insert(table.m_fields.end(), record.begin(), record.end());
        table.m_lines.push_back(recordLine);
    }
    if (columns < 0)
        return usage(
            tr("%1 is empty: a CSV file needs a header line and at least one row.").arg(fileName));
    if (table.m_lines.empty())
        return usage(tr("%1 has a header but no rows; nothing to import.").arg(fileName));
    bytes.truncate(w);
    table.m_data = std::move(bytes);
    return table;
}

} // namespace slipway
