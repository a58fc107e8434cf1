#pragma once

#include "core/common/Backoff.h"
#include "core/genesys/Region.h"

#include <QString>
#include <QStringList>

namespace earshot {

enum class QualitySourceKind
{
    Details,
    Summary
};

// Everything the Genesys side needs, resolved (the INI loader and the keychain fill it).
struct GenesysSettings
{
    GenesysEndpoints endpoints;
    QString clientId;
    QString clientSecret;
    QualitySourceKind source = QualitySourceKind::Details;
    QStringList monitoredQueues; // empty: every queue
    int windowSecs = 300;
    int ingestLagSecs = 60;
    int requestTimeoutMs = 30'000;
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    int backfillCap = 12;
    double mosWarning = 3.5; // for the "share of calls below warning" figure
    BackoffPolicy backoff;   // 1, 2, 4 ... s with jitter, capped at 60 s, 5 retries
};

} // namespace earshot
