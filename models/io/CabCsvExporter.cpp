// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabCsvExporter.h"

#include "CabPack.h"
#include "CsvWriter.h"
#include "OutputFile.h"

#include <QDateTime>

namespace slipway {
namespace {

QString iso(qint64 secs) {
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)
                    : QString();
}

} // namespace

QStringList CabCsvExporter::header(Table table) {
    if (table == Table::Agenda)
        return {QStringLiteral("position"),
                QStringLiteral("kind"),
                QStringLiteral("ticket"),
                QStringLiteral("summary"),
                QStringLiteral("release"),
                QStringLiteral("window_start_utc"),
                QStringLiteral("window_end_utc"),
                QStringLiteral("risk_level"),
                QStringLiteral("risk_score"),
                QStringLiteral("tags"),
                QStringLiteral("approvals_needed"),
                QStringLiteral("approvals_given"),
                QStringLiteral("approval_status"),
                QStringLiteral("conflicts"),
                QStringLiteral("reason")};
    return {QStringLiteral("meeting_id"),
            QStringLiteral("ticket"),
            QStringLiteral("outcome"),
            QStringLiteral("approver_role"),
            QStringLiteral("decided_by"),
            QStringLiteral("decided_at_utc"),
            QStringLiteral("comment"),
            QStringLiteral("deferred_until_utc"),
            QStringLiteral("deferred_meeting_id"),
            QStringLiteral("conditions")};
}

Result<qint64> CabCsvExporter::exportTo(Database& db, Table table, qint64 meetingId,
                                        const QString& outPath) {
    auto pack = CabPack::load(db, meetingId, QDateTime::currentSecsSinceEpoch());
    if (!pack)
        return pack.error();
    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    csv.writeRow(header(table));
    qint64 rows = 0;
    if (table == Table::Agenda) {
        for (const CabPackItem& i : pack->items) {
            QStringList needed, given;
            for (const ApprovalSlot& s : i.approval.slots) {
                needed << s.role;
                if (s.filled())
                    given << s.role + u':' + s.approver;
            }
            csv.writeRow({QString::number(i.item.position), toKey(i.item.kind), i.ticket(),
                          i.change ? i.change->summary : i.item.title, i.releaseLabel,
                          iso(i.windowStart), iso(i.windowEnd),
                          i.change ? toKey(i.change->riskLevel) : QString(),
                          i.change ? QString::number(i.change->riskScore) : QString(),
                          i.change ? i.change->tags.join(u' ') : QString(), needed.join(u' '),
                          given.join(u' '), i.change ? toKey(i.approval.status) : QString(),
                          QString::number(i.conflicts.size()), i.item.reason});
            ++rows;
        }
    } else {
        for (const CabDecision& d : pack->decisions) {
            QStringList conditions;
            for (const CabCondition& c : d.conditions)
                conditions << c.text;
            csv.writeRow(
                {QString::number(d.meetingId), pack->ticketOf.value(d.changeId), toKey(d.outcome),
                 d.approverRole, d.decidedBy, iso(d.decidedAt), d.comment, iso(d.deferredUntil),
                 d.deferredMeetingId > 0 ? QString::number(d.deferredMeetingId) : QString(),
                 conditions.join(QStringLiteral("; "))});
            ++rows;
        }
    }
    if (auto done = file.commit(); !done) // a refused write fails the commit too
        return done.error();
    return rows;
}

} // namespace slipway
