// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentService.h"

#include "AuditedWrite.h"
#include "FreeLater.h"
#include "io/CsvTable.h"
#include "io/IncidentCsvFeed.h"
#include "io/IncidentCsvMapping.h"
#include "rules/ClosureRules.h"
#include "rules/IncidentCorrelation.h"
#include "storage/BulkJournal.h"
#include "storage/CacheBudget.h"
#include "storage/IncidentRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(IncidentService)
};

// What an import compares: the fields the export gave, not who imported them when.
bool sameContent(const Incident& a, const Incident& b) {
    return a.number == b.number && a.source == b.source && a.title == b.title &&
           a.openedAt == b.openedAt && a.resolvedAt == b.resolvedAt && a.priority == b.priority &&
           a.severity == b.severity && a.state == b.state && a.category == b.category &&
           a.configItem == b.configItem && a.service == b.service &&
           a.assignmentGroup == b.assignmentGroup && a.outageMinutes == b.outageMinutes;
}

QJsonArray jsonList(const QStringList& values) {
    QJsonArray out;
    for (const QString& v : values)
        out.append(v);
    return out;
}

// From this many numbers in a row ("INC0000001", "INC0000002" …: the same prefix and width,
// each one more than the last) the audit entry names the run by its first and last number.
constexpr qsizetype kRangeNumbers = 1000;

// "INC0001234" as its prefix and number; -1 when it does not end in digits (or in too many).
qint64 numberPart(QStringView number, QStringView& prefix) {
    qsizetype digits = 0;
    while (digits < number.size() && number[number.size() - 1 - digits].isDigit())
        ++digits;
    if (digits == 0 || digits > 15)
        return -1;
    prefix = number.first(number.size() - digits);
    bool ok = false;
    const qint64 value = number.last(digits).toLongLong(&ok);
    return ok ? value : -1;
}

// The numbers of `values` in runs of fewer than kRangeNumbers, and the longer runs as
// "FIRST–LAST" in `ranges`: 100,000 new incidents numbered in a row are one range, not a
// megabyte of audit text. Every number is in one of the two, in file order.
QJsonArray numbersAndRanges(const QStringList& values, QJsonArray& ranges) {
    QJsonArray single;
    qsizetype start = 0;
    while (start < values.size()) {
        QStringView prefix;
        qint64 value = numberPart(values[start], prefix);
        qsizetype end = start + 1;
        while (value >= 0 && end < values.size()) {
            QStringView nextPrefix;
            const qint64 next = numberPart(values[end], nextPrefix);
            if (next != value + 1 || nextPrefix != prefix ||
                values[end].size() != values[start].size())
                break;
            value = next;
            ++end;
        }
        if (end - start >= kRangeNumbers) {
            ranges.append(QString(values[start] + QChar(0x2013) + values[end - 1]));
        } else {
            for (qsizetype i = start; i < end; ++i)
                single.append(values[i]);
        }
        start = end;
    }
    return single;
}

// The incidents of `sorted` (oldest first) opened in [from, to).
QList<Incident> openedIn(const QList<Incident>& sorted, qint64 from, qint64 to) {
    const auto first = std::lower_bound(sorted.begin(), sorted.end(), from,
                                        [](const Incident& i, qint64 t) { return i.openedAt < t; });
    const auto last = std::lower_bound(first, sorted.end(), to,
                                       [](const Incident& i, qint64 t) { return i.openedAt < t; });
    return QList<Incident>(first, last);
}

using Field = IncidentCsvMapping::Field;

bool given(quint32 fields, Field f) {
    return (fields >> quint32(f)) & 1u;
}

