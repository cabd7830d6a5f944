// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace slipway {

// The longest audit chain this computer has seen in a file: its entry count and head hash.
struct SeenChain {
    qint64 entries = 0;
    QString head;
};

// What Slipway remembers about files between runs (in the user's settings, not the file):
// whether a file lives on a share, the recently opened files, the longest audit chain seen in
// each file (so that a log cut short behind Slipway's back shows when it is opened), and what
// a screen keeps per file (the Reporting screen's period).
class FilePreferences {
public:
    static bool isShared(const QString& path);
    static void setShared(const QString& path, bool shared);

    static std::optional<SeenChain> seenAuditChain(const QString& path);
    static void setSeenAuditChain(const QString& path, const SeenChain& chain);

    // A screen's own memory for the file, by name (the Reporting screen's period); an invalid
    // QVariant when nothing is remembered.
    static QVariant value(const QString& path, const QString& name);
    static void setValue(const QString& path, const QString& name, const QVariant& value);

    // Newest first: files that still exist, and servers (postgresql://…, service=NAME).
    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static constexpr int kMaxRecent = 10;
};

} // namespace slipway
