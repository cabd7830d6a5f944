// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::ui {

// Small pieces of report HTML, for the reports' sources to use unqualified.
namespace reporthtml {
// User text as HTML: escaped, its line breaks kept.
QString esc(const QString& text);
QString dash();
QString orDash(const QString& escaped);
QString utc(qint64 secs, const QString& format = QStringLiteral("ddd d MMM yyyy HH:mm"));
QString coloured(const QString& colour, const QString& html, bool bold = false);
QString small(const QString& html);
} // namespace reporthtml

// The building blocks the printed reports share, as HTML for QTextDocument: headings,
// paragraphs and tables with a dark header row and banded rows, sized in points for the
// device. Everything passed in is HTML already: the caller escapes what came from the file
// (esc()).
class ReportHtml {
public:
    // The reports' palette.
    static QString ink();
    static QString faint();
    static QString rule();
    static QString band();
    static QString accent();
    static QString red();
    static QString amber();
    static QString green();

    explicit ReportHtml(qreal pointsToPixels)
        : m_px(pointsToPixels) {}

    QString px(qreal points) const;
    void heading(const QString& text);
    void subheading(const QString& text);
    void paragraph(const QString& html, const QString& colour = ink(), qreal points = 9.5);
    // A table of `widths` (percent) under a header row.
    void beginTable(const QList<int>& widths, const QStringList& titles);
    void row(const QStringList& cells, const QString& background = {});
    void endTable();
    void raw(const QString& html) { m_out += html; }
    QString text() const { return m_out; }

private:
    qreal m_px;
    QString m_out;
    QList<int> m_widths;
    int m_row = 0;
};

} // namespace slipway::ui
