// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsExporter.h"

#include "IcsWriter.h"
#include "OutputFile.h"
#include "storage/AuditLog.h"
#include "storage/BlackoutRepository.h"
#include "storage/Database.h"
#include "storage/ReleaseRepository.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>
#include <QDir>

namespace slipway {

Result<IcsExporter::Counts> IcsExporter::exportTo(Database& db, const QString& outPath,
                                                  const std::optional<Interval>& range) {
    const Interval all{std::numeric_limits<qint64>::min() / 2,
                       std::numeric_limits<qint64>::max() / 2};
    const Interval within = range.value_or(all);
    IcsWriter::Content content;
    // UIDs must not change between exports of the same file, and must differ between files:
    // the hash of the file's first audit entry is both.
    auto first = AuditLog(db).entry(1);
    content.uidDomain =
        (first ? first->hash.left(16) : QStringLiteral("empty")) + QStringLiteral(".slipway");

    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    for (const Release& r : releases.value()) {
        if (r.windowStart.isValid() && r.status != ReleaseStatus::Cancelled &&
            Interval{r.windowStart.toSecsSinceEpoch(), r.windowEnd.toSecsSinceEpoch()}.overlaps(
                within))
            content.releases.append(r);
    }
    ScheduleRepository schedule(db);
    auto blackouts = BlackoutRepository(db).all();
    if (!blackouts)
        return blackouts.error();
    for (const Blackout& b : blackouts.value()) {
        if (b.startUtc < within.end && (!b.rrule.isEmpty() || b.endUtc > within.start))
            content.blackouts.append(b);
    }
    auto freezes = schedule.freezes(within);
    if (!freezes)
        return freezes.error();
    content.freezes = freezes.value();

    if (auto written = OutputFile::write(outPath, IcsWriter::write(content)); !written)
        return written.error();
    return Counts{content.releases.size(), content.blackouts.size(), content.freezes.size()};
}

} // namespace slipway
