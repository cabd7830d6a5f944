// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunicationService.h"

#include "AuditedWrite.h"
#include "GateDigest.h"
#include "domain/Login.h"
#include "domain/MessageTemplate.h"
#include "storage/CommunicationRepository.h"
#include "storage/DistributionListRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/TemplateRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace slipway {

CommunicationService::CommunicationService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

QString CommunicationService::senderName() const {
    auto people = PeopleRepository(m_db).all();
    if (people)
        for (const Person& p : std::as_const(people.value()))
            if (sameLogin(p.login, m_session.actor))
                return p.name;
    return m_session.actor;
}

Result<MessageContext::Options> CommunicationService::contextOptions(const Request& r) const {
    MessageContext::Options options;
    if (r.listId > 0) {
        auto list = DistributionListRepository(m_db).find(r.listId);
        if (!list)
            return list.error();
        options.audience = list.value();
    }
    options.delayReason = r.delayReason;
    options.senderName = senderName();
    options.gates = r.gates ? r.gates : [](Database& db, qint64 releaseId) {
        return GateDigest::summaries(db, releaseId);
    };
    return options;
}

Result<RenderedMessage> CommunicationService::render(const QString& subject, const QString& body,
                                                     const Request& request) const {
    auto options = contextOptions(request);
    if (!options)
        return options.error();
    auto context = MessageContext::build(m_db, request.releaseId, options.value());
    if (!context)
        return context.error();
    return MessageRenderer::render(subject, body, context.value());
}

Result<Communication> CommunicationService::issue(const Request& request, const Deliver& deliver) {
    auto tmpl = TemplateRepository(m_db).find(request.templateId);
    if (!tmpl)
        return tmpl.error();
    auto rendered = render(tmpl->subject, tmpl->body, request);
    if (!rendered)
        return rendered.error();
    if (!rendered->issuable())
        return Error{Error::Kind::Validation,
                     tr("Template %1 cannot be issued: %2")
                         .arg(tmpl->name, PlaceholderCatalogue::describe(rendered->problems)
                                              .join(QStringLiteral("; ")))};
    auto release = ReleaseRepository(m_db).find(request.releaseId);
    if (!release)
        return release.error();
    Communication m;
    m.templateId = tmpl->id;
    m.templateName = tmpl->name;
    m.templateVersion = tmpl->version;
    m.kind = toKey(tmpl->kind);
    m.releaseId = release->id;
    m.releaseLabel = releaseLabel(release->name, release->version);
    m.subject = rendered->subject;
    m.body = rendered->markdown;
    m.audienceZone = release->windowZone;
    if (request.listId > 0) {
        auto list = DistributionListRepository(m_db).find(request.listId);
        if (!list)
            return list.error();
        m.listName = list->name;
        m.audienceZone = list->zone;
        m.recipients = list->members;
        if (auto bad = firstUnsendableRecipient(list.value()); !bad.isEmpty())
            return Error{Error::Kind::Validation, bad};
    }
    m.issuedBy = m_session.actor;
    Communication stored;
    auto done = AuditedWrite::run(m_db, m_session, Action::IssueCommunication,
                                  QStringLiteral("issue"), QStringLiteral("communication"),
                                  [&](qint64 now) -> Result<AuditedWrite::Logged> {
                                      m.issuedAt = now;
                                      auto written = CommunicationRepository(m_db).insert(m);
                                      if (!written)
                                          return written.error();
                                      stored = written.value();
                                      if (deliver) {
                                          if (auto sent = deliver(stored); !sent)
                                              return sent.error();
                                      }
                                      return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                                  });
    if (!done)
        return done.error();
    Q_EMIT archiveChanged();
    return stored;
}

Result<QList<Communication>> CommunicationService::all(const QString& search) const {
    return CommunicationRepository(m_db).all(search);
}
Result<Communication> CommunicationService::find(qint64 id) const {
    return CommunicationRepository(m_db).find(id);
}
Result<QList<Acknowledgement>> CommunicationService::acknowledgements(qint64 id) const {
    return CommunicationRepository(m_db).acknowledgements(id);
}
Result<QList<Acknowledgement>> CommunicationService::allAcknowledgements() const {
    return CommunicationRepository(m_db).allAcknowledgements();
}

