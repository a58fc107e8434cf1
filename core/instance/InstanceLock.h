#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace earshot {

// The process that holds a database, as its lock file tells.
struct LockHolder
{
    qint64 pid = 0;
    QString hostname;
    QString appName;
};

class InstanceLock;

// What an attempt to lock a database gave: the lock, or who holds it, or why no lock file
// could be made (an unwritable folder).
struct LockAttempt
{
    std::unique_ptr<InstanceLock> lock;
    std::optional<LockHolder> holder;
    QString error;
};

// One Earshot per database: a lock file beside it (<database>.lock), held for the life of
// the process that polls into it. A lock left behind by a process that no longer runs
// (kill -9, a crash, a power cut) is stale and taken over at once; a live holder is never
// taken for stale, however long it has been running. Another machine's lock (a database on
// a network share) is never broken: its holder cannot be checked from here.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)

public:
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    [[nodiscard]] static LockAttempt tryAcquire(const QString &databasePath);

    // The database's absolute path with its folder resolved through symbolic links, so two
    // spellings of one file (relative, "..", a linked folder) share one lock and one channel.
    [[nodiscard]] static QString normalizedDatabasePath(const QString &databasePath);
    [[nodiscard]] static QString lockFilePath(const QString &databasePath);

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString lockFilePath() const;

private:
    InstanceLock(QString databasePath, std::unique_ptr<QLockFile> file);

    QString m_databasePath;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace earshot
