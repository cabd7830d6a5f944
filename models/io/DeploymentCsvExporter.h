// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Deployment.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// "Who deployed what, when, under which ticket": one row per deployment record, newest first.
class DeploymentCsvExporter {
public:
    static QStringList header();
    static Result<qint64> write(const QList<Deployment>& rows, const QString& outPath);
    static Result<qint64> exportAll(Database& db, const QString& outPath,
                                    const DeploymentFilter& filter = {});
};

} // namespace slipway
