// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace slipway {

// Line and column (both from 1, the column in bytes) of a byte offset, for parse errors
// that only know the offset (QJsonParseError::offset).
struct TextPosition {
    qsizetype line = 1;
    qsizetype column = 1;

    static TextPosition ofOffset(const QByteArray& data, qsizetype offset) {
        offset = qBound<qsizetype>(0, offset, data.size());
        const QByteArrayView before(data.constData(), offset);
        return TextPosition{before.count('\n') + 1, offset - before.lastIndexOf('\n')};
    }
};

} // namespace slipway
