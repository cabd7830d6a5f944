// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace slipway {

// A parsed CSV file (see CsvReader): the header and every record with as many fields as the
// header. Fields are UTF-8 slices of one buffer, so 100,000 rows cost no string per cell
// until a caller asks for one. A record with more or fewer fields is not a row: it is listed
// among the ragged rows, for the importer to refuse or skip like any other invalid row.
class CsvTable {
public:
    struct RaggedRow {
        int line = 0;   // where the record starts
        int fields = 0; // how many it has
    };

    const QStringList& header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }
    qsizetype rowCount() const { return qsizetype(m_lines.size()); }

    // The physical line (from 1) where record `row` starts.
    int line(qsizetype row) const { return m_lines[size_t(row)]; }
    QByteArrayView field(qsizetype row, int column) const {
        return view(m_fields[size_t(row) * size_t(m_header.size()) + size_t(column)]);
    }
    QString text(qsizetype row, int column) const { return QString::fromUtf8(field(row, column)); }

    // The SHA-256 (lowercase hex) and size of the file's bytes as read, before parsing.
    const QString& sha256() const { return m_sha256; }
    qint64 sourceBytes() const { return m_sourceBytes; }

    // Records whose field count differs from the header's, in file order.
    const std::vector<RaggedRow>& raggedRows() const { return m_ragged; }
    // "FILE line N: 2 fields where the header has 3 (…)." for one of them.
    QString raggedProblem(const RaggedRow& row, const QString& fileName) const;

    // Every column whose name matches (trimmed, case-insensitive), in file order: Jira
    // repeats "Labels" once per label.
    QList<int> columnsNamed(const QString& name) const;

private:
    friend class CsvReader;
    // Where a field is: in m_data, or with kUnescaped set in m_unescaped.
    struct Span {
        std::uint32_t offset;
        std::uint32_t length;
    };
    static constexpr std::uint32_t kUnescaped = 0x80000000u;
    QByteArrayView view(const Span& s) const {
        const QByteArray& in = (s.offset & kUnescaped) ? m_unescaped : m_data;
        return QByteArrayView(in.constData() + (s.offset & ~kUnescaped), qsizetype(s.length));
    }

    QByteArray m_data;      // the file as read (a field's quotes are around its span)
    QByteArray m_unescaped; // the fields that had doubled quotes, with each pair made one
    QStringList m_header;
    std::vector<Span> m_fields; // row-major, columnCount() per record
    std::vector<int> m_lines;
    std::vector<RaggedRow> m_ragged;
    QString m_sha256;
    qint64 m_sourceBytes = 0;
};

} // namespace slipway
