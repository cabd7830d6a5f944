// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

} // namespace

OutputFile::OutputFile(const QString& path)
    : m_path(path)
    , m_file(path) {}

OutputFile::~OutputFile() {
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Error OutputFile::failure(const QString& reason) const {
    // Qt loses the cause of a failed buffered write (EFBIG, some ENOSPC paths).
    const QString why = reason.isEmpty() || reason == u"Unknown error"
                            ? Text::tr("the disk is full or a file-size limit was reached")
                            : reason;
    return Error{Error::Kind::Io, Text::tr("%1 could not be written (%2); nothing was left behind.")
                                      .arg(QDir::toNativeSeparators(m_path), why)};
}

Result<void> OutputFile::open() {
    if (QFileInfo(m_path).isDir())
        return failure(Text::tr("it is a folder"));
    if (!m_file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io,
                     Text::tr("%1 cannot be written (%2); check the folder and its permissions.")
                         .arg(QDir::toNativeSeparators(m_path), m_file.errorString())};
    return {};
}

Result<void> OutputFile::commit() {
    if (!m_file.isOpen())
        return failure(Text::tr("it was not opened"));
    // QSaveFile::commit() does not report an error from the last buffered write, and ignores
    // the sync: both are checked here first, so a full disk is never taken for success.
    if (m_file.error() != QFileDevice::NoError || !m_file.flush()) {
        const QString why = m_file.errorString();
        m_file.cancelWriting();
        return failure(why);
    }
    const int fd = m_file.handle();
    if (fd >= 0 && ::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        m_file.cancelWriting();
        return failure(why);
    }
    if (!m_file.commit()) {
        const QString why = m_file.errorString();
        m_file.cancelWriting();
        return failure(why);
    }
    return {};
}

void OutputFile::discard() {
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Result<void> OutputFile::write(const QString& path, const QByteArray& bytes) {
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (file.device().write(bytes) != bytes.size()) {
        const QString why = file.m_file.errorString();
        file.discard();
        return file.failure(why);
    }
    return file.commit();
}

} // namespace slipway
