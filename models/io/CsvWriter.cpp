// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QIODevice>

namespace slipway {
namespace {

// A plain decimal number is data to every spreadsheet, never a formula, so "-3" stays "-3".
bool isPlainNumber(const QString& cell) {
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == u'-' || cell[i] == u'+'))
        ++i;
    const qsizetype digitsFrom = i;
    while (i < cell.size() && cell[i].isDigit() && cell[i].unicode() < 128)
        ++i;
    if (i == digitsFrom)
        return false;
    if (i < cell.size() && cell[i] == u'.') {
        const qsizetype fractionFrom = ++i;
        while (i < cell.size() && cell[i].isDigit() && cell[i].unicode() < 128)
            ++i;
        if (i == fractionFrom)
            return false;
    }
    return i == cell.size();
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device, Formulas formulas)
    : m_device(device)
    , m_formulas(formulas) {}

QString CsvWriter::neutralise(const QString& cell) {
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                       first == u'\t' || first == u'\r';
    if (!risky || isPlainNumber(cell))
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::encodeCell(const QString& cell, Formulas formulas) {
    QString value = formulas == Formulas::Neutralise ? neutralise(cell) : cell;
    const bool quote = value.contains(u'"') || value.contains(u',') || value.contains(u'\n') ||
                       value.contains(u'\r');
    if (!quote)
        return value;
    QString out = value;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QByteArray CsvWriter::encodeRow(const QStringList& cells, Formulas formulas) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += encodeCell(cells[i], formulas);
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

bool CsvWriter::writeRow(const QStringList& cells) {
    if (!m_ok)
        return false;
    const QByteArray bytes = encodeRow(cells, m_formulas);
    m_ok = m_device.write(bytes) == bytes.size();
    if (m_ok)
        ++m_rows;
    return m_ok;
}

} // namespace slipway
