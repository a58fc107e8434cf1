#include "core/pagerduty/rest/RestKeyCheck.h"

#include "core/pagerduty/rest/RestParsers.h"

#include <QCoreApplication>
#include <QNetworkRequest>

namespace earshot {

namespace {

class RestKeyCheckText
{
    Q_DECLARE_TR_FUNCTIONS(RestKeyCheck)
};

} // namespace

RestKeyCheck restKeyCheckOf(const HttpResult &http)
{
    if (http.isSuccess())
        return {true, RestKeyCheckText::tr("REST key works")};
    if (http.failure != HttpResult::Failure::None)
        return {false, RestKeyCheckText::tr("could not check the key: %1").arg(http.errorText)};
    const QString why = restErrorMessage(http.body);
    const QString detail = why.isEmpty() ? QString() : QStringLiteral(" (") + why + u')';
    switch (http.status) {
    case 401:
        return {false, RestKeyCheckText::tr("rejected (401): PagerDuty does not accept this REST "
                                            "API key") +
                           detail};
    case 403:
        return {false,
                RestKeyCheckText::tr("rejected (403): the key may not read incidents") + detail};
    case 429:
        return {false, RestKeyCheckText::tr("PagerDuty is rate limiting (429): try again in a "
                                            "minute")};
    default:
        break;
    }
    return {false,
            RestKeyCheckText::tr("could not check the key: HTTP %1").arg(http.status) + detail};
}

void checkPagerDutyRestKey(QNetworkAccessManager &network, const PagerDutySettings &settings,
                           const QString &token, QObject *context,
                           std::function<void(const RestKeyCheck &)> done)
{
    if (token.trimmed().isEmpty()) {
        done({false, RestKeyCheckText::tr("no REST API key to test")});
        return;
    }
    QUrl url = settings.apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/abilities"));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.pagerduty+json;version=2");
    request.setRawHeader("Authorization", "Token token=" + token.trimmed().toUtf8());
    HttpJob::Options options;
    options.transferTimeoutMs = settings.requestTimeoutMs;
    options.maxBodyBytes = 1024 * 1024;
    options.label = QStringLiteral("GET /abilities");
    HttpJob::start(
        network, "GET", request, {}, options, context,
        [done = std::move(done)](const HttpResult &http) { done(restKeyCheckOf(http)); });
}

} // namespace earshot
