#include "tests/support/PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <unistd.h>

namespace earshot::test {

namespace {

constexpr uid_t kNobody = 65534;
const QString kOwner = QStringLiteral("earshot");

// A port nobody listens on now (the kernel's pick); start() retries if another process
// takes it in between.
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Runs `work` on a connection of its own to `dbname`, closed and removed afterwards.
template<typename Work> QString withConnection(const StorageTarget &t, Work work)
{
    static int counter = 0;
    const QString name = QStringLiteral("postgres-server-admin-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(t.host);
        db.setPort(t.port);
        db.setDatabaseName(t.dbname);
        db.setUserName(t.user);
        db.setPassword(t.password);
        if (!db.open())
            error = db.lastError().text();
        else
            error = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

PostgresServer::PostgresServer()
    : m_asNobody(::geteuid() == 0)
{
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

QString PostgresServer::run(const QString &program, const QStringList &arguments) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    const QString path = binDir() + u'/' + program;
    if (m_asNobody) {
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=%1").arg(kNobody),
                            QStringLiteral("--regid=%1").arg(kNobody),
                            QStringLiteral("--clear-groups"), QStringLiteral("--"), path} +
                    arguments);
    } else {
        p.start(path, arguments);
    }
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed (%2): %3")
            .arg(program, p.errorString(), QString::fromLocal8Bit(p.readAll()).trimmed());
    return {};
}

QString PostgresServer::start()
{
    if (binDir().isEmpty())
        return QStringLiteral("PostgreSQL's initdb is not installed (Debian: postgresql); "
                              "packaging/linux/install-deps.sh installs it");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return QStringLiteral("no temporary folder");
    // Tests are no attack: a random password still proves that the right one is sent.
    m_password = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString pwfile = m_dir->filePath(QStringLiteral("password"));
    QFile pw(pwfile);
    if (!pw.open(QIODevice::WriteOnly) || pw.write(m_password.toUtf8()) < 0)
        return QStringLiteral("cannot write %1").arg(pwfile);
    pw.close();
    if (m_asNobody && (::chown(QFile::encodeName(m_dir->path()).constData(), kNobody, kNobody) ||
                       ::chown(QFile::encodeName(pwfile).constData(), kNobody, kNobody)))
        return QStringLiteral("cannot give %1 to nobody").arg(m_dir->path());
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (QString e =
            run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), data, QStringLiteral("-U"), kOwner,
                 QStringLiteral("--pwfile=") + pwfile, QStringLiteral("-A"),
                 QStringLiteral("scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                 QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
        !e.isEmpty())
        return e;
    // A second loopback address for the network-cut test, which drops its packets to cut
    // one console off the server while the others stay connected through 127.0.0.1.
    QFile hba(m_dir->filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::Append) ||
        hba.write(QByteArrayLiteral("host all all ") + kSecondAddress.toLatin1() +
                  QByteArrayLiteral("/32 scram-sha-256\n")) < 0)
        return QStringLiteral("cannot write %1").arg(hba.fileName());
    hba.close();
    QString failure;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        // fsync off: a test server needs no durability across power loss, and 2-core CI
        // machines are slow enough. Sockets in our own folder, never /var/run/postgresql.
        failure = run(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), data, QStringLiteral("-l"),
                       m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                       QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                       QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1,%3 -c fsync=off "
                                      "-c max_connections=60")
                           .arg(m_port)
                           .arg(m_dir->path(), kSecondAddress),
                       QStringLiteral("start")});
        if (failure.isEmpty()) {
            m_running = true;
            return {};
        }
    }
    return failure + QStringLiteral("\n") + log();
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    (void)run(QStringLiteral("pg_ctl"),
              {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
               QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PostgresServer::running() const
{
    return m_running;
}

QString PostgresServer::createDatabase(const QString &hint)
{
    QString name;
    for (const QChar c : hint.toLower())
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_')
            name += c;
    name = QStringLiteral("%1_%2").arg(name.left(40)).arg(++m_databases);
    const QString error =
        execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    return error.isEmpty() ? name : QString();
}

StorageTarget PostgresServer::target(const QString &dbname) const
{
    StorageTarget t;
    t.backend = StorageTarget::Backend::PostgreSql;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_port;
    t.dbname = dbname;
    t.user = kOwner;
    t.sslmode = QStringLiteral("disable");
    t.password = m_password;
    return t;
}

QString PostgresServer::execute(const QString &dbname, const QString &sql)
{
    return withConnection(target(dbname), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : q.lastError().text();
    });
}

bool PostgresServer::terminateSessions(const QString &dbname)
{
    const QString error = withConnection(target(QStringLiteral("postgres")), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE datname = ? AND pid <> pg_backend_pid()"));
        q.addBindValue(dbname);
        return q.exec() ? QString() : q.lastError().text();
    });
    return error.isEmpty();
}

int PostgresServer::port() const
{
    return m_port;
}

QString PostgresServer::log() const
{
    QFile f(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace earshot::test
