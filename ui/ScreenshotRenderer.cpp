// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRenderer.h"

#include "MainWindow.h"
#include "Theme.h"
#include "audit/AuditView.h"
#include "calendar/CalendarScreen.h"
#include "releases/ReleasesView.h"
#include "services/Document.h"

#include <QApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>

namespace slipway::ui {

QStringList screenshotViewNames() {
    return MainWindow::screenNames();
}

Result<void> renderScreenshot(const QString& dbPath, const QString& view, const QSize& size,
                              const QString& outPath, const Interval& range) {
    if (!MainWindow::screenNames().contains(view))
        return Error{Error::Kind::Usage,
                     QApplication::translate("Screenshot", "unknown view '%1'; valid views: %2")
                         .arg(view, MainWindow::screenNames().join(QStringLiteral(", ")))};
    if (!size.isValid() || size.width() < 320 || size.height() < 200 || size.width() > 7680 ||
        size.height() > 4320)
        return Error{Error::Kind::Usage,
                     QApplication::translate("Screenshot",
                                             "size %1x%2 is out of range (320x200 to 7680x4320)")
                         .arg(size.width())
                         .arg(size.height())};
    Database::OpenOptions options;
    options.readOnly = true;
    auto document = Document::open(dbPath, options);
    if (!document)
        return document.error();

    Theme::apply();
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setDocument(std::move(document.value()));
    window.pictureAsEditable();
    window.showScreen(view);
    window.resize(size);
    window.show();
    QApplication::processEvents();
    // A selected first row shows the editor panel filled in, as a user would see it.
    if (view == u"releases" && window.releasesView())
        window.releasesView()->selectFirst();
    if (view == u"audit" && window.auditView())
        window.auditView()->selectFirst();
    if (view == u"calendar" && window.calendarScreen() && !range.isEmpty())
        window.calendarScreen()->showRange(range);
    QApplication::processEvents();

    const QPixmap shot = window.grab();
    window.close();
    QImageWriter writer(outPath, "png");
    if (!writer.write(shot.toImage()))
        return Error{Error::Kind::Io,
                     QApplication::translate("Screenshot", "cannot write %1: %2")
                         .arg(QFileInfo(outPath).absoluteFilePath(), writer.errorString())};
    return {};
}

} // namespace slipway::ui
