// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinEvaluator.h"

#include "rules/EnvironmentMatrixBuilder.h"
#include "rules/SemVerParser.h"
#include "rules/VersionConstraint.h"

#include <QCoreApplication>
#include <QMap>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PinEvaluator)
};

// What `rows` run in `column`, distinct versions in row order.
QStringList versionsIn(const EnvironmentMatrix& matrix, const QList<int>& rows, int column) {
    QStringList out;
    for (int row : rows) {
        for (const QString& v : matrix.cell(row, column).versions()) {
            if (!out.contains(v))
                out << v;
        }
    }
    return out;
}

PinCheck held(const EnvironmentMatrix& matrix, const Pin& pin, int column,
              const QList<int>& targetRows) {
    PinCheck out;
    out.pin = pin;
    const Environment& environment = matrix.environments.at(column);
    out.environmentId = environment.id;
    out.environmentName = environment.name;
    out.targetVersions = versionsIn(matrix, targetRows, column);
    const QString who = Text::tr("%1: %2 needs %3 %4")
                            .arg(pin.releaseLabel, pin.component, pin.target, pin.constraint);
    if (out.targetVersions.isEmpty()) {
        out.status = PinCheck::Status::UnknownTarget;
        out.message = Text::tr("%1; %2 runs no %3").arg(who, environment.name, pin.target);
        return out;
    }
    const QString running = out.targetVersions.join(QStringLiteral(", "));
    auto constraint = VersionConstraint::parse(pin.constraint);
    if (!constraint) {
        out.status = PinCheck::Status::Unsatisfied;
        out.message =
            Text::tr("%1; the constraint does not read: %2").arg(who, constraint.error().message);
        return out;
    }
    QStringList failing;
    for (const QString& v : std::as_const(out.targetVersions)) {
        auto version = SemVerParser::parseLenient(v);
        if (!version || !constraint->satisfies(version->version))
            failing << v;
    }
    out.status = failing.isEmpty() ? PinCheck::Status::Satisfied : PinCheck::Status::Unsatisfied;
    out.message = failing.isEmpty()
                      ? Text::tr("%1; %2 runs %3").arg(who, environment.name, running)
                      : Text::tr("%1, but %2 runs %3").arg(who, environment.name, running);
    return out;
}

} // namespace

PinCheck PinEvaluator::check(const EnvironmentMatrix& matrix, const Pin& pin, int column) {
    return held(matrix, pin, column, matrix.rowsNamed(pin.target));
}

QList<PinCheck> PinEvaluator::evaluate(const EnvironmentMatrix& matrix, const QList<Pin>& pins,
                                       const QHash<qint64, ReleaseStatus>& statuses) {
    // Where each release runs: the columns it placed something in.
    QHash<qint64, QList<int>> runsIn;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        for (int column = 0; column < matrix.columnCount(); ++column) {
            for (const MatrixPlacement& p : matrix.cell(row, column).placements) {
                QList<int>& columns = runsIn[p.releaseId];
                if (!columns.contains(column))
                    columns << column;
            }
        }
    }
    QList<int> production;
    for (int column = 0; column < matrix.columnCount(); ++column) {
        if (matrix.environments.at(column).kind == u"prod")
            production << column;
    }
    QList<PinCheck> out;
    QHash<QString, QList<int>> rowsOf; // a target's rows, looked up once
    for (const Pin& pin : pins) {
        QList<int> columns = runsIn.value(pin.releaseId);
        if (columns.isEmpty() && EnvironmentMatrixBuilder::isPlanned(
                                     statuses.value(pin.releaseId, ReleaseStatus::Closed)))
            columns = production;
        std::sort(columns.begin(), columns.end());
        if (columns.isEmpty())
            continue;
        auto rows = rowsOf.constFind(pin.target);
        if (rows == rowsOf.constEnd())
            rows = rowsOf.insert(pin.target, matrix.rowsNamed(pin.target));
        for (int column : std::as_const(columns))
            out << held(matrix, pin, column, rows.value());
    }
    return out;
}

} // namespace slipway
