#include "core/instance/ActivationChannel.h"

#include "core/common/Logging.h"
#include "core/instance/InstanceLock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>

namespace earshot {

namespace {

constexpr QByteArrayView kRequest = "earshot-activate/1\n";
constexpr QByteArrayView kWindowAnswer = "window\n";
constexpr QByteArrayView kHeadlessAnswer = "headless\n";
// Longer than any line of the protocol: a peer that sends more is not an Earshot.
constexpr qint64 kMaxLine = 64;

} // namespace

ActivationServer::ActivationServer(Role role, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

ActivationServer::~ActivationServer() = default;

QString ActivationServer::channelName(const QString &databasePath)
{
    const QByteArray digest = QCryptographicHash::hash(
        InstanceLock::normalizedDatabasePath(databasePath).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("earshot-") + QString::fromLatin1(digest.toHex().left(24));
}

Status ActivationServer::listen(const InstanceLock &lock)
{
    const QString name = channelName(lock.databasePath());
    if (m_server->listen(name))
        return success();
    // The lock is ours, so a socket under this name belongs to a holder that is gone.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(name);
        if (m_server->listen(name))
            return success();
    }
    return Error{ErrorKind::InstanceRunning,
                 tr("cannot listen for other Earshot instances on %1: %2")
                     .arg(name, m_server->errorString())};
}

QString ActivationServer::serverName() const
{
    return m_server->fullServerName();
}

void ActivationServer::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > kMaxLine)
                socket->abort();
            return;
        }
        const QByteArray line = socket->readLine(kMaxLine);
        if (line != kRequest) {
            socket->abort();
            return;
        }
        if (m_role == Role::Window) {
            qCInfo(lcUi) << "another Earshot asked for the window";
            emit activationRequested();
        }
        socket->write(m_role == Role::Window ? kWindowAnswer.toByteArray()
                                             : kHeadlessAnswer.toByteArray());
        socket->disconnectFromServer(); // after the answer is written
    });
}

ActivationReply requestActivation(const QString &channelName, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(channelName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return ActivationReply::NoAnswer;
    socket.write(kRequest.data(), kRequest.size());
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > kMaxLine || deadline.hasExpired() ||
            !socket.waitForReadyRead(int(deadline.remainingTime())))
            return ActivationReply::NoAnswer;
    }
    const QByteArray answer = socket.readLine(kMaxLine);
    if (answer == kWindowAnswer)
        return ActivationReply::WindowShown;
    if (answer == kHeadlessAnswer)
        return ActivationReply::NoWindow;
    return ActivationReply::NoAnswer;
}

} // namespace earshot
