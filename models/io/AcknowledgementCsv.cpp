// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcknowledgementCsv.h"

#include "CsvReader.h"
#include "domain/FieldLimits.h"
#include "domain/InputText.h"
#include "domain/TimeText.h"
#include "storage/CommunicationRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AcknowledgementCsv)
};

} // namespace

Result<AcknowledgementCsv::Parsed> AcknowledgementCsv::read(Database& db, const QString& path) {
    auto table = CsvReader::read(path);
    if (!table)
        return table.error();
    const QString shown = QFileInfo(path).fileName();
    const auto column = [&](const char* name) {
        const QList<int> found = table->columnsNamed(QLatin1String(name));
        return found.isEmpty() ? -1 : found.first();
    };
    const int idCol = column("communication_id");
    const int addressCol = column("address");
    const int atCol = column("acknowledged_at");
    const int noteCol = column("note");
    if (idCol < 0 || addressCol < 0 || atCol < 0)
        return Error{Error::Kind::Usage,
                     Text::tr("%1:1: the header needs the columns communication_id, address and "
                              "acknowledged_at (note is optional)")
                         .arg(shown)};
    CommunicationRepository repo(db);
    auto messages = repo.all();
    if (!messages)
        return messages.error();
    auto existing = repo.allAcknowledgements();
    if (!existing)
        return existing.error();
    QHash<qint64, Communication> byId;
    for (const Communication& m : std::as_const(messages.value()))
        byId.insert(m.id, m);
    QSet<QString> done;
    for (const Acknowledgement& a : std::as_const(existing.value()))
        done.insert(QString::number(a.communicationId) + u'|' + a.address.toLower());

    Parsed out;
    for (const CsvTable::RaggedRow& ragged : table->raggedRows())
        out.problems << QStringLiteral("%1:%2: ").arg(shown).arg(ragged.line) +
                            Text::tr("%1 fields where the header has %2")
                                .arg(ragged.fields)
                                .arg(table->columnCount());
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        const QString where = QStringLiteral("%1:%2: ").arg(shown).arg(table->line(row));
        bool ok = false;
        const qint64 id = table->text(row, idCol).trimmed().toLongLong(&ok);
        const QString address = table->text(row, addressCol).trimmed();
        const QString atText = table->text(row, atCol).trimmed();
        if (!ok || !byId.contains(id)) {
            out.problems << where + Text::tr("there is no issued message %1")
                                        .arg(InputText::quoted(table->text(row, idCol).trimmed()));
            continue;
        }
        const Communication& m = byId[id];
        bool recipient = false;
        for (const Recipient& r : m.recipients)
            recipient = recipient || r.address.compare(address, Qt::CaseInsensitive) == 0;
        if (!recipient) {
            out.problems << where + Text::tr("%1 is not a recipient of message %2")
                                        .arg(InputText::quoted(address))
                                        .arg(id);
            continue;
        }
        const auto at = parseUtcTime(atText);
        if (!at) {
            out.problems << where + Text::tr("%1 is not a time such as 2026-12-01T09:30Z")
                                        .arg(InputText::quoted(atText));
            continue;
        }
        if (*at < m.issuedAt) {
            out.problems << where +
                                Text::tr("%1 is before message %2 was issued").arg(atText).arg(id);
            continue;
        }
        const QString key = QString::number(id) + u'|' + address.toLower();
        if (done.contains(key)) {
            out.problems << where + Text::tr("%1 has already acknowledged message %2")
                                        .arg(InputText::quoted(address))
                                        .arg(id);
            continue;
        }
        done.insert(key);
        Acknowledgement a;
        a.communicationId = id;
        a.address = address;
        a.acknowledgedAt = *at;
        a.source = Acknowledgement::Source::Imported;
        a.note = noteCol >= 0 ? table->text(row, noteCol).trimmed() : QString();
        if (const QString problem =
                FieldLimits::tooLong(QStringLiteral("note"), a.note, FieldLimits::kNote);
            !problem.isEmpty()) {
            out.problems << where + problem;
            continue;
        }
        out.rows.append(a);
    }
    return out;
}

} // namespace slipway
