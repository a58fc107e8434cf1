// A second process for the instance tests: takes the lock of the database named on the
// command line, listens on its channel in the role given (window | headless), prints
// "ready" and then one "activated" line per request for the window. Tests kill it with
// SIGKILL to leave a stale lock file and a stale socket behind.
#include "core/instance/ActivationChannel.h"
#include "core/instance/InstanceLock.h"

#include <QCoreApplication>

#include <cstdio>

using namespace earshot;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    LockAttempt attempt = InstanceLock::tryAcquire(args.at(1));
    if (!attempt.lock) {
        std::puts("held");
        return 1;
    }
    ActivationServer server(args.at(2) == QLatin1StringView("window")
                                ? ActivationServer::Role::Window
                                : ActivationServer::Role::Headless);
    QObject::connect(&server, &ActivationServer::activationRequested, &server, [] {
        std::puts("activated");
        std::fflush(stdout);
    });
    if (!server.listen(*attempt.lock).ok())
        return 1;
    std::puts("ready");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
