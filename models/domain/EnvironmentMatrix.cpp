// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentMatrix.h"

#include <QDateTime>
#include <QJsonArray>

namespace slipway {
namespace {

QJsonValue iso(qint64 secs) {
    return secs > 0 ? QJsonValue(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate))
                    : QJsonValue();
}

QJsonArray array(const QStringList& list) {
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

} // namespace

QString MatrixComponent::label() const {
    return group.isEmpty() ? name : group + u'/' + name;
}

QStringList MatrixCell::versions() const {
    QStringList out;
    for (const MatrixPlacement& p : placements) {
        if (!out.contains(p.version))
            out << p.version;
    }
    return out;
}

const MatrixCell& EnvironmentMatrix::cell(int row, int column) const {
    return cells.at(qsizetype(row) * environments.size() + column);
}

MatrixCell& EnvironmentMatrix::cell(int row, int column) {
    return cells[qsizetype(row) * environments.size() + column];
}

int EnvironmentMatrix::columnOf(qint64 environmentId) const {
    for (int i = 0; i < environments.size(); ++i) {
        if (environments.at(i).id == environmentId)
            return i;
    }
    return -1;
}

QList<int> EnvironmentMatrix::rowsNamed(const QString& target) const {
    const QString wanted = target.trimmed().toLower();
    QList<int> out;
    if (wanted.isEmpty())
        return out;
    const bool isPurl = wanted.startsWith(u"pkg:");
    const QString purl = isPurl ? purlWithoutVersion(wanted) : QString();
    for (int row = 0; row < components.size(); ++row) {
        const MatrixComponent& c = components.at(row);
        const bool match =
            isPurl ? c.purl.toLower() == purl || c.key == purl
                   : c.key == wanted || c.name.toLower() == wanted || c.label().toLower() == wanted;
        if (match)
            out << row;
    }
    return out;
}

QStringList EnvironmentMatrix::versionsOf(const QString& target, int column) const {
    QStringList out;
    if (column < 0 || column >= environments.size())
        return out;
    for (int row : rowsNamed(target)) {
        for (const QString& v : cell(row, column).versions()) {
            if (!out.contains(v))
                out << v;
        }
    }
    return out;
}

QString toKey(MatrixDrift::Kind kind) {
    switch (kind) {
    case MatrixDrift::Kind::StagingProductionGap:
        return QStringLiteral("staging_production_gap");
    case MatrixDrift::Kind::UnverifiedInProduction:
        return QStringLiteral("unverified_in_production");
    }
    return {};
}

QString toKey(MatrixPlacement::Source source) {
    return source == MatrixPlacement::Source::Promotion ? QStringLiteral("promotion")
                                                        : QStringLiteral("deployment");
}

QJsonObject toJson(const MatrixPlacement& p) {
    QJsonObject o{
        {QStringLiteral("version"), p.version},      {QStringLiteral("since"), iso(p.since)},
        {QStringLiteral("release_id"), p.releaseId}, {QStringLiteral("release"), p.releaseLabel},
        {QStringLiteral("source"), toKey(p.source)}, {QStringLiteral("verified"), p.verified}};
    if (p.deploymentId > 0)
        o.insert(QStringLiteral("deployment_id"), p.deploymentId);
    return o;
}

QJsonObject toJson(const MatrixDrift& d, const EnvironmentMatrix& matrix) {
    QJsonObject o{{QStringLiteral("kind"), toKey(d.kind)},
                  {QStringLiteral("severity"), QStringLiteral("warning")},
                  {QStringLiteral("message"), d.message}};
    if (d.kind == MatrixDrift::Kind::StagingProductionGap) {
        if (d.row >= 0 && d.row < matrix.components.size())
            o.insert(QStringLiteral("component"), matrix.components.at(d.row).label());
        o.insert(QStringLiteral("staging"), array(d.stagingVersions));
        o.insert(QStringLiteral("production"), array(d.productionVersions));
    } else {
        const int column = matrix.columnOf(d.environmentId);
        o.insert(QStringLiteral("environment"),
                 column >= 0 ? matrix.environments.at(column).name : QString());
        o.insert(QStringLiteral("release_id"), d.releaseId);
        o.insert(QStringLiteral("release"), d.releaseLabel);
        o.insert(QStringLiteral("components"), d.components);
        o.insert(QStringLiteral("artifacts"), d.artifacts);
        o.insert(QStringLiteral("verified_artifacts"), d.verifiedArtifacts);
    }
    return o;
}

QJsonObject toJson(const EnvironmentMatrix& m) {
    QJsonArray environments;
    for (const Environment& e : m.environments)
        environments.append(QJsonObject{{QStringLiteral("id"), e.id},
                                        {QStringLiteral("name"), e.name},
                                        {QStringLiteral("kind"), e.kind}});
    QJsonArray rows;
    for (int row = 0; row < m.rowCount(); ++row) {
        const MatrixComponent& c = m.components.at(row);
        QJsonObject cells;
        for (int column = 0; column < m.columnCount(); ++column) {
            const MatrixCell& cell = m.cell(row, column);
            if (cell.isEmpty())
                continue;
            QJsonArray placements;
            for (const MatrixPlacement& p : cell.placements)
                placements.append(toJson(p));
            QJsonArray drift;
            if (cell.gap)
                drift.append(toKey(MatrixDrift::Kind::StagingProductionGap));
            if (cell.unverified)
                drift.append(toKey(MatrixDrift::Kind::UnverifiedInProduction));
            cells.insert(m.environments.at(column).name,
                         QJsonObject{{QStringLiteral("versions"), array(cell.versions())},
                                     {QStringLiteral("placements"), placements},
                                     {QStringLiteral("drift"), drift}});
        }
        rows.append(QJsonObject{{QStringLiteral("key"), c.key},
                                {QStringLiteral("component"), c.label()},
                                {QStringLiteral("purl"), c.purl},
                                {QStringLiteral("kind"), c.kind == MatrixComponent::Kind::Product
                                                             ? QStringLiteral("product")
                                                             : QStringLiteral("component")},
                                {QStringLiteral("environments"), cells}});
    }
    QJsonArray drift;
    for (const MatrixDrift& d : m.drift)
        drift.append(toJson(d, m));
    return {{QStringLiteral("environments"), environments},
            {QStringLiteral("components"), rows},
            {QStringLiteral("drift"), drift}};
}

QString purlWithoutVersion(const QString& purl) {
    QString p = purl.trimmed();
    for (QChar stop : {u'#', u'?'}) {
        const qsizetype at = p.indexOf(stop);
        if (at >= 0)
            p.truncate(at);
    }
    const qsizetype slash = p.lastIndexOf(u'/');
    const qsizetype atSign = p.lastIndexOf(u'@');
    if (atSign > slash && slash >= 0)
        p.truncate(atSign);
    return p;
}

QString matrixKey(const QString& purl, const QString& group, const QString& name) {
    if (!purl.trimmed().isEmpty())
        return purlWithoutVersion(purl).toLower();
    const QString n = name.trimmed();
    return (group.trimmed().isEmpty() ? n : group.trimmed() + u'/' + n).toLower();
}

} // namespace slipway
