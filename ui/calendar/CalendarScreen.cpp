// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarScreen.h"

#include "CalendarView.h"
#include "ConflictsPanel.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "Theme.h"
#include "itemmodels/CalendarModel.h"
#include "releases/ReleaseCommands.h"
#include "scheduling/SchedulingActions.h"
#include "services/Document.h"
#include "services/MetricService.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"
#include "services/ValidationCheckService.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace slipway::ui {
namespace {

const QStringList kZoneChoices = {
    QStringLiteral("UTC"),
    QStringLiteral("Europe/London"),
    QStringLiteral("Europe/Berlin"),
    QStringLiteral("America/New_York"),
    QStringLiteral("America/Chicago"),
    QStringLiteral("America/Los_Angeles"),
    QStringLiteral("Asia/Kolkata"),
    QStringLiteral("Asia/Singapore"),
    QStringLiteral("Asia/Tokyo"),
    QStringLiteral("Australia/Sydney"),
};

QSet<qint64> checkedIds(QMenu* menu) {
    QSet<qint64> ids;
    for (QAction* a : menu->actions()) {
        if (a->isCheckable() && a->isChecked())
            ids.insert(a->data().toLongLong());
    }
    return ids;
}

QSet<int> asInts(const QSet<qint64>& ids) {
    QSet<int> out;
    for (qint64 id : ids)
        out.insert(int(id));
    return out;
}

} // namespace

CalendarScreen::CalendarScreen(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("calendarScreen"));
    m_model = new CalendarModel(document.database(), document.releases(), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(1));
    layout->setSpacing(Theme::space(1));
    auto* bar = new QWidget(this);
    // A narrow window clips the last filters rather than growing past the screen.
    bar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(bar);
    m_message = new MessageBar(QStringLiteral("calendarMessage"), this);
    m_message->hide();
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("calendarSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_view = new CalendarView(m_splitter);
    m_view->setEditable(!document.isReadOnly());
    connect(m_view, &CalendarView::moveWindowRequested, this, &CalendarScreen::moveWindow);
    m_conflicts = new ConflictsPanel(m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_conflicts);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setSizes({Theme::space(120), Theme::space(40)});
    m_empty = new EmptyState(
        QStringLiteral("calendar"), tr("Plan release windows on a calendar"),
        tr("The calendar shows every release window per team or service, with blackouts, "
           "incident freezes and environment bookings, and marks the conflicts. Give a release "
           "a window to see it here."),
        tr("Create a release"), m_stack);
    m_empty->setObjectName(QStringLiteral("calendarEmptyState"));
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("calendarLegend"));
    m_legend->setWordWrap(true);
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_legend);
    buildToolbar(bar);

    m_view->setModel(m_model);
    m_conflicts->setModel(m_model);
    m_view->setZones({QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"),
                      QStringLiteral("America/New_York")});
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &CalendarScreen::createRelease);
    connect(m_view, &CalendarView::openRelease, this, &CalendarScreen::openRelease);
    connect(m_conflicts, &ConflictsPanel::goTo, m_view, &CalendarView::goTo);
    // The panel lists what is in view; a short pause keeps scrolling smooth.
    auto* settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(150);
    connect(settle, &QTimer::timeout, this,
            [this] { m_conflicts->setRange(m_view->visibleRange()); });
    connect(m_view, &CalendarView::visibleRangeChanged, settle, qOverload<>(&QTimer::start));
    connect(m_view, &CalendarView::zoomChanged, this, [this] {
        const QSignalBlocker block(m_zoom);
        m_zoom->setCurrentIndex(int(m_view->zoom()));
    });
    connect(m_model, &CalendarModel::reloaded, this, [this] {
        fillFilterMenus();
        updateEmptyState();
    });
    // Check results and metric verdicts move a release's validation mark.
    const auto validationMoved = [this] {
        if (m_loaded)
            m_model->scheduleReload();
    };
    connect(&document.validationChecks(), &ValidationCheckService::resultsRecorded, this,
            validationMoved);
    connect(&document.validationChecks(), &ValidationCheckService::checksChanged, this,
            validationMoved);
    connect(&document.metrics(), &MetricService::verdictsChanged, this, validationMoved);
}

