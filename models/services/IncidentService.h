// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Incident.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class CsvTable;
class Database;
class IncidentCsvMapping;

// Incidents imported from service-desk exports, and their correlation with releases.
// An import is idempotent by incident number (a number already stored is updated, an
// unchanged one left alone), all or nothing unless skipping invalid rows is asked for, under
// RecordFeedback, and writes one audit entry naming the file, its SHA-256 and the counts.
class IncidentService : public QObject {
    Q_OBJECT
public:
    IncidentService(Database& db, Session session, QObject* parent = nullptr);

    struct Outcome {
        // The file was refused and nothing written: a row cannot be imported (and skipping
        // invalid rows was not asked for), or none can.
        bool refused = false;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        qint64 total = 0;     // data rows in the file
        QString sourceName;   // "ServiceNow", "Jira Service Management", "PagerDuty", "custom"
        QStringList problems; // "FILE:LINE: what is wrong", one per refused or skipped row
    };
    // Maps, checks and writes the file's rows in one pass: the second core maps while the
    // first writes what is mapped. A refused file rolls the transaction back, after every row
    // has been checked so that all its problems are named. `fileSha256`: of the file's bytes,
    // for the audit entry.
    Result<Outcome> import(const CsvTable& table, const IncidentCsvMapping& mapping,
                           const QString& fileName, const QByteArray& fileSha256, bool skipInvalid);

    // Incidents opened in [fromUtc, toUtc), oldest first; 0: open-ended.
    Result<QList<Incident>> incidents(qint64 fromUtc = 0, qint64 toUtc = 0) const;
    // The incidents correlated with the release (rules/IncidentCorrelation).
    Result<QList<CorrelatedIncident>> correlated(qint64 releaseId) const;
    // Every deployed release's correlated incidents, in grouped queries: release id → list.
    // For the reporting (change failure rate) and the Releases table.
    Result<QHash<qint64, QList<CorrelatedIncident>>> correlatedAll() const;

Q_SIGNALS:
    void incidentsChanged();

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
