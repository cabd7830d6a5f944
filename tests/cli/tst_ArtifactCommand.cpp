// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway artifact` through the binary on a demo file: files registered with their digests,
// verified (digest only, minisign and OpenPGP signatures from real releases), tampered,
// missing, signed by an untrusted key or badly; keys trusted from real key files; a frozen
// set refused by the service and by the file's triggers against direct SQL; the lifecycle
// refusing Deploying over an unverified artifact; bad input leaves the file byte-identical.
#include "TestSupport.h"
#include "services/ArtifactService.h"
#include "storage/Database.h"
#include "storage/SigningKeyRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kThgtoa = u"checksums/thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed"_qs;
const QString kUbuntu = u"checksums/ubuntu_20.04_sha256sums_binary_star_armored_gpg"_qs;
const QString kStale = u"checksums/thgtoa_stale_minisig_does_not_match"_qs;

// Copies a real signed set into `dir`/`name`, so a test may change it.
QString copySet(const QTemporaryDir& dir, const QString& set, const QString& name) {
    const QDir from(testDataPath(set));
    const QString to = dir.filePath(name);
    if (!QDir().mkpath(to)) {
        helperFailed(u"cannot make "_qs + to);
        return {};
    }
    for (const QString& f : from.entryList(QDir::Files))
        if (!QFile::copy(from.filePath(f), to + u'/' + f)) {
            helperFailed(u"cannot copy "_qs + f);
            return {};
        }
    return to;
}

QJsonObject json(const Run& run) {
    return QJsonDocument::fromJson(run.out).object();
}

// name → state of a `--json` answer's artifacts.
QMap<QString, QString> states(const Run& run) {
    QMap<QString, QString> out;
    for (const QJsonValue& v : json(run).value(u"artifacts"_qs).toArray())
        out.insert(v[u"name"_qs].toString(), v[u"state"_qs].toString());
    return out;
}

} // namespace

