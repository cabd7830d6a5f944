// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace slipway {

// Someone who plans, approves or must be present for releases, in their own zone.
struct Person {
    qint64 id = 0;
    QString name;
    QString email;
    QString login; // the OS user name; empty: not a user of the file
    QString zone = QStringLiteral("UTC");
    qint64 teamId = 0;
    int workStartMin = 9 * 60; // local working hours, minutes after midnight
    int workEndMin = 17 * 60;
    int workDays = 0x1f; // bit 0 Monday … bit 6 Sunday
    QStringList roles;   // sorted keys: "development", "qa", "release_manager" …
    qint64 rowVersion = 0;
};

// Leave (cannot be there) or on-call duty (can be there outside working hours).
struct Availability {
    enum class Kind { Leave, OnCall };
    qint64 id = 0;
    qint64 personId = 0;
    Kind kind = Kind::Leave;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString note;
    qint64 rowVersion = 0;
};

QString toKey(Availability::Kind kind); // "leave", "on_call"

// Every role a person may hold, in the order the editors list them.
QStringList personRoleKeys();
// What a role key is called on screen and in reports ("Service owner" for service_owner),
// translated; an unknown key is shown with spaces for underscores.
QString personRoleName(const QString& key);
// The roles a release can require to be present.
QStringList requiredRoleKeys();

QJsonObject toJson(const Person& person);
QJsonObject toJson(const Availability& availability);

} // namespace slipway
