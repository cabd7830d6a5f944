// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace slipway::test {

namespace {

constexpr int kInitdbTimeoutMs = 60000;
constexpr int kReadyTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 10000;
constexpr int kPortAttempts = 5;

const QString kReady = QStringLiteral("database system is ready to accept connections");

quint16 freeLoopbackPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The server's and initdb's environment: nothing of the caller's PG* variables, messages in
// English (the fixture reads the log), and a fixed zone so initdb need not search for one.
QProcessEnvironment childEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString& key : keys) {
        if (key.startsWith(QLatin1String("PG")) || key.startsWith(QLatin1String("LC_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return env;
}

} // namespace

PgServer::PgServer(const QString& role, const QString& database)
    : m_role(role)
    , m_database(database) {}

PgServer::~PgServer() {
    stop();
}

QString PgServer::urlAs(const QString& url, const QString& login) {
    QUrl u(url);
    u.setUserName(login);
    return QString::fromLatin1(u.toEncoded());
}

QString PgServer::binDirectory() {
    const QString fromEnv = qEnvironmentVariable("SLIPWAY_PG_BINDIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
}

QString PgServer::url() const {
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(m_role)
        .arg(m_port)
        .arg(m_database);
}

QString PgServer::socketDirectory() const {
    return m_dir ? m_dir->path() : QString();
}

QString PgServer::log() const {
    if (!m_dir)
        return {};
    QFile f(m_dir->filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool PgServer::isRunning() const {
    return m_server && m_server->state() != QProcess::NotRunning;
}

bool PgServer::fail(const QString& why) {
    m_error = why;
    stop();
    return false;
}

bool PgServer::start() {
    QElapsedTimer timer;
    timer.start();
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!identifier.match(m_role).hasMatch() || !identifier.match(m_database).hasMatch())
        return fail(QStringLiteral("PgServer: role and database must be lower-case identifiers"));
    const QString bin = binDirectory();
    if (!QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() ||
        !QFileInfo(bin + QStringLiteral("/postgres")).isExecutable())
        return fail(QStringLiteral("PostgreSQL 15 is not installed (no %1/initdb): run ./dev.sh, "
                                   "which installs postgresql-15")
                        .arg(bin));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: run "
                                   "./dev.sh, which installs libqt6sql6-psql"));
    if (!prepareUser())
        return false;
    // In /tmp, not $TMPDIR: a Unix socket's path has at most 107 bytes, and the server's
    // account must be able to reach the folder.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/slipway-pg-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot make a temporary folder for PostgreSQL: %1")
                        .arg(m_dir->errorString()));
    if (m_uid >= 0 &&
        ::chown(QFile::encodeName(m_dir->path()).constData(), uid_t(m_uid), gid_t(m_gid)) != 0)
        return fail(QStringLiteral("cannot hand %1 to %2: %3")
                        .arg(m_dir->path(), QLatin1String(kSystemUser),
                             QString::fromLocal8Bit(strerror(errno))));
    QElapsedTimer initdb;
    initdb.start();
    if (!initCluster())
        return false;
    m_initdbMs = initdb.elapsed();
    if (!launch() || !createRoleAndDatabase())
        return false;
    m_startupMs = timer.elapsed();
    return true;
}

// PostgreSQL will not run as root: as root, the server runs as a system account of its own.
bool PgServer::prepareUser() {
    if (::geteuid() != 0)
        return true;
    const QByteArray name(kSystemUser);
    const passwd* account = ::getpwnam(name.constData());
    if (!account) {
        QProcess useradd;
        useradd.start(QStringLiteral("useradd"),
                      {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                       QStringLiteral("--home-dir"), QStringLiteral("/nonexistent"),
                       QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"),
                       QString::fromLatin1(name)});
        useradd.waitForFinished(30000);
        const QString why = QString::fromLocal8Bit(useradd.readAllStandardError()).trimmed();
        account = ::getpwnam(name.constData()); // another test may have made it meanwhile
        if (!account)
            return fail(
                QStringLiteral("cannot create the system user %1 for PostgreSQL: %2")
                    .arg(QString::fromLatin1(name), why.isEmpty() ? useradd.errorString() : why));
    }
    m_uid = int(account->pw_uid);
    m_gid = int(account->pw_gid);
    return true;
}

// Before exec, in the child: drop to the server's account, and ask the kernel to stop the
// child should this process die first (after setuid, which clears that request).
void PgServer::configureChild(QProcess& process, bool server) const {
    process.setProcessEnvironment(childEnvironment());
    process.setWorkingDirectory(m_dir->path());
    const int uid = m_uid;
    const int gid = m_gid;
    const int deathSignal = server ? SIGINT : SIGKILL;
    process.setChildProcessModifier([uid, gid, deathSignal] {
        if (uid >= 0) {
            // Raw system calls: the child may come from clone(), and glibc's wrappers would try
            // to change the ids of threads the child does not have.
            if (::syscall(SYS_setgroups, 0, nullptr) != 0 || ::syscall(SYS_setgid, gid) != 0 ||
                ::syscall(SYS_setuid, uid) != 0) {
                static const char message[] = "PgServer: cannot switch to the server's user\n";
                [[maybe_unused]] const auto written = ::write(2, message, sizeof message - 1);
                ::_exit(126);
            }
        }
        ::prctl(PR_SET_PDEATHSIG, deathSignal);
    });
}

bool PgServer::initCluster() {
    QProcess initdb;
    configureChild(initdb, false);
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.start(binDirectory() + QStringLiteral("/initdb"),
                 {QStringLiteral("--pgdata=") + m_dir->filePath(QStringLiteral("data")),
                  QStringLiteral("--username=postgres"), QStringLiteral("--auth=trust"),
                  QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C"),
                  QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")});
    if (!initdb.waitForFinished(kInitdbTimeoutMs) || initdb.exitStatus() != QProcess::NormalExit ||
        initdb.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(initdb.readAll()).trimmed();
        initdb.kill();
        initdb.waitForFinished(1000);
        return fail(
            QStringLiteral("initdb failed (%1): %2")
                .arg(initdb.errorString(), output.right(600).replace(u'\n', QLatin1String(" | "))));
    }
    return true;
}

// Starts the postmaster on a free port and waits until its log says it is ready. A port that
// someone else took between the probe and the bind is retried with another.
bool PgServer::launch() {
    const QString logPath = m_dir->filePath(QStringLiteral("server.log"));
    for (int attempt = 1; attempt <= kPortAttempts; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0)
            return fail(QStringLiteral("no free port on 127.0.0.1 for PostgreSQL"));
        QFile::remove(logPath);
        m_server = std::make_unique<QProcess>();
        configureChild(*m_server, true);
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        // A file, not a pipe: nobody reads a pipe while the test runs, and a full one would
        // stall the server.
        m_server->setStandardOutputFile(logPath);
        m_server->start(
            binDirectory() + QStringLiteral("/postgres"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
             QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
             QStringLiteral("-c"), QStringLiteral("port=%1").arg(m_port),
             QStringLiteral("-c"), QStringLiteral("unix_socket_directories=") + m_dir->path(),
             QStringLiteral("-c"), QStringLiteral("fsync=off"),
             QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
             QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
             QStringLiteral("-c"), QStringLiteral("lc_messages=C"),
             QStringLiteral("-c"), QStringLiteral("max_connections=40"),
             QStringLiteral("-c"), QStringLiteral("shared_buffers=32MB")});
        if (!m_server->waitForStarted(5000))
            return fail(QStringLiteral("cannot start postgres: %1").arg(m_server->errorString()));
        QElapsedTimer waited;
        waited.start();
        QString text;
        while (waited.elapsed() < kReadyTimeoutMs) {
            text = log();
            if (text.contains(kReady))
                return true;
            // The wait doubles as the poll interval, and ends early if the server exits.
            if (m_server->waitForFinished(5))
                break;
        }
        text = log();
        const bool portTaken = text.contains(QLatin1String("could not bind")) ||
                               text.contains(QLatin1String("Address already in use"));
        if (m_server->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_server->processId()), SIGQUIT);
            m_server->waitForFinished(3000);
        }
        m_server.reset();
        if (!portTaken || attempt == kPortAttempts)
            return fail(QStringLiteral("PostgreSQL did not start on port %1: %2")
                            .arg(QString::number(m_port),
                                 text.trimmed().right(600).replace(u'\n', QLatin1String(" | "))));
    }
    return false;
}

