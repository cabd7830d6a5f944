// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageExporter.h"

#include "EmlWriter.h"
#include "MessageDocument.h"
#include "MessageRenderer.h"
#include "OutputFile.h"
#include "domain/InputText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MessageExporter)
};

Error writeError(const QString& path, const QString& why) {
    return {Error::Kind::Io, Text::tr("%1 could not be written (%2); nothing was left behind.")
                                 .arg(QDir::toNativeSeparators(path), why)};
}

} // namespace

std::optional<MessageExporter::Format> MessageExporter::formatFromKey(const QString& key) {
    if (key == u"pdf")
        return Format::Pdf;
    if (key == u"eml")
        return Format::Eml;
    if (key == u"md" || key == u"markdown")
        return Format::Markdown;
    return std::nullopt;
}

QString MessageExporter::suffix(Format format) {
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Eml:
        return QStringLiteral("eml");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

Result<void> MessageExporter::write(Format format, const QString& path, const RenderedMessage& m,
                                    const QList<Recipient>& to) {
    switch (format) {
    case Format::Pdf:
        return writePdf(path, m.subject, m.markdown);
    case Format::Eml:
        // A draft that silently lacks a recipient would be sent short: refuse instead.
        for (const Recipient& r : to) {
            if (!isPlainAddress(r.address))
                return writeError(path, Text::tr("%1 is not an e-mail address; correct the "
                                                 "distribution list first")
                                            .arg(InputText::quoted(r.address)));
        }
        return OutputFile::write(path, eml(m.subject, m.markdown, to));
    case Format::Markdown:
        return OutputFile::write(path, markdownFile(m.subject, m.markdown).toUtf8());
    }
    return {};
}

Result<void> MessageExporter::writePdf(const QString& path, const QString& subject,
                                       const QString& markdown) {
    // Drawn in memory, then written through OutputFile: complete or nothing.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4)); // first: the layout depends on it
        writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        writer.setTitle(subject);
        writer.setCreator(QStringLiteral("Slipway"));
        MessageDocument doc(subject, markdown);
        QFont font = doc.defaultFont();
        font.setPointSizeF(10.5);
        doc.setDefaultFont(font);
        doc.print(&writer);
    }
    if (bytes.isEmpty())
        return writeError(path, Text::tr("the PDF could not be drawn"));
    return OutputFile::write(path, bytes);
}

QByteArray MessageExporter::eml(const QString& subject, const QString& markdown,
                                const QList<Recipient>& to) {
    EmlWriter::Message m;
    m.subject = subject;
    m.plainText = MessageDocument::bodyPlainText(markdown);
    m.html = MessageDocument::bodyHtml(markdown);
    m.to = to;
    return EmlWriter::build(m);
}

QString MessageExporter::markdownFile(const QString& subject, const QString& markdown) {
    return QStringLiteral("# ") + MessageRenderer::escapeMarkdown(subject) +
           QStringLiteral("\n\n") + markdown;
}

} // namespace slipway
