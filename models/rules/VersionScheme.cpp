// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionScheme.h"

#include "SemVerParser.h"

#include "domain/InputText.h"

#include <QCoreApplication>

#include <limits>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(VersionScheme)
};

const QString kSemVerKey = QStringLiteral("semver");
const QString kCalVerPrefix = QStringLiteral("calver:");

Error overflow(const SemVer& last) {
    return Error{Error::Kind::Validation,
                 Text::tr("%1 cannot be counted any higher.").arg(last.toString())};
}

} // namespace

Result<VersionScheme> VersionScheme::calVer(const QString& format) {
    auto calVer = CalVer::fromFormat(format);
    if (!calVer)
        return calVer.error();
    VersionScheme scheme;
    scheme.m_kind = Kind::CalVer;
    scheme.m_calVer = calVer.value();
    return scheme;
}

Result<VersionScheme> VersionScheme::fromKey(const QString& key) {
    if (key == kSemVerKey)
        return semVer();
    if (key.startsWith(kCalVerPrefix))
        return calVer(key.mid(kCalVerPrefix.size()));
    return Error{Error::Kind::Validation,
                 Text::tr("%1 is not a versioning scheme; use semver or calver:FORMAT "
                          "(e.g. calver:YYYY.MM.MICRO).")
                     .arg(InputText::quoted(key))};
}

QString VersionScheme::key() const {
    return m_kind == Kind::SemVer ? kSemVerKey : kCalVerPrefix + m_calVer.format();
}

QString VersionScheme::displayName() const {
    return m_kind == Kind::SemVer ? Text::tr("Semantic Versioning")
                                  : Text::tr("CalVer %1").arg(m_calVer.format());
}

Result<void> VersionScheme::validate(const QString& text) const {
    if (m_kind == Kind::SemVer) {
        if (auto v = SemVerParser::parse(text); !v)
            return v.error();
        return {};
    }
    if (auto v = m_calVer.parse(text); !v)
        return v.error();
    return {};
}

Result<int> VersionScheme::compare(const QString& a, const QString& b) const {
    if (m_kind == Kind::SemVer) {
        const auto va = SemVerParser::parse(a);
        if (!va)
            return va.error();
        const auto vb = SemVerParser::parse(b);
        if (!vb)
            return vb.error();
        return va->compare(vb.value());
    }
    const auto va = m_calVer.parse(a);
    if (!va)
        return va.error();
    const auto vb = m_calVer.parse(b);
    if (!vb)
        return vb.error();
    return m_calVer.compare(va.value(), vb.value());
}

// A breaking change moves MAJOR, a feature MINOR, anything else (fixes, or nothing but a
// rebuild) PATCH. Below 1.0.0 the API is not yet stable, and the convention Cargo and npm
// carets follow is applied: a breaking change moves MINOR (0.3.1 → 0.4.0), features and fixes
// move PATCH (0.3.1 → 0.3.2). Leaving 0.y.z for 1.0.0 is a decision, never suggested. A first
// release is 0.1.0, where the specification suggests initial development starts. After a
// pre-release, the release it was a preview of comes first (1.0.0-rc.2 → 1.0.0; npm's rule).
Result<SemVer> VersionScheme::nextSemVer(const std::optional<SemVer>& last,
                                         const ScopeCounts& scope) {
    if (!last)
        return SemVer{0, 1, 0, {}, {}};
    enum Level { Major, Minor, Patch };
    Level level = scope.breaking > 0 ? Major : scope.features > 0 ? Minor : Patch;
    if (last->major == 0)
        level = level == Major ? Minor : Patch;
    constexpr quint64 kMax = std::numeric_limits<quint64>::max();
    const bool pre = !last->preRelease.isEmpty();
    SemVer next{last->major, last->minor, last->patch, {}, {}};
    switch (level) {
    case Major:
        if (pre && last->minor == 0 && last->patch == 0)
            break;
        if (last->major == kMax)
            return overflow(*last);
        next = SemVer{last->major + 1, 0, 0, {}, {}};
        break;
    case Minor:
        if (pre && last->patch == 0)
            break;
        if (last->minor == kMax)
            return overflow(*last);
        next = SemVer{last->major, last->minor + 1, 0, {}, {}};
        break;
    case Patch:
        if (pre)
            break;
        if (last->patch == kMax)
            return overflow(*last);
        next.patch = last->patch + 1;
        break;
    }
    return next;
}

Result<QString> VersionScheme::suggestNext(const QString& lastReleased, const ScopeCounts& scope,
                                           QDate date) const {
    if (m_kind == Kind::SemVer) {
        std::optional<SemVer> last;
        if (!lastReleased.isEmpty()) {
            auto parsed = SemVerParser::parse(lastReleased);
            if (!parsed)
                return parsed.error();
            last = parsed.value();
        }
        auto next = nextSemVer(last, scope);
        if (!next)
            return next.error();
        return next->toString();
    }
    std::optional<CalVerVersion> last;
    if (!lastReleased.isEmpty()) {
        auto parsed = m_calVer.parse(lastReleased);
        if (!parsed)
            return parsed.error();
        last = parsed.value();
    }
    const CalVer::Bump bump = scope.breaking > 0   ? CalVer::Bump::Major
                              : scope.features > 0 ? CalVer::Bump::Minor
                                                   : CalVer::Bump::Micro;
    auto next = m_calVer.next(last, date, bump);
    if (!next)
        return next.error();
    return m_calVer.toString(next.value());
}

QStringList VersionScheme::warnings(const QString& chosen, const QString& lastReleased,
                                    const QString& suggested) const {
    if (chosen.isEmpty())
        return {};
    if (auto valid = validate(chosen); !valid)
        return {valid.error().message};
    QStringList out;
    if (!lastReleased.isEmpty()) {
        if (auto c = compare(chosen, lastReleased); c && c.value() <= 0)
            out.append(Text::tr("%1 is not above the last released %2.").arg(chosen, lastReleased));
    }
    if (!suggested.isEmpty()) {
        if (auto c = compare(chosen, suggested); c && c.value() != 0)
            out.append(Text::tr("%1 differs from the suggested %2.").arg(chosen, suggested));
    }
    return out;
}

} // namespace slipway
