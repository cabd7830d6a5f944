// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseNeedsDialog.h"

#include "Theme.h"
#include "domain/Person.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

ReleaseNeedsDialog::ReleaseNeedsDialog(const QString& releaseName,
                                       const QList<Environment>& environments,
                                       const ReleaseLinks& links, QWidget* parent)
    : QDialog(parent)
    , m_links(links) {
    setObjectName(QStringLiteral("releaseNeedsDialog"));
    setWindowTitle(tr("What “%1” needs").arg(releaseName));
    auto* envGroup = new QGroupBox(tr("Environments it deploys through"), this);
    auto* envColumn = new QVBoxLayout(envGroup);
    for (const Environment& e : environments) {
        auto* box = new QCheckBox(e.shared ? tr("%1 (shared)").arg(e.name) : e.name, envGroup);
        box->setObjectName(QStringLiteral("environment%1").arg(e.id));
        box->setProperty("environmentId", e.id);
        box->setChecked(links.environmentIds.contains(e.id));
        envColumn->addWidget(box);
        m_environments.append(box);
    }
    if (environments.isEmpty())
        envColumn->addWidget(new QLabel(tr("No environments yet."), envGroup));
    auto* roleGroup = new QGroupBox(tr("Roles that must be present"), this);
    auto* roleColumn = new QVBoxLayout(roleGroup);
    const QStringList keys = requiredRoleKeys();
    for (const QString& key : keys) {
        auto* box = new QCheckBox(personRoleName(key), roleGroup);
        box->setObjectName(QStringLiteral("needs_") + key);
        box->setProperty("role", key);
        box->setChecked(links.roles.contains(key));
        roleColumn->addWidget(box);
        m_roles.append(box);
    }
    envColumn->addStretch();
    roleColumn->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    auto* columns = new QHBoxLayout;
    columns->setSpacing(Theme::space(2));
    columns->addWidget(envGroup, 1);
    columns->addWidget(roleGroup, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReleaseLinks ReleaseNeedsDialog::links() const {
    ReleaseLinks out = m_links;
    out.environmentIds.clear();
    out.roles.clear();
    for (QCheckBox* box : m_environments) {
        if (box->isChecked())
            out.environmentIds.append(box->property("environmentId").toLongLong());
    }
    for (QCheckBox* box : m_roles) {
        if (box->isChecked())
            out.roles.append(box->property("role").toString());
    }
    std::sort(out.environmentIds.begin(), out.environmentIds.end());
    std::sort(out.roles.begin(), out.roles.end());
    return out;
}

} // namespace slipway::ui
