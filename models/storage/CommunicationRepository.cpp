// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunicationRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("CommunicationRepository", "archiving a message");
}

const QString kSelect = QStringLiteral(
    "SELECT id, template_id, template_name, template_version, kind, release_id, release_label, "
    "list_name, audience_zone, subject, body, sha256, issued_by, issued_at FROM communications");

Communication messageFrom(const QSqlQuery& q) {
    Communication m;
    m.id = q.value(0).toLongLong();
    m.templateId = q.value(1).toLongLong();
    m.templateName = q.value(2).toString();
    m.templateVersion = q.value(3).toInt();
    m.kind = q.value(4).toString();
    m.releaseId = q.value(5).toLongLong();
    m.releaseLabel = q.value(6).toString();
    m.listName = q.value(7).toString();
    m.audienceZone = q.value(8).toString();
    m.subject = q.value(9).toString();
    m.body = q.value(10).toString();
    m.sha256 = q.value(11).toString();
    m.issuedBy = q.value(12).toString();
    m.issuedAt = q.value(13).toLongLong();
    return m;
}

const QString kAckSelect =
    QStringLiteral("SELECT id, communication_id, address, acknowledged_at, source, note, "
                   "recorded_by, recorded_at FROM acknowledgements");

Acknowledgement ackFrom(const QSqlQuery& q) {
    Acknowledgement a;
    a.id = q.value(0).toLongLong();
    a.communicationId = q.value(1).toLongLong();
    a.address = q.value(2).toString();
    a.acknowledgedAt = q.value(3).toLongLong();
    a.source = q.value(4).toString() == u"imported" ? Acknowledgement::Source::Imported
                                                    : Acknowledgement::Source::Entered;
    a.note = q.value(5).toString();
    a.recordedBy = q.value(6).toString();
    a.recordedAt = q.value(7).toLongLong();
    return a;
}

} // namespace

CommunicationRepository::CommunicationRepository(Database& db)
    : m_db(db) {}

Result<void> CommunicationRepository::readRecipients(Communication& m) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, address FROM communication_recipients "
                             "WHERE communication_id = ? ORDER BY position"));
    q.addBindValue(m.id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    m.recipients.clear();
    while (q.next())
        m.recipients.append({q.value(0).toString(), q.value(1).toString()});
    return {};
}

Result<QList<Communication>> CommunicationRepository::all(const QString& search) const {
    QSqlQuery q(m_db.connection());
    const QString text = search.trimmed();
    if (text.isEmpty()) {
        q.prepare(kSelect + QStringLiteral(" ORDER BY issued_at DESC, id DESC"));
    } else {
        // A substring of lower-cased text. LIKE is the form both engines share; the user's
        // wildcards and the escape character are escaped so they match only themselves, and
        // both sides are lower-case, so LIKE's case rules change nothing.
        q.prepare(kSelect +
                  QStringLiteral(" WHERE lower(subject || ' ' || release_label || ' ' || "
                                 "template_name || ' ' || list_name || ' ' || issued_by) "
                                 "LIKE ? ESCAPE '\\' "
                                 "OR id IN (SELECT communication_id FROM communication_recipients "
                                 "WHERE lower(address || ' ' || name) LIKE ? ESCAPE '\\') "
                                 "ORDER BY issued_at DESC, id DESC"));
        QString escaped = text.toLower();
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        q.addBindValue(pattern);
        q.addBindValue(pattern);
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Communication> out;
    while (q.next())
        out.append(messageFrom(q));
    for (Communication& m : out)
        if (auto r = readRecipients(m); !r)
            return r.error();
    return out;
}

Result<Communication> CommunicationRepository::find(qint64 id) const {
    const QString gone =
        QCoreApplication::translate("CommunicationRepository", "There is no issued message %1.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    Communication m = messageFrom(q);
    if (auto r = readRecipients(m); !r)
        return r.error();
    return m;
}

Result<Communication> CommunicationRepository::insert(const Communication& m) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO communications (template_id, template_name, template_version, kind, "
        "release_id, release_label, list_name, audience_zone, subject, body, sha256, issued_by, "
        "issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(m.templateId);
    q.addBindValue(sql::text(m.templateName));
    q.addBindValue(m.templateVersion);
    q.addBindValue(sql::text(m.kind));
    q.addBindValue(m.releaseId);
    q.addBindValue(sql::text(m.releaseLabel));
    q.addBindValue(sql::text(m.listName));
    q.addBindValue(sql::text(m.audienceZone));
    q.addBindValue(sql::text(m.subject));
    q.addBindValue(sql::text(m.body));
    q.addBindValue(Communication::contentHash(m.subject, m.body));
    q.addBindValue(sql::text(m.issuedBy));
    q.addBindValue(m.issuedAt);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    q.prepare(QStringLiteral("INSERT INTO communication_recipients (communication_id, position, "
                             "name, address) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < m.recipients.size(); ++i) {
        q.addBindValue(id);
        q.addBindValue(i);
        q.addBindValue(sql::text(m.recipients[i].name));
        q.addBindValue(m.recipients[i].address);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return find(id);
}

Result<QList<Acknowledgement>>
CommunicationRepository::acknowledgements(qint64 communicationId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kAckSelect +
              QStringLiteral(" WHERE communication_id = ? ORDER BY acknowledged_at, id"));
    q.addBindValue(communicationId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Acknowledgement> out;
    while (q.next())
        out.append(ackFrom(q));
    return out;
}

Result<QList<Acknowledgement>> CommunicationRepository::allAcknowledgements() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kAckSelect + QStringLiteral(" ORDER BY communication_id, acknowledged_at, id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<Acknowledgement> out;
    while (q.next())
        out.append(ackFrom(q));
    return out;
}

Result<Acknowledgement> CommunicationRepository::findAcknowledgement(qint64 id) const {
    const QString gone = QCoreApplication::translate(
        "CommunicationRepository", "Acknowledgement %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kAckSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return ackFrom(q);
}

Result<Acknowledgement> CommunicationRepository::insert(const Acknowledgement& a) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("acknowledgements"),
        QStringLiteral(
            "communication_id, address, acknowledged_at, source, note, recorded_by, recorded_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?"), a.id);
    q.addBindValue(a.communicationId);
    q.addBindValue(a.address);
    q.addBindValue(a.acknowledgedAt);
    q.addBindValue(toKey(a.source));
    q.addBindValue(sql::text(a.note));
    q.addBindValue(sql::text(a.recordedBy));
    q.addBindValue(a.recordedAt);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return findAcknowledgement(inserted.value());
}

Result<void> CommunicationRepository::removeAcknowledgement(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM acknowledgements WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return {};
}

} // namespace slipway