CalendarScreen::~CalendarScreen() = default;

void CalendarScreen::followSchedule(SchedulingServices& services) {
    // Blackouts and freezes cover every row and people change who covers each window's
    // roles, so any change is read again in full; many in a row are read once. The
    // conflicts panel follows the model. Before the screen was first shown there is nothing
    // to refresh: it reads the file then.
    connect(&services, &SchedulingServices::scheduleChanged, this, [this] {
        if (m_loaded)
            m_model->scheduleReload();
    });
}

void CalendarScreen::setSchedulingActions(SchedulingActions* actions) {
    m_scheduling = actions;
    m_view->setBookingsMovable(actions != nullptr);
    if (!actions)
        return;
    connect(m_view, &CalendarView::moveBookingRequested, actions, &SchedulingActions::moveBooking);
    connect(m_view, &CalendarView::bookingMenuRequested, this,
            [this](qint64 bookingId, const QPoint& at) {
                auto* menu = new QMenu(this);
                QAction* edit =
                    menu->addAction(tr("&Edit booking…"), m_scheduling,
                                    [this, bookingId] { m_scheduling->editBooking(bookingId); });
                edit->setObjectName(QStringLiteral("editBookingAction"));
                QAction* remove =
                    menu->addAction(tr("&Remove booking"), m_scheduling,
                                    [this, bookingId] { m_scheduling->removeBooking(bookingId); });
                remove->setObjectName(QStringLiteral("removeBookingAction"));
                edit->setEnabled(m_editable);
                remove->setEnabled(m_editable);
                popUp(menu, at);
            });
    connect(m_view, &CalendarView::environmentMenuRequested, this,
            [this](qint64 environmentId, qint64 atUtc, const QPoint& at) {
                auto* menu = new QMenu(this);
                QAction* book = menu->addAction(tr("&Book this environment…"), m_scheduling,
                                                [this, environmentId, atUtc] {
                                                    m_scheduling->newBooking(environmentId, atUtc);
                                                });
                book->setObjectName(QStringLiteral("bookEnvironmentAction"));
                book->setEnabled(m_editable);
                popUp(menu, at);
            });
    connect(m_view, &CalendarView::windowMenuRequested, this,
            [this](qint64 releaseId, const QPoint& at) {
                auto* menu = new QMenu(this);
                QAction* open = menu->addAction(tr("&Open release"), this, [this, releaseId] {
                    Q_EMIT openRelease(releaseId);
                });
                open->setObjectName(QStringLiteral("openReleaseAction"));
                QAction* needs = menu->addAction(
                    tr("Environments and &roles needed…"), m_scheduling,
                    [this, releaseId] { m_scheduling->editReleaseNeeds(releaseId); });
                needs->setObjectName(QStringLiteral("releaseNeedsAction"));
                needs->setEnabled(m_editable);
                popUp(menu, at);
            });
}

