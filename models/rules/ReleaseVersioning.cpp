// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseVersioning.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseVersioning)
};

} // namespace

QList<FieldProblem> ReleaseVersioning::validate(const Release& release,
                                                const VersionScheme& scheme) {
    if (scheme.kind() == VersionScheme::Kind::SemVer)
        return validateRelease(release);
    QList<FieldProblem> problems = validateReleaseFields(release);
    if (auto valid = scheme.validate(release.version); !valid) {
        qsizetype at = 0;
        while (at < problems.size() && problems.at(at).field == u"name")
            ++at;
        problems.insert(
            at,
            {QStringLiteral("version"),
             Text::tr("Not a version of %1: %2").arg(scheme.displayName(), valid.error().message)});
    }
    return problems;
}

bool ReleaseVersioning::isBreaking(const ScopeItem& item) {
    for (const QString& label : item.labels) {
        const QString l = label.trimmed();
        for (const char* word : {"breaking", "breaking-change", "breaking change", "semver-major"})
            if (l.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
                return true;
    }
    return item.description.contains(QStringLiteral("BREAKING CHANGE:")) ||
           item.description.contains(QStringLiteral("BREAKING-CHANGE:"));
}

ScopeCounts ReleaseVersioning::countScope(const QList<ScopeItem>& items) {
    ScopeCounts counts;
    for (const ScopeItem& item : items) {
        if (item.status == ScopeStatus::Deferred)
            continue;
        if (isBreaking(item))
            ++counts.breaking;
        else if (item.kind == ScopeKind::Feature || item.kind == ScopeKind::Regulatory)
            ++counts.features;
        else
            ++counts.fixes;
    }
    return counts;
}

} // namespace slipway
