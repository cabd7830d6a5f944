// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/MinisignVerifier.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using Status = MinisignVerdict::Status;

namespace {

// A real checksum file: from tests/data/checksums when it is there, else from the shared set.
QString checksums(const QString& folder, const QString& file) {
    const QString local = test::testDataPath(u"checksums/"_qs + folder + u'/' + file);
    if (QFile::exists(local))
        return local;
    return test::sharedDataPath(u"checksums/"_qs + folder + u'/' + file);
}

const QString kThgtoa = u"thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed"_qs;
const QString kStale = u"thgtoa_stale_minisig_does_not_match"_qs;
const QString kLegacy = u"minisign_legacy_ed_resolver_list"_qs;

// Runs `program` in `dir`; a run that fails fails the test with what it printed.
bool run(const QString& dir, const QString& program, const QStringList& args) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        test::helperFailed(
            QStringLiteral("%1 %2 failed: %3")
                .arg(program, args.join(u' '), QString::fromUtf8(p.readAllStandardError())));
        return false;
    }
    return true;
}

// Verdicts carry one line naming what is wrong; a verified one carries none.
bool oneLine(const MinisignVerdict& v) {
    if (v.status == Status::Verified ? v.message.isEmpty()
                                     : (!v.message.isEmpty() && !v.message.contains(u'\n')))
        return true;
    test::helperFailed(u"unexpected message: "_qs + v.message);
    return false;
}

} // namespace

class tst_MinisignVerifier : public QObject {
    Q_OBJECT
    QString m_minisign;

private Q_SLOTS:
    void initTestCase() { m_minisign = QStandardPaths::findExecutable(u"minisign"_qs); }

