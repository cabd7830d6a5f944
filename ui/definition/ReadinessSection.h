// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LifecycleOverride.h"
#include "rules/ReleaseLifecycle.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace slipway::ui {

struct DefinitionContext;

// Every lifecycle guard of the release as a checklist, from its window to its closure: met,
// open (with what is missing), overridden or due (an emergency's approval), each open one
// with a button to the screen that settles it and one to ask for an override. Unsettled
// overrides are listed below, to approve (a second release manager) or settle. The header
// holds the file's one lifecycle setting: the days an emergency has for its approval.
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
    void loadEmergencyDays();
    void addGuardRow(const GuardCheck& check, bool requested);
    void addOverrideRow(const LifecycleOverride& override);
    void requestOverride(Guard guard);
    void approveOverride(const LifecycleOverride& override);
    void settleOverride(const LifecycleOverride& override);
    void setEmergencyDays(int days);

    DefinitionContext& m_context;
    qint64 m_releaseId = 0;
    QString m_releaseLabel;
    int m_emergencyDays = kDefaultEmergencyApprovalDays; // as last read from the file
    QLabel* m_summary = nullptr;
    QSpinBox* m_emergencyDaysBox = nullptr;
    QVBoxLayout* m_rows = nullptr;
};

} // namespace slipway::ui
