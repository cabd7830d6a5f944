// SPDX-License-Identifier: GPL-3.0-or-later
#include "Login.h"

namespace slipway {

bool sameLogin(const QString& a, const QString& b) {
    const QString left = a.trimmed();
    return !left.isEmpty() && left.compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString loginKey(const QString& login) {
    return login.trimmed().toCaseFolded();
}

} // namespace slipway
