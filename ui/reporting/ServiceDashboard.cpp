// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceDashboard.h"

#include "IconProvider.h"
#include "MessageBar.h"
#include "ReportSavePath.h"
#include "ServiceCharts.h"
#include "ServiceReportWriter.h"
#include "Theme.h"
#include "services/BlackoutService.h"
#include "services/Document.h"
#include "services/SchedulingServices.h"
#include "services/ServiceReportService.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {
namespace {

QString dash() {
    return QStringLiteral("—");
}

QString percent(double share, int decimals) {
    return QLocale().toString(share * 100.0, 'f', decimals) + QStringLiteral(" %");
}

} // namespace

ServiceDashboard::ServiceDashboard(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("serviceDashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));

    auto* row = new QHBoxLayout;
    const auto combo = [this, row](const QString& name, const QString& label, const QString& tip) {
        auto* title = new QLabel(label, this);
        auto* box = new QComboBox(this);
        box->setObjectName(name);
        box->setToolTip(tip);
        // Long service names are cut in the closed box rather than widening the window.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
        title->setBuddy(box);
        row->addWidget(title);
        row->addWidget(box);
        return box;
    };
    m_service = combo(QStringLiteral("dashboardService"), tr("Service:"),
                      tr("Figures for one service, or for every service"));
    m_team = combo(QStringLiteral("dashboardTeam"), tr("Team:"),
                   tr("Figures for the services a team owns, or for every team"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    m_scope->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_scope->setTextFormat(Qt::PlainText); // names a service or team
    row->addSpacing(Theme::space(1));
    row->addWidget(m_scope, 1);
    m_export = new QPushButton(IconProvider::icon(QStringLiteral("save")), tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_export->setToolTip(tr("Write this dashboard as a PDF or CSV file for a service review"));
    row->addWidget(m_export);
    layout->addLayout(row);
    m_message = new MessageBar(QStringLiteral("dashboardMessage"), this);
    layout->addWidget(m_message);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(Theme::space(1));
    const QStringList titles{tr("Deployment frequency"), tr("Lead time for changes"),
                             tr("Change failure rate"), tr("Time to restore"), tr("Availability")};
    for (qsizetype i = 0; i < tileKeys().size(); ++i) {
        const QString key = tileKeys().at(i);
        auto* tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("tile_") + key);
        tile->setStyleSheet(Theme::cardStyleSheet(tile->objectName()));
        tile->setToolTip(tileDefinition(key));
        auto* box = new QVBoxLayout(tile);
        box->setContentsMargins(Theme::space(2), Theme::space(1), Theme::space(2), Theme::space(1));
        box->setSpacing(2);
        auto* name = new QLabel(titles.at(i), tile);
        name->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
        auto* value = new QLabel(dash(), tile);
        value->setObjectName(QStringLiteral("tileValue_") + key);
        value->setFont(Theme::titleFont());
        auto* detail = new QLabel(tile);
        detail->setObjectName(QStringLiteral("tileDetail_") + key);
        detail->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
        detail->setWordWrap(true);
        for (QLabel* label : {name, value, detail}) {
            label->setTextFormat(Qt::PlainText);
            box->addWidget(label);
        }
        box->addStretch(1);
        m_values.insert(key, value);
        m_details.insert(key, detail);
        tiles->addWidget(tile, 1);
    }
    layout->addLayout(tiles);
    m_charts = new ServiceCharts(this);
    layout->addWidget(m_charts, 1);

    connect(m_service, &QComboBox::activated, this, [this] { scopeChosen(true); });
    connect(m_team, &QComboBox::activated, this, [this] { scopeChosen(false); });
    connect(m_export, &QPushButton::clicked, this, &ServiceDashboard::exportDialog);
    m_service->addItem(tr("All services"), qint64(0));
    m_team->addItem(tr("All teams"), QString());
}

QStringList ServiceDashboard::tileKeys() {
    return {QStringLiteral("frequency"), QStringLiteral("lead"), QStringLiteral("failure"),
            QStringLiteral("restore"), QStringLiteral("availability")};
}

QString ServiceDashboard::tileDefinition(const QString& key) const {
    if (key == u"frequency")
        return tr("Deployment frequency: releases that reached production in the period (their "
                  "first production deployment), per week. DORA: how often changes reach "
                  "production.");
    if (key == u"lead")
        return tr("Lead time for changes: from a scope item's commitment to its release's first "
                  "production deployment. Median and 90th percentile over the items deployed in "
                  "the period.");
    if (key == u"failure")
        return tr("Change failure rate: the share of the period's deployments followed within "
                  "their feedback window by a correlated incident, or rolled back.");
    if (key == u"restore")
        return tr("Time to restore: from an incident being opened to it being resolved. Median "
                  "and 90th percentile over the resolved incidents of the period.");
    return tr("Availability: 1 − outage minutes ÷ minutes in the period, per service, averaged "
              "over the services in scope. Outage minutes come from the incidents.");
}

QString ServiceDashboard::tileValue(const QString& key) const {
    const QLabel* label = m_values.value(key);
    return label ? label->text() : QString();
}

QString ServiceDashboard::tileDetail(const QString& key) const {
    const QLabel* label = m_details.value(key);
    return label ? label->text() : QString();
}

void ServiceDashboard::setPeriod(qint64 fromUtc, qint64 toUtc) {
    m_query.fromUtc = fromUtc;
    m_query.toUtc = toUtc;
    m_stale = true;
}

void ServiceDashboard::refreshIfStale() {
    if (m_stale)
        refresh();
}

void ServiceDashboard::refresh() {
    m_stale = false;
    if (m_query.toUtc <= m_query.fromUtc)
        return;
    auto computed = ServiceReportService(m_document.database()).report(m_query);
    if (!computed) {
        m_message->showMessage(MessageBar::Kind::Error, computed.error().message);
        return;
    }
    m_report = computed.value();
    // Nothing to chart: say what would fill the dashboard.
    if (m_report.deployments == 0 && m_report.incidents == 0)
        m_message->showMessage(
            MessageBar::Kind::Info,
            tr("No release reached production in this period and no incident was opened. "
               "Choose a longer period or another scope, or record production deployments on "
               "the Deployments screen (or with `slipway deploy record`)."));
    else
        m_message->hide();
    if (m_query.serviceId <= 0 && m_query.teamId <= 0) {
        QStringList teams;
        for (const ServiceReport::TeamWeek& tw : std::as_const(m_report.teamWeeks))
            if (!tw.team.isEmpty() && !teams.contains(tw.team))
                teams << tw.team;
        std::sort(teams.begin(), teams.end());
        m_teams = teams;
    }
    fillScopes();
    showTiles();
    m_charts->setReport(m_report);
}

void ServiceDashboard::fillScopes() {
    // The services by name; the teams as the last report over every service named them.
    QList<std::pair<QString, qint64>> services;
    if (auto names = m_document.scheduling().blackouts().serviceNames())
        for (auto it = names->cbegin(); it != names->cend(); ++it)
            services.append({it.value(), it.key()});
    std::sort(services.begin(), services.end());
    const QSignalBlocker blockService(m_service);
    const QSignalBlocker blockTeam(m_team);
    m_service->clear();
    m_service->addItem(tr("All services"), qint64(0));
    for (const auto& [name, id] : std::as_const(services))
        m_service->addItem(name, id);
    m_service->setCurrentIndex(std::max(0, m_service->findData(m_query.serviceId)));
    const QString team = m_query.teamId > 0 ? m_team->currentText() : QString();
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const QString& name : std::as_const(m_teams))
        m_team->addItem(name, name);
    m_team->setCurrentIndex(team.isEmpty() ? 0 : std::max(0, m_team->findText(team)));
}

void ServiceDashboard::scopeChosen(bool service) {
    // One scope at a time: a service, or a team's services.
    if (service) {
        m_query.serviceId = m_service->currentData().toLongLong();
        m_query.teamId = 0;
        const QSignalBlocker block(m_team);
        m_team->setCurrentIndex(0);
    } else {
        m_query.serviceId = 0;
        m_query.teamId = 0;
        if (m_team->currentIndex() > 0) {
            auto id = ServiceReportService(m_document.database()).teamId(m_team->currentText());
            if (!id) {
                m_message->showMessage(MessageBar::Kind::Error, id.error().message);
                return;
            }
            m_query.teamId = id.value();
        }
        const QSignalBlocker block(m_service);
        m_service->setCurrentIndex(0);
    }
    refresh();
}

void ServiceDashboard::showTiles() {
    const ServiceReport& r = m_report;
    const QLocale locale;
    const auto duration = [&locale](double hours) {
        return hours < 48 ? tr("%1 h").arg(locale.toString(hours, 'f', 1))
                          : tr("%1 days").arg(locale.toString(hours / 24.0, 'f', 1));
    };
    const auto set = [this](const QString& key, const QString& value, const QString& detail) {
        m_values.value(key)->setText(value);
        m_details.value(key)->setText(detail);
    };
    m_scope->setText(
        tr("%1 · %n production deployment(s)", nullptr, r.deployments).arg(r.scopeLabel));
    set(QStringLiteral("frequency"),
        tr("%1 / week").arg(locale.toString(r.deploymentsPerWeek, 'f', 1)),
        tr("%n deployment(s)", nullptr, r.deployments) + QStringLiteral(" · ") +
            tr("%n week(s)", nullptr, int(r.weeks.size())));
    set(QStringLiteral("lead"), r.leadTimeMedianHours ? duration(*r.leadTimeMedianHours) : dash(),
        r.leadTimeMedianHours
            ? tr("median · p90 %1 · %n item(s)", nullptr, r.leadTimeItems)
                  .arg(duration(r.leadTimeP90Hours.value_or(*r.leadTimeMedianHours)))
            : tr("No committed scope item was deployed in the period"));
    set(QStringLiteral("failure"), r.changeFailureRate ? percent(*r.changeFailureRate, 0) : dash(),
        r.changeFailureRate ? tr("%1 of %n deployment(s) failed", nullptr, r.deployments)
                                  .arg(locale.toString(r.failedDeployments))
                            : tr("No deployments in the period"));
    set(QStringLiteral("restore"), r.restoreMedianHours ? duration(*r.restoreMedianHours) : dash(),
        r.restoreMedianHours
            ? tr("median · p90 %1 · %2 of %n incident(s) resolved", nullptr, r.incidents)
                  .arg(duration(r.restoreP90Hours.value_or(*r.restoreMedianHours)),
                       locale.toString(r.resolvedIncidents))
            : tr("%n incident(s), none resolved", nullptr, r.incidents));
    set(QStringLiteral("availability"), r.availability ? percent(*r.availability, 2) : dash(),
        r.availability ? tr("%n outage minute(s)", nullptr, r.outageMinutes)
                       : tr("No services in scope"));
}

bool ServiceDashboard::exportTo(const QString& path) {
    refreshIfStale();
    ServiceReportWriter::Input input;
    input.report = m_report;
    input.generatedAt = QDateTime::currentSecsSinceEpoch();
    input.fileName = m_document.fileName();
    auto written = ServiceReportWriter::write(input, path);
    if (!written) {
        m_message->showMessage(MessageBar::Kind::Error, written.error().message);
        return false;
    }
    m_message->showMessage(MessageBar::Kind::Success,
                           tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ServiceDashboard::exportDialog() {
    const QString path =
        askReportSavePath(this, tr("Export Service Report"), QStringLiteral("service-report.pdf"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace slipway::ui
