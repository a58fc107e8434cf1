#pragma once

#include "core/common/Result.h"
#include "core/model/QualitySample.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace earshot {

class GenesysApiClient;

// Queue names from GET /api/v2/routing/queues, all pages.
class QueueDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPages = 500;

    explicit QueueDirectory(GenesysApiClient &api, QObject *parent = nullptr);

    void refresh(QObject *context, std::function<void(const Status &)> done);
    [[nodiscard]] const QList<QueueInfo> &queues() const;
    [[nodiscard]] QHash<QString, QString> names() const;
    [[nodiscard]] bool loaded() const;

private:
    void fetchPage(int page, QList<QueueInfo> collected, QObject *context,
                   std::function<void(const Status &)> done);

    GenesysApiClient &m_api;
    QList<QueueInfo> m_queues;
    bool m_loaded = false;
};

} // namespace earshot
