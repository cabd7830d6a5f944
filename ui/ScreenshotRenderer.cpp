// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRenderer.h"

#include "MainWindow.h"
#include "Theme.h"
#include "audit/AuditView.h"
#include "cab/CabScreen.h"
#include "calendar/CalendarScreen.h"
#include "comms/CommsScreen.h"
#include "comms/TemplatesPage.h"
#include "connect/ConnectServerDialog.h"
#include "connect/ServerPasswordDialog.h"
#include "definition/ReleaseDefinitionPanel.h"
#include "deploy/DeployScreen.h"
#include "deploy/WarRoomWindow.h"
#include "gates/GateTemplateDialog.h"
#include "gates/GatesScreen.h"
#include "packages/PackagesView.h"
#include "releases/ReleasesView.h"
#include "reporting/AdherencePanel.h"
#include "reporting/ReportingScreen.h"
#include "scope/ScopeScreen.h"
#include "services/AssumptionService.h"
#include "services/Document.h"
#include "services/ExitCriteriaService.h"
#include "services/ReleaseService.h"
#include "services/RiskAssessmentService.h"
#include "services/SuccessMetricService.h"
#include "validation/ValidationScreen.h"

#include <QApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>

#include <memory>

namespace slipway::ui {

namespace {

// The release whose definition has the most in it, so the picture shows every section filled.
qint64 richestDefinition(Document& document) {
    auto releases = document.releases().all();
    if (!releases)
        return 0;
    qint64 best = 0;
    qsizetype bestCount = -1;
    for (const Release& r : releases.value()) {
        qsizetype count = r.objectives.isEmpty() ? 0 : 1;
        if (auto c = document.exitCriteria().forRelease(r.id))
            count += c->size();
        if (auto a = document.assumptions().forRelease(r.id))
            count += a->size();
        if (auto m = document.successMetrics().forRelease(r.id))
            count += m->size();
        if (auto k = document.riskAssessments().forRelease(r.id); k && k.value())
            count += 3;
        if (count > bestCount) {
            best = r.id;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

// "definition" is the Releases screen with a release's definition panel forward.
QStringList screenshotViewNames() {
    QStringList names = MainWindow::screenNames() << QStringLiteral("definition");
    if (names.contains(QStringLiteral("gates")))
        names << QStringLiteral("gate-templates"); // the Gates screen's template editor
    if (names.contains(QStringLiteral("communications")))
        names << QStringLiteral("comms"); // the short name the command line uses
    if (names.contains(QStringLiteral("packages")))
        for (const QString& tab : PackagesView::tabNames().mid(1))
            names << QStringLiteral("packages-") + tab; // the Packages screen's other tabs
    if (names.contains(QStringLiteral("deploy")))
        names << QStringLiteral("deploy-run") << QStringLiteral("deploy-war-room");
    if (names.contains(QStringLiteral("validate")))
        for (const QString& tab : ValidationScreen::tabNames().mid(1))
            names << QStringLiteral("validate-") + tab; // the After release screen's other tabs
    if (names.contains(QStringLiteral("reporting")))
        names << QStringLiteral("reporting-adherence"); // the adherence review tab
    // File ▸ Connect to Server and the password it may ask for, over the window.
    names << QStringLiteral("connect-server") << QStringLiteral("server-password");
    return names;
}

Result<void> renderScreenshot(const QString& dbPath, const QString& view, const QSize& size,
                              const QString& outPath, const Interval& range) {
    const QString screen = view == u"comms"                 ? QStringLiteral("communications")
                           : view == u"gate-templates"      ? QStringLiteral("gates")
                           : view.startsWith(u"packages-")  ? QStringLiteral("packages")
                           : view.startsWith(u"deploy-")    ? QStringLiteral("deploy")
                           : view.startsWith(u"validate-")  ? QStringLiteral("validate")
                           : view.startsWith(u"reporting-") ? QStringLiteral("reporting")
                                                            : view;
    if (!screenshotViewNames().contains(view))
        return Error{Error::Kind::Usage,
                     QApplication::translate("Screenshot", "unknown view '%1'; valid views: %2")
                         .arg(view, screenshotViewNames().join(QStringLiteral(", ")))};
    if (!size.isValid() || size.width() < 320 || size.height() < 200 || size.width() > 7680 ||
        size.height() > 4320)
        return Error{Error::Kind::Usage,
                     QApplication::translate("Screenshot",
                                             "size %1x%2 is out of range (320x200 to 7680x4320)")
                         .arg(size.width())
                         .arg(size.height())};
    FileOpenOptions options;
    options.readOnly = true;
    auto document = Document::open(dbPath, options);
    if (!document)
        return document.error();

    const qint64 definitionRelease =
        view == u"definition" ? richestDefinition(*document.value()) : 0;
    Theme::apply();
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setDocument(std::move(document.value()));
    window.pictureAsEditable();
    window.showScreen(view == u"definition" ? QStringLiteral("releases") : screen);
    window.resize(size);
    window.show();
    QApplication::processEvents();
    // A selected first row shows the editor panel filled in, as a user would see it.
    if (view == u"releases" && window.releasesView())
        window.releasesView()->selectFirst();
    if (view == u"definition" && window.releasesView()) {
        window.releasesView()->selectRelease(definitionRelease);
        window.releasesView()->showDefinition();
    }
    if (view == u"audit" && window.auditView())
        window.auditView()->selectFirst();
    if (screen == u"gates" && window.gatesScreen())
        window.gatesScreen()->selectFirst();
    if (view == u"cab" && window.cabScreen())
        window.cabScreen()->selectFirst();
    if (view == u"calendar" && window.calendarScreen() && !range.isEmpty())
        window.calendarScreen()->showRange(range);
    // The board of the release with the most items.
    if (view == u"scope" && window.scopeScreen())
        window.scopeScreen()->showBusiestRelease();
    // The release with the most artifacts.
    if (screen == u"packages" && window.packagesView()) {
        const QString tab = view.startsWith(u"packages-") ? view.mid(int(qstrlen("packages-")))
                                                          : QStringLiteral("artifacts");
        window.packagesView()->showBusiestRelease(tab);
        window.packagesView()->showTab(tab);
    }
    // The release whose runbook has the most going on: running, else ready.
    if (screen == u"deploy" && window.deployScreen()) {
        window.deployScreen()->showBusiestRelease();
        window.deployScreen()->showTab(view == u"deploy-run" ? QStringLiteral("run")
                                                             : QStringLiteral("runbook"));
    }
    // The release with the most to show after its deployment, on the tab the view names.
    if (screen == u"validate" && window.validationScreen()) {
        window.validationScreen()->showBusiestRelease();
        window.validationScreen()->showTab(view.startsWith(u"validate-")
                                               ? view.mid(int(qstrlen("validate-")))
                                               : QStringLiteral("checks"));
    }
    if (screen == u"reporting" && window.reportingScreen()) {
        window.reportingScreen()->showTab(view == u"reporting" ? QStringLiteral("dashboard")
                                                               : QStringLiteral("adherence"));
        window.reportingScreen()->refreshNow();
        window.reportingScreen()->adherencePanel()->showBusiestDeviation();
    }
    QApplication::processEvents();
    // The preview renders after a short pause in typing; show it filled in.
    if (screen == u"communications" && window.commsScreen()) {
        window.commsScreen()->templatesPage()->selectTemplate(QStringLiteral("release-notice"));
        window.commsScreen()->templatesPage()->updatePreview();
        QApplication::processEvents();
    }

    // The template editor is a dialog over the Gates screen: the picture is the dialog.
    if (view == u"gate-templates" && window.gatesScreen()) {
        if (GateTemplateDialog* dialog = window.gatesScreen()->openTemplates()) {
            dialog->resize(size);
            dialog->selectGate(1);
            QApplication::processEvents();
            const QPixmap shot = dialog->grab();
            dialog->close();
            window.close();
            QImageWriter writer(outPath, "png");
            if (!writer.write(shot.toImage()))
                return Error{Error::Kind::Io,
                             QApplication::translate("Screenshot", "cannot write %1: %2")
                                 .arg(QFileInfo(outPath).absoluteFilePath(), writer.errorString())};
            return {};
        }
    }
    // The dialogs of connecting to a server: pictured at their own size, filled in.
    if (view == u"connect-server" || view == u"server-password") {
        std::unique_ptr<QDialog> dialog;
        if (view == u"connect-server") {
            auto connect = std::make_unique<ConnectServerDialog>(&window);
            connect->fill(QStringLiteral("pg.example.com"), QStringLiteral("slipway"),
                          QStringLiteral("release_manager"));
            dialog = std::move(connect);
        } else {
            dialog = std::make_unique<ServerPasswordDialog>(
                QStringLiteral("postgresql://release_manager@pg.example.com/slipway"), false,
                &window);
        }
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        dialog->show();
        QApplication::processEvents();
        const QPixmap shot = dialog->grab();
        dialog->close();
        window.close();
        QImageWriter writer(outPath, "png");
        if (!writer.write(shot.toImage()))
            return Error{Error::Kind::Io,
                         QApplication::translate("Screenshot", "cannot write %1: %2")
                             .arg(QFileInfo(outPath).absoluteFilePath(), writer.errorString())};
        return {};
    }
    // The war room is a window of its own over the Deploy screen: the picture is that window.
    if (view == u"deploy-war-room" && window.deployScreen() && window.document()) {
        WarRoomWindow room(*window.document(), window.deployScreen()->currentReleaseId());
        room.setAttribute(Qt::WA_DontShowOnScreen);
        room.resize(size);
        room.show();
        QApplication::processEvents();
        const QPixmap shot = room.grab();
        room.close();
        window.close();
        QImageWriter writer(outPath, "png");
        if (!writer.write(shot.toImage()))
            return Error{Error::Kind::Io,
                         QApplication::translate("Screenshot", "cannot write %1: %2")
                             .arg(QFileInfo(outPath).absoluteFilePath(), writer.errorString())};
        return {};
    }
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
