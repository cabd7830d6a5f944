// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLink.h"

#include "Database.h"

#include <QThread>

#include <libpq-fe.h>

#include <memory>

namespace slipway {

ServerLink::ServerLink(Database& db, int intervalMs)
    : QObject(&db)
    , m_db(db) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ServerLink::check);
    m_timer.start();
}

void ServerLink::check() {
    if (m_probing)
        return;
    if (!m_lost) {
        if (!m_db.isServerConnectionLost())
            return;
        m_lost = true;
        const PGconn* conn = m_db.pgHandle();
        // libpq's first line says what happened; the rest guesses at why.
        const QString why =
            conn ? QString::fromUtf8(PQerrorMessage(conn)).section(u'\n', 0, 0).simplified()
                 : QString();
        Q_EMIT m_db.serverConnectionLost(
            why.isEmpty()
                ? tr("The connection to %1 was lost; Slipway tries again every few seconds. "
                     "Nothing can be saved until it is back.")
                      .arg(m_db.fileName())
                : tr("The connection to %1 was lost (%2); Slipway tries again every few "
                     "seconds. Nothing can be saved until it is back.")
                      .arg(m_db.fileName(), why));
    }
    // Whether the server takes connections again, asked off the window's thread: an
    // unreachable host answers only after the connect timeout.
    m_probing = true;
    const QString info = m_db.spec().conninfo() + QStringLiteral(" connect_timeout=5");
    const QByteArray conninfo = info.trimmed().toUtf8();
    auto answer = std::make_shared<PGPing>(PQPING_NO_RESPONSE);
    QThread* probe =
        QThread::create([conninfo, answer] { *answer = PQping(conninfo.constData()); });
    connect(probe, &QThread::finished, this, [this, answer] {
        m_probing = false;
        if (*answer == PQPING_OK)
            reconnect();
    });
    connect(probe, &QThread::finished, probe, &QObject::deleteLater);
    probe->start();
}

void ServerLink::reconnect() {
    // A transaction begun on the lost connection fails on its own; a new connection under it
    // would run its remaining statements one by one, outside it.
    if (m_db.inTransaction())
        return;
    if (!m_db.reconnectServer())
        return; // tried again on the next tick
    m_lost = false;
    Q_EMIT m_db.serverConnectionRestored();
}

} // namespace slipway