void CalendarScreen::popUp(QMenu* menu, const QPoint& globalPos) {
    // Not exec(): the menu is gone once closed, and nothing waits on it.
    menu->setObjectName(QStringLiteral("calendarContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void CalendarScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    loadOnce();
}

void CalendarScreen::loadOnce() {
    // Read the schedule the first time the screen is shown, not when the window is built:
    // most sessions start on another screen, and a large file takes a while to read.
    if (m_loaded)
        return;
    m_loaded = true;
    // Placing the view asks the model for what it shows. Placed near today first, it asks for
    // nothing outside the months the model reads below: the file is read once, not a second
    // time for wherever the view stood before it moved.
    m_view->goToToday();
    m_view->setZoom(CalendarView::Zoom::Month);
    m_model->reload();
    m_view->goToToday();
    m_conflicts->setRange(m_view->visibleRange());
}

void CalendarScreen::buildToolbar(QWidget* bar) {
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Theme::space(1));
    const auto combo = [bar](const QString& name, const QStringList& items, const QString& tip) {
        auto* box = new QComboBox(bar);
        box->setObjectName(name);
        box->addItems(items);
        box->setToolTip(tip);
        return box;
    };
    m_groupBy = combo(QStringLiteral("groupByCombo"), {tr("By team"), tr("By service")},
                      tr("Rows per team or per service"));
    m_colorBy =
        combo(QStringLiteral("colorByCombo"), {tr("Colour by type"), tr("Colour by status")},
              tr("What the colour of a window shows"));
    m_zoom = combo(QStringLiteral("zoomCombo"),
                   {tr("Day"), tr("Week"), tr("Month"), tr("Quarter"), tr("Year")},
                   tr("Zoom (Ctrl+wheel zooms smoothly, + and − step)"));
    auto* previous = new QToolButton(bar);
    previous->setObjectName(QStringLiteral("previousButton"));
    previous->setText(QStringLiteral("‹"));
    previous->setToolTip(tr("Earlier"));
    auto* today = new QPushButton(tr("Today"), bar);
    today->setObjectName(QStringLiteral("todayButton"));
    today->setToolTip(tr("Go to today (T)"));
    auto* next = new QToolButton(bar);
    next->setObjectName(QStringLiteral("nextButton"));
    next->setText(QStringLiteral("›"));
    next->setToolTip(tr("Later"));
    m_date = new QDateEdit(QDate::currentDate(), bar);
    m_date->setObjectName(QStringLiteral("goToDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("Go to a date"));

    row->addWidget(m_groupBy);
    row->addWidget(m_colorBy);
    row->addWidget(m_zoom);
    row->addSpacing(Theme::space(1));
    row->addWidget(previous);
    row->addWidget(today);
    row->addWidget(next);
    row->addWidget(m_date);
    row->addSpacing(Theme::space(1));
    row->addWidget(filterButton(QStringLiteral("teamFilterButton"), tr("Teams"), &m_teamMenu));
    row->addWidget(
        filterButton(QStringLiteral("serviceFilterButton"), tr("Services"), &m_serviceMenu));
    row->addWidget(filterButton(QStringLiteral("typeFilterButton"), tr("Types"), &m_typeMenu));
    row->addWidget(
        filterButton(QStringLiteral("statusFilterButton"), tr("Statuses"), &m_statusMenu));
    row->addWidget(filterButton(QStringLiteral("zonesButton"), tr("Time zones"), &m_zoneMenu));
    row->addWidget(filterButton(QStringLiteral("laneCapButton"), tr("Lanes"), &m_laneMenu));
    row->addStretch(1);

    for (int t = 0; t <= int(ReleaseType::Emergency); ++t) {
        QAction* a = m_typeMenu->addAction(displayName(ReleaseType(t)));
        a->setCheckable(true);
        a->setData(t);
    }
    for (int s = 0; s <= int(ReleaseStatus::RolledBack); ++s) {
        QAction* a = m_statusMenu->addAction(displayName(ReleaseStatus(s)));
        a->setCheckable(true);
        a->setData(s);
    }
    for (QMenu* menu : {m_typeMenu, m_statusMenu})
        connect(menu, &QMenu::triggered, this, &CalendarScreen::applyFilter);
    fillZoneMenu();
    // How many sub-rows of bars a row may use before the rest are summarised as "+N".
    auto* caps = new QActionGroup(m_laneMenu); // one choice, never none
    for (int cap : {1, 2, 3, 4, 6, 8, 12, 16}) {
        QAction* a = m_laneMenu->addAction(tr("At most %n lane(s) per row", nullptr, cap));
        a->setCheckable(true);
        a->setActionGroup(caps);
        a->setChecked(cap == m_view->laneCap());
        a->setData(cap);
    }
    connect(m_laneMenu, &QMenu::triggered, this,
            [this](QAction* a) { m_view->setLaneCap(a->data().toInt()); });
    connect(m_view, &CalendarView::laneCapChanged, this, [this](int cap) {
        for (QAction* a : m_laneMenu->actions())
            a->setChecked(a->data().toInt() == cap);
    });
    connect(m_zoneMenu, &QMenu::triggered, this, [this](QAction* changed) {
        QStringList zones = m_view->zones();
        if (changed->isChecked())
            zones.append(changed->data().toString());
        else
            zones.removeAll(changed->data().toString());
        // Three zones fit the header; a fourth replaces the last one picked.
        while (zones.size() > 3)
            zones.removeAt(zones.size() - 2);
        m_view->setZones(zones);
        for (QAction* a : m_zoneMenu->actions())
            a->setChecked(m_view->zones().contains(a->data().toString()));
        m_view->viewport()->update();
    });

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setGroupBy(i == 1 ? CalendarModel::GroupBy::Service
                                   : CalendarModel::GroupBy::Team);
    });
    connect(m_colorBy, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_view->setColorBy(i == 1 ? CalendarView::ColorBy::Status : CalendarView::ColorBy::Type);
        updateLegend();
    });
    m_zoom->setCurrentIndex(int(CalendarView::Zoom::Month));
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_view->setZoom(CalendarView::Zoom(i)); });
    const auto page = [this](int direction) {
        const Interval v = m_view->visibleRange();
        m_view->scrollToTime(v.start + v.length() / 10 + direction * v.length() * 8 / 10);
    };
    connect(previous, &QToolButton::clicked, this, [page] { page(-1); });
    connect(next, &QToolButton::clicked, this, [page] { page(1); });
    connect(today, &QPushButton::clicked, m_view, &CalendarView::goToToday);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_view->scrollToTime(QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    });
    updateLegend();
}

