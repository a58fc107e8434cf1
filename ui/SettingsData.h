#pragma once

#include "core/model/QualitySourceKind.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace earshot {

// What the settings dialog edits: plain values the app turns into its INI configuration
// and keychain entries. Secrets live here only in memory, on their way to the keychain; an
// empty client id, secret, key or password means "keep the stored one".
struct SettingsData
{
    // Where a secret in use comes from; the dialog shows it (masked) beside each field.
    enum class Origin
    {
        NotSet,
        Environment,
        Keychain,
        Demo // the demo's simulator: not the account these settings configure
    };
    struct InUse
    {
        QString masked; // "••••1a2b", empty when not set
        Origin origin = Origin::NotSet;

        friend bool operator==(const InUse &, const InUse &) = default;
    };

    QString region = QStringLiteral("us-east-1"); // AWS code or domain; customRegionKey(): URLs
    QUrl loginUrl;                                // only with the custom region
    QUrl apiUrl;
    QString clientId;
    QString clientSecret;
    bool clientSecretFromEnvironment = false; // GENESYS_CLIENT_SECRET: shown, not editable
    QString pagerDutyKey;
    bool pagerDutyKeyFromEnvironment = false; // PAGERDUTY_INTEGRATION_KEY
    // Optional, two-way PagerDuty: a REST API key that can read incidents.
    QString pagerDutyApiToken;
    bool pagerDutyApiTokenFromEnvironment = false; // PAGERDUTY_API_TOKEN
    // [pagerduty] repage_after_fresh_breach
    bool repageAfterFreshBreach = false;
    // [storage] backend = postgresql: the database this console shares with others, as
    // "postgresql://user@host:port/dbname" (never a password). Empty with SQLite: then there
    // is no database password to ask for.
    QString sharedDatabase;
    QString databasePassword; // typed, for the keychain; or EARSHOT_DB_PASSWORD, shown masked
    bool databasePasswordFromEnvironment = false; // EARSHOT_DB_PASSWORD
    QualitySourceKind source = QualitySourceKind::Details;
    int windowSecs = 300;
    int ingestLagSecs = 60;
    QStringList monitoredQueueIds; // empty: every queue
    QString language;              // a languageChoices() code; empty: the system's language
    // What polling and paging use right now (never the secret itself).
    InUse clientIdInUse;
    InUse clientSecretInUse;
    InUse pagerDutyKeyInUse;
    InUse pagerDutyApiTokenInUse;
    InUse databasePasswordInUse;

    friend bool operator==(const SettingsData &, const SettingsData &) = default;
};

// The region key that means "use loginUrl and apiUrl".
[[nodiscard]] QString customRegionKey();

// Problems in words (region/URLs, window, lag), empty when usable. Never quotes a secret.
[[nodiscard]] QStringList validateSettings(const SettingsData &settings);

} // namespace earshot
