// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

#include <QDateTime>

namespace slipway::ui {

QString ReportHtml::ink() {
    return QStringLiteral("#1f2937");
}

QString ReportHtml::faint() {
    return QStringLiteral("#6b7280");
}

QString ReportHtml::rule() {
    return QStringLiteral("#d1d5db");
}

QString ReportHtml::band() {
    return QStringLiteral("#f3f4f6");
}

QString ReportHtml::accent() {
    return QStringLiteral("#1d4ed8");
}

QString ReportHtml::red() {
    return QStringLiteral("#b91c1c");
}

QString ReportHtml::amber() {
    return QStringLiteral("#b45309");
}

QString ReportHtml::green() {
    return QStringLiteral("#15803d");
}

QString reporthtml::esc(const QString& text) {
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    out.replace(u'\n', QLatin1String("<br>"));
    out.replace(u'\r', QLatin1String("<br>"));
    return out;
}

QString reporthtml::dash() {
    return QStringLiteral("—");
}

QString reporthtml::orDash(const QString& escaped) {
    return escaped.isEmpty() ? reporthtml::dash() : escaped;
}

QString reporthtml::utc(qint64 secs, const QString& format) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(format);
}

QString reporthtml::coloured(const QString& colour, const QString& html, bool bold) {
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(colour, bold ? QStringLiteral(" font-weight:bold;") : QString(), html);
}

QString reporthtml::small(const QString& html) {
    return QStringLiteral("<span style=\"color:%1; font-size:7pt;\">%2</span>")
        .arg(ReportHtml::faint(), html);
}

QString ReportHtml::px(qreal points) const {
    return QString::number(qRound(points * m_px));
}

void ReportHtml::heading(const QString& text) {
    m_out += QStringLiteral("<h2 style=\"color:%1; font-size:13pt; margin-top:%2px; "
                            "margin-bottom:%3px;\">%4</h2>")
                 .arg(ink(), px(14), px(4), text);
}

void ReportHtml::subheading(const QString& text) {
    m_out += QStringLiteral("<h3 style=\"color:%1; font-size:10pt; margin-top:%2px; "
                            "margin-bottom:%3px;\">%4</h3>")
                 .arg(ink(), px(8), px(2), text);
}

void ReportHtml::paragraph(const QString& html, const QString& colour, qreal points) {
    m_out += QStringLiteral("<p style=\"color:%1; font-size:%2pt; margin-top:0px; "
                            "margin-bottom:%3px;\">%4</p>")
                 .arg(colour)
                 .arg(points)
                 .arg(px(4))
                 .arg(html);
}

void ReportHtml::beginTable(const QList<int>& widths, const QStringList& titles) {
    m_widths = widths;
    m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                            "border=\"0\" style=\"border-collapse:collapse;\"><tr>")
                 .arg(px(2.5));
    for (int i = 0; i < titles.size(); ++i)
        m_out += QStringLiteral("<th width=\"%1%\" align=\"left\" bgcolor=\"%2\" "
                                "style=\"color:white; font-size:8pt;\">%3</th>")
                     .arg(widths.value(i))
                     .arg(ink(), titles[i]);
    m_out += QStringLiteral("</tr>");
    m_row = 0;
}

void ReportHtml::row(const QStringList& cells, const QString& background) {
    const QString bg = !background.isEmpty() ? background : (m_row % 2 ? band() : QString());
    m_out += QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        m_out += QStringLiteral("<td width=\"%1%\" valign=\"top\"%2 style=\"font-size:8pt; "
                                "color:%3; border-bottom:1px solid %4;\">%5</td>")
                     .arg(m_widths.value(i))
                     .arg(bg.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(bg),
                          ink(), rule(), cells[i]);
    m_out += QStringLiteral("</tr>");
    ++m_row;
}

// A small paragraph after each table: Qt lays the block after a table split over pages out
// flush against its last row, margins ignored.
void ReportHtml::endTable() {
    m_out += QStringLiteral("</table><p style=\"font-size:5pt; margin-top:0px; "
                            "margin-bottom:0px;\">&nbsp;</p>");
}

} // namespace slipway::ui
