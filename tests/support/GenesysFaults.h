#pragma once

#include "app/demo/FakeGenesysCloud.h"

#include <QByteArray>
#include <QList>

namespace earshot::test {

// One broken answer of the fake Genesys Cloud, for the requests whose path starts with a
// prefix ("/api/v2/analytics", "/oauth"). Built by name, e.g.
// GenesysFault::status("/oauth", 503).times(3) or GenesysFault::truncatedBody("/api").
class GenesysFault
{
public:
    // The fake's own answer, unchanged: takes a turn in the queue (page 1 as it is).
    [[nodiscard]] static GenesysFault asIs(const QByteArray &pathPrefix);
    // An error answer in the platform's format, with Retry-After when given.
    [[nodiscard]] static GenesysFault status(const QByteArray &pathPrefix, int status,
                                             const QByteArray &retryAfter = {});
    // The fake's own status and headers with this body instead.
    [[nodiscard]] static GenesysFault body(const QByteArray &pathPrefix, const QByteArray &body);
    [[nodiscard]] static GenesysFault malformedBody(const QByteArray &pathPrefix);
    // Every field a parser reads is null (or the list holding it).
    [[nodiscard]] static GenesysFault nullLadenBody(const QByteArray &pathPrefix);
    // The whole body announced, half of it sent, then the connection closed.
    [[nodiscard]] static GenesysFault truncatedBody(const QByteArray &pathPrefix);
    // The connection closed without an answer.
    [[nodiscard]] static GenesysFault droppedConnection(const QByteArray &pathPrefix);
    // The answer sent after `ms` of real time (for transfer timeouts).
    [[nodiscard]] static GenesysFault delayed(const QByteArray &pathPrefix, int ms);

    // Hits this many matching requests in a row (a 503 burst); 1 by default.
    [[nodiscard]] GenesysFault times(int requests) const;
    // Replaces the body of a status answer.
    [[nodiscard]] GenesysFault withBody(const QByteArray &body) const;
    // Without inin-ratelimit-* and correlation headers: a proxy answered, not Genesys.
    [[nodiscard]] GenesysFault fromProxy() const;

private:
    friend class GenesysFaults;
    enum class BodyChange
    {
        None,
        Replace,
        Malformed,
        NullLaden
    };

    explicit GenesysFault(const QByteArray &pathPrefix);

    QByteArray m_pathPrefix;
    int m_status = 0; // 0: the fake answers
    QByteArray m_retryAfter;
    BodyChange m_bodyChange = BodyChange::None;
    QByteArray m_body;
    bool m_truncated = false;
    bool m_dropped = false;
    int m_delayMs = 0;
    int m_repeat = 1;
    bool m_fromProxy = false;
};

// Queues GenesysFaults on a FakeGenesysCloud (first in, first out; each hits the next
// requests whose path matches) for as long as it lives.
class GenesysFaults final : public FakeGenesysCloud::AnswerHook
{
public:
    explicit GenesysFaults(FakeGenesysCloud &fake);
    ~GenesysFaults() override;
    GenesysFaults(const GenesysFaults &) = delete;
    GenesysFaults &operator=(const GenesysFaults &) = delete;

    void push(const GenesysFault &fault);
    void clear();
    // Matching requests still to be hit.
    [[nodiscard]] int pending() const;

    [[nodiscard]] std::optional<HttpResponse> answerFor(const HttpRequest &request) override;
    void spoil(const HttpRequest &request, HttpResponse &response) override;

private:
    FakeGenesysCloud &m_fake;
    QList<GenesysFault> m_queue;
    std::optional<GenesysFault> m_current; // taken by answerFor, applied by spoil
};

} // namespace earshot::test
