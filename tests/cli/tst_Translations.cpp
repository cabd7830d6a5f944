// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue reaches the user: the real binary, started in a German locale, says in
// German what it says in English under the tests' C locale. The messages come from the command
// line (context "cli", through CliText), a command's option help, a lookup in models/services
// and the file check in models/storage: strings that lupdate once filed under a context the
// program never looks in.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_Translations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The binary with `args`, its locale chosen the way a user's session chooses it.
    static Run runIn(const QString& language, const QStringList& args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_qs, language == u"de" ? u"de"_qs : QString());
        env.insert(u"LC_ALL"_qs, language == u"de" ? u"de_DE.UTF-8"_qs : u"C.UTF-8"_qs);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(slipwayBinary(), args);
        Run run;
        if (!p.waitForStarted() || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            helperFailed(u"slipway %1 did not run to its end"_qs.arg(args.join(u' ')));
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        QVERIFY(m_dir.isValid());
    }

    void usageErrorsSpeakTheUsersLanguage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("lifecycle without an action")
            << QStringList{u"lifecycle"_qs}
            << u"slipway lifecycle: say what to do: show, set, override, approve, settle, "
               "settings"_qs
            << u"slipway lifecycle: geben Sie an, was zu tun ist: show, set, override, approve, "
               "settle, settings"_qs;
        QTest::newRow("deploy without an action")
            << QStringList{u"deploy"_qs}
            << u"slipway deploy: say what to do: 'slipway deploy record …'"_qs
            << u"slipway deploy: geben Sie an, was zu tun ist: 'slipway deploy record …'"_qs;
        QTest::newRow("unknown command")
            << QStringList{u"launch"_qs}
            << u"slipway: unknown command 'launch' (see 'slipway --help')"_qs
            << u"slipway: unbekannter Befehl 'launch' (siehe 'slipway --help')"_qs;
        QTest::newRow("no --db")
            << QStringList{u"export"_qs, u"csv"_qs}
            << u"slipway export: --db FILE is required (see 'slipway export --help')"_qs
            << u"slipway export: --db DATEI ist erforderlich (siehe 'slipway export --help')"_qs;
    }

    void usageErrorsSpeakTheUsersLanguage() {
        QFETCH(QStringList, args);
        QFETCH(QString, english);
        QFETCH(QString, german);
        const Run en = runIn(u"en"_qs, args);
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(en.errText(), english);
        const Run de = runIn(u"de"_qs, args);
        QCOMPARE(de.exitCode, 2);
        QCOMPARE(de.errText(), german);
    }

    void optionHelpIsGerman() {
        const Run de = runIn(u"de"_qs, {u"lifecycle"_qs, u"--help"_qs});
        QCOMPARE(de.exitCode, 0);
        // Qt wraps the descriptions to the terminal's width.
        const QString help = de.outText().simplified();
        QVERIFY2(help.contains(u"show, set, override, approve, settle oder settings."),
                 de.out.constData());
        QVERIFY2(help.contains(u"show, settings: JSON ausgeben."), de.out.constData());
        QVERIFY2(!help.contains(u"print JSON"), de.out.constData());
    }

    void aReleaseLookupIsGerman() {
        const QString path = m_dir.filePath(u"empty.slipway"_qs);
        QVERIFY(openDatabase(path) != nullptr);
        const QStringList args{u"gate"_qs, u"status"_qs,    u"--db"_qs,
                               path,       u"--release"_qs, u"9.9.9"_qs};
        const Run en = runIn(u"en"_qs, args);
        QCOMPARE(en.exitCode, 2);
        QVERIFY2(en.errText().contains(u"no release has version 9.9.9 (give an id or "
                                       "PRODUCT@VERSION)"),
                 en.err.constData());
        const Run de = runIn(u"de"_qs, args);
        QCOMPARE(de.exitCode, 2);
        QVERIFY2(de.errText().contains(u"kein Release hat die Version 9.9.9 (geben Sie eine ID "
                                       "oder PRODUKT@VERSION an)"),
                 de.err.constData());
    }

    void aFileThatIsNotSlipwaysIsNamedInGerman() {
        const QString path = writeFile(
            m_dir, u"notes.txt"_qs, QByteArray("These are notes, not a database.\n").repeated(8));
        const QStringList args{u"check"_qs, u"--db"_qs, path};
        const Run en = runIn(u"en"_qs, args);
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(en.errText(), u"%1 is not a Slipway file (it is not an SQLite database); open "
                               "another file or create a new one."_qs.arg(path));
        const Run de = runIn(u"de"_qs, args);
        QCOMPARE(de.exitCode, 2);
        QCOMPARE(de.errText(), u"%1 ist keine Slipway-Datei (keine SQLite-Datenbank); öffnen Sie "
                               "eine andere Datei oder legen Sie eine neue an."_qs.arg(path));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
