#pragma once

#include "core/http/HttpJob.h"
#include "core/pagerduty/PagerDutySettings.h"

#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace earshot {

class Clock;

struct DeliveryOutcome
{
    enum class Kind
    {
        Accepted, // 202: PagerDuty has it
        Retry,    // 429, 5xx, timeout, network, not PagerDuty's answer: try again later
        Rejected, // 400 for the event itself: never retried
        // 413: too large for PagerDuty (or a proxy in front of it). Sent again smaller;
        // final only when it cannot shrink and keeps being refused.
        TooLarge,
        // The key cannot be used: PagerDuty's 400 naming it, a proxy's 401/403, or an
        // events URL that would carry it in clear text. Delivery pauses; nothing is dropped.
        KeyRejected,
    };

    Kind kind = Kind::Retry;
    int status = 0;
    std::optional<qint64> retryAfterMs;
    QString message; // PagerDuty's words or ours, translated; never contains the key
};

// POSTs one event to the Events API v2 and says what the answer means. Only PagerDuty's
// own acceptance (2xx with "status":"success") counts as delivered: a captive portal or a
// wrong URL answering 200 must not swallow a page.
class PagerDutyClient : public QObject
{
    Q_OBJECT

public:
    PagerDutyClient(QNetworkAccessManager &network, Clock &clock, PagerDutySettings settings,
                    QObject *parent = nullptr);

    void send(const QByteArray &bodyWithKey, QObject *context,
              std::function<void(const DeliveryOutcome &)> done);

    // Pure: the meaning of an HTTP answer (tests feed it answers directly too).
    [[nodiscard]] static DeliveryOutcome classify(const HttpResult &http, qint64 nowMs);

private:
    QNetworkAccessManager &m_network;
    Clock &m_clock;
    PagerDutySettings m_settings;
};

} // namespace earshot
