// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckEnvironments.h"

#include "CliSupport.h"
#include "services/EnvironmentMatrixService.h"

#include <QJsonArray>

namespace slipway::cli {

Result<EnvironmentReport> checkEnvironments(Database& db) {
    EnvironmentMatrixService service(db);
    auto matrix = service.matrix();
    if (!matrix)
        return matrix.error();
    auto checks = service.pinChecks(matrix.value());
    if (!checks)
        return checks.error();
    EnvironmentReport report;
    report.matrix = matrix.value();
    for (const PinCheck& c : checks.value()) {
        if (c.status == PinCheck::Status::Unsatisfied)
            report.unmet << c;
    }
    return report;
}

void printEnvironments(const EnvironmentReport& report) {
    out() << CliText::tr("Environments:  %1 drift warning(s), %2 pin(s) not met")
                 .arg(report.matrix.drift.size())
                 .arg(report.unmet.size())
          << Qt::endl;
    for (const MatrixDrift& d : report.matrix.drift)
        out() << CliText::tr("  warning: ") << d.message << Qt::endl;
    for (const PinCheck& c : report.unmet)
        out() << CliText::tr("  warning: ") << c.message << Qt::endl;
}

QJsonObject environmentsJson(const EnvironmentReport& report) {
    QJsonArray drift;
    for (const MatrixDrift& d : report.matrix.drift)
        drift.append(toJson(d, report.matrix));
    QJsonArray pins;
    for (const PinCheck& c : report.unmet)
        pins.append(toJson(c));
    return {{QStringLiteral("warnings"), report.warnings()},
            {QStringLiteral("drift"), drift},
            {QStringLiteral("unmet_pins"), pins}};
}

} // namespace slipway::cli
