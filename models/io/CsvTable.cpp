// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

#include <QCoreApplication>

namespace slipway {

QString CsvTable::raggedProblem(const RaggedRow& row, const QString& fileName) const {
    return QCoreApplication::translate("CsvReader",
                                       "%1 line %2: %3 fields where the header has %4 (a missing "
                                       "or extra comma, or a line break outside quotes?).")
        .arg(fileName)
        .arg(row.line)
        .arg(row.fields)
        .arg(columnCount());
}

QList<int> CsvTable::columnsNamed(const QString& name) const {
    QList<int> columns;
    const QStringView wanted = QStringView(name).trimmed();
    for (int i = 0; i < m_header.size(); ++i) {
        if (QStringView(m_header[i]).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            columns.append(i);
    }
    return columns;
}

} // namespace slipway
