// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "storage/AuditAnchor.h"

#include <QList>
#include <QString>

namespace slipway {

// A text file of audit anchors, one per line (format in storage/AuditAnchor.h), that the user
// keeps away from the Slipway file. Read whole or refused; appended to whole or left as it was.
class AuditAnchorFile {
public:
    struct Entry {
        AuditAnchor anchor;
        QString path; // the anchor file, as given
        int line = 0; // 1-based
    };

    // Anchor files grow by one short line per anchor; anything this large is not one.
    static constexpr qint64 kMaxBytes = qint64(64) * 1024 * 1024;

    // Every anchor of the file, in order. A file that is missing, unreadable, not UTF-8 or
    // holds a line that is not an anchor (nor blank, nor a '#' comment) is a Usage error
    // naming the file and the line.
    static Result<QList<Entry>> read(const QString& path);

    // Adds `anchor` as the last line: the old content and the new line are written to a
    // temporary file beside the target, synced and renamed over it, so the file is complete
    // with the new line or untouched. An existing file that does not read as anchors is left
    // as it is and refused.
    static Result<void> append(const QString& path, const AuditAnchor& anchor);
};

} // namespace slipway
