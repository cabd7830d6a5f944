// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QChart;
class QPainter;
class QRectF;

namespace slipway {
struct CabPack;
}

namespace slipway::ui {

// The change outlook as Qt Charts: changes of the coming weeks by risk level and by release
// type (stacked bars per week) and the approval state of the meeting's agenda. The same
// charts on the CAB screen and in the CAB report.
class CabCharts {
public:
    static QChart* byRisk(const CabPack& pack);
    static QChart* byType(const CabPack& pack);
    static QChart* agendaApproval(const CabPack& pack);
    // Draws `chart` (taken over and deleted) into `target` on a printer or PDF painter; the
    // chart is laid out at target / deviceScale, so its type keeps screen proportions.
    static void render(QChart* chart, QPainter& painter, const QRectF& target,
                       qreal deviceScale = 1.0);
};

} // namespace slipway::ui
