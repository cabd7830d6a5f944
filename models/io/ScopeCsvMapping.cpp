// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeCsvMapping.h"

#include "CsvColumnMap.h"
#include "ScopeVocabulary.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QLocale>

namespace slipway {
namespace {

using Field = ScopeCsvMapping::Field;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScopeCsvMapping)
};

constexpr const char* kFieldNames[] = {
    "external_key", "title",       "kind",   "priority", "status", "status_category", "stakeholder",
    "effort",       "description", "labels", "release",  "needs",  "blocks",          "rank"};
static_assert(std::size(kFieldNames) == size_t(Field::Count));

struct Column {
    Field field;
    const char* name;
};

// Jira Cloud and Server/Data Center name the same fields differently ("Fix versions" and
// "Fix Version/s"); story points live in one of two custom fields depending on the project
// type. Issue links come as one column per link, named by the link type and direction.
constexpr Column kJira[] = {
    {Field::ExternalKey, "Issue key"},
    {Field::Title, "Summary"},
    {Field::Kind, "Issue Type"},
    {Field::Priority, "Priority"},
    {Field::Status, "Status"},
    {Field::StatusCategory, "Status Category"},
    {Field::Stakeholder, "Reporter"},
    {Field::Effort, "Custom field (Story Points)"},
    {Field::Effort, "Custom field (Story point estimate)"},
    {Field::Effort, "Story Points"},
    {Field::Description, "Description"},
    {Field::Labels, "Labels"},
    {Field::Release, "Fix Version/s"},
    {Field::Release, "Fix versions"},
    {Field::Needs, "Inward issue link (Blocks)"},
    {Field::Blocks, "Outward issue link (Blocks)"},
    {Field::Rank, "Custom field (Rank)"},
    {Field::Rank, "Rank"},
};

// Azure DevOps "Export to CSV" of a query: the columns are the query's, by display name.
constexpr Column kAzure[] = {
    {Field::ExternalKey, "ID"},    {Field::Title, "Title"},     {Field::Kind, "Work Item Type"},
    {Field::Priority, "Priority"}, {Field::Status, "State"},    {Field::Effort, "Story Points"},
    {Field::Effort, "Effort"},     {Field::Effort, "Size"},     {Field::Description, "Description"},
    {Field::Labels, "Tags"},       {Field::Rank, "Stack Rank"}, {Field::Rank, "Backlog Priority"},
};

// CsvWriter puts an apostrophe before cells a spreadsheet would run as a formula; a file
// Slipway wrote gets it taken off again so that export -> import is exact.
QString unneutralised(const QString& cell) {
    if (cell.size() >= 2 && cell[0] == u'\'') {
        const QChar c = cell[1];
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return cell.mid(1);
    }
    return cell;
}

// The ';'-separated values of a cell, trimmed, that `out` does not have yet. A cell without
// ';' is its own value, shared rather than copied.
void appendValues(QStringList& out, const QString& cell) {
    if (!cell.contains(u';')) {
        const QString value = cell.trimmed();
        if (!value.isEmpty() && !out.contains(value))
            out.append(value);
        return;
    }
    for (qsizetype from = 0; from <= cell.size();) {
        qsizetype to = cell.indexOf(u';', from);
        if (to < 0)
            to = cell.size();
        const QStringView value = QStringView(cell).mid(from, to - from).trimmed();
        if (!value.isEmpty() && !out.contains(value))
            out.append(value.toString());
        from = to + 1;
    }
}

// Distinct values a memo keeps per column; past them each is looked up again.
constexpr qsizetype kMemoValues = 4096;
// Texts up to this size are shared through the memo; longer ones are seldom repeated.
constexpr qsizetype kSharedTextBytes = 64;

