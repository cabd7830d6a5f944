// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DistributionList.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

struct RenderedMessage;

// Writes a rendered message as PDF, .eml draft or Markdown; each file appears complete or
// not at all.
class MessageExporter {
public:
    enum class Format { Pdf, Eml, Markdown };
    static std::optional<Format> formatFromKey(const QString& key); // "pdf", "eml", "md"
    static QString suffix(Format format);

    static Result<void> write(Format format, const QString& path, const RenderedMessage& message,
                              const QList<Recipient>& to = {});

    static Result<void> writePdf(const QString& path, const QString& subject,
                                 const QString& markdown);
    static QByteArray eml(const QString& subject, const QString& markdown,
                          const QList<Recipient>& to);
    static QString markdownFile(const QString& subject, const QString& markdown);
};

} // namespace slipway
