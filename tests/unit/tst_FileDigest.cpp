// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FileDigest.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace slipway;

namespace {

// The digests of `path`, failing the test (and giving nothing) when it is refused or cancelled.
FileDigests digestsOf(const QString& path, FileDigest::Options options) {
    FileDigest digest(std::move(options));
    auto computed = digest.compute(path);
    if (!computed) {
        test::helperFailed(computed.error().message);
        return {};
    }
    if (!computed.value()) {
        test::helperFailed(QStringLiteral("%1: cancelled without a cancel flag").arg(path));
        return {};
    }
    return *computed.value();
}

FileDigest::Options allThree() {
    FileDigest::Options options;
    options.sha256 = options.sha512 = options.blake2b512 = true;
    return options;
}

// The first field of what coreutils' `tool` prints for `path`; empty (and a failed test) when
// the tool cannot run.
QString coreutils(const QString& tool, const QString& path) {
    QProcess p;
    p.start(tool, {path});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        test::helperFailed(QStringLiteral("%1 %2 failed: %3")
                               .arg(tool, path, QString::fromUtf8(p.readAllStandardError())));
        return {};
    }
    return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 0, 0);
}

} // namespace

class tst_FileDigest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // FIPS 180-2 / RFC 7693 vectors: the empty message and "abc".
    void knownVectors_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<QString>("sha512");
        QTest::addColumn<QString>("blake2b512");
        QTest::newRow("empty")
            << QByteArray()
            << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_qs
            << u"cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff"
               u"83"
               u"18d2877eec2f63b931bd47417a81a538327af927da3e"_qs
            << u"786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee5853"
               u"13896444934eb04b903a685b1448b755d56f701afe9be2ce"_qs;
        QTest::newRow("abc")
            << QByteArray("abc")
            << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs
            << u"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836"
               u"ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"_qs
            << u"ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc2"
               u"52d5de4533cc9518d38aa8dbf1925ab92386edd4009923"_qs;
    }
    void knownVectors() {
        QFETCH(QByteArray, content);
        QFETCH(QString, sha256);
        QFETCH(QString, sha512);
        QFETCH(QString, blake2b512);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, u"vector"_qs, content);
        const FileDigests d = digestsOf(path, allThree());
        QCOMPARE(d.sha256, sha256);
        QCOMPARE(d.sha512, sha512);
        QCOMPARE(d.blake2b512, blake2b512);
        QCOMPARE(d.size, qint64(content.size()));
        // Only what is asked for is computed.
        const FileDigests only256 = digestsOf(path, FileDigest::Options());
        QCOMPARE(only256.sha256, sha256);
        QVERIFY(only256.sha512.isEmpty());
        QVERIFY(only256.blake2b512.isEmpty());
    }

    // A file of several blocks whose last block is short, against coreutils on the same file;
    // the instance is reused for a second, different file.
    void multiBlockMatchesCoreutils() {
        if (QStandardPaths::findExecutable(u"sha256sum"_qs).isEmpty())
            QSKIP("coreutils' sha256sum is not installed");
        QTemporaryDir dir;
        QByteArray bytes(3 * 65536 + 4097, Qt::Uninitialized);
        QRandomGenerator rng(15);
        for (char& c : bytes)
            c = char(rng.bounded(256));
        const QString big = test::writeFile(dir, u"big.bin"_qs, bytes);
        bytes[100000] = char(bytes[100000] ^ 1);
        const QString other = test::writeFile(dir, u"other.bin"_qs, bytes);

        FileDigest::Options options = allThree();
        options.blockSize = 65536;
        QList<qint64> seen;
        qint64 announced = -1;
        options.progress = [&](qint64 done, qint64 total) {
            seen << done;
            announced = total;
        };
        FileDigest digest(options);
        for (const QString& path : {big, other}) {
            seen.clear();
            auto computed = digest.compute(path);
            QVERIFY2(computed, qPrintable(computed.error().message));
            QVERIFY(computed.value());
            const FileDigests& d = *computed.value();
            QCOMPARE(d.sha256, coreutils(u"sha256sum"_qs, path));
            QCOMPARE(d.sha512, coreutils(u"sha512sum"_qs, path));
            if (!QStandardPaths::findExecutable(u"b2sum"_qs).isEmpty())
                QCOMPARE(d.blake2b512, coreutils(u"b2sum"_qs, path));
            QCOMPARE(d.size, qint64(bytes.size()));
            // One call per block: three full blocks and the short rest.
            QCOMPARE(seen, (QList<qint64>{65536, 131072, 196608, bytes.size()}));
            QCOMPARE(announced, qint64(bytes.size()));
        }
        QVERIFY(digestsOf(big, FileDigest::Options()).sha256 !=
                digestsOf(other, FileDigest::Options()).sha256);
    }

    // The flag is read before every block: raised from the progress callback after the first
    // block, the run stops there with nothing; lowered again, the file hashes whole.
    void cancelStopsWithinOneBlock() {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, u"f"_qs, QByteArray(10 * 4096, 'x'));
        std::atomic_bool cancel = false;
        int blocks = 0;
        FileDigest::Options options;
        options.blockSize = 4096;
        options.cancel = &cancel;
        options.progress = [&](qint64, qint64) {
            ++blocks;
            cancel = true;
        };
        FileDigest digest(options);
        auto first = digest.compute(path);
        QVERIFY2(first, qPrintable(first.error().message));
        QVERIFY(!first.value().has_value());
        QCOMPARE(blocks, 1);
        cancel = false;
        options.progress = {};
        FileDigest again(options);
        auto second = again.compute(path);
        QVERIFY(second && second.value());
        QCOMPARE(second.value()->sha256, FileDigest::sha256Of(path).value());
        QCOMPARE(second.value()->size, qint64(10 * 4096));
    }

    void refusalsNameTheFile() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"absent.iso"_qs);
        QVERIFY(
            test::isOneLineRefusal(FileDigest::sha256Of(missing), missing + u": no such file"_qs));
        QVERIFY(test::isOneLineRefusal(FileDigest::sha256Of(dir.path()),
                                       dir.path() + u": not a regular file"_qs));
        // A FIFO nobody writes to: refused at once rather than waited on.
        const QString fifo = dir.filePath(u"pipe"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(
            test::isOneLineRefusal(FileDigest::sha256Of(fifo), fifo + u": not a regular file"_qs));
        if (::geteuid() != 0) { // root reads files whatever their mode
            const QString locked = test::writeFile(dir, u"locked"_qs, "secret");
            QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
            QVERIFY(test::isOneLineRefusal(FileDigest::sha256Of(locked),
                                           locked + u": cannot open: "_qs));
        }
    }
};

QTEST_GUILESS_MAIN(tst_FileDigest)
#include "tst_FileDigest.moc"
