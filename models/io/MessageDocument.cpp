// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageDocument.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QUrl>

namespace slipway {
namespace {

// A document holding only the body, loading nothing.
class BodyDocument : public QTextDocument {
public:
    explicit BodyDocument(const QString& markdown) {
        setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    }

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

} // namespace

MessageDocument::MessageDocument(QObject* parent)
    : QTextDocument(parent) {
    plainLetters();
}

MessageDocument::MessageDocument(const QString& subject, const QString& markdown, QObject* parent)
    : QTextDocument(parent) {
    plainLetters();
    setMessage(subject, markdown);
}

// Without shaping, "fi" and "fl" stay two letters instead of becoming one ligature glyph,
// so a PDF of the notice can be searched and copied as typed.
void MessageDocument::plainLetters() {
    QFont font = defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    setDefaultFont(font);
}

void MessageDocument::setMessage(const QString& subject, const QString& markdown) {
    setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    setMetaInformation(QTextDocument::DocumentTitle, subject);
    QTextCursor cursor(this);
    cursor.movePosition(QTextCursor::Start);
    cursor.insertBlock();
    cursor.movePosition(QTextCursor::Start);
    QTextBlockFormat block;
    block.setHeadingLevel(1);
    block.setBottomMargin(12);
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(16);
    cursor.setBlockFormat(block);
    cursor.insertText(subject, title); // plain text: never parsed as markup
}

QString MessageDocument::bodyHtml(const QString& markdown) {
    BodyDocument doc(markdown);
    return doc.toHtml();
}

QString MessageDocument::bodyPlainText(const QString& markdown) {
    BodyDocument doc(markdown);
    return doc.toPlainText();
}

QVariant MessageDocument::loadResource(int, const QUrl&) {
    return {};
}

} // namespace slipway
