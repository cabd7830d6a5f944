// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace slipway {

class Database;

// The audit trail newest first, read a page at a time: a large file holds a million entries
// and the view only ever shows a screenful of them.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        EntityIdColumn,
        ChangeTicketColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 500;

    explicit AuditLogModel(Database& database, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    AuditFilter filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const AuditEntry& entry(int row) const { return m_entries.at(row); }
    // Loads pages until the entry with `seq` is in the model; -1 when the filter hides it.
    int rowOfSeq(qint64 seq);
    QString loadError() const { return m_loadError; }

public Q_SLOTS:
    void reload();

private:
    QList<AuditEntry> nextPage();

    Database& m_database;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_exhausted = false;
    QString m_loadError;
};

} // namespace slipway
