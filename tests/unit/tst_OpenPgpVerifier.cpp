// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/OpenPgpVerifier.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using Status = OpenPgpVerdict::Status;

namespace {

QString checksums(const QString& folder, const QString& file) {
    const QString local = test::testDataPath(u"checksums/"_qs + folder + u'/' + file);
    if (QFile::exists(local))
        return local;
    return test::sharedDataPath(u"checksums/"_qs + folder + u'/' + file);
}

const QString kThgtoa = u"thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed"_qs;
const QString kUbuntu = u"ubuntu_20.04_sha256sums_binary_star_armored_gpg"_qs;
const QString kEmpty = u"empty_sha256sums_with_valid_detached_signature"_qs;
const QString kThgtoaKey = u"Release-Signing-Key_C3023DBEA3FB38C438BA1EEDCEC60AEDE8B992A2.asc"_qs;
const QString kUbuntuKey = u"ubuntu_cdimage_2012_key_D94AA3F0EFE21092.asc"_qs;

// The gpg-agent and dirmngr processes whose home is one of the verifier's private ones.
QStringList verifierDaemons() {
    QStringList found;
    QDirIterator it(u"/proc"_qs, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QByteArray comm = test::fileBytes(it.filePath() + u"/comm"_qs).trimmed();
        const QByteArray cmdline = test::fileBytes(it.filePath() + u"/cmdline"_qs);
        if ((comm == "gpg-agent" || comm == "dirmngr") && cmdline.contains("slipway-gpg-"))
            found << it.fileName() + u' ' + QString::fromLocal8Bit(cmdline).replace(u'\0', u' ');
    }
    return found;
}

bool oneLine(const OpenPgpVerdict& v) {
    if (v.status == Status::Verified ? v.message.isEmpty()
                                     : (!v.message.isEmpty() && !v.message.contains(u'\n')))
        return true;
    test::helperFailed(u"unexpected message: "_qs + v.message);
    return false;
}

// A signer's own GnuPG home, as a release pipeline would have: keys made with gpg itself.
class Signer {
public:
    explicit Signer(const QString& gpg)
        : m_gpg(gpg) {}
    ~Signer() { stopAgent(); }
    Signer(const Signer&) = delete;
    Signer& operator=(const Signer&) = delete;

    QString home() const { return m_home.path(); }

    // gpg in this home; empty on failure (and the test fails with gpg's message).
    QByteArray run(QStringList args, const QByteArray& input = {}) {
        args = QStringList{u"--batch"_qs,  u"--homedir"_qs,    m_home.path(), u"--pinentry-mode"_qs,
                           u"loopback"_qs, u"--passphrase"_qs, QString()} +
               args;
        QProcess p;
        p.start(m_gpg, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            test::helperFailed(
                QStringLiteral("gpg %1 failed: %2")
                    .arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError())));
            return {};
        }
        const QByteArray out = p.readAllStandardOutput();
        return out.isEmpty() ? QByteArray(" ") : out;
    }

    // A new Ed25519 signing key; its fingerprint. `expiry` as gpg takes it ("never", "1d").
    QString newKey(const QString& userId, const QString& expiry = u"never"_qs,
                   const QStringList& extra = {}) {
        if (run(extra +
                QStringList{u"--quick-gen-key"_qs, userId, u"ed25519"_qs, u"sign"_qs, expiry})
                .isEmpty())
            return {};
        const QByteArray listing = run({u"--with-colons"_qs, u"--list-keys"_qs, u"="_qs + userId});
        for (const QByteArray& line : listing.split('\n'))
            if (line.startsWith("fpr:"))
                return QString::fromLatin1(line.split(':').value(9));
        test::helperFailed(u"no fingerprint for "_qs + userId);
        return {};
    }
    QByteArray exportKey(const QString& fpr) { return run({u"--armor"_qs, u"--export"_qs, fpr}); }
    // A detached signature of `file` by `fpr`, armoured to `out`.asc or binary to `out`.sig.
    void sign(const QString& fpr, const QString& file, const QString& out, bool armour,
              const QStringList& extra = {}) {
        QStringList args = extra + QStringList{u"--local-user"_qs, fpr, u"--output"_qs, out};
        if (armour)
            args << u"--armor"_qs;
        run(args + QStringList{u"--detach-sign"_qs, file});
    }
    // Revokes the key with the certificate gpg wrote when it made it.
    void revoke(const QString& fpr) {
        QByteArray cert =
            test::fileBytes(m_home.filePath(u"openpgp-revocs.d/"_qs + fpr + u".rev"_qs));
        cert.replace(":-----BEGIN", "-----BEGIN"); // gpg guards it against a careless import
        run({u"--import"_qs}, cert);
    }
    void stopAgent() {
        QProcess::execute(u"gpgconf"_qs, {u"--homedir"_qs, m_home.path(), u"--kill"_qs, u"all"_qs});
    }

