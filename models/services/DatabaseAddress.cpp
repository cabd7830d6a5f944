// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseAddress.h"

#include "storage/ConnectionSpec.h"

#include <QUrl>

namespace slipway {

bool DatabaseAddress::isServer(const QString& text) {
    if (text.trimmed().isEmpty())
        return false;
    const auto spec = ConnectionSpec::parse(text);
    return spec && spec->isPostgres();
}

QString DatabaseAddress::displayName(const QString& text) {
    const auto spec = ConnectionSpec::parse(text);
    return spec ? spec->displayName() : text;
}

Result<void> DatabaseAddress::check(const QString& text) {
    const auto spec = ConnectionSpec::parse(text);
    if (!spec)
        return spec.error();
    return {};
}

QString DatabaseAddress::serverUrl(const ServerFields& fields) {
    const auto encoded = [](const QString& part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    QString url = QStringLiteral("postgresql://");
    if (!fields.user.isEmpty())
        url += encoded(fields.user) + u'@';
    const QString host = fields.host.trimmed();
    // An IPv6 address goes in brackets, as it is; anything else is encoded like the other parts.
    url += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    if (fields.port > 0)
        url += u':' + QString::number(fields.port);
    url += u'/' + encoded(fields.database);
    if (!fields.sslMode.isEmpty())
        url += QStringLiteral("?sslmode=") + encoded(fields.sslMode);
    return url;
}

QString DatabaseAddress::serviceString(const QString& service) {
    const QString name = service.trimmed();
    const bool plain = !name.isEmpty() && !name.contains(u' ') && !name.contains(u'\'') &&
                       !name.contains(u'\\') && !name.contains(u'\t');
    if (plain)
        return QStringLiteral("service=") + name;
    QString quoted = name;
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'\'', QStringLiteral("\\'"));
    return QStringLiteral("service='") + quoted + u'\'';
}

bool DatabaseAddress::isLocalHost(const QString& host) {
    const QString h = host.trimmed().toLower();
    return h.isEmpty() || h.startsWith(u'/') || h == QLatin1String("localhost") ||
           h == QLatin1String("::1") || h.startsWith(QLatin1String("127."));
}

} // namespace slipway
