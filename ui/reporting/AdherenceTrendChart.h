// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AdherenceService.h"

#include <QChartView>

namespace slipway::ui {

// The adherence review's trend: deviations per month, stacked by team, over every month of
// the period (months without any included).
class AdherenceTrendChart : public QChartView {
    Q_OBJECT
public:
    explicit AdherenceTrendChart(QWidget* parent = nullptr);

    void setCounts(const QList<AdherenceService::Count>& counts, qint64 fromUtc, qint64 toUtc);
    // The bars as "team: v1, v2, …" lines, one a team (tests).
    QStringList barValues() const;
};

} // namespace slipway::ui
