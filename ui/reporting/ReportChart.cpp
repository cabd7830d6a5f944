// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportChart.h"

#include "ReportPdf.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace slipway::ui {
namespace {

const QColor kInk(0x1f, 0x29, 0x37);
const QColor kFaint(0x6b, 0x72, 0x80);
const QColor kRule(0xd1, 0xd5, 0xdb);

// A round step for the value axis: 1, 2 or 5 times a power of ten, about four ticks high.
int tickStep(int maximum) {
    const double raw = std::max(1.0, maximum / 4.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 5.0, 10.0})
        if (f * power >= raw)
            return std::max(1, int(f * power));
    return std::max(1, int(10 * power));
}

} // namespace

QImage ReportChart::image(qreal widthPoints, qreal heightPoints, qreal dpi) const {
    const qreal u = dpi / 72.0;
    QImage img(QSize(qRound(widthPoints * u), qRound(heightPoints * u)), QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const QFont titleFont = ReportPdf::font(8.5, true);
    const QFont small = ReportPdf::font(6.5);
    const QFontMetricsF sm(small, &img);
    p.setFont(titleFont);
    p.setPen(kInk);
    p.drawText(QRectF(0, 0, img.width(), 12 * u), Qt::AlignLeft | Qt::AlignVCenter, m_title);

    // The legend, right-aligned on the title's line.
    p.setFont(small);
    qreal x = img.width();
    for (auto it = m_series.crbegin(); it != m_series.crend(); ++it) {
        const qreal w = sm.horizontalAdvance(it->label);
        x -= w;
        p.setPen(kInk);
        p.drawText(QRectF(x, 0, w, 12 * u), Qt::AlignLeft | Qt::AlignVCenter, it->label);
        x -= 9 * u;
        p.fillRect(QRectF(x, 3.5 * u, 6 * u, 6 * u), it->colour);
        x -= 8 * u;
    }

    int maximum = 0;
    for (qsizetype c = 0; c < m_categories.size(); ++c) {
        int total = 0;
        for (const Series& s : m_series)
            total += s.values.value(c);
        maximum = std::max(maximum, total);
    }
    const int step = tickStep(maximum);
    const int top = std::max(step, int(std::ceil(double(maximum) / step)) * step);

    const qreal axisWidth = sm.horizontalAdvance(QString::number(top)) + 4 * u;
    // Room above the plot for the title and the tallest bar's total.
    const QRectF plot(axisWidth, 26 * u, img.width() - axisWidth - 1 * u,
                      img.height() - 26 * u - 12 * u);
    p.setPen(QPen(kRule, 0.5 * u));
    for (int v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        p.setPen(QPen(v == 0 ? kFaint : kRule, 0.5 * u));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kFaint);
        p.drawText(QRectF(0, y - 5 * u, axisWidth - 2 * u, 10 * u),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }

    const qsizetype n = m_categories.size();
    if (n == 0)
        return img;
    const qreal slot = plot.width() / n;
    const qreal bar = std::clamp(slot * 0.7, 1.0 * u, 36.0 * u);
    // Category labels only as often as they fit.
    qreal widest = 0;
    for (const QString& c : m_categories)
        widest = std::max(widest, sm.horizontalAdvance(c));
    const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil((widest + 4 * u) / slot)));
    for (qsizetype c = 0; c < n; ++c) {
        const qreal left = plot.left() + c * slot + (slot - bar) / 2;
        qreal base = plot.bottom();
        int total = 0;
        for (const Series& s : m_series) {
            const int v = s.values.value(c);
            if (v <= 0)
                continue;
            total += v;
            const qreal h = plot.height() * v / top;
            p.fillRect(QRectF(left, base - h, bar, h), s.colour);
            base -= h;
        }
        // The bar's total above it, where it fits.
        if (total > 0 && sm.horizontalAdvance(QString::number(top)) <= slot) {
            p.setPen(kInk);
            p.drawText(QRectF(left - slot, base - 10 * u, bar + 2 * slot, 9 * u),
                       Qt::AlignHCenter | Qt::AlignBottom, QString::number(total));
        }
        if (c % every == 0) {
            p.setPen(kFaint);
            const qreal centre = plot.left() + c * slot + slot / 2;
            // Centred under the bar, but never past the image's edges.
            const qreal w = sm.horizontalAdvance(m_categories[c]) + 1 * u;
            const qreal x0 = std::clamp(centre - w / 2, 0.0, img.width() - w);
            p.drawText(QRectF(x0, plot.bottom() + 2 * u, w, 10 * u),
                       Qt::AlignHCenter | Qt::AlignTop, m_categories[c]);
        }
    }
    return img;
}

QString ReportChart::html(qreal widthPoints, qreal heightPoints) const {
    const qreal toPixels = 96.0 / 72.0;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image(widthPoints, heightPoints).save(&buffer, "PNG");
    return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\">")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(qRound(widthPoints * toPixels))
        .arg(qRound(heightPoints * toPixels));
}

} // namespace slipway::ui