// `look()` of a cell, remembered by the cell's bytes (the value depends on nothing else):
// a column of 100,000 "Story" and "Bug" is looked up twice. -1 stands for "not a value".
template <typename Look>
int memoised(QHash<QByteArray, int>* memo, QByteArrayView bytes, Look look) {
    if (!memo)
        return look();
    const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
    if (const auto it = memo->constFind(key); it != memo->cend())
        return it.value();
    const int value = look();
    if (memo->size() < kMemoValues)
        memo->insert(QByteArray(bytes.data(), bytes.size()), value);
    return value;
}

template <typename Value> int valueOrNone(const std::optional<Value>& v) {
    return v ? int(*v) : -1;
}

} // namespace

QStringList ScopeCsvMapping::fieldNames() {
    QStringList names;
    for (const char* name : kFieldNames)
        names << QString::fromLatin1(name);
    return names;
}

QString ScopeCsvMapping::sourceName() const {
    switch (m_source) {
    case Source::Jira:
        return Text::tr("Jira export");
    case Source::AzureDevOps:
        return Text::tr("Azure DevOps export");
    case Source::Slipway:
        return Text::tr("Slipway export");
    case Source::Custom:
        return Text::tr("CSV file");
    }
    return {};
}

void ScopeCsvMapping::detect(const CsvTable& table) {
    const auto has = [&](const char* name) {
        return !table.columnsNamed(QString::fromLatin1(name)).isEmpty();
    };
    const auto take = [&](const auto& columns) {
        for (const Column& c : columns)
            m_columns[size_t(c.field)] += table.columnsNamed(QString::fromLatin1(c.name));
    };
    if (has("Issue key") && has("Summary")) {
        m_source = Source::Jira;
        take(kJira);
    } else if (has("ID") && has("Work Item Type") && has("Title")) {
        m_source = Source::AzureDevOps;
        take(kAzure);
    } else {
        // Columns named like Slipway's fields map to them: Slipway's own export, or a file
        // someone prepared by hand.
        for (int f = 0; f < int(Field::Count); ++f)
            m_columns[size_t(f)] = table.columnsNamed(QString::fromLatin1(kFieldNames[f]));
        m_source =
            has("external_key") && has("title") && has("kind") ? Source::Slipway : Source::Custom;
    }
}

Result<ScopeCsvMapping> ScopeCsvMapping::forTable(const CsvTable& table, const QString& mapSpec,
                                                  const QString& fileName) {
    ScopeCsvMapping m;
    m.m_header = table.header();
    m.detect(table);

    auto map = CsvColumnMap::parse(table, mapSpec, fieldNames(),
                                   QStringLiteral("Name=title,Ticket=external_key"), fileName);
    if (!map)
        return map.error();
    map->applyTo(m.m_columns);

    if (!m.provides(Field::Title))
        return Error{
            Error::Kind::Usage,
            Text::tr("%1 is not a Jira or Azure DevOps export and has no title column; say "
                     "which column holds what with --map, e.g. --map \"Name=title,Ticket="
                     "external_key,Type=kind\" (its columns: %2)")
                .arg(fileName, InputText::singleLine(m.m_header.join(QStringLiteral(", ")), 300))};
    return m;
}

ScopeCsvMapping ScopeCsvMapping::recognised(const CsvTable& table) {
    ScopeCsvMapping m;
    m.m_header = table.header();
    m.detect(table);
    return m;
}

QList<int> ScopeCsvMapping::fieldOfColumns() const {
    QList<int> fields(m_header.size(), -1);
    for (size_t f = 0; f < m_columns.size(); ++f) {
        for (int column : m_columns[f]) {
            if (column >= 0 && column < fields.size() && fields[column] < 0)
                fields[column] = int(f);
        }
    }
    return fields;
}

