#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace earshot {

// What came back from one HTTP exchange, or why nothing usable did.
struct HttpResult
{
    enum class Failure
    {
        None,     // an HTTP answer arrived (any status)
        Timeout,  // no progress within the transfer timeout
        TooLarge, // the body exceeded the size cap; the transfer was aborted
        Network,  // refused, reset, DNS, TLS...
        // A 3xx: never followed, so credentials and event bodies only ever reach the URL
        // that was configured. `status` and the Location header are kept.
        Redirected,
    };

    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorText; // translated, names the request; empty when status is 2xx

    [[nodiscard]] bool isSuccess() const
    {
        return failure == Failure::None && status / 100 == 2;
    }
    [[nodiscard]] QByteArray header(const QByteArray &name) const; // case-insensitive
};

// One HTTP request, Nextcloud-style: owns its reply, stops it when no byte moved for the
// transfer timeout or the whole exchange outlives its deadline, never follows a redirect, aborts
// bodies over the cap, and is the one place where failures turn into text an operator can act on.
// The callback runs exactly once, unless the manager is destroyed first (shutdown): then the
// job and its reply go with it, silently.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int transferTimeoutMs = 30'000;
        // The whole exchange, however lively: a server trickling a byte a second would
        // otherwise keep resetting the transfer timeout forever. 0 = 2 × transferTimeoutMs.
        int totalDeadlineMs = 0;
        qint64 maxBodyBytes = 64 * 1024 * 1024;
        QString label; // "POST /api/v2/..." — used in error text; never contains secrets
    };

    using Callback = std::function<void(const HttpResult &)>;

    // Spare capacity kept after every body, so a SIMD parser (simdjson reads up to 64 bytes
    // past the end) can read it in place instead of copying it.
    static constexpr qsizetype kBodyPadding = 64;

    // Sends `verb` with `body` (may be empty); deletes itself after the callback.
    static HttpJob *start(QNetworkAccessManager &network, const QByteArray &verb,
                          QNetworkRequest request, const QByteArray &body, Options options,
                          QObject *context, Callback callback);

    ~HttpJob() override;
    void abort();

    // The Location of a redirect as shown in errors: no user info, query or control bytes.
    [[nodiscard]] static QString redirectTarget(const QByteArray &location);

private:
    HttpJob(Options options, Callback callback, QObject *context);
    void attach(QNetworkReply *reply);
    void finish(HttpResult result);
    void onFinished();
    void readAvailable();
    [[nodiscard]] int totalDeadlineMs() const;

    Options m_options;
    Callback m_callback;
    QPointer<QObject> m_context;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // reserved from Content-Length, read into as data arrives
    bool m_tooLarge = false;
    bool m_pastDeadline = false;
    bool m_done = false;
};

} // namespace earshot
