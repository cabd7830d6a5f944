// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8Check.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstring>

namespace slipway {

// ASCII runs are checked 8 bytes at a time.
qsizetype Utf8Check::firstBadByte(const char* data, qsizetype size) {
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, p + i, 8);
            // No high bit and no zero byte in any of the eight.
            const bool ascii = (chunk & 0x8080808080808080ull) == 0;
            const bool noZero =
                ((chunk - 0x0101010101010101ull) & ~chunk & 0x8080808080808080ull) == 0;
            if (ascii && noZero) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size) // cut off by the end of the file
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += extra + 1;
    }
    return -1;
}

int Utf8Check::lineOf(const QByteArray& data, qsizetype offset) {
    return int(QByteArrayView(data.constData(), offset).count('\n')) + 1;
}

} // namespace slipway
