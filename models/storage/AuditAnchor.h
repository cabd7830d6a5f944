// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace slipway {

class AuditLog;

// What a file's audit log held at one moment: its entry count and head hash, kept outside the
// file (a git repository, a write-once share) so that a later truncation or rewrite of the log
// shows. One line of text each, so anchor files diff, merge and append cleanly:
//
//   slipway-audit-anchor 1 2026-11-01T09:30:00Z entries=1234 head=<64 hex> file=demo.slipway
//
// The tag, the format version, the UTC time, the count, the head, and the file's name as the
// rest of the line. Blank lines and lines starting with '#' are comments.
struct AuditAnchor {
    static constexpr int kFormat = 1;
    static QString tag() { return QStringLiteral("slipway-audit-anchor"); }

    QDateTime at; // UTC, whole seconds
    qint64 entries = 0;
    QString head; // hash of entry `entries` (the genesis hash when 0)
    QString file; // the file's name when anchored; information only

    QString when() const; // `at` as ISO 8601 UTC, "2026-11-01T09:30:00Z"
    QString toLine() const;
    // One line (without its end); a Usage error says what is wrong with it, without naming
    // the file or the line (the reader adds those).
    static Result<AuditAnchor> parse(QStringView line);
    // Whether `line` is a comment or blank, and holds no anchor.
    static bool isComment(QStringView line);
};

// What one anchor says about the log as it is now.
struct AnchorCheck {
    enum class Outcome {
        Holds,     // the log still holds the anchored entries, unchanged
        Truncated, // the log has fewer entries than the anchor recorded
        Rewritten, // the anchored head entry is gone or differs
    };
    Outcome outcome = Outcome::Holds;
    QString message; // "truncated: the anchor of … recorded N entries, the log has M"

    bool holds() const { return outcome == Outcome::Holds; }
    static QString outcomeKey(Outcome outcome); // "holds", "truncated", "rewritten"
};

// Compares `anchor` with the log, which holds `entriesNow` entries (as a walk of the chain
// counted them): one indexed lookup of the anchored entry, no walk of its own.
Result<AnchorCheck> checkAnchor(const AuditLog& log, qint64 entriesNow, const AuditAnchor& anchor);

} // namespace slipway
