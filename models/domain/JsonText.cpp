// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

namespace slipway {

// QJsonDocument's string escaping, written straight as UTF-8: the short escapes, \u00XX for
// other control characters, \uXXXX for a surrogate without its pair, the rest as UTF-8.
void appendJsonString(QByteArray& out, const QString& text) {
    static const char hex[] = "0123456789abcdef";
    const auto* p = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = text.size();
    // Worst case six bytes per UTF-16 unit (\u00XX); written through a pointer, then cut.
    const qsizetype from = out.size();
    out.resize(from + 6 * n + 2);
    char* w = out.data() + from;
    *w++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *w++ = char(c);
                continue;
            }
            *w++ = '\\';
            switch (c) {
            case u'"':
                *w++ = '"';
                break;
            case u'\\':
                *w++ = '\\';
                break;
            case 0x08:
                *w++ = 'b';
                break;
            case 0x0c:
                *w++ = 'f';
                break;
            case 0x0a:
                *w++ = 'n';
                break;
            case 0x0d:
                *w++ = 'r';
                break;
            case 0x09:
                *w++ = 't';
                break;
            default:
                *w++ = 'u';
                *w++ = '0';
                *w++ = '0';
                *w++ = hex[c >> 4];
                *w++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *w++ = char(0xc0 | (c >> 6));
            *w++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, p[++i]);
            *w++ = char(0xf0 | (u >> 18));
            *w++ = char(0x80 | ((u >> 12) & 0x3f));
            *w++ = char(0x80 | ((u >> 6) & 0x3f));
            *w++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            *w++ = '\\';
            *w++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *w++ = hex[(c >> shift) & 0xf];
        } else {
            *w++ = char(0xe0 | (c >> 12));
            *w++ = char(0x80 | ((c >> 6) & 0x3f));
            *w++ = char(0x80 | (c & 0x3f));
        }
    }
    *w++ = '"';
    out.truncate(w - out.constData());
}

} // namespace slipway