// What an update writes: the file's values, and the stored ones where the file has no column.
Incident merged(const Incident& stored, Incident incoming, quint32 fields) {
    if (!given(fields, Field::Title))
        incoming.title = stored.title;
    if (!given(fields, Field::Resolved))
        incoming.resolvedAt = stored.resolvedAt;
    if (!given(fields, Field::Priority))
        incoming.priority = stored.priority;
    if (!given(fields, Field::Severity) && !given(fields, Field::Priority) &&
        !given(fields, Field::Urgency))
        incoming.severity = stored.severity;
    if (!given(fields, Field::State))
        incoming.state = stored.state;
    if (!given(fields, Field::Category))
        incoming.category = stored.category;
    if (!given(fields, Field::ConfigItem))
        incoming.configItem = stored.configItem;
    if (!given(fields, Field::Service))
        incoming.service = stored.service;
    if (!given(fields, Field::AssignmentGroup))
        incoming.assignmentGroup = stored.assignmentGroup;
    if (!given(fields, Field::OutageMinutes))
        incoming.outageMinutes = stored.outageMinutes;
    return incoming;
}

// From this many rows the import's write outweighs briefly keeping readers of other programs
// out (see BulkJournal).
constexpr qsizetype kBulkJournalRows = 5000;

// Rows the writer takes from the feed at a time: enough that a run of new rows fills many
// multi-row statements, few enough that writing starts while the rest is being mapped.
constexpr qsizetype kRowsPerWait = 2048;

constexpr qint64 kLookbackSecs = qint64(kPatternLookbackDays) * 86400;
constexpr qint64 kWindowSecs = qint64(kFeedbackHours) * 3600;

} // namespace

IncidentService::IncidentService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<IncidentService::Outcome>
IncidentService::import(const CsvTable& table, const IncidentCsvMapping& mapping,
                        const QString& fileName, const QByteArray& fileSha256, bool skipInvalid) {
    Outcome outcome;
    outcome.sourceName = mapping.sourceName();
    outcome.total = table.rowCount() + qint64(table.raggedRows().size());
    quint32 givenFields = 0; // an update keeps the stored value of every field not given
    for (int f = 0; f < int(Field::Count); ++f) {
        if (mapping.provides(Field(f)))
            givenFields |= 1u << f;
    }
    IncidentCsvFeed feed(table, mapping, fileName);
    feed.start();
    // Big files go through the rollback journal, which writes each new page once, with about
    // 1 KiB of page cache per row (the incident and its two index entries).
    const qsizetype count = feed.rowCount();
    const BulkJournal journal(m_db, count >= kBulkJournalRows);
    const CacheBudget cache(m_db, count);
    bool refused = false;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RecordFeedback, QStringLiteral("import"),
        QStringLiteral("incident_import"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            IncidentRepository repo(m_db);
            auto stored = repo.byNumber();
            if (!stored)
                return stored.error();
            QList<Incident> updates;
            QStringList createdNumbers, updatedNumbers;
            createdNumbers.reserve(count);
            qsizetype created = 0;
            // Rows are written as the feed maps them: each run of new rows in one call.
            qsizetype runStart = 0;
            const auto writeRun = [&](qsizetype end) -> Result<void> {
                if (end <= runStart)
                    return {};
                for (qsizetype r = runStart; r < end; ++r)
                    createdNumbers.append(feed.row(r).number);
                created += end - runStart;
                return repo.insertAll(&feed.row(runStart), end - runStart, m_session.actor, now);
            };
            qsizetype next = 0;
            while (next < count) {
                const qsizetype ready = feed.waitFor(std::min(next + kRowsPerWait, count));
                if (feed.anyRefused() && !skipInvalid)
                    break; // the file is refused: its problems are gathered below
                runStart = next;
                for (qsizetype r = next; r < ready; ++r) {
                    const bool isNew = !feed.refused(r) &&
                                       (stored->isEmpty() || !stored->contains(feed.row(r).number));
                    if (isNew)
                        continue;
                    if (auto written = writeRun(r); !written)
                        return written.error();
                    runStart = r + 1;
                    if (feed.refused(r))
                        continue;
                    const Incident& old = stored->value(feed.row(r).number);
                    Incident incoming = merged(old, feed.row(r), givenFields);
                    if (sameContent(old, incoming)) {
                        ++outcome.unchanged;
                    } else {
                        updatedNumbers << incoming.number;
                        updates.append(std::move(incoming));
                    }
                }
                if (auto written = writeRun(ready); !written)
                    return written.error();
                next = ready;
            }
            outcome.problems = feed.problems();
            const qsizetype imported = created + updates.size() + outcome.unchanged;
            if ((!outcome.problems.isEmpty() && !skipInvalid) || imported == 0) {
                refused = true;
                return Error{Error::Kind::Validation, QString()};
            }
            if (auto written = repo.updateAll(updates, m_session.actor, now); !written)
                return written.error();
            outcome.created = int(created);
            outcome.updated = int(updates.size());
            QJsonArray createdRanges;
            const QJsonArray createdJson = numbersAndRanges(createdNumbers, createdRanges);
            // The written rows are freed on the second core while the transaction commits,
            // without waiting for it (see FreeLater.h).
            if (count >= kBulkJournalRows)
                freeLater(feed.takeRows(), std::move(createdNumbers));
            const QJsonObject after{{QStringLiteral("file"), fileName},
                                    {QStringLiteral("sha256"), QString::fromLatin1(fileSha256)},
                                    {QStringLiteral("source"), outcome.sourceName},
                                    {QStringLiteral("rows"), outcome.total},
                                    {QStringLiteral("created"), outcome.created},
                                    {QStringLiteral("updated"), outcome.updated},
                                    {QStringLiteral("unchanged"), outcome.unchanged},
                                    {QStringLiteral("skipped"), qint64(outcome.problems.size())},
                                    {QStringLiteral("created_numbers"), createdJson},
                                    {QStringLiteral("created_ranges"), createdRanges},
                                    {QStringLiteral("updated_numbers"), jsonList(updatedNumbers)}};
            return AuditedWrite::Logged{0, {}, after, {}};
        });
    if (refused) {
        outcome.refused = true;
        outcome.created = outcome.updated = outcome.unchanged = 0;
        return outcome;
    }
    if (!done)
        return done.error();
    if (outcome.created + outcome.updated > 0)
        Q_EMIT incidentsChanged();
    return outcome;
}

