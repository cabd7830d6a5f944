// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace slipway {

class CsvTable;
class IncidentCsvMapping;

// The records of a service-desk export mapped into incidents in file order on a thread of its
// own, for a reader that uses each row as soon as it is ready: an import writes the first rows
// on one core while the other maps the rest. A row is refused when it does not map (a value
// that does not read) or repeats the number of an earlier row; every refusal, and each ragged
// record of the table, is one "FILE:LINE: what" in problems().
// The table and the mapping must outlive the feed.
class IncidentCsvFeed {
public:
    IncidentCsvFeed(const CsvTable& table, const IncidentCsvMapping& mapping, QString fileName);
    ~IncidentCsvFeed(); // stops the mapping thread, if it still runs, and waits for it
    IncidentCsvFeed(const IncidentCsvFeed&) = delete;
    IncidentCsvFeed& operator=(const IncidentCsvFeed&) = delete;

    // Starts mapping on a second thread.
    void start();
    // Data rows of the table (ragged records are not among them).
    qsizetype rowCount() const { return m_count; }
    // Blocks until the rows before `count` are mapped; returns how many are (at least `count`,
    // at most rowCount()).
    qsizetype waitFor(qsizetype count);
    // Whether a row mapped so far was refused, or the table has ragged records.
    bool anyRefused() const { return m_anyRefused.load(std::memory_order_acquire); }

    // A mapped row (waitFor has returned past it); the reader may move it away.
    Incident& row(qsizetype r) { return m_data[r]; }
    bool refused(qsizetype r) const { return m_refused[size_t(r)] != 0; }

    // Waits for the last row; then every problem of the file, in line order.
    QStringList problems();
    // The mapped rows, for freeing elsewhere (e.g. on another thread while a commit runs).
    std::vector<Incident> takeRows();

    // Maps every row on the calling thread: the rows that are not refused, and the problems.
    struct Checked {
        QList<Incident> rows;
        QStringList problems;
    };
    static Checked checkAll(const CsvTable& table, const IncidentCsvMapping& mapping,
                            const QString& fileName);

private:
    void mapAll();

    const CsvTable& m_table;
    const IncidentCsvMapping& m_mapping;
    QString m_fileName;
    qsizetype m_count = 0;
    std::vector<Incident> m_rows; // grown by the mapping thread only, within its capacity
    Incident* m_data = nullptr;   // m_rows' storage, for the reader
    std::vector<char> m_refused;
    std::vector<std::pair<int, QString>> m_problems; // line, "FILE:LINE: what"
    std::atomic<qsizetype> m_ready{0};
    std::atomic<bool> m_anyRefused{false};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    bool m_finished = false;
};

} // namespace slipway
