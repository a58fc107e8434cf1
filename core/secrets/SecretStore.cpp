#include "core/secrets/SecretStore.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace earshot {

namespace {

// Worth one more try: the keyring daemon may still be starting or unlocking.
bool notReady(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::AccessDenied;
}

// No parent: a job deletes itself once the keychain has answered. Deleted with the store
// while the Secret Service still works on it, its answer would reach freed memory (libsecret
// calls back into the job); the store's own slot is disconnected when the store goes.
template<typename JobType> JobType *newJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file next to the settings
    job->setKey(key);
    return job;
}

Error unavailable(const QString &text)
{
    return Error{ErrorKind::SecretsUnavailable, text};
}

} // namespace

SecretStore::SecretStore(Clock &clock, QString service, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_service(std::move(service))
{
}

void SecretStore::run(const QString &what, JobFactory makeJob, QObject *context,
                      JobFinished finished, bool retried)
{
    QKeychain::Job *job = makeJob();
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, what, guard, makeJob = std::move(makeJob), finished = std::move(finished),
             retried](QKeychain::Job *done) mutable {
                if (!guard)
                    return;
                if (!retried && notReady(done->error())) {
                    qCInfo(lcSecrets).noquote()
                        << "keychain not ready for" << what << "- one more try in" << kRetryDelayMs
                        << "ms:" << done->errorString();
                    m_clock.callAfter(
                        kRetryDelayMs, this, [this, what, guard, makeJob, finished]() mutable {
                            if (guard)
                                run(what, std::move(makeJob), guard, std::move(finished), true);
                        });
                    return;
                }
                finished(*done);
            });
    job->start();
}

void SecretStore::read(const QString &key, QObject *context,
                       std::function<void(const Result<QString> &)> done)
{
    const auto make = [this, key] {
        return newJob<QKeychain::ReadPasswordJob>(m_service, key);
    };
    run(key, make, context, [key, done = std::move(done)](const QKeychain::Job &job) {
        if (job.error() == QKeychain::NoError) {
            done(static_cast<const QKeychain::ReadPasswordJob &>(job).textData());
        } else if (job.error() == QKeychain::EntryNotFound) {
            done(Error{ErrorKind::SecretsNotFound, tr("no \"%1\" in the keychain").arg(key)});
        } else {
            qCWarning(lcSecrets).noquote()
                << "keychain read failed for" << key << job.errorString();
            done(unavailable(tr("the OS keychain is not available: %1").arg(job.errorString())));
        }
    });
}

void SecretStore::write(const QString &key, const QString &value, QObject *context,
                        std::function<void(const Status &)> done)
{
    const auto make = [this, key, value] {
        auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
        job->setTextData(value);
        return job;
    };
    run(key, make, context, [key, done = std::move(done)](const QKeychain::Job &job) {
        if (job.error() == QKeychain::NoError) {
            qCInfo(lcSecrets).noquote() << "stored" << key << "in the keychain";
            done(success());
            return;
        }
        qCWarning(lcSecrets).noquote() << "keychain write failed for" << key << job.errorString();
        done(unavailable(
            tr("could not store \"%1\" in the OS keychain: %2").arg(key, job.errorString())));
    });
}

void SecretStore::remove(const QString &key, QObject *context,
                         std::function<void(const Status &)> done)
{
    const auto make = [this, key] {
        return newJob<QKeychain::DeletePasswordJob>(m_service, key);
    };
    run(key, make, context, [key, done = std::move(done)](const QKeychain::Job &job) {
        // Removing what is not there leaves the keychain as asked.
        if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound) {
            done(success());
            return;
        }
        qCWarning(lcSecrets).noquote() << "keychain delete failed for" << key << job.errorString();
        done(unavailable(
            tr("could not remove \"%1\" from the OS keychain: %2").arg(key, job.errorString())));
    });
}

} // namespace earshot
