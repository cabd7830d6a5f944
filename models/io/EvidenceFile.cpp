// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/EvidenceFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <openssl/evp.h>

namespace slipway {

namespace {

// User-facing text goes through Qt Linguist like the rest of the core.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EvidenceFile)
};

} // namespace

EvidenceFile EvidenceFile::describe(const QString& path, const QByteArray& contents) {
    EvidenceFile e;
    e.fileName = QFileInfo(path).fileName();
    // OpenSSL, as the audit log uses: with SHA extensions it hashes a large report several
    // times faster than QCryptographicHash, which would otherwise dominate the parse time.
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(contents.constData(), size_t(contents.size()), md, &length, EVP_sha256(),
                   nullptr) == 1)
        e.sha256 =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(length)).toHex());
    else
        e.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
    e.size = contents.size();
    return e;
}

Result<EvidenceFile::Loaded> EvidenceFile::load(const QString& path, qint64 maxBytes) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Kind::Usage, Text::tr("%1: no such file").arg(path)};
    if (!info.isFile())
        return Error{Error::Kind::Usage, Text::tr("%1: not a regular file").arg(path)};
    // Checked before reading so a huge file never reaches memory.
    if (info.size() > maxBytes)
        return Error{Error::Kind::Usage,
                     Text::tr("%1: the file is %2 bytes, larger than the limit of %3 bytes")
                         .arg(path)
                         .arg(info.size())
                         .arg(maxBytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Usage,
                     Text::tr("%1: cannot read: %2").arg(path, file.errorString())};
    QByteArray contents = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Kind::Usage,
                     Text::tr("%1: cannot read: %2").arg(path, file.errorString())};
    // The file may have grown since it was measured.
    if (contents.size() > maxBytes)
        return Error{
            Error::Kind::Usage,
            Text::tr("%1: the file is larger than the limit of %2 bytes").arg(path).arg(maxBytes)};
    Loaded loaded{describe(path, contents), std::move(contents)};
    return loaded;
}

} // namespace slipway
