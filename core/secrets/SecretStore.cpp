#include "core/secrets/SecretStore.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace earshot {

namespace {

// Worth one more try: the keyring daemon may still be starting or unlocking.
bool transient(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::AccessDenied;
}

} // namespace

SecretStore::SecretStore(Clock &clock, QString service, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_service(std::move(service))
{
}

void SecretStore::read(const QString &key, QObject *context,
                       std::function<void(const Result<QString> &)> done)
{
    readAttempt(key, context, std::move(done), false);
}

void SecretStore::readAttempt(const QString &key, QObject *context,
                              std::function<void(const Result<QString> &)> done, bool retried)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, key, guard, done = std::move(done), retried](QKeychain::Job *) mutable {
                if (!guard)
                    return;
                if (job->error() == QKeychain::NoError) {
                    done(job->textData());
                    return;
                }
                if (job->error() == QKeychain::EntryNotFound) {
                    done(Error{QStringLiteral("secrets.notfound"),
                               tr("no \"%1\" in the keychain").arg(key)});
                    return;
                }
                if (!retried && transient(job->error())) {
                    qCInfo(lcSecrets) << "keychain not ready, retrying once:" << job->errorString();
                    m_clock.callAfter(kRetryDelayMs, this, [this, key, guard, done]() mutable {
                        if (guard)
                            readAttempt(key, guard, std::move(done), true);
                    });
                    return;
                }
                qCWarning(lcSecrets) << "keychain read failed for" << key << job->errorString();
                done(Error{QStringLiteral("secrets.unavailable"),
                           tr("the OS keychain is not available: %1").arg(job->errorString())});
            });
    job->start();
}

void SecretStore::write(const QString &key, const QString &value, QObject *context,
                        std::function<void(const Status &)> done)
{
    writeAttempt(key, value, context, std::move(done), false);
}

void SecretStore::writeAttempt(const QString &key, const QString &value, QObject *context,
                               std::function<void(const Status &)> done, bool retried)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    QPointer<QObject> guard(context);
    connect(
        job, &QKeychain::Job::finished, this,
        [this, job, key, value, guard, done = std::move(done), retried](QKeychain::Job *) mutable {
            if (!guard)
                return;
            if (job->error() == QKeychain::NoError) {
                qCInfo(lcSecrets) << "stored" << key << "in the keychain";
                done(success());
                return;
            }
            if (!retried && transient(job->error())) {
                m_clock.callAfter(kRetryDelayMs, this, [this, key, value, guard, done]() mutable {
                    if (guard)
                        writeAttempt(key, value, guard, std::move(done), true);
                });
                return;
            }
            qCWarning(lcSecrets) << "keychain write failed for" << key << job->errorString();
            done(Error{
                QStringLiteral("secrets.unavailable"),
                tr("could not store \"%1\" in the OS keychain: %2").arg(key, job->errorString())});
        });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context,
                         std::function<void(const Status &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [job, guard, done = std::move(done)](QKeychain::Job *) {
                if (!guard)
                    return;
                if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
                    done(success());
                else
                    done(Error{QStringLiteral("secrets.unavailable"), job->errorString()});
            });
    job->start();
}

} // namespace earshot
