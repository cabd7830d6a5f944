// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what, and a refusal that names what was refused: the calendar's action covers
// blackouts, freezes, environments, bookings and people alike.
#include "rules/Permissions.h"

#include <QTest>

using namespace slipway;

class tst_Permissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleUserFileAllowsEverything() {
        ActorRights rights;
        rights.login = u"ana"_qs;
        QVERIFY(authorize(rights, Action::EditCalendar).ok());
    }

    void calendarRefusalNamesEverythingItCovers() {
        ActorRights rights;
        rights.login = u"ana"_qs;
        rights.fileHasLogins = true;
        rights.knownPerson = true;
        rights.roles = {u"qa"_qs};
        const auto refused = authorize(rights, Action::EditCalendar);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        const QString text = refused.error().message;
        for (const QString& what :
             {u"blackouts"_qs, u"freezes"_qs, u"environments"_qs, u"bookings"_qs, u"people"_qs})
            QVERIFY2(text.contains(what), qPrintable(text));
        QVERIFY2(text.contains(u"release manager"_qs), qPrintable(text));

        rights.roles.insert(u"release_manager"_qs);
        QVERIFY(authorize(rights, Action::EditCalendar).ok());
    }

    void readOnlyFileRefusesWithItsReason() {
        ActorRights rights;
        rights.fileReadOnly = true;
        rights.readOnlyReason = u"opened with --read-only"_qs;
        const auto refused = authorize(rights, Action::EditCalendar);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"opened with --read-only"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_Permissions.moc"
