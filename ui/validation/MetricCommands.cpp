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

RecordGuard<ServiceMetric> guard(MetricService& service) {
    return {serviceOps<ServiceMetric>(service), sameContent, [](const ServiceMetric& metric) {
                return Text::tr("The metric %1 was changed by someone else since — reload.")
                    .arg(metric.name);
            }};
}

} // namespace

DefineMetricCommand::DefineMetricCommand(MetricService& service, ServiceMetric metric,
                                         ErrorSink onError, QUndoCommand* parent)
    : AddRecordCommand(guard(service), metric, tr("Define metric %1").arg(metric.name),
                       std::move(onError), parent) {}

EditMetricCommand::EditMetricCommand(MetricService& service, ServiceMetric before,
                                     ServiceMetric after, ErrorSink onError, QUndoCommand* parent)
    : EditRecordCommand(guard(service), std::move(before), after,
                        tr("Edit metric %1").arg(after.name), std::move(onError), parent) {}

RemoveMetricCommand::RemoveMetricCommand(MetricService& service, ServiceMetric metric,
                                         ErrorSink onError, QUndoCommand* parent)
    : RemoveRecordCommand(guard(service), metric, tr("Remove metric %1").arg(metric.name),
                          std::move(onError), parent) {}

} // namespace slipway::ui
