// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlackoutDialog.h"

#include "DialogColumns.h"
#include "EntryZoneCombo.h"
#include "RecurrenceEditor.h"
#include "Theme.h"
#include "ZoneComboBox.h"
#include "domain/ZonedTime.h"
#include "rules/Recurrence.h"
#include "rules/ScheduleValidation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTimeZone>
#include <QTreeWidget>

#include <algorithm>

namespace slipway::ui {
namespace {

constexpr int kPreviewCount = 10;
constexpr qint64 kPreviewYears = 5;

// The date-time edits hold wall-clock time in the blackout's zone, carried as UTC-spec values
// so Qt never shifts them by the machine's own zone.
QDateTime wallClock(qint64 utcSecs, const QTimeZone& zone) {
    return ZonedTime::wallClock(utcSecs, zone);
}

} // namespace

BlackoutDialog::BlackoutDialog(const QHash<qint64, QString>& services, QWidget* parent)
    : QDialog(parent)
    , m_previewFrom(QDateTime::currentSecsSinceEpoch())
    , m_name(new QLineEdit(this))
    , m_nameError(fieldErrorLabel(this, QStringLiteral("nameError")))
    , m_reason(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_allServices(new QRadioButton(tr("All services"), this))
    , m_someServices(new QRadioButton(tr("Only these:"), this))
    , m_services(new QListWidget(this))
    , m_servicesError(fieldErrorLabel(this, QStringLiteral("servicesError")))
    , m_zone(new ZoneComboBox(this))
    , m_zoneError(fieldErrorLabel(this, QStringLiteral("zoneError")))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_endError(fieldErrorLabel(this, QStringLiteral("endError")))
    , m_recurrence(new RecurrenceEditor(this))
    , m_exdate(new QDateEdit(this))
    , m_exdates(new QListWidget(this))
    , m_exdatesError(fieldErrorLabel(this, QStringLiteral("exdatesError")))
    , m_preview(new QTreeWidget(this))
    , m_previewNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("blackoutDialog"));
    setWindowTitle(tr("Blackout"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Quarter-end close"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why nothing should deploy then"));
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->addItem(tr("Hard — releases must not deploy"), true);
    m_severity->addItem(tr("Soft — releases should not deploy"), false);
    m_allServices->setObjectName(QStringLiteral("allServicesRadio"));
    m_someServices->setObjectName(QStringLiteral("someServicesRadio"));
    m_allServices->setChecked(true);
    m_services->setObjectName(QStringLiteral("servicesList"));
    m_services->setMaximumHeight(110);
    QList<qint64> ids = services.keys();
    std::sort(ids.begin(), ids.end(),
              [&](qint64 a, qint64 b) { return services[a] < services[b]; });
    for (qint64 id : ids) {
        auto* item = new QListWidgetItem(services.value(id), m_services);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
    }
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_recurrence->setObjectName(QStringLiteral("recurrenceEditor"));
    m_exdate->setObjectName(QStringLiteral("exdateEdit"));
    m_exdate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_exdate->setCalendarPopup(true);
    m_exdates->setObjectName(QStringLiteral("exdateList"));
    m_exdates->setMaximumHeight(80);
    auto* addExdate = new QPushButton(tr("Leave out"), this);
    addExdate->setObjectName(QStringLiteral("addExdateButton"));
    addExdate->setToolTip(tr("Skip the occurrence on this date (EXDATE)"));
    auto* removeExdate = new QPushButton(tr("Put back"), this);
    removeExdate->setObjectName(QStringLiteral("removeExdateButton"));

    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setRootIsDecorated(false);
    m_preview->setColumnCount(2);
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(false);
    m_preview->setTextElideMode(Qt::ElideNone);
    m_preview->setMinimumWidth(Theme::space(46));
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto withError = [this](QWidget* field, QLabel* error) {
        auto* box = new QWidget(this);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(error);
        box->setFocusProxy(field); // so the label's shortcut lands in the field
        return box;
    };
    form->addRow(tr("&Name:"), withError(m_name, m_nameError));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Severity:"), m_severity);
    auto* servicesBox = new QWidget(this);
    auto* servicesColumn = new QVBoxLayout(servicesBox);
    servicesColumn->setContentsMargins(0, 0, 0, 0);
    auto* radios = new QHBoxLayout;
    radios->addWidget(m_allServices);
    radios->addWidget(m_someServices);
    radios->addStretch();
    servicesColumn->addLayout(radios);
    servicesColumn->addWidget(m_services);
    servicesColumn->addWidget(m_servicesError);
    form->addRow(tr("Services:"), servicesBox);
    form->addRow(tr("&Time zone:"), withError(m_zone, m_zoneError));
    form->addRow(tr("S&tarts:"), m_start);
    form->addRow(tr("&Ends:"), withError(m_end, m_endError));
    form->addRow(tr("Re&peats:"), m_recurrence);
    auto* exdateBox = new QWidget(this);
    auto* exdateColumn = new QVBoxLayout(exdateBox);
    exdateColumn->setContentsMargins(0, 0, 0, 0);
    auto* exdateRow = new QHBoxLayout;
    exdateRow->addWidget(m_exdate);
    exdateRow->addWidget(addExdate);
    exdateRow->addWidget(removeExdate);
    exdateRow->addStretch();
    exdateColumn->addLayout(exdateRow);
    exdateColumn->addWidget(m_exdates);
    exdateColumn->addWidget(m_exdatesError);
    form->addRow(tr("E&xcept:"), exdateBox);

