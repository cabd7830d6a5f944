// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pin.h"

#include <QDateTime>
#include <QJsonArray>

namespace slipway {

QString toKey(Pin::Source source) {
    return source == Pin::Source::Sbom ? QStringLiteral("sbom") : QStringLiteral("manual");
}

std::optional<Pin::Source> pinSourceFromKey(const QString& key) {
    if (key == u"sbom")
        return Pin::Source::Sbom;
    if (key == u"manual")
        return Pin::Source::Manual;
    return std::nullopt;
}

QJsonObject toJson(const Pin& p) {
    const auto iso = [](qint64 secs) {
        return secs > 0
                   ? QJsonValue(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate))
                   : QJsonValue();
    };
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("release_id"), p.releaseId},
            {QStringLiteral("release"), p.releaseLabel},
            {QStringLiteral("component"), p.component},
            {QStringLiteral("target"), p.target},
            {QStringLiteral("constraint"), p.constraint},
            {QStringLiteral("source"), toKey(p.source)},
            {QStringLiteral("row_version"), p.rowVersion},
            {QStringLiteral("created_by"), p.createdBy},
            {QStringLiteral("created_at"), iso(p.createdAt)},
            {QStringLiteral("updated_by"), p.updatedBy},
            {QStringLiteral("updated_at"), iso(p.updatedAt)}};
}

QString toKey(PinCheck::Status status) {
    switch (status) {
    case PinCheck::Status::Satisfied:
        return QStringLiteral("satisfied");
    case PinCheck::Status::Unsatisfied:
        return QStringLiteral("unsatisfied");
    case PinCheck::Status::UnknownTarget:
        return QStringLiteral("unknown_target");
    }
    return {};
}

QJsonObject toJson(const PinCheck& c) {
    QJsonArray versions;
    for (const QString& v : c.targetVersions)
        versions.append(v);
    return {{QStringLiteral("pin"), toJson(c.pin)},
            {QStringLiteral("environment_id"), c.environmentId},
            {QStringLiteral("environment"), c.environmentName},
            {QStringLiteral("status"), toKey(c.status)},
            {QStringLiteral("target_versions"), versions},
            {QStringLiteral("message"), c.message}};
}

} // namespace slipway
