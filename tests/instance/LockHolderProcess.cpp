#include "LockHolderProcess.h"

#include <QTest>

namespace earshot::test {

LockHolderProcess::LockHolderProcess(const QString &databasePath, const QString &role)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(qEnvironmentVariable("EARSHOT_LOCK_HOLDER"), {databasePath, role});
    m_ready = m_process->waitForStarted(10'000) && waitForLine("ready");
}

LockHolderProcess::~LockHolderProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10'000);
    }
}

bool LockHolderProcess::ready() const
{
    return m_ready;
}

qint64 LockHolderProcess::pid() const
{
    return m_process->processId();
}

bool LockHolderProcess::waitForLine(const QByteArray &line)
{
    const bool settled = QTest::qWaitFor(
        [&] {
            m_output += m_process->readAllStandardOutput();
            return m_output.split('\n').contains(line) ||
                   m_process->state() == QProcess::NotRunning;
        },
        60'000);
    m_output += m_process->readAllStandardOutput();
    return settled && m_output.split('\n').contains(line);
}

bool LockHolderProcess::killHard()
{
    m_process->kill();
    // Reaped before anyone looks at the lock: a zombie's pid still counts as running.
    return QTest::qWaitFor([&] { return m_process->state() == QProcess::NotRunning; }, 30'000);
}

} // namespace earshot::test
