// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalVer.h"

#include "domain/Result.h"
#include "domain/SemVer.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// What a release's scope holds, counted by the caller from its own data: the scope items
// carry no "breaking" flag, so the caller decides what counts as one.
struct ScopeCounts {
    int breaking = 0;
    int features = 0;
    int fixes = 0;
};

// A product's versioning scheme, Semantic Versioning 2.0.0 or a CalVer format, behind one
// face: whether a text is a version, how two versions order, what the next one should be and
// what to warn about a chosen one. Plain values in and out, so the storage, services, CLI and
// screens all ask the same questions.
class VersionScheme {
public:
    enum class Kind { SemVer, CalVer };

    VersionScheme() = default; // Semantic Versioning
    static VersionScheme semVer() { return {}; }
    static Result<VersionScheme> calVer(const QString& format);
    // The stable text storage and the CLI use: "semver" or "calver:YYYY.MM.MICRO".
    static Result<VersionScheme> fromKey(const QString& key);
    QString key() const;

    Kind kind() const { return m_kind; }
    QString calVerFormat() const { return m_kind == Kind::CalVer ? m_calVer.format() : QString(); }
    QString displayName() const; // "Semantic Versioning", "CalVer YYYY.MM.MICRO"

    Result<void> validate(const QString& text) const;
    // Negative, zero or positive by the scheme's precedence (SemVer ignores build metadata);
    // an error names the text that is not a version.
    Result<int> compare(const QString& a, const QString& b) const;

    // The version a release should get after `lastReleased` (empty: none yet). SemVer reads
    // the scope; CalVer reads `date` and uses the scope to pick the counter.
    Result<QString> suggestNext(const QString& lastReleased, const ScopeCounts& scope,
                                QDate date) const;
    // The SemVer rule on its own (see the .cpp for the 0.y.z convention).
    static Result<SemVer> nextSemVer(const std::optional<SemVer>& last, const ScopeCounts& scope);

    // Sentences about a chosen version: not a version of this scheme, not above the last
    // released one, not the suggested one. Empty texts are skipped; no sentences: all good.
    QStringList warnings(const QString& chosen, const QString& lastReleased,
                         const QString& suggested) const;

    bool operator==(const VersionScheme& other) const { return key() == other.key(); }

private:
    Kind m_kind = Kind::SemVer;
    CalVer m_calVer;
};

} // namespace slipway
