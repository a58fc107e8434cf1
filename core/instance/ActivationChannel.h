#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace earshot {

class InstanceLock;

// The line between two Earshots started on one database. The one that holds the database
// (its InstanceLock) listens on a local socket named after the database; a second one
// started on it asks the first to show its window instead of polling a second time, and
// learns whether there is a window to show (a headless holder has none).
//
// The wire format is one line each way: "earshot-activate/1\n" asks, "window\n" or
// "headless\n" answers. Anything else closes the connection; the socket only accepts the
// same user.
class ActivationServer : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        Window,  // shows its window when asked (the desktop application)
        Headless // has nothing to show, and says so (--headless)
    };

    explicit ActivationServer(Role role, QObject *parent = nullptr);
    ~ActivationServer() override;

    // "earshot-" and a digest of the normalized database path: one name per database,
    // short enough for any platform's socket path.
    [[nodiscard]] static QString channelName(const QString &databasePath);

    // Listens on the channel of the locked database. Only the lock holder may call this:
    // a socket file left behind by a holder that was killed is removed first.
    [[nodiscard]] Status listen(const InstanceLock &lock);
    [[nodiscard]] QString serverName() const;

signals:
    // Someone asked for the window (only with Role::Window).
    void activationRequested();

private:
    void serve(QLocalSocket *socket);

    Role m_role;
    QLocalServer *m_server;
};

enum class ActivationReply
{
    WindowShown, // the holder showed its window
    NoWindow,    // the holder runs headless
    NoAnswer     // nobody listens (yet), or the answer did not come in time
};

// Asks the holder of a database to show its window. Blocks for at most timeoutMs: it runs
// once at start-up, before this process has anything else to do.
[[nodiscard]] ActivationReply requestActivation(const QString &channelName, int timeoutMs);

} // namespace earshot
