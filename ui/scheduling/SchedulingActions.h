// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchedulingContext.h"
#include "domain/Environment.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDialog;
class QWidget;

namespace slipway {
class Document;
class SchedulingServices;
} // namespace slipway

namespace slipway::ui {

// The one entry point to everything the calendar manages besides release windows: actions
// for menus and toolbars that open the blackout, freeze, environment and people dialogs.
// Every change they make is a command on the document's undo stack.
class SchedulingActions : public QObject {
    Q_OBJECT
public:
    SchedulingActions(Document* document, QWidget* dialogParent);

    QAction* newBlackoutAction() const { return m_newBlackout; }
    QAction* blackoutsAction() const { return m_blackouts; }
    QAction* freezesAction() const { return m_freezes; }
    QAction* environmentsAction() const { return m_environments; }
    QAction* peopleAction() const { return m_people; }
    QList<QAction*> actions() const;

    SchedulingServices& services() { return *m_services; }

public Q_SLOTS:
    void newBlackout();
    void showBlackouts();
    void editBlackout(qint64 id);
    void removeBlackout(qint64 id);
    // The environments and roles release `releaseId` needs (e.g. from the calendar's menu).
    void editReleaseNeeds(qint64 releaseId);
    void showFreezes();
    void showEnvironments();
    void showPeople();
    // Environment bookings, each change one undoable, audited command. A new booking starts
    // on `environmentId` at `startUtc` when given (e.g. from the calendar's row menu).
    void newBooking(qint64 environmentId = 0, qint64 startUtc = 0);
    void editBooking(qint64 bookingId);
    void removeBooking(qint64 bookingId);
    // Puts the booking at `startUtc`–`endUtc` (the calendar's drag), on the same environment.
    // From the booking as shown at `rowVersion`: a change made since by someone else refuses.
    void moveBooking(qint64 bookingId, qint64 rowVersion, qint64 startUtc, qint64 endUtc);

Q_SIGNALS:
    // A change the services refused (stale row, permission, read-only file). When nothing
    // is connected the message is shown in a message box.
    void problem(const QString& message);

private:
    void report(const QString& message);
    QString bookingName(const Booking& booking) const;
    void pushBooking(std::optional<Booking> before, std::optional<Booking> after,
                     const QString& text);
    SchedulingContext context();

    Document* m_document;
    QWidget* m_dialogParent;
    SchedulingServices* m_services;
    QAction* m_newBlackout;
    QAction* m_blackouts;
    QAction* m_freezes;
    QAction* m_environments;
    QAction* m_people;
    QPointer<QDialog> m_blackoutsDialog;
    QPointer<QDialog> m_freezeDialog;
    QPointer<QDialog> m_environmentsDialog;
    QPointer<QDialog> m_peopleDialog;
};

} // namespace slipway::ui
