// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For benchmarks that time a change until a view shows it: the first paint after a condition
// holds, and a wait that keeps the event loop turning.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>

#include <functional>

namespace slipway::bench {

// Installed on a viewport: notes the first paint after `expect` holds, timed from `clock`.
class PaintWatch : public QObject {
public:
    std::function<bool()> expect;
    QElapsedTimer clock;
    qint64 paintedMs = -1;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint && paintedMs < 0 && expect && expect())
            paintedMs = clock.elapsed();
        return false;
    }
};

// Runs the event loop for `ms` milliseconds.
inline void processEventsFor(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace slipway::bench
