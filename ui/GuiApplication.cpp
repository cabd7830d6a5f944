// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiApplication.h"

#include "MainWindow.h"
#include "Theme.h"
#include "io/DemoGenerator.h"
#include "services/Document.h"
#include "services/FilePreferences.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace slipway::ui {
namespace {

// The demo file is made once, in the user's data folder, and reused after.
Result<QString> demoDatabase() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return Error{Error::Kind::Io, QApplication::translate("Gui", "cannot create the folder %1")
                                          .arg(QDir::toNativeSeparators(folder))};
    const QString path = folder + QStringLiteral("/demo.slipway");
    if (QFileInfo::exists(path))
        return path;
    DemoGenerator::Options options;
    options.anchor = DemoGenerator::todayAnchor();
    if (auto made = DemoGenerator::generate(path, options); !made)
        return made.error();
    return path;
}

} // namespace

int runGui(QApplication& app, const QString& dbPath, bool shared) {
    Theme::apply();
    QString path = dbPath;
    if (path.isEmpty()) {
        auto demo = demoDatabase();
        if (!demo) {
            QMessageBox::critical(nullptr, QApplication::translate("Gui", "Slipway"),
                                  demo.error().message);
            return 2;
        }
        path = demo.value();
    }
    // --shared is remembered for the file, so the next plain start keeps the safe journal.
    if (shared)
        FilePreferences::setShared(path, true);
    FileOpenOptions options;
    options.create = true;
    options.shared = shared || FilePreferences::isShared(path);
    auto document = Document::open(path, options);
    if (!document) {
        QMessageBox::critical(nullptr, QApplication::translate("Gui", "Cannot open the file"),
                              document.error().message);
        return 2;
    }
    MainWindow window;
    window.setDocument(std::move(document.value()));
    window.restoreLayout();
    window.show();
    return app.exec();
}

} // namespace slipway::ui
