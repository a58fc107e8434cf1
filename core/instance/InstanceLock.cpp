#include "core/instance/InstanceLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace earshot {

namespace {

// How long a lock file may stay unreadable before it counts as left by a dead writer.
constexpr int kUnreadableLockGraceMs = 300;

} // namespace

InstanceLock::InstanceLock(QString databasePath, std::unique_ptr<QLockFile> file)
    : m_databasePath(std::move(databasePath))
    , m_file(std::move(file))
{
}

InstanceLock::~InstanceLock() = default; // QLockFile removes the file when destroyed

QString InstanceLock::normalizedDatabasePath(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString folder = info.absoluteDir().canonicalPath();
    // A folder that does not exist yet cannot be resolved; its absolute spelling is the
    // best name it has (opening the database there fails anyway).
    QString path =
        folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
#ifdef Q_OS_WIN
    path = path.toLower(); // one file, whatever the case it is spelled in
#endif
    return path;
}

QString InstanceLock::lockFilePath(const QString &databasePath)
{
    return normalizedDatabasePath(databasePath) + QStringLiteral(".lock");
}

LockAttempt InstanceLock::tryAcquire(const QString &databasePath)
{
    const QString database = normalizedDatabasePath(databasePath);
    auto file = std::make_unique<QLockFile>(database + QStringLiteral(".lock"));
    // Held for as long as the process runs: only a dead holder makes a lock stale, never
    // its age (the default, 30 s, would hand a live instance's database to a second one).
    file->setStaleLockTime(0);
    LockAttempt attempt;
    if (file->tryLock(0)) {
        attempt.lock.reset(new InstanceLock(database, std::move(file)));
        return attempt;
    }
    switch (file->error()) {
    case QLockFile::LockFailedError: {
        LockHolder holder;
        if (file->getLockInfo(&holder.pid, &holder.hostname, &holder.appName)) {
            attempt.holder = holder;
            return attempt;
        }
        // An empty or torn lock file names no process to check: its writer was killed
        // between creating and writing it (a live one writes it at once). Look again a
        // moment later; still unreadable, it is removed. The OS refuses that while a live
        // process holds it (its flock on Unix, its open handle on Windows).
        if (file->tryLock(kUnreadableLockGraceMs) ||
            (!file->getLockInfo(&holder.pid, &holder.hostname, &holder.appName) &&
             file->removeStaleLockFile() && file->tryLock(0))) {
            attempt.lock.reset(new InstanceLock(database, std::move(file)));
            return attempt;
        }
        attempt.holder = holder; // pid 0 when it still cannot be read
        return attempt;
    }
    case QLockFile::PermissionError:
        attempt.error = tr("cannot create the lock file %1: permission denied")
                            .arg(QDir::toNativeSeparators(file->fileName()));
        return attempt;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    attempt.error = tr("cannot create the lock file %1 (does its folder exist?)")
                        .arg(QDir::toNativeSeparators(file->fileName()));
    return attempt;
}

QString InstanceLock::databasePath() const
{
    return m_databasePath;
}

QString InstanceLock::lockFilePath() const
{
    return m_file->fileName();
}

} // namespace earshot
