// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/EvidenceFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace slipway {

EvidenceFile EvidenceFile::describe(const QString& path, const QByteArray& contents) {
    EvidenceFile e;
    e.fileName = QFileInfo(path).fileName();
    e.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
    e.size = contents.size();
    return e;
}

Result<EvidenceFile::Loaded> EvidenceFile::load(const QString& path, qint64 maxBytes) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Kind::Usage, QStringLiteral("%1: no such file").arg(path)};
    if (!info.isFile())
        return Error{Error::Kind::Usage, QStringLiteral("%1: not a regular file").arg(path)};
    // Checked before reading so a huge file never reaches memory.
    if (info.size() > maxBytes)
        return Error{Error::Kind::Usage,
                     QStringLiteral("%1: the file is %2 bytes, larger than the limit of %3 bytes")
                         .arg(path)
                         .arg(info.size())
                         .arg(maxBytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Usage,
                     QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    QByteArray contents = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Kind::Usage,
                     QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    // The file may have grown since it was measured.
    if (contents.size() > maxBytes)
        return Error{Error::Kind::Usage,
                     QStringLiteral("%1: the file is larger than the limit of %2 bytes")
                         .arg(path)
                         .arg(maxBytes)};
    Loaded loaded{describe(path, contents), std::move(contents)};
    return loaded;
}

} // namespace slipway
