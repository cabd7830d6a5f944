// SPDX-License-Identifier: GPL-3.0-or-later
#include "Communication.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace slipway {

QString Communication::contentHash(const QString& subject, const QString& body) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(subject.toUtf8());
    hash.addData(QByteArrayView("\n\n"));
    hash.addData(body.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString toKey(Acknowledgement::Source source) {
    return source == Acknowledgement::Source::Imported ? QStringLiteral("imported")
                                                       : QStringLiteral("entered");
}

QJsonObject toJson(const Communication& m) {
    QJsonArray recipients;
    for (const Recipient& r : m.recipients)
        recipients.append(r.address);
    return {{QStringLiteral("template"), m.templateName},
            {QStringLiteral("template_version"), m.templateVersion},
            {QStringLiteral("release_id"), m.releaseId},
            {QStringLiteral("release"), m.releaseLabel},
            {QStringLiteral("list"), m.listName},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("recipients"), recipients},
            {QStringLiteral("sha256"), m.sha256}};
}

QJsonObject toJson(const Acknowledgement& a) {
    return {{QStringLiteral("communication_id"), a.communicationId},
            {QStringLiteral("address"), a.address},
            {QStringLiteral("acknowledged_at"),
             QDateTime::fromSecsSinceEpoch(a.acknowledgedAt, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("source"), toKey(a.source)},
            {QStringLiteral("note"), a.note}};
}

} // namespace slipway
