#include "core/pagerduty/PagerDutyClient.h"

#include "core/common/Backoff.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace earshot {

namespace {

// PagerDuty's answers are a few hundred bytes; anything bigger is not PagerDuty.
constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

// PagerDuty's "message" and "errors", cut to a readable length. They describe the event,
// never echo the routing key.
QString pagerDutyWords(const QJsonObject &answer)
{
    QString message = answer.value(QLatin1StringView("message")).toString().left(300);
    QStringList errorTexts;
    const QJsonArray errors = answer.value(QLatin1StringView("errors")).toArray();
    for (const QJsonValue &e : errors) {
        if (e.isString())
            errorTexts.append(e.toString().left(200));
        if (errorTexts.size() == 10)
            break;
    }
    if (!errorTexts.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(": ")) +
                   errorTexts.join(QStringLiteral("; "));
    return message;
}

bool namesTheKey(const QString &words)
{
    const QString lower = words.toLower();
    return lower.contains(QLatin1StringView("routing_key")) ||
           lower.contains(QLatin1StringView("routing key")) ||
           lower.contains(QLatin1StringView("integration key"));
}

} // namespace

PagerDutyClient::PagerDutyClient(QNetworkAccessManager &network, Clock &clock,
                                 PagerDutySettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_settings(std::move(settings))
{
}

void PagerDutyClient::send(const QByteArray &bodyWithKey, QObject *context,
                           std::function<void(const DeliveryOutcome &)> done)
{
    // The body carries the routing key: never over plain http to anything but loopback
    // (tests, the demo, a local relay), whatever the configuration says.
    if (const auto problem =
            endpointUrlProblem(m_settings.eventsUrl, QStringLiteral("[pagerduty] events_url"))) {
        DeliveryOutcome refused;
        refused.kind = DeliveryOutcome::Kind::KeyRejected;
        refused.message = tr("The integration key was not sent: %1").arg(*problem);
        // Answer asynchronously, like a real request, so callers never re-enter.
        QTimer::singleShot(0, context ? context : this,
                           [done = std::move(done), refused] { done(refused); });
        return;
    }
    QNetworkRequest request(m_settings.eventsUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    HttpJob::Options options;
    options.transferTimeoutMs = m_settings.requestTimeoutMs;
    // A redirect (HttpResult::Failure::Redirected) is never followed: the body carries
    // the routing key. classify() turns it into a retry whose message names the Location.
    options.maxBodyBytes = kMaxAnswerBytes;
    options.label = QStringLiteral("POST ") + m_settings.eventsUrl.path();
    // Whatever answers may echo the key back (a proxy, a debugging relay): it never
    // reaches the text shown and logged.
    const QString key = QJsonDocument::fromJson(bodyWithKey)
                            .object()
                            .value(QLatin1StringView("routing_key"))
                            .toString();
    // The clock outlives every request; this client may not (a settings dialog's test).
    HttpJob::start(m_network, "POST", request, bodyWithKey, options, context,
                   [&clock = m_clock, key, done = std::move(done)](const HttpResult &http) {
                       DeliveryOutcome outcome = classify(http, clock.nowMs());
                       if (!key.isEmpty())
                           outcome.message.replace(key, maskSecret(key));
                       done(outcome);
                   });
}

DeliveryOutcome PagerDutyClient::classify(const HttpResult &http, qint64 nowMs)
{
    DeliveryOutcome out;
    out.status = http.status;
    if (http.failure != HttpResult::Failure::None) {
        out.kind = DeliveryOutcome::Kind::Retry;
        out.message = http.errorText;
        return out;
    }
    const QJsonObject answer = QJsonDocument::fromJson(http.body).object();
    const QString words = pagerDutyWords(answer);

    if (http.status / 100 == 2) {
        if (answer.value(QLatin1StringView("status")).toString() == QLatin1StringView("success")) {
            out.kind = DeliveryOutcome::Kind::Accepted;
            return out;
        }
        // Not PagerDuty's acceptance: sending again is safe (the same dedup_key updates the
        // same alert), losing the page is not.
        out.kind = DeliveryOutcome::Kind::Retry;
        out.message = tr("HTTP %1 from the events endpoint without PagerDuty's \"success\": "
                         "check [pagerduty] events_url; retrying later")
                          .arg(http.status);
        return out;
    }
    if (http.status == 413) {
        out.kind = DeliveryOutcome::Kind::TooLarge;
        out.message = tr("PagerDuty refused the event as too large (HTTP 413)%1")
                          .arg(words.isEmpty() ? QString() : QStringLiteral(": ") + words);
        return out;
    }
    if (http.status == 400) {
        if (namesTheKey(words)) {
            out.kind = DeliveryOutcome::Kind::KeyRejected;
            out.message = tr("PagerDuty rejected the routing key: verify the integration key (%1)")
                              .arg(words);
        } else {
            out.kind = DeliveryOutcome::Kind::Rejected;
            out.message = tr("PagerDuty refused the event (HTTP %1): %2")
                              .arg(http.status)
                              .arg(words.isEmpty() ? tr("no reason given") : words);
        }
        return out;
    }
    if (http.status == 401) {
        out.kind = DeliveryOutcome::Kind::KeyRejected;
        out.message = tr("HTTP 401 from the events endpoint: verify the integration key");
        return out;
    }
    if (http.status == 403) {
        out.kind = DeliveryOutcome::Kind::KeyRejected;
        out.message = tr("HTTP 403 from the events endpoint: verify the service is active and "
                         "accepts events");
        return out;
    }
    out.kind = DeliveryOutcome::Kind::Retry;
    out.retryAfterMs = Backoff::parseRetryAfter(http.header("Retry-After"), nowMs);
    out.message = http.status == 429
                      ? tr("PagerDuty: too many events for this key (HTTP 429); retrying later")
                      : tr("PagerDuty: HTTP %1; retrying later").arg(http.status);
    return out;
}

} // namespace earshot
