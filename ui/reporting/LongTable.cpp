// SPDX-License-Identifier: GPL-3.0-or-later
#include "LongTable.h"

namespace slipway::ui {

LongTable::LongTable(ReportHtml& html, const QList<int>& widths, const QStringList& titles)
    : m_html(html)
    , m_widths(widths)
    , m_titles(titles) {
    header();
}

void LongTable::header() {
    m_html.beginTable(m_widths, m_titles);
    m_html.raw(QStringLiteral("</table>"));
}

void LongTable::row(const QStringList& cells) {
    if (m_rows > 0 && m_rows % kHeaderEvery == 0)
        header();
    m_html.raw(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                              "border=\"0\" style=\"border-collapse:collapse;\">")
                   .arg(m_html.px(2.5)));
    m_html.row(cells);
    m_html.raw(QStringLiteral("</table>"));
    ++m_rows;
}

// The small paragraph ReportHtml::endTable leaves after a table.
void LongTable::end() {
    m_html.raw(QStringLiteral("<p style=\"font-size:5pt; margin-top:0px; margin-bottom:0px;\">"
                              "&nbsp;</p>"));
}

} // namespace slipway::ui
