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

    struct Plan {
        QList<Incident> rows; // the valid rows, mapped
        QStringList problems; // "FILE:LINE: what is wrong", one per refused row
        qint64 total = 0;     // data rows in the file
        QString sourceName;   // "ServiceNow", "Jira Service Management", "PagerDuty", "custom"
        // A bit per IncidentCsvMapping::Field the file has a column for; an update keeps the
        // stored value of every other field.
        quint32 givenFields = ~0u;
    };
    // Maps and checks every row before anything is opened for writing.
    static Plan check(const CsvTable& table, const IncidentCsvMapping& mapping,
                      const QString& fileName);

    struct Outcome {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList problems; // rows skipped (with skipInvalid)
    };
    // `fileSha256`: of the file's bytes, for the audit entry.
    Result<Outcome> import(Plan plan, const QString& fileName, const QByteArray& fileSha256,
                           bool skipInvalid);

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
