// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace slipway {

// RFC 4180 CSV: UTF-8, CRLF after every record, fields quoted when they hold a quote, a
// comma or a line break. Cells a spreadsheet would run as a formula (leading =, +, -, @,
// tab or CR) get a leading apostrophe, unless they are plain numbers such as -12.5.
class CsvWriter {
public:
    enum class Formulas { Neutralise, Keep };

    explicit CsvWriter(QIODevice& device, Formulas formulas = Formulas::Neutralise);

    // False once the device refused a write; later rows are not attempted.
    bool writeRow(const QStringList& cells);
    bool ok() const { return m_ok; }
    qint64 rowsWritten() const { return m_rows; }

    static QString neutralise(const QString& cell);
    static QString encodeCell(const QString& cell, Formulas formulas = Formulas::Neutralise);
    static QByteArray encodeRow(const QStringList& cells, Formulas formulas = Formulas::Neutralise);

private:
    QIODevice& m_device;
    Formulas m_formulas;
    bool m_ok = true;
    qint64 m_rows = 0;
};

} // namespace slipway
