// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentMatrixService.h"

#include "rules/EnvironmentMatrixBuilder.h"
#include "rules/PinEvaluator.h"
#include "storage/MatrixFactsReader.h"
#include "storage/PinRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentMatrixService)
};

// The matrix cut down to `columns` (indices into the full one, in its order): rows that run
// nowhere among them go; drift stays when its row or its environment does.
EnvironmentMatrix selected(const EnvironmentMatrix& full, const QList<int>& columns) {
    EnvironmentMatrix m;
    for (int c : columns)
        m.environments << full.environments.at(c);
    QList<int> newRow(full.rowCount(), -1);
    for (int row = 0; row < full.rowCount(); ++row) {
        bool runs = false;
        for (int c : columns)
            runs = runs || !full.cell(row, c).isEmpty();
        if (!runs)
            continue;
        newRow[row] = m.rowCount();
        m.components << full.components.at(row);
        for (int c : columns)
            m.cells << full.cell(row, c);
    }
    for (MatrixDrift d : full.drift) {
        if (d.kind == MatrixDrift::Kind::StagingProductionGap) {
            d.row = newRow.value(d.row, -1);
            if (d.row < 0)
                continue;
        } else if (m.columnOf(d.environmentId) < 0) {
            continue;
        }
        m.drift << d;
    }
    return m;
}

} // namespace

EnvironmentMatrixService::EnvironmentMatrixService(Database& db)
    : m_db(db) {}

Result<EnvironmentMatrix>
EnvironmentMatrixService::matrix(const QStringList& environmentNames) const {
    auto facts = MatrixFactsReader(m_db).read();
    if (!facts)
        return facts.error();
    EnvironmentMatrix full = EnvironmentMatrixBuilder::build(facts.value());
    if (environmentNames.isEmpty())
        return full;
    QList<int> columns;
    for (const QString& name : environmentNames) {
        int found = -1;
        for (int c = 0; c < full.columnCount(); ++c) {
            if (full.environments.at(c).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                found = c;
        }
        if (found < 0) {
            QStringList names;
            for (const Environment& e : std::as_const(full.environments))
                names << e.name;
            return Error{Error::Kind::NotFound,
                         Text::tr("There is no environment '%1'; there are: %2")
                             .arg(name, names.join(QStringLiteral(", ")))};
        }
        if (!columns.contains(found))
            columns << found;
    }
    std::sort(columns.begin(), columns.end());
    return selected(full, columns);
}

Result<QList<PinCheck>> EnvironmentMatrixService::pinChecks(const EnvironmentMatrix& matrix) const {
    auto pins = PinRepository(m_db).forRelease(0);
    if (!pins)
        return pins.error();
    auto statuses = MatrixFactsReader(m_db).statuses();
    if (!statuses)
        return statuses.error();
    return PinEvaluator::evaluate(matrix, pins.value(), statuses.value());
}

} // namespace slipway
