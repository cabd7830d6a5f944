// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningKeyCommands.h"

#include "services/ArtifactService.h"

namespace slipway::ui {

TrustKeyCommand::TrustKeyCommand(ArtifactService& service, QByteArray keyText, QString source,
                                 ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Trust signing key"), std::move(onError), parent)
    , m_service(service)
    , m_keyText(std::move(keyText))
    , m_source(std::move(source)) {}

Result<void> TrustKeyCommand::apply() {
    auto trusted = m_service.importKeys(m_keyText, m_source);
    if (!trusted)
        return trusted.error();
    if (trusted->isEmpty())
        return Error{Error::Kind::Validation,
                     tr("Every key in %1 is trusted already.").arg(m_source)};
    m_trusted = trusted.value();
    return {};
}

Result<void> TrustKeyCommand::revert() {
    for (const SigningKey& k : std::as_const(m_trusted))
        if (auto removed = m_service.removeKey(k.id, k.rowVersion); !removed)
            return removed.error();
    return {};
}

DistrustKeyCommand::DistrustKeyCommand(ArtifactService& service, SigningKey key, ErrorSink onError,
                                       QUndoCommand* parent)
    : UndoCommand(tr("Stop trusting key %1").arg(key.fingerprint), std::move(onError), parent)
    , m_service(service)
    , m_key(std::move(key)) {}

Result<void> DistrustKeyCommand::apply() {
    return m_service.removeKey(m_key.id, m_key.rowVersion);
}

Result<void> DistrustKeyCommand::revert() {
    auto trusted = m_service.importKeys(m_key.keyText.toUtf8(), tr("undo"));
    if (!trusted)
        return trusted.error();
    for (const SigningKey& k : trusted.value())
        if (k.fingerprint.compare(m_key.fingerprint, Qt::CaseInsensitive) == 0)
            m_key = k;
    return {};
}

} // namespace slipway::ui
