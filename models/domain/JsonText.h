// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace slipway {

// Appends `text` as a quoted JSON string, escaped exactly as QJsonDocument escapes it, so
// hand-written JSON (audit payloads built for thousands of rows) hashes like the rest.
void appendJsonString(QByteArray& out, const QString& text);

} // namespace slipway
