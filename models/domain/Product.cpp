// SPDX-License-Identifier: GPL-3.0-or-later
#include "Product.h"

namespace slipway {

QJsonObject toJson(const Product& p) {
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("version_scheme"), p.schemeKey},
        {QStringLiteral("row_version"), p.rowVersion},
    };
}

} // namespace slipway
