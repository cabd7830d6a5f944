// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::ui {

// A stacked bar chart for the printed reports, painted with QPainter into an image the
// report's HTML embeds (QTextDocument lays out images, not painters). One bar per category,
// oldest first; the series stack from the bottom in the order given, with a legend.
class ReportChart {
public:
    struct Series {
        QString label; // plain text, painted as text (never interpreted)
        QColor colour;
        QList<int> values; // one per category
    };

    ReportChart(const QString& title, const QStringList& categories, const QList<Series>& series)
        : m_title(title)
        , m_categories(categories)
        , m_series(series) {}

    // `widthPoints` × `heightPoints` at `dpi` dots per inch.
    QImage image(qreal widthPoints, qreal heightPoints, qreal dpi = 300) const;
    // An <img> of the chart as a PNG data URL, `widthPoints` × `heightPoints` on paper.
    // QTextDocument sizes images in 96-dpi pixels and scales them to its device itself.
    QString html(qreal widthPoints, qreal heightPoints) const;

private:
    QString m_title;
    QStringList m_categories;
    QList<Series> m_series;
};

} // namespace slipway::ui
