// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarPlanFixture.h"

#include "domain/Release.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace slipway::test {

qint64 densePlanStart() {
    return QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

Result<void> writeDensePlan(const QString& path, int releases, int blackouts) {
    Database::OpenOptions options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    const qint64 day = 86400;
    const qint64 first = densePlanStart();
    // Working days from the first Monday over three years.
    QList<qint64> weekdays;
    for (qint64 d = first; d < first + 3 * 364 * day; d += day) {
        if (QDateTime::fromSecsSinceEpoch(d, Qt::UTC).date().dayOfWeek() < 6)
            weekdays << d;
    }
    QRandomGenerator rng(quint32(7 * 1000003 + releases));
    QList<qint64> starts;
    starts.reserve(releases);
    for (int i = 0; i < releases; ++i)
        starts << weekdays[rng.bounded(int(weekdays.size()))];
    std::sort(starts.begin(), starts.end());

    BulkWriter bulk(*db.value());
    if (auto begun = bulk.beginPrivateLoad(); !begun)
        return begun;
    const bulk::Stamp stamp{QStringLiteral("plan"), first, QStringLiteral("plan"), first, 1};
    const QString teams[] = {QStringLiteral("Payments"), QStringLiteral("Checkout"),
                             QStringLiteral("Platform")};
    for (int t = 1; t <= 3; ++t) {
        if (auto r = bulk.insert(bulk::Team{t, teams[t - 1], stamp}); !r)
            return r;
        if (auto r = bulk.insert(bulk::Service{t, teams[t - 1] + QStringLiteral(" API"), t, stamp});
            !r)
            return r;
    }
    for (int i = 0; i < releases; ++i) {
        Release r;
        r.id = i + 1;
        r.name = QStringLiteral("Release %1").arg(i + 1, 5, 10, QLatin1Char('0'));
        r.version = QStringLiteral("%1.%2.%3").arg(1 + i / 1000).arg((i / 10) % 100).arg(i % 10);
        r.type = i % 10 == 0 ? ReleaseType::Major
                             : (i % 3 == 0 ? ReleaseType::Patch : ReleaseType::Minor);
        r.status = i % 2 ? ReleaseStatus::Scheduled : ReleaseStatus::Planned;
        // 1 to 4 working days, 08:00 on the first to 16:00 on the last.
        qint64 last = starts[i];
        for (int n = 1 + int(rng.bounded(4)); n > 1; --n) {
            last += day;
            while (QDateTime::fromSecsSinceEpoch(last, Qt::UTC).date().dayOfWeek() > 5)
                last += day;
        }
        r.windowStart = QDateTime::fromSecsSinceEpoch(starts[i] + 8 * 3600, Qt::UTC);
        r.windowEnd = QDateTime::fromSecsSinceEpoch(last + 16 * 3600, Qt::UTC);
        r.teamId = i % 3 + 1;
        r.serviceIds = {r.teamId};
        r.owner = QStringLiteral("Amara Okafor");
        r.createdBy = r.updatedBy = QStringLiteral("plan");
        r.createdAt = r.updatedAt = QDateTime::fromSecsSinceEpoch(first, Qt::UTC);
        r.rowVersion = 1;
        if (auto done = bulk.insert(r); !done)
            return done;
    }
    const qint64 june = QDateTime(QDate(2027, 6, 14), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int b = 0; b < blackouts; ++b) {
        bulk::Blackout row;
        row.id = b + 1;
        row.name = QStringLiteral("Freeze %1").arg(b + 1);
        // Every 9 weeks from mid-June 2027, wrapping into the plan's three years.
        row.startUtc = first + (june - first + qint64(b) * 63 * day) % (3 * 364 * day);
        row.endUtc = row.startUtc + 3 * day;
        row.severity = QStringLiteral("hard");
        row.stamp = stamp;
        if (auto done = bulk.insert(row); !done)
            return done;
    }
    return bulk.commit();
}

} // namespace slipway::test
