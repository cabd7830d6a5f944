// SPDX-License-Identifier: GPL-3.0-or-later
// The acting login as a release build takes it: Session compiled on its own, without the test
// build's stand-in, with every variable that once named the user set to someone else.
#include "services/Session.h"

#include <QTest>

#include <pwd.h>
#include <unistd.h>

#ifdef SLIPWAY_TEST_IDENTITY
#error "tst_ReleaseIdentity must build Session as a release build does"
#endif

using namespace slipway;

class tst_ReleaseIdentity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theLoginIsTheAccountWhateverTheEnvironmentSays() {
        for (const char* name :
             {"SLIPWAY_TEST_USER", "SLIPWAY_USER", "USER", "USERNAME", "LOGNAME"})
            QCOMPARE(qgetenv(name), QByteArray("mallory")); // set by CTest
        const passwd* pw = ::getpwuid(::geteuid());
        QVERIFY(pw && pw->pw_name);
        const QString account = QString::fromLocal8Bit(pw->pw_name);
        QVERIFY(account != u"mallory"_qs);
        QCOMPARE(Session::osUser(), account);
        QCOMPARE(Session::actingLogin(), account);
        QCOMPARE(Session::forCurrentUser().actor, account);
    }
};

QTEST_GUILESS_MAIN(tst_ReleaseIdentity)
#include "tst_ReleaseIdentity.moc"
