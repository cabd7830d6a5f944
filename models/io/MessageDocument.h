// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextDocument>

#include <memory>

namespace slipway {

struct RenderedMessage;

// A rendered message as rich text: the subject as its title (inserted as plain text) and
// the Markdown body. It never loads a resource (no images, no files), whatever the text.
class MessageDocument : public QTextDocument {
    Q_OBJECT
public:
    explicit MessageDocument(QObject* parent = nullptr);
    MessageDocument(const QString& subject, const QString& markdown, QObject* parent = nullptr);

    void setMessage(const QString& subject, const QString& markdown);

    // The body alone, for mail parts and the clipboard.
    static QString bodyHtml(const QString& markdown);
    static QString bodyPlainText(const QString& markdown);

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    void plainLetters();
};

} // namespace slipway
