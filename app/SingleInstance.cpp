#include "app/SingleInstance.h"

#include "core/common/Logging.h"
#include "core/instance/InstanceLock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

namespace earshot {

namespace {

// A holder that has just taken the lock may not be listening yet, and one that is quitting
// no longer answers but still holds the lock: ask again, for five seconds at most.
constexpr int kHandOverBudgetMs = 5000;
constexpr unsigned long kPauseMs = 100;

} // namespace

SingleInstance::SingleInstance(ActivationServer::Role role, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_server(new ActivationServer(role, this))
{
    connect(m_server, &ActivationServer::activationRequested, this,
            &SingleInstance::activationRequested);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::message() const
{
    return m_message;
}

SingleInstance::Outcome SingleInstance::claim(const QString &databasePath)
{
    const QString database = QDir::toNativeSeparators(databasePath);
    LockHolder holder;
    const QDeadlineTimer budget(kHandOverBudgetMs);
    do {
        LockAttempt lock = InstanceLock::tryAcquire(databasePath);
        if (lock.lock) {
            m_lock = std::move(lock.lock);
            // Without the channel this instance still holds the database; a later one
            // only cannot bring this window forward.
            if (const Status listening = m_server->listen(*m_lock); !listening.ok())
                qCWarning(lcPipeline).noquote() << listening.error().message;
            return Outcome::Claimed;
        }
        if (!lock.holder) {
            m_message = tr("Cannot lock the database %1: %2").arg(database, lock.error);
            return Outcome::Refused;
        }
        holder = *lock.holder;
        if (m_role == ActivationServer::Role::Headless) {
            m_message = heldMessage(databasePath, holder);
            return Outcome::Refused;
        }
        const int timeoutMs = int(qMax<qint64>(budget.remainingTime(), 1));
        switch (requestActivation(ActivationServer::channelName(databasePath), timeoutMs)) {
        case ActivationReply::WindowShown:
            m_message = tr("Earshot is already running on %1 (process %2): its window was "
                           "brought to the front.")
                            .arg(database)
                            .arg(holder.pid);
            return Outcome::HandedOver;
        case ActivationReply::NoWindow:
            m_message =
                tr("A headless Earshot (process %1) is monitoring %2; stop it to open the "
                   "window on this database, or start the window with another configuration.")
                    .arg(holder.pid)
                    .arg(database);
            return Outcome::Refused;
        case ActivationReply::NoAnswer:
            break;
        }
        QThread::msleep(kPauseMs);
    } while (!budget.hasExpired());
    m_message = heldMessage(databasePath, holder) + u' ' +
                tr("It did not answer the request to show its window.");
    return Outcome::Refused;
}

QString SingleInstance::heldMessage(const QString &databasePath, const LockHolder &holder) const
{
    const QString owner =
        holder.pid == 0 ? tr("another Earshot")
        : holder.hostname.isEmpty()
            ? tr("another Earshot (process %1)").arg(holder.pid)
            : tr("another Earshot (process %1 on %2)").arg(holder.pid).arg(holder.hostname);
    return tr("The database %1 is in use by %2: its lock file is %3. Stop that instance "
              "first, or give this one its own database ([storage] database in the "
              "configuration).")
        .arg(QDir::toNativeSeparators(databasePath), owner,
             QDir::toNativeSeparators(InstanceLock::lockFilePath(databasePath)));
}

} // namespace earshot
