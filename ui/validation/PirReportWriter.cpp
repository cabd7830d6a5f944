// SPDX-License-Identifier: GPL-3.0-or-later
#include "PirReportWriter.h"

#include "io/OutputFile.h"
#include "services/ClosureService.h"
#include "services/DeploymentService.h"
#include "services/FeedbackService.h"
#include "services/IncidentService.h"
#include "services/MetricService.h"
#include "services/ReleaseService.h"
#include "services/ValidationCheckService.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
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

#include <algorithm>
#include <cmath>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PirReportWriter)
};

// No ligatures, so that "fi" stays two letters a reader (and pdftotext) can search for.
QFont reportFont(qreal points, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void footer(QPainter& p, QPagedPaintDevice& device, const PirReportWriter::Input& in, qreal top,
            qreal width, qreal u, int page, int pages) {
    p.save();
    p.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 0.6 * u));
    p.drawLine(QPointF(0, top), QPointF(width, top));
    const QFont small = reportFont(7);
    p.setFont(small);
    p.setPen(QColor(0x6b, 0x72, 0x80));
    const QString generated = QDateTime::fromSecsSinceEpoch(in.generatedAt, Qt::UTC)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    // Plain text, never interpreted; a long label is elided rather than run into the number.
    QString left = Text::tr("Post-implementation review · %1 · generated %2 UTC")
                       .arg(in.releaseLabel, generated);
    if (!in.review.isDone())
        left = Text::tr("DRAFT") + QStringLiteral(" · ") + left;
    const QFontMetricsF metrics(small, &device);
    p.drawText(QRectF(0, top + 3 * u, width * 0.78, 10 * u), Qt::AlignLeft | Qt::TextSingleLine,
               metrics.elidedText(left, Qt::ElideMiddle, width * 0.78));
    p.setFont(reportFont(7, true));
    p.setPen(QColor(0x1f, 0x29, 0x37));
    p.drawText(QRectF(0, top + 3 * u, width, 10 * u), Qt::AlignRight | Qt::TextSingleLine,
               Text::tr("Page %1 of %2").arg(page).arg(pages));
    p.restore();
}

qreal rowTop(QTextDocument& doc, QTextTable* table, int row) {
    return doc.documentLayout()
        ->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block())
        .top();
}

// A table that goes on to another page shows its header row again at the top of it.
void repeatHeader(QTextDocument& doc, QTextTable* table, qreal pageHeight) {
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
        ++row; // the row that moved down stays under its header
        doc.markContentsDirty(table->firstPosition(),
                              doc.characterCount() - table->firstPosition());
    }
}

// A heading with too little room under it on its page starts the next page instead.
void keepWithNext(QTextDocument& doc, const QTextBlock& block, qreal pageHeight, qreal room) {
    const QRectF r = doc.documentLayout()->blockBoundingRect(block);
    const qreal pageBottom = (std::floor(r.top() / pageHeight) + 1) * pageHeight;
    if (pageBottom - r.bottom() >= room)
        return;
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    doc.markContentsDirty(block.position(), doc.characterCount() - block.position());
}

// Page breaks for paper, first to last: each change moves only what comes after it.
void paginate(QTextDocument& doc, qreal pageHeight, qreal headingRoom) {
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            if (table->rows() > 1)
                repeatHeader(doc, table, pageHeight);
        } else if (it.currentBlock().isValid()) {
            const int level = it.currentBlock().blockFormat().headingLevel();
            if (level == 2 || level == 3)
                keepWithNext(doc, it.currentBlock(), pageHeight, headingRoom);
        }
    }
}

void setUp(QPdfWriter& writer, const PirReportWriter::Input& in) {
    writer.setResolution(300);
    writer.setTitle(Text::tr("Post-implementation review — %1").arg(in.releaseLabel));
    writer.setCreator(QStringLiteral("Slipway"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
}

} // namespace

Result<PirReportWriter::Input> PirReportWriter::load(Database& db, const Session& session,
                                                     qint64 releaseId, qint64 nowUtc) {
    Input in;
    in.generatedAt = nowUtc;
    auto release = ReleaseService(db, session).find(releaseId);
    if (!release)
        return release.error();
    in.release = release.value();
    in.releaseLabel = releaseLabel(in.release.name, in.release.version);
    ReviewService reviews(db, session);
    auto review = reviews.forRelease(releaseId);
    if (!review)
        return review.error();
    if (!review->has_value())
        return Error{Error::Kind::Refused,
                     Text::tr("%1 has no post-implementation review yet; start one with "
                              "`slipway review start` or on the After release screen")
                         .arg(in.releaseLabel)};
    in.review = review->value();
    if (auto required = reviews.isRequired(releaseId))
        in.reviewRequired = required.value();
    auto actions = reviews.actions(releaseId);
    if (!actions)
        return actions.error();
    in.actions = actions.value();
    auto timeline = reviews.timeline(releaseId);
    if (!timeline)
        return timeline.error();
    in.timeline = timeline.value();

    DeploymentFilter filter;
    filter.releaseId = releaseId;
    auto deployments = DeploymentService(db, session).list(filter);
    if (!deployments)
        return deployments.error();
    in.deployments = deployments.value();
    std::stable_sort(
        in.deployments.begin(), in.deployments.end(),
        [](const Deployment& a, const Deployment& b) { return a.deployedAt < b.deployedAt; });
    if (auto facts = ClosureService(db, session).facts(releaseId))
        in.firstProductionAt = facts->firstProductionAt;

    ValidationCheckService checks(db, session);
    auto applying = checks.forRelease(releaseId);
    if (!applying)
        return applying.error();
    in.checks = applying.value();
    auto latest = checks.latest(releaseId);
    if (!latest)
        return latest.error();
    in.latest = latest.value();
    if (auto states = checks.states())
        in.validation = states->value(releaseId, ValidationState::None);
    auto verdicts = MetricService(db, session).verdicts(releaseId);
    if (!verdicts)
        return verdicts.error();
    in.verdicts = verdicts.value();
    auto incidents = IncidentService(db, session).correlated(releaseId);
    if (!incidents)
        return incidents.error();
    in.incidents = incidents.value();
    auto feedback = FeedbackService(db, session).forRelease(releaseId);
    if (!feedback)
        return feedback.error();
    in.feedback = feedback.value();
    return in;
}

PirReportWriter::Stats PirReportWriter::paint(const Input& input, QPagedPaintDevice& device) {
    const qreal u = device.logicalDpiY() / 72.0; // device pixels per point
    const qreal width = device.width();
    const qreal footerRoom = 20 * u;
    const qreal bodyHeight = device.height() - footerRoom;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(reportFont(9));
    doc.setDocumentMargin(0);
    // A long unbroken string (a URL, an incident title without spaces) wraps anywhere.
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setHtml(html(input, u));
    doc.setPageSize(QSizeF(width, bodyHeight));
    paginate(doc, bodyHeight, 60 * u);
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

QByteArray PirReportWriter::toPdf(const Input& input, Stats* stats) {
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

Result<PirReportWriter::Stats> PirReportWriter::writePdf(const Input& input,
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
