// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QSaveFile>
#include <QString>

namespace slipway {

// A file Slipway writes (CSV, iCalendar, PDF, .eml, Markdown): written to a temporary file
// beside the target, flushed, synced and checked, then renamed over it. The target is
// complete or untouched; a full disk or a size limit is an Error naming the file.
class OutputFile {
public:
    explicit OutputFile(const QString& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    Result<void> open();
    QIODevice& device() { return m_file; }
    // Flushes, syncs and renames; on any failure the temporary file is removed.
    Result<void> commit();
    // Gives up: the temporary file is removed, the target untouched.
    void discard();

    // open(), one write, commit().
    static Result<void> write(const QString& path, const QByteArray& bytes);

private:
    Error failure(const QString& reason) const;

    QString m_path;
    QSaveFile m_file;
};

} // namespace slipway
