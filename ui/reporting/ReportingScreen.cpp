// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportingScreen.h"

#include "AdherencePanel.h"
#include "IconProvider.h"
#include "ScrolledPage.h"
#include "ServiceDashboard.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/FilePreferences.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

enum Preset { Last30, Last90, ThisQuarter, LastQuarter, ThisYear, Last12Months, Custom };

// How the settings name each preset, in the order of Preset.
const QStringList& presetKeys() {
    static const QStringList keys{QStringLiteral("last-30-days"), QStringLiteral("last-90-days"),
                                  QStringLiteral("this-quarter"), QStringLiteral("last-quarter"),
                                  QStringLiteral("this-year"),    QStringLiteral("last-12-months"),
                                  QStringLiteral("custom")};
    return keys;
}

const QString kPeriodKey = QStringLiteral("reporting/period");
const QString kFirstKey = QStringLiteral("reporting/firstDay");
const QString kLastKey = QStringLiteral("reporting/lastDay");

QDate todayUtc() {
    return QDateTime::currentDateTimeUtc().date();
}

QDate quarterStart(const QDate& day) {
    return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
}

// The first and last day of a preset, counted from today (UTC).
std::pair<QDate, QDate> presetDays(int preset) {
    const QDate today = todayUtc();
    switch (preset) {
    case Last30:
        return {today.addDays(-29), today};
    case ThisQuarter:
        return {quarterStart(today), today};
    case LastQuarter: {
        const QDate start = quarterStart(today).addMonths(-3);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Last12Months:
        return {today.addMonths(-12).addDays(1), today};
    default:
        return {today.addDays(-89), today};
    }
}

qint64 midnightUtc(const QDate& day) {
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

ReportingScreen::ReportingScreen(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("reportingScreen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(2));
    layout->setSpacing(Theme::space(1));
    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    auto* title = new QLabel(tr("Reporting"), this);
    title->setFont(Theme::sectionFont());
    titles->addWidget(title);
    auto* subtitle = new QLabel(tr("How releases affected your services over a period, and where "
                                   "the release process was not followed, with what is done "
                                   "about it."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    titles->addWidget(subtitle);
    top->addLayout(titles, 1);

    auto* periodLabel = new QLabel(tr("Period:"), this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("reportingPeriodPreset"));
    m_preset->addItems({tr("Last 30 days"), tr("Last 90 days"), tr("This quarter"),
                        tr("Last quarter"), tr("This year"), tr("Last 12 months"), tr("Custom")});
    m_preset->setToolTip(tr("The period every figure, chart and deviation on this screen covers"));
    periodLabel->setBuddy(m_preset);
    const auto dateEdit = [this](const QString& name, const QString& tip) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setToolTip(tip);
        connect(edit, &QDateEdit::dateChanged, this, &ReportingScreen::datesEdited);
        return edit;
    };
    m_first = dateEdit(QStringLiteral("reportingFirstDay"), tr("The first day of the period"));
    m_last = dateEdit(QStringLiteral("reportingLastDay"),
                      tr("The last day of the period (included, whole days in UTC)"));
    top->addWidget(periodLabel, 0, Qt::AlignTop);
    top->addWidget(m_preset, 0, Qt::AlignTop);
    top->addWidget(m_first, 0, Qt::AlignTop);
    top->addWidget(new QLabel(QStringLiteral("–"), this), 0, Qt::AlignTop);
    top->addWidget(m_last, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportingTabs"));
    m_tabs->setDocumentMode(true);
    m_dashboard = new ServiceDashboard(m_document, m_tabs);
    m_adherence = new AdherencePanel(m_document, m_tabs);
    m_tabs->addTab(scrolledPage(m_dashboard),
                   IconProvider::icon(QStringLiteral("status-in-progress")),
                   tr("Service dashboard"));
    m_tabs->addTab(scrolledPage(m_adherence), IconProvider::icon(QStringLiteral("verify")),
                   tr("Adherence review"));
    layout->addWidget(m_tabs, 1);

    // Changes to the file are read once per burst, and the hidden tab when it is shown.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ReportingScreen::refresh);
    connect(&m_document, &Document::modified, this, [this] {
        m_dashboard->invalidate();
        m_adherence->invalidate();
        m_refresh->start();
    });
    connect(m_tabs, &QTabWidget::currentChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_preset, &QComboBox::activated, this, &ReportingScreen::presetChosen);
    m_preset->setCurrentIndex(Last90);
    presetChosen(Last90);
}

void ReportingScreen::setEditable(bool editable) {
    m_adherence->setEditable(editable);
}

QStringList ReportingScreen::tabNames() {
    return {QStringLiteral("dashboard"), QStringLiteral("adherence")};
}

bool ReportingScreen::showTab(const QString& key) {
    const qsizetype index = tabNames().indexOf(key);
    if (index < 0 || index >= m_tabs->count())
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

QString ReportingScreen::currentTab() const {
    return tabNames().value(m_tabs->currentIndex());
}

void ReportingScreen::presetChosen(int index) {
    if (index == Custom)
        return;
    const auto [first, last] = presetDays(index);
    {
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockLast(m_last);
        m_first->setDate(first);
        m_last->setDate(last);
    }
    datesEdited();
    m_preset->setCurrentIndex(index); // datesEdited() moved it to Custom
    savePeriod();
}

void ReportingScreen::setPeriod(const QDate& first, const QDate& last) {
    {
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockLast(m_last);
        m_first->setDate(first);
        m_last->setDate(last);
    }
    datesEdited();
}

void ReportingScreen::datesEdited() {
    // A last day before the first is read as the same single day.
    if (m_last->date() < m_first->date()) {
        const QSignalBlocker block(m_last);
        m_last->setDate(m_first->date());
    }
    m_preset->setCurrentIndex(Custom);
    m_dashboard->setPeriod(fromUtc(), toUtc());
    m_adherence->setPeriod(fromUtc(), toUtc());
    m_refresh->start();
    savePeriod();
}

void ReportingScreen::rememberPeriod() {
    const QString path = m_document.path();
    const qsizetype preset =
        presetKeys().indexOf(FilePreferences::value(path, kPeriodKey).toString());
    if (preset == Custom) {
        const QDate first =
            QDate::fromString(FilePreferences::value(path, kFirstKey).toString(), Qt::ISODate);
        const QDate last =
            QDate::fromString(FilePreferences::value(path, kLastKey).toString(), Qt::ISODate);
        if (first.isValid() && last.isValid())
            setPeriod(first, last);
    } else if (preset >= 0) {
        m_preset->setCurrentIndex(int(preset));
        presetChosen(int(preset));
    }
    m_remembers = true;
}

void ReportingScreen::savePeriod() const {
    if (!m_remembers)
        return;
    const QString path = m_document.path();
    const int preset = m_preset->currentIndex();
    FilePreferences::setValue(path, kPeriodKey, presetKeys().value(preset));
    if (preset == Custom) {
        FilePreferences::setValue(path, kFirstKey, m_first->date().toString(Qt::ISODate));
        FilePreferences::setValue(path, kLastKey, m_last->date().toString(Qt::ISODate));
    }
}

qint64 ReportingScreen::fromUtc() const {
    return midnightUtc(m_first->date());
}

qint64 ReportingScreen::toUtc() const {
    return midnightUtc(m_last->date().addDays(1));
}

void ReportingScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        m_refresh->start();
}

void ReportingScreen::refresh() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refreshNow();
}

void ReportingScreen::refreshNow() {
    m_stale = false;
    if (m_tabs->currentIndex() == 0)
        m_dashboard->refreshIfStale();
    else
        m_adherence->refreshIfStale();
}

} // namespace slipway::ui
