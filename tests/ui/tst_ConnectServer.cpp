// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Connect to Server: the dialog builds an address that names exactly the database typed
// (spaces, quotes, '?', '#', '/' and '@' included), with verify-full preselected for a host
// across the network; a server that wants a password libpq cannot find is asked for one (a
// wrong one asked again), is opened with it, shows its display name, offers no Save a Copy, and
// is remembered in the recent list by an address that reopens it. Without a keyring daemon the
// keyring's refusal is one line in the window, not a hang.
#include "MainWindow.h"
#include "MessageBar.h"
#include "PgServer.h"
#include "WidgetSupport.h"
#include "connect/ConnectServerDialog.h"
#include "connect/ServerKeyring.h"
#include "connect/ServerPasswordDialog.h"
#include "services/DatabaseAddress.h"
#include "services/Document.h"
#include "services/FilePreferences.h"
#include "storage/ConnectionSpec.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace slipway;
using namespace slipway::test;
using namespace slipway::ui;

namespace {

// Answers the next password dialog other than `previous` once it shows.
void whenAsked(std::function<void(ServerPasswordDialog*)> answer,
               QPointer<ServerPasswordDialog>* previous = nullptr) {
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, previous] {
        auto* dialog = qobject_cast<ServerPasswordDialog*>(QApplication::activeModalWidget());
        if (!dialog || (previous && *previous == dialog))
            return;
        poll->stop();
        poll->deleteLater();
        if (previous)
            *previous = dialog;
        answer(dialog);
    });
    poll->start();
}

void answerWith(ServerPasswordDialog* dialog, const QString& password, bool remember) {
    typeInto(child<QLineEdit>(*dialog, u"passwordEdit"_qs), password);
    auto* box = child<QCheckBox>(*dialog, u"rememberPassword"_qs);
    QVERIFY(!box->isChecked()); // never ticked for the user
    box->setChecked(remember);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

QString dbnameOf(const QString& address) {
    const auto spec = ConnectionSpec::parse(address);
    if (!spec)
        helperFailed(u"the dialog's address does not parse: "_qs + spec.error().message);
    return spec ? spec->parameter(u"dbname"_qs) : QString();
}

} // namespace

