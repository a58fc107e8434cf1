#include "core/genesys/ApiCall.h"

#include <QDateTime>
#include <QLocale>

namespace earshot {

QString ApiCall::label() const
{
    return QString::fromLatin1(verb) + u' ' + path;
}

ApiAnswerMeta readAnswerMeta(const HttpResult &http)
{
    ApiAnswerMeta meta;
    meta.correlationId = http.header("ININ-Correlation-Id").left(128);
    bool ok = false;
    const int allowed = http.header("inin-ratelimit-allowed").trimmed().toInt(&ok);
    if (ok && allowed >= 0) {
        RateLimitBudget budget;
        budget.allowed = allowed;
        const auto readInt = [&http](const QByteArray &name) {
            bool valid = false;
            const int v = http.header(name).trimmed().toInt(&valid);
            return valid && v >= 0 ? v : -1;
        };
        budget.count = readInt("inin-ratelimit-count");
        budget.resetSecs = readInt("inin-ratelimit-reset");
        meta.rateLimit = budget;
    }
    // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    const QByteArray date = http.header("Date").trimmed();
    if (!date.isEmpty()) {
        QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(date),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid()) {
            when.setTimeSpec(Qt::UTC);
            meta.serverDateMs = when.toMSecsSinceEpoch();
        }
    }
    return meta;
}

qint64 answerClockOffsetMs(qint64 serverDateMs, qint64 sentAtMs, qint64 receivedAtMs)
{
    // The Date is cut to the second: the moment it names lies in [date, date + 1 s).
    if (serverDateMs + 1000 < sentAtMs)
        return serverDateMs + 1000 - sentAtMs;
    if (serverDateMs > receivedAtMs)
        return serverDateMs - receivedAtMs;
    return 0;
}

} // namespace earshot
