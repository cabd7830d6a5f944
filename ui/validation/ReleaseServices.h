// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace slipway {
class Document;
}

namespace slipway::ui {

// The services a release deploys and its product, by id, with their names: what a check or a
// metric of the release may be about. Empty when the release or the names cannot be read.
QHash<qint64, QString> releaseServiceNames(Document& document, qint64 releaseId);

} // namespace slipway::ui
