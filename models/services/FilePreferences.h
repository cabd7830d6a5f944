// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace slipway {

// What Slipway remembers about files between runs (in the user's settings, not the file):
// whether a file lives on a share, and the recently opened files.
class FilePreferences {
public:
    static bool isShared(const QString& path);
    static void setShared(const QString& path, bool shared);

    static QStringList recentFiles(); // newest first, only files that still exist
    static void addRecentFile(const QString& path);
    static constexpr int kMaxRecent = 10;
};

} // namespace slipway
