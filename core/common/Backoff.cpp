#include "core/common/Backoff.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace earshot {

Backoff::Backoff(BackoffPolicy policy, quint32 seed)
    : m_policy(policy)
    , m_random(seed == 0 ? QRandomGenerator::global()->generate() : seed)
{
}

qint64 Backoff::delayForRetry(int retry)
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double raw = double(m_policy.initialMs) * std::pow(m_policy.multiplier, exponent);
    const double capped = std::min(raw, double(m_policy.maxMs));
    const double jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    const double factor = 1.0 - jitter * m_random.generateDouble();
    return std::max<qint64>(0, qint64(std::llround(capped * factor)));
}

std::optional<qint64> Backoff::nextDelay(int retry, std::optional<qint64> retryAfterMs)
{
    if (m_policy.maxRetries >= 0 && retry > m_policy.maxRetries)
        return std::nullopt;
    if (retryAfterMs) {
        if (*retryAfterMs > m_policy.maxRetryAfterMs)
            return std::nullopt;
        return std::max<qint64>(0, *retryAfterMs);
    }
    return delayForRetry(retry);
}

const BackoffPolicy &Backoff::policy() const
{
    return m_policy;
}

std::optional<qint64> Backoff::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);

    // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    const QString text = QString::fromLatin1(trimmed);
    const QDateTime when =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowMs);
}

} // namespace earshot
