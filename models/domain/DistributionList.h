// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace slipway {

// One person or mailbox a message goes to.
struct Recipient {
    QString name; // may be empty
    QString address;
    bool operator==(const Recipient&) const = default;
};

// A named audience (operations, support, executives …) in its own time zone: messages
// show the window in that zone.
struct DistributionList {
    qint64 id = 0;
    QString name;
    QString description;
    QString zone = QStringLiteral("UTC");
    QList<Recipient> members;
    qint64 rowVersion = 0;
};

// A plain addr-spec (local@domain) with nothing a mail header could be bent with.
bool isPlainAddress(const QString& address);
// Names the first member whose address a mail program would refuse (one line, quoted);
// empty when every member can be sent to.
QString firstUnsendableRecipient(const DistributionList& list);

QList<FieldProblem> validateDistributionList(const DistributionList& list);
QJsonObject toJson(const DistributionList& list);

} // namespace slipway
