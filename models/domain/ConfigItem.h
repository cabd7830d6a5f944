// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace slipway {

// One setting of a release in one environment: a plain value, or a reference to where a
// secret lives (SecretReference's text). Secrets themselves are never stored.
struct ConfigItem {
    qint64 id = 0;
    qint64 releaseId = 0;
    qint64 environmentId = 0;
    QString key;
    QString value;         // empty when the key holds a reference
    QString secretRef;     // canonical reference text; empty when the key holds a value
    bool isSecret = false; // a reference, or a value marked secret: never shown in clear
    qint64 rowVersion = 0;
    QString createdBy;
    qint64 createdAt = 0;
    QString updatedBy;
    qint64 updatedAt = 0;
    // Read with the row.
    QString environmentName;

    bool isReference() const { return !secretRef.isEmpty(); }
    // What the setting is, for comparing two of them: the reference, the value, or for a
    // value marked secret its SHA-256 (so two can be compared without showing either).
    QString fingerprint() const;
};

// The row as stored, for audit images. A value marked secret goes in only as its SHA-256
// ("value_sha256"), never in clear: the audit log is read by many and kept for ever.
QJsonObject toJson(const ConfigItem& item);

} // namespace slipway
