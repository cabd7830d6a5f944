// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookStepTable.h"

#include "domain/FieldLimits.h"
#include "domain/InputText.h"
#include "domain/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <array>
#include <limits>
#include <utility>

namespace slipway {
namespace {

using Column = RunbookStepTable::Column;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookStepTable)
};

constexpr std::array<const char*, size_t(Column::Count)> kNames{
    "key",           "title",        "kind",       "direction",   "rollback_of",    "owner",
    "offset_min",    "duration_min", "depends_on", "script_repo", "script_path",    "script_commit",
    "script_sha256", "dns_record",   "ttl_old_s",  "ttl_new_s",   "ttl_lowered_at", "notes"};

QString nameOf(Column c) {
    return QString::fromLatin1(kNames[size_t(c)]);
}

QString where(const QString& fileName, int line) {
    return QStringLiteral("%1:%2: ").arg(fileName).arg(line);
}

Error problem(const QString& fileName, int line, const QString& what) {
    return Error{Error::Kind::Usage, where(fileName, line) + what};
}

// A value quoted inside a message: on one line, cut when long.
QString shown(const QString& value) {
    return u'\'' + InputText::singleLine(value, 60) + u'\'';
}

bool isHex(QStringView text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

// A whole, non-negative number of at most `max`; nullopt when the text is not one.
std::optional<int> wholeNumber(const QString& text, int max) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 10)
        return std::nullopt;
    for (QChar c : t)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    const qint64 value = t.toLongLong();
    if (value > max)
        return std::nullopt;
    return int(value);
}

