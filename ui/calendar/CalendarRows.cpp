// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarRows.h"

namespace slipway::ui {

QString CalendarRows::keyOf(const CalendarModel::Lane& lane) {
    return QStringLiteral("%1:%2").arg(int(lane.kind)).arg(lane.id);
}

void CalendarRows::layOut(CalendarFrame& f, const CalendarModel& model, int cap,
                          const QSet<QString>& expanded) {
    f.rows.clear();
    f.layouts.clear();
    f.worstConflict = worstConflicts(model);
    // Sub-rows are packed here, not in the model: how many a row may use is the view's
    // choice, and a window that does not fit is summarised instead of drawn over another.
    f.layouts.reserve(model.lanes().size());
    for (const CalendarModel::Lane& lane : model.lanes()) {
        QList<Interval> when;
        when.reserve(lane.items.size());
        for (int i : lane.items)
            when << model.items()[i].when;
        const bool all = !expanded.isEmpty() && expanded.contains(keyOf(lane));
        f.layouts << CalendarLaneLayout::pack(when, all ? CalendarLaneLayout::kExpandedCap : cap);
    }
    int y = 0;
    for (int g = 0; g < model.groups().size(); ++g) {
        const CalendarModel::Group& group = model.groups()[g];
        f.rows.append({y, CalendarFrame::kGroupHeight, -1, g});
        y += CalendarFrame::kGroupHeight;
        for (int l = group.firstLane; l < group.firstLane + group.laneCount; ++l) {
            const CalendarLaneLayout& layout = f.layouts[l];
            const bool overflow = layout.hidden > 0;
            const int lines = layout.tracks + (overflow ? 1 : 0);
            const int h = 2 * CalendarFrame::kLanePadding + lines * CalendarFrame::kTrack - 4;
            f.rows.append({y, h, l, g, layout.tracks, overflow});
            y += h;
        }
    }
}

bool CalendarRows::hides(const CalendarFrame& f, int lane, qint64 releaseId) {
    if (!f.model || lane < 0 || lane >= f.model->lanes().size())
        return false;
    const QList<int>& items = f.model->lanes()[lane].items;
    for (qsizetype k = 0; k < items.size(); ++k) {
        const CalendarItem& item = f.model->items()[items[k]];
        if (item.releaseId == releaseId && item.bookingId == 0)
            return f.trackOf(lane, k) < 0;
    }
    return false;
}

QHash<qint64, int> CalendarRows::worstConflicts(const CalendarModel& model) {
    QHash<qint64, int> worst;
    for (const Conflict& c : model.conflicts()) {
        int& w = worst[c.releaseId];
        w = std::max(w, c.severity == Conflict::Severity::Error ? 2 : 1);
    }
    return worst;
}

} // namespace slipway::ui
