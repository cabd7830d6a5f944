// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace slipway::sql {

// QSqlQuery binds a null QString as SQL NULL; text columns are NOT NULL, so bind '' instead.
inline QVariant text(const QString& s) {
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Optional integer columns (a team, a window end): 0 or invalid means NULL.
inline QVariant optionalId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant secs(const QDateTime& dt) {
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime fromSecs(const QVariant& v) {
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace slipway::sql
