// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// A Semantic Versioning 2.0.0 version: MAJOR.MINOR.PATCH[-PRE][+BUILD].
struct SemVer {
    quint64 major = 0;
    quint64 minor = 0;
    quint64 patch = 0;
    QStringList preRelease;
    QStringList build;

    // Parses strictly; on failure returns nothing and, if given, a reason for the user.
    static std::optional<SemVer> parse(const QString& text, QString* reason = nullptr);
    QString toString() const;

    // Precedence as the specification defines it; build metadata is ignored.
    int compare(const SemVer& other) const;
    bool operator<(const SemVer& other) const { return compare(other) < 0; }
    bool operator==(const SemVer& other) const { return compare(other) == 0; }
};

} // namespace slipway
