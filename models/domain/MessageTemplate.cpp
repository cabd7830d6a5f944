// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageTemplate.h"

#include "FieldLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace slipway {
namespace {

constexpr std::array<std::pair<TemplateKind, const char*>, 5> kKinds{{
    {TemplateKind::ReleaseNotice, "release_notice"},
    {TemplateKind::ExecutiveSummary, "executive_summary"},
    {TemplateKind::DelayNotice, "delay_notice"},
    {TemplateKind::UserNotice, "user_notice"},
    {TemplateKind::CabInvitation, "cab_invitation"},
}};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)
};

} // namespace

QString toKey(TemplateKind kind) {
    for (const auto& [k, key] : kKinds)
        if (k == kind)
            return QString::fromLatin1(key);
    return {};
}

std::optional<TemplateKind> templateKindFromKey(const QString& key) {
    for (const auto& [k, text] : kKinds)
        if (key == QLatin1String(text))
            return k;
    return std::nullopt;
}

QString displayName(TemplateKind kind) {
    switch (kind) {
    case TemplateKind::ReleaseNotice:
        return Text::tr("Release notice");
    case TemplateKind::ExecutiveSummary:
        return Text::tr("Executive summary");
    case TemplateKind::DelayNotice:
        return Text::tr("Delay notice");
    case TemplateKind::UserNotice:
        return Text::tr("User notice");
    case TemplateKind::CabInvitation:
        return Text::tr("CAB invitation");
    }
    return {};
}

QList<FieldProblem> validateTemplate(const MessageTemplate& t) {
    QList<FieldProblem> problems;
    static const QRegularExpression kName(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!kName.match(t.name).hasMatch())
        problems.append(
            {QStringLiteral("name"),
             Text::tr("A template name uses lower-case letters, digits and dashes, such "
                      "as release-notice.")});
    if (t.subject.trimmed().isEmpty())
        problems.append({QStringLiteral("subject"), Text::tr("A template needs a subject.")});
    if (t.subject.contains(u'\n') || t.subject.contains(u'\r'))
        problems.append({QStringLiteral("subject"), Text::tr("A subject is one line.")});
    if (t.body.trimmed().isEmpty())
        problems.append({QStringLiteral("body"), Text::tr("A template needs a body.")});
    FieldLimits::check(problems, {{"subject", QT_TRANSLATE_NOOP("FieldLimits", "The subject"),
                                   t.subject, FieldLimits::kNote},
                                  {"body", QT_TRANSLATE_NOOP("FieldLimits", "The body"), t.body,
                                   FieldLimits::kText}});
    return problems;
}

QJsonObject toJson(const MessageTemplate& t) {
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("kind"), toKey(t.kind)},
            {QStringLiteral("version"), t.version},
            {QStringLiteral("subject"), t.subject},
            {QStringLiteral("body"), t.body}};
}

} // namespace slipway
