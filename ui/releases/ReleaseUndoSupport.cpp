// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseUndoSupport.h"

#include "services/ReleaseService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace slipway::ui {
namespace {

QJsonObject content(const Release& r) {
    QJsonObject json = toJson(r);
    json.remove(QStringLiteral("row_version"));
    return json;
}

} // namespace

Result<qint64> versionIfUnchanged(ReleaseService& service, const Release& expected) {
    auto stored = service.find(expected.id);
    if (!stored)
        return stored.error();
    if (content(stored.value()) == content(expected))
        return stored->rowVersion;
    const QString when = QLocale().toString(stored->updatedAt.toLocalTime(), QLocale::ShortFormat);
    return Error{Error::Kind::Stale, QCoreApplication::translate(
                                         "ReleaseCommand", "“%1” was changed by %2 at %3 — reload")
                                         .arg(stored->name, stored->updatedBy, when)};
}

} // namespace slipway::ui
