// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Communication.h"
#include "domain/Result.h"
#include "io/MessageContext.h"
#include "io/MessageRenderer.h"

#include <QObject>

#include <functional>

namespace slipway {

class Database;
struct MessageTemplate;

// Issuing messages into the archive and recording who acknowledged them. An issued message
// is never changed (the schema refuses it); acknowledgements are audited edits.
class CommunicationService : public QObject {
    Q_OBJECT
public:
    CommunicationService(Database& db, Session session, QObject* parent = nullptr);

    struct Request {
        qint64 templateId = 0;
        qint64 releaseId = 0;
        qint64 listId = 0; // 0: no list; the window is shown in the release's zone
        QString delayReason;
        GateStatusSource gates;
    };

    // Renders `tmpl` (its subject and body as given, e.g. unsaved edits) for a release.
    Result<RenderedMessage> render(const QString& subject, const QString& body,
                                   const Request& request) const;
    // Renders the template's current version and archives it with the list's recipients.
    // Refuses while the template has unknown or unsafe placeholders, or a recipient's address
    // is not one a mail program would send to. `deliver` (e.g. writing the .eml) runs inside
    // the archiving transaction: when it fails, nothing is archived.
    using Deliver = std::function<Result<void>(const Communication&)>;
    Result<Communication> issue(const Request& request, const Deliver& deliver = {});

    Result<QList<Communication>> all(const QString& search = {}) const;
    Result<Communication> find(qint64 id) const;
    Result<QList<Acknowledgement>> acknowledgements(qint64 communicationId) const;
    Result<QList<Acknowledgement>> allAcknowledgements() const;

    // One recipient's acknowledgement (address must be a recipient, once per message).
    Result<Acknowledgement> acknowledge(const Acknowledgement& ack);
    Result<void> removeAcknowledgement(qint64 id);
    // Every row checked first, then all written in one transaction; returns how many.
    Result<qint64> importAcknowledgements(const QList<Acknowledgement>& acks);

    // The issuing person's name (the login's person, else the login).
    QString senderName() const;

Q_SIGNALS:
    void archiveChanged();

private:
    Result<MessageContext::Options> contextOptions(const Request& request) const;
    Result<void> checkAcknowledgement(const Acknowledgement& ack) const;

    Database& m_db;
    Session m_session;
};

} // namespace slipway
