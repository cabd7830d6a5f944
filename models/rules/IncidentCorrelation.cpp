// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentCorrelation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace slipway {
namespace {

class IncidentCorrelation {
    Q_DECLARE_TR_FUNCTIONS(IncidentCorrelation)
};

// Names as they are compared: surrounding white space and case do not count.
QString folded(const QString& name) {
    return name.trimmed().toCaseFolded();
}

} // namespace

QList<CorrelatedIncident> correlate(const CorrelationTarget& target,
                                    const QList<Incident>& incidents, int windowHours) {
    QList<CorrelatedIncident> out;
    if (target.deployedAt <= 0 || windowHours <= 0)
        return out;
    QSet<QString> names;
    for (const QString& name : target.names)
        if (!name.trimmed().isEmpty())
            names.insert(folded(name));
    if (names.isEmpty())
        return out;

    const qint64 windowEnd = target.deployedAt + qint64(windowHours) * 3600;
    const qint64 lookbackStart = target.deployedAt - qint64(kPatternLookbackDays) * 86400;
    // What the 30 days before the deployment had already seen, of any service.
    QSet<QString> seenCategories;
    QSet<QString> seenItems;
    for (const Incident& i : incidents) {
        if (i.openedAt < lookbackStart || i.openedAt >= target.deployedAt)
            continue;
        if (!i.category.trimmed().isEmpty())
            seenCategories.insert(folded(i.category));
        if (!i.configItem.trimmed().isEmpty())
            seenItems.insert(folded(i.configItem));
    }

    for (const Incident& i : incidents) {
        if (i.openedAt < target.deployedAt || i.openedAt >= windowEnd)
            continue;
        CorrelatedIncident c;
        if (!i.service.trimmed().isEmpty() && names.contains(folded(i.service)))
            c.matchedOn = IncidentCorrelation::tr("service %1").arg(i.service.trimmed());
        else if (!i.configItem.trimmed().isEmpty() && names.contains(folded(i.configItem)))
            c.matchedOn =
                IncidentCorrelation::tr("configuration item %1").arg(i.configItem.trimmed());
        else
            continue;
        c.incident = i;
        c.releaseId = target.releaseId;
        c.hoursAfterDeployment = (i.openedAt - target.deployedAt) / 3600;
        QStringList reasons;
        if (!i.category.trimmed().isEmpty() && !seenCategories.contains(folded(i.category)))
            reasons << IncidentCorrelation::tr("category “%1” not seen in the %2 days before")
                           .arg(i.category.trimmed(), QString::number(kPatternLookbackDays));
        if (!i.configItem.trimmed().isEmpty() && !seenItems.contains(folded(i.configItem)))
            reasons << IncidentCorrelation::tr(
                           "configuration item “%1” not seen in the %2 days before")
                           .arg(i.configItem.trimmed(), QString::number(kPatternLookbackDays));
        c.newPattern = !reasons.isEmpty();
        c.newPatternReason = reasons.join(QStringLiteral("; "));
        out << c;
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        if (a.incident.openedAt != b.incident.openedAt)
            return a.incident.openedAt < b.incident.openedAt;
        return a.incident.number < b.incident.number;
    });
    return out;
}

} // namespace slipway
