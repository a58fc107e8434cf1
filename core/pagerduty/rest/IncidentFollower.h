#pragma once

#include "core/common/Backoff.h"
#include "core/http/HttpJob.h"
#include "core/pagerduty/PagerDutySettings.h"
#include "core/pagerduty/rest/RestParsers.h"
#include "core/status/FollowStatus.h"
#include "core/storage/FollowedIncidentStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

class Clock;
class SecretStore;

// Two-way PagerDuty: every followSeconds, reads the incidents Earshot opened from the REST
// API v2 (GET /incidents?incident_key=…&date_range=all, then the log entries of an
// acknowledged or resolved one for who and when) and reports each as observed(). One request
// at a time, at most followRequestsPerMinute a minute; a 429 waits Retry-After (else
// ratelimit-reset, else a backoff) and goes on where it stopped. A missing key turns it off,
// a refused one (401/403) is a state of its own: neither touches paging.
//
// The key: PAGERDUTY_API_TOKEN when set, else the keychain ("pagerduty/api_token"), read
// again each round so a key entered in Settings is used from the next one. It is sent only
// in the Authorization header, only to an https (or loopback http) api_url, and never
// appears in a log or an error.
class IncidentFollower : public QObject
{
    Q_OBJECT

public:
    static inline const QString kKeychainKey = QStringLiteral("pagerduty/api_token");
    static inline const char kEnvironmentVariable[] = "PAGERDUTY_API_TOKEN";

    // secrets may be null (environment only); a fixed token (the demo, tests) replaces both.
    IncidentFollower(QNetworkAccessManager &network, Clock &clock, PagerDutySettings settings,
                     SecretStore *secrets, QString fixedToken = {}, QObject *parent = nullptr);

    // The dedup keys to follow, asked at the start of each round.
    void setKeysToFollow(std::function<QStringList()> keys);

    void start(); // a round now, then one every followSeconds
    void stop();
    void followNow(); // a round now (a new key was stored); ignored while one runs

    [[nodiscard]] const FollowStatus &status() const;

signals:
    // Each incident found, each round: the Monitor stores what changed.
    void observed(const FollowedIncident &incident);
    void statusChanged();
    void roundFinished();

private:
    struct Step
    {
        QString dedupKey; // empty: a token check (GET /abilities), nothing to follow
        std::optional<RestIncident> incident; // set: its log entries are next
    };

    void beginRound();
    void readToken(std::function<void(const QString &)> done);
    void nextStep();
    void sendStep();
    void onAnswer(const HttpResult &http);
    void finishRound();
    void scheduleRound(qint64 delayMs);
    void waitThenSend(qint64 atMs);
    void report(const QString &dedupKey, const RestIncident &incident, const StatusChange &change);
    void setState(FollowStatus::State state, const QString &error = {});
    [[nodiscard]] bool needsLog(const QString &dedupKey, const RestIncident &incident) const;
    [[nodiscard]] QString masked(QString text) const;

    QNetworkAccessManager &m_network;
    Clock &m_clock;
    PagerDutySettings m_settings;
    SecretStore *m_secrets;
    QString m_fixedToken;
    std::function<QStringList()> m_keys;
    FollowStatus m_status;
    FollowStatus m_announced; // as statusChanged last told it
    Backoff m_backoff;

    bool m_running = false;   // started
    bool m_inRound = false;   // a round is under way
    quint64 m_generation = 0; // supersedes scheduled rounds
    QString m_token;
    QString m_acceptedToken; // the last token PagerDuty answered 2xx to
    QList<Step> m_steps;
    int m_followedThisRound = 0;
    bool m_roundFailed = false;
    qint64 m_roundStartedAtMs = 0;
    int m_rateLimitedRetries = 0;
    QList<qint64> m_sentAtMs;                 // requests of the last minute
    qint64 m_notBeforeMs = 0;                 // ratelimit-remaining reached 0
    QHash<QString, FollowedIncident> m_known; // the last observation per key
};

} // namespace earshot
