#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace earshot {

class Clock;

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). No plaintext fallback. On Linux the keyring may
// not be ready right after login: a failed access is retried once after a short delay.
// Values are never logged. Error code "secrets.notfound" when a key has no value.
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
    void readAttempt(const QString &key, QObject *context,
                     std::function<void(const Result<QString> &)> done, bool retried);
    void writeAttempt(const QString &key, const QString &value, QObject *context,
                      std::function<void(const Status &)> done, bool retried);

    Clock &m_clock;
    QString m_service;
};

} // namespace earshot
