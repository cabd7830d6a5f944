// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DistributionList.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace slipway {

// A draft e-mail (RFC 5322 with MIME): UTF-8 multipart/alternative with a plain-text and
// an HTML part, RFC 2047 encoded headers and X-Unsent: 1, so Outlook and Thunderbird open
// it as a draft ready to send. Nothing in a subject or name can start a new header line.
class EmlWriter {
public:
    struct Message {
        QString subject;
        QString plainText;
        QString html;
        QList<Recipient> to;
        qint64 dateSecs = 0; // 0: now
    };

    static QByteArray build(const Message& message);

    // A header value: ASCII folded at spaces, else RFC 2047 B-encoded words, each line at
    // most 78 characters; CR, LF and other controls never survive.
    static QByteArray encodeHeaderText(const QString& text, int nameLength);
    static QByteArray encodeMailbox(const Recipient& recipient);
};

} // namespace slipway
