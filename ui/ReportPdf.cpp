// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdf.h"

#include "io/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

#include <cmath>

namespace slipway::ui {
namespace {

void footer(QPainter& p, QPagedPaintDevice& device, const ReportPdf::Layout& layout, qreal top,
            qreal width, qreal u, int page, int pages) {
    p.save();
    p.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 0.6 * u));
    p.drawLine(QPointF(0, top), QPointF(width, top));
    const QFont small = ReportPdf::font(7);
    p.setFont(small);
    p.setPen(QColor(0x6b, 0x72, 0x80));
    const qreal share = width * layout.footerShare;
    const QFontMetricsF metrics(small, &device);
    p.drawText(QRectF(0, top + 3 * u, share, 10 * u), Qt::AlignLeft | Qt::TextSingleLine,
               metrics.elidedText(layout.footer, Qt::ElideMiddle, share));
    p.setFont(ReportPdf::font(7, true));
    p.setPen(QColor(0x1f, 0x29, 0x37));
    p.drawText(QRectF(0, top + 3 * u, width, 10 * u), Qt::AlignRight | Qt::TextSingleLine,
               layout.pageNumbers.arg(page).arg(pages));
    p.restore();
}

// Each table's first row is its header row, which Qt paints again at the top of each page the
// table goes on to, and lays the rows there out below it. Set while the document has no page
// size, so that it costs no layout. (Copying the header row into the table at each page break
// laid the whole document out again per page: quadratic in a long table's pages.)
void markHeaderRows(QTextDocument& doc) {
    QTextCursor batch(&doc);
    batch.beginEditBlock();
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        auto* table = qobject_cast<QTextTable*>(it.currentFrame());
        if (!table || table->rows() < 2)
            continue;
        QTextTableFormat format = table->format();
        format.setHeaderRowCount(1);
        // Collapsed borders cost Qt time per row of the table for every row laid out and every
        // page painted (4,000 rows: 3.6 s of layout and 3.9 s of painting, against 0.7 s and
        // 0.8 s); with no cell spacing and rules only at cells' feet they look the same.
        format.setBorderCollapse(false);
        table->setFormat(format);
    }
    batch.endEditBlock();
}

// A heading with less than `room` below it on its page starts the next page instead, so that
// it is never left alone at the foot of a page, its table overleaf.
void keepWithNext(QTextDocument& doc, const QTextBlock& block, qreal pageHeight, qreal room) {
    const QRectF r = doc.documentLayout()->blockBoundingRect(block);
    const qreal pageBottom = (std::floor(r.top() / pageHeight) + 1) * pageHeight;
    if (pageBottom - r.bottom() >= room)
        return;
    QTextCursor cursor(block);
    // One edit, so that the document after the heading is laid out once, not twice.
    cursor.beginEditBlock();
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    // Qt lays out again only the changed part; what follows could keep stale positions.
    doc.markContentsDirty(block.position(), doc.characterCount() - block.position());
    cursor.endEditBlock();
}

// Page breaks for paper, first to last: each change only moves what comes after it.
void keepHeadingsWithNext(QTextDocument& doc, qreal pageHeight, qreal headingRoom,
                          int deepestKept) {
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame() || !it.currentBlock().isValid())
            continue;
        const int level = it.currentBlock().blockFormat().headingLevel();
        if (level >= 2 && level <= deepestKept)
            keepWithNext(doc, it.currentBlock(), pageHeight, headingRoom);
    }
}

void setUp(QPdfWriter& writer, const ReportPdf::Layout& layout) {
    writer.setResolution(300);
    writer.setTitle(layout.title);
    writer.setCreator(QStringLiteral("Slipway"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), layout.orientation, layout.margins,
                                     QPageLayout::Millimeter));
}

} // namespace

QFont ReportPdf::font(qreal points, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString ReportPdf::stamp(qint64 utcSecs) {
    return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int ReportPdf::paint(QPagedPaintDevice& device, const Layout& layout, const HtmlFor& html) {
    const qreal u = device.logicalDpiY() / 72.0; // device pixels per point
    const qreal width = device.width();
    const qreal footerRoom = 20 * u;
    const qreal bodyHeight = device.height() - footerRoom;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    // A page size of 0 × 0 until the HTML is read and the header rows are marked: with any
    // other (the default is -1 × -1), Qt lays the whole document out after each of those.
    doc.setPageSize(QSizeF(0, 0));
    doc.setDefaultFont(font(9));
    doc.setDocumentMargin(0);
    // A long unbroken string (a URL, a hash) wraps anywhere rather than widening its column.
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setHtml(html(u));
    markHeaderRows(doc);
    doc.setPageSize(QSizeF(width, bodyHeight));
    keepHeadingsWithNext(doc, bodyHeight, layout.headingRoom * u, layout.deepestKeptHeading);
    const int pages = qMax(1, doc.pageCount());

    QPainter painter(&device);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        footer(painter, device, layout, bodyHeight + 6 * u, width, u, page + 1, pages);
    }
    painter.end();
    return pages;
}

QByteArray ReportPdf::toPdf(const Layout& layout, const HtmlFor& html, int* pages) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, layout);
        const int done = paint(writer, layout, html);
        if (pages)
            *pages = done;
    }
    return bytes;
}

Result<int> ReportPdf::writePdf(const QString& outPath, const Layout& layout, const HtmlFor& html) {
    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    int pages = 0;
    {
        QPdfWriter writer(&file.device());
        setUp(writer, layout);
        pages = paint(writer, layout, html);
    }
    if (auto done = file.commit(); !done)
        return done.error();
    return pages;
}

} // namespace slipway::ui
