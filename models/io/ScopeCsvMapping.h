// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTable.h"
#include "domain/Result.h"
#include "domain/ScopeItem.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace slipway {

// One CSV record as a scope item, with what only the import can resolve (releases by
// version, dependencies by key) and why the record cannot be imported, if it cannot.
struct ScopeCsvRow {
    int line = 0;
    ScopeItem item;
    QStringList releaseVersions; // Jira "Fix versions", Slipway "release"
    QStringList needsKeys;       // items this one needs (Jira: "is blocked by")
    QStringList blocksKeys;      // items that need this one (Jira: "blocks")
    QString rank;                // the source's own order: Jira "0|i000lx:", Azure 1999.5
    QStringList problems;        // one reason each, without the file and line
    bool effortGiven = false;    // an empty estimate keeps the one stored (see the service)
};

// Which columns feed which scope-item field. Recognises Jira exports (Issue key, Summary,
// Issue Type, Priority, Status, Fix Version/s or Fix versions, Labels ×n, Description,
// Reporter, Story Points, Blocks links), Azure DevOps query exports (ID, Work Item Type,
// Title, State, Priority, Tags, Story Points/Effort, Stack Rank/Backlog Priority) and
// Slipway's own export (Jira's Rank column gives new items their board order); `--map`
// overrides or completes any of them. Values go through ScopeVocabulary.
class ScopeCsvMapping {
public:
    enum class Source { Jira, AzureDevOps, Slipway, Custom };
    enum class Field {
        ExternalKey,
        Title,
        Kind,
        Priority,
        Status,
        StatusCategory,
        Stakeholder,
        Effort,
        Description,
        Labels,
        Release,
        Needs,
        Blocks,
        Rank,
        Count
    };

    // `mapSpec` is "Column=field,Column=field" (field names as fieldNames() lists; "ignore"
    // drops a recognised column). Errors name the file and say what to write instead.
    static Result<ScopeCsvMapping> forTable(const CsvTable& table, const QString& mapSpec,
                                            const QString& fileName);

    // What the columns are recognised as, before any mapping and even without a title
    // column: where a dialog starts.
    static ScopeCsvMapping recognised(const CsvTable& table);
    static QStringList fieldNames();

    Source source() const { return m_source; }
    QString sourceName() const;
    // Whether the file says anything about `field`; an update keeps the stored value if not.
    bool provides(Field field) const { return !columns(field).isEmpty(); }

    // What mapRow found for the values that repeat down a column (types, priorities,
    // statuses, story points), by their bytes: one per thread mapping many rows.
    struct Memo {
        QHash<QByteArray, int> kinds, priorities, statuses, categories;
        QHash<QByteArray, double> efforts;
        // Short texts that repeat (reporters, labels, fix versions): one string each, shared.
        QHash<QByteArray, QString> texts;
    };
    ScopeCsvRow mapRow(const CsvTable& table, qsizetype row, Memo* memo = nullptr) const;

    // The field each column feeds (-1: none), for a dialog to show and change.
    QList<int> fieldOfColumns() const;
    // The same file read with every column's field chosen anew (-1: ignored).
    Result<ScopeCsvMapping> reassigned(const QList<int>& fieldOfColumn,
                                       const QString& fileName) const;

private:
    const QList<int>& columns(Field field) const { return m_columns[size_t(field)]; }
    QString firstValue(const CsvTable& table, qsizetype row, Field field) const;
    QByteArrayView firstField(const CsvTable& table, qsizetype row, Field field) const;
    QStringList listValues(const CsvTable& table, qsizetype row, Field field,
                           Memo* memo = nullptr) const;
    QString sharedCell(const CsvTable& table, qsizetype row, int column, Memo* memo) const;
    QString cell(const CsvTable& table, qsizetype row, int column) const;
    void detect(const CsvTable& table);

    Source m_source = Source::Custom;
    std::array<QList<int>, size_t(Field::Count)> m_columns;
    QStringList m_header;
};

} // namespace slipway
