// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarOverflowMenu.h"

#include "CalendarDensityPainter.h"
#include "CalendarToolTip.h"
#include "IconProvider.h"
#include "Theme.h"

#include <QDateTime>
#include <QTimeZone>

namespace slipway::ui {
namespace {

QString dayText(qint64 utc, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    return QLocale().toString(
        QDateTime::fromSecsSinceEpoch(utc, tz.isValid() ? tz : QTimeZone::utc()).date(),
        QLocale::ShortFormat);
}

} // namespace

CalendarOverflowMenu::Content CalendarOverflowMenu::contentAt(const CalendarFrame& f, int lane,
                                                              const Interval& visible, qint64 t,
                                                              bool strip) {
    Content c;
    if (!f.model || lane < 0 || lane >= f.model->lanes().size())
        return c;
    const auto slice = strip ? CalendarDensityPainter::dayAt(f, lane, visible, t)
                             : CalendarDensityPainter::hiddenAt(f, lane, visible, t);
    c.model = f.model;
    c.items = slice.items;
    c.when = slice.when;
    c.zone = f.zones.value(0, QStringLiteral("UTC"));
    c.rowName = f.model->lanes()[lane].name;
    c.fromStrip = strip;
    return c;
}

CalendarOverflowMenu::CalendarOverflowMenu(const CalendarModel& model, const Content& content,
                                           bool expanded, int cap, QWidget* parent)
    : QMenu(parent) {
    setObjectName(QStringLiteral("calendarOverflowMenu"));
    setAttribute(Qt::WA_DeleteOnClose);
    const int n = int(content.items.size());
    const QString span = content.when.length() <= 86400
                             ? dayText(content.when.start, content.zone)
                             : tr("%1 to %2")
                                   .arg(dayText(content.when.start, content.zone),
                                        dayText(content.when.end - 1, content.zone));
    QAction* title =
        addAction(content.fromStrip
                      ? tr("%n release(s) in %1 on %2", nullptr, n).arg(content.rowName, span)
                      : tr("%n more release(s) in %1, %2", nullptr, n).arg(content.rowName, span));
    title->setEnabled(false);
    addSeparator();
    for (int i = 0; i < std::min(n, kListed); ++i) {
        const CalendarItem& item = model.items()[content.items[i]];
        QString text = item.label() + QStringLiteral("  ·  ") +
                       CalendarToolTip::spanIn(item.when, content.zone);
        if (item.conflicts > 0)
            text += QStringLiteral("  ·  ") + tr("%n conflict(s)", nullptr, item.conflicts);
        if (item.bookingId > 0)
            text += QStringLiteral("  ·  ") + tr("booking");
        QAction* a = addAction(text);
        if (item.conflicts > 0)
            a->setIcon(IconProvider::icon(QStringLiteral("warning"), Theme::conflict()));
        a->setToolTip(tr("Open this release"));
        const qint64 id = item.releaseId;
        connect(a, &QAction::triggered, this, [this, id] { Q_EMIT openRelease(id); });
    }
    if (n > kListed) {
        QAction* more = addAction(tr("… and %n more", nullptr, n - kListed));
        more->setEnabled(false);
    }
    addSeparator();
    if (content.fromStrip) {
        const Interval day = content.when;
        QAction* zoom = addAction(tr("Zoom in on this day"));
        zoom->setObjectName(QStringLiteral("zoomToDayAction"));
        connect(zoom, &QAction::triggered, this, [this, day] {
            Q_EMIT zoomTo({day.start - 86400, day.end + 86400});
        });
    } else if (expanded) {
        QAction* fold = addAction(tr("Show at most %n lane(s) in this row", nullptr, cap));
        fold->setObjectName(QStringLiteral("collapseRowAction"));
        connect(fold, &QAction::triggered, this, [this] { Q_EMIT expandRow(false); });
    } else {
        QAction* all = addAction(tr("Show all lanes of %1").arg(content.rowName));
        all->setObjectName(QStringLiteral("expandRowAction"));
        connect(all, &QAction::triggered, this, [this] { Q_EMIT expandRow(true); });
    }
}

} // namespace slipway::ui
