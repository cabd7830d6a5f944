// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabCharts.h"

#include "CabStyle.h"
#include "io/CabPack.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabCharts)
};

// "2 Nov", "9", "16", "23", "30", "7 Dec": the month only where it changes, as a wall
// calendar does, so the labels fit narrow weeks.
QStringList weekLabels(const CabPack& pack) {
    QStringList out;
    int month = 0;
    for (const CabOutlookWeek& w : pack.outlook) {
        const QDate day = QDateTime::fromSecsSinceEpoch(w.weekStart, Qt::UTC).date();
        out << day.toString(day.month() == month ? QStringLiteral("d") : QStringLiteral("d MMM"));
        month = day.month();
    }
    return out;
}

// The largest count an axis shows, kept on the axis so its ticks can follow its length.
constexpr char kMaximum[] = "slipwayMaximum";

// 1, 2, 5, 10, 20, 50 …
int nextStep(int step) {
    int power = 1;
    while (step >= power * 10)
        power *= 10;
    const int mantissa = step / power;
    return (mantissa == 1 ? 2 : mantissa == 2 ? 5 : 10) * power;
}

// Whole-number ticks, as many as the axis has room for: Qt Charts cuts a tick label it cannot
// fit into its share of the axis down to "…", so a short axis gets fewer, wider steps.
void fitTicks(QValueAxis* axis, qreal length) {
    const int maximum = std::max(1, axis->property(kMaximum).toInt());
    const QFontMetricsF fm(axis->labelsFont());
    const bool vertical = axis->orientation() == Qt::Vertical;
    const auto need = [&](int top) {
        return vertical ? fm.height() * 2.2
                        : fm.horizontalAdvance(QString::number(top)) + fm.height() * 2;
    };
    int step = 1;
    int top = maximum;
    for (;;) {
        top = ((maximum + step - 1) / step) * step;
        const int intervals = top / step;
        if (intervals <= 1 || (intervals <= 8 && length / (intervals + 1) >= need(top)))
            break;
        step = nextStep(step);
    }
    // Fewer than three ticks say little; add a step of headroom when there is room for it.
    if (top / step < 2 && length / 4 >= need(top + step))
        top += step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
}

// A count axis with whole-number ticks that stay readable at any size of the chart.
void countAxis(QChart* chart, QValueAxis* axis, int maximum) {
    axis->setProperty(kMaximum, maximum);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    fitTicks(axis, axis->orientation() == Qt::Vertical ? 120 : 300);
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [axis](const QRectF& plot) {
        fitTicks(axis, axis->orientation() == Qt::Vertical ? plot.height() : plot.width());
    });
}

// Week labels shrink (down to 7 pt) rather than be cut to "…" when the weeks are narrow.
void fitCategories(QBarCategoryAxis* axis, qreal width) {
    const QStringList labels = axis->categories();
    if (labels.isEmpty())
        return;
    const qreal share = width / labels.size();
    auto f = axis->property("slipwayFont").value<QFont>();
    for (qreal size = f.pointSizeF(); size >= 7; size -= 0.5) {
        f.setPointSizeF(size);
        const QFontMetricsF fm(f);
        qreal widest = 0;
        for (const QString& l : labels)
            widest = std::max(widest, fm.horizontalAdvance(l));
        if (widest + 2 * fm.height() <= share)
            break;
    }
    if (axis->labelsFont() != f)
        axis->setLabelsFont(f);
}

void categoryAxis(QChart* chart, QBarCategoryAxis* axis) {
    axis->setProperty("slipwayFont", axis->labelsFont());
    QObject::connect(chart, &QChart::plotAreaChanged, axis,
                     [axis](const QRectF& plot) { fitCategories(axis, plot.width()); });
}

QChart* stacked(const QString& title, const QStringList& categories, const QList<QBarSet*>& sets,
                int maximum) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* series = new QStackedBarSeries;
    for (QBarSet* s : sets)
        series->append(s);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    categoryAxis(chart, x);
    auto* y = new QValueAxis;
    y->setTitleText(Text::tr("changes (week starting)"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    countAxis(chart, y, maximum);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

} // namespace

QChart* CabCharts::byRisk(const CabPack& pack) {
    QList<QBarSet*> sets;
    int maximum = 0;
    for (RiskLevel level :
         {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::Critical}) {
        auto* set = new QBarSet(displayName(level));
        set->setColor(CabStyle::riskColor(level));
        set->setBorderColor(CabStyle::riskColor(level));
        for (const CabOutlookWeek& w : pack.outlook)
            *set << w.byRisk[size_t(level)];
        sets << set;
    }
    for (const CabOutlookWeek& w : pack.outlook) {
        int sum = 0;
        for (int n : w.byRisk)
            sum += n;
        maximum = std::max(maximum, sum);
    }
    return stacked(Text::tr("Changes per week by risk level"), weekLabels(pack), sets, maximum);
}

QChart* CabCharts::byType(const CabPack& pack) {
    QList<QBarSet*> sets;
    int maximum = 0;
    for (ReleaseType type :
         {ReleaseType::Major, ReleaseType::Minor, ReleaseType::Patch, ReleaseType::Emergency}) {
        auto* set = new QBarSet(displayName(type));
        set->setColor(CabStyle::typeColor(type));
        set->setBorderColor(CabStyle::typeColor(type));
        for (const CabOutlookWeek& w : pack.outlook)
            *set << w.byType[size_t(type)];
        sets << set;
    }
    auto* other = new QBarSet(Text::tr("Not a release"));
    other->setColor(CabStyle::faint());
    other->setBorderColor(CabStyle::faint());
    for (const CabOutlookWeek& w : pack.outlook)
        *other << w.byType[4];
    sets << other;
    for (const CabOutlookWeek& w : pack.outlook) {
        int sum = 0;
        for (int n : w.byType)
            sum += n;
        maximum = std::max(maximum, sum);
    }
    return stacked(Text::tr("Changes per week by type"), weekLabels(pack), sets, maximum);
}

QChart* CabCharts::agendaApproval(const CabPack& pack) {
    auto* chart = new QChart;
    chart->setTitle(Text::tr("Approval state of this meeting's agenda"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    auto* series = new QHorizontalStackedBarSeries;
    int total = 0;
    for (ApprovalStatus s :
         {ApprovalStatus::Pending, ApprovalStatus::Deferred, ApprovalStatus::ConditionsOpen,
          ApprovalStatus::Ready, ApprovalStatus::Rejected}) {
        const int n = pack.agendaByStatus[size_t(s)];
        total += n;
        if (n == 0) // the legend names only the states the agenda is in, so each fits
            continue;
        auto* set = new QBarSet(QStringLiteral("%1 (%2)").arg(displayName(s)).arg(n));
        set->setColor(CabStyle::statusColor(s));
        set->setBorderColor(CabStyle::statusColor(s));
        *set << n;
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(Text::tr("Agenda"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    countAxis(chart, x, total);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void CabCharts::render(QChart* chart, QPainter& painter, const QRectF& target, qreal deviceScale) {
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes it
    const QSizeF logical = target.size() / deviceScale;
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    // The axes fit their ticks to the plot area once it is laid out; lay the chart out
    // again with them before drawing, as the screen's event loop would.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QAbstractAxis* axis : chart->axes())
        if (auto* values = qobject_cast<QValueAxis*>(axis))
            fitTicks(values, values->orientation() == Qt::Vertical ? chart->plotArea().height()
                                                                   : chart->plotArea().width());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
}

} // namespace slipway::ui
