// SPDX-License-Identifier: GPL-3.0-or-later
// SarifReport: severities (names, CVSS scores and SARIF levels) and the counts by severity.
#include "SarifReport.h"

#include <QStringView>

namespace slipway {

int SarifReport::countAtOrAbove(SarifSeverity s) const {
    int n = 0;
    for (auto i = size_t(s); i < counts.size(); ++i)
        n += counts[i];
    return n;
}

int SarifReport::total() const {
    return countAtOrAbove(SarifSeverity::None);
}

int SarifReport::suppressedTotal() const {
    int n = 0;
    for (const int c : suppressedCounts)
        n += c;
    return n;
}

QString SarifReport::severityName(SarifSeverity s) {
    switch (s) {
    case SarifSeverity::Critical:
        return QStringLiteral("critical");
    case SarifSeverity::High:
        return QStringLiteral("high");
    case SarifSeverity::Medium:
        return QStringLiteral("medium");
    case SarifSeverity::Low:
        return QStringLiteral("low");
    case SarifSeverity::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<SarifSeverity> SarifReport::severityFromName(QStringView name) {
    for (const auto s : {SarifSeverity::None, SarifSeverity::Low, SarifSeverity::Medium,
                         SarifSeverity::High, SarifSeverity::Critical}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

SarifSeverity SarifReport::severityFromScore(double cvss) {
    if (cvss >= 9.0)
        return SarifSeverity::Critical;
    if (cvss >= 7.0)
        return SarifSeverity::High;
    if (cvss >= 4.0)
        return SarifSeverity::Medium;
    if (cvss > 0.0)
        return SarifSeverity::Low;
    return SarifSeverity::None;
}

SarifSeverity SarifReport::severityFromLevel(QStringView level) {
    if (level == u"error")
        return SarifSeverity::High;
    if (level == u"warning")
        return SarifSeverity::Medium;
    if (level == u"note")
        return SarifSeverity::Low;
    return SarifSeverity::None;
}

} // namespace slipway
