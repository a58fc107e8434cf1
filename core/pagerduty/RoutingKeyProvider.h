#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace earshot {

class SecretStore;

// The PagerDuty integration key: PAGERDUTY_INTEGRATION_KEY when set (then read-only), else
// the OS keychain (service "Earshot", key "pagerduty/integration_key"). Read again before
// each delivery batch, so a rotated key is used from the next event without a restart.
class RoutingKeyProvider : public QObject
{
    Q_OBJECT

public:
    enum class Source
    {
        Environment,
        Keychain,
        Missing
    };
    static inline const QString kKeychainKey = QStringLiteral("pagerduty/integration_key");
    static inline const char kEnvironmentVariable[] = "PAGERDUTY_INTEGRATION_KEY";

    // store may be null (no keychain: environment only). A fixed key (the demo's
    // simulator) replaces both.
    explicit RoutingKeyProvider(SecretStore *store, QString fixedKey = {},
                                QObject *parent = nullptr);

    // Reads the key again (environment, else keychain); keyChanged() when it differs.
    void refresh(QObject *context, std::function<void(const Result<QString> &)> done);
    // Stores a new key in the keychain (refused when the environment sets it, or when it
    // is not 32 letters and digits); keyChanged() once stored, so delivery resumes.
    void setKey(const QString &key, QObject *context, std::function<void(const Status &)> done);

    [[nodiscard]] QString current() const;
    [[nodiscard]] Source source() const;
    [[nodiscard]] bool readOnly() const;

    // PagerDuty integration keys are 32 letters and digits.
    [[nodiscard]] static bool looksValid(const QString &key);

signals:
    void keyChanged();

private:
    void setCurrent(const QString &key, Source source);

    SecretStore *m_store;
    QString m_fixedKey;
    QString m_current;
    Source m_source = Source::Missing;
};

} // namespace earshot
