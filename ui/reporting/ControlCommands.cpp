// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlCommands.h"

#include "services/ControlService.h"

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ControlCommands)
};

bool sameContent(const RegulatoryControl& a, const RegulatoryControl& b) {
    return a.tag == b.tag && a.position == b.position && a.kind == b.kind && a.name == b.name &&
           a.parameter == b.parameter && a.enabled == b.enabled;
}

RecordGuard<RegulatoryControl> guard(ControlService& service) {
    return {serviceOps<RegulatoryControl>(service), sameContent,
            [](const RegulatoryControl& control) {
                return Text::tr("The control %1 was changed by someone else since — reload.")
                    .arg(control.name);
            }};
}

QString controlText(const RegulatoryControl& c) {
    return QStringLiteral("%1 · %2").arg(tagDisplayName(c.tag), c.name);
}

} // namespace

AddControlCommand::AddControlCommand(ControlService& service, RegulatoryControl control,
                                     ErrorSink onError, QUndoCommand* parent)
    : AddRecordCommand(guard(service), control, tr("Add control %1").arg(controlText(control)),
                       std::move(onError), parent) {}

EditControlCommand::EditControlCommand(ControlService& service, RegulatoryControl before,
                                       RegulatoryControl after, ErrorSink onError,
                                       QUndoCommand* parent)
    : EditRecordCommand(guard(service), std::move(before), after,
                        tr("Edit control %1").arg(controlText(after)), std::move(onError), parent) {
}

RemoveControlCommand::RemoveControlCommand(ControlService& service, RegulatoryControl control,
                                           ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Remove control %1").arg(controlText(control)), std::move(onError), parent)
    , m_service(service)
    , m_control(std::move(control)) {}

Result<void> RemoveControlCommand::apply() {
    qint64 version = m_control.rowVersion; // the first time: what the user saw
    if (!firstApply()) {
        auto left = guard(m_service).versionAsLeft(m_control);
        if (!left)
            return left.error();
        version = left.value();
    }
    return m_service.remove(m_control.id, version, &m_records);
}

Result<void> RemoveControlCommand::revert() {
    auto done = m_service.restore(m_control, m_records);
    if (!done)
        return done.error();
    m_control = done.value();
    return {};
}

TagReleaseCommand::TagReleaseCommand(ControlService& service, qint64 releaseId, const QString& tag,
                                     bool add, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(add ? tr("Tag release %1").arg(tagDisplayName(tag))
                      : tr("Remove tag %1").arg(tagDisplayName(tag)),
                  std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_tag(tag)
    , m_add(add) {}

Result<void> TagReleaseCommand::apply() {
    return m_add ? m_service.tag(m_releaseId, m_tag) : m_service.untag(m_releaseId, m_tag);
}

Result<void> TagReleaseCommand::revert() {
    return m_add ? m_service.untag(m_releaseId, m_tag) : m_service.tag(m_releaseId, m_tag);
}

AttestControlCommand::AttestControlCommand(ControlService& service, qint64 releaseId,
                                           qint64 controlId, ControlOutcome outcome,
                                           const QString& reference, ErrorSink onError,
                                           QUndoCommand* parent)
    : UndoCommand(reference.trimmed().isEmpty() ? tr("Clear control reference")
                                                : tr("Record control reference"),
                  std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_controlId(controlId)
    , m_outcome(outcome)
    , m_reference(reference) {}

Result<void> AttestControlCommand::apply() {
    if (!firstApply())
        return m_service.putBack(m_releaseId, m_controlId, m_after);
    auto done = m_reference.trimmed().isEmpty()
                    ? m_service.clearAttestation(m_releaseId, m_controlId)
                    : m_service.attest(m_releaseId, m_controlId, m_outcome, m_reference);
    if (!done)
        return done.error();
    m_before = done.value();
    auto stored = m_service.record(m_releaseId, m_controlId);
    if (!stored)
        return stored.error();
    m_after = stored.value();
    return {};
}

Result<void> AttestControlCommand::revert() {
    return m_service.putBack(m_releaseId, m_controlId, m_before);
}

} // namespace slipway::ui
