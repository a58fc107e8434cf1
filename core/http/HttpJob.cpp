#include "core/http/HttpJob.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace earshot {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpJob::HttpJob(Options options, Callback callback, QObject *context)
    : m_options(std::move(options))
    , m_callback(std::move(callback))
    , m_context(context)
{
    // Nobody is left to take the answer: stop the exchange now rather than at its deadline.
    if (context)
        connect(context, &QObject::destroyed, this, &HttpJob::abort);
}

HttpJob *HttpJob::start(QNetworkAccessManager &network, const QByteArray &verb,
                        QNetworkRequest request, const QByteArray &body, Options options,
                        QObject *context, Callback callback)
{
    auto *job = new HttpJob(std::move(options), std::move(callback), context);
    // A child of the manager, like its reply: the manager deletes its replies first when it
    // goes, and then its jobs, so neither outlives it. (A reply outliving its manager is
    // still connected to the dead manager's finished handler and crashes when it ends.)
    job->setParent(&network);
    // Resets on every byte that moves, so a slow but live transfer is not cut.
    request.setTransferTimeout(job->m_options.transferTimeoutMs);
    // Never follow: a redirect would carry the Authorization header, the token or the
    // routing key to wherever the Location points, and could leave loopback http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply =
        verb == "GET" ? network.get(request) : network.sendCustomRequest(request, verb, body);
    job->attach(reply);
    QTimer::singleShot(job->totalDeadlineMs(), job, [job] {
        if (job->m_reply && !job->m_reply->isFinished()) {
            job->m_pastDeadline = true;
            job->m_reply->abort();
        }
    });
    return job;
}

int HttpJob::totalDeadlineMs() const
{
    return m_options.totalDeadlineMs > 0 ? m_options.totalDeadlineMs
                                         : 2 * m_options.transferTimeoutMs;
}

void HttpJob::attach(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_options.maxBodyBytes) {
            m_tooLarge = true;
            m_reply->abort();
            return;
        }
        // The whole body in one allocation, read once: no regrowth while it arrives.
        if (length > 0 && m_body.capacity() < length + kBodyPadding)
            m_body.reserve(length + kBodyPadding);
    });
    connect(reply, &QNetworkReply::readyRead, this, &HttpJob::readAvailable);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_options.maxBodyBytes && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
}

HttpJob::~HttpJob()
{
    // Deleted with its manager (the reply is already gone) or after finish(); a reply still
    // here is let go without calling back into this half-destroyed job.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::abort()
{
    if (m_reply)
        m_reply->abort();
}

void HttpJob::readAvailable()
{
    if (!m_reply || m_tooLarge)
        return;
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype had = m_body.size();
    const qsizetype needed = had + qsizetype(available) + kBodyPadding;
    if (m_body.capacity() < needed) // no or a wrong Content-Length: grow geometrically
        m_body.reserve(std::max(needed, m_body.capacity() * 2));
    m_body.resize(had + qsizetype(available));
    const qint64 read = m_reply->read(m_body.data() + had, available);
    m_body.resize(had + qsizetype(std::max<qint64>(0, read)));
}

void HttpJob::onFinished()
{
    HttpResult result;
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_tooLarge) {
        result.failure = HttpResult::Failure::TooLarge;
        result.errorText = tr("%1: the answer is larger than %2 MiB; refused.")
                               .arg(m_options.label)
                               .arg(m_options.maxBodyBytes / (1024 * 1024));
    } else if (m_pastDeadline) {
        result.failure = HttpResult::Failure::Timeout;
        result.errorText = tr("%1: no complete answer within %2 s (deadline for the whole "
                              "request).")
                               .arg(m_options.label)
                               .arg(totalDeadlineMs() / 1000.0);
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        result.failure = HttpResult::Failure::Timeout;
        result.errorText = tr("%1: no answer within %2 s (timed out).")
                               .arg(m_options.label)
                               .arg(m_options.transferTimeoutMs / 1000.0);
    } else if (!status.isValid()) {
        result.failure = HttpResult::Failure::Network;
        result.errorText = tr("%1: %2").arg(m_options.label, reply->errorString());
    } else {
        result.status = status.toInt();
        readAvailable();
        result.body = std::move(m_body);
        result.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError &&
            reply->error() < QNetworkReply::ContentAccessDenied) {
            // A transport error after the headers (e.g. a truncated body).
            result.failure = HttpResult::Failure::Network;
            result.errorText =
                tr("%1: the answer was cut off (%2).").arg(m_options.label, reply->errorString());
        } else if (result.status / 100 == 3 && result.status != 304) {
            result.failure = HttpResult::Failure::Redirected;
            result.errorText = tr("%1: HTTP %2 redirect to %3, not followed: configure the "
                                  "final URL.")
                                   .arg(m_options.label)
                                   .arg(result.status)
                                   .arg(redirectTarget(result.header("Location")));
        } else if (result.status / 100 != 2) {
            result.errorText = tr("%1: HTTP %2").arg(m_options.label).arg(result.status);
        }
    }
    finish(std::move(result));
}

QString HttpJob::redirectTarget(const QByteArray &location)
{
    if (location.isEmpty())
        return tr("(no Location)");
    // Scheme, host, port and path only: a query or user info may carry a token.
    const QUrl url(QString::fromLatin1(location.left(2048)));
    QString shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                        .toDisplayString();
    shown.removeIf(
        [](QChar c) { return c.isNonCharacter() || c.category() == QChar::Other_Control; });
    return shown.left(300);
}

void HttpJob::finish(HttpResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_context && m_callback)
        m_callback(result);
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    deleteLater();
}

} // namespace earshot
