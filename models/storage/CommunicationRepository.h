// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Communication.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// The archive: `communications`, their recipients (both append-only in the schema) and
// `acknowledgements`. Writes expect the caller's Transaction.
class CommunicationRepository {
public:
    explicit CommunicationRepository(Database& db);

    // Newest first. `search` (may be empty) matches subject, release, template, list,
    // issuer or a recipient's address, case-insensitively.
    Result<QList<Communication>> all(const QString& search = {}) const;
    Result<Communication> find(qint64 id) const;
    Result<Communication> insert(const Communication& message);

    Result<QList<Acknowledgement>> acknowledgements(qint64 communicationId) const;
    Result<QList<Acknowledgement>> allAcknowledgements() const;
    Result<Acknowledgement> findAcknowledgement(qint64 id) const;
    Result<Acknowledgement> insert(const Acknowledgement& ack);
    Result<void> removeAcknowledgement(qint64 id);

private:
    Result<void> readRecipients(Communication& message) const;

    Database& m_db;
};

} // namespace slipway