Result<ScopeCsvMapping> ScopeCsvMapping::reassigned(const QList<int>& fieldOfColumn,
                                                    const QString& fileName) const {
    ScopeCsvMapping m = *this;
    for (QList<int>& columns : m.m_columns)
        columns.clear();
    for (int column = 0; column < fieldOfColumn.size() && column < m_header.size(); ++column) {
        const int field = fieldOfColumn[column];
        if (field >= 0 && field < int(Field::Count))
            m.m_columns[size_t(field)].append(column);
    }
    if (!m.provides(Field::Title))
        return Error{Error::Kind::Usage,
                     Text::tr("%1: choose the column that holds each item's title").arg(fileName)};
    return m;
}

QString ScopeCsvMapping::cell(const CsvTable& table, qsizetype row, int column) const {
    const QString text = table.text(row, column);
    return m_source == Source::Slipway ? unneutralised(text) : text;
}

QString ScopeCsvMapping::firstValue(const CsvTable& table, qsizetype row, Field field) const {
    for (int column : columns(field)) {
        if (!table.field(row, column).isEmpty())
            return cell(table, row, column);
    }
    return {};
}

QByteArrayView ScopeCsvMapping::firstField(const CsvTable& table, qsizetype row,
                                           Field field) const {
    for (int column : columns(field)) {
        if (const QByteArrayView bytes = table.field(row, column); !bytes.isEmpty())
            return bytes;
    }
    return {};
}

QString ScopeCsvMapping::sharedCell(const CsvTable& table, qsizetype row, int column,
                                    Memo* memo) const {
    const QByteArrayView bytes = table.field(row, column);
    if (!memo || bytes.size() > kSharedTextBytes)
        return cell(table, row, column);
    const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
    if (const auto it = memo->texts.constFind(key); it != memo->texts.cend())
        return it.value();
    QString text = cell(table, row, column);
    if (memo->texts.size() < kMemoValues)
        memo->texts.insert(QByteArray(bytes.data(), bytes.size()), text);
    return text;
}

QStringList ScopeCsvMapping::listValues(const CsvTable& table, qsizetype row, Field field,
                                        Memo* memo) const {
    QStringList values;
    for (int column : columns(field)) {
        if (!table.field(row, column).isEmpty())
            appendValues(values, sharedCell(table, row, column, memo));
    }
    return values;
}

