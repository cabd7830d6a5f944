// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmlWriter.h"

#include "MessageRenderer.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

namespace slipway {
namespace {

bool isPlainAscii(const QString& text) {
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return !text.contains(QStringLiteral("=?"));
}

// Encoded words of at most 75 characters, split on whole UTF-8 characters.
QList<QByteArray> encodedWords(const QString& text) {
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 39) // 52 base64 characters: fits after "Subject: "
            flush();
        chunk += bytes;
    }
    flush();
    return words;
}

QByteArray base64Lines(const QByteArray& data) {
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray rfc5322Date(qint64 secs) {
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000";
}

} // namespace

QByteArray EmlWriter::encodeHeaderText(const QString& raw, int nameLength) {
    const QString text = MessageRenderer::oneLine(raw);
    QList<QByteArray> words;
    if (isPlainAscii(text)) {
        for (const QString& w : text.split(u' ', Qt::SkipEmptyParts))
            words << w.toLatin1();
    } else {
        words = encodedWords(text);
    }
    QByteArray out;
    int lineLength = nameLength + 2; // "Subject: "
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0) {
            if (lineLength + 1 + words[i].size() > 78) {
                out += "\r\n ";
                lineLength = 1;
            } else {
                out += ' ';
                lineLength += 1;
            }
        }
        out += words[i];
        lineLength += int(words[i].size());
    }
    return out;
}

QByteArray EmlWriter::encodeMailbox(const Recipient& r) {
    const QByteArray address = r.address.toLatin1();
    const QString name = MessageRenderer::oneLine(r.name);
    if (name.isEmpty())
        return "<" + address + ">";
    if (isPlainAscii(name)) {
        QByteArray quoted = name.toLatin1();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        return "\"" + quoted + "\" <" + address + ">";
    }
    return encodedWords(name).join(' ') + " <" + address + ">";
}

QByteArray EmlWriter::build(const Message& m) {
    const qint64 date = m.dateSecs > 0 ? m.dateSecs : QDateTime::currentSecsSinceEpoch();
    const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    const QByteArray boundary = "=_slipway_" + id;
    QByteArray out;
    QList<QByteArray> to;
    for (const Recipient& r : m.to)
        if (isPlainAddress(r.address))
            to << encodeMailbox(r);
    if (!to.isEmpty())
        out += "To: " + to.join(",\r\n ") + "\r\n";
    out += "Subject: " + encodeHeaderText(m.subject, 7) + "\r\n";
    out += "Date: " + rfc5322Date(date) + "\r\n";
    out += "Message-ID: <" + id + "@slipway.invalid>\r\n";
    out += "X-Unsent: 1\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "This is a message in MIME format.\r\n";
    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(m.plainText.toUtf8());
    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Type: text/html; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(m.html.toUtf8());
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

} // namespace slipway
