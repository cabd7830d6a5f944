// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's screens: each is built the first time it is shown or asked for, then wired to
// the others. A window opening on one screen reads only what that screen shows.
#include "MainWindow.h"

#include "audit/AuditView.h"
#include "cab/CabScreen.h"
#include "calendar/CalendarScreen.h"
#include "comms/CommsScreen.h"
#include "deploy/DeployScreen.h"
#include "deployments/DeploymentsView.h"
#include "domain/StartupTimes.h"
#include "gates/GatesScreen.h"
#include "io/FileTransferActions.h"
#include "packages/PackagesView.h"
#include "releases/ReleasesView.h"
#include "reporting/ReportingScreen.h"
#include "scheduling/SchedulingActions.h"
#include "scope/ScopeScreen.h"
#include "services/Document.h"
#include "services/ValidationScheduler.h"
#include "validation/ValidationScreen.h"

#include <QStackedWidget>

namespace slipway::ui {

ReleasesView* MainWindow::releasesView() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("releases"));
    return m_releases;
}

AuditView* MainWindow::auditView() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("audit"));
    return m_audit;
}

CalendarScreen* MainWindow::calendarScreen() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("calendar"));
    return m_calendar;
}

ScopeScreen* MainWindow::scopeScreen() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("scope"));
    return m_scope;
}

GatesScreen* MainWindow::gatesScreen() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("gates"));
    return m_gates;
}

CabScreen* MainWindow::cabScreen() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("cab"));
    return m_cab;
}

CommsScreen* MainWindow::commsScreen() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("communications"));
    return m_comms;
}

PackagesView* MainWindow::packagesView() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("packages"));
    return m_packages;
}

DeployScreen* MainWindow::deployScreen() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("deploy"));
    return m_deploy;
}

ValidationScreen* MainWindow::validationScreen() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("validate"));
    return m_validate;
}

ReportingScreen* MainWindow::reportingScreen() const {
    const_cast<MainWindow*>(this)->ensureScreen(QStringLiteral("reporting"));
    return m_reporting;
}

bool MainWindow::screensEditable() const {
    return m_document && (m_picturedEditable || !m_document->isReadOnly());
}

void MainWindow::deleteScreens() {
    // Screens and the scheduling actions hold references into the document: they go first.
    if (m_checkScheduler)
        m_checkScheduler->stop();
    delete std::exchange(m_checkScheduler, nullptr);
    delete std::exchange(m_releases, nullptr);
    delete std::exchange(m_audit, nullptr);
    delete std::exchange(m_calendar, nullptr);
    delete std::exchange(m_scope, nullptr);
    delete std::exchange(m_gates, nullptr);
    delete std::exchange(m_cab, nullptr);
    delete std::exchange(m_comms, nullptr);
    delete std::exchange(m_deployments, nullptr);
    delete std::exchange(m_packages, nullptr);
    delete std::exchange(m_deploy, nullptr);
    delete std::exchange(m_validate, nullptr);
    delete std::exchange(m_reporting, nullptr);
    delete std::exchange(m_scheduling, nullptr); // before the document it points into
    delete std::exchange(m_transfers, nullptr);
    // What is left in the stack are the placeholders of screens never built.
    if (m_screens) {
        while (m_screens->count() > 0) {
            QWidget* page = m_screens->widget(0);
            m_screens->removeWidget(page);
            delete page;
        }
    }
}

void MainWindow::startCheckScheduler() {
    // A window someone works in runs the scheduled checks while it is open, whether or not the
    // After release screen was opened; once it is, that screen runs them and shows each result.
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_validate) {
        m_validate->startScheduler();
        return;
    }
    if (m_checkScheduler)
        return;
    m_checkScheduler = new ValidationScheduler(m_document->validationChecks(), this);
    m_checkScheduler->start();
}

void MainWindow::buildScreen(const QString& key) {
    Document& document = *m_document;
    const bool editable = screensEditable();
    if (key == u"releases") {
        m_releases = new ReleasesView(document, m_screens);
        placeScreen(key, m_releases);
        connect(m_releases, &ReleasesView::openScreen, this,
                [this](const QString& screen, qint64 releaseId) {
                    if (screen == u"deployments" && ensureScreen(screen))
                        m_deployments->showRelease(releaseId);
                    if (screen == u"packages")
                        packagesView()->showRelease(releaseId);
                    if (screen == u"deploy")
                        deployScreen()->showRelease(releaseId);
                    if (screen == u"validate")
                        validationScreen()->showRelease(releaseId);
                    showScreen(screen);
                });
        m_releases->setEditable(editable);
        if (m_rememberLayout)
            m_releases->restoreLayout();
    } else if (key == u"audit") {
        m_audit = new AuditView(document, m_screens);
        placeScreen(key, m_audit);
        if (m_rememberLayout)
            m_audit->restoreLayout();
    } else if (key == u"calendar") {
        m_calendar = new CalendarScreen(document, m_screens);
        placeScreen(key, m_calendar);
        connect(m_calendar, &CalendarScreen::openRelease, this, [this](qint64 id) {
            showScreen(QStringLiteral("releases"));
            m_releases->selectRelease(id);
        });
        connect(m_calendar, &CalendarScreen::createRelease, this, [this] {
            showScreen(QStringLiteral("releases"));
            m_releases->newRelease();
        });
        m_calendar->followSchedule(m_scheduling->services());
        m_calendar->setSchedulingActions(m_scheduling);
        m_calendar->setEditable(editable);
        if (m_rememberLayout)
            m_calendar->restoreLayout();
    } else if (key == u"scope") {
        m_scope = new ScopeScreen(document, m_screens);
        placeScreen(key, m_scope);
        connect(m_scope, &ScopeScreen::createRelease, this, [this] {
            showScreen(QStringLiteral("releases"));
            m_releases->newRelease();
        });
        m_scope->setEditable(editable);
    } else if (key == u"gates") {
        m_gates = new GatesScreen(document, m_screens);
        placeScreen(key, m_gates);
        m_gates->setEditable(editable);
    } else if (key == u"cab") {
        m_cab = new CabScreen(document, m_screens);
        placeScreen(key, m_cab);
        m_cab->setEditable(editable);
    } else if (key == u"communications") {
        m_comms = new CommsScreen(document, m_screens);
        placeScreen(key, m_comms);
        m_comms->setEditable(editable);
    } else if (key == u"deployments") {
        m_deployments = new DeploymentsView(document, m_screens);
        placeScreen(key, m_deployments);
        m_deployments->setEditable(editable);
    } else if (key == u"packages") {
        m_packages = new PackagesView(document, m_screens);
        placeScreen(key, m_packages);
        m_packages->setEditable(editable);
    } else if (key == u"deploy") {
        m_deploy = new DeployScreen(document, m_screens);
        placeScreen(key, m_deploy);
        m_deploy->setEditable(editable);
    } else if (key == u"validate") {
        m_validate = new ValidationScreen(document, m_screens);
        placeScreen(key, m_validate);
        m_validate->setEditable(editable);
        if (m_checkScheduler) { // the screen takes the scheduled checks over
            m_checkScheduler->stop();
            delete std::exchange(m_checkScheduler, nullptr);
            m_validate->startScheduler();
        }
    } else if (key == u"reporting") {
        m_reporting = new ReportingScreen(document);
        placeScreen(key, m_reporting);
        m_reporting->setEditable(editable);
        if (m_rememberLayout)
            m_reporting->rememberPeriod();
    }
    if (StartupTimes::enabled())
        StartupTimes::mark(qPrintable(QStringLiteral("screen built: ") + key));
}

} // namespace slipway::ui
