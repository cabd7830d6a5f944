// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FileDigest.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FileDigest)
};

QString systemError(int code) {
    return QString::fromLocal8Bit(std::strerror(code));
}

// One algorithm, fetched once: EVP_sha256() and friends would look the implementation up again
// for every file, which shows when hashing thousands of small ones.
class Digest {
public:
    explicit Digest(const char* name)
        : m_md(EVP_MD_fetch(nullptr, name, nullptr))
        , m_ctx(EVP_MD_CTX_new()) {}
    ~Digest() {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;

    bool valid() const { return m_md && m_ctx; }
    bool init() { return EVP_DigestInit_ex(m_ctx, m_md, nullptr) == 1; }
    bool update(const unsigned char* data, size_t size) {
        return EVP_DigestUpdate(m_ctx, data, size) == 1;
    }
    QString finalHex() {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_DigestFinal_ex(m_ctx, md, &length) != 1)
            return {};
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(md), int(length)).toHex());
    }

private:
    EVP_MD* m_md;
    EVP_MD_CTX* m_ctx;
};

// Closes the descriptor on every way out of compute().
class Descriptor {
public:
    explicit Descriptor(int fd)
        : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

struct FileDigest::State {
    std::vector<std::unique_ptr<Digest>> digests; // in the order sha256, sha512, blake2b512
    std::vector<QString FileDigests::*> fields;
    std::vector<unsigned char> buffer;
};

FileDigest::FileDigest()
    : FileDigest(Options()) {}

FileDigest::FileDigest(Options options)
    : m_options(std::move(options))
    , m_state(std::make_unique<State>()) {
    const auto add = [this](bool wanted, const char* name, QString FileDigests::*field) {
        if (!wanted)
            return;
        m_state->digests.push_back(std::make_unique<Digest>(name));
        m_state->fields.push_back(field);
    };
    add(m_options.sha256, "SHA256", &FileDigests::sha256);
    add(m_options.sha512, "SHA512", &FileDigests::sha512);
    add(m_options.blake2b512, "BLAKE2B-512", &FileDigests::blake2b512);
    m_options.blockSize = std::clamp<qint64>(m_options.blockSize, 4096, qint64(64) << 20);
    m_state->buffer.resize(size_t(m_options.blockSize));
}

FileDigest::~FileDigest() = default;

Result<std::optional<FileDigests>> FileDigest::compute(const QString& path) {
    for (const auto& digest : m_state->digests)
        if (!digest->valid() || !digest->init())
            return Error{Error::Kind::Internal,
                         Text::tr("%1: OpenSSL does not provide the digest asked for").arg(path)};
    const QByteArray native = QFile::encodeName(path);
    // Non-blocking, so a FIFO without a writer is refused below instead of hanging here; reads
    // of a regular file ignore the flag.
    const Descriptor fd(::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) {
        const int code = errno;
        return Error{Error::Kind::Usage,
                     code == ENOENT ? Text::tr("%1: no such file").arg(path)
                                    : Text::tr("%1: cannot open: %2").arg(path, systemError(code))};
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        return Error{Error::Kind::Io,
                     Text::tr("%1: cannot read: %2").arg(path, systemError(errno))};
    if (!S_ISREG(info.st_mode))
        return Error{Error::Kind::Usage, Text::tr("%1: not a regular file").arg(path)};
    const qint64 total = info.st_size;
    // Read-ahead pays only past one block; a call per small file would cost more than it gives.
    if (total > m_options.blockSize)
        ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);

    unsigned char* const buffer = m_state->buffer.data();
    const size_t capacity = m_state->buffer.size();
    qint64 done = 0;
    for (;;) {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            return std::optional<FileDigests>();
        const ssize_t got = ::read(fd.get(), buffer, capacity);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return Error{Error::Kind::Io,
                         Text::tr("%1: cannot read after %2 bytes: %3")
                             .arg(path, QString::number(done), systemError(errno))};
        }
        if (got == 0)
            break;
        for (const auto& digest : m_state->digests)
            if (!digest->update(buffer, size_t(got)))
                return Error{Error::Kind::Internal, Text::tr("%1: hashing failed").arg(path)};
        done += got;
        if (m_options.progress)
            m_options.progress(done, total);
    }
    FileDigests result;
    result.size = done;
    for (size_t i = 0; i < m_state->digests.size(); ++i) {
        result.*(m_state->fields[i]) = m_state->digests[i]->finalHex();
        if ((result.*(m_state->fields[i])).isEmpty())
            return Error{Error::Kind::Internal, Text::tr("%1: hashing failed").arg(path)};
    }
    return std::optional<FileDigests>(std::move(result));
}

Result<QString> FileDigest::sha256Of(const QString& path) {
    FileDigest digest;
    auto computed = digest.compute(path);
    if (!computed)
        return computed.error();
    return computed.value()->sha256;
}

} // namespace slipway
