// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateTemplateCommands.h"

#include "services/GateService.h"

#include <QCoreApplication>

#include <memory>

namespace slipway::ui::GateTemplateCommands {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GateTemplateCommands)
};

// What a template says, without where it sits or which version of the row it is.
QJsonObject content(const GateTemplate& g) {
    QJsonObject o = toJson(g);
    o.remove(QStringLiteral("position"));
    o.remove(QStringLiteral("id"));
    return o;
}

// Writes `target` over the stored template, provided the stored one still says `expected`.
Result<void> replace(GateService& gates, const GateTemplate& expected, const GateTemplate& target) {
    auto current = gates.templateById(expected.id);
    if (!current)
        return current.error();
    if (content(current.value()) != content(expected))
        return Error{
            Error::Kind::Stale,
            Text::tr("The template “%1” was changed elsewhere since; reload before undoing.")
                .arg(current->name)};
    GateTemplate next = target;
    next.position = current->position;
    next.rowVersion = current->rowVersion;
    auto done = gates.updateTemplate(next);
    return done ? Result<void>() : Result<void>(done.error());
}

} // namespace

GateEditCommand* addGate(GateService& gates, const GateTemplate& gate, ErrorSink onError) {
    auto stored = std::make_shared<GateTemplate>(gate);
    return new GateEditCommand(
        Text::tr("Add gate “%1”").arg(gate.name),
        [&gates, stored]() -> Result<void> {
            auto done =
                stored->id == 0 ? gates.createTemplate(*stored) : gates.restoreTemplate(*stored);
            if (!done)
                return done.error();
            *stored = done.value();
            return {};
        },
        [&gates, stored]() -> Result<void> {
            auto current = gates.templateById(stored->id);
            if (!current)
                return current.error();
            return gates.removeTemplate(stored->id, current->rowVersion);
        },
        std::move(onError));
}

GateEditCommand* removeGate(GateService& gates, const GateTemplate& gate, ErrorSink onError) {
    auto stored = std::make_shared<GateTemplate>(gate);
    return new GateEditCommand(
        Text::tr("Remove gate “%1”").arg(gate.name),
        [&gates, stored]() -> Result<void> {
            auto current = gates.templateById(stored->id);
            if (!current)
                return current.error();
            *stored = current.value();
            return gates.removeTemplate(stored->id, current->rowVersion);
        },
        [&gates, stored]() -> Result<void> {
            auto done = gates.restoreTemplate(*stored);
            if (!done)
                return done.error();
            *stored = done.value();
            return {};
        },
        std::move(onError));
}

GateEditCommand* changeGate(GateService& gates, const GateTemplate& before,
                            const GateTemplate& after, const QString& text, ErrorSink onError) {
    return new GateEditCommand(
        text, [&gates, before, after] { return replace(gates, before, after); },
        [&gates, before, after] { return replace(gates, after, before); }, std::move(onError));
}

GateEditCommand* moveGate(GateService& gates, const GateTemplate& gate, int fromIndex, int toIndex,
                          ErrorSink onError) {
    const qint64 id = gate.id;
    auto step = [&gates, id](int to) -> Result<void> {
        auto moved = gates.moveTemplate(id, to);
        return moved ? Result<void>() : Result<void>(moved.error());
    };
    return new GateEditCommand(
        toIndex < fromIndex ? Text::tr("Move gate “%1” up").arg(gate.name)
                            : Text::tr("Move gate “%1” down").arg(gate.name),
        [step, toIndex] { return step(toIndex); }, [step, fromIndex] { return step(fromIndex); },
        std::move(onError));
}

} // namespace slipway::ui::GateTemplateCommands
