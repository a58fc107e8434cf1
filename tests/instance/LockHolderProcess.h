#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace earshot::test {

// LockHolder in a child process, started and waited for without blocking the event loop.
class LockHolderProcess
{
public:
    // Starts it on the database in the role ("window" or "headless") and waits until it
    // prints "ready" (or exits). ready() says which.
    LockHolderProcess(const QString &databasePath, const QString &role);
    ~LockHolderProcess();

    [[nodiscard]] bool ready() const;
    [[nodiscard]] qint64 pid() const;
    // Waits until it has printed the line (or exits).
    [[nodiscard]] bool waitForLine(const QByteArray &line);
    // SIGKILL: no chance to remove the lock file or the socket.
    [[nodiscard]] bool killHard();

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    bool m_ready = false;
};

} // namespace earshot::test
