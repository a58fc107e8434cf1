#pragma once

#include "core/instance/ActivationChannel.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace earshot {

class InstanceLock;
struct LockHolder;

// One Earshot per database, as a process sees it at start: it claims the database (its
// lock file, and the channel later instances call), or it hands over to the Earshot that
// already holds it. A second window asks the first to come to the front and exits; a
// headless instance never shares a database, whoever holds it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Claimed,    // this process holds the database now
        HandedOver, // the holder showed its window: nothing left to do
        Refused     // held by another that cannot show a window here, or no lock possible
    };

    explicit SingleInstance(ActivationServer::Role role, QObject *parent = nullptr);
    ~SingleInstance() override;

    [[nodiscard]] Outcome claim(const QString &databasePath);
    // For HandedOver and Refused: what to tell the user (names the database and the lock).
    [[nodiscard]] QString message() const;

signals:
    // A later instance asked for this one's window.
    void activationRequested();

private:
    [[nodiscard]] QString heldMessage(const QString &databasePath, const LockHolder &holder) const;

    ActivationServer::Role m_role;
    ActivationServer *m_server;
    std::unique_ptr<InstanceLock> m_lock;
    QString m_message;
};

} // namespace earshot
