// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start: from main() to the first painted main window on a given file, the way
// runGui() starts (theme, Document::open, MainWindow, show). Prints one line of figures.
//   bench_cold_start FILE
#include "MainWindow.h"
#include "Theme.h"
#include "services/Document.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// Notes when the window (or any widget in it) first paints, then lets the frame finish.
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget* window, const QElapsedTimer& clock)
        : m_window(window)
        , m_clock(clock) {}

    qint64 firstPaintMs = -1;
    qint64 settledMs = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && firstPaintMs < 0 && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget == m_window || m_window->isAncestorOf(widget)) {
                firstPaintMs = m_clock.elapsed();
                // Zero-timeout timers run once the queued paints of this frame are done.
                QTimer::singleShot(0, qApp, [this] {
                    settledMs = m_clock.elapsed();
                    qApp->quit();
                });
            }
        }
        return false;
    }

private:
    QWidget* m_window;
    const QElapsedTimer& m_clock;
};

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer clock;
    clock.start();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: bench_cold_start FILE\n";
        return 2;
    }
    const qint64 appMs = clock.elapsed();
    slipway::ui::Theme::apply();
    slipway::Database::OpenOptions options;
    auto document = slipway::Document::open(QString::fromLocal8Bit(argv[1]), options);
    if (!document) {
        out << document.error().message << '\n';
        return 2;
    }
    const qint64 openMs = clock.elapsed();
    slipway::ui::MainWindow window;
    window.setDocument(std::move(document.value()));
    const qint64 builtMs = clock.elapsed();
    FirstPaint probe(&window, clock);
    app.installEventFilter(&probe);
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(30000, &app, &QApplication::quit); // never hang a benchmark run
    app.exec();
    out << "qapplication_ms=" << appMs << " document_open_ms=" << openMs - appMs
        << " window_built_ms=" << builtMs - openMs << " first_paint_ms=" << probe.firstPaintMs
        << " frame_done_ms=" << probe.settledMs << '\n';
    return probe.firstPaintMs >= 0 ? 0 : 1;
}
