// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SuccessMetric.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace slipway::ui {

struct DefinitionContext;

// Success metrics: name, unit, comparator, target, baseline and the actual value measured
// after the release, with whether it was met; edited in place, each change undoable.
class MetricsSection : public QWidget {
    Q_OBJECT
public:
    MetricsSection(DefinitionContext& context, QWidget* parent = nullptr);

    void load(qint64 releaseId);
    void setEditable(bool editable);

private:
    void itemChanged(QTableWidgetItem* item);
    void comparatorChosen(int row, int index);
    void save(const SuccessMetric& before, const SuccessMetric& after);
    void updateButtons();

    DefinitionContext& m_context;
    qint64 m_releaseId = 0;
    QList<SuccessMetric> m_metrics;
    bool m_loading = false;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_new = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace slipway::ui
