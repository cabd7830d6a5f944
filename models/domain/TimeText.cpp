// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeText.h"

#include <QDateTime>
#include <QRegularExpression>

namespace slipway {

std::optional<qint64> parseUtcTime(const QString& text) {
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: the command line speaks UTC
        dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

std::optional<qint64> parseDuration(const QString& text) {
    static const QRegularExpression whole(
        QStringLiteral("^(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
    const QRegularExpressionMatch m = whole.match(text.trimmed().toLower());
    if (!m.hasMatch() || text.trimmed().isEmpty())
        return std::nullopt;
    const qint64 secs = m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600 +
                        m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong();
    if (secs < 60 || secs > 366 * 86400LL)
        return std::nullopt;
    return secs;
}

} // namespace slipway
