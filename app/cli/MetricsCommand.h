// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"
#include "domain/Result.h"

#include <QStringList>

namespace slipway::cli {

// slipway metrics define|list|compare: service metrics and the baseline verdicts of a release.
int runMetrics(const QStringList& args);

// slipway import metrics … FILE | --from-prometheus URL …: a metric's samples from a CSV
// file, a saved Prometheus response or a live query_range. `args` start with the program and
// "metrics".
int importMetrics(const QStringList& args);

// A refusal of the metric service: a role or a stale row (exit 1), else bad input (2).
int metricRefused(const QString& command, const Error& error);

} // namespace slipway::cli
