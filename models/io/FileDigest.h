// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace slipway {

// The digests of one file, as lowercase hex; an algorithm that was not asked for stays empty.
struct FileDigests {
    QString sha256;
    QString sha512;
    QString blake2b512;
    qint64 size = 0; // bytes read
};

// Streams files through OpenSSL's digests in large blocks, one pass for every algorithm asked
// for. An instance keeps its algorithms and its buffer, so hashing many files reuses them; use
// one instance per thread.
class FileDigest {
public:
    struct Options {
        bool sha256 = true;
        bool sha512 = false;
        bool blake2b512 = false;    // minisign's prehashed signatures
        qint64 blockSize = 1 << 20; // bytes per read
        // Called after every block with the bytes read so far and the size the file had when
        // it was opened (the first may pass the second if the file grows meanwhile).
        std::function<void(qint64 done, qint64 total)> progress;
        // Checked before every block, so a GUI's Cancel can stop a large file within one block.
        const std::atomic_bool* cancel = nullptr;
    };

    FileDigest(); // SHA-256 only
    explicit FileDigest(Options options);
    ~FileDigest();
    FileDigest(const FileDigest&) = delete;
    FileDigest& operator=(const FileDigest&) = delete;

    // The digests of the file at `path`; nothing (an empty optional) when the cancel flag was
    // raised. A file that is missing, not a regular file, or cannot be opened or read is an
    // error in one line that names it (Error::Kind::Usage for opening, Io for reading).
    Result<std::optional<FileDigests>> compute(const QString& path);

    // SHA-256 (lowercase hex) of one file with default options; for callers hashing one file.
    static Result<QString> sha256Of(const QString& path);

private:
    struct State;
    Options m_options;
    std::unique_ptr<State> m_state;
};

} // namespace slipway
