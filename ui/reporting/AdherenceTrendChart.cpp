// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdherenceTrendChart.h"

#include "ReportPeriod.h"
#include "ServiceCharts.h"
#include "Theme.h"
#include "validation/CheckChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QHash>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace slipway::ui {
namespace {

// At most this many teams get a colour of their own; the rest share "Other teams", so the
// legend stays readable.
constexpr qsizetype kTeamColours = 4;

QColor teamColour(qsizetype index) {
    static const QColor colours[] = {QColor(0x3b, 0x82, 0xc4), QColor(0x2e, 0x9e, 0x7a),
                                     QColor(0xc7, 0x8a, 0x2c), QColor(0x8e, 0x5c, 0xb8)};
    static_assert(std::size(colours) == kTeamColours);
    return index < kTeamColours ? colours[index] : QColor(0x8a, 0x8f, 0x98);
}

void styleAxis(QAbstractAxis* axis) {
    const QColor text = QApplication::palette().color(QPalette::Text);
    axis->setLabelsColor(text);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    axis->setGridLineColor(Theme::tint(Theme::border(), 0.6));
}

} // namespace

AdherenceTrendChart::AdherenceTrendChart(QWidget* parent)
    : QChartView(parent) {
    setObjectName(QStringLiteral("adherenceTrendChart"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    CheckChart::applyTheme(chart);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = QApplication::font();
    title.setBold(true);
    chart->setTitleFont(title);
    // Beside the bars: team names are long, and a few months need little width.
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    setMinimumSize(Theme::space(32), Theme::space(26));
}

void AdherenceTrendChart::setCounts(const QList<AdherenceService::Count>& counts, qint64 fromUtc,
                                    qint64 toUtc) {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(tr("Deviations per month, by team"));
    const QStringList months = ReportPeriod::months(fromUtc, toUtc);
    // Teams by their number of deviations, most first; beyond the first few, one "other".
    QHash<QString, int> totalOfTeam;
    for (const AdherenceService::Count& count : counts)
        if (months.contains(count.month))
            totalOfTeam[count.team] += count.count;
    QStringList teams = totalOfTeam.keys();
    std::sort(teams.begin(), teams.end(), [&](const QString& a, const QString& b) {
        return totalOfTeam.value(a) != totalOfTeam.value(b)
                   ? totalOfTeam.value(a) > totalOfTeam.value(b)
                   : a < b;
    });
    const qsizetype own = std::min(teams.size(), kTeamColours);
    QList<QList<double>> values(std::min(teams.size(), own + 1), QList<double>(months.size(), 0.0));
    QList<double> totals(months.size(), 0.0);
    for (const AdherenceService::Count& count : counts) {
        const qsizetype month = months.indexOf(count.month);
        if (month < 0)
            continue;
        values[std::min(teams.indexOf(count.team), own)][month] += count.count;
        totals[month] += count.count;
    }
    auto* series = new QStackedBarSeries(c);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString name = i >= own                ? tr("Other teams")
                             : teams.at(i).isEmpty() ? tr("No team")
                                                     : teams.at(i).toHtmlEscaped();
        auto* set = new QBarSet(name); // legend entries are HTML: the name is escaped
        set->setColor(teamColour(i));
        set->setBorderColor(teamColour(i));
        set->append(values.at(i));
        series->append(set);
    }
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis(c);
    const QLocale locale;
    for (const QString& month : months)
        x->append(locale.toString(
            QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")),
            months.size() > 12 ? QStringLiteral("MM/yy") : QStringLiteral("MMM")));
    x->setGridLineVisible(false);
    styleAxis(x);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(c);
    const double top = totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end());
    ServiceCharts::scaleCounts(y, top);
    styleAxis(y);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    c->legend()->setVisible(!teams.isEmpty());
}

QStringList AdherenceTrendChart::barValues() const {
    return ServiceCharts::barValues(this);
}

} // namespace slipway::ui
