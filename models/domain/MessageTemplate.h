// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// What a message is for; each kind has a default template of the same name.
enum class TemplateKind { ReleaseNotice, ExecutiveSummary, DelayNotice, UserNotice, CabInvitation };

QString toKey(TemplateKind kind); // "release_notice" …
std::optional<TemplateKind> templateKindFromKey(const QString& key);
QString displayName(TemplateKind kind);

// A communication template as it stands now: its latest version's subject and Markdown
// body with Mustache placeholders. Saving a change adds a version; old ones stay.
struct MessageTemplate {
    qint64 id = 0;
    QString name; // "release-notice"; what `slipway render --template` takes
    TemplateKind kind = TemplateKind::ReleaseNotice;
    int version = 0; // the current version
    QString subject;
    QString body;
    qint64 rowVersion = 0;
    QString updatedBy;
    qint64 updatedAt = 0;
};

// One saved text of a template; never changed once written.
struct TemplateVersion {
    qint64 templateId = 0;
    int version = 0;
    QString subject;
    QString body;
    QString createdBy;
    qint64 createdAt = 0;
};

QList<FieldProblem> validateTemplate(const MessageTemplate& tmpl);
QJsonObject toJson(const MessageTemplate& tmpl);

} // namespace slipway
