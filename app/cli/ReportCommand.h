// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace slipway::cli {

// The options of `slipway report` the period reports read.
struct PeriodReportOptions {
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption service;
    QCommandLineOption team;
    QCommandLineOption out;
};

// report adherence: the deviations of a period with their corrective actions, as PDF or CSV.
int writeAdherenceReport(const QCommandLineParser& parser, const QString& dbPath,
                         const PeriodReportOptions& options);
// report service: the service report of a period, for a service or a team, as PDF or CSV.
int writeServiceReport(const QCommandLineParser& parser, const QString& dbPath,
                       const PeriodReportOptions& options);

// Shared by both: --out (a .pdf or .csv) and the period [--from, --to); on a usage error it is
// reported and `exitCode` set.
struct ReportPeriodArgs {
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    QString target;
};
std::optional<ReportPeriodArgs> periodArgs(const QCommandLineParser& parser,
                                           const PeriodReportOptions& options, int* exitCode);

} // namespace slipway::cli
