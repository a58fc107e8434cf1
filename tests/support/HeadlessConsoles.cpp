#include "tests/support/HeadlessConsoles.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace earshot::test {

QByteArray storageSection(const StorageTarget &target)
{
    return QStringLiteral("[storage]\nbackend = postgresql\nhost = %1\nport = %2\ndbname = %3\n"
                          "user = %4\nsslmode = disable\n")
        .arg(target.host)
        .arg(target.port)
        .arg(target.dbname, target.user)
        .toUtf8();
}

QProcessEnvironment passwordEnvironment(const QString &password)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("EARSHOT_DB_PASSWORD"), password);
    return env;
}

qint64 scalar(const StorageTarget &target, const QString &sql)
{
    auto db = Database::open(target);
    if (!db.ok())
        return -1;
    QSqlQuery q(db.value()->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void Console::read()
{
    err += process->readAllStandardError();
}

bool Console::standingBy() const
{
    return err.lastIndexOf("standing by") > err.lastIndexOf("taking over");
}

long standingBy(std::vector<Console> &consoles)
{
    for (Console &c : consoles)
        c.read();
    return std::count_if(consoles.begin(), consoles.end(),
                         [](const Console &c) { return c.standingBy(); });
}

Console startConsole(Harness &h, const QString &password, const QString &configPath)
{
    Console c;
    c.process = std::make_unique<QProcess>();
    QProcessEnvironment env = Harness::environment();
    env.insert(QStringLiteral("EARSHOT_TEST_CLOCK"),
               QStringLiteral("%1:%2:%3").arg(h.simStartMs).arg(h.speed).arg(h.anchorMs));
    env.insert(QStringLiteral("EARSHOT_DB_PASSWORD"), password);
    c.process->setProcessEnvironment(env);
    c.process->start(qEnvironmentVariable("EARSHOT_BINARY"),
                     {QStringLiteral("--headless"), QStringLiteral("--config"),
                      configPath.isEmpty() ? h.configPath : configPath});
    if (!c.process->waitForStarted(5000))
        qFatal("earshot did not start");
    return c;
}

} // namespace earshot::test
