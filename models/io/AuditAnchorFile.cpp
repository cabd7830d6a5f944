// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAnchorFile.h"

#include "OutputFile.h"
#include "Utf8Check.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditAnchorFile)
};

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

Result<QByteArray> readBytes(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Kind::Usage, Text::tr("%1: no such anchor file").arg(shown(path))};
    if (!info.isFile())
        return Error{Error::Kind::Usage, Text::tr("%1: not a regular file").arg(shown(path))};
    if (info.size() > AuditAnchorFile::kMaxBytes)
        return Error{Error::Kind::Usage,
                     Text::tr("%1: %2 bytes is too large for an anchor file (at most %3)")
                         .arg(shown(path))
                         .arg(info.size())
                         .arg(AuditAnchorFile::kMaxBytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Usage,
                     Text::tr("%1: cannot be read (%2)").arg(shown(path), file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Kind::Usage,
                     Text::tr("%1: cannot be read (%2)").arg(shown(path), file.errorString())};
    return bytes;
}

Result<QList<AuditAnchorFile::Entry>> parse(const QString& path, const QByteArray& bytes) {
    if (const qsizetype bad = Utf8Check::firstBadByte(bytes.constData(), bytes.size()); bad >= 0)
        return Error{Error::Kind::Usage, Text::tr("%1 line %2: not UTF-8 text")
                                             .arg(shown(path))
                                             .arg(Utf8Check::lineOf(bytes, bad))};
    QList<AuditAnchorFile::Entry> entries;
    const QString text = QString::fromUtf8(bytes);
    int number = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++number;
        if (AuditAnchor::isComment(line))
            continue;
        auto anchor = AuditAnchor::parse(line);
        if (!anchor)
            return Error{Error::Kind::Usage, Text::tr("%1 line %2: %3")
                                                 .arg(shown(path))
                                                 .arg(number)
                                                 .arg(anchor.error().message)};
        entries.append({anchor.value(), path, number});
    }
    return entries;
}

} // namespace

Result<QList<AuditAnchorFile::Entry>> AuditAnchorFile::read(const QString& path) {
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(path, bytes.value());
}

Result<void> AuditAnchorFile::append(const QString& path, const AuditAnchor& anchor) {
    QByteArray content;
    if (QFileInfo::exists(path)) {
        // Renaming over a file would replace one its owner made read-only: refuse instead.
        if (QFileInfo(path).isFile() && !QFileInfo(path).isWritable())
            return Error{Error::Kind::Io,
                         Text::tr("%1 could not be written (it is read-only); nothing was changed.")
                             .arg(shown(path))};
        auto bytes = readBytes(path);
        if (!bytes)
            return bytes.error();
        // Never add to a file that would then not verify: its lines must all be anchors.
        if (auto read = parse(path, bytes.value()); !read)
            return Error{read.error().kind,
                         read.error().message + Text::tr("; nothing was added to it")};
        content = bytes.value();
        if (!content.isEmpty() && !content.endsWith('\n'))
            content.append('\n');
    }
    content.append(anchor.toLine().toUtf8());
    content.append('\n');
    return OutputFile::write(path, content);
}

} // namespace slipway