QToolButton* CalendarScreen::filterButton(const QString& name, const QString& text, QMenu** menu) {
    auto* button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    *menu = new QMenu(button);
    (*menu)->setObjectName(name + QStringLiteral("Menu"));
    button->setMenu(*menu);
    return button;
}

void CalendarScreen::fillFilterMenus() {
    // Team and service lists follow the file; what was ticked stays ticked.
    const auto fill = [this](QMenu* menu, const QHash<qint64, QString>& names) {
        const QSet<qint64> checked = checkedIds(menu);
        if (menu->actions().size() == names.size())
            return;
        menu->clear();
        QList<qint64> ids = names.keys();
        std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
            return names.value(a).localeAwareCompare(names.value(b)) < 0;
        });
        for (qint64 id : std::as_const(ids)) {
            QAction* a = menu->addAction(names.value(id));
            a->setCheckable(true);
            a->setChecked(checked.contains(id));
            a->setData(id);
        }
        connect(menu, &QMenu::triggered, this, &CalendarScreen::applyFilter, Qt::UniqueConnection);
    };
    fill(m_teamMenu, m_model->teamNames());
    fill(m_serviceMenu, m_model->serviceNames());
}

void CalendarScreen::applyFilter() {
    CalendarModel::Filter filter;
    filter.teams = checkedIds(m_teamMenu);
    filter.services = checkedIds(m_serviceMenu);
    filter.types = asInts(checkedIds(m_typeMenu));
    filter.statuses = asInts(checkedIds(m_statusMenu));
    m_model->setFilter(filter);
}

void CalendarScreen::fillZoneMenu() {
    m_zoneMenu->clear();
    const QStringList current = m_view ? m_view->zones() : QStringList();
    for (const QString& zone : kZoneChoices) {
        QAction* a = m_zoneMenu->addAction(zone);
        a->setCheckable(true);
        a->setChecked(current.contains(zone));
        a->setData(zone);
    }
}

