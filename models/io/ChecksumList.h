// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/EvidenceFile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// One file a checksum list vouches for.
struct ChecksumEntry {
    enum class Form {
        Text,   // GNU "HASH  name" (and the single-space "HASH name" of BSD's -r)
        Binary, // GNU "HASH *name"
        Tag,    // BSD tag "SHA256 (name) = HASH"
    };
    QString name;      // as listed, escapes undone; may hold '/' and spaces
    QString algorithm; // canonical: "SHA-256", "SHA-512", "SHA-1", "MD5" …
    QString hex;       // lowercase
    Form form = Form::Text;
    bool weak = false; // MD5 or SHA-1: a match proves nothing against a chosen file
    int line = 0;
};

// The embedded signature of a signify list (signify -S -e, as OpenBSD ships SHA256.sig).
struct SignifySignature {
    QString comment;    // the text after "untrusted comment: "
    QString signature;  // the base64 line: "Ed", the key number and the Ed25519 signature
    QByteArray message; // the bytes signed: everything after the signature line
};

// A list of file digests as sha256sum, shasum, cksum --tag, OpenBSD's sha256 and signify
// write them: GNU lines ("HASH  name", binary "HASH *name", and the escaped form that starts
// with '\'), BSD tags ("SHA256 (name) = HASH"), or signify's embedded form (a comment line and
// a signature line before the list). CRLF is read like LF; blank lines and lines that start
// with '#' (comments, as GNU sha256sum -c skips them) are ignored. In the GNU form the
// algorithm follows from the digest's length: 64 hex digits are SHA-256, 128 SHA-512, 96
// SHA-384, 56 SHA-224, 40 SHA-1 and 32 MD5.
// Refused in one line "FILE:LINE: …": a line of no known form, a digest that is not hex of its
// algorithm's length, an empty name, a name listed twice with different digests, text that is
// not UTF-8. A name listed twice with the same digest is kept once, with a warning.
struct ChecksumList {
    QList<ChecksumEntry> entries; // file order
    // No entries (an empty file, or only comments): the list vouches for nothing, so callers
    // must not call a release's files "complete" on its word. Not an error: real releases
    // ship empty lists, signed.
    bool empty = true;
    bool weak = false; // some entry uses MD5 or SHA-1
    int commentLines = 0;
    std::optional<SignifySignature> signify;
    QStringList warnings; // one line each
    EvidenceFile evidence;

    // Checksum lists are small; anything past this is not one.
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

    const ChecksumEntry* find(const QString& name) const;

    static Result<ChecksumList> fromFile(const QString& path, qint64 maxBytes = kMaxBytes);
    // `path` names the source in errors and in the evidence.
    static Result<ChecksumList> fromData(const QByteArray& data, const QString& path);
};

} // namespace slipway
