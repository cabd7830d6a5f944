// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace slipway {

// A half-open span [start, end) in seconds since the epoch, UTC.
struct Interval {
    qint64 start = 0;
    qint64 end = 0;

    bool isEmpty() const { return end <= start; }
    qint64 length() const { return end - start; }
    bool overlaps(const Interval& other) const { return start < other.end && other.start < end; }
    bool contains(const Interval& other) const { return start <= other.start && other.end <= end; }
    Interval intersected(const Interval& other) const {
        return {qMax(start, other.start), qMin(end, other.end)};
    }
    bool operator==(const Interval& other) const = default;
};

} // namespace slipway
