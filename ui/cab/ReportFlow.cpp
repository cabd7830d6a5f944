// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFlow.h"

#include "CabStyle.h"
#include "io/CabPack.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabReportWriter)
};

// Hard line breaks for QTextLayout, which reads '\n' as an ordinary character.
QString withLineSeparators(QString text) {
    text.replace(QLatin1String("\r\n"), QStringLiteral("\n"));
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

} // namespace

ReportFlow::ReportFlow(QPagedPaintDevice& device, QPainter* painter, const CabPack& pack,
                       int totalPages)
    : m_device(device)
    , m_p(painter)
    , m_pack(pack)
    , m_total(totalPages) {
    u = device.logicalDpiY() / 72.0;
    left = 0;
    width = device.width();
    top = 0;
    bottom = device.height() - pt(34); // the footer's room
    y = top;
}

QFont ReportFlow::font(qreal points, bool bold, bool mono) {
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QPaintDevice& ReportFlow::device() {
    return m_device;
}

void ReportFlow::newPage() {
    footer();
    if (m_p)
        m_device.newPage();
    ++page;
    y = top;
}

namespace {

// Word wrap that breaks inside a word only when the word alone is wider than the line, so a
// long unbroken string (a URL, a hash) is shown whole instead of cut at the margin.
void layOut(QTextLayout& layout, qreal w, Qt::Alignment align = Qt::AlignLeft) {
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal top = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(w);
        line.setPosition(QPointF(0, top));
        top += line.height();
    }
    layout.endLayout();
}

} // namespace

qreal ReportFlow::textHeight(const QFont& f, const QString& text, qreal w) const {
    if (text.isEmpty())
        return QFontMetricsF(f, &m_device).height();
    QTextLayout layout(withLineSeparators(text), f, &m_device);
    layOut(layout, w);
    return layout.boundingRect().height();
}

void ReportFlow::drawText(const QRectF& r, const QFont& f, const QColor& c, const QString& text,
                          int flags) {
    if (!m_p)
        return;
    m_p->setFont(f);
    m_p->setPen(c);
    if (!(flags & Qt::TextWordWrap) || (flags & Qt::TextSingleLine)) {
        m_p->drawText(r, flags, text);
        return;
    }
    QTextLayout layout(withLineSeparators(text), f, &m_device);
    layOut(layout, r.width(), Qt::Alignment(flags) & Qt::AlignHorizontal_Mask);
    const qreal h = layout.boundingRect().height();
    qreal dy = 0;
    if (flags & Qt::AlignVCenter)
        dy = (r.height() - h) / 2;
    else if (flags & Qt::AlignBottom)
        dy = r.height() - h;
    m_p->save();
    m_p->setClipRect(r, Qt::IntersectClip);
    layout.draw(m_p, QPointF(r.left(), r.top() + dy));
    m_p->restore();
}

void ReportFlow::flowText(const QFont& f, const QColor& c, const QString& text, qreal x, qreal w,
                          const std::function<void()>& continued) {
    QTextLayout layout(withLineSeparators(text), f, &m_device);
    layOut(layout, w);
    if (layout.lineCount() == 0) {
        y += QFontMetricsF(f, &m_device).height();
        return;
    }
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (y + line.height() > bottom && y > top) {
            newPage();
            if (continued)
                continued();
        }
        if (m_p) {
            m_p->setPen(c);
            line.draw(m_p, QPointF(left + x, y - line.y()));
        }
        y += line.height();
    }
}

void ReportFlow::paragraph(const QFont& f, const QColor& c, const QString& text, qreal x, qreal w,
                           qreal after) {
    if (w < 0)
        w = width - x;
    // A short paragraph moves whole to the next page; a long one starts here and flows on.
    const qreal h = textHeight(f, text, w);
    if (h <= (bottom - top) / 3)
        ensure(h);
    flowText(f, c, text, x, w);
    y += after;
}

void ReportFlow::rule(const QColor& c, qreal thickness) {
    if (m_p) {
        m_p->setPen(QPen(c, pt(thickness)));
        m_p->drawLine(QPointF(left, y), QPointF(left + width, y));
    }
}

void ReportFlow::heading(const QString& text, qreal size) {
    const QFont f = font(size, true);
    const qreal h = textHeight(f, text, width);
    ensure(h + pt(60));
    y += pt(4);
    drawText(QRectF(left, y, width, h + 1), f, CabStyle::ink(), text);
    y += h + pt(3);
    rule(CabStyle::accent(), 1.2);
    y += pt(8);
}

void ReportFlow::footer() {
    if (!m_p)
        return;
    const qreal fy = m_device.height() - pt(24);
    m_p->setPen(QPen(CabStyle::rule(), pt(0.6)));
    m_p->drawLine(QPointF(left, fy), QPointF(left + width, fy));
    const QFont small = font(7);
    const QString first =
        Text::tr("Slipway CAB report · %1 · %2")
            .arg(m_pack.meeting.title, cabtext::dateTime(m_pack.meeting.startUtc));
    drawText(QRectF(left, fy + pt(3), width * 0.75, pt(10)), small, CabStyle::faint(), first,
             Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
    drawText(QRectF(left, fy + pt(3), width, pt(10)), font(7, true), CabStyle::ink(),
             Text::tr("Page %1 of %2").arg(page).arg(m_total),
             Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine);
    const QString audit =
        Text::tr("Audit log: %1 entries, head %2 · generated %3 UTC")
            .arg(m_pack.chainEntries)
            .arg(m_pack.chainHead, QDateTime::fromSecsSinceEpoch(m_pack.generatedAt, Qt::UTC)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    // The whole head must be legible on paper: a smaller size rather than a cut-off line.
    QFont auditFont = font(6.5, false, true);
    while (auditFont.pointSizeF() > 4.5 &&
           QFontMetricsF(auditFont, &m_device).horizontalAdvance(audit) > width)
        auditFont.setPointSizeF(auditFont.pointSizeF() - 0.25);
    drawText(QRectF(left, fy + pt(12), width, pt(10)), auditFont, CabStyle::faint(), audit,
             Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
}

} // namespace slipway::ui
