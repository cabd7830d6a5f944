// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace slipway::ui {

struct DefinitionContext;

// Every lifecycle guard of the release as a checklist, from its window to its closure: met,
// open (with what is missing), overridden or due (an emergency's approval), each open one
// with a button to the screen that settles it. Unsettled overrides are listed below.
class ReadinessSection : public QWidget {
    Q_OBJECT
public:
    ReadinessSection(DefinitionContext& context, QWidget* parent = nullptr);
    void load(qint64 releaseId);

Q_SIGNALS:
    // "calendar", "cab", "gates", "deployments" or "definition".
    void openScreen(const QString& screen);

private:
    void clearRows();

    DefinitionContext& m_context;
    QLabel* m_summary = nullptr;
    QVBoxLayout* m_rows = nullptr;
};

} // namespace slipway::ui