private:
    QString m_gpg;
    QTemporaryDir m_home;
};

} // namespace

class tst_OpenPgpVerifier : public QObject {
    Q_OBJECT
    QString m_gpg;
    QTemporaryDir m_dir;
    std::unique_ptr<Signer> m_signer;
    QString m_alice, m_bob, m_expired, m_revoked;
    QByteArray m_aliceKey, m_bobKey, m_expiredKey, m_revokedKey;
    QString m_data, m_tampered;

private Q_SLOTS:
    // Keys and signatures made once by gpg; its agent is stopped before any test runs.
    void initTestCase() {
        m_gpg = QStandardPaths::findExecutable(u"gpg"_qs);
        if (m_gpg.isEmpty())
            return;
        m_signer = std::make_unique<Signer>(m_gpg);
        Signer& s = *m_signer;
        m_alice = s.newKey(u"Alice Release <alice@example.org>"_qs);
        m_bob = s.newKey(u"Bob Release <bob@example.org>"_qs);
        // Made and used in 2020 with a one-day life: long expired now.
        const QStringList past{u"--faked-system-time"_qs, u"20200101T120000!"_qs};
        m_expired = s.newKey(u"Carol Expired <carol@example.org>"_qs, u"1d"_qs, past);
        m_revoked = s.newKey(u"Dave Revoked <dave@example.org>"_qs);
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_expired.isEmpty() &&
                !m_revoked.isEmpty());

