#pragma once

#include <QObject>

class QSocketNotifier;

namespace earshot {

// Turns SIGINT and SIGTERM into a Qt signal delivered on the event loop (self-pipe), so a
// write in progress finishes before the process exits. On Windows, console Ctrl+C and
// close events are handled the same way.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace earshot
