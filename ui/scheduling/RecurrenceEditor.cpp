// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecurrenceEditor.h"

#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>

namespace slipway::ui {
namespace {

const char* const kDayKeys[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_details(new QStackedWidget(this))
    , m_monthDay(new QSpinBox(this))
    , m_businessDays(new QSpinBox(this))
    , m_quarterEnds(new QCheckBox(tr("Only in March, June, September and December"), this))
    , m_raw(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    m_mode->setObjectName(QStringLiteral("recurrenceMode"));
    m_mode->addItem(tr("Does not repeat"), None);
    m_mode->addItem(tr("Daily"), Daily);
    m_mode->addItem(tr("Weekly"), Weekly);
    m_mode->addItem(tr("Monthly on a day"), MonthlyByDay);
    m_mode->addItem(tr("Monthly, last business days"), MonthlyLastBusinessDays);
    m_mode->addItem(tr("Yearly"), Yearly);
    m_mode->addItem(tr("Custom RRULE"), Custom);
    m_interval->setObjectName(QStringLiteral("recurrenceInterval"));
    m_interval->setRange(1, 99);
    m_interval->setPrefix(tr("every "));
    m_interval->setToolTip(tr("1 repeats every period, 2 every other one, and so on"));

    // One page of details per mode; modes without details share the empty page.
    auto* empty = new QWidget(m_details);
    auto* weekly = new QWidget(m_details);
    auto* weekRow = new QHBoxLayout(weekly);
    weekRow->setContentsMargins(0, 0, 0, 0);
    for (int d = 0; d < 7; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d + 1, QLocale::ShortFormat), weekly);
        box->setObjectName(QStringLiteral("day") + QLatin1String(kDayKeys[d]));
        weekRow->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &RecurrenceEditor::rebuild);
    }
    weekRow->addStretch();
    auto* monthly = new QWidget(m_details);
    auto* monthRow = new QHBoxLayout(monthly);
    monthRow->setContentsMargins(0, 0, 0, 0);
    m_monthDay->setObjectName(QStringLiteral("recurrenceMonthDay"));
    m_monthDay->setRange(-1, 31);
    m_monthDay->setValue(1);
    m_monthDay->setSpecialValueText(tr("last day"));
    m_monthDay->setMinimum(-1);
    m_monthDay->setToolTip(tr("-1 is the last day of the month"));
    monthRow->addWidget(new QLabel(tr("on day"), monthly));
    monthRow->addWidget(m_monthDay);
    monthRow->addStretch();
    auto* business = new QWidget(m_details);
    auto* businessRow = new QHBoxLayout(business);
    businessRow->setContentsMargins(0, 0, 0, 0);
    m_businessDays->setObjectName(QStringLiteral("recurrenceBusinessDays"));
    m_businessDays->setRange(1, 10);
    m_businessDays->setValue(3);
    businessRow->addWidget(new QLabel(tr("the last"), business));
    businessRow->addWidget(m_businessDays);
    businessRow->addWidget(new QLabel(tr("business days"), business));
    businessRow->addWidget(m_quarterEnds);
    businessRow->addStretch();
    m_details->addWidget(empty);
    m_details->addWidget(weekly);
    m_details->addWidget(monthly);
    m_details->addWidget(business);

    m_raw->setObjectName(QStringLiteral("rruleEdit"));
    m_raw->setPlaceholderText(QStringLiteral("FREQ=WEEKLY;BYDAY=FR"));
    m_raw->setToolTip(tr("The RFC 5545 rule; type one by hand with “Custom RRULE”"));
    m_error->setObjectName(QStringLiteral("rruleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_error->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_mode, 1);
    top->addWidget(m_interval);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_raw);
    layout->addWidget(m_error);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::rebuild);
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::rebuild);
    connect(m_monthDay, &QSpinBox::valueChanged, this, &RecurrenceEditor::rebuild);
    connect(m_businessDays, &QSpinBox::valueChanged, this, &RecurrenceEditor::rebuild);
    connect(m_quarterEnds, &QCheckBox::toggled, this, &RecurrenceEditor::rebuild);
    connect(m_raw, &QLineEdit::textEdited, this, [this] { Q_EMIT ruleChanged(rule()); });
    rebuild();
}

QString RecurrenceEditor::rule() const {
    return m_mode->currentData().toInt() == None ? QString() : m_raw->text().trimmed();
}

