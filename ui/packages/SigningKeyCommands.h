// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SigningKey.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class ArtifactService;
}

namespace slipway::ui {

// Trusts the public keys of a key file; undo stops trusting the ones this added, redo trusts
// them again. Keys trusted already are left as they are; a file with nothing new fails.
class TrustKeyCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(TrustKeyCommand)
public:
    TrustKeyCommand(ArtifactService& service, QByteArray keyText, QString source, ErrorSink onError,
                    QUndoCommand* parent = nullptr);
    const QList<SigningKey>& trusted() const { return m_trusted; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ArtifactService& m_service;
    QByteArray m_keyText;
    QString m_source;
    QList<SigningKey> m_trusted;
};

// Stops trusting one key; undo trusts the same key text again.
class DistrustKeyCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DistrustKeyCommand)
public:
    DistrustKeyCommand(ArtifactService& service, SigningKey key, ErrorSink onError,
                       QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ArtifactService& m_service;
    SigningKey m_key;
};

} // namespace slipway::ui
