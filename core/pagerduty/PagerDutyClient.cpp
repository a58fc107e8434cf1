#include "core/pagerduty/PagerDutyClient.h"

#include "core/common/Backoff.h"
#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace earshot {

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
    QNetworkRequest request(m_settings.eventsUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    HttpJob::Options options;
    options.transferTimeoutMs = m_settings.requestTimeoutMs;
    options.maxBodyBytes = 1024 * 1024;
    options.label = QStringLiteral("POST ") + m_settings.eventsUrl.path();
    HttpJob::start(m_network, "POST", request, bodyWithKey, options, context,
                   [this, done = std::move(done)](const HttpResult &http) {
                       done(classify(http, m_clock.nowMs()));
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
    QString message = answer.value(QLatin1StringView("message")).toString().left(300);
    const QJsonArray errors = answer.value(QLatin1StringView("errors")).toArray();
    QStringList errorTexts;
    for (const QJsonValue &e : errors)
        errorTexts.append(e.toString().left(200));
    if (!errorTexts.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(": ")) +
                   errorTexts.join(QStringLiteral("; "));

    if (http.status == 202 || (http.status / 100 == 2)) {
        out.kind = DeliveryOutcome::Kind::Accepted;
        return out;
    }
    if (http.status == 400) {
        const QString lower = message.toLower();
        if (lower.contains(QLatin1StringView("routing_key")) ||
            lower.contains(QLatin1StringView("routing key")) ||
            lower.contains(QLatin1StringView("integration key"))) {
            out.kind = DeliveryOutcome::Kind::KeyRejected;
            out.message = tr("PagerDuty rejected the routing key: verify the integration key "
                             "(%1)")
                              .arg(message);
        } else {
            out.kind = DeliveryOutcome::Kind::Rejected;
            out.message = tr("PagerDuty refused the event (HTTP 400): %1")
                              .arg(message.isEmpty() ? tr("no reason given") : message);
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