void RecurrenceEditor::setRule(const QString& rule) {
    QString text = rule.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6);
    const auto partsOf = [](const QString& r) {
        QStringList parts = r.toUpper().split(u';', Qt::SkipEmptyParts);
        parts.sort();
        return parts;
    };
    QHash<QString, QString> fields;
    for (const QString& part : text.toUpper().split(u';', Qt::SkipEmptyParts))
        fields.insert(part.section(u'=', 0, 0), part.section(u'=', 1));
    const QString freq = fields.value(QStringLiteral("FREQ"));
    Mode mode = Custom;
    if (text.isEmpty())
        mode = None;
    else if (freq == u"DAILY")
        mode = Daily;
    else if (freq == u"WEEKLY")
        mode = Weekly;
    else if (freq == u"YEARLY")
        mode = Yearly;
    else if (freq == u"MONTHLY")
        mode = fields.contains(QStringLiteral("BYSETPOS")) ? MonthlyLastBusinessDays : MonthlyByDay;
    // Show the rule with the simple controls when they say the same; otherwise as typed.
    m_interval->setValue(
        qMax(1, fields.value(QStringLiteral("INTERVAL"), QStringLiteral("1")).toInt()));
    const QStringList days = fields.value(QStringLiteral("BYDAY")).split(u',');
    for (int d = 0; d < 7; ++d)
        m_days[d]->setChecked(mode == Weekly && days.contains(QLatin1String(kDayKeys[d])));
    m_monthDay->setValue(fields.value(QStringLiteral("BYMONTHDAY"), QStringLiteral("1")).toInt());
    m_businessDays->setValue(int(fields.value(QStringLiteral("BYSETPOS")).split(u',').size()));
    m_quarterEnds->setChecked(fields.value(QStringLiteral("BYMONTH")) == u"3,6,9,12");
    m_mode->setCurrentIndex(m_mode->findData(mode));
    rebuild();
    if (mode != None && partsOf(m_raw->text()) != partsOf(text)) {
        m_mode->setCurrentIndex(m_mode->findData(Custom));
        m_raw->setText(text);
        Q_EMIT ruleChanged(this->rule());
    }
}

void RecurrenceEditor::setError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Form layouts do not ask a nested wrapped label for its height at its width: reserve it,
    // measured at the width the rule field (and so the label) really has.
    m_error->setMinimumHeight(message.isEmpty() ? 0 : m_error->heightForWidth(m_raw->width()));
}

void RecurrenceEditor::rebuild() {
    const auto mode = Mode(m_mode->currentData().toInt());
    const int page = mode == Weekly                    ? 1
                     : mode == MonthlyByDay            ? 2
                     : mode == MonthlyLastBusinessDays ? 3
                                                       : 0;
    m_details->setCurrentIndex(page);
    m_details->setVisible(page != 0); // no blank line for modes without details
    const bool hasInterval = mode != None && mode != Custom && mode != MonthlyLastBusinessDays;
    m_interval->setVisible(hasInterval);
    m_raw->setReadOnly(mode != Custom);
    m_raw->setVisible(mode != None);
    QStringList parts;
    switch (mode) {
    case None:
    case Custom:
        break;
    case Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Weekly: {
        parts << QStringLiteral("FREQ=WEEKLY");
        QStringList days;
        for (int d = 0; d < 7; ++d) {
            if (m_days[d]->isChecked())
                days << QLatin1String(kDayKeys[d]);
        }
        if (!days.isEmpty())
            parts << QStringLiteral("BYDAY=") + days.join(u',');
        break;
    }
    case MonthlyByDay:
        parts << QStringLiteral("FREQ=MONTHLY")
              << QStringLiteral("BYMONTHDAY=%1")
                     .arg(m_monthDay->value() == 0 ? 1 : m_monthDay->value());
        break;
    case MonthlyLastBusinessDays: {
        parts << QStringLiteral("FREQ=MONTHLY");
        if (m_quarterEnds->isChecked())
            parts << QStringLiteral("BYMONTH=3,6,9,12");
        parts << QStringLiteral("BYDAY=MO,TU,WE,TH,FR");
        QStringList positions;
        for (int n = m_businessDays->value(); n >= 1; --n)
            positions << QString::number(-n);
        parts << QStringLiteral("BYSETPOS=") + positions.join(u',');
        break;
    }
    case Yearly:
        parts << QStringLiteral("FREQ=YEARLY");
        break;
    }
    if (mode != None && mode != Custom) {
        if (hasInterval && m_interval->value() > 1)
            parts << QStringLiteral("INTERVAL=%1").arg(m_interval->value());
        m_raw->setText(parts.join(u';'));
    }
    Q_EMIT ruleChanged(rule());
}

} // namespace slipway::ui
