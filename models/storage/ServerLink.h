// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace slipway {

class Database;

// Keeps a window's server connection alive across a server restart, a failover or a dropped
// network. Every few seconds it asks libpq, without a round trip, whether the connection is
// gone. When it is, the database says so once (serverConnectionLost); then, while the server
// does not answer, a ping on a thread of its own checks whether it takes connections again, so
// the window never waits on an unreachable host. Once it does, the connection is opened again
// from the event loop, never inside a transaction, and the database says so
// (serverConnectionRestored) and reloads every view: commits made meanwhile were not announced.
// Nothing is retried: a save that failed on the lost connection stays failed, and says so.
class ServerLink : public QObject {
    Q_OBJECT
public:
    explicit ServerLink(Database& db, int intervalMs = 2000);

private:
    void check();
    void reconnect();

    Database& m_db;
    QTimer m_timer;
    bool m_lost = false;
    bool m_probing = false;
};

} // namespace slipway
