// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace slipway {

// Text from a file being parsed, made safe to put into a one-line error message: control
// characters are escaped (\n, \t, \xNN) and long text is cut. Parsers and Qt's own error
// strings quote input (an encoding name, a level), and a stray newline would split the line.
struct InputText {
    static QString singleLine(QStringView text, qsizetype maxLength = 200) {
        QString out;
        out.reserve(qMin(text.size(), maxLength) + 8);
        for (const QChar c : text) {
            if (out.size() >= maxLength) {
                out += QChar(0x2026);
                break;
            }
            if (c == u'\n')
                out += QLatin1String("\\n");
            else if (c == u'\r')
                out += QLatin1String("\\r");
            else if (c == u'\t')
                out += QLatin1String("\\t");
            else if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                     c == QChar::ParagraphSeparator)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }

    // singleLine() in double quotes, for a value quoted inside a message.
    static QString quoted(QStringView text, qsizetype maxLength = 60) {
        return u'"' + singleLine(text, maxLength) + u'"';
    }
};

} // namespace slipway
