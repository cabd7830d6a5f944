// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceMetric.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class MetricService;
}

namespace slipway::ui {

// Defines a service metric; undo removes it, redo brings it back under the same id.
class DefineMetricCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DefineMetricCommand)
public:
    DefineMetricCommand(MetricService& service, ServiceMetric metric, ErrorSink onError,
                        QUndoCommand* parent = nullptr);
    const ServiceMetric& created() const { return m_metric; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    MetricService& m_service;
    ServiceMetric m_metric;
};

// Saves an edited metric over the one the user saw; undo saves the earlier image back.
class EditMetricCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditMetricCommand)
public:
    EditMetricCommand(MetricService& service, ServiceMetric before, ServiceMetric after,
                      ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> write(const ServiceMetric& image, const ServiceMetric& left);

    MetricService& m_service;
    ServiceMetric m_before;
    ServiceMetric m_after;
};

// Removes a metric with its samples and verdicts; undo brings the definition back under its id
// (the samples come back only with a new import).
class RemoveMetricCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveMetricCommand)
public:
    RemoveMetricCommand(MetricService& service, ServiceMetric metric, ErrorSink onError,
                        QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    MetricService& m_service;
    ServiceMetric m_metric;
};

} // namespace slipway::ui