ScopeCsvRow ScopeCsvMapping::mapRow(const CsvTable& table, qsizetype row, Memo* memo) const {
    ScopeCsvRow out;
    out.line = table.line(row);
    ScopeItem& item = out.item;
    const auto columnName = [&](Field f) {
        return m_header.value(columns(f).value(0)).trimmed();
    };
    const auto unknown = [&](Field f, const QString& value, const QString& known) {
        out.problems << Text::tr("%1 %2 is not one Slipway knows (%3)")
                            .arg(columnName(f), InputText::quoted(value), known);
    };

    item.externalKey = firstValue(table, row, Field::ExternalKey).trimmed();
    if (m_source == Source::AzureDevOps && !item.externalKey.isEmpty())
        item.externalKey.prepend(QStringLiteral("AB#")); // Azure Boards' own mention syntax
    if (item.externalKey.isEmpty() && (m_source == Source::Jira || m_source == Source::AzureDevOps))
        out.problems << Text::tr("%1 is empty").arg(columnName(Field::ExternalKey));

    item.title = firstValue(table, row, Field::Title).trimmed();
    item.labels = listValues(table, row, Field::Labels, memo);
    if (provides(Field::Rank))
        out.rank = firstValue(table, row, Field::Rank).trimmed();

    if (provides(Field::Kind)) {
        const int kind =
            memoised(memo ? &memo->kinds : nullptr, firstField(table, row, Field::Kind), [&] {
                return valueOrNone(ScopeVocabulary::kind(firstValue(table, row, Field::Kind)));
            });
        if (kind >= 0) {
            item.kind = ScopeKind(kind);
        } else if (const QString text = firstValue(table, row, Field::Kind);
                   !text.trimmed().isEmpty()) {
            unknown(Field::Kind, text,
                    Text::tr("feature, fix, patch, tech_debt, regulatory, or a type such as Story, "
                             "Bug, Hotfix, Task"));
        }
    }
    if (m_source != Source::Slipway) {
        for (const QString& label : std::as_const(item.labels)) {
            if (ScopeVocabulary::isRegulatoryLabel(label))
                item.kind = ScopeKind::Regulatory;
        }
    }
    if (provides(Field::Priority)) {
        const int priority = memoised(
            memo ? &memo->priorities : nullptr, firstField(table, row, Field::Priority), [&] {
                return valueOrNone(
                    ScopeVocabulary::priority(firstValue(table, row, Field::Priority)));
            });
        if (priority >= 0)
            item.priority = ScopePriority(priority);
        else
            unknown(Field::Priority, firstValue(table, row, Field::Priority),
                    Text::tr("critical, high, medium, low, Highest … Lowest, 1 … 4"));
    }
    if (provides(Field::Status) || provides(Field::StatusCategory)) {
        const int status =
            memoised(memo ? &memo->statuses : nullptr, firstField(table, row, Field::Status), [&] {
                return valueOrNone(ScopeVocabulary::status(firstValue(table, row, Field::Status)));
            });
        const int fallback = status >= 0
                                 ? -1
                                 : memoised(memo ? &memo->categories : nullptr,
                                            firstField(table, row, Field::StatusCategory), [&] {
                                                return valueOrNone(ScopeVocabulary::statusCategory(
                                                    firstValue(table, row, Field::StatusCategory)));
                                            });
        if (status >= 0) {
            item.status = ScopeStatus(status);
        } else if (fallback >= 0) {
            item.status = ScopeStatus(fallback);
        } else {
            const QString text = firstValue(table, row, Field::Status);
            const QString category = firstValue(table, row, Field::StatusCategory);
            if (!text.trimmed().isEmpty() || !category.trimmed().isEmpty())
                unknown(provides(Field::Status) ? Field::Status : Field::StatusCategory,
                        text.isEmpty() ? category : text,
                        Text::tr("proposed, committed, in_progress, done, deferred, or a status "
                                 "such as To Do, Active, Done, Won't Do"));
        }
    }
    for (int column : columns(Field::Stakeholder)) {
        if (!table.field(row, column).isEmpty()) {
            item.stakeholder = sharedCell(table, row, column, memo).trimmed();
            break;
        }
    }
    // Story points repeat too ("3.0", "5.0"): a memo keeps what each reads as.
    if (const QByteArrayView bytes = firstField(table, row, Field::Effort); !bytes.isEmpty()) {
        const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
        const auto known =
            memo ? memo->efforts.constFind(key) : QHash<QByteArray, double>::const_iterator();
        if (memo && known != memo->efforts.cend()) {
            out.effortGiven = true;
            item.effort = known.value();
        } else if (const QString effort = firstValue(table, row, Field::Effort).trimmed();
                   !effort.isEmpty()) {
            bool ok = false;
            out.effortGiven = true;
            item.effort = QLocale::c().toDouble(effort, &ok);
            if (!ok)
                out.problems << Text::tr("%1 %2 is not a number of points")
                                    .arg(columnName(Field::Effort), InputText::quoted(effort));
            else if (memo && memo->efforts.size() < kMemoValues)
                memo->efforts.insert(QByteArray(bytes.data(), bytes.size()), item.effort);
        }
    }
    item.description = firstValue(table, row, Field::Description);
    if (item.description.contains(u'\r'))
        item.description.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.releaseVersions = listValues(table, row, Field::Release, memo);
    out.needsKeys = listValues(table, row, Field::Needs);
    out.blocksKeys = listValues(table, row, Field::Blocks);
    if (out.problems.isEmpty()) {
        for (const FieldProblem& p : validateScopeItem(item))
            out.problems << (p.message.endsWith(u'.') ? p.message.chopped(1) : p.message);
    }
    return out;
}

} // namespace slipway
