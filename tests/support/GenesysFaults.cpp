#include "tests/support/GenesysFaults.h"

namespace earshot::test {

namespace {

const QByteArray kNullLadenBody =
    "{\"totalHits\":null,\"conversations\":[null,{\"conversationId\":null},"
    "{\"conversationId\":\"c-null\",\"conversationStart\":null,\"participants\":null}],"
    "\"results\":[{\"queueId\":null,\"interval\":null,\"metrics\":{\"mosScore\":null,"
    "\"conversationCount\":null}},null],\"entities\":null,\"access_token\":null,"
    "\"expires_in\":null}";

bool isPlatformHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower.startsWith("inin-ratelimit-") || lower == "inin-correlation-id";
}

} // namespace

GenesysFault::GenesysFault(const QByteArray &pathPrefix)
    : m_pathPrefix(pathPrefix)
{
}

GenesysFault GenesysFault::asIs(const QByteArray &pathPrefix)
{
    return GenesysFault(pathPrefix);
}

GenesysFault GenesysFault::status(const QByteArray &pathPrefix, int status,
                                  const QByteArray &retryAfter)
{
    GenesysFault f(pathPrefix);
    f.m_status = status;
    f.m_retryAfter = retryAfter;
    return f;
}

GenesysFault GenesysFault::body(const QByteArray &pathPrefix, const QByteArray &body)
{
    return GenesysFault(pathPrefix).withBody(body);
}

GenesysFault GenesysFault::malformedBody(const QByteArray &pathPrefix)
{
    GenesysFault f(pathPrefix);
    f.m_bodyChange = BodyChange::Malformed;
    return f;
}

GenesysFault GenesysFault::nullLadenBody(const QByteArray &pathPrefix)
{
    GenesysFault f(pathPrefix);
    f.m_bodyChange = BodyChange::NullLaden;
    return f;
}

GenesysFault GenesysFault::truncatedBody(const QByteArray &pathPrefix)
{
    GenesysFault f(pathPrefix);
    f.m_truncated = true;
    return f;
}

GenesysFault GenesysFault::droppedConnection(const QByteArray &pathPrefix)
{
    GenesysFault f(pathPrefix);
    f.m_dropped = true;
    return f;
}

GenesysFault GenesysFault::delayed(const QByteArray &pathPrefix, int ms)
{
    GenesysFault f(pathPrefix);
    f.m_delayMs = ms;
    return f;
}

GenesysFault GenesysFault::times(int requests) const
{
    GenesysFault f = *this;
    f.m_repeat = requests;
    return f;
}

GenesysFault GenesysFault::withBody(const QByteArray &body) const
{
    GenesysFault f = *this;
    f.m_bodyChange = BodyChange::Replace;
    f.m_body = body;
    return f;
}

GenesysFault GenesysFault::fromProxy() const
{
    GenesysFault f = *this;
    f.m_fromProxy = true;
    return f;
}

GenesysFaults::GenesysFaults(FakeGenesysCloud &fake)
    : m_fake(fake)
{
    m_fake.setAnswerHook(this);
}

GenesysFaults::~GenesysFaults()
{
    m_fake.setAnswerHook(nullptr);
}

void GenesysFaults::push(const GenesysFault &fault)
{
    if (fault.m_repeat > 0)
        m_queue.append(fault);
}

void GenesysFaults::clear()
{
    m_queue.clear();
}

int GenesysFaults::pending() const
{
    int n = 0;
    for (const GenesysFault &f : m_queue)
        n += f.m_repeat;
    return n;
}

std::optional<HttpResponse> GenesysFaults::answerFor(const HttpRequest &request)
{
    m_current.reset();
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (!request.path.startsWith(m_queue[i].m_pathPrefix))
            continue;
        m_current = m_queue[i];
        if (--m_queue[i].m_repeat <= 0)
            m_queue.removeAt(i);
        break;
    }
    if (!m_current || m_current->m_status == 0)
        return std::nullopt;
    HttpResponse response = m_current->m_status == 429
                                ? FakeGenesysCloud::errorAnswer(
                                      429, "too.many.requests.retry.after", "Rate limit exceeded")
                                : FakeGenesysCloud::errorAnswer(
                                      m_current->m_status, "fault.injected", "Injected failure");
    if (!m_current->m_retryAfter.isEmpty())
        response.withHeader("Retry-After", m_current->m_retryAfter);
    return response;
}

void GenesysFaults::spoil(const HttpRequest &, HttpResponse &response)
{
    if (!m_current)
        return;
    const GenesysFault fault = *m_current;
    m_current.reset();
    switch (fault.m_bodyChange) {
    case GenesysFault::BodyChange::None:
        break;
    case GenesysFault::BodyChange::Replace:
        response.body = fault.m_body;
        break;
    case GenesysFault::BodyChange::Malformed:
        response.body = "{\"totalHits\": 3, \"conversations\": [{\"conversationId\": ";
        break;
    case GenesysFault::BodyChange::NullLaden:
        response.body = kNullLadenBody;
        break;
    }
    if (fault.m_truncated)
        response.truncateBodyAt = int(response.body.size() / 2);
    response.delayMs = fault.m_delayMs;
    response.dropConnection = fault.m_dropped;
    if (fault.m_fromProxy)
        response.headers.removeIf([](const auto &h) { return isPlatformHeader(h.first); });
}

} // namespace earshot::test
