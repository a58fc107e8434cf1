#include "core/pagerduty/RoutingKeyProvider.h"

#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>

namespace earshot {

RoutingKeyProvider::RoutingKeyProvider(SecretStore *store, QString fixedKey, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_fixedKey(std::move(fixedKey))
{
}

QString RoutingKeyProvider::current() const
{
    return m_current;
}

RoutingKeyProvider::Source RoutingKeyProvider::source() const
{
    return m_source;
}

bool RoutingKeyProvider::readOnly() const
{
    return !m_fixedKey.isEmpty() || qEnvironmentVariableIsSet(kEnvironmentVariable);
}

bool RoutingKeyProvider::looksValid(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{32}$"));
    return pattern.match(key).hasMatch();
}

void RoutingKeyProvider::setCurrent(const QString &key, Source source)
{
    const bool changed = key != m_current;
    m_current = key;
    m_source = source;
    if (changed)
        emit keyChanged();
}

void RoutingKeyProvider::refresh(QObject *context,
                                 std::function<void(const Result<QString> &)> done)
{
    if (!m_fixedKey.isEmpty()) {
        setCurrent(m_fixedKey, Source::Keychain);
        done(m_fixedKey);
        return;
    }
    const QString fromEnv = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (!fromEnv.isEmpty()) {
        setCurrent(fromEnv, Source::Environment);
        done(fromEnv);
        return;
    }
    const auto missing = [] {
        return Error{ErrorKind::PagerDutyNoKey,
                     QCoreApplication::translate(
                         "RoutingKeyProvider",
                         "no PagerDuty integration key: set PAGERDUTY_INTEGRATION_KEY or enter "
                         "it in Settings")};
    };
    if (!m_store) {
        setCurrent({}, Source::Missing);
        done(missing());
        return;
    }
    QPointer<QObject> guard(context);
    m_store->read(kKeychainKey, this, [this, guard, done, missing](const Result<QString> &r) {
        if (r.ok() && !r.value().trimmed().isEmpty())
            setCurrent(r.value().trimmed(), Source::Keychain);
        else
            setCurrent({}, Source::Missing);
        if (!guard)
            return;
        if (m_source == Source::Keychain)
            done(m_current);
        else if (!r.ok() && r.error().kind != ErrorKind::SecretsNotFound)
            done(r.error());
        else
            done(missing());
    });
}

void RoutingKeyProvider::setKey(const QString &key, QObject *context,
                                std::function<void(const Status &)> done)
{
    if (readOnly()) {
        done(Error{ErrorKind::PagerDutyReadOnly,
                   QCoreApplication::translate("RoutingKeyProvider",
                                               "the key is set by PAGERDUTY_INTEGRATION_KEY and "
                                               "cannot be changed here")});
        return;
    }
    if (!looksValid(key.trimmed())) {
        // The error never repeats the value: it may be a secret pasted into the wrong box.
        done(Error{ErrorKind::PagerDutyBadKey,
                   QCoreApplication::translate("RoutingKeyProvider",
                                               "an integration key is 32 letters and digits: "
                                               "verify the integration key")});
        return;
    }
    if (!m_store) {
        done(Error{ErrorKind::SecretsUnavailable,
                   QCoreApplication::translate("RoutingKeyProvider", "no keychain available")});
        return;
    }
    QPointer<QObject> guard(context);
    m_store->write(kKeychainKey, key.trimmed(), this, [this, key, guard, done](const Status &s) {
        if (s.ok())
            setCurrent(key.trimmed(), Source::Keychain);
        if (guard)
            done(s);
    });
}

} // namespace earshot
