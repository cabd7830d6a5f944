// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FilePreferences.h"
#include "domain/Result.h"

#include <QString>

#include <optional>

namespace slipway {

class Document;

// The window's memory of each file's audit log: the longest chain (count and head) this
// computer has seen in it. A file whose log is shorter than remembered, or whose entry at the
// remembered count differs, was cut short or rewritten with another tool; the window says so.
class AuditChainMemory {
public:
    enum class Verdict {
        First,     // nothing remembered yet
        Same,      // the chain remembered, unchanged
        Longer,    // the chain remembered, with entries added after it
        Shorter,   // fewer entries than remembered
        Rewritten, // the remembered head entry is gone or differs
    };

    struct Observation {
        Verdict verdict = Verdict::First;
        std::optional<SeenChain> remembered;
        SeenChain now;
        QString message; // for Shorter and Rewritten; empty otherwise
        bool warns() const { return verdict == Verdict::Shorter || verdict == Verdict::Rewritten; }
    };

    // `hashAtRemembered`: the file's hash of entry `remembered->entries` (nothing when the file
    // has no such entry); only read when the file has at least that many.
    static Verdict compare(const std::optional<SeenChain>& remembered, const SeenChain& now,
                           const std::optional<QString>& hashAtRemembered);
    static QString message(Verdict verdict, const QString& fileName, const SeenChain& remembered,
                           const SeenChain& now);

    // Compares the document's log with what is remembered for its file, and remembers it when
    // it is the first seen or extends the one remembered; a shorter or rewritten log is never
    // remembered over the longer one. Two indexed lookups (the last entry and the remembered
    // one), never a walk of the chain.
    static Result<Observation> observe(Document& document);
};

} // namespace slipway
