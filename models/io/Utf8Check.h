// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace slipway {

// Strict UTF-8 for text files Slipway imports (CSV, iCalendar): every importer refuses the
// same bytes, naming the line, instead of storing U+FFFD.
struct Utf8Check {
    // Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points
    // past U+10FFFF included) or is NUL; -1 when the text is clean.
    static qsizetype firstBadByte(const char* data, qsizetype size);
    // The 1-based line holding `offset`.
    static int lineOf(const QByteArray& data, qsizetype offset);
};

} // namespace slipway
