// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldLimits.h"

#include "InputText.h"
#include "Release.h"

#include <QCoreApplication>
#include <QLocale>

namespace slipway {

QString FieldLimits::tooLong(const QString& field, QStringView value, qsizetype limit) {
    if (value.size() <= limit)
        return {};
    const QLocale c = QLocale::c();
    return QCoreApplication::translate("FieldLimits",
                                       "%1 is %2 characters long; at most %3 are allowed: %4")
        .arg(field, c.toString(value.size()), c.toString(limit), InputText::quoted(value, 60));
}

void FieldLimits::check(QList<FieldProblem>& problems, std::initializer_list<Field> fields) {
    for (const Field& f : fields) {
        const QString label = QCoreApplication::translate("FieldLimits", f.label);
        if (const QString problem = tooLong(label, f.value, f.limit); !problem.isEmpty())
            problems.append({QString::fromLatin1(f.key), problem + u'.'});
    }
}

} // namespace slipway
