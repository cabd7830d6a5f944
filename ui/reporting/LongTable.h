// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportHtml.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::ui {

// A table of many rows for a printed report: its header row, then each row a table of one
// row, the header again every kHeaderEvery rows. ReportPdf repeats a split table's header by
// editing the laid-out document, and each edit lays the whole document out again, so one
// long table made a report quadratic in its pages (20 s for a year of the large demo).
class LongTable {
public:
    static constexpr int kHeaderEvery = 30;

    LongTable(ReportHtml& html, const QList<int>& widths, const QStringList& titles);
    void row(const QStringList& cells);
    void end();

private:
    void header();

    ReportHtml& m_html;
    QList<int> m_widths;
    QStringList m_titles;
    int m_rows = 0;
};

} // namespace slipway::ui
