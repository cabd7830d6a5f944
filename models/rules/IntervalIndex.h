// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Interval.h"

#include <QList>

#include <algorithm>

namespace slipway {

// Finds which of many intervals overlap a query: sorted by start, with a running maximum
// of the ends, so a query is a binary search plus a short walk back — never all pairs.
class IntervalIndex {
public:
    IntervalIndex() = default;
    explicit IntervalIndex(const QList<Interval>& intervals) {
        m_order.reserve(intervals.size());
        for (qsizetype i = 0; i < intervals.size(); ++i)
            m_order.append({intervals[i], i});
        std::sort(m_order.begin(), m_order.end(),
                  [](const Entry& a, const Entry& b) { return a.when.start < b.when.start; });
        m_maxEnd.resize(m_order.size());
        qint64 running = std::numeric_limits<qint64>::min();
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            running = std::max(running, m_order[i].when.end);
            m_maxEnd[i] = running;
        }
    }

    // Calls f(position in the original list) for every interval overlapping `query`.
    template <typename F> void forEachOverlap(const Interval& query, F&& f) const {
        auto upper = std::lower_bound(m_order.cbegin(), m_order.cend(), query.end,
                                      [](const Entry& e, qint64 t) { return e.when.start < t; });
        for (qsizetype i = (upper - m_order.cbegin()) - 1; i >= 0 && m_maxEnd[i] > query.start;
             --i) {
            if (m_order[i].when.end > query.start && !m_order[i].when.isEmpty())
                f(m_order[i].index);
        }
    }

    qsizetype size() const { return m_order.size(); }

private:
    struct Entry {
        Interval when;
        qsizetype index = 0;
    };
    QList<Entry> m_order;
    QList<qint64> m_maxEnd;
};

} // namespace slipway