class tst_ConnectServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SlipwayTests"_qs);
        QCoreApplication::setApplicationName(u"tst_ConnectServer"_qs);
        dropLoginSession();
        qputenv("PGPASSFILE",
                "/nonexistent/slipway-tests-no-pgpass"); // libpq warns about /dev/null
        qunsetenv("PGPASSWORD");
    }

    void buildsTheAddressOfAHostileName() {
        ConnectServerDialog dialog;
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no database named yet
        const QString name = u"rel 'plan' \"Q3\" ?x=1&y #2 50% a/b"_qs;
        typeInto(child<QLineEdit>(dialog, u"hostEdit"_qs), u"db.example.com"_qs);
        child<QSpinBox>(dialog, u"portSpin"_qs)->setValue(6543);
        typeInto(child<QLineEdit>(dialog, u"databaseEdit"_qs), name);
        typeInto(child<QLineEdit>(dialog, u"userEdit"_qs), u"ann@corp"_qs);
        QVERIFY(ok->isEnabled());
        const QString address = dialog.address();
        QVERIFY2(address.startsWith(u"postgresql://"_qs), qPrintable(address));
        const auto spec = ConnectionSpec::parse(address);
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        QCOMPARE(spec->parameter(u"dbname"_qs), name);
        QCOMPARE(spec->parameter(u"user"_qs), u"ann@corp"_qs);
        QCOMPARE(spec->parameter(u"host"_qs), u"db.example.com"_qs);
        QCOMPARE(spec->parameter(u"port"_qs), u"6543"_qs);
        QCOMPARE(spec->parameter(u"sslmode"_qs), u"verify-full"_qs);
        QVERIFY(child<QLabel>(dialog, u"addressPreview"_qs)->text().contains(name));
        shoot(&dialog, u"connect-server"_qs);
    }

    void verifyFullAcrossTheNetworkOnly() {
        ConnectServerDialog dialog;
        auto* host = child<QLineEdit>(dialog, u"hostEdit"_qs);
        auto* ssl = child<QComboBox>(dialog, u"sslModeCombo"_qs);
        typeInto(child<QLineEdit>(dialog, u"databaseEdit"_qs), u"slipway"_qs);
        // The local socket: libpq's default, and the default port left out.
        QCOMPARE(ssl->currentData().toString(), QString());
        QCOMPARE(dialog.address(), u"postgresql:///slipway"_qs);
        typeInto(host, u"10.1.2.3"_qs);
        QCOMPARE(ssl->currentData().toString(), u"verify-full"_qs);
        typeInto(host, u"localhost"_qs);
        QCOMPARE(ssl->currentData().toString(), QString());
        typeInto(host, u"pg.internal"_qs);
        QCOMPARE(ssl->currentData().toString(), u"verify-full"_qs);
        // A mode the user picks stays, whatever the host.
        ssl->setCurrentIndex(ssl->findData(u"require"_qs));
        typeInto(host, u"127.0.0.1"_qs);
        QCOMPARE(ssl->currentData().toString(), u"require"_qs);
        QCOMPARE(ConnectionSpec::parse(dialog.address())->parameter(u"sslmode"_qs), u"require"_qs);
        QCOMPARE(dbnameOf(dialog.address()), u"slipway"_qs);
    }

    void serviceByName() {
        ConnectServerDialog dialog;
        child<QRadioButton>(dialog, u"connectByService"_qs)->setChecked(true);
        QVERIFY(!child<QLineEdit>(dialog, u"hostEdit"_qs)->isEnabled());
        typeInto(child<QLineEdit>(dialog, u"serviceEdit"_qs), u"team's db"_qs);
        const auto spec = ConnectionSpec::parse(dialog.address());
        QVERIFY2(spec.ok(), qPrintable(dialog.address()));
        QVERIFY(spec->isPostgres());
        QCOMPARE(spec->parameter(u"service"_qs), u"team's db"_qs);
        QCOMPARE(DatabaseAddress::displayName(dialog.address()), u"service=team's db"_qs);
    }

    void asksForThePasswordAndOpens() {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error())); // ./dev.sh installs PostgreSQL 15
        // Opened once without a password, so the schema is there for the window.
        {
            FileOpenOptions options;
            auto first = Document::open(pg.url(), options);
            QVERIFY2(first.ok(), qPrintable(first.error().message));
        }
        QVERIFY2(pg.requirePassword(u"right horse"_qs), qPrintable(pg.error()));
        MainWindow window;
        window.show(); // the message bar tells its text only when shown
        QPointer<ServerPasswordDialog> previous;
        int asked = 0;
        bool secondSaidRefused = false;
        whenAsked(
            [&](ServerPasswordDialog* first) {
                ++asked;
                // The second question follows a wrong answer and says so.
                whenAsked(
                    [&](ServerPasswordDialog* second) {
                        ++asked;
                        secondSaidRefused = child<QLabel>(*second, u"passwordIntro"_qs)
                                                ->text()
                                                .contains(u"did not accept"_qs);
                        answerWith(second, u"right horse"_qs, false);
                    },
                    &previous);
                answerWith(first, u"wrong horse"_qs, false);
            },
            &previous);
        QElapsedTimer took;
        took.start();
        QVERIFY(window.openFile(pg.url(), false));
        QCOMPARE(asked, 2);
        QVERIFY(secondSaidRefused);
        QVERIFY2(took.elapsed() < 20000, "opening waited on the keyring");
        const QString shown = DatabaseAddress::displayName(pg.url());
        QVERIFY2(window.windowTitle().startsWith(shown), qPrintable(window.windowTitle()));
        auto* saveCopy = window.findChild<QAction*>(u"saveCopyAction"_qs);
        QVERIFY(saveCopy);
        QVERIFY(!saveCopy->isEnabled());
        QVERIFY(saveCopy->toolTip().contains(u"slipway migrate"_qs));
        // The keyring was asked before the user; here it has no daemon, and says so in one line.
        auto* bar = child<MessageBar>(window, u"windowMessage"_qs);
        if (bar->isVisible())
            QVERIFY2(!bar->text().contains(u'\n') && bar->text().contains(u"keyring"_qs),
                     qPrintable(bar->text()));

        // Ticking the box asks the keyring to remember: without a daemon, one line, no file.
        window.setDocument(nullptr);
        whenAsked(
            [&](ServerPasswordDialog* dialog) { answerWith(dialog, u"right horse"_qs, true); });
        QVERIFY(window.openFile(pg.url(), false));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(u"did not remember"_qs),
                                 10000);
        QVERIFY2(!bar->text().contains(u"right horse"_qs), qPrintable(bar->text()));

        // Cancelled: not opened, nothing half-shown.
        window.setDocument(nullptr);
        whenAsked([](ServerPasswordDialog* dialog) { dialog->reject(); });
        auto* closeBox = new QTimer;
        closeBox->setInterval(10);
        QObject::connect(closeBox, &QTimer::timeout, closeBox, [closeBox] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && !qobject_cast<ServerPasswordDialog*>(modal)) {
                closeBox->stop();
                closeBox->deleteLater();
                modal->close();
            }
        });
        closeBox->start();
        QVERIFY(!window.openFile(pg.url(), false));
        QVERIFY(!window.document());
    }

    void connectFromTheFileMenu() {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error())); // ./dev.sh installs PostgreSQL 15
        MainWindow window;
        bool filled = false;
        auto* poll = new QTimer(&window);
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, poll, [&, poll] {
            auto* dialog = qobject_cast<ConnectServerDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            typeInto(child<QLineEdit>(*dialog, u"hostEdit"_qs), u"127.0.0.1"_qs);
            child<QSpinBox>(*dialog, u"portSpin"_qs)->setValue(pg.port());
            typeInto(child<QLineEdit>(*dialog, u"databaseEdit"_qs), pg.database());
            typeInto(child<QLineEdit>(*dialog, u"userEdit"_qs), pg.role());
            filled = true;
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        poll->start();
        auto* action = window.findChild<QAction*>(u"connectServerAction"_qs);
        QVERIFY(action);
        action->trigger();
        QVERIFY(filled);
        QVERIFY(window.document());
        const QString shown = DatabaseAddress::displayName(pg.url());
        QVERIFY2(window.windowTitle().startsWith(shown), qPrintable(window.windowTitle()));
    }

    void recentServerReopens() {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error())); // ./dev.sh installs PostgreSQL 15
        const QString url = pg.url() + u"?application_name=slipway_tests"_qs;
        MainWindow window;
        window.restoreLayout(); // a window that keeps a recent list
        QVERIFY(window.openFile(url, false));
        const QString shown = DatabaseAddress::displayName(url);
        auto* recent = child<QMenu>(window, u"recentMenu"_qs);
        Q_EMIT recent->aboutToShow();
        QAction* entry = nullptr;
        for (QAction* action : recent->actions()) {
            if (action->text() == shown)
                entry = action;
        }
        QVERIFY2(entry, qPrintable(shown));
        QCOMPARE(entry->toolTip(), shown);
        window.setDocument(nullptr);
        entry->trigger();
        QVERIFY(window.document());
        // The same server, parameters and all (the storage layer keeps it as a libpq string).
        QCOMPARE(ConnectionSpec::parse(window.document()->path())->conninfo(),
                 ConnectionSpec::parse(url)->conninfo());
        QVERIFY2(window.windowTitle().startsWith(shown), qPrintable(window.windowTitle()));
    }

    void serversStayInTheRecentList() {
        const QString address = u"postgresql://ann@pg.example.com/slipway?sslmode=verify-full"_qs;
        FilePreferences::addRecentFile(address);
        FilePreferences::addRecentFile(u"service=teamdb"_qs);
        const QStringList recent = FilePreferences::recentFiles();
        QCOMPARE(recent.value(0), u"service=teamdb"_qs);
        QCOMPARE(recent.value(1), address); // as given, so that it reopens the server
    }

    void dialogsFitTheirText() {
        ServerPasswordDialog dialog(u"postgresql://release_manager@pg.example.com:5432/slipway"_qs,
                                    true);
        dialog.show();
        QApplication::processEvents();
        auto* intro = child<QLabel>(dialog, u"passwordIntro"_qs);
        QVERIFY(intro->height() >= intro->heightForWidth(intro->width()));
        QVERIFY(child<QCheckBox>(dialog, u"rememberPassword"_qs)->width() >=
                child<QCheckBox>(dialog, u"rememberPassword"_qs)->sizeHint().width());
        shoot(&dialog, u"server-password"_qs);
    }
};

QTEST_MAIN(tst_ConnectServer)
#include "tst_ConnectServer.moc"
