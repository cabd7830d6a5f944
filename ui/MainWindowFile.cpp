// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's File menu: new, open, open read-only, recent files, save a copy, about.
#include "MainWindow.h"

#include "services/Document.h"
#include "services/FilePreferences.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace slipway::ui {

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = FilePreferences::recentFiles();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                  [this, path] { openFile(path, false); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

QString MainWindow::fileFilter() {
    return tr("Slipway files (*.slipway);;All files (*)");
}

void MainWindow::newFile() {
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Slipway file"), QString(), fileFilter(), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".slipway");
    if (QFileInfo::exists(path)) {
        // Never replace a database behind the user's back; opening it is one menu away.
        QMessageBox::warning(this, tr("File exists"),
                             tr("%1 already exists. Use File ▸ Open to open it, or choose "
                                "another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path, true);
}

void MainWindow::openFileDialog(bool readOnly) {
    const QString path = QFileDialog::getOpenFileName(
        this, readOnly ? tr("Open Slipway file read-only") : tr("Open Slipway file"), QString(),
        fileFilter());
    if (!path.isEmpty())
        openFile(path, false, false, readOnly);
}

void MainWindow::saveCopy() {
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".slipway");
    if (auto saved = m_document->saveCopy(path); !saved)
        QMessageBox::critical(this, tr("Cannot save a copy"), saved.error().message);
    else
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Slipway"),
        tr("<h3>Slipway %1</h3><p>Release planning for release managers and Change Advisory "
           "Boards.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace slipway::ui
