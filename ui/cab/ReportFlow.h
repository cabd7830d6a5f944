// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CabStyle.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace slipway {
struct CabPack;
}

namespace slipway::ui {

// Lays the CAB report out on pages; without a painter it only measures, so the first run
// counts the pages the footers then name. Long text flows on to the next page, and a word
// wider than the column is broken wherever it has to be.
class ReportFlow {
public:
    ReportFlow(QPagedPaintDevice& device, QPainter* painter, const CabPack& pack, int totalPages);

    // The report's typeface at `points`; no ligatures, so "fi" stays two letters a reader
    // (and pdftotext) can search for.
    static QFont font(qreal points, bool bold = false, bool mono = false);

    qreal u = 1;
    qreal left = 0, width = 0, top = 0, bottom = 0, y = 0;
    int page = 1;

    qreal pt(qreal points) const { return points * u; }
    bool painting() const { return m_p != nullptr; }
    QPainter& p() { return *m_p; }
    QPaintDevice& device();

    void newPage();
    void finish() { footer(); }
    // Starts a new page unless `height` still fits on this one.
    void ensure(qreal height) {
        if (y + height > bottom && y > top)
            newPage();
    }

    qreal textHeight(const QFont& f, const QString& text, qreal w) const;
    void drawText(const QRectF& r, const QFont& f, const QColor& c, const QString& text,
                  int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop);

    // Draws `text` at x (relative to the left margin) in lines of width w from y on, going on
    // to new pages as needed; `continued` runs at the top of each new page it starts (e.g. to
    // repeat a label). Advances y past the last line.
    void flowText(const QFont& f, const QColor& c, const QString& text, qreal x, qreal w,
                  const std::function<void()>& continued = {});
    // A paragraph at x, wrapped to w (the rest of the line when negative); advances y.
    void paragraph(const QFont& f, const QColor& c, const QString& text, qreal x = 0, qreal w = -1,
                   qreal after = 0);
    void rule(const QColor& c = CabStyle::rule(), qreal thickness = 0.6);
    void heading(const QString& text, qreal size = 15);

private:
    void footer();

    QPagedPaintDevice& m_device;
    QPainter* m_p;
    const CabPack& m_pack;
    int m_total;
};

} // namespace slipway::ui
