// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

namespace slipway {

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
