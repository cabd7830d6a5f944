// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's File menu: new, open, open read-only, connect to a server, recent files and
// servers, save a copy, about.
#include "MainWindow.h"

#include "connect/ConnectServerDialog.h"
#include "services/DatabaseAddress.h"
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
        // A server as its display name, reopened by what it was opened as.
        const bool server = DatabaseAddress::isServer(path);
        QAction* action = m_recentMenu->addAction(server ? DatabaseAddress::displayName(path)
                                                         : QFileInfo(path).fileName(),
                                                  this, [this, path] { openFile(path, false); });
        action->setToolTip(server ? DatabaseAddress::displayName(path)
                                  : QDir::toNativeSeparators(path));
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

void MainWindow::connectToServer() {
    ConnectServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.address().isEmpty())
        openFile(dialog.address(), false);
}

void MainWindow::saveCopy() {
    if (!m_document || DatabaseAddress::isServer(m_document->path()))
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
