#pragma once

#include "core/common/Result.h"
#include "core/model/QualitySample.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace earshot {

struct WindowFetch
{
    QList<QualitySample> samples; // queues with data only
    QStringList problems;         // refused records, for the log and the status
};

// Where per-queue quality for one window comes from: the conversation details query (the
// real public API) or the guide's quality summary endpoint.
class QualitySource : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<WindowFetch> &)>;
    using QObject::QObject;

    virtual void fetchWindow(qint64 windowStart, qint64 windowEnd, QObject *context,
                             Callback callback) = 0;
};

} // namespace earshot
