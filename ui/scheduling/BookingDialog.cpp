// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingDialog.h"

#include "EntryZoneCombo.h"
#include "Theme.h"
#include "ZonedDateTimeEdit.h"
#include "rules/ScheduleValidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace slipway::ui {

BookingDialog::BookingDialog(const QList<Environment>& environments,
                             const QList<ReleaseChoice>& releases, QWidget* parent)
    : QDialog(parent)
    , m_environment(new QComboBox(this))
    , m_release(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_zone(new EntryZoneCombo(this))
    , m_from(new ZonedDateTimeEdit(this))
    , m_until(new ZonedDateTimeEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(tr("Booking"));
    m_environment->setObjectName(QStringLiteral("bookingEnvironmentCombo"));
    for (const Environment& e : environments)
        m_environment->addItem(e.shared ? tr("%1 (shared)").arg(e.name) : e.name, e.id);
    m_release->setObjectName(QStringLiteral("bookingReleaseCombo"));
    m_release->addItem(tr("No release — say what it is for"), qint64(0));
    for (const ReleaseChoice& r : releases)
        m_release->addItem(r.label, r.id);
    m_label->setObjectName(QStringLiteral("bookingDialogLabelEdit"));
    m_label->setPlaceholderText(tr("e.g. Load test"));
    m_zone->setObjectName(QStringLiteral("bookingZoneCombo"));
    m_from->setObjectName(QStringLiteral("bookingDialogFromEdit"));
    m_until->setObjectName(QStringLiteral("bookingDialogUntilEdit"));
    m_zone->drive({m_from, m_until});
    m_error->setObjectName(QStringLiteral("bookingDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));

    auto* form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Release:"), m_release);
    form->addRow(tr("&What for:"), m_label);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until:"), m_until);
    form->addRow(QString(), m_error);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(Theme::space(70), sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &BookingDialog::validate);
    connect(m_release, &QComboBox::currentIndexChanged, this, &BookingDialog::validate);
    connect(m_label, &QLineEdit::textChanged, this, &BookingDialog::validate);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &BookingDialog::validate);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &BookingDialog::validate);
    validate();
}

void BookingDialog::setBooking(const Booking& booking) {
    m_base = booking;
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(booking.environmentId)));
    int release = m_release->findData(booking.releaseId);
    if (release < 0) { // a release no longer offered (deployed, say) stays as it was
        m_release->addItem(tr("Release %1").arg(booking.releaseId), booking.releaseId);
        release = m_release->count() - 1;
    }
    m_release->setCurrentIndex(release);
    m_label->setText(booking.label);
    m_from->setUtc(booking.startUtc);
    m_until->setUtc(booking.endUtc);
    validate();
}

Booking BookingDialog::booking() const {
    Booking b = m_base;
    b.environmentId = m_environment->currentData().toLongLong();
    b.releaseId = m_release->currentData().toLongLong();
    b.label = m_label->text().trimmed();
    b.startUtc = m_from->utc();
    b.endUtc = m_until->utc();
    return b;
}

void BookingDialog::validate() {
    QStringList problems;
    for (const FieldProblem& p : ScheduleValidation::check(booking()))
        problems << p.message;
    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace slipway::ui
