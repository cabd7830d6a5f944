// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookReportWriter.h"

#include "io/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

#include <cmath>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookReportWriter)
};

// The report's typeface; no ligatures, so "fi" stays two letters a reader (and pdftotext) can
// search for. DejaVu has the Arabic, Hebrew and arrows the runbooks hold.
QFont reportFont(qreal points, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void footer(QPainter& p, QPagedPaintDevice& device, const RunbookReportWriter::Input& in, qreal top,
            qreal width, qreal u, int page, int pages) {
    p.save();
    p.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 0.6 * u));
    p.drawLine(QPointF(0, top), QPointF(width, top));
    const QFont small = reportFont(7);
    p.setFont(small);
    p.setPen(QColor(0x6b, 0x72, 0x80));
    const QString generated = QDateTime::fromSecsSinceEpoch(in.generatedAt, Qt::UTC)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    // Drawn as plain text, never interpreted; a long label is elided, not run into the page
    // number.
    const QString left =
        Text::tr("Slipway runbook · %1 · generated %2 UTC").arg(in.releaseLabel, generated);
    const QFontMetricsF metrics(small, &device);
    p.drawText(QRectF(0, top + 3 * u, width * 0.8, 10 * u), Qt::AlignLeft | Qt::TextSingleLine,
               metrics.elidedText(left, Qt::ElideMiddle, width * 0.8));
    p.setFont(reportFont(7, true));
    p.setPen(QColor(0x1f, 0x29, 0x37));
    p.drawText(QRectF(0, top + 3 * u, width, 10 * u), Qt::AlignRight | Qt::TextSingleLine,
               Text::tr("Page %1 of %2").arg(page).arg(pages));
    p.restore();
}

// Landscape: the steps table has nine columns, and a bridge call reads it on a screen.
qreal rowTop(QTextDocument& doc, QTextTable* table, int row) {
    return doc.documentLayout()
        ->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block())
        .top();
}

// A section heading with less than `room` below it on its page starts the next page instead,
// so that it is never left alone at the foot of a page, its table overleaf.
void keepWithNext(QTextDocument& doc, QTextBlock block, qreal pageHeight, qreal room) {
    const QRectF r = doc.documentLayout()->blockBoundingRect(block);
    const qreal pageBottom = (std::floor(r.top() / pageHeight) + 1) * pageHeight;
    if (pageBottom - r.bottom() >= room)
        return;
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    // Qt lays out again only the changed part; what follows could keep stale positions.
    doc.markContentsDirty(block.position(), doc.characterCount() - block.position());
}

// The table's header row again at the top of each page it goes on to. (Qt's own repeated
// header rows, <thead>, put the block after a table split over pages on top of its last rows.)
void repeatHeaderRow(QTextDocument& doc, QTextTable* table, qreal pageHeight) {
    int page = int(std::floor(rowTop(doc, table, 0) / pageHeight));
    for (int row = 1; row < table->rows(); ++row) {
        const int rowPage = int(std::floor(rowTop(doc, table, row) / pageHeight));
        if (rowPage == page)
            continue;
        page = rowPage;
        table->insertRows(row, 1);
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell header = table->cellAt(0, c);
            QTextCursor from = header.firstCursorPosition();
            from.setPosition(header.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            QTextTableCell copy = table->cellAt(row, c);
            copy.setFormat(header.format());
            copy.firstCursorPosition().insertFragment(from.selection());
        }
        ++row; // the row that moved down stays on this page, under its header
        doc.markContentsDirty(table->firstPosition(),
                              doc.characterCount() - table->firstPosition());
    }
}

// Page breaks for paper, first to last: each change only moves what comes after it.
void paginate(QTextDocument& doc, qreal pageHeight, qreal headingRoom) {
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            if (table->rows() > 1)
                repeatHeaderRow(doc, table, pageHeight);
        } else if (it.currentBlock().isValid() &&
                   it.currentBlock().blockFormat().headingLevel() == 2) {
            keepWithNext(doc, it.currentBlock(), pageHeight, headingRoom);
        }
    }
}

void setUp(QPdfWriter& writer, const RunbookReportWriter::Input& in) {
    writer.setResolution(300);
    writer.setTitle(Text::tr("Runbook: %1").arg(in.releaseLabel));
    writer.setCreator(QStringLiteral("Slipway"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter));
}

} // namespace

RunbookReportWriter::Stats RunbookReportWriter::paint(const Input& input,
                                                      QPagedPaintDevice& device) {
    const qreal u = device.logicalDpiY() / 72.0; // device pixels per point
    const qreal width = device.width();
    const qreal footerRoom = 20 * u;
    const qreal bodyHeight = device.height() - footerRoom;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(reportFont(9));
    doc.setDocumentMargin(0);
    // A long unbroken string (a URL, a hash) wraps anywhere rather than widening its column.
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setHtml(html(input, u));
    doc.setPageSize(QSizeF(width, bodyHeight));
    paginate(doc, bodyHeight, 70 * u);
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
        footer(painter, device, input, bodyHeight + 6 * u, width, u, page + 1, pages);
    }
    painter.end();
    return Stats{pages};
}

QByteArray RunbookReportWriter::toPdf(const Input& input, Stats* stats) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, input);
        const Stats done = paint(input, writer);
        if (stats)
            *stats = done;
    }
    return bytes;
}

Result<RunbookReportWriter::Stats> RunbookReportWriter::writePdf(const Input& input,
                                                                 const QString& outPath) {
    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    Stats stats;
    {
        QPdfWriter writer(&file.device());
        setUp(writer, input);
        stats = paint(input, writer);
    }
    if (auto done = file.commit(); !done)
        return done.error();
    return stats;
}

} // namespace slipway::ui
