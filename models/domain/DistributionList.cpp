// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistributionList.h"

#include "FieldLimits.h"

#include "domain/InputText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DistributionList)
};

} // namespace

bool isPlainAddress(const QString& address) {
    static const QRegularExpression kAddress(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}"
                       "[A-Za-z0-9])?$"));
    return address.size() <= 254 && kAddress.match(address).hasMatch();
}

QString firstUnsendableRecipient(const DistributionList& list) {
    for (qsizetype i = 0; i < list.members.size(); ++i) {
        if (!isPlainAddress(list.members[i].address))
            return Text::tr(
                       "Distribution list %1: member %2 has %3, which is not an e-mail address "
                       "such as ops@example.com; correct the list first. Nothing was sent or "
                       "issued.")
                .arg(InputText::quoted(list.name))
                .arg(i + 1)
                .arg(InputText::quoted(list.members[i].address));
    }
    return {};
}

QList<FieldProblem> validateDistributionList(const DistributionList& list) {
    QList<FieldProblem> problems;
    if (list.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), Text::tr("A distribution list needs a name.")});
    if (!QTimeZone(list.zone.toUtf8()).isValid())
        problems.append(
            {QStringLiteral("zone"),
             Text::tr("'%1' is not a time zone; use an IANA name such as Europe/Berlin.")
                 .arg(list.zone)});
    QSet<QString> seen;
    for (const Recipient& r : list.members) {
        if (!isPlainAddress(r.address))
            problems.append({QStringLiteral("members"),
                             Text::tr("'%1' is not an e-mail address such as ops@example.com.")
                                 .arg(r.address)});
        else if (seen.contains(r.address.toLower()))
            problems.append(
                {QStringLiteral("members"), Text::tr("%1 is on the list twice.").arg(r.address)});
        seen.insert(r.address.toLower());
        if (r.name.contains(u'\n') || r.name.contains(u'\r'))
            problems.append({QStringLiteral("members"), Text::tr("A name is one line.")});
    }
    FieldLimits::check(
        problems,
        {{"name", QT_TRANSLATE_NOOP("FieldLimits", "The name"), list.name, FieldLimits::kName},
         {"description", QT_TRANSLATE_NOOP("FieldLimits", "The description"), list.description,
          FieldLimits::kNote}});
    return problems;
}

QJsonObject toJson(const DistributionList& list) {
    QJsonArray members;
    for (const Recipient& r : list.members)
        members.append(
            QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("address"), r.address}});
    return {{QStringLiteral("name"), list.name},
            {QStringLiteral("description"), list.description},
            {QStringLiteral("zone"), list.zone},
            {QStringLiteral("members"), members}};
}

} // namespace slipway
