// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace slipway::cli {

struct FileOptions;

// slipway incidents list|correlate: imported incidents and those tied to a release.
int runIncidents(const QStringList& args);
// slipway feedback add|list: support teams' feedback on a release.
int runFeedback(const QStringList& args);
// import csv --kind incidents: a service-desk export, checked whole, then written in one
// transaction (or, with `skipInvalid`, its valid rows). `timeZone` (an IANA name, or empty for
// UTC) is the zone of times the file writes without one.
int importIncidentsCsv(const QCommandLineParser& parser, const FileOptions& files,
                       const QString& dbPath, const QString& input, const QString& ticket,
                       const QString& mapSpec, bool skipInvalid, const QString& timeZone);

} // namespace slipway::cli
