// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdherenceService.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace slipway {

AdherenceService::AdherenceService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Deviation>> AdherenceService::deviations(qint64 fromUtc, qint64 toUtc,
                                                      qint64 nowUtc) const {
    Q_UNUSED(fromUtc)
    Q_UNUSED(toUtc)
    Q_UNUSED(nowUtc)
    return QList<Deviation>{};
}

QList<AdherenceService::Count>
AdherenceService::countsByTeamAndMonth(const QList<Deviation>& deviations) {
    const QList<DeviationKind> kinds = allDeviationKinds();
    std::map<std::tuple<QString, QString, int>, int> counts;
    for (const Deviation& d : deviations) {
        const QString month =
            QDateTime::fromSecsSinceEpoch(d.at, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
        const int order = int(kinds.indexOf(d.kind));
        ++counts[{d.teamName, month, order}];
    }
    QList<Count> out;
    out.reserve(qsizetype(counts.size()));
    for (const auto& [k, n] : counts)
        out.append(Count{std::get<0>(k), std::get<1>(k), kinds.value(std::get<2>(k)), n});
    return out;
}

} // namespace slipway
