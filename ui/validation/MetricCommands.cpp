// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricCommands.h"

#include "services/MetricService.h"

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricCommands)
};

bool sameContent(const ServiceMetric& a, const ServiceMetric& b) {
    return a.serviceId == b.serviceId && a.name == b.name && a.unit == b.unit &&
           a.better == b.better && a.threshold == b.threshold &&
           a.thresholdKind == b.thresholdKind && a.windowHours == b.windowHours &&
           a.prometheusUrl == b.prometheusUrl && a.query == b.query;
}

// Removes the metric as this session left it (see removeAsLeft of the checks).
Result<void> removeAsLeft(MetricService& service, const ServiceMetric& metric) {
    auto current = service.find(metric.id);
    if (!current)
        return current.error();
    if (!sameContent(current.value(), metric))
        return Error{
            Error::Kind::Stale,
            Text::tr("The metric %1 was changed by someone else since — reload.").arg(metric.name)};
    return service.remove(metric.id, current->rowVersion);
}

} // namespace

DefineMetricCommand::DefineMetricCommand(MetricService& service, ServiceMetric metric,
                                         ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Define metric %1").arg(metric.name), std::move(onError), parent)
    , m_service(service)
    , m_metric(std::move(metric)) {}

Result<void> DefineMetricCommand::apply() {
    auto done = firstApply() ? m_service.create(m_metric) : m_service.restore(m_metric);
    if (!done)
        return done.error();
    m_metric = done.value();
    return {};
}

Result<void> DefineMetricCommand::revert() {
    return removeAsLeft(m_service, m_metric);
}

EditMetricCommand::EditMetricCommand(MetricService& service, ServiceMetric before,
                                     ServiceMetric after, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Edit metric %1").arg(after.name), std::move(onError), parent)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Result<void> EditMetricCommand::write(const ServiceMetric& image, const ServiceMetric& left) {
    ServiceMetric next = image;
    if (firstApply()) {
        next.rowVersion = m_before.rowVersion; // what the user saw
    } else {
        // As this session left it (its row version moves when an undo brings it back too).
        auto current = m_service.find(image.id);
        if (!current)
            return current.error();
        if (!sameContent(current.value(), left))
            return Error{Error::Kind::Stale,
                         Text::tr("The metric %1 was changed by someone else since — reload.")
                             .arg(left.name)};
        next.rowVersion = current->rowVersion;
    }
    auto done = m_service.update(next);
    if (!done)
        return done.error();
    return {};
}

Result<void> EditMetricCommand::apply() {
    return write(m_after, m_before);
}

Result<void> EditMetricCommand::revert() {
    return write(m_before, m_after);
}

RemoveMetricCommand::RemoveMetricCommand(MetricService& service, ServiceMetric metric,
                                         ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Remove metric %1").arg(metric.name), std::move(onError), parent)
    , m_service(service)
    , m_metric(std::move(metric)) {}

Result<void> RemoveMetricCommand::apply() {
    if (firstApply())
        return m_service.remove(m_metric.id, m_metric.rowVersion);
    return removeAsLeft(m_service, m_metric);
}

Result<void> RemoveMetricCommand::revert() {
    auto done = m_service.restore(m_metric);
    if (!done)
        return done.error();
    m_metric = done.value();
    return {};
}

} // namespace slipway::ui
