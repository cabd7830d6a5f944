// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordTableSection.h"
#include "domain/SuccessMetric.h"

namespace slipway::ui {

// Success metrics: name, unit, comparator, target, baseline and the actual value measured
// after the release, with whether it was met, and what measures it (by hand, or a statistic of
// one of the release's service metrics); edited in place, each change undoable.
class MetricsSection : public RecordTableSection {
    Q_OBJECT
public:
    MetricsSection(DefinitionContext& context, QWidget* parent = nullptr);

private:
    int fetch(qint64 releaseId) override;
    void fillRow(int row, Qt::ItemFlags flags) override;
    void filled() override;
    bool add(const QString& text) override;
    void remove(int row) override;
    void cellEdited(int row, int column, const QString& text) override;
    void comparatorChosen(int row, int index);
    void sourceChosen(int row, const QString& metric, const QString& stat);
    void save(const SuccessMetric& before, const SuccessMetric& after);

    QList<SuccessMetric> m_metrics;
    QStringList m_serviceMetrics; // names of the release's service metrics
};

} // namespace slipway::ui
