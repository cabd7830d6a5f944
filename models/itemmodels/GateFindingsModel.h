// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SemanticStyle.h"
#include "domain/Gate.h"

#include <QAbstractTableModel>
#include <QList>

namespace slipway {

// The SARIF findings of one security criterion's latest log: severity, rule, location, the
// review (suppressed in the file, or marked false positive by someone) and the message.
// Findings that do not count against the gate are shown muted.
class GateFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        LocationColumn,
        ReviewColumn,
        MessageColumn,
        ColumnCount
    };

    explicit GateFindingsModel(QObject* parent = nullptr);

    void setSemanticStyle(const SemanticStyle& style);
    void setFindings(qint64 criterionId, const QList<GateFinding>& findings);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 criterionId() const { return m_criterionId; }
    const QList<GateFinding>& findings() const { return m_findings; }
    const GateFinding& finding(int row) const { return m_findings.at(row); }

    // Whether a finding counts against its gate: not suppressed, not marked false positive.
    static bool counts(const GateFinding& f);
    // How a finding is shown: pending when it does not count, failed when high or critical,
    // else waived (a warning the gate may still pass with).
    static GateStatus look(const GateFinding& f);

private:
    QString display(const GateFinding& f, int column) const;
    QVariant sortValue(const GateFinding& f, int column) const;

    qint64 m_criterionId = 0;
    QList<GateFinding> m_findings;
    SemanticStyle m_style;
};

} // namespace slipway
