// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommands.h"

#include "services/ValidationCheckService.h"

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckCommands)
};

bool sameContent(const ValidationCheck& a, const ValidationCheck& b) {
    return a.name == b.name && a.kind == b.kind && a.releaseId == b.releaseId &&
           a.serviceId == b.serviceId && a.scheduleHours == b.scheduleHours &&
           a.intervalMin == b.intervalMin && a.enabled == b.enabled &&
           a.definition() == b.definition();
}

RecordGuard<ValidationCheck> guard(ValidationCheckService& service) {
    return {serviceOps<ValidationCheck>(service), sameContent, [](const ValidationCheck& check) {
                return Text::tr("The check %1 was changed by someone else since — reload.")
                    .arg(check.name);
            }};
}

} // namespace

AddCheckCommand::AddCheckCommand(ValidationCheckService& service, ValidationCheck check,
                                 ErrorSink onError, QUndoCommand* parent)
    : AddRecordCommand(guard(service), check, tr("Add check %1").arg(check.name),
                       std::move(onError), parent) {}

EditCheckCommand::EditCheckCommand(ValidationCheckService& service, ValidationCheck before,
                                   ValidationCheck after, ErrorSink onError, QUndoCommand* parent)
    : EditRecordCommand(guard(service), std::move(before), after,
                        tr("Edit check %1").arg(after.name), std::move(onError), parent) {}

RemoveCheckCommand::RemoveCheckCommand(ValidationCheckService& service, ValidationCheck check,
                                       ErrorSink onError, QUndoCommand* parent)
    : RemoveRecordCommand(guard(service), check, tr("Remove check %1").arg(check.name),
                          std::move(onError), parent) {}

} // namespace slipway::ui
