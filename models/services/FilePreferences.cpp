// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilePreferences.h"

#include "DatabaseAddress.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace slipway {
namespace {

// A server is remembered by what it was opened as (never a password: those are refused).
QString canonical(const QString& path) {
    if (DatabaseAddress::isServer(path))
        return path.trimmed();
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

// Paths contain characters QSettings treats as separators: key files by a digest.
QString keyFor(const QString& path) {
    const QByteArray digest =
        QCryptographicHash::hash(canonical(path).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("files/") + QString::fromLatin1(digest);
}

} // namespace

bool FilePreferences::isShared(const QString& path) {
    return QSettings().value(keyFor(path) + QStringLiteral("/shared"), false).toBool();
}

void FilePreferences::setShared(const QString& path, bool shared) {
    QSettings settings;
    settings.setValue(keyFor(path) + QStringLiteral("/shared"), shared);
    settings.setValue(keyFor(path) + QStringLiteral("/path"), canonical(path));
}

std::optional<SeenChain> FilePreferences::seenAuditChain(const QString& path) {
    const QSettings settings;
    const QString key = keyFor(path);
    bool ok = false;
    const qint64 entries = settings.value(key + QStringLiteral("/auditEntries")).toLongLong(&ok);
    const QString head = settings.value(key + QStringLiteral("/auditHead")).toString();
    if (!ok || entries < 0 || head.size() != 64)
        return std::nullopt;
    return SeenChain{entries, head};
}

void FilePreferences::setSeenAuditChain(const QString& path, const SeenChain& chain) {
    QSettings settings;
    const QString key = keyFor(path);
    settings.setValue(key + QStringLiteral("/auditEntries"), chain.entries);
    settings.setValue(key + QStringLiteral("/auditHead"), chain.head);
    settings.setValue(key + QStringLiteral("/path"), canonical(path));
}

QVariant FilePreferences::value(const QString& path, const QString& name) {
    return QSettings().value(keyFor(path) + u'/' + name);
}

void FilePreferences::setValue(const QString& path, const QString& name, const QVariant& value) {
    QSettings settings;
    settings.setValue(keyFor(path) + u'/' + name, value);
    settings.setValue(keyFor(path) + QStringLiteral("/path"), canonical(path));
}

QStringList FilePreferences::recentFiles() {
    QStringList out;
    const QStringList stored = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& p : stored) {
        if (DatabaseAddress::isServer(p) || QFileInfo::exists(p))
            out << p;
    }
    return out;
}

void FilePreferences::addRecentFile(const QString& path) {
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString c = canonical(path);
    files.removeAll(c);
    files.prepend(c);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
}

} // namespace slipway