    auto* previewGroup = new QGroupBox(tr("Next occurrences"), this);
    auto* previewColumn = new QVBoxLayout(previewGroup);
    previewColumn->addWidget(m_preview);
    previewColumn->addWidget(m_previewNote);

    layOutFormBeside(this, form, Theme::space(60), 3, previewGroup, 2, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        EntryZoneCombo::remember(m_zone->zone());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BlackoutDialog::refresh);
    connect(m_allServices, &QRadioButton::toggled, this, &BlackoutDialog::refresh);
    connect(m_services, &QListWidget::itemChanged, this, &BlackoutDialog::refresh);
    connect(m_zone, &QComboBox::currentTextChanged, this, &BlackoutDialog::refresh);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& start) {
        // Keep the length when the start moves, as calendar apps do.
        const qint64 length = m_end->dateTime().toSecsSinceEpoch() - m_lastStart;
        m_lastStart = start.toSecsSinceEpoch();
        if (length > 0)
            m_end->setDateTime(start.addSecs(length));
        refresh();
    });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &BlackoutDialog::refresh);
    connect(m_recurrence, &RecurrenceEditor::ruleChanged, this, &BlackoutDialog::refresh);
    connect(addExdate, &QPushButton::clicked, this, &BlackoutDialog::addExdate);
    connect(removeExdate, &QPushButton::clicked, this, [this] {
        delete m_exdates->currentItem();
        refresh();
    });

    Blackout fresh;
    const QDate tomorrow = QDate::currentDate().addDays(1);
    // A new blackout starts in the zone last chosen for times in any scheduling dialog.
    fresh.zone = EntryZoneCombo::remembered();
    fresh.startUtc = ZonedTime::toUtc(tomorrow, QTime(18, 0), QTimeZone(fresh.zone.toUtf8()));
    fresh.endUtc = fresh.startUtc + qint64(14) * 3600;
    setBlackout(fresh);
}

void BlackoutDialog::setPreviewFrom(qint64 utcSecs) {
    m_previewFrom = utcSecs;
    refresh();
}

