// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseServices.h"

#include "services/BlackoutService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"

namespace slipway::ui {

QHash<qint64, QString> releaseServiceNames(Document& document, qint64 releaseId) {
    QHash<qint64, QString> out;
    auto release = document.releases().find(releaseId);
    auto names = document.scheduling().blackouts().serviceNames();
    if (!release || !names)
        return out;
    for (qint64 id : release->serviceIds)
        out.insert(id, names->value(id));
    if (release->productId)
        out.insert(release->productId, names->value(release->productId));
    return out;
}

} // namespace slipway::ui
