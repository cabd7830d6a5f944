// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SemanticStyle.h"
#include "domain/Release.h"
#include "domain/ValidationCheck.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace slipway {

class Database;
class ReleaseService;
struct NextStep;

// The releases of one file as a table. Follows the service's change signals row by row and
// reloads everything when another program wrote to the file.
class ReleaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        VersionColumn,
        TypeColumn,
        StatusColumn,
        NextStepColumn,   // what the lifecycle still needs before the next status
        ValidationColumn, // after production: checks and metrics passing, failing, pending
        WindowStartColumn,
        WindowEndColumn,
        ZoneColumn,
        OwnerColumn,
        ChangeTicketColumn,
        UpdatedColumn,
        ColumnCount
    };

    ReleaseTableModel(ReleaseService& service, Database* database, QObject* parent = nullptr);

    void setSemanticStyle(const SemanticStyle& style);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Release& release(int row) const { return m_releases.at(row); }
    int rowOf(qint64 id) const; // -1 when not shown
    // Row `a` before row `b` by `column`'s SortRole value, for the columns whose value is a
    // number (times, type, status, validation); nullopt for the others.
    std::optional<bool> lessThan(int a, int b, int column) const;
    QString loadError() const { return m_loadError; }

    // "12 Dec 2026 22:00 CET": the user's locale, in the given IANA zone.
    static QString formatTime(const QDateTime& utc, const QString& zone);

public Q_SLOTS:
    void reload();
    // Re-reads every release's guard state (gates, approvals and deployments change it too)
    // and its validation state.
    void refreshLifecycle();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void storeNextStep(qint64 releaseId, const NextStep& step);
    QVariant display(const Release& r, int column) const;
    QVariant sortValue(const Release& r, int column) const;

    ReleaseService& m_service;
    Database* m_database = nullptr;
    QList<Release> m_releases;
    QHash<qint64, QString> m_nextStep;           // release id → "Approved: needs …"
    QHash<qint64, QString> m_nextMissing;        // … and the failing guards, one per line
    QHash<qint64, ValidationState> m_validation; // release id → state; absent: none
    SemanticStyle m_style;
    QString m_loadError;
};

} // namespace slipway
