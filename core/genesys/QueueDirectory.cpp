#include "core/genesys/QueueDirectory.h"

#include "core/genesys/GenesysApiClient.h"
#include "core/genesys/parse/GenesysParsers.h"

#include <QPointer>

namespace earshot {

QueueDirectory::QueueDirectory(GenesysApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

const QList<QueueInfo> &QueueDirectory::queues() const
{
    return m_queues;
}

QHash<QString, QString> QueueDirectory::names() const
{
    QHash<QString, QString> names;
    for (const QueueInfo &q : m_queues)
        names.insert(q.id, q.name);
    return names;
}

bool QueueDirectory::loaded() const
{
    return m_loaded;
}

void QueueDirectory::refresh(QObject *context, std::function<void(const Status &)> done)
{
    fetchPage(1, {}, context, std::move(done));
}

void QueueDirectory::fetchPage(int page, QList<QueueInfo> collected, QObject *context,
                               std::function<void(const Status &)> done)
{
    ApiCall call;
    call.path = QStringLiteral("/api/v2/routing/queues");
    call.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    call.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    QPointer<QObject> guard(context);
    m_api.send(call, this,
               [this, page, collected = std::move(collected), guard,
                done = std::move(done)](const Result<HttpResult> &answer) mutable {
                   if (!guard)
                       return;
                   if (!answer.ok()) {
                       done(answer.error());
                       return;
                   }
                   const auto parsed = parseQueuePage(answer.value().body);
                   if (!parsed.ok()) {
                       done(parsed.error());
                       return;
                   }
                   collected += parsed.value().queues;
                   const bool more = parsed.value().pageCount > page &&
                                     !parsed.value().queues.isEmpty() && page < kMaxPages;
                   if (more) {
                       fetchPage(page + 1, std::move(collected), guard, std::move(done));
                       return;
                   }
                   m_queues = std::move(collected);
                   m_loaded = true;
                   done(success());
               });
}

} // namespace earshot
