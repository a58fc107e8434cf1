#include "core/http/HttpJob.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

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
}

HttpJob *HttpJob::start(QNetworkAccessManager &network, const QByteArray &verb,
                        QNetworkRequest request, const QByteArray &body, Options options,
                        QObject *context, Callback callback)
{
    auto *job = new HttpJob(std::move(options), std::move(callback), context);
    // Resets on every byte that moves, so a slow but live transfer is not cut.
    request.setTransferTimeout(job->m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply =
        verb == "GET" ? network.get(request) : network.sendCustomRequest(request, verb, body);
    job->attach(reply);
    return job;
}

void HttpJob::attach(QNetworkReply *reply)
{
    m_reply = reply;
    reply->setParent(this);
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
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("HttpJob", text);
    };
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_tooLarge) {
        result.failure = HttpResult::Failure::TooLarge;
        result.errorText = tr("%1: the answer is larger than %2 MiB; refused.")
                               .arg(m_options.label)
                               .arg(m_options.maxBodyBytes / (1024 * 1024));
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
        } else if (result.status / 100 != 2) {
            result.errorText = tr("%1: HTTP %2").arg(m_options.label).arg(result.status);
        }
    }
    finish(std::move(result));
}

void HttpJob::finish(HttpResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_context && m_callback)
        m_callback(result);
    deleteLater();
}

} // namespace earshot
