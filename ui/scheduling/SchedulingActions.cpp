// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingActions.h"

#include "BlackoutDialog.h"
#include "BlackoutsDialog.h"
#include "BookingDialog.h"
#include "EditReleaseNeedsCommand.h"
#include "EnvironmentsDialog.h"
#include "FreezeDialog.h"
#include "PeopleDialog.h"
#include "ReleaseNeedsDialog.h"
#include "SchedulingRecordOps.h"
#include "services/BlackoutService.h"
#include "services/Document.h"
#include "services/EnvironmentService.h"
#include "services/ReleaseSchedulingService.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"
#include "undo/ChangeRecordCommand.h"

#include <QAction>
#include <QDateTime>
#include <QMessageBox>
#include <QMetaMethod>
#include <QUndoStack>

namespace slipway::ui {

SchedulingActions::SchedulingActions(Document* document, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_services(&document->scheduling())
    , m_newBlackout(new QAction(tr("New &blackout…"), this))
    , m_blackouts(new QAction(tr("B&lackouts…"), this))
    , m_freezes(new QAction(tr("Incident &freezes…"), this))
    , m_environments(new QAction(tr("&Environments and bookings…"), this))
    , m_people(new QAction(tr("&People and availability…"), this)) {
    m_newBlackout->setObjectName(QStringLiteral("newBlackoutAction"));
    m_newBlackout->setToolTip(tr("Add a period in which releases must not or should not deploy"));
    m_blackouts->setObjectName(QStringLiteral("blackoutsAction"));
    m_blackouts->setToolTip(tr("Every blackout, to change or remove"));
    m_freezes->setObjectName(QStringLiteral("freezesAction"));
    m_freezes->setToolTip(tr("Periods after an incident when only emergency releases may deploy"));
    m_environments->setObjectName(QStringLiteral("environmentsAction"));
    m_environments->setToolTip(
        tr("Environments, whether they are shared, and who holds them when"));
    m_people->setObjectName(QStringLiteral("peopleAction"));
    m_people->setToolTip(tr("Time zones, working hours, roles, leave and on-call duty"));
    // A read-only file can still be looked through; only "New blackout" does nothing but write.
    m_newBlackout->setEnabled(!document->isReadOnly());
    connect(m_newBlackout, &QAction::triggered, this, &SchedulingActions::newBlackout);
    connect(m_blackouts, &QAction::triggered, this, &SchedulingActions::showBlackouts);
    connect(m_freezes, &QAction::triggered, this, &SchedulingActions::showFreezes);
    connect(m_environments, &QAction::triggered, this, &SchedulingActions::showEnvironments);
    connect(m_people, &QAction::triggered, this, &SchedulingActions::showPeople);
}

QList<QAction*> SchedulingActions::actions() const {
    return {m_newBlackout, m_blackouts, m_freezes, m_environments, m_people};
}

void SchedulingActions::report(const QString& message) {
    if (isSignalConnected(QMetaMethod::fromSignal(&SchedulingActions::problem)))
        Q_EMIT problem(message);
    else
        QMessageBox::warning(m_dialogParent, tr("Not saved"), message);
}

void SchedulingActions::newBlackout() {
    auto names = m_services->blackouts().serviceNames();
    auto* dialog =
        new BlackoutDialog(names ? names.value() : QHash<qint64, QString>(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New blackout"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Blackout b = dialog->blackout();
        m_document->undoStack()->push(new ChangeRecordCommand<Blackout>(
            blackoutOps(*m_services), std::nullopt, b, tr("Add blackout “%1”").arg(b.name),
            [this](const QString& message) { report(message); }));
    });
    dialog->open();
}

void SchedulingActions::editBlackout(qint64 id) {
    auto before = m_services->blackouts().find(id);
    if (!before)
        return report(before.error().message);
    auto names = m_services->blackouts().serviceNames();
    auto* dialog =
        new BlackoutDialog(names ? names.value() : QHash<qint64, QString>(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBlackout(before.value());
    dialog->setWindowTitle(tr("Blackout “%1”").arg(before->name));
    const Blackout seen = before.value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, seen] {
        const Blackout b = dialog->blackout();
        m_document->undoStack()->push(new ChangeRecordCommand<Blackout>(
            blackoutOps(*m_services), seen, b, tr("Change blackout “%1”").arg(b.name),
            [this](const QString& message) { report(message); }));
    });
    dialog->open();
}

void SchedulingActions::removeBlackout(qint64 id) {
    auto before = m_services->blackouts().find(id);
    if (!before)
        return report(before.error().message);
    m_document->undoStack()->push(
        new ChangeRecordCommand<Blackout>(blackoutOps(*m_services), before.value(), std::nullopt,
                                          tr("Remove blackout “%1”").arg(before->name),
                                          [this](const QString& message) { report(message); }));
}

SchedulingContext SchedulingActions::context() {
    return {m_services, m_document->undoStack(), [this](const QString& m) { report(m); },
            m_document->isReadOnly()};
}

void SchedulingActions::editReleaseNeeds(qint64 releaseId) {
    auto release = m_document->releases().find(releaseId);
    if (!release)
        return report(release.error().message);
    auto links = m_services->releaseNeeds().find(releaseId);
    if (!links)
        return report(links.error().message);
    auto environments = m_services->environments().all();
    const QString name = release->name + u' ' + release->version;
    auto* dialog =
        new ReleaseNeedsDialog(name, environments ? environments.value() : QList<Environment>(),
                               links.value(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ReleaseLinks seen = links.value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, seen, name] {
        m_document->undoStack()->push(
            new EditReleaseNeedsCommand(m_services->releaseNeeds(), seen, dialog->links(), name,
                                        [this](const QString& message) { report(message); }));
    });
    dialog->open();
}

void SchedulingActions::showBlackouts() {
    if (!m_blackoutsDialog) {
        auto* dialog = new BlackoutsDialog(context(), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BlackoutsDialog::newRequested, this, &SchedulingActions::newBlackout);
        connect(dialog, &BlackoutsDialog::editRequested, this, &SchedulingActions::editBlackout);
        m_blackoutsDialog = dialog;
    }
    m_blackoutsDialog->show();
    m_blackoutsDialog->raise();
}

void SchedulingActions::showFreezes() {
    if (!m_freezeDialog) {
        m_freezeDialog = new FreezeDialog(context(), m_dialogParent);
        m_freezeDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_freezeDialog->show();
    m_freezeDialog->raise();
}

void SchedulingActions::showEnvironments() {
    if (!m_environmentsDialog) {
        auto* dialog = new EnvironmentsDialog(context(), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EnvironmentsDialog::editBookingRequested, this,
                &SchedulingActions::editBooking);
        m_environmentsDialog = dialog;
    }
    m_environmentsDialog->show();
    m_environmentsDialog->raise();
}

void SchedulingActions::showPeople() {
    if (!m_peopleDialog) {
        m_peopleDialog = new PeopleDialog(context(), m_dialogParent);
        m_peopleDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_peopleDialog->show();
    m_peopleDialog->raise();
}

namespace {

// Releases a booking can be for: those not yet done with, by name.
QList<BookingDialog::ReleaseChoice> releaseChoices(Document& document) {
    QList<BookingDialog::ReleaseChoice> out;
    auto all = document.releases().all();
    if (!all)
        return out;
    for (const Release& r : std::as_const(all.value())) {
        if (r.status == ReleaseStatus::Deployed || r.status == ReleaseStatus::Closed ||
            r.status == ReleaseStatus::Cancelled || r.status == ReleaseStatus::RolledBack)
            continue;
        out.append({r.id, releaseLabel(r.name, r.version)});
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.label.localeAwareCompare(b.label) < 0; });
    return out;
}

} // namespace

QString SchedulingActions::bookingName(const Booking& booking) const {
    if (!booking.label.isEmpty())
        return booking.label;
    auto release = m_document->releases().find(booking.releaseId);
    return release ? releaseLabel(release->name, release->version)
                   : tr("release %1").arg(booking.releaseId);
}

void SchedulingActions::pushBooking(std::optional<Booking> before, std::optional<Booking> after,
                                    const QString& text) {
    m_document->undoStack()->push(new ChangeRecordCommand<Booking>(
        bookingOps(*m_services), std::move(before), std::move(after), text,
        [this](const QString& message) { report(message); }));
}

void SchedulingActions::newBooking(qint64 environmentId, qint64 startUtc) {
    auto environments = m_services->environments().all();
    if (!environments)
        return report(environments.error().message);
    if (environments->isEmpty())
        return report(tr("There is no environment to book yet: add one under Schedule › "
                         "Environments and bookings."));
    auto* dialog =
        new BookingDialog(environments.value(), releaseChoices(*m_document), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Book an environment"));
    Booking fresh;
    fresh.environmentId = environmentId > 0 ? environmentId : environments->first().id;
    if (startUtc <= 0) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        startUtc = now - now % 86400 + 86400 + qint64(8) * 3600; // tomorrow 08:00 UTC
    }
    fresh.startUtc = startUtc - startUtc % 3600;
    fresh.endUtc = fresh.startUtc + qint64(8) * 3600;
    dialog->setBooking(fresh);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Booking b = dialog->booking();
        auto environment = m_services->environments().find(b.environmentId);
        pushBooking(std::nullopt, b,
                    tr("Book %1 for “%2”")
                        .arg(environment ? environment->name : QString(), bookingName(b)));
    });
    dialog->open();
}

void SchedulingActions::editBooking(qint64 bookingId) {
    auto before = m_services->environments().findBooking(bookingId);
    if (!before)
        return report(before.error().message);
    auto environments = m_services->environments().all();
    if (!environments)
        return report(environments.error().message);
    auto* dialog =
        new BookingDialog(environments.value(), releaseChoices(*m_document), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Booking “%1”").arg(bookingName(before.value())));
    dialog->setBooking(before.value());
    const Booking seen = before.value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, seen] {
        const Booking b = dialog->booking();
        if (toJson(b) == toJson(seen))
            return; // nothing changed: no empty step on the undo stack
        pushBooking(seen, b, tr("Change booking “%1”").arg(bookingName(b)));
    });
    dialog->open();
}

void SchedulingActions::removeBooking(qint64 bookingId) {
    auto before = m_services->environments().findBooking(bookingId);
    if (!before)
        return report(before.error().message);
    pushBooking(before.value(), std::nullopt,
                tr("Remove booking “%1”").arg(bookingName(before.value())));
}

void SchedulingActions::moveBooking(qint64 bookingId, qint64 rowVersion, qint64 startUtc,
                                    qint64 endUtc) {
    auto before = m_services->environments().findBooking(bookingId);
    if (!before)
        return report(before.error().message);
    before->rowVersion = rowVersion;
    Booking after = before.value();
    after.startUtc = startUtc;
    after.endUtc = endUtc;
    const bool resized = after.endUtc - after.startUtc != before->endUtc - before->startUtc;
    pushBooking(
        before.value(), after,
        (resized ? tr("Resize booking “%1”") : tr("Move booking “%1”")).arg(bookingName(after)));
}

} // namespace slipway::ui