Result<void> CommunicationService::checkAcknowledgement(const Acknowledgement& ack) const {
    auto message = CommunicationRepository(m_db).find(ack.communicationId);
    if (!message)
        return message.error();
    bool recipient = false;
    for (const Recipient& r : std::as_const(message->recipients))
        recipient = recipient || r.address.compare(ack.address, Qt::CaseInsensitive) == 0;
    if (!recipient)
        return Error{
            Error::Kind::Validation,
            tr("%1 is not a recipient of message %2.").arg(ack.address).arg(ack.communicationId)};
    if (ack.acknowledgedAt < message->issuedAt)
        return Error{Error::Kind::Validation,
                     tr("%1 cannot have acknowledged message %2 before it was issued.")
                         .arg(ack.address)
                         .arg(ack.communicationId)};
    auto existing = CommunicationRepository(m_db).acknowledgements(ack.communicationId);
    if (!existing)
        return existing.error();
    for (const Acknowledgement& a : std::as_const(existing.value()))
        if (a.address.compare(ack.address, Qt::CaseInsensitive) == 0)
            return Error{Error::Kind::Validation, tr("%1 already acknowledged message %2.")
                                                      .arg(ack.address)
                                                      .arg(ack.communicationId)};
    return {};
}

Result<Acknowledgement> CommunicationService::acknowledge(const Acknowledgement& ack) {
    Acknowledgement stored;
    auto done = AuditedWrite::run(m_db, m_session, Action::RecordAcknowledgement,
                                  ack.id > 0 ? QStringLiteral("restore") : QStringLiteral("create"),
                                  QStringLiteral("acknowledgement"),
                                  [&](qint64 now) -> Result<AuditedWrite::Logged> {
                                      if (auto ok = checkAcknowledgement(ack); !ok)
                                          return ok.error();
                                      Acknowledgement row = ack;
                                      row.recordedBy = m_session.actor;
                                      row.recordedAt = now;
                                      if (row.acknowledgedAt <= 0)
                                          row.acknowledgedAt = now;
                                      auto written = CommunicationRepository(m_db).insert(row);
                                      if (!written)
                                          return written.error();
                                      stored = written.value();
                                      return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                                  });
    if (!done)
        return done.error();
    Q_EMIT archiveChanged();
    return stored;
}

Result<void> CommunicationService::removeAcknowledgement(qint64 id) {
    auto done = AuditedWrite::run(m_db, m_session, Action::RecordAcknowledgement,
                                  QStringLiteral("delete"), QStringLiteral("acknowledgement"),
                                  [&](qint64) -> Result<AuditedWrite::Logged> {
                                      CommunicationRepository repo(m_db);
                                      auto before = repo.findAcknowledgement(id);
                                      if (!before)
                                          return before.error();
                                      if (auto r = repo.removeAcknowledgement(id); !r)
                                          return r.error();
                                      return AuditedWrite::Logged{id, toJson(before.value()), {}};
                                  });
    if (done)
        Q_EMIT archiveChanged();
    return done;
}

Result<qint64> CommunicationService::importAcknowledgements(const QList<Acknowledgement>& acks) {
    qint64 written = 0;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RecordAcknowledgement, QStringLiteral("import"),
        QStringLiteral("acknowledgement"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            QJsonArray rows;
            qint64 first = 0;
            for (const Acknowledgement& ack : acks) {
                if (auto ok = checkAcknowledgement(ack); !ok)
                    return ok.error();
                Acknowledgement row = ack;
                row.id = 0;
                row.source = Acknowledgement::Source::Imported;
                row.recordedBy = m_session.actor;
                row.recordedAt = now;
                auto stored = CommunicationRepository(m_db).insert(row);
                if (!stored)
                    return stored.error();
                first = first > 0 ? first : stored->id;
                rows.append(toJson(stored.value()));
                ++written;
            }
            return AuditedWrite::Logged{first, {}, {{QStringLiteral("imported"), rows}}};
        });
    if (!done)
        return done.error();
    Q_EMIT archiveChanged();
    return written;
}

} // namespace slipway
