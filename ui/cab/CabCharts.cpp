// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabCharts.h"

#include "CabStyle.h"
#include "io/CabPack.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace slipway::ui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CabCharts", text);
}

QStringList weekLabels(const CabPack& pack) {
    QStringList out;
    for (const CabOutlookWeek& w : pack.outlook)
        out << QDateTime::fromSecsSinceEpoch(w.weekStart, Qt::UTC)
                   .toString(QStringLiteral("d MMM"));
    return out;
}

// A count axis with whole-number ticks.
void countAxis(QValueAxis* axis, int maximum) {
    int step = 1;
    while (maximum / step > 6)
        step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
    const int top = std::max(step * 4, ((maximum + step - 1) / step) * step);
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
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
    auto* y = new QValueAxis;
    countAxis(y, maximum);
    y->setTitleText(tr("changes (week starting)"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
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
    return stacked(tr("Changes per week by risk level"), weekLabels(pack), sets, maximum);
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
    auto* other = new QBarSet(tr("Not a release"));
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
    return stacked(tr("Changes per week by type"), weekLabels(pack), sets, maximum);
}

QChart* CabCharts::agendaApproval(const CabPack& pack) {
    auto* chart = new QChart;
    chart->setTitle(tr("Approval state of this meeting's agenda"));
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
        auto* set = new QBarSet(QStringLiteral("%1 (%2)").arg(displayName(s)).arg(n));
        set->setColor(CabStyle::statusColor(s));
        set->setBorderColor(CabStyle::statusColor(s));
        *set << n;
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(tr("Agenda"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    countAxis(x, total);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void CabCharts::render(QChart* chart, QPainter& painter, const QRectF& target, qreal deviceScale) {
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes it
    const QSizeF logical = target.size() / deviceScale;
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
}

} // namespace slipway::ui
