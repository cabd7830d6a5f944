// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace slipway {

class Database;

// For one large write (an import of many thousand rows) to a local file no other connection
// has open: WAL writes every new page twice, once to the log and again at the checkpoint,
// where the rollback journal writes it once (pages past the old end of the file need no
// journal). Atomicity is the same. The file goes back to WAL when this ends (one still in the
// rollback journal since it was opened stays so until a later write), and Database switches
// to WAL again before the first write, so an interrupted import leaves nothing to repair. When
// another connection has the file open SQLite refuses the switch and WAL stays.
// Construct before the Transaction and let it end after the commit.
class BulkJournal {
public:
    BulkJournal(Database& db, bool wanted);
    ~BulkJournal();
    BulkJournal(const BulkJournal&) = delete;
    BulkJournal& operator=(const BulkJournal&) = delete;

private:
    Database& m_db;
    bool m_switched = false;
    bool m_held = false; // the file was still in the rollback journal: left so
};

} // namespace slipway
