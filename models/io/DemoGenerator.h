// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace slipway {

// Writes a new Slipway file full of believable demo data: teams, services, environments,
// people, releases with their status history, blackouts and scope items, change requests with
// their approvals and deployment records, every row created through an audit entry on the
// hash chain. The small file holds a year of history (40 releases half a year either side of
// the anchor and 20 older ones), the large one four and a half years. Every release meets the
// lifecycle guards of its status but for two deviations shown on purpose: an emergency fix deployed
// a day before the anchor whose retroactive approval is still due, and the emergency deploying at
// the anchor, let past its gates by an approved override not yet settled. The same seed and anchor
// give the same bytes.
class DemoGenerator {
public:
    enum class Scale { Small, Large };

    struct Options {
        Scale scale = Scale::Small;
        quint32 seed = 1;
        // "Now" for the demo: past and future are placed around it and every audit entry
        // is before it. Fixed here so a seed always gives the same file; `slipway demo` and
        // the first-run demo pass todayAnchor() so the user sees current windows.
        QDateTime anchor = defaultAnchor();
        bool replaceExisting = false; // otherwise a non-empty file at `path` is refused
    };

    // done/total in audit entries written; called now and then from the calling thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static QDateTime defaultAnchor(); // 2026-11-01T00:00:00Z
    static QDateTime todayAnchor();   // midnight UTC at the start of today's local date

    static Result<void> generate(const QString& path, Scale scale, quint32 seed,
                                 const Progress& progress = {});
    static Result<void> generate(const QString& path, const Options& options,
                                 const Progress& progress = {});
};

} // namespace slipway