void BlackoutDialog::setBlackout(const Blackout& b) {
    m_base = b;
    m_name->setText(b.name);
    m_reason->setText(b.reason);
    m_severity->setCurrentIndex(b.hard ? 0 : 1);
    (b.allServices ? m_allServices : m_someServices)->setChecked(true);
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem* item = m_services->item(i);
        item->setCheckState(b.serviceIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_zone->setZone(b.zone);
    const QTimeZone zone(b.zone.toUtf8());
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
    m_lastStart = wallClock(b.startUtc, shown).toSecsSinceEpoch();
    m_start->setDateTime(wallClock(b.startUtc, shown));
    m_end->setDateTime(wallClock(b.endUtc, shown));
    m_exdate->setDate(wallClock(b.startUtc, shown).date());
    m_exdates->clear();
    for (qint64 e : b.exdates) {
        auto* item =
            new QListWidgetItem(wallClock(e, shown).date().toString(Qt::ISODate), m_exdates);
        item->setData(Qt::UserRole, wallClock(e, shown).date());
    }
    m_recurrence->setRule(b.rrule);
    refresh();
}

qint64 BlackoutDialog::toUtc(const QDateTime& wall) const {
    return ZonedTime::toUtc(wall.date(), wall.time(), QTimeZone(m_zone->zone().toUtf8()));
}

Blackout BlackoutDialog::blackout() const {
    Blackout b = m_base;
    b.name = m_name->text().trimmed();
    b.reason = m_reason->text().trimmed();
    b.hard = m_severity->currentData().toBool();
    b.allServices = m_allServices->isChecked();
    b.serviceIds.clear();
    if (!b.allServices) {
        for (int i = 0; i < m_services->count(); ++i) {
            if (m_services->item(i)->checkState() == Qt::Checked)
                b.serviceIds.append(m_services->item(i)->data(Qt::UserRole).toLongLong());
        }
        std::sort(b.serviceIds.begin(), b.serviceIds.end());
    }
    b.zone = m_zone->zone();
    b.startUtc = toUtc(m_start->dateTime());
    b.endUtc = toUtc(m_end->dateTime());
    b.rrule = m_recurrence->rule();
    b.exdates.clear();
    // A left-out date means the occurrence starting that day at the usual local time.
    for (int i = 0; i < m_exdates->count(); ++i)
        b.exdates.append(toUtc(QDateTime(m_exdates->item(i)->data(Qt::UserRole).toDate(),
                                         m_start->dateTime().time(), Qt::UTC)));
    std::sort(b.exdates.begin(), b.exdates.end());
    return b;
}

void BlackoutDialog::addExdate() {
    const QDate date = m_exdate->date();
    for (int i = 0; i < m_exdates->count(); ++i) {
        if (m_exdates->item(i)->data(Qt::UserRole).toDate() == date)
            return;
    }
    auto* item = new QListWidgetItem(date.toString(Qt::ISODate), m_exdates);
    item->setData(Qt::UserRole, date);
    refresh();
}

void BlackoutDialog::refresh() {
    m_services->setEnabled(m_someServices->isChecked());
    const Blackout b = blackout();
    const QList<FieldProblem> problems = ScheduleValidation::check(b);
    const auto show = [&](QLabel* label, std::initializer_list<const char*> fields) {
        QStringList messages;
        for (const FieldProblem& p : problems) {
            for (const char* f : fields) {
                if (p.field == QLatin1String(f))
                    messages << p.message;
            }
        }
        label->setText(messages.join(u'\n'));
        label->setVisible(!messages.isEmpty());
    };
    show(m_nameError, {"name"});
    show(m_zoneError, {"zone"});
    show(m_endError, {"end"});
    show(m_servicesError, {"services"});
    show(m_exdatesError, {"exdates"});
    QString ruleError;
    for (const FieldProblem& p : problems) {
        if (p.field == u"rrule")
            ruleError = p.message;
    }
    m_recurrence->setError(ruleError);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());

    m_preview->clear();
    const QTimeZone zone(b.zone.toUtf8());
    m_preview->setHeaderLabels({zone.isValid() ? b.zone : tr("Local"), tr("UTC")});
    if (!problems.isEmpty() &&
        (b.endUtc <= b.startUtc || !zone.isValid() || !ruleError.isEmpty())) {
        m_previewNote->setText(tr("Fix the problems on the left to see the occurrences."));
        return;
    }
    RecurringPeriod period;
    period.firstStartUtc = b.startUtc;
    period.firstEndUtc = b.endUtc;
    period.zone = b.zone;
    period.rrule = b.rrule;
    for (qint64 e : b.exdates)
        period.exdates.append(QDateTime::fromSecsSinceEpoch(e, Qt::UTC));
    const qint64 from = qMax(m_previewFrom, b.startUtc);
    auto occurrences =
        Recurrence::expand(period, {from, from + kPreviewYears * 366 * 86400}, kPreviewCount);
    if (!occurrences) {
        m_previewNote->setText(occurrences.error().message);
        return;
    }
    const QLocale locale;
    const QString format = QStringLiteral("ddd yyyy-MM-dd HH:mm");
    for (const Interval& when : occurrences.value()) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(when.start, zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(when.end, zone);
        const QDateTime startUtc = QDateTime::fromSecsSinceEpoch(when.start, Qt::UTC);
        const QDateTime endUtc = QDateTime::fromSecsSinceEpoch(when.end, Qt::UTC);
        auto* row = new QTreeWidgetItem(m_preview);
        // An end on a later day says so, e.g. "23:00 – 03:00 (+1)".
        const auto endText = [&](const QDateTime& begin, const QDateTime& to) -> QString {
            const qint64 days = begin.date().daysTo(to.date());
            return locale.toString(to, QStringLiteral("HH:mm")) +
                   (days > 0 ? QStringLiteral(" (+%1)").arg(days) : QString());
        };
        row->setText(0, locale.toString(start, format) + QStringLiteral(" – ") +
                            endText(start, end) + u' ' + start.timeZoneAbbreviation());
        row->setText(1, locale.toString(startUtc, format) + QStringLiteral(" – ") +
                            endText(startUtc, endUtc));
        row->setData(0, Qt::UserRole, when.start);
    }
    // Wide enough for both columns, so no time is cut off.
    m_preview->setMinimumWidth(m_preview->header()->length() + 2 * m_preview->frameWidth() +
                               m_preview->verticalScrollBar()->sizeHint().width());
    const QString since = locale.toString(QDateTime::fromSecsSinceEpoch(from, zone),
                                          QStringLiteral("yyyy-MM-dd HH:mm"));
    if (occurrences->isEmpty())
        m_previewNote->setText(tr("No occurrence from %1 on.").arg(since));
    else if (b.rrule.isEmpty())
        m_previewNote->setText(tr("A one-off period."));
    else if (occurrences->size() < kPreviewCount)
        m_previewNote->setText(tr("Every occurrence from %1 on.").arg(since));
    else
        m_previewNote->setText(
            tr("The next %1 occurrences from %2 on.").arg(kPreviewCount).arg(since));
}

} // namespace slipway::ui
