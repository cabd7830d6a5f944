// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScopeBoardFilter.h"
#include "domain/ScopeItem.h"
#include "domain/ScopeRelease.h"
#include "rules/ScopeDependencyRule.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace slipway {

class ScopeService;

// Every scope item of the file as one row, with its dependencies and the dependency rule's
// warnings; the releases it can go into with their capacity. The scope board reads the
// lists directly to lay out columns; other views read the roles.
class ScopeBoardModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit ScopeBoardModel(ScopeService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads everything again; false (and lastError()) when the file cannot be read.
    bool reload();
    QString lastError() const { return m_error; }

    const QList<ScopeItem>& items() const { return m_items; }
    int rowOf(qint64 itemId) const { return m_rowById.value(itemId, -1); }
    const ScopeItem* item(qint64 itemId) const;
    const QList<ScopeRelease>& releases() const { return m_releases; }
    const ScopeRelease* release(qint64 releaseId) const;
    QStringList stakeholders() const; // sorted, distinct, non-empty

    QList<qint64> needsOf(qint64 itemId) const { return m_needs.value(itemId); }
    QList<DependencyWarning> warningsFor(qint64 itemId) const;
    bool hasWarning(qint64 itemId) const { return m_warningsByItem.contains(itemId); }
    const QList<DependencyWarning>& warnings() const { return m_warnings; }

    // Committed, in progress and done effort of a release: what its capacity must hold.
    double committedEffort(qint64 releaseId) const;
    // The open release with the most items, else any release with the most (0: none).
    qint64 busiestRelease() const;

    // Rows (into items()) the filter lets through, in item order.
    QList<int> matching(const ScopeBoardFilter& filter) const;

Q_SIGNALS:
    // The items, their places, dependencies or the releases changed: lay out again.
    void boardChanged();

private:
    void refreshItem(qint64 itemId);
    bool reloadDependencies();
    bool reloadReleases();
    void recomputeWarnings();
    static QString searchTextOf(const ScopeItem& item);

    ScopeService& m_service;
    QList<ScopeItem> m_items;
    QList<QString> m_search; // per row, lower case
    QHash<qint64, int> m_rowById;
    QList<ScopeRelease> m_releases;
    QList<std::pair<qint64, qint64>> m_dependencies;
    QHash<qint64, QList<qint64>> m_needs;
    QList<DependencyWarning> m_warnings;
    QHash<qint64, QList<int>> m_warningsByItem; // item -> indexes into m_warnings
    QString m_error;
};

} // namespace slipway
