#include "core/genesys/ApiCall.h"

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
    return meta;
}

} // namespace earshot
