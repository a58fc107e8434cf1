#include "core/pagerduty/rest/IncidentFollower.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/UrlPolicy.h"
#include "core/secrets/SecretStore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

namespace earshot {

namespace {

constexpr qint64 kMinuteMs = 60'000;
// An incident list for one key and its overview log are a few KB.
constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;
// Waits PagerDuty asks for beyond this are cut to it: the next round asks again anyway.
constexpr qint64 kMaxWaitMs = 10 * kMinuteMs;

QString hhmmss(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("hh:mm:ss"));
}

} // namespace

IncidentFollower::IncidentFollower(QNetworkAccessManager &network, Clock &clock,
                                   PagerDutySettings settings, SecretStore *secrets,
                                   QString fixedToken, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_fixedToken(std::move(fixedToken))
    , m_backoff(BackoffPolicy{2'000, 5 * kMinuteMs, 2.0, 0.2, -1, kMaxWaitMs})
{
    m_settings.followSeconds = std::max(10, m_settings.followSeconds);
    m_settings.followRequestsPerMinute = std::clamp(m_settings.followRequestsPerMinute, 1, 960);
    m_status.state = FollowStatus::State::Starting;
}

void IncidentFollower::setKeysToFollow(std::function<QStringList()> keys)
{
    m_keys = std::move(keys);
}

const FollowStatus &IncidentFollower::status() const
{
    return m_status;
}

void IncidentFollower::start()
{
    m_running = true;
    scheduleRound(0);
}

void IncidentFollower::stop()
{
    m_running = false;
    ++m_generation;
}

void IncidentFollower::followNow()
{
    if (m_running && !m_inRound)
        scheduleRound(0);
}

void IncidentFollower::scheduleRound(qint64 delayMs)
{
    const quint64 generation = ++m_generation;
    m_clock.callAfter(delayMs, this, [this, generation] {
        if (generation == m_generation && m_running && !m_inRound)
            beginRound();
    });
}

void IncidentFollower::setState(FollowStatus::State state, const QString &error)
{
    m_status.state = state;
    m_status.lastError = masked(error);
    const FollowStatus &was = m_announced;
    if (was.state == m_status.state && was.lastError == m_status.lastError &&
        was.followed == m_status.followed && was.retryAtMs == m_status.retryAtMs)
        return;
    m_announced = m_status;
    const QString &maskedError = m_status.lastError;
    if (!maskedError.isEmpty())
        qCWarning(lcPagerDuty).noquote() << tr("following PagerDuty: %1").arg(maskedError);
    emit statusChanged();
}

QString IncidentFollower::masked(QString text) const
{
    if (!m_token.isEmpty())
        text.replace(m_token, maskSecret(m_token));
    return text;
}

void IncidentFollower::readToken(std::function<void(const QString &)> done)
{
    if (!m_fixedToken.isEmpty()) {
        done(m_fixedToken);
        return;
    }
    const QString fromEnv = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (!fromEnv.isEmpty() || !m_secrets) {
        done(fromEnv);
        return;
    }
    m_secrets->read(kKeychainKey, this, [done](const Result<QString> &r) {
        done(r.ok() ? r.value().trimmed() : QString());
    });
}

void IncidentFollower::beginRound()
{
    m_inRound = true;
    const qint64 startedAtMs = m_clock.nowMs();
    readToken([this, startedAtMs](const QString &token) {
        m_token = token;
        if (token.isEmpty()) {
            m_inRound = false;
            setState(FollowStatus::State::Off);
            scheduleRound(qint64(m_settings.followSeconds) * 1000);
            return;
        }
        if (const auto problem =
                endpointUrlProblem(m_settings.apiUrl, QStringLiteral("[pagerduty] api_url"))) {
            m_inRound = false;
            setState(FollowStatus::State::Failing, *problem);
            scheduleRound(qint64(m_settings.followSeconds) * 1000);
            return;
        }
        m_steps.clear();
        const QStringList keys = m_keys ? m_keys() : QStringList{};
        for (const QString &key : keys)
            m_steps.append(Step{key, std::nullopt});
        // Nothing to follow: one cheap request still tells a wrong key from a right one,
        // so a refused key stays on screen until it is fixed.
        if (m_steps.isEmpty() && m_token != m_acceptedToken)
            m_steps.append(Step{});
        // Keys no longer followed are forgotten, so a long run keeps no history here.
        for (auto it = m_known.begin(); it != m_known.end();)
            it = keys.contains(it.key()) ? std::next(it) : m_known.erase(it);
        m_followedThisRound = 0;
        m_roundFailed = false;
        m_roundStartedAtMs = startedAtMs;
        nextStep();
    });
}

void IncidentFollower::nextStep()
{
    if (!m_running) {
        m_inRound = false;
        return;
    }
    if (m_steps.isEmpty()) {
        finishRound();
        return;
    }
    // Our own budget first (a sliding minute), then PagerDuty's ratelimit-remaining.
    const qint64 now = m_clock.nowMs();
    m_sentAtMs.removeIf([now](qint64 at) { return at <= now - kMinuteMs; });
    qint64 at = now;
    if (m_sentAtMs.size() >= m_settings.followRequestsPerMinute)
        at = m_sentAtMs.first() + kMinuteMs;
    at = std::max(at, m_notBeforeMs);
    if (at > now) {
        waitThenSend(at);
        return;
    }
    sendStep();
}

void IncidentFollower::waitThenSend(qint64 atMs)
{
    const quint64 generation = m_generation;
    m_clock.callAt(atMs, this, [this, generation] {
        if (generation != m_generation) {
            m_inRound = false;
            return;
        }
        nextStep();
    });
}

void IncidentFollower::sendStep()
{
    const Step &step = m_steps.first();
    QUrl url = m_settings.apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrlQuery query;
    QString label;
    if (step.dedupKey.isEmpty()) {
        url.setPath(base + QStringLiteral("/abilities"));
        label = QStringLiteral("GET /abilities");
    } else if (!step.incident) {
        url.setPath(base + QStringLiteral("/incidents"));
        query.addQueryItem(QStringLiteral("incident_key"), step.dedupKey);
        // Without it PagerDuty searches only the last month.
        query.addQueryItem(QStringLiteral("date_range"), QStringLiteral("all"));
        if (!m_settings.serviceId.isEmpty())
            query.addQueryItem(QStringLiteral("service_ids[]"), m_settings.serviceId);
        label = QStringLiteral("GET /incidents");
    } else {
        url.setPath(base + QStringLiteral("/incidents/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(step.incident->id)) +
                    QStringLiteral("/log_entries"));
        query.addQueryItem(QStringLiteral("is_overview"), QStringLiteral("true"));
        label = QStringLiteral("GET /incidents/{id}/log_entries");
    }
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.pagerduty+json;version=2");
    request.setRawHeader("Authorization", "Token token=" + m_token.toUtf8());
    HttpJob::Options options;
    options.transferTimeoutMs = m_settings.requestTimeoutMs;
    options.maxBodyBytes = kMaxAnswerBytes;
    options.label = label;
    m_sentAtMs.append(m_clock.nowMs());
    const quint64 generation = m_generation;
    HttpJob::start(m_network, "GET", request, {}, options, this,
                   [this, generation](const HttpResult &http) {
                       if (generation != m_generation) {
                           m_inRound = false;
                           return;
                       }
                       onAnswer(http);
                   });
}

void IncidentFollower::onAnswer(const HttpResult &http)
{
    const qint64 now = m_clock.nowMs();
    // PagerDuty's rate-limit headers: with nothing left, wait for the reset.
    bool remainingOk = false;
    const int remaining = http.header("ratelimit-remaining").trimmed().toInt(&remainingOk);
    const auto reset = Backoff::parseRetryAfter(http.header("ratelimit-reset").trimmed(), now);
    if (remainingOk && remaining <= 0 && reset)
        m_notBeforeMs = now + std::min(*reset, kMaxWaitMs);

    if (http.failure == HttpResult::Failure::None && http.status == 429) {
        std::optional<qint64> wait = Backoff::parseRetryAfter(http.header("Retry-After"), now);
        if (!wait)
            wait = reset;
        if (!wait)
            wait = m_backoff.delayForRetry(m_rateLimitedRetries + 1);
        ++m_rateLimitedRetries;
        const qint64 at = now + std::clamp<qint64>(*wait, 0, kMaxWaitMs);
        m_status.retryAtMs = at;
        setState(FollowStatus::State::RateLimited,
                 tr("PagerDuty REST API: too many requests (HTTP 429); waiting until %1")
                     .arg(hhmmss(at)));
        m_notBeforeMs = std::max(m_notBeforeMs, at);
        nextStep(); // the same step, once the wait is over
        return;
    }
    m_rateLimitedRetries = 0;
    m_status.retryAtMs = 0;
    if (http.failure == HttpResult::Failure::None && (http.status == 401 || http.status == 403)) {
        const QString why = restErrorMessage(http.body);
        setState(FollowStatus::State::TokenRejected,
                 (http.status == 401
                      ? tr("PagerDuty REST API refused the key (HTTP 401): check the REST API "
                           "key in Settings or PAGERDUTY_API_TOKEN; paging is not affected")
                      : tr("PagerDuty REST API: the key may not read incidents (HTTP 403); "
                           "paging is not affected")) +
                     (why.isEmpty() ? QString() : QStringLiteral(" (") + why + u')'));
        m_steps.clear();
        m_roundFailed = true;
        finishRound();
        return;
    }
    Step step = m_steps.first();
    if (step.incident && http.failure == HttpResult::Failure::None && http.status == 404) {
        // The incident went away between the two requests: what the list said stands.
        m_steps.removeFirst();
        report(step.dedupKey, *step.incident, statusChangeOf(*step.incident, {}));
        nextStep();
        return;
    }
    if (!http.isSuccess()) {
        const QString why = restErrorMessage(http.body);
        setState(FollowStatus::State::Failing,
                 (http.errorText.isEmpty() ? tr("HTTP %1").arg(http.status) : http.errorText) +
                     (why.isEmpty() ? QString() : QStringLiteral(": ") + why));
        m_steps.clear();
        m_roundFailed = true;
        finishRound();
        return;
    }
    m_acceptedToken = m_token;
    if (step.dedupKey.isEmpty()) {
        m_steps.removeFirst();
        nextStep();
        return;
    }
    if (!step.incident) {
        const auto incidents = parseIncidentList(http.body);
        if (!incidents.ok()) {
            setState(FollowStatus::State::Failing,
                     tr("GET /incidents: %1").arg(incidents.error().message));
            m_steps.clear();
            m_roundFailed = true;
            finishRound();
            return;
        }
        m_steps.removeFirst();
        const std::optional<RestIncident> newest = newestIncident(incidents.value());
        if (newest) {
            ++m_followedThisRound;
            if (needsLog(step.dedupKey, *newest))
                m_steps.prepend(Step{step.dedupKey, newest});
            else
                report(step.dedupKey, *newest,
                       StatusChange{m_known.value(step.dedupKey).changedBy,
                                    m_known.value(step.dedupKey).changedAtMs});
        }
        nextStep();
        return;
    }
    const auto entries = parseLogEntries(http.body);
    m_steps.removeFirst();
    // An unreadable log still leaves the incident's own fields.
    report(step.dedupKey, *step.incident,
           statusChangeOf(*step.incident, entries.ok() ? entries.value() : QList<RestLogEntry>{}));
    nextStep();
}

bool IncidentFollower::needsLog(const QString &dedupKey, const RestIncident &incident) const
{
    if (incident.status == QLatin1StringView("triggered"))
        return false;
    const auto known = m_known.constFind(dedupKey);
    return known == m_known.cend() || known->incidentId != incident.id ||
           known->status != incident.status || known->changedBy.isEmpty();
}

void IncidentFollower::report(const QString &dedupKey, const RestIncident &incident,
                              const StatusChange &change)
{
    FollowedIncident f;
    // The key asked for, whatever the incident echoes (with child alerts it has none).
    f.dedupKey = dedupKey;
    f.incidentId = incident.id;
    f.number = incident.number;
    f.status = incident.status;
    if (incident.status != QLatin1StringView("triggered")) {
        f.changedBy = change.by;
        f.changedAtMs = change.atMs;
    }
    f.htmlUrl = incident.htmlUrl;
    f.seenAtMs = m_clock.nowMs();
    m_known.insert(dedupKey, f);
    emit observed(f);
}

void IncidentFollower::finishRound()
{
    if (!m_roundFailed) {
        m_status.lastSuccessAtMs = m_clock.nowMs();
        m_status.followed = m_followedThisRound;
        setState(FollowStatus::State::Following);
    }
    m_inRound = false;
    const qint64 next = m_roundStartedAtMs + qint64(m_settings.followSeconds) * 1000;
    scheduleRound(std::max<qint64>(0, next - m_clock.nowMs()));
    emit roundFinished();
}

} // namespace earshot
