// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordCommands.h"
#include "domain/ServiceMetric.h"

#include <QCoreApplication>

namespace slipway {
class MetricService;
}

namespace slipway::ui {

// Defines a service metric; undo removes it, redo brings it back under the same id.
class DefineMetricCommand : public AddRecordCommand<ServiceMetric> {
    Q_DECLARE_TR_FUNCTIONS(DefineMetricCommand)
public:
    DefineMetricCommand(MetricService& service, ServiceMetric metric, ErrorSink onError,
                        QUndoCommand* parent = nullptr);
};

// Saves an edited metric over the one the user saw; undo saves the earlier image back.
class EditMetricCommand : public EditRecordCommand<ServiceMetric> {
    Q_DECLARE_TR_FUNCTIONS(EditMetricCommand)
public:
    EditMetricCommand(MetricService& service, ServiceMetric before, ServiceMetric after,
                      ErrorSink onError, QUndoCommand* parent = nullptr);
};

// Removes a metric with its samples and verdicts; undo brings the definition back under its id
// (the samples come back only with a new import).
class RemoveMetricCommand : public RemoveRecordCommand<ServiceMetric> {
    Q_DECLARE_TR_FUNCTIONS(RemoveMetricCommand)
public:
    RemoveMetricCommand(MetricService& service, ServiceMetric metric, ErrorSink onError,
                        QUndoCommand* parent = nullptr);
};

} // namespace slipway::ui
