// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceCharts.h"

#include "Theme.h"
#include "validation/CheckChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace slipway::ui {
namespace {

// At most this many teams get a bar colour of their own; the rest share "Other teams", so the
// legend stays readable at half a window's width.
constexpr int kTeamColours = 3;
// At most this many environments are drawn, the most booked first.
constexpr int kEnvironments = 6;

// Qt Charts lays out titles, legend entries and axis labels as HTML: every name from the file
// is escaped before it reaches a chart.
QChartView* newChartView(QWidget* parent, const QString& name) {
    auto* chart = new QChart;
    CheckChart::applyTheme(chart);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = QApplication::font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(Theme::space(30));
    return view;
}

// Empties a chart for a new report: series and axes go.
QChart* reset(QChartView* view, const QString& title) {
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    return chart;
}

void styleAxis(QAbstractAxis* axis) {
    const QColor text = QApplication::palette().color(QPalette::Text);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    axis->setGridLineColor(Theme::tint(Theme::border(), 0.6));
}

// A count axis from zero to a little above `top`, whole numbers only.
QValueAxis* countAxis(QChart* chart, double top, Qt::Alignment side) {
    auto* axis = new QValueAxis(chart);
    ServiceCharts::scaleCounts(axis, top);
    styleAxis(axis);
    chart->addAxis(axis, side);
    return axis;
}

// Week bars on a value axis, with a date under every few weeks so the labels never crowd.
QCategoryAxis* weekAxis(QChart* chart, const QList<QDate>& mondays) {
    auto* axis = new QCategoryAxis(chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, double(std::max<qsizetype>(1, mondays.size())) - 0.5);
    const qsizetype step = std::max<qsizetype>(1, (mondays.size() + 7) / 8);
    const QLocale locale;
    for (qsizetype i = 0; i < mondays.size(); i += step)
        axis->append(locale.toString(mondays.at(i), QStringLiteral("d MMM")), double(i));
    axis->setGridLineVisible(false);
    styleAxis(axis);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QBarSet* barSet(const QString& label, const QColor& colour) {
    auto* set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

QColor teamColour(int index) {
    static const QColor colours[] = {QColor(0x3b, 0x82, 0xc4), QColor(0x2e, 0x9e, 0x7a),
                                     QColor(0xc7, 0x8a, 0x2c)};
    static_assert(std::size(colours) == kTeamColours);
    return index < kTeamColours ? colours[index] : QColor(0x8a, 0x8f, 0x98);
}

} // namespace

ServiceCharts::ServiceCharts(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("serviceCharts"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(Theme::space(1));
    m_deployments = newChartView(this, QStringLiteral("deploymentsChart"));
    m_capacity = newChartView(this, QStringLiteral("capacityChart"));
    m_risk = newChartView(this, QStringLiteral("riskChart"));
    m_type = newChartView(this, QStringLiteral("typeChart"));
    m_environments = newChartView(this, QStringLiteral("environmentChart"));
    grid->addWidget(m_deployments, 0, 0, 1, 2);
    grid->addWidget(m_capacity, 0, 2, 1, 2);
    grid->addWidget(m_risk, 1, 0);
    grid->addWidget(m_type, 1, 1);
    grid->addWidget(m_environments, 1, 2, 1, 2);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
}

void ServiceCharts::setReport(const ServiceReport& report) {
    showDeployments(report);
    showCapacity(report);
    showCounts(m_risk, report.byRisk, tr("Changes by risk"));
    showCounts(m_type, report.byType, tr("Changes by type"));
    showEnvironments(report);
}

void ServiceCharts::showDeployments(const ServiceReport& report) {
    QChart* chart = reset(m_deployments, tr("Production deployments per week"));
    auto* series = new QStackedBarSeries(chart);
    QBarSet* good = barSet(tr("Succeeded"), Theme::accent());
    QBarSet* failed = barSet(tr("Failed (incident or rollback)"), Theme::danger());
    QList<QDate> mondays;
    int top = 0;
    for (const ServiceReport::Week& week : report.weeks) {
        mondays << week.monday;
        *good << double(week.deployments - week.failed);
        *failed << double(week.failed);
        top = std::max(top, week.deployments);
    }
    series->append(good);
    series->append(failed);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    series->attachAxis(weekAxis(chart, mondays));
    series->attachAxis(countAxis(chart, top, Qt::AlignLeft));
    chart->legend()->setVisible(true);
}

void ServiceCharts::showCapacity(const ServiceReport& report) {
    QChart* chart = reset(m_capacity, tr("Team changes per week against capacity"));
    QList<QDate> mondays;
    QStringList teams;
    QHash<QString, int> changesOfTeam;
    for (const ServiceReport::TeamWeek& tw : report.teamWeeks) {
        if (!mondays.contains(tw.monday))
            mondays << tw.monday;
        changesOfTeam[tw.team] += tw.changes;
        if (!teams.contains(tw.team))
            teams << tw.team;
    }
    std::sort(mondays.begin(), mondays.end());
    // The busiest teams get their own colour.
    std::stable_sort(teams.begin(), teams.end(), [&](const QString& a, const QString& b) {
        return changesOfTeam.value(a) > changesOfTeam.value(b);
    });
    const bool other = teams.size() > kTeamColours;
    auto* series = new QStackedBarSeries(chart);
    QList<QBarSet*> sets;
    for (int i = 0; i < std::min<int>(int(teams.size()), kTeamColours); ++i)
        sets << barSet(teams.at(i).isEmpty() ? tr("No team") : teams.at(i).toHtmlEscaped(),
                       teamColour(i));
    if (other)
        sets << barSet(tr("Other teams"), teamColour(kTeamColours));
    QList<QList<double>> values(sets.size(), QList<double>(mondays.size(), 0.0));
    QList<double> capacity(mondays.size(), 0.0);
    for (const ServiceReport::TeamWeek& tw : report.teamWeeks) {
        const qsizetype week = mondays.indexOf(tw.monday);
        const int team = std::min<int>(int(teams.indexOf(tw.team)), kTeamColours);
        values[team][week] += tw.changes;
        capacity[week] += tw.capacity;
    }
    double top = 0;
    for (qsizetype s = 0; s < sets.size(); ++s) {
        sets[s]->append(values.at(s));
        series->append(sets.at(s));
    }
    for (qsizetype w = 0; w < mondays.size(); ++w) {
        double sum = 0;
        for (const auto& v : values)
            sum += v.at(w);
        top = std::max({top, sum, capacity.at(w)});
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* line = new QLineSeries(chart);
    line->setName(tr("Capacity"));
    line->setPen(QPen(Theme::warning(), 2, Qt::DashLine));
    for (qsizetype w = 0; w < mondays.size(); ++w)
        line->append(double(w), capacity.at(w));
    chart->addSeries(line);
    QCategoryAxis* x = weekAxis(chart, mondays);
    QValueAxis* y = countAxis(chart, top, Qt::AlignLeft);
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(series), static_cast<QAbstractSeries*>(line)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (mondays.isEmpty())
        chart->setTitle(tr("Team changes per week: no teams in scope"));
}

void ServiceCharts::showCounts(QChartView* view, const QList<ServiceReport::Count>& counts,
                               const QString& title) {
    int total = 0;
    for (const ServiceReport::Count& c : counts)
        total += c.count;
    QChart* chart =
        reset(view, total > 0 ? title : tr("%1: no deployments in the period").arg(title));
    auto* series = new QHorizontalBarSeries(chart);
    QBarSet* set = barSet(tr("Releases"), Theme::accent());
    QStringList labels;
    int top = 0;
    // Top to bottom in the report's order.
    for (qsizetype i = counts.size() - 1; i >= 0; --i) {
        labels << (counts.at(i).label.isEmpty() ? tr("Not assessed")
                                                : counts.at(i).label.toHtmlEscaped());
        *set << double(counts.at(i).count);
        top = std::max(top, counts.at(i).count);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Theme::onAccent());
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis(chart);
    y->append(labels);
    y->setGridLineVisible(false);
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    series->attachAxis(countAxis(chart, top, Qt::AlignBottom));
    chart->legend()->setVisible(false);
}

void ServiceCharts::showEnvironments(const ServiceReport& report) {
    QChart* chart = reset(m_environments, report.environments.isEmpty()
                                              ? tr("Environment hours: no environments")
                                              : tr("Environment hours: booked and available"));
    auto* series = new QHorizontalBarSeries(chart);
    QBarSet* booked = barSet(tr("Booked"), Theme::accent());
    QBarSet* available = barSet(tr("Available"), Theme::tint(Theme::muted(), 0.5));
    QList<ServiceReport::EnvironmentUse> shown = report.environments;
    std::stable_sort(shown.begin(), shown.end(),
                     [](const auto& a, const auto& b) { return a.bookedHours > b.bookedHours; });
    if (shown.size() > kEnvironments) {
        chart->setTitle(
            tr("Environment hours: the %1 most booked of %2").arg(kEnvironments).arg(shown.size()));
        shown = shown.mid(0, kEnvironments);
    }
    QStringList labels;
    double top = 0;
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const ServiceReport::EnvironmentUse& e = shown.at(i);
        labels << e.environment.toHtmlEscaped();
        *booked << std::round(e.bookedHours);
        *available << std::round(e.availableHours);
        top = std::max({top, e.bookedHours, e.availableHours});
    }
    series->append(booked);
    series->append(available);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis(chart);
    y->append(labels);
    y->setGridLineVisible(false);
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis* x = countAxis(chart, top, Qt::AlignBottom);
    x->setTitleText(tr("hours"));
    series->attachAxis(x);
}

void ServiceCharts::scaleCounts(QValueAxis* axis, double top) {
    // Ticks at whole steps of 1, 2, 5, 10, 20, 50 … with room above the highest bar, so every
    // label stands where its value is (0, 1.2, 2.4 … printed as 0, 1, 2 would not).
    int step = 1;
    for (int base = 1; step * 5 < top; base *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * base;
            if (step * 5 >= top)
                break;
        }
    }
    const int ceiling = std::max(4, step * (int(std::floor(top / step)) + 1));
    axis->setRange(0, ceiling);
    axis->setTickCount(ceiling / step + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QStringList ServiceCharts::barValues(const QChartView* view) {
    QStringList out;
    for (QAbstractSeries* s : view->chart()->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(s);
        if (!bars)
            continue;
        for (QBarSet* set : bars->barSets()) {
            QStringList values;
            for (int i = 0; i < set->count(); ++i)
                values << QString::number(set->at(i));
            out << set->label() + QStringLiteral(": ") + values.join(QStringLiteral(", "));
        }
    }
    return out;
}

} // namespace slipway::ui