        QByteArray content(300000, Qt::Uninitialized);
        for (int i = 0; i < content.size(); ++i)
            content[i] = char((i * 131) % 251);
        m_data = test::writeFile(m_dir, u"app-4.0.0.tar.gz"_qs, content);
        content[200000] = char(content[200000] ^ 1);
        m_tampered = test::writeFile(m_dir, u"tampered.tar.gz"_qs, content);
        s.sign(m_alice, m_data, m_data + u".asc"_qs, true);
        s.sign(m_alice, m_data, m_data + u".sig"_qs, false);
        s.sign(m_expired, m_data, m_data + u".expired.asc"_qs, true, past);
        s.sign(m_revoked, m_data, m_data + u".revoked.asc"_qs, true);
        s.revoke(m_revoked);
        m_aliceKey = s.exportKey(m_alice);
        m_bobKey = s.exportKey(m_bob);
        m_expiredKey = s.exportKey(m_expired);
        m_revokedKey = s.exportKey(m_revoked);
        s.stopAgent();
    }

    // Published signatures with their signers' published keys.
    void realSignatures_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("fingerprint");
        QTest::addColumn<QString>("userId");
        QTest::newRow("thgtoa Ed25519 .asc")
            << kThgtoa << u"sha256sum.txt"_qs << u"sha256sum.txt.asc"_qs << kThgtoaKey
            << u"C3023DBEA3FB38C438BA1EEDCEC60AEDE8B992A2"_qs
            << u"Anonymous Planet Release Signing Key"_qs;
        // Armoured, although named .gpg.
        QTest::newRow("Ubuntu SHA256SUMS.gpg")
            << kUbuntu << u"SHA256SUMS"_qs << u"SHA256SUMS.gpg"_qs << kUbuntuKey
            << u"843938DF228D22F7B3742BC0D94AA3F0EFE21092"_qs
            << u"Ubuntu CD Image Automatic Signing Key (2012) <cdimage@ubuntu.com>"_qs;
        // The signature over an empty list verifies; that the list names no file is for the
        // caller to refuse as incomplete, not for the signature check.
        QTest::newRow("empty SHA256SUMS")
            << kEmpty << u"SHA256SUMS"_qs << u"SHA256SUMS.sig"_qs << u"public_key.asc"_qs
            << u"07E6955476DF42D1C1334A39ADB46EE3A92B6345"_qs
            << u"SecurdenDevOps (Securden Terraform Provider) <devops-support@securden.com>"_qs;
    }
    void realSignatures() {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QFETCH(QString, signature);
        QFETCH(QString, key);
        QFETCH(QString, fingerprint);
        QFETCH(QString, userId);
        if (m_gpg.isEmpty())
            QSKIP("gpg is not installed (dev.sh installs gnupg)");
        const QString data = checksums(folder, file);
        if (data.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const QByteArray keyText = test::fileBytes(checksums(folder, key));
        const OpenPgpVerdict v =
            OpenPgpVerifier::verifyOnce({keyText}, data, checksums(folder, signature));
        QCOMPARE(v.status, Status::Verified);
        QCOMPARE(v.fingerprint, fingerprint);
        QCOMPARE(v.userId, userId);
        QVERIFY(v.signedAt.isValid());
        QVERIFY(oneLine(v));

        auto info = OpenPgpVerifier::keyInfo(keyText, key);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->size(), 1);
        QCOMPARE(info->first().fingerprint, fingerprint);
        QCOMPARE(info->first().userIds, QStringList{userId});
        QVERIFY(!info->first().revoked && !info->first().expired);
    }

    void realFacts() {
        if (m_gpg.isEmpty())
            QSKIP("gpg is not installed (dev.sh installs gnupg)");
        const QString data = checksums(kUbuntu, u"SHA256SUMS"_qs);
        if (data.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        // Ubuntu's list with only thgtoa's key trusted: the issuer is named.
        const QString sig = checksums(kUbuntu, u"SHA256SUMS.gpg"_qs);
        OpenPgpVerdict v = OpenPgpVerifier::verifyOnce(
            {test::fileBytes(checksums(kThgtoa, kThgtoaKey))}, data, sig);
        QCOMPARE(v.status, Status::UnknownKey);
        QVERIFY2(v.issuer.endsWith(u"D94AA3F0EFE21092"_qs), qPrintable(v.issuer));
        QCOMPARE(v.message, sig + u": signed by key "_qs + v.issuer +
                                u", which is not among the trusted keys"_qs);
        QVERIFY(v.fingerprint.isEmpty());
        QCOMPARE(v.signedAt.date(), QDate(2020, 8, 6));
        // Ubuntu's key over thgtoa's list, whose signature is another's: the same.
        v = OpenPgpVerifier::verifyOnce({test::fileBytes(checksums(kUbuntu, kUbuntuKey))},
                                        checksums(kThgtoa, u"sha256sum.txt"_qs),
                                        checksums(kThgtoa, u"sha256sum.txt.asc"_qs));
        QCOMPARE(v.status, Status::UnknownKey);
        // Details a release manager sees before importing Ubuntu's key.
        auto info =
            OpenPgpVerifier::keyInfo(test::fileBytes(checksums(kUbuntu, kUbuntuKey)), kUbuntuKey);
        QVERIFY(info);
        QCOMPARE(info->first().algorithm, u"rsa4096"_qs);
        QCOMPARE(info->first().created, QDateTime::fromSecsSinceEpoch(1336774248, Qt::UTC));
        QVERIFY(!info->first().expires.isValid());
        info =
            OpenPgpVerifier::keyInfo(test::fileBytes(checksums(kThgtoa, kThgtoaKey)), kThgtoaKey);
        QVERIFY(info);
        QCOMPARE(info->first().algorithm, u"ed25519"_qs);
        QCOMPARE(info->first().subkeyFingerprints,
                 QStringList{u"45656C24BFF13D4AD09DD588951F0431CB1F046D"_qs});
    }

    // Signatures made here by gpg, armoured and binary.
    void madeByGpg_data() {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("armoured .asc") << u".asc"_qs;
        QTest::newRow("binary .sig") << u".sig"_qs;
    }
    void madeByGpg() {
        QFETCH(QString, suffix);
        if (m_gpg.isEmpty())
            QSKIP("gpg is not installed (dev.sh installs gnupg)");
        const QString sig = m_data + suffix;
        // Good, with the signer's key among others.
        OpenPgpVerifier verifier({m_bobKey, m_aliceKey});
        QVERIFY(verifier.setupError().isEmpty());
        OpenPgpVerdict v = verifier.verify(m_data, sig);
        QCOMPARE(v.status, Status::Verified);
        QCOMPARE(v.fingerprint, m_alice);
        QCOMPARE(v.userId, u"Alice Release <alice@example.org>"_qs);
        QCOMPARE(v.issuer, m_alice);
        QVERIFY(qAbs(v.signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        QVERIFY(oneLine(v));
        // Tampered: one byte of the file changed; the same instance goes on verifying.
        v = verifier.verify(m_tampered, sig);
        QCOMPARE(v.status, Status::BadSignature);
        QVERIFY(v.message.startsWith(m_tampered + u": the signature in app-4.0.0.tar.gz"_qs));
        QVERIFY(oneLine(v));
        // Wrong key: only Bob is trusted; the signature's issuer is Alice's fingerprint.
        v = OpenPgpVerifier::verifyOnce({m_bobKey}, m_data, sig);
        QCOMPARE(v.status, Status::UnknownKey);
        QCOMPARE(v.issuer, m_alice);
        QVERIFY(v.fingerprint.isEmpty() && v.userId.isEmpty());
        // No trusted key at all.
        QCOMPARE(OpenPgpVerifier::verifyOnce({}, m_data, sig).status, Status::UnknownKey);
    }

    void expiredAndRevokedKeys() {
        if (m_gpg.isEmpty())
            QSKIP("gpg is not installed (dev.sh installs gnupg)");
        const QString expiredSig = m_data + u".expired.asc"_qs;
        OpenPgpVerdict v = OpenPgpVerifier::verifyOnce({m_expiredKey}, m_data, expiredSig);
        QCOMPARE(v.status, Status::ExpiredKey);
        QCOMPARE(v.fingerprint, m_expired);
        QCOMPARE(v.signedAt.date(), QDate(2020, 1, 1));
        QCOMPARE(v.message,
                 expiredSig + u": signed by key "_qs + m_expired + u", which has expired"_qs);
        // Tampered still reads as bad, whatever the key's state.
        QCOMPARE(OpenPgpVerifier::verifyOnce({m_expiredKey}, m_tampered, expiredSig).status,
                 Status::BadSignature);

        const QString revokedSig = m_data + u".revoked.asc"_qs;
        v = OpenPgpVerifier::verifyOnce({m_revokedKey}, m_data, revokedSig);
        QCOMPARE(v.status, Status::RevokedKey);
        QCOMPARE(v.fingerprint, m_revoked);
        QVERIFY(oneLine(v));

        auto info = OpenPgpVerifier::keyInfo(m_revokedKey, u"dave.asc"_qs);
        QVERIFY(info);
        QVERIFY(info->first().revoked);
        info = OpenPgpVerifier::keyInfo(m_expiredKey, u"carol.asc"_qs);
        QVERIFY(info);
        QVERIFY(info->first().expired);
        QCOMPARE(info->first().expires.date(), QDate(2020, 1, 2));
    }

    void malformed() {
        if (m_gpg.isEmpty())
            QSKIP("gpg is not installed (dev.sh installs gnupg)");
        QTemporaryDir dir;
        const QString garbage = test::writeFile(dir, u"x.asc"_qs, "not a signature at all\n");
        OpenPgpVerdict v = OpenPgpVerifier::verifyOnce({m_aliceKey}, m_data, garbage);
        QCOMPARE(v.status, Status::Malformed);
        QCOMPARE(v.message, garbage + u": not an OpenPGP detached signature"_qs);
        // A public key given where a signature belongs.
        const QString key = test::writeFile(dir, u"key.asc"_qs, m_aliceKey);
        v = OpenPgpVerifier::verifyOnce({m_aliceKey}, m_data, key);
        QCOMPARE(v.status, Status::Malformed);
        QCOMPARE(v.message,
                 key + u": not an OpenPGP detached signature (it holds a PGP PUBLIC KEY BLOCK)"_qs);
        // The same key in binary, and a binary signature cut short.
        const QString binaryKey =
            test::writeFile(dir, u"key.gpg"_qs, m_signer->run({u"--export"_qs, m_alice}));
        v = OpenPgpVerifier::verifyOnce({m_aliceKey}, m_data, binaryKey);
        QCOMPARE(v.status, Status::Malformed);
        QCOMPARE(v.message, binaryKey + u": not an OpenPGP detached signature"_qs);
        const QString cut =
            test::writeFile(dir, u"cut.sig"_qs, test::fileBytes(m_data + u".sig"_qs).left(20));
        v = OpenPgpVerifier::verifyOnce({m_aliceKey}, m_data, cut);
        QVERIFY2(v.status == Status::Malformed, qPrintable(v.message));
        QVERIFY(oneLine(v));
        // A trusted key that is no key: named, and every verification says so.
        OpenPgpVerifier broken({m_aliceKey, "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nxx\n"});
        QVERIFY(
            broken.setupError().startsWith(u"trusted OpenPGP key 2: not an OpenPGP public key"_qs));
        v = broken.verify(m_data, m_data + u".asc"_qs);
        QCOMPARE(v.status, Status::Malformed);
        QCOMPARE(v.message, broken.setupError());
        // Missing files.
        const QString gone = dir.filePath(u"gone.tar.gz"_qs);
        v = OpenPgpVerifier::verifyOnce({m_aliceKey}, gone, m_data + u".asc"_qs);
        QCOMPARE(v.status, Status::Unreadable);
        QCOMPARE(v.message, gone + u": no such file"_qs);
        v = OpenPgpVerifier::verifyOnce({m_aliceKey}, m_data, gone + u".asc"_qs);
        QCOMPARE(v.status, Status::Unreadable);

        QVERIFY(test::isOneLineRefusal(OpenPgpVerifier::keyInfo("hello", u"k.asc"_qs),
                                       u"k.asc: not an OpenPGP public key"_qs));
        const QByteArray secret =
            m_signer->run({u"--armor"_qs, u"--export-secret-keys"_qs, m_alice});
        m_signer->stopAgent();
        QVERIFY(test::isOneLineRefusal(OpenPgpVerifier::keyInfo(secret, u"alice.key"_qs),
                                       u"alice.key: a secret key"_qs));
    }

    // Only the keys given count: the user's own keyring (GNUPGHOME), which trusts Alice, is
    // neither read nor written, and no agent or dirmngr outlives a verification.
    void isolatedFromTheUser() {
        if (m_gpg.isEmpty())
            QSKIP("gpg is not installed (dev.sh installs gnupg)");
        const QString ring = m_signer->home() + u"/pubring.kbx"_qs;
        const QByteArray before =
            QCryptographicHash::hash(test::fileBytes(ring), QCryptographicHash::Sha256);
        qputenv("GNUPGHOME", m_signer->home().toLocal8Bit());
        const OpenPgpVerdict v =
            OpenPgpVerifier::verifyOnce({m_bobKey}, m_data, m_data + u".asc"_qs);
        auto info = OpenPgpVerifier::keyInfo(m_bobKey, u"bob.asc"_qs);
        qunsetenv("GNUPGHOME");
        QCOMPARE(v.status, Status::UnknownKey);
        QVERIFY(info);
        QCOMPARE(info->size(), 1); // Bob alone, not the home's four keys
        QCOMPARE(QCryptographicHash::hash(test::fileBytes(ring), QCryptographicHash::Sha256),
                 before);
        QCOMPARE(verifierDaemons(), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_OpenPgpVerifier)
#include "tst_OpenPgpVerifier.moc"
