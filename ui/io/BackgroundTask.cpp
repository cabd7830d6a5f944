// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace slipway::ui {

// Short reads finish before anyone could read a progress dialog.
constexpr int kShowProgressAfterMs = 400;

bool runInBackground(QWidget* parent, const QString& label, std::function<void()> work) {
    QThread* thread = QThread::create(std::move(work));
    // Freed once its work is done, whether anyone still waits for it or not.
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // The owner takes no input meanwhile (a new mapping or file would race the work); the
    // progress dialog is not its child, so Cancel still works.
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    // Shown only if the work takes a while: short reads never flash it.
    QTimer::singleShot(kShowProgressAfterMs, &progress, [&progress] { progress.show(); });
    const bool wasEnabled = parent && parent->isEnabled();
    if (parent)
        parent->setEnabled(false);
    thread->start();
    loop.exec();
    if (parent)
        parent->setEnabled(wasEnabled);
    return !cancelled;
}

} // namespace slipway::ui
