// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileHeader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace slipway {
namespace {

quint32 be32(const uchar* p) {
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

bool FileHeader::hasJournalBeside(const QString& path) {
    for (const char* suffix : {"-wal", "-journal"}) {
        const QFileInfo beside(path + QLatin1String(suffix));
        if (beside.exists() && beside.size() > 0)
            return true;
    }
    return false;
}

FileHeader FileHeader::statOnly(const QString& path) {
    FileHeader h;
    const QFileInfo info(path);
    h.exists = info.exists();
    h.fileSize = info.size();
    h.empty = h.exists && h.fileSize == 0;
    h.wal = QFileInfo::exists(path + QStringLiteral("-wal"));
    return h;
}

Result<FileHeader> FileHeader::read(const QString& path) {
    FileHeader h;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return h;
    h.exists = true;
    if (info.isDir())
        return Error{Error::Kind::Usage,
                     Text::tr("%1 is a folder, not a Slipway file.").arg(shown)};
    h.fileSize = info.size();
    if (h.fileSize == 0) {
        h.empty = true;
        return h;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, Text::tr("%1 cannot be read (%2); check its permissions.")
                                          .arg(shown, file.errorString())};
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100) {
        if (magic.startsWith(bytes.left(16)) || bytes.startsWith(magic))
            return Error{
                Error::Kind::Corrupt,
                Text::tr("%1 is truncated (%2 bytes, shorter than an SQLite header); restore "
                         "it from a backup copy.")
                    .arg(shown)
                    .arg(h.fileSize)};
        return Error{
            Error::Kind::NotDatabase,
            Text::tr("%1 is not a Slipway file (it is not an SQLite database); open another "
                     "file or create a new one.")
                .arg(shown)};
    }
    if (!bytes.startsWith(magic))
        return Error{
            Error::Kind::NotDatabase,
            Text::tr("%1 is not a Slipway file (it is not an SQLite database); open another "
                     "file or create a new one.")
                .arg(shown)};
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const quint32 rawPage = (quint32(p[16]) << 8) | quint32(p[17]);
    h.pageSize = rawPage == 1 ? 65536 : int(rawPage);
    if (h.pageSize < 512 || (h.pageSize & (h.pageSize - 1)) != 0)
        return Error{
            Error::Kind::Corrupt,
            Text::tr("%1 is damaged (its header gives an impossible page size); restore it "
                     "from a backup copy.")
                .arg(shown)};
    const quint32 changeCounter = be32(p + 24);
    const quint32 validFor = be32(p + 92);
    if (changeCounter == validFor)
        h.pageCount = be32(p + 28);
    h.userVersion = int(be32(p + 60));
    h.wal = p[18] == 2 && p[19] == 2;
    const qint64 expected = h.pageCount * h.pageSize;
    // Read without a lock: a writer may be half-way through extending the file. Database::open
    // judges it again through SQLite, under a read lock.
    if ((h.pageCount > 0 && h.fileSize < expected) || h.fileSize % h.pageSize != 0) {
        h.shorterThanHeader = true;
        h.expectedSize = qMax(expected, (h.fileSize / h.pageSize + 1) * h.pageSize);
    }
    return h;
}

} // namespace slipway
