// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DistributionList.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace slipway {

// An issued message as archived: exactly what went out, to whom, from which template
// version, by whom and when. Never changed after it is written.
struct Communication {
    qint64 id = 0;
    qint64 templateId = 0;
    QString templateName;
    int templateVersion = 0;
    QString kind; // the template kind's key
    qint64 releaseId = 0;
    QString releaseLabel;
    QString listName;
    QString audienceZone = QStringLiteral("UTC");
    QString subject;
    QString body; // rendered Markdown
    QList<Recipient> recipients;
    QString issuedBy;
    qint64 issuedAt = 0;
    QString sha256;

    // SHA-256 (hex) of the UTF-8 subject, a blank line and the body: what `sha256` holds.
    static QString contentHash(const QString& subject, const QString& body);
    bool intact() const { return contentHash(subject, body) == sha256; }
};

// A recipient confirmed they read a message.
struct Acknowledgement {
    enum class Source { Entered, Imported };
    qint64 id = 0;
    qint64 communicationId = 0;
    QString address;
    qint64 acknowledgedAt = 0; // UTC seconds
    Source source = Source::Entered;
    QString note;
    QString recordedBy;
    qint64 recordedAt = 0;
};

QString toKey(Acknowledgement::Source source); // "entered", "imported"

QJsonObject toJson(const Communication& message);
QJsonObject toJson(const Acknowledgement& ack);

} // namespace slipway