class tst_ArtifactCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_files = 0;

    QString freshDemo() { return copyFile(m_demo, m_dir, u"demo-%1.slipway"_qs.arg(++m_files)); }
    static Run artifact(const QString& db, const QStringList& args) {
        return runSlipway(QStringList{u"artifact"_qs} + args.mid(0, 1) +
                          QStringList{u"--db"_qs, db} + args.mid(1));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void registersAndVerifiesTheDigests() {
        const QString db = freshDemo();
        const QString bin = writeFile(m_dir, u"app_2.4.0_amd64.deb"_qs, QByteArray(200000, 'x'));
        const QString conf = writeFile(m_dir, u"app.yaml"_qs, "replicas: 3\n");
        Run run = artifact(db, {u"add"_qs, u"--release"_qs, u"25"_qs, bin, conf, u"--json"_qs,
                                u"--commit"_qs, u"4f2a9c1"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray added = json(run).value(u"artifacts"_qs).toArray();
        QCOMPARE(added.size(), 2);
        // In the order given.
        QCOMPARE(added[1][u"name"_qs].toString(), u"app.yaml"_qs);
        QCOMPARE(added[1][u"kind"_qs].toString(), u"config_bundle"_qs);
        QCOMPARE(added[0][u"kind"_qs].toString(), u"package"_qs);
        QCOMPARE(added[0][u"size_bytes"_qs].toInteger(), 200000);
        QCOMPARE(added[0][u"source_commit"_qs].toString(), u"4f2a9c1"_qs);
        // sha256sum of 200,000 'x' bytes, computed independently here.
        QCOMPARE(added[0][u"sha256"_qs].toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(QByteArray(200000, 'x'), QCryptographicHash::Sha256)
                         .toHex()));
        QCOMPARE(added[1][u"state"_qs].toString(), u"unverified"_qs);

        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"25"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(states(run).value(u"app.yaml"_qs), u"verified"_qs);

        // One byte changed: a digest mismatch naming the file, exit 1.
        QFile f(conf);
        QVERIFY(f.open(QIODevice::Append));
        f.write("#");
        f.close();
        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"25"_qs});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.outText().contains(u"Digest mismatch"_qs), run.out.constData());
        QVERIFY(run.outText().contains(conf));
        // Gone: missing file.
        QVERIFY(QFile::remove(bin));
        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"25"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(states(run).value(u"app_2.4.0_amd64.deb"_qs), u"missing_file"_qs);
        // Each check is kept: three runs of verify over two artifacts.
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM artifact_verifications v JOIN artifacts a "
                                u"ON a.id = v.artifact_id WHERE a.release_id = 25"_qs)
                     .toInt(),
                 6);
        // Edited behind Slipway's back (the set is not frozen, so the triggers let it): check
        // --full names the row and the column.
        QVERIFY(runSlipway({u"check"_qs, u"--db"_qs, db, u"--full"_qs})
                    .outText()
                    .contains(u"artifacts row"_qs) == false);
        QVERIFY(execSql(db, u"UPDATE artifacts SET location = '/tmp/elsewhere' WHERE name = "
                            u"'app.yaml'"_qs));
        const Run full = runSlipway({u"check"_qs, u"--db"_qs, db, u"--full"_qs});
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.outText().contains(u"artifacts row"_qs) &&
                     full.outText().contains(u"location"_qs),
                 full.out.constData());
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM audit_log WHERE entity = "
                                u"'artifact_verification' AND json_extract(after_json, "
                                u"'$.artifact_id') IN (SELECT id FROM artifacts WHERE "
                                u"release_id = 25)"_qs)
                     .toInt(),
                 6);
        // Nothing to verify is not success.
        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"26"_qs});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.outText().contains(u"no artifacts"_qs));
    }

    void realSignaturesWithTrustedKeys() {
        const QString db = freshDemo();
        const QString thgtoa = copySet(m_dir, kThgtoa, u"thgtoa"_qs);
        const QString ubuntu = copySet(m_dir, kUbuntu, u"ubuntu"_qs);
        const QString stale = copySet(m_dir, kStale, u"stale"_qs);
        QVERIFY(!thgtoa.isEmpty() && !ubuntu.isEmpty() && !stale.isEmpty());
        Run run = artifact(db, {u"add"_qs, u"--release"_qs, u"25"_qs, thgtoa + u"/sha256sum.txt"_qs,
                                ubuntu + u"/SHA256SUMS"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = artifact(db, {u"add"_qs, u"--release"_qs, u"26"_qs, stale + u"/sha256sum.txt"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // No key trusted yet: both signatures name a key nobody trusts.
        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"25"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(states(run).value(u"sha256sum.txt"_qs), u"unknown_key"_qs);
        QCOMPARE(states(run).value(u"SHA256SUMS"_qs), u"unknown_key"_qs);

        const int demoKeys = queryValue(db, u"SELECT count(*) FROM signing_keys"_qs).toInt();
        run = artifact(db, {u"trust"_qs, u"--key"_qs, thgtoa + u"/minisign.pub"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(u"FE6A09A3AF18F7A7"_qs));
        run = artifact(db, {u"trust"_qs, u"--key"_qs,
                            ubuntu + u"/ubuntu_cdimage_2012_key_D94AA3F0EFE21092.asc"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(u"843938DF228D22F7B3742BC0D94AA3F0EFE21092"_qs));
        // The same key again adds nothing.
        run = artifact(db, {u"trust"_qs, u"--key"_qs, thgtoa + u"/minisign.pub"_qs});
        QVERIFY(run.outText().contains(u"0 new key"_qs));
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM signing_keys"_qs).toInt(), demoKeys + 2);

        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"25"_qs, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonArray checked = json(run).value(u"artifacts"_qs).toArray();
        QCOMPARE(checked.size(), 2);
        for (const QJsonValue& a : checked) {
            const QJsonObject v = a[u"verification"_qs].toObject();
            QCOMPARE(v[u"result"_qs].toString(), u"verified"_qs);
            QCOMPARE(v[u"key_fingerprint"_qs].toString(),
                     a[u"name"_qs].toString() == u"SHA256SUMS"_qs
                         ? u"843938DF228D22F7B3742BC0D94AA3F0EFE21092"_qs
                         : u"FE6A09A3AF18F7A7"_qs);
        }

        // The real list regenerated without re-signing: a bad signature.
        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"26"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(states(run).value(u"sha256sum.txt"_qs), u"bad_signature"_qs);

        // Tampered after signing (and registered so): the digest still matches what was
        // registered, the signature does not.
        const QString tampered = copySet(m_dir, kUbuntu, u"tampered"_qs);
        QFile list(tampered + u"/SHA256SUMS"_qs);
        QVERIFY(list.open(QIODevice::ReadWrite));
        QByteArray bytes = list.readAll();
        bytes[10] = bytes[10] == 'a' ? 'b' : 'a';
        list.seek(0);
        list.write(bytes);
        list.close();
        run = artifact(db, {u"add"_qs, u"--release"_qs, u"27"_qs, list.fileName()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"27"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(states(run).value(u"SHA256SUMS"_qs), u"bad_signature"_qs);

        // Distrusting one key distrusts exactly it: Ubuntu's list is then an unknown key, the
        // minisign one still verifies.
        {
            auto handle = openDatabase(db);
            QVERIFY(handle);
            ArtifactService service(*handle, Session::forCurrentUser());
            auto keys = service.keys();
            QVERIFY(keys);
            for (const SigningKey& k : keys.value())
                if (k.fingerprint == u"843938DF228D22F7B3742BC0D94AA3F0EFE21092"_qs)
                    QVERIFY(service.removeKey(k.id, k.rowVersion));
        }
        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"25"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(states(run).value(u"SHA256SUMS"_qs), u"unknown_key"_qs);
        QCOMPARE(states(run).value(u"sha256sum.txt"_qs), u"verified"_qs);

        // Signed by another trusted-looking key: the thgtoa OpenPGP key verifies nothing of
        // Ubuntu's; with only it trusted, Ubuntu's list is an unknown key.
        const QString other = freshDemo();
        run = artifact(
            other,
            {u"trust"_qs, u"--key"_qs,
             thgtoa + u"/Release-Signing-Key_C3023DBEA3FB38C438BA1EEDCEC60AEDE8B992A2.asc"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = artifact(other, {u"add"_qs, u"--release"_qs, u"25"_qs, ubuntu + u"/SHA256SUMS"_qs});
        QVERIFY(run.exitCode == 0);
        run = artifact(other, {u"verify"_qs, u"--release"_qs, u"25"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(states(run).value(u"SHA256SUMS"_qs), u"unknown_key"_qs);
    }

    // A minisign signature saved as .sig (some projects do) is read as minisign, from its
    // first line, not handed to OpenPGP.
    void minisignSignatureNamedSig() {
        const QString db = freshDemo();
        const QString set = copySet(m_dir, kThgtoa, u"sig-named"_qs);
        QVERIFY(!set.isEmpty());
        QVERIFY(QFile::remove(set + u"/sha256sum.txt.asc"_qs));
        QVERIFY(QFile::rename(set + u"/sha256sum.txt.minisig"_qs, set + u"/sha256sum.txt.sig"_qs));
        Run run = artifact(db, {u"trust"_qs, u"--key"_qs, set + u"/minisign.pub"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = artifact(db, {u"add"_qs, u"--release"_qs, u"25"_qs, set + u"/sha256sum.txt"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = artifact(db, {u"verify"_qs, u"--release"_qs, u"25"_qs, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject v =
            json(run).value(u"artifacts"_qs).toArray().at(0)[u"verification"_qs].toObject();
        QCOMPARE(v[u"result"_qs].toString(), u"verified"_qs);
        QCOMPARE(v[u"key_fingerprint"_qs].toString(), u"FE6A09A3AF18F7A7"_qs);
    }

    // One big file: verify reports its progress as the file is read, and a Cancel raised
    // half-way stops it within a block, recording nothing.
    void verifyOfABigFileShowsProgressAndCancels() {
        const QString db = freshDemo();
        const QString file = writeFile(m_dir, u"big.img"_qs, QByteArray(6 << 20, 'b'));
        QCOMPARE(artifact(db, {u"add"_qs, u"--release"_qs, u"25"_qs, file}).exitCode, 0);
        auto handle = openDatabase(db);
        QVERIFY(handle);
        ArtifactService service(*handle, Session::forCurrentUser());
        const auto recorded = [&] {
            return queryValue(db, u"SELECT count(*) FROM artifact_verifications"_qs).toInt();
        };
        const int before = recorded();
        std::atomic_bool cancel = false;
        QList<qint64> seen;
        ArtifactService::VerifyOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64 total) {
            seen << done;
            QCOMPARE(total, qint64(6 << 20));
            if (done >= (3 << 20))
                cancel = true;
        };
        auto stopped = service.verify(25, QString(), options);
        QVERIFY(!stopped);
        QVERIFY2(stopped.error().message.contains(u"cancelled"_qs),
                 qPrintable(stopped.error().message));
        QCOMPARE(recorded(), before);
        QVERIFY2(seen.size() >= 3 && seen.last() < (6 << 20),
                 qPrintable(u"no progress within the file: %1 calls, last %2"_qs.arg(seen.size())
                                .arg(seen.value(seen.size() - 1))));

        cancel = false;
        seen.clear();
        options.progress = [&](qint64 done, qint64) {
            seen << done;
        };
        auto checked = service.verify(25, QString(), options);
        QVERIFY2(checked, qPrintable(checked.error().message));
        QCOMPARE(checked->first().state(), ArtifactState::Verified);
        QVERIFY(seen.size() >= 6);
        QCOMPARE(seen.last(), qint64(6 << 20));
        QCOMPARE(recorded(), before + 1);
    }

    void frozenSetsRefuseEveryWriter() {
        const QString db = freshDemo();
        const QString file = writeFile(m_dir, u"frozen.tar.gz"_qs, "payload");
        QCOMPARE(artifact(db, {u"add"_qs, u"--release"_qs, u"25"_qs, file}).exitCode, 0);
        {
            auto handle = openDatabase(db);
            QVERIFY(handle);
            // Promotion into the freeze stage freezes; a gate before it does not.
            const QVariant staging =
                queryValue(db, u"SELECT position FROM release_gates WHERE release_id = 25 AND "
                               u"lower(stage) = 'staging'"_qs);
            QVERIFY2(staging.isValid(), "release 25 of the demo has no gate into Staging");
            auto early =
                ArtifactService::freezeIfDue(*handle, 25, staging.toInt() - 1, u"tester"_qs, 1000);
            QVERIFY(early);
            QVERIFY(!early.value());
            auto froze =
                ArtifactService::freezeIfDue(*handle, 25, staging.toInt(), u"tester"_qs, 1000);
            QVERIFY(froze);
            QVERIFY(froze.value());
        }
        // Checking a frozen set is still allowed: results are history, not part of the set.
        QCOMPARE(artifact(db, {u"verify"_qs, u"--release"_qs, u"25"_qs}).exitCode, 0);
        const QByteArray before = fileBytes(db);
        const QString more = writeFile(m_dir, u"late.tar.gz"_qs, "late");
        Run run = artifact(db, {u"add"_qs, u"--release"_qs, u"25"_qs, more});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"frozen"_qs), run.err.constData());
        QVERIFY(run.errText().contains(u"needs a new version"_qs));
        QCOMPARE(fileBytes(db), before);

        // Behind Slipway's back: every write to the frozen set is refused by the file itself.
        QVERIFY(!execSql(db, u"UPDATE artifacts SET sha256 = replace(sha256, 'a', 'b')"_qs));
        QVERIFY(!execSql(db, u"DELETE FROM artifacts WHERE release_id = 25"_qs));
        QVERIFY(!execSql(db, u"INSERT INTO artifacts (release_id, name, kind, sha256, "
                             u"created_by, created_at) VALUES (25, 'x', 'other', '"_qs +
                                 QString(64, u'a') + u"', 'mallory', 1)"_qs));
        QVERIFY(!execSql(db, u"DELETE FROM artifact_freezes"_qs));
        QVERIFY(!execSql(db, u"UPDATE artifact_freezes SET stage = 'QA'"_qs));
        QVERIFY(!execSql(db, u"UPDATE artifact_verifications SET result = 'verified'"_qs));
        QVERIFY(!execSql(db, u"DELETE FROM artifact_verifications"_qs));
        // INSERT OR REPLACE deletes the row it replaces without a DELETE trigger: refused too,
        // and for the reason that matters (not a typo in the statement).
        {
            auto handle = openDatabase(db);
            QVERIFY(handle);
            for (
                const QString& sql :
                {u"INSERT OR REPLACE INTO artifacts (id, release_id, name, kind, sha256, "
                 u"created_by, created_at) SELECT id, 26, 'evil', 'other', sha256, 'mallory', 1 "
                 u"FROM artifacts WHERE release_id = 25"_qs,
                 u"INSERT OR REPLACE INTO artifact_freezes VALUES (25, 'Nothing', 'mallory', 2)"_qs,
                 u"INSERT OR REPLACE INTO artifact_verifications (id, artifact_id, result, "
                 u"verified_by, verified_at) SELECT id, artifact_id, 'verified', 'mallory', 1 "
                 u"FROM artifact_verifications"_qs}) {
                QSqlQuery q(handle->connection());
                QVERIFY2(!q.exec(sql), qPrintable(sql));
                const QString why = q.lastError().text();
                QVERIFY2(why.contains(u"frozen"_qs) || why.contains(u"history"_qs),
                         qPrintable(why));
            }
        }
        QCOMPARE(fileBytes(db), before);
        // Another release's set is not frozen.
        QCOMPARE(artifact(db, {u"add"_qs, u"--release"_qs, u"26"_qs, more}).exitCode, 0);
        // The release itself can still go (foreign keys on, as Slipway opens files), its
        // frozen set with it.
        {
            auto handle = openDatabase(db);
            QVERIFY(handle);
            exec(*handle, u"DELETE FROM releases WHERE id = 25"_qs);
        }
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM artifacts WHERE release_id = 25"_qs).toInt(),
                 0);
    }

    void deployingNeedsVerifiedArtifacts() {
        const QString db = freshDemo();
        const QString file = writeFile(m_dir, u"unchecked.tar.gz"_qs, "payload");
        QCOMPARE(artifact(db, {u"add"_qs, u"--release"_qs, u"25"_qs, file}).exitCode, 0);
        const QByteArray before = fileBytes(db);
        const Run set = runSlipway({u"lifecycle"_qs, u"set"_qs, u"--db"_qs, db, u"--release"_qs,
                                    u"25"_qs, u"--status"_qs, u"deploying"_qs});
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.errText().contains(u"Artifacts verified"_qs), set.err.constData());
        QVERIFY(set.errText().contains(u"unchecked.tar.gz: Not verified"_qs));
        QCOMPARE(fileBytes(db), before);
        // Skipping Deploying skips nothing: an approved release's production record is refused
        // over the same artifact, and the release stays where it was.
        const QString approved =
            queryValue(db, u"SELECT id FROM releases WHERE status = 'approved' ORDER BY id"_qs)
                .toString();
        QVERIFY(!approved.isEmpty());
        // The demo's own artifacts of it lie nowhere here: taken back first.
        QStringList shipped{u"remove"_qs, u"--release"_qs, approved};
        {
            auto handle = openDatabase(db, true);
            QVERIFY(handle);
            ArtifactService service(*handle, Session::forCurrentUser());
            auto listed = service.artifacts(approved.toLongLong());
            QVERIFY(listed);
            for (const Artifact& a : listed.value())
                shipped << a.name;
        }
        if (shipped.size() > 3)
            QCOMPARE(artifact(db, shipped).exitCode, 0);
        QCOMPARE(artifact(db, {u"add"_qs, u"--release"_qs, approved, file}).exitCode, 0);
        const QByteArray beforeDeploy = fileBytes(db);
        const Run deploy =
            runSlipway({u"deploy"_qs, u"record"_qs, u"--db"_qs, db, u"--release"_qs, approved,
                        u"--environment"_qs, u"Production"_qs, u"--outcome"_qs, u"succeeded"_qs});
        QCOMPARE(deploy.exitCode, 1);
        QVERIFY2(deploy.errText().contains(u"Artifacts verified"_qs), deploy.err.constData());
        QCOMPARE(fileBytes(db), beforeDeploy);
        // Once verified, the artifact guard passes, and taking artifacts back works by name.
        QCOMPARE(artifact(db, {u"verify"_qs, u"--release"_qs, approved}).exitCode, 0);
        const Run again =
            runSlipway({u"lifecycle"_qs, u"show"_qs, u"--db"_qs, db, u"--release"_qs, approved});
        QVERIFY2(!again.outText().contains(u"Not verified"_qs), again.out.constData());
        const Run removed = artifact(db, {u"remove"_qs, u"--release"_qs, approved,
                                          u"unchecked.tar.gz"_qs, u"nonexistent.tgz"_qs});
        QCOMPARE(removed.exitCode, 2); // all or nothing: one unknown name removes none
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM artifacts WHERE release_id = "_qs + approved)
                     .toInt(),
                 1);
        QCOMPARE(artifact(db, {u"remove"_qs, u"--release"_qs, approved, u"unchecked.tar.gz"_qs})
                     .exitCode,
                 0);
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM artifacts WHERE release_id = "_qs + approved)
                     .toInt(),
                 0);
    }

    void badInputSaysOneLineAndWritesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no action") << QStringList{} << u"say what to do"_qs;
        QTest::newRow("unknown action") << QStringList{u"sign"_qs} << u"unknown action 'sign'"_qs;
        QTest::newRow("no files") << QStringList{u"add"_qs, u"--release"_qs, u"25"_qs}
                                  << u"name the files"_qs;
        QTest::newRow("missing file")
            << QStringList{u"add"_qs, u"--release"_qs, u"25"_qs, u"/nonexistent/app.tgz"_qs}
            << u"/nonexistent/app.tgz: not a file"_qs;
        QTest::newRow("bad kind") << QStringList{u"add"_qs,    u"--release"_qs, u"25"_qs,
                                                 u"--kind"_qs, u"rocket"_qs,    u"x"_qs}
                                  << u"--kind 'rocket'"_qs;
        QTest::newRow("unknown release")
            << QStringList{u"list"_qs, u"--release"_qs, u"Nope@9.9.9"_qs} << u"no release"_qs;
        QTest::newRow("trust without key") << QStringList{u"trust"_qs} << u"--key FILE"_qs;
        QTest::newRow("garbage key") << QStringList{u"trust"_qs, u"--key"_qs, u"GARBAGE"_qs}
                                     << u"garbage.asc: not an OpenPGP public key"_qs;
        QTest::newRow("secret key") << QStringList{u"trust"_qs, u"--key"_qs, u"SECRET"_qs}
                                    << u"secret.key: line 2: not a minisign public key"_qs;
    }
    void badInputSaysOneLineAndWritesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QString db = freshDemo();
        for (QString& a : args) {
            if (a == u"GARBAGE")
                a = writeFile(m_dir, u"garbage.asc"_qs,
                              "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nxx\n");
            else if (a == u"SECRET")
                a = writeFile(m_dir, u"secret.key"_qs,
                              "untrusted comment: minisign encrypted secret key\nRWRTY0IyAAAA\n");
        }
        const QByteArray before = fileBytes(db);
        const Run run = artifact(db, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(says), run.err.constData());
        QCOMPARE(run.errText().count(u'\n'), 0);
        QCOMPARE(fileBytes(db), before);
    }
};

QTEST_GUILESS_MAIN(tst_ArtifactCommand)
#include "tst_ArtifactCommand.moc"
