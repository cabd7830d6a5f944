// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QStringList>

namespace slipway::cli {

// slipway review start|show|save|done|reopen|action: the blameless post-implementation review
// of a release and the actions it decided on.
int runReview(const QStringList& args);
// slipway closure status|tick|na|reopen: the closure checklist and what closing still needs.
int runClosure(const QStringList& args);
// export cmdb: the configuration-management record of a closed release, as stored when it
// was closed, to FILE.csv or FILE.json.
int exportCmdb(const QCommandLineParser& parser, const FileOptions& files, const QString& dbPath,
               const QCommandLineOption& release, const QString& target);

} // namespace slipway::cli