Result<QList<Incident>> IncidentService::incidents(qint64 fromUtc, qint64 toUtc) const {
    return IncidentRepository(m_db).openedBetween(fromUtc, toUtc);
}

Result<QList<CorrelatedIncident>> IncidentService::correlated(qint64 releaseId) const {
    IncidentRepository repo(m_db);
    auto targets = repo.correlationTargets(releaseId);
    if (!targets)
        return targets.error();
    if (targets->isEmpty())
        return Error{Error::Kind::NotFound,
                     Text::tr("Release %1 no longer exists — reload.").arg(releaseId)};
    const CorrelationTarget& target = targets->first();
    if (target.deployedAt == 0)
        return QList<CorrelatedIncident>();
    auto incidents =
        repo.openedBetween(target.deployedAt - kLookbackSecs, target.deployedAt + kWindowSecs);
    if (!incidents)
        return incidents.error();
    return correlate(target, incidents.value(), kFeedbackHours);
}

Result<QHash<qint64, QList<CorrelatedIncident>>> IncidentService::correlatedAll() const {
    IncidentRepository repo(m_db);
    auto targets = repo.correlationTargets();
    if (!targets)
        return targets.error();
    QHash<qint64, QList<CorrelatedIncident>> out;
    if (targets->isEmpty())
        return out;
    qint64 from = targets->first().deployedAt, to = from;
    for (const CorrelationTarget& t : std::as_const(targets.value())) {
        from = std::min(from, t.deployedAt);
        to = std::max(to, t.deployedAt);
    }
    // One read of the span every release needs; each release then looks at its own slice.
    auto incidents = repo.openedBetween(from - kLookbackSecs, to + kWindowSecs);
    if (!incidents)
        return incidents.error();
    for (const CorrelationTarget& t : std::as_const(targets.value())) {
        const QList<Incident> slice =
            openedIn(incidents.value(), t.deployedAt - kLookbackSecs, t.deployedAt + kWindowSecs);
        out.insert(t.releaseId, correlate(t, slice, kFeedbackHours));
    }
    return out;
}

} // namespace slipway
