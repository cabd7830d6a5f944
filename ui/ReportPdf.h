// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace slipway::ui {

// A printed report's HTML laid out by QTextDocument on paper: A4 pages, a heading never left
// alone at the foot of a page, a table's header row again on each page it goes on to, and a
// footer line with the report's plain-text label and "Page N of M" on every page.
class ReportPdf {
public:
    struct Layout {
        QString title; // the PDF's metadata
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QMarginsF margins;          // millimetres
        qreal headingRoom = 60;     // points a heading needs below it on its page
        int deepestKeptHeading = 2; // headings of levels 2 to this one are kept with what follows
        QString footer;             // plain text, never interpreted; elided when too long
        qreal footerShare = 0.8;    // of the width, for the footer's label
        QString pageNumbers;        // "Page %1 of %2", translated by the report
    };
    // The document's HTML for a device with `pointsToPixels` device pixels per point.
    using HtmlFor = std::function<QString(qreal pointsToPixels)>;

    // DejaVu Sans without ligatures, so that "fi" stays two letters a reader (and pdftotext)
    // can search for; it has the Arabic, Hebrew and arrows the reports may hold.
    static QFont font(qreal points, bool bold = false);
    // "2026-12-07 10:55": when a report was generated, for its footer.
    static QString stamp(qint64 utcSecs);

    // The number of pages painted.
    static int paint(QPagedPaintDevice& device, const Layout& layout, const HtmlFor& html);
    static QByteArray toPdf(const Layout& layout, const HtmlFor& html, int* pages = nullptr);
    // Written complete or not at all (OutputFile).
    static Result<int> writePdf(const QString& outPath, const Layout& layout, const HtmlFor& html);
};

} // namespace slipway::ui