QString kindKeys() {
    QStringList keys;
    for (StepKind k : allStepKinds())
        keys << toKey(k);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QStringList RunbookStepTable::columnNames() {
    QStringList names;
    for (const char* n : kNames)
        names << QString::fromLatin1(n);
    return names;
}

QString RunbookStepTable::utcText(qint64 secs) {
    if (secs <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QStringList RunbookStepTable::cells(const RunbookStep& s) {
    const auto number = [](int n) {
        return QString::number(n);
    };
    return {s.key,
            s.title,
            toKey(s.kind),
            toKey(s.direction),
            s.rollbackOf,
            s.owner,
            number(s.offsetMin),
            number(s.durationMin),
            s.dependsOn.join(u';'),
            s.scriptRepo,
            s.scriptPath,
            s.scriptCommit,
            s.scriptSha256,
            s.dnsRecord,
            s.ttlOldSeconds > 0 ? number(s.ttlOldSeconds) : QString(),
            s.ttlNewSeconds > 0 ? number(s.ttlNewSeconds) : QString(),
            utcText(s.ttlLoweredAt),
            s.notes};
}

Result<QList<RunbookStepTable::Column>>
RunbookStepTable::layout(const QStringList& header, const QString& fileName, int line) {
    QList<Column> columns;
    std::array<bool, size_t(Column::Count)> seen{};
    for (const QString& cell : header) {
        const QString name = cell.trimmed().toLower();
        int found = -1;
        for (size_t i = 0; i < kNames.size(); ++i)
            if (name == QLatin1String(kNames[i]))
                found = int(i);
        if (found < 0)
            return problem(
                fileName, line,
                Text::tr("unknown column %1; the columns are %2")
                    .arg(shown(cell.trimmed()), columnNames().join(QStringLiteral(", "))));
        if (seen[size_t(found)])
            return problem(fileName, line,
                           Text::tr("the column %1 appears twice").arg(nameOf(Column(found))));
        seen[size_t(found)] = true;
        columns << Column(found);
    }
    for (Column required : {Column::Key, Column::Title, Column::Kind, Column::DurationMin})
        if (!seen[size_t(required)])
            return problem(fileName, line,
                           Text::tr("the column %1 is missing (key, title, kind and "
                                    "duration_min are required)")
                               .arg(nameOf(required)));
    return columns;
}

Result<RunbookStep> RunbookStepTable::step(const QList<Column>& layout, const QStringList& row,
                                           const QString& fileName, int line) {
    std::array<QString, size_t(Column::Count)> v;
    for (qsizetype i = 0; i < layout.size() && i < row.size(); ++i)
        v[size_t(layout[i])] = row[i];
    const auto cell = [&](Column c) -> const QString& {
        return v[size_t(c)];
    };
    const auto fail = [&](const QString& what) {
        return problem(fileName, line, what);
    };

    RunbookStep s;
    s.key = cell(Column::Key).trimmed();
    if (!isValidStepKey(s.key))
        return fail(Text::tr("key %1 is not a step key (1 to 32 letters, digits, '.', '_' or "
                             "'-')")
                        .arg(shown(s.key)));
    s.title = cell(Column::Title);
    if (s.title.trimmed().isEmpty())
        return fail(Text::tr("step %1 has no title").arg(s.key));

    const QString kind = cell(Column::Kind).trimmed();
    const auto k = stepKindFromKey(kind);
    if (!k)
        return fail(Text::tr("kind %1 is not a step kind (%2)").arg(shown(kind), kindKeys()));
    s.kind = *k;

    s.rollbackOf = cell(Column::RollbackOf).trimmed();
    if (!s.rollbackOf.isEmpty() && !isValidStepKey(s.rollbackOf))
        return fail(Text::tr("rollback_of %1 is not a step key").arg(shown(s.rollbackOf)));
    const QString direction = cell(Column::Direction).trimmed();
    if (direction.isEmpty()) {
        // Without the column, a step that reverses another is a rollback step.
        s.direction = s.rollbackOf.isEmpty() ? StepDirection::Forward : StepDirection::Rollback;
    } else if (const auto d = stepDirectionFromKey(direction)) {
        s.direction = *d;
    } else {
        return fail(Text::tr("direction %1 is neither forward nor rollback").arg(shown(direction)));
    }
    s.owner = cell(Column::Owner);

    const auto minutes = [&](Column c, int* out, bool required) -> std::optional<Error> {
        const QString text = cell(c).trimmed();
        if (text.isEmpty() && !required)
            return std::nullopt;
        const auto n = wholeNumber(text, kMaxMinutes);
        if (!n)
            return fail(wholeNumber(text, std::numeric_limits<int>::max())
                            ? Text::tr("%1 %2 is more than a year (%3 minutes)")
                                  .arg(nameOf(c), shown(text))
                                  .arg(kMaxMinutes)
                            : Text::tr("%1 %2 is not a whole number of minutes")
                                  .arg(nameOf(c), shown(text)));
        *out = *n;
        return std::nullopt;
    };
    if (auto e = minutes(Column::OffsetMin, &s.offsetMin, false))
        return *e;
    if (auto e = minutes(Column::DurationMin, &s.durationMin, true))
        return *e;

    for (QStringView part : QStringView(cell(Column::DependsOn)).split(u';')) {
        const QString dep = part.trimmed().toString();
        if (dep.isEmpty() || s.dependsOn.contains(dep))
            continue;
        if (!isValidStepKey(dep))
            return fail(Text::tr("depends_on names %1, which is not a step key").arg(shown(dep)));
        s.dependsOn << dep;
    }

    s.scriptRepo = cell(Column::ScriptRepo).trimmed();
    s.scriptPath = cell(Column::ScriptPath).trimmed();
    s.scriptCommit = cell(Column::ScriptCommit).trimmed();
    if (!s.scriptCommit.isEmpty() &&
        (s.scriptCommit.size() < 4 || s.scriptCommit.size() > 64 || !isHex(s.scriptCommit)))
        return fail(Text::tr("script_commit %1 is not a commit id (4 to 64 hexadecimal digits)")
                        .arg(shown(s.scriptCommit)));
    s.scriptCommit = s.scriptCommit.toLower();
    s.scriptSha256 = cell(Column::ScriptSha256).trimmed();
    if (!s.scriptSha256.isEmpty() && (s.scriptSha256.size() != 64 || !isHex(s.scriptSha256)))
        return fail(Text::tr("script_sha256 %1 is not a SHA-256 (64 hexadecimal digits)")
                        .arg(shown(s.scriptSha256)));
    s.scriptSha256 = s.scriptSha256.toLower();

    s.dnsRecord = cell(Column::DnsRecord).trimmed();
    const auto seconds = [&](Column c, int* out) -> std::optional<Error> {
        const QString text = cell(c).trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const auto n = wholeNumber(text, std::numeric_limits<int>::max());
        if (!n)
            return fail(
                Text::tr("%1 %2 is not a whole number of seconds").arg(nameOf(c), shown(text)));
        *out = *n;
        return std::nullopt;
    };
    if (auto e = seconds(Column::TtlOldS, &s.ttlOldSeconds))
        return *e;
    if (auto e = seconds(Column::TtlNewS, &s.ttlNewSeconds))
        return *e;
    if (const QString at = cell(Column::TtlLoweredAt).trimmed(); !at.isEmpty()) {
        const auto parsed = parseUtcTime(at);
        if (!parsed || *parsed <= 0)
            return fail(Text::tr("ttl_lowered_at %1 is not a UTC time such as 2026-12-05T22:00:00Z")
                            .arg(shown(at)));
        s.ttlLoweredAt = *parsed;
    }
    s.notes = cell(Column::Notes);

    const std::pair<Column, qsizetype> limits[] = {{Column::Title, kMaxTitle},
                                                   {Column::Owner, FieldLimits::kName},
                                                   {Column::ScriptRepo, FieldLimits::kNote},
                                                   {Column::ScriptPath, FieldLimits::kNote},
                                                   {Column::DnsRecord, FieldLimits::kName},
                                                   {Column::Notes, kMaxNotes}};
    for (const auto& [c, limit] : limits)
        if (const QString tooLong = FieldLimits::tooLong(nameOf(c), cell(c), limit);
            !tooLong.isEmpty())
            return fail(tooLong);
    return s;
}

Result<void> RunbookStepTable::check(const QList<RunbookStep>& steps, const QList<int>& lines,
                                     const QString& fileName) {
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const RunbookStep& s = steps[i];
        if (const auto it = index.constFind(s.key); it != index.cend())
            return problem(fileName, lines.value(i),
                           Text::tr("key %1 is already the key of the step on line %2")
                               .arg(shown(s.key))
                               .arg(lines.value(*it)));
        index.insert(s.key, i);
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const RunbookStep& s = steps[i];
        if (!s.rollbackOf.isEmpty() && !index.contains(s.rollbackOf))
            return problem(fileName, lines.value(i),
                           Text::tr("step %1 reverses %2, which is no step of the runbook")
                               .arg(s.key, shown(s.rollbackOf)));
        for (const QString& dep : s.dependsOn) {
            const auto it = index.constFind(dep);
            if (it == index.cend())
                return problem(fileName, lines.value(i),
                               Text::tr("step %1 depends on %2, which is no step of the runbook")
                                   .arg(s.key, shown(dep)));
            if (s.isForward() && !steps[*it].isForward())
                return problem(fileName, lines.value(i),
                               Text::tr("forward step %1 depends on rollback step %2; rollback "
                                        "steps run only when rolling back")
                                   .arg(s.key, dep));
        }
    }

    // Depth-first search without recursion (a runbook may have thousands of steps): a step
    // met again while it is still on the path closes a cycle.
    enum class Mark : char { New, OnPath, Done };
    QList<Mark> mark(steps.size(), Mark::New);
    for (qsizetype root = 0; root < steps.size(); ++root) {
        if (mark[root] != Mark::New)
            continue;
        QList<std::pair<qsizetype, qsizetype>> path{{root, 0}}; // step, next dependency
        mark[root] = Mark::OnPath;
        while (!path.isEmpty()) {
            auto& [at, next] = path.last();
            if (next == steps[at].dependsOn.size()) {
                mark[at] = Mark::Done;
                path.removeLast();
                continue;
            }
            const qsizetype dep = index.value(steps[at].dependsOn[next++]);
            if (mark[dep] == Mark::Done)
                continue;
            if (mark[dep] == Mark::New) {
                mark[dep] = Mark::OnPath;
                path.append({dep, 0});
                continue;
            }
            QStringList cycle;
            qsizetype from = 0;
            while (path[from].first != dep)
                ++from;
            for (qsizetype j = from; j < path.size(); ++j)
                cycle << steps[path[j].first].key;
            cycle << steps[dep].key;
            return problem(fileName, lines.value(dep),
                           Text::tr("the dependencies form a cycle: %1")
                               .arg(cycle.join(QStringLiteral(" → "))));
        }
    }
    return {};
}

} // namespace slipway
