#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace earshot {

class Clock;

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). No plaintext fallback. On Linux the keyring may
// not be ready right after login: a failed access is retried once after a short delay on
// the injected clock, then reported. Values are never logged. Error codes:
// "secrets.notfound" when a key has no value, "secrets.unavailable" otherwise.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kRetryDelayMs = 2000;

    explicit SecretStore(Clock &clock, QString service = QStringLiteral("Earshot"),
                         QObject *parent = nullptr);

    void read(const QString &key, QObject *context,
              std::function<void(const Result<QString> &)> done);
    void write(const QString &key, const QString &value, QObject *context,
               std::function<void(const Status &)> done);
    void remove(const QString &key, QObject *context, std::function<void(const Status &)> done);

private:
    using JobFactory = std::function<QKeychain::Job *()>;
    using JobFinished = std::function<void(const QKeychain::Job &)>;

    // Starts the job makeJob() returns; when the keyring is not ready it runs a fresh one
    // once more after kRetryDelayMs. finished() runs once, unless context is gone.
    void run(const QString &what, JobFactory makeJob, QObject *context, JobFinished finished,
             bool retried = false);

    Clock &m_clock;
    QString m_service;
};

} // namespace earshot
