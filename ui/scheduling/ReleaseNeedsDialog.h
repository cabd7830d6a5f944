// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"
#include "domain/ReleaseLinks.h"

#include <QDialog>

class QCheckBox;

namespace slipway::ui {

// Which environments a release deploys through in its window and which roles must be
// present: what the conflict engine and the window finder check it against.
class ReleaseNeedsDialog : public QDialog {
    Q_OBJECT
public:
    ReleaseNeedsDialog(const QString& releaseName, const QList<Environment>& environments,
                       const ReleaseLinks& links, QWidget* parent = nullptr);

    ReleaseLinks links() const;

private:
    ReleaseLinks m_links;
    QList<QCheckBox*> m_environments;
    QList<QCheckBox*> m_roles;
};

} // namespace slipway::ui
