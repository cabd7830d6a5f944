// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace slipway {

// Which file a gate's evidence came from: enough to show it and to detect a swapped file.
struct EvidenceFile {
    QString fileName; // base name, for display
    QString sha256;   // lowercase hex of the bytes parsed
    qint64 size = 0;  // bytes

    // Reports refuse larger files before reading them into memory.
    static constexpr qint64 kDefaultMaxBytes = 512LL * 1024 * 1024;

    struct Loaded;

    static EvidenceFile describe(const QString& path, const QByteArray& contents);
    // Reads the whole file, refusing it (Error::Kind::Usage) when it is missing, unreadable,
    // not a regular file or larger than maxBytes.
    static Result<Loaded> load(const QString& path, qint64 maxBytes = kDefaultMaxBytes);
};

struct EvidenceFile::Loaded {
    EvidenceFile evidence;
    QByteArray contents;
};

} // namespace slipway
