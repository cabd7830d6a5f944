// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunicationCsvExporter.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "domain/Communication.h"
#include "storage/CommunicationRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace slipway {
namespace {

QString iso(qint64 secs) {
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)
                    : QString();
}

QString key(qint64 id, const QString& address) {
    return QString::number(id) + u'|' + address.toLower();
}

Result<qint64> writeCsv(const QString& outPath, const std::function<void(CsvWriter&)>& rows) {
    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    CsvWriter csv(file.device());
    rows(csv);
    if (auto done = file.commit(); !done) // a refused write fails the commit too
        return done.error();
    return csv.rowsWritten() - 1;
}

} // namespace

QStringList CommunicationCsvExporter::communicationsHeader() {
    return {QStringLiteral("id"),
            QStringLiteral("issued_at_utc"),
            QStringLiteral("issued_by"),
            QStringLiteral("release_id"),
            QStringLiteral("release"),
            QStringLiteral("template"),
            QStringLiteral("template_version"),
            QStringLiteral("kind"),
            QStringLiteral("list"),
            QStringLiteral("audience_zone"),
            QStringLiteral("subject"),
            QStringLiteral("recipients"),
            QStringLiteral("acknowledged"),
            QStringLiteral("sha256"),
            QStringLiteral("content_intact")};
}

QStringList CommunicationCsvExporter::acknowledgementsHeader() {
    return {QStringLiteral("communication_id"),
            QStringLiteral("issued_at_utc"),
            QStringLiteral("subject"),
            QStringLiteral("recipient_name"),
            QStringLiteral("address"),
            QStringLiteral("acknowledged"),
            QStringLiteral("acknowledged_at_utc"),
            QStringLiteral("source"),
            QStringLiteral("recorded_by"),
            QStringLiteral("note")};
}

Result<qint64> CommunicationCsvExporter::exportCommunications(Database& db,
                                                              const QString& outPath) {
    CommunicationRepository repo(db);
    auto messages = repo.all();
    if (!messages)
        return messages.error();
    auto acks = repo.allAcknowledgements();
    if (!acks)
        return acks.error();
    QHash<qint64, int> acknowledged;
    for (const Acknowledgement& a : std::as_const(acks.value()))
        acknowledged[a.communicationId] += 1;
    QList<Communication> oldestFirst(messages->crbegin(), messages->crend());
    return writeCsv(outPath, [&](CsvWriter& csv) {
        csv.writeRow(communicationsHeader());
        for (const Communication& m : std::as_const(oldestFirst)) {
            QStringList recipients;
            for (const Recipient& r : m.recipients)
                recipients << r.address;
            csv.writeRow(
                {QString::number(m.id), iso(m.issuedAt), m.issuedBy, QString::number(m.releaseId),
                 m.releaseLabel, m.templateName, QString::number(m.templateVersion), m.kind,
                 m.listName, m.audienceZone, m.subject, recipients.join(QStringLiteral("; ")),
                 QStringLiteral("%1/%2").arg(acknowledged.value(m.id)).arg(m.recipients.size()),
                 m.sha256, m.intact() ? QStringLiteral("yes") : QStringLiteral("NO")});
            if (!csv.ok())
                return;
        }
    });
}

Result<qint64> CommunicationCsvExporter::exportAcknowledgements(Database& db,
                                                                const QString& outPath) {
    CommunicationRepository repo(db);
    auto messages = repo.all();
    if (!messages)
        return messages.error();
    auto acks = repo.allAcknowledgements();
    if (!acks)
        return acks.error();
    QHash<QString, Acknowledgement> byRecipient;
    for (const Acknowledgement& a : std::as_const(acks.value()))
        byRecipient.insert(key(a.communicationId, a.address), a);
    QList<Communication> oldestFirst(messages->crbegin(), messages->crend());
    return writeCsv(outPath, [&](CsvWriter& csv) {
        csv.writeRow(acknowledgementsHeader());
        for (const Communication& m : std::as_const(oldestFirst)) {
            for (const Recipient& r : m.recipients) {
                const auto it = byRecipient.constFind(key(m.id, r.address));
                const bool done = it != byRecipient.cend();
                csv.writeRow({QString::number(m.id), iso(m.issuedAt), m.subject, r.name, r.address,
                              done ? QStringLiteral("yes") : QStringLiteral("no"),
                              done ? iso(it->acknowledgedAt) : QString(),
                              done ? toKey(it->source) : QString(),
                              done ? it->recordedBy : QString(), done ? it->note : QString()});
                if (!csv.ok())
                    return;
            }
        }
    });
}

} // namespace slipway
