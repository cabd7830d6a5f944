// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvColumnMap.h"

#include "CsvTable.h"
#include "domain/InputText.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvColumnMap)
};

} // namespace

Result<CsvColumnMap> CsvColumnMap::parse(const CsvTable& table, const QString& mapSpec,
                                         const QStringList& fieldNames, const QString& example,
                                         const QString& fileName) {
    CsvColumnMap map;
    for (const QString& raw : mapSpec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = raw.lastIndexOf(u'=');
        const QString column = raw.left(eq).trimmed();
        const QString target = raw.mid(eq + 1).trimmed().toLower();
        if (eq <= 0 || column.isEmpty() || target.isEmpty())
            return Error{Error::Kind::Usage,
                         Text::tr("--map takes COLUMN=FIELD pairs separated by commas, e.g. "
                                  "\"%1\"; %2 is not one")
                             .arg(example, InputText::quoted(raw))};
        Pair pair;
        pair.columns = table.columnsNamed(column);
        if (pair.columns.isEmpty())
            return Error{
                Error::Kind::Usage,
                Text::tr("--map: %1 has no column %2 (its columns: %3)")
                    .arg(fileName, InputText::quoted(column),
                         InputText::singleLine(table.header().join(QStringLiteral(", ")), 300))};
        if (target != u"ignore") {
            pair.field = int(fieldNames.indexOf(target));
            if (pair.field < 0)
                return Error{
                    Error::Kind::Usage,
                    Text::tr("--map: unknown field %1; fields are %2 and ignore")
                        .arg(InputText::quoted(target), fieldNames.join(QStringLiteral(", ")))};
        }
        map.m_pairs.append(std::move(pair));
    }
    return map;
}

void CsvColumnMap::applyTo(std::span<QList<int>> columnsByField) const {
    std::vector<bool> overridden(columnsByField.size(), false);
    for (const Pair& pair : m_pairs) {
        if (pair.field < 0) {
            for (QList<int>& columns : columnsByField)
                columns.removeIf([&](int c) { return pair.columns.contains(c); });
            continue;
        }
        const auto field = size_t(pair.field);
        if (field >= columnsByField.size())
            continue;
        if (!overridden[field]) {
            columnsByField[field].clear();
            overridden[field] = true;
        }
        columnsByField[field] += pair.columns;
    }
}

bool CsvColumnMap::names(int field) const {
    return std::any_of(m_pairs.cbegin(), m_pairs.cend(),
                       [field](const Pair& p) { return p.field == field; });
}

QList<int> CsvColumnMap::columnsOf(int field) const {
    QList<int> out;
    for (const Pair& pair : m_pairs) {
        if (pair.field == field)
            out += pair.columns;
    }
    return out;
}

} // namespace slipway