    // Published signatures: the prehashed (ED) one over thgtoa's list, the legacy (Ed) one over
    // cryptostorm's relay list, and thgtoa's list regenerated without re-signing.
    void realSignatures_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<bool>("prehashed");
        QTest::addColumn<QString>("trustedComment");
        QTest::newRow("thgtoa prehashed")
            << kThgtoa << u"sha256sum.txt"_qs << int(Status::Verified) << u"FE6A09A3AF18F7A7"_qs
            << true << u"timestamp:1720843169\tfile:sha256sum.txt\thashed"_qs;
        QTest::newRow("cs-relays legacy")
            << kLegacy << u"cs-relays.md"_qs << int(Status::Verified) << u"339FB22C8A355DF3"_qs
            << false << u"timestamp:1747759558\tfile:cs-relays.md"_qs;
        QTest::newRow("thgtoa stale") << kStale << u"sha256sum.txt"_qs << int(Status::BadSignature)
                                      << u"FE6A09A3AF18F7A7"_qs << true << QString();
    }
    void realSignatures() {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, keyId);
        QFETCH(bool, prehashed);
        QFETCH(QString, trustedComment);
        const QString data = checksums(folder, file);
        if (data.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const QByteArray pub = test::fileBytes(checksums(folder, u"minisign.pub"_qs));
        const MinisignVerdict v =
            MinisignVerifier::verify({pub}, data, checksums(folder, file + u".minisig"_qs));
        QCOMPARE(int(v.status), status);
        QCOMPARE(v.keyId, keyId);
        QCOMPARE(v.prehashed, prehashed);
        QCOMPARE(v.trustedComment, trustedComment);
        QVERIFY(oneLine(v));
        if (v.status == Status::BadSignature)
            QVERIFY2(v.message.startsWith(data + u": the signature in sha256sum.txt.minisig does "
                                                 u"not match the file"_qs),
                     qPrintable(v.message));
        // The id minisign prints in the key file's comment is the one read from the key.
        auto key = MinisignPublicKey::parse(pub, u"minisign.pub"_qs);
        QVERIFY2(key, qPrintable(key.error().message));
        QVERIFY(pub.startsWith(
            QByteArray("untrusted comment: minisign public key " + keyId.toLatin1())));
        QCOMPARE(key->keyIdText(), keyId);
    }

    // The other project's key does not verify thgtoa's list: its id is not the signature's.
    void realSignatureWithOtherKeyIsUnknown() {
        const QString data = checksums(kThgtoa, u"sha256sum.txt"_qs);
        if (data.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const QString sig = checksums(kThgtoa, u"sha256sum.txt.minisig"_qs);
        const MinisignVerdict v = MinisignVerifier::verify(
            {test::fileBytes(checksums(kLegacy, u"minisign.pub"_qs))}, data, sig);
        QCOMPARE(v.status, Status::UnknownKey);
        QCOMPARE(v.keyId, u"FE6A09A3AF18F7A7"_qs);
        QCOMPARE(v.message, sig + u": signed with minisign key FE6A09A3AF18F7A7, which is not "
                                  u"among the trusted keys"_qs);
        QVERIFY(v.trustedComment.isEmpty());
    }

    // minisign prints a key id as a number: no leading zeros, as in its key files' comments.
    void keyIdLikeMinisign() {
        MinisignPublicKey key;
        key.keyId = QByteArray::fromHex("f35d358a2cb29f33");
        QCOMPARE(key.keyIdText(), u"339FB22C8A355DF3"_qs);
        key.keyId = QByteArray::fromHex("f35d358a2cb20f00");
        QCOMPARE(key.keyIdText(), u"FB22C8A355DF3"_qs);
        key.keyId = QByteArray(8, '\0');
        QCOMPARE(key.keyIdText(), u"0"_qs);
    }

    // Signatures made here by minisign, prehashed (its default) and legacy (-l).
    void madeByMinisign_data() {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("prehashed") << false;
        QTest::newRow("legacy") << true;
    }
    void madeByMinisign() {
        QFETCH(bool, legacy);
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed (dev.sh installs it)");
        QTemporaryDir dir;
        const QString p = dir.path();
        QVERIFY(
            run(p, m_minisign, {u"-G"_qs, u"-W"_qs, u"-p"_qs, u"a.pub"_qs, u"-s"_qs, u"a.key"_qs}));
        QVERIFY(
            run(p, m_minisign, {u"-G"_qs, u"-W"_qs, u"-p"_qs, u"b.pub"_qs, u"-s"_qs, u"b.key"_qs}));
        QByteArray content(200000, 'r');
        for (int i = 0; i < content.size(); ++i)
            content[i] = char('a' + (i * 7919) % 26);
        const QString data = test::writeFile(dir, u"release.tar"_qs, content);
        QStringList sign{u"-S"_qs,
                         u"-s"_qs,
                         u"a.key"_qs,
                         u"-m"_qs,
                         u"release.tar"_qs,
                         u"-t"_qs,
                         u"release 4.0.0 \u00e9t\u00e9"_qs};
        if (legacy)
            sign << u"-l"_qs;
        QVERIFY(run(p, m_minisign, sign));
        const QString sig = data + u".minisig"_qs;
        const QByteArray a = test::fileBytes(dir.filePath(u"a.pub"_qs));
        const QByteArray b = test::fileBytes(dir.filePath(u"b.pub"_qs));

        // Good, also with the signer's key second among the trusted ones.
        MinisignVerdict v = MinisignVerifier::verify({b, a}, data, sig);
        QCOMPARE(v.status, Status::Verified);
        QCOMPARE(v.prehashed, !legacy);
        QCOMPARE(v.trustedComment, u"release 4.0.0 \u00e9t\u00e9"_qs);
        QVERIFY(a.startsWith(
            QByteArray("untrusted comment: minisign public key " + v.keyId.toLatin1())));
        QVERIFY(oneLine(v));

        // Wrong key: only the other key is trusted.
        v = MinisignVerifier::verify({b}, data, sig);
        QCOMPARE(v.status, Status::UnknownKey);
        QVERIFY(oneLine(v));

        // An impostor: the right key id with another key's bytes.
        QByteArray raw = QByteArray::fromBase64(a.split('\n').at(1));
        raw.replace(10, 32, QByteArray::fromBase64(b.split('\n').at(1)).mid(10));
        v = MinisignVerifier::verify({raw.toBase64()}, data, sig);
        QCOMPARE(v.status, Status::BadSignature);
        QVERIFY(oneLine(v));

        // Tampered: one byte of the file changed.
        content[123456] = char(content[123456] ^ 0x20);
        const QString tampered = test::writeFile(dir, u"tampered.tar"_qs, content);
        v = MinisignVerifier::verify({a}, tampered, sig);
        QCOMPARE(v.status, Status::BadSignature);
        QVERIFY(v.trustedComment.isEmpty());
        QCOMPARE(v.message, tampered +
                                u": the signature in release.tar.minisig does not match "
                                u"the file (minisign key "_qs +
                                v.keyId + u')');

        // The trusted comment changed after signing: the global signature catches it.
        QByteArray sigText = test::fileBytes(sig);
        sigText.replace("release 4.0.0", "release 4.0.1");
        v = MinisignVerifier::verifyText({a}, data, sigText, sig);
        QCOMPARE(v.status, Status::BadSignature);
        QVERIFY2(v.message.startsWith(sig + u": line 3: the trusted comment is not signed"_qs),
                 qPrintable(v.message));
        QVERIFY(v.trustedComment.isEmpty());

        // minisign itself agrees on the good and the tampered file.
        QVERIFY(run(p, m_minisign,
                    {u"-V"_qs, u"-q"_qs, u"-p"_qs, u"a.pub"_qs, u"-m"_qs, u"release.tar"_qs}));
        QProcess check;
        check.setWorkingDirectory(p);
        check.start(m_minisign, {u"-V"_qs, u"-q"_qs, u"-p"_qs, u"a.pub"_qs, u"-m"_qs,
                                 u"tampered.tar"_qs, u"-x"_qs, u"release.tar.minisig"_qs});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY(check.exitCode() != 0);
    }

    // Broken signature and key text: one line naming the file and the line.
    void malformed_data() {
        const QByteArray good =
            "untrusted comment: x\n"
            "RUSn9xivowlq/pGVjviTN5nrKg0ZTnzgXffe+RlMo7XskWK9UE4SUNps1yhCh7wlqKmQ9"
            "1MmseffXzk6fcIla3O1hqb+oV2H6Qg=\n"
            "trusted comment: t\n"
            "G3n/UVowijIAAtXGCyPy0SX/8djIKtKXW4DdOFlSYhPIV3LRBCY+cYI89aBHQ6tzeXFl"
            "k1ji/eoN6ZkXJZSdBg==\n";
        const QList<QByteArray> lines = good.split('\n');
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"s.minisig: line 1: expected \"untrusted"_qs;
        QTest::newRow("a PGP signature")
            << QByteArray("-----BEGIN PGP SIGNATURE-----\n\niHUEABYKAB0WIQ\n")
            << u"s.minisig: line 1: expected \"untrusted comment:\""_qs;
        QTest::newRow("no signature line")
            << QByteArray(lines[0] + '\n') << u"s.minisig: line 2: the signature line"_qs;
        QTest::newRow("not base64") << QByteArray(lines[0] + "\nRUS*n9x\n" + lines[2] + '\n')
                                    << u"s.minisig: line 2: not a minisign signature"_qs;
        QByteArray other = QByteArray::fromBase64(lines[1]);
        other[1] = 'x';
        QTest::newRow("algorithm Ex")
            << QByteArray(lines[0] + '\n' + other.toBase64() + '\n' + lines[2] + '\n' + lines[3])
            << u"s.minisig: line 2: not a minisign signature"_qs;
        QTest::newRow("short signature")
            << QByteArray(lines[0] + '\n' + QByteArray::fromBase64(lines[1]).left(70).toBase64() +
                          '\n' + lines[2] + '\n' + lines[3])
            << u"s.minisig: line 2: not a minisign signature"_qs;
        QTest::newRow("no trusted comment")
            << QByteArray(lines[0] + '\n' + lines[1] + '\n' + lines[3] + '\n')
            << u"s.minisig: line 3: expected \"trusted comment:\""_qs;
        QTest::newRow("no global signature")
            << QByteArray(lines[0] + '\n' + lines[1] + '\n' + lines[2] + '\n')
            << u"s.minisig: line 4: the global signature line is missing"_qs;
        QTest::newRow("short global signature")
            << QByteArray(lines[0] + '\n' + lines[1] + '\n' + lines[2] + "\nAAAA\n")
            << u"s.minisig: line 4: not a global signature"_qs;
    }
    void malformed() {
        QFETCH(QByteArray, signature);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString data = test::writeFile(dir, u"f"_qs, "x");
        const MinisignVerdict v =
            MinisignVerifier::verifyText({}, data, signature, u"s.minisig"_qs);
        QCOMPARE(v.status, Status::Malformed);
        QVERIFY2(v.message.startsWith(expected), qPrintable(v.message));
        QVERIFY(oneLine(v));
    }

    void malformedKeysAndMissingFiles() {
        const QString folder = kLegacy;
        const QString data = checksums(folder, u"cs-relays.md"_qs);
        if (data.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const QString sig = checksums(folder, u"cs-relays.md.minisig"_qs);
        const QByteArray pub = test::fileBytes(checksums(folder, u"minisign.pub"_qs));
        // A bad trusted key is reported, naming it, rather than skipped.
        MinisignVerdict v =
            MinisignVerifier::verify({pub, "untrusted comment: x\nRWTz\n"}, data, sig);
        QCOMPARE(v.status, Status::Malformed);
        QVERIFY2(
            v.message.startsWith(u"trusted minisign key 2: line 2: not a minisign public key"_qs),
            qPrintable(v.message));
        // Without its comment line the key is the base64 alone, as minisign -P takes it.
        v = MinisignVerifier::verify({pub.split('\n').at(1)}, data, sig);
        QCOMPARE(v.status, Status::Verified);
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"gone.md"_qs);
        v = MinisignVerifier::verify({pub}, missing, sig);
        QCOMPARE(v.status, Status::Unreadable);
        QCOMPARE(v.message, missing + u": no such file"_qs);
        v = MinisignVerifier::verify({pub}, data, missing + u".minisig"_qs);
        QCOMPARE(v.status, Status::Unreadable);
        QCOMPARE(v.message, missing + u".minisig: no such file"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_MinisignVerifier)
#include "tst_MinisignVerifier.moc"
