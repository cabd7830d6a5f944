// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckRowState.h"

#include "CliSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway::cli {

void printRowState(const QList<RowStateFinding>& findings) {
    out() << QCoreApplication::translate("cli",
                                         "Row state:     %n row(s) changed behind Slipway's back",
                                         nullptr, int(findings.size()))
          << Qt::endl;
    for (const RowStateFinding& f : findings)
        out() << QCoreApplication::translate("cli", "  error:   ") << f.message << Qt::endl;
}

QJsonObject rowStateJson(const QList<RowStateFinding>& findings) {
    QJsonArray items;
    for (const RowStateFinding& f : findings)
        items.append(QJsonObject{{QStringLiteral("table"), f.table},
                                 {QStringLiteral("id"), f.id},
                                 {QStringLiteral("fields"), QJsonArray::fromStringList(f.fields)},
                                 {QStringLiteral("message"), f.message}});
    return {{QStringLiteral("count"), int(findings.size())}, {QStringLiteral("items"), items}};
}

} // namespace slipway::cli
