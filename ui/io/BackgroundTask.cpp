// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace slipway::ui {

// Short reads finish before anyone could read a progress dialog.
constexpr int kShowProgressAfterMs = 400;

bool runInBackground(QWidget* parent, const QString& label, std::function<void()> work) {
    QThread* thread = QThread::create(std::move(work));
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kShowProgressAfterMs);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    thread->start();
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeSocketNotifiers);
    if (thread->wait(0)) {
        delete thread;
        return true;
    }
    // Cancelled: the thread deletes itself when its work is done.
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    return false;
}

} // namespace slipway::ui
