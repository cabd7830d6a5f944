// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusChangeReader.h"

#include "Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("StatusChangeReader", "reading when statuses were set");
}

// The status a release image names; empty when the image is empty or names none (an entry of
// another shape, or a deletion).
QString statusIn(const QString& json) {
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? doc.object().value(QLatin1String("status")).toString() : QString();
}

} // namespace

StatusChangeReader::StatusChangeReader(Database& db)
    : m_db(db) {}

Result<QHash<qint64, qint64>>
StatusChangeReader::setAt(const QHash<qint64, ReleaseStatus>& statusOf) const {
    QHash<qint64, qint64> out;
    if (statusOf.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT at_ms, after_json FROM audit_log WHERE entity = ? AND "
                                  "entity_id = ? ORDER BY seq")))
        return m_db.errorFrom(q.lastError(), doing());
    const QString entity = QStringLiteral("release");
    for (auto it = statusOf.cbegin(); it != statusOf.cend(); ++it) {
        q.bindValue(0, entity);
        q.bindValue(1, it.key());
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
        const QString current = toKey(it.value());
        QString last; // the status the log last gave the release
        qint64 at = 0;
        while (q.next()) {
            const QString status = statusIn(q.value(1).toString());
            if (status.isEmpty())
                continue;
            if (status != last)
                at = q.value(0).toLongLong() / 1000;
            last = status;
        }
        q.finish();
        // A log that ends on another status than the row's: the row was set behind the log's
        // back, and the log cannot date it.
        if (at > 0 && last == current)
            out.insert(it.key(), at);
    }
    return out;
}

} // namespace slipway
