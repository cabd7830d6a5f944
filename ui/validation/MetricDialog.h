// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceMetric.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace slipway::ui {

// Defines or edits a service metric: which service, its name and unit, which way is better,
// how much worse counts (a percentage or an absolute amount), the window compared on each side
// of a deployment, and optionally where Prometheus serves it.
class MetricDialog : public QDialog {
    Q_OBJECT
public:
    // `services`: id → name of the services the metric may belong to.
    MetricDialog(const ServiceMetric& metric, const QHash<qint64, QString>& services,
                 QWidget* parent = nullptr);

    ServiceMetric metric() const;
    void accept() override;

private:
    ServiceMetric m_metric;
    QComboBox* m_service = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_unit = nullptr;
    QComboBox* m_better = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QComboBox* m_thresholdKind = nullptr;
    QSpinBox* m_window = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_query = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace slipway::ui