void CalendarScreen::updateLegend() {
    QStringList parts;
    const bool byStatus = m_colorBy->currentIndex() == 1;
    // An entry never breaks inside itself; a narrow window wraps between entries.
    const auto unbroken = [](const QString& name) {
        return name.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
    };
    const auto chip = [&unbroken](const QColor& c, const QString& name) {
        return QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2")
            .arg(c.name(), unbroken(name));
    };
    if (byStatus) {
        for (ReleaseStatus s :
             {ReleaseStatus::Planned, ReleaseStatus::Scheduled, ReleaseStatus::Approved,
              ReleaseStatus::Deploying, ReleaseStatus::Deployed, ReleaseStatus::RolledBack})
            parts << chip(Theme::statusColor(s), displayName(s));
    } else {
        for (int t = 0; t <= int(ReleaseType::Emergency); ++t)
            parts << chip(Theme::typeColor(ReleaseType(t)), displayName(ReleaseType(t)));
    }
    parts << chip(Theme::hardBlackout(), tr("hard blackout (hatched)"))
          << chip(Theme::softBlackout(), tr("soft blackout"))
          << chip(Theme::conflict(), tr("conflict (!n)"))
          << chip(Theme::muted(), tr("releases per day (dense rows)"))
          << chip(Theme::muted(), tr("+N more (click)"))
          << QStringLiteral("<span style='color:%1'>●</span>&nbsp;%2")
                 .arg(Theme::danger().name(), unbroken(tr("validation failing (!)")));
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void CalendarScreen::updateEmptyState() {
    const bool any = m_model->hasScheduledReleases();
    m_stack->setCurrentWidget(any ? static_cast<QWidget*>(m_splitter) : m_empty);
    m_legend->setVisible(any);
}

void CalendarScreen::setEditable(bool editable) {
    m_editable = editable;
    m_view->setEditable(editable);
    m_empty->actionButton()->setEnabled(editable);
}

void CalendarScreen::showRange(const Interval& range) {
    if (range.isEmpty())
        return;
    m_model->setRange({range.start - qint64(7) * 86400, range.end + qint64(7) * 86400});
    m_view->fitRange(range);
    m_conflicts->setRange(m_view->visibleRange());
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(QDateTime::fromSecsSinceEpoch(range.start, Qt::UTC).date());
    }
}

void CalendarScreen::restoreLayout() {
    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("calendar/splitter")).toByteArray());
    const QStringList zones = settings.value(QStringLiteral("calendar/zones")).toStringList();
    if (!zones.isEmpty()) {
        m_view->setZones(zones);
        fillZoneMenu();
    }
    m_groupBy->setCurrentIndex(settings.value(QStringLiteral("calendar/groupBy"), 0).toInt());
    m_colorBy->setCurrentIndex(settings.value(QStringLiteral("calendar/colorBy"), 0).toInt());
    m_view->setLaneCap(
        settings.value(QStringLiteral("calendar/laneCap"), m_view->laneCap()).toInt());
}

void CalendarScreen::saveLayout() const {
    QSettings settings;
    settings.setValue(QStringLiteral("calendar/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("calendar/zones"), m_view->zones());
    settings.setValue(QStringLiteral("calendar/groupBy"), m_groupBy->currentIndex());
    settings.setValue(QStringLiteral("calendar/colorBy"), m_colorBy->currentIndex());
    settings.setValue(QStringLiteral("calendar/laneCap"), m_view->laneCap());
}

void CalendarScreen::moveWindow(qint64 releaseId, qint64 rowVersion, qint64 startUtc, qint64 endUtc,
                                bool resized) {
    auto found = m_document.releases().find(releaseId);
    if (!found)
        return showProblem(found.error().message);
    Release before = found.value();
    // The version on screen: if someone saved since, the service says so instead of overwriting.
    before.rowVersion = rowVersion;
    Release after = before;
    after.windowStart = QDateTime::fromSecsSinceEpoch(startUtc, Qt::UTC);
    after.windowEnd = QDateTime::fromSecsSinceEpoch(endUtc, Qt::UTC);
    auto* command = new EditReleaseCommand(m_document.releases(), before, after,
                                           [this](const QString& why) { showProblem(why); });
    command->setText(resized ? tr("Resize the window of “%1”").arg(before.name)
                             : tr("Move the window of “%1”").arg(before.name));
    m_message->hide();
    m_document.undoStack()->push(command);
}

void CalendarScreen::showProblem(const QString& message) {
    m_message->showMessage(MessageBar::Kind::Error, message);
    m_message->show();
}

} // namespace slipway::ui
