// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryZoneCombo.h"

#include "ZonedDateTimeEdit.h"

#include <QSettings>

namespace slipway::ui {
namespace {

const QString kKey = QStringLiteral("scheduling/entryZone");

} // namespace

EntryZoneCombo::EntryZoneCombo(QWidget* parent)
    : ZoneComboBox(parent) {
    setObjectName(QStringLiteral("entryZoneCombo"));
    setToolTip(tr("Times here are shown and typed in this zone and stored in UTC"));
    const QString zone = remembered();
    m_zone = QTimeZone(zone.toUtf8());
    setZone(zone);
    connect(this, &QComboBox::currentTextChanged, this, &EntryZoneCombo::take);
}

QString EntryZoneCombo::remembered() {
    QString saved = QSettings().value(kKey).toString();
    if (!saved.isEmpty() && QTimeZone(saved.toUtf8()).isValid())
        return saved;
    const QTimeZone system = QTimeZone::systemTimeZone();
    return system.isValid() ? QString::fromUtf8(system.id()) : QStringLiteral("UTC");
}

void EntryZoneCombo::remember(const QString& zone) {
    if (QTimeZone(zone.toUtf8()).isValid())
        QSettings().setValue(kKey, zone);
}

void EntryZoneCombo::take(const QString& text) {
    // Typing passes through names that are no zone ("Europe/Be"); only a real one counts.
    const QTimeZone zone(text.trimmed().toUtf8());
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    remember(QString::fromUtf8(zone.id()));
    Q_EMIT timeZoneChanged(zone);
}

void EntryZoneCombo::drive(std::initializer_list<ZonedDateTimeEdit*> edits) {
    for (ZonedDateTimeEdit* edit : edits) {
        edit->setTimeZone(m_zone);
        connect(this, &EntryZoneCombo::timeZoneChanged, edit, &ZonedDateTimeEdit::setTimeZone);
    }
}

} // namespace slipway::ui