// Runs statements as the cluster's bootstrap superuser, over TCP like the tests.
QString PgServer::runAsBootstrap(const QStringList& statements) {
    const QString connection = QStringLiteral("pgserver-setup-%1").arg(quintptr(this), 0, 16);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            problem = QStringLiteral("cannot connect to the server: ") + db.lastError().text();
        } else {
            for (const QString& sql : statements) {
                QSqlQuery query(db);
                if (!query.exec(sql)) {
                    problem = sql + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

bool PgServer::createRoleAndDatabase() {
    // Identifiers cannot be bound; both were checked to be plain identifiers.
    const QString problem =
        runAsBootstrap({QStringLiteral("CREATE ROLE %1 SUPERUSER LOGIN").arg(m_role),
                        QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, m_role)});
    return problem.isEmpty() || fail(problem);
}

QString PgServer::newDatabase() {
    if (!isRunning()) {
        m_error = QStringLiteral("PgServer::newDatabase: the server is not running");
        return {};
    }
    const QString name = QStringLiteral("%1_%2").arg(m_database).arg(++m_databases);
    const QString problem =
        runAsBootstrap({QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, m_role)});
    if (!problem.isEmpty()) {
        m_error = problem;
        return {};
    }
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(m_role).arg(m_port).arg(name);
}

bool PgServer::requirePassword(const QString& password) {
    if (!isRunning())
        return fail(QStringLiteral("PgServer::requirePassword: the server is not running"));
    QString literal = password;
    literal.replace(u'\'', QStringLiteral("''"));
    if (const QString problem =
            runAsBootstrap({QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(m_role, literal)});
        !problem.isEmpty())
        return fail(problem);
    // Rewritten in place, so the file keeps the server account as its owner.
    QFile hba(m_dir->filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write("local all all trust\n"
                  "host all postgres 127.0.0.1/32 trust\n"
                  "host all all 127.0.0.1/32 scram-sha-256\n") < 0 ||
        !hba.flush())
        return fail(QStringLiteral("cannot write pg_hba.conf: ") + hba.errorString());
    hba.close();
    if (const QString problem = runAsBootstrap({QStringLiteral("SELECT pg_reload_conf()")});
        !problem.isEmpty())
        return fail(problem);
    // The reload is a signal: wait until a login without the password is turned away.
    const QString connection = QStringLiteral("pgserver-probe-%1").arg(quintptr(this), 0, 16);
    bool refused = false;
    QElapsedTimer waited;
    waited.start();
    while (!refused && waited.elapsed() < kReadyTimeoutMs) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(m_role);
            db.setDatabaseName(m_database);
            db.setConnectOptions(QStringLiteral("passfile=/dev/null"));
            refused = !db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!refused)
            QThread::msleep(20);
    }
    return refused || fail(QStringLiteral("the server still lets the role in without a password"));
}

void PgServer::stop() {
    if (m_server) {
        if (m_server->state() != QProcess::NotRunning) {
            // SIGINT is PostgreSQL's fast shutdown: clients are cut off, the data is written.
            ::kill(pid_t(m_server->processId()), SIGINT);
            if (!m_server->waitForFinished(kStopTimeoutMs)) {
                ::kill(pid_t(m_server->processId()), SIGQUIT); // immediate shutdown
                if (!m_server->waitForFinished(3000)) {
                    m_server->kill();
                    m_server->waitForFinished(3000);
                }
            }
        }
        m_server.reset();
    }
    m_dir.reset(); // removes the folder, cluster and socket included
}

} // namespace slipway::test
