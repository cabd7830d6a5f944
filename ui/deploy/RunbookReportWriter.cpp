// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookReportWriter.h"

#include "ReportPdf.h"

#include <QCoreApplication>
#include <QPageLayout>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookReportWriter)
};

// Landscape: the steps table has nine columns, and a bridge call reads it on a screen.
ReportPdf::Layout layout(const RunbookReportWriter::Input& in) {
    ReportPdf::Layout layout;
    layout.title = Text::tr("Runbook: %1").arg(in.releaseLabel);
    layout.orientation = QPageLayout::Landscape;
    layout.margins = QMarginsF(14, 14, 14, 12);
    layout.headingRoom = 70;
    layout.deepestKeptHeading = 2;
    layout.footer = Text::tr("Slipway runbook · %1 · generated %2 UTC")
                        .arg(in.releaseLabel, ReportPdf::stamp(in.generatedAt));
    layout.footerShare = 0.8;
    layout.pageNumbers = Text::tr("Page %1 of %2");
    return layout;
}

ReportPdf::HtmlFor htmlFor(const RunbookReportWriter::Input& in) {
    return [&in](qreal pointsToPixels) {
        return RunbookReportWriter::html(in, pointsToPixels);
    };
}

} // namespace

RunbookReportWriter::Stats RunbookReportWriter::paint(const Input& input,
                                                      QPagedPaintDevice& device) {
    return Stats{ReportPdf::paint(device, layout(input), htmlFor(input))};
}

QByteArray RunbookReportWriter::toPdf(const Input& input, Stats* stats) {
    int pages = 0;
    QByteArray bytes = ReportPdf::toPdf(layout(input), htmlFor(input), &pages);
    if (stats)
        *stats = Stats{pages};
    return bytes;
}

Result<RunbookReportWriter::Stats> RunbookReportWriter::writePdf(const Input& input,
                                                                 const QString& outPath) {
    auto pages = ReportPdf::writePdf(outPath, layout(input), htmlFor(input));
    if (!pages)
        return pages.error();
    return Stats{pages.value()};
}

} // namespace slipway::ui
