// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ChecksumList.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

using namespace slipway;

namespace {

QString setPath(const QString& relative) {
    return test::testDataPath(u"checksums/"_qs + relative);
}

ChecksumList readOk(const QByteArray& data) {
    auto r = ChecksumList::fromData(data, u"SUMS"_qs);
    if (!r) {
        test::helperFailed(r.error().message);
        return {};
    }
    return r.value();
}

QString sha256Of(const QString& path) {
    return QString::fromLatin1(
        QCryptographicHash::hash(test::fileBytes(path), QCryptographicHash::Sha256).toHex());
}

const QString kHash = u"dd56551af398628b6df4b461d8cec3b05c618b1f4da57a418b2093db9554d858"_qs;

} // namespace

class tst_ChecksumList : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Counts checked with Python: lines by form, names repeated, CRLF; the listed digests of
    // the files the sets include are compared with the files themselves below.
    void realFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("form"); // of every entry
        QTest::addColumn<int>("warnings");
        QTest::addColumn<bool>("signify");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<int>("firstLine");
        const int binary = int(ChecksumEntry::Form::Binary);
        const int text = int(ChecksumEntry::Form::Text);
        const int tag = int(ChecksumEntry::Form::Tag);
        QTest::newRow("Ubuntu 20.04, binary mode")
            << u"ubuntu_20.04_sha256sums_binary_star_armored_gpg/SHA256SUMS"_qs << 9 << binary << 0
            << false << u"ubuntu-20.04-beta-desktop-amd64.iso"_qs << 1;
        QTest::newRow("thgtoa, GNU text mode")
            << u"thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed/sha256sum.txt"_qs << 17
            << text << 0 << false << u"about.md"_qs << 1;
        QTest::newRow("thgtoa, 173 lines")
            << u"thgtoa_stale_minisig_does_not_match/sha256sum.txt"_qs << 173 << text << 0 << false
            << u"CHANGELOG.html"_qs << 1;
        // OpenBSD lists install76.img and install76.iso twice, with the same digests.
        QTest::newRow("OpenBSD 7.6, BSD tags")
            << u"openbsd_7.6_amd64_bsd_tag_signify_embedded/SHA256"_qs << 23 << tag << 2 << false
            << u"BOOTIA32.EFI"_qs << 1;
        QTest::newRow("OpenBSD 7.6, signify embedded")
            << u"openbsd_7.6_amd64_bsd_tag_signify_embedded/SHA256.sig"_qs << 23 << tag << 2 << true
            << u"BOOTIA32.EFI"_qs << 3;
        QTest::newRow("snap, one BSD tag")
            << u"signify_snap_single_bsd_tag_line_with_data/SHA256"_qs << 1 << tag << 0 << false
            << u"snap"_qs << 1;
        QTest::newRow("snap, signify embedded")
            << u"signify_snap_single_bsd_tag_line_with_data/SHA256.sig"_qs << 1 << tag << 0 << true
            << u"snap"_qs << 3;
    }
    void realFiles() {
        QFETCH(QString, file);
        QFETCH(int, entries);
        QFETCH(int, form);
        const QString path = setPath(file);
        const auto r = ChecksumList::fromFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->entries.size(), entries);
        QVERIFY(!r->empty);
        QVERIFY(!r->weak);
        for (const ChecksumEntry& e : r->entries) {
            QCOMPARE(int(e.form), form);
            QCOMPARE(e.algorithm, u"SHA-256"_qs);
            QCOMPARE(e.hex.size(), 64);
            QVERIFY(!e.weak);
        }
        QTEST(int(r->warnings.size()), "warnings");
        QTEST(r->signify.has_value(), "signify");
        QTEST(r->entries[0].name, "firstName");
        QTEST(r->entries[0].line, "firstLine");
        test::verifyEvidence(r->evidence, path);
    }

    void realFileDetails() {
        // The digests listed for the files each set carries match those files.
        const QString thgtoa = u"thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed/"_qs;
        const auto gnu = ChecksumList::fromFile(setPath(thgtoa + u"sha256sum.txt"_qs));
        QVERIFY(gnu);
        const ChecksumEntry* rotation = gnu->find(u"KEY_ROTATION.md"_qs);
        QVERIFY(rotation);
        QCOMPARE(rotation->line, 10);
        QCOMPARE(rotation->hex, sha256Of(setPath(thgtoa + u"KEY_ROTATION.md"_qs)));

        const QString snapSet = u"signify_snap_single_bsd_tag_line_with_data/"_qs;
        const auto snap = ChecksumList::fromFile(setPath(snapSet + u"SHA256.sig"_qs));
        QVERIFY(snap);
        QCOMPARE(snap->entries[0].hex, sha256Of(setPath(snapSet + u"snap"_qs)));
        QCOMPARE(snap->signify->comment, u"verify with snap.pub"_qs);
        QVERIFY(snap->signify->signature.startsWith(u"RWQVGN6sUjQQA0wVb3"_qs));
        QCOMPARE(snap->signify->signature.size(), 100);
        // What was signed is the plain list, byte for byte.
        QCOMPARE(snap->signify->message, test::fileBytes(setPath(snapSet + u"SHA256"_qs)));

        const QString openbsd = u"openbsd_7.6_amd64_bsd_tag_signify_embedded/"_qs;
        const auto sig = ChecksumList::fromFile(setPath(openbsd + u"SHA256.sig"_qs));
        QVERIFY(sig);
        QCOMPARE(sig->signify->comment, u"verify with openbsd-76-base.pub"_qs);
        QCOMPARE(sig->signify->message, test::fileBytes(setPath(openbsd + u"SHA256"_qs)));
        QCOMPARE(sig->find(u"install76.iso"_qs)->line, 19);
        QCOMPARE(sig->warnings[0],
                 u"line 18: \"install76.img\" is listed again with the same digest as on line 17; "
                 "kept once"_qs);
        QCOMPARE(sig->entries.last().name, u"xshare76.tgz"_qs);

        const auto ubuntu = ChecksumList::fromFile(
            setPath(u"ubuntu_20.04_sha256sums_binary_star_armored_gpg/SHA256SUMS"_qs));
        QVERIFY(ubuntu);
        QCOMPARE(ubuntu->entries[0].hex,
                 u"bc05bf3296220c4c85415c76aceac834cba70cb3bc447240c7de1655bf4d7c1e"_qs);
    }

    // A signed empty list reads, and says it vouches for nothing.
    void emptyList() {
        const auto r = ChecksumList::fromFile(
            setPath(u"empty_sha256sums_with_valid_detached_signature/SHA256SUMS"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r->empty);
        QVERIFY(r->entries.isEmpty());
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY(readOk("# nothing here yet\r\n\r\n").empty);
        QCOMPARE(readOk("# nothing here yet\r\n\r\n").commentLines, 1);
        // A detached signify signature holds no list.
        const ChecksumList detached =
            readOk("untrusted comment: verify with "
                   "snap.pub\nRWQVGN6sUjQQA0wVb3+MLAB7X70kF7t6xq2DQo1GwHcj6nn"
                   "s0DLcq/+JjH+ksnodn99hhkQnITJYTKAEVrRdLhaCC2lp9XHMewY=\n");
        QVERIFY(detached.empty);
        QVERIFY(detached.signify);
        QCOMPARE(detached.signify->message, QByteArray());
    }

    void forms() {
        const QString h512 = QString(128, u'b');
        const ChecksumList r =
            readOk("# made by hand\r\n" + kHash.toUpper().toLatin1() + "  plain name.txt\r\n" +
                   kHash.toLatin1() + " *dir/binary.iso\r\n\r\n" + h512.toLatin1() +
                   " reversed.tgz\r\n" + "\\" + kHash.toLatin1() + "  back\\\\slash\\nnewline\r\n" +
                   "SHA512 (tag (1).txt) = " + h512.toLatin1() + "\r\n" +
                   "\\SHA256 (esc\\\\aped) = " + kHash.toLatin1() + "\r\n" + "   \t\r\n");
        QCOMPARE(r.entries.size(), 6);
        QCOMPARE(r.commentLines, 1);
        QCOMPARE(r.entries[0].name, u"plain name.txt"_qs);
        QCOMPARE(r.entries[0].hex, kHash); // lower case
        QCOMPARE(r.entries[0].form, ChecksumEntry::Form::Text);
        QCOMPARE(r.entries[0].line, 2);
        QCOMPARE(r.entries[1].name, u"dir/binary.iso"_qs);
        QCOMPARE(r.entries[1].form, ChecksumEntry::Form::Binary);
        QCOMPARE(r.entries[2].name, u"reversed.tgz"_qs);
        QCOMPARE(r.entries[2].algorithm, u"SHA-512"_qs);
        QCOMPARE(r.entries[2].line, 5);
        QCOMPARE(r.entries[3].name, u"back\\slash\nnewline"_qs);
        QCOMPARE(r.entries[4].name, u"tag (1).txt"_qs);
        QCOMPARE(r.entries[4].algorithm, u"SHA-512"_qs);
        QCOMPARE(r.entries[4].form, ChecksumEntry::Form::Tag);
        QCOMPARE(r.entries[5].name, u"esc\\aped"_qs);
        QVERIFY(r.warnings.isEmpty());
        QVERIFY(!r.signify);
    }

    void algorithmsFromLength_data() {
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("weak");
        QTest::newRow("MD5") << 32 << u"MD5"_qs << true;
        QTest::newRow("SHA-1") << 40 << u"SHA-1"_qs << true;
        QTest::newRow("SHA-224") << 56 << u"SHA-224"_qs << false;
        QTest::newRow("SHA-256") << 64 << u"SHA-256"_qs << false;
        QTest::newRow("SHA-384") << 96 << u"SHA-384"_qs << false;
        QTest::newRow("SHA-512") << 128 << u"SHA-512"_qs << false;
    }
    void algorithmsFromLength() {
        QFETCH(int, digits);
        const ChecksumList r = readOk(QByteArray(digits, 'c') + "  file\n");
        QTEST(r.entries[0].algorithm, "algorithm");
        QTEST(r.entries[0].weak, "weak");
        QTEST(r.weak, "weak");
        QCOMPARE(r.warnings.size(), r.weak ? 1 : 0);
    }

    void weakTags() {
        const ChecksumList r =
            readOk("MD5 (a) = d41d8cd98f00b204e9800998ecf8427e\n"
                   "SHA1 (a) = da39a3ee5e6b4b0d3255bfef95601890afd80709\n"
                   "SHA256 (a) = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                   "BLAKE2b (a) = " +
                   QByteArray(128, 'e') + "\n");
        QCOMPARE(r.entries.size(), 4); // one name under four algorithms is no repeat
        QVERIFY(r.entries[0].weak && r.entries[1].weak);
        QVERIFY(!r.entries[2].weak);
        QCOMPARE(r.entries[3].algorithm, u"BLAKE2b-512"_qs);
        QVERIFY(r.weak);
        QCOMPARE(r.warnings, QStringList{u"2 entries use MD5 or SHA-1, which do not protect "
                                         "against a file made to match"_qs});
    }

    // Each refused in one line "FILE:LINE: …".
    void refusals_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray h = kHash.toLatin1();
        QTest::newRow("63 digits") << QByteArray("# ok\n" + h.left(63) + "  a\n")
                                   << u"SUMS:2: a digest of 63 hex digits"_qs;
        QTest::newRow("not hex in a tag")
            << QByteArray("SHA256 (a) = " + QByteArray(64, 'z') + "\n")
            << u"SUMS:1: the SHA-256 hash is not hexadecimal"_qs;
        QTest::newRow("tag of the wrong length")
            << QByteArray("SHA512 (a) = " + h + "\n")
            << u"SUMS:1: the SHA-512 hash has 64 hex digits; SHA-512 has 128"_qs;
        QTest::newRow("unknown algorithm") << QByteArray("CRC32 (a) = 1234abcd\n")
                                           << u"SUMS:1: \"CRC32\" is not a hash algorithm"_qs;
        QTest::newRow("no name") << QByteArray(h + "  \n") << u"SUMS:1: no file name"_qs;
        QTest::newRow("bad escape")
            << QByteArray("\\" + h + "  a\\tb\n") << u"SUMS:1: the name has an escape"_qs;
        QTest::newRow("not a checksum line")
            << QByteArray(h + "  a\nhello world\n") << u"SUMS:2: not a checksum line"_qs;
        QTest::newRow("the same name, another digest")
            << QByteArray(h + "  a\n" + QByteArray(64, 'f') + "  b\n" + QByteArray(64, 'f') +
                          " *a\n")
            << u"SUMS:3: \"a\" is listed again with a different SHA-256 digest (first on line 1)"_qs;
        QTest::newRow("binary garbage")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << u"SUMS:1: not valid UTF-8 text"_qs;
        QTest::newRow("NUL") << QByteArray(h + QByteArray("  a\n\0", 5))
                             << u"SUMS:2: a NUL byte"_qs;
        QTest::newRow("OpenPGP armour") << QByteArray("-----BEGIN PGP SIGNATURE-----\n\nabc\n")
                                        << u"SUMS:1: an OpenPGP armoured block"_qs;
        QTest::newRow("broken signify line")
            << QByteArray("untrusted comment: x\nnot base64!\n" + h + "  a\n")
            << u"SUMS:2: not a signify signature"_qs;
        QTest::newRow("huge name") << QByteArray(h + "  " + QByteArray(10000000, 'n') + "\n")
                                   << u"SUMS:1: the file name is 10000000 characters long"_qs;
        QTest::newRow("huge line of garbage")
            << QByteArray(20000000, 'q') << u"SUMS:1: not a checksum line"_qs;
        QTest::newRow("a huge digest") << QByteArray(QByteArray(5000000, 'a') + "  a\n")
                                       << u"SUMS:1: a digest of 5000000 hex digits"_qs;
    }
    void refusals() {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto r = ChecksumList::fromData(data, u"SUMS"_qs);
        QVERIFY(test::isOneLineRefusal(r, expected));
        QVERIFY2(r.error().message.size() < 400, qPrintable(r.error().message.left(400)));
    }

    // Files of the sets that are not checksum lists say what they are.
    void otherFilesOfTheSets_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // after "PATH:"
        QTest::newRow("OpenPGP signature")
            << u"ubuntu_20.04_sha256sums_binary_star_armored_gpg/SHA256SUMS.gpg"_qs
            << u"1: an OpenPGP armoured block"_qs;
        QTest::newRow("OpenPGP key")
            << u"empty_sha256sums_with_valid_detached_signature/public_key.asc"_qs
            << u"1: an OpenPGP armoured block"_qs;
        QTest::newRow("minisign, legacy")
            << u"minisign_legacy_ed_resolver_list/cs-relays.md.minisig"_qs
            << u"3: a minisign signature, not a checksum list"_qs;
        QTest::newRow("minisign, prehashed")
            << u"thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed/sha256sum.txt.minisig"_qs
            << u"3: a minisign signature, not a checksum list"_qs;
        QTest::newRow("minisign key") << u"minisign_legacy_ed_resolver_list/minisign.pub"_qs
                                      << u"2: a signify or minisign public key"_qs;
        QTest::newRow("signify key") << u"signify_snap_single_bsd_tag_line_with_data/snap.pub"_qs
                                     << u"2: a signify or minisign public key"_qs;
        // Its first line is a heading, which reads as a comment.
        QTest::newRow("Markdown") << u"minisign_legacy_ed_resolver_list/cs-relays.md"_qs
                                  << u"3: not a checksum line"_qs;
        QTest::newRow("shell script") << u"signify_snap_single_bsd_tag_line_with_data/snap"_qs
                                      << u"3: not a checksum line"_qs;
        QTest::newRow("OpenPGP signature of the empty list")
            << u"empty_sha256sums_with_valid_detached_signature/SHA256SUMS.sig"_qs
            << u"1: an OpenPGP armoured block"_qs;
        QTest::newRow("Ubuntu's key")
            << u"ubuntu_20.04_sha256sums_binary_star_armored_gpg/ubuntu_cdimage_2012_key_D94AA3F0EFE21092.asc"_qs
            << u"1: an OpenPGP armoured block"_qs;
        const QString thgtoa = u"thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed/"_qs;
        QTest::newRow("thgtoa OpenPGP signature")
            << thgtoa + u"sha256sum.txt.asc"_qs << u"1: an OpenPGP armoured block"_qs;
        QTest::newRow("thgtoa OpenPGP key")
            << thgtoa + u"Release-Signing-Key_C3023DBEA3FB38C438BA1EEDCEC60AEDE8B992A2.asc"_qs
            << u"1: an OpenPGP armoured block"_qs;
        QTest::newRow("thgtoa minisign key")
            << thgtoa + u"minisign.pub"_qs << u"2: a signify or minisign public key"_qs;
        QTest::newRow("thgtoa Markdown with CRLF")
            << thgtoa + u"KEY_ROTATION.md"_qs << u"1: not a checksum line"_qs;
        QTest::newRow("stale minisign signature")
            << u"thgtoa_stale_minisig_does_not_match/sha256sum.txt.minisig"_qs
            << u"3: a minisign signature, not a checksum list"_qs;
        QTest::newRow("stale set's key") << u"thgtoa_stale_minisig_does_not_match/minisign.pub"_qs
                                         << u"2: a signify or minisign public key"_qs;
    }
    void otherFilesOfTheSets() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = setPath(file);
        QVERIFY(test::isOneLineRefusal(ChecksumList::fromFile(path), path + u':' + expected));
    }
};

QTEST_GUILESS_MAIN(tst_ChecksumList)
#include "tst_ChecksumList.moc"
