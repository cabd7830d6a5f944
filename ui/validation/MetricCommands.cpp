// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricCommands.h"

#include "services/MetricService.h"

namespace slipway::ui {

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
    return m_service.remove(m_metric.id, m_metric.rowVersion);
}

EditMetricCommand::EditMetricCommand(MetricService& service, ServiceMetric before,
                                     ServiceMetric after, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Edit metric %1").arg(after.name), std::move(onError), parent)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_rowVersion(m_before.rowVersion) {}

Result<void> EditMetricCommand::write(const ServiceMetric& image) {
    ServiceMetric next = image;
    next.rowVersion = m_rowVersion;
    auto done = m_service.update(next);
    if (!done)
        return done.error();
    m_rowVersion = done->rowVersion;
    return {};
}

Result<void> EditMetricCommand::apply() {
    return write(m_after);
}

Result<void> EditMetricCommand::revert() {
    return write(m_before);
}

RemoveMetricCommand::RemoveMetricCommand(MetricService& service, ServiceMetric metric,
                                         ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Remove metric %1").arg(metric.name), std::move(onError), parent)
    , m_service(service)
    , m_metric(std::move(metric)) {}

Result<void> RemoveMetricCommand::apply() {
    return m_service.remove(m_metric.id, m_metric.rowVersion);
}

Result<void> RemoveMetricCommand::revert() {
    auto done = m_service.restore(m_metric);
    if (!done)
        return done.error();
    m_metric = done.value();
    return {};
}

} // namespace slipway::ui
