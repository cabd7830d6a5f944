// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentCsvFeed.h"

#include "CsvTable.h"
#include "IncidentCsvMapping.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

namespace slipway {
namespace {

// The messages belong with the mapping's.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IncidentCsvMapping)
};

// Rows mapped between two publications of progress: a reader waking up for every row would
// cost more than the mapping.
constexpr qsizetype kPublishEvery = 128;

} // namespace

IncidentCsvFeed::IncidentCsvFeed(const CsvTable& table, const IncidentCsvMapping& mapping,
                                 QString fileName)
    : m_table(table)
    , m_mapping(mapping)
    , m_fileName(std::move(fileName))
    , m_count(table.rowCount())
    , m_refused(size_t(m_count), 0) {
    // Room only: the mapping thread constructs each incident in place, and the vector never
    // moves while the reader looks at it.
    m_rows.reserve(size_t(m_count));
    m_data = m_rows.data();
    for (const CsvTable::RaggedRow& r : table.raggedRows())
        m_problems.emplace_back(
            r.line, Text::tr("%1:%2: %3 fields where the header has %4 (a missing "
                             "or extra comma, or a line break outside quotes?)")
                        .arg(m_fileName, QString::number(r.line), QString::number(r.fields),
                             QString::number(table.columnCount())));
    m_anyRefused.store(!m_problems.empty(), std::memory_order_release);
}

IncidentCsvFeed::~IncidentCsvFeed() {
    m_stop.store(true, std::memory_order_relaxed);
    if (m_thread.joinable())
        m_thread.join();
}

void IncidentCsvFeed::start() {
    if (!m_thread.joinable() && !m_finished)
        m_thread = std::thread([this] { mapAll(); });
}

void IncidentCsvFeed::mapAll() {
    const IncidentCsvMapping::SharedValuesScope shared;
    QHash<QString, qsizetype> firstRow; // number -> the row it is first on
    firstRow.reserve(rowCount());
    IncidentCsvRow scratch;
    const qsizetype count = m_count;
    for (qsizetype r = 0; r < count; ++r) {
        if (m_stop.load(std::memory_order_relaxed))
            break;
        m_mapping.mapRow(m_table, r, scratch);
        Incident& row = m_rows.emplace_back(std::move(scratch.incident));
        const int line = m_table.line(r);
        QString problem;
        if (!scratch.problems.isEmpty()) {
            problem = QStringLiteral("%1:%2: %3")
                          .arg(m_fileName, QString::number(line),
                               scratch.problems.join(QStringLiteral("; ")));
        } else if (const auto seen = firstRow.constFind(row.number); seen != firstRow.cend()) {
            problem =
                Text::tr("%1:%2: incident %3 is already on line %4")
                    .arg(m_fileName, QString::number(line), InputText::singleLine(row.number, 60),
                         QString::number(m_table.line(seen.value())));
        } else {
            firstRow.insert(row.number, r);
        }
        if (!problem.isEmpty()) {
            m_refused[size_t(r)] = 1;
            m_problems.emplace_back(line, std::move(problem));
            m_anyRefused.store(true, std::memory_order_release);
        }
        if ((r + 1) % kPublishEvery == 0) {
            m_ready.store(r + 1, std::memory_order_release);
            m_ready.notify_all();
        }
    }
    m_ready.store(count, std::memory_order_release);
    m_ready.notify_all();
}

qsizetype IncidentCsvFeed::waitFor(qsizetype count) {
    count = std::min(count, rowCount());
    if (!m_thread.joinable() && !m_finished) {
        mapAll(); // not started: map here
        m_finished = true;
    }
    qsizetype ready = m_ready.load(std::memory_order_acquire);
    while (ready < count) {
        m_ready.wait(ready, std::memory_order_acquire);
        ready = m_ready.load(std::memory_order_acquire);
    }
    return ready;
}

QStringList IncidentCsvFeed::problems() {
    waitFor(rowCount());
    if (m_thread.joinable())
        m_thread.join();
    m_finished = true;
    // Ragged records came first; the rest are in row order, and rows are in line order.
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    out.reserve(qsizetype(m_problems.size()));
    for (const auto& p : m_problems)
        out.append(p.second);
    return out;
}

std::vector<Incident> IncidentCsvFeed::takeRows() {
    waitFor(rowCount());
    if (m_thread.joinable())
        m_thread.join();
    m_finished = true;
    m_refused.clear();
    m_count = 0; // the feed has no rows left
    m_data = nullptr;
    return std::exchange(m_rows, {});
}

IncidentCsvFeed::Checked IncidentCsvFeed::checkAll(const CsvTable& table,
                                                   const IncidentCsvMapping& mapping,
                                                   const QString& fileName) {
    IncidentCsvFeed feed(table, mapping, fileName);
    Checked out;
    out.problems = feed.problems(); // maps every row on this thread
    out.rows.reserve(feed.rowCount());
    for (qsizetype r = 0; r < feed.rowCount(); ++r) {
        if (!feed.refused(r))
            out.rows.append(std::move(feed.row(r)));
    }
    return out;
}

} // namespace slipway
