// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarLaneLayout.h"

#include <algorithm>

namespace slipway {

CalendarLaneLayout CalendarLaneLayout::pack(const QList<Interval>& byStart, int cap) {
    CalendarLaneLayout out;
    cap = std::max(1, cap);
    out.track.resize(byStart.size(), -1);
    QList<qint64> ends; // per sub-row: where its last bar ends
    for (qsizetype i = 0; i < byStart.size(); ++i) {
        const Interval& w = byStart[i];
        int chosen = -1;
        for (int t = 0; t < ends.size(); ++t) {
            if (ends[t] <= w.start) {
                chosen = t;
                break;
            }
        }
        if (chosen < 0 && ends.size() < cap) {
            chosen = int(ends.size());
            ends.append(w.end);
        }
        if (chosen < 0) {
            ++out.hidden; // never drawn over another bar: summarised instead
            continue;
        }
        ends[chosen] = std::max(w.end, std::max(w.start + 1, ends[chosen]));
        out.track[i] = chosen;
    }
    out.tracks = std::max<int>(1, int(ends.size()));
    return out;
}

int CalendarLaneLayout::sliceOf(const QList<qint64>& bounds, qint64 t) {
    const auto it = std::upper_bound(bounds.cbegin(), bounds.cend(), t);
    return int(it - bounds.cbegin()) - 1;
}

bool CalendarLaneLayout::wantsStrip(qreal medianBarWidth, qreal dayWidth, int hiddenInView) {
    // Specks at quarter or year zoom say nothing; at month zoom a sparse row keeps its short
    // bars, named beside them.
    if (medianBarWidth < kSpeck && dayWidth < kReadable)
        return true;
    return hiddenInView > 0 && std::min(medianBarWidth, dayWidth) < kReadable;
}

} // namespace slipway
