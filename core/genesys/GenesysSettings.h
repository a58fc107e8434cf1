#pragma once

#include "core/model/QualitySourceKind.h"

#include "core/common/Backoff.h"
#include "core/genesys/Region.h"

#include <QString>
#include <QStringList>

namespace earshot {

// Everything the Genesys side needs, resolved: the INI loader fills it and the keychain or
// the environment supplies the secret. Nothing here is written back to a file.
struct GenesysSettings
{
    GenesysEndpoints endpoints;
    QString clientId;
    QString clientSecret;
    QualitySourceKind source = QualitySourceKind::Details;
    QStringList monitoredQueues; // queue ids; empty: every queue
    int windowSecs = 300;
    int ingestLagSecs = 60; // details appear once indexed after a call ends
    int requestTimeoutMs = 30'000;
    qint64 maxBodyBytes = 64 * 1024 * 1024; // per response
    // Retries across every request of one window (a details window may take many pages);
    // each single request is further bounded by backoff.maxRetries. When spent, the window
    // fails and is retried next cycle.
    int maxRetriesPerWindow = 10;
    int backfillCap = 12;    // missed windows polled after downtime, newest ones
    double mosWarning = 3.5; // for the "share of calls below warning" figure
    BackoffPolicy backoff;   // 1, 2, 4 ... s with jitter, capped at 60 s, 5 retries

    // Every problem, in words an operator can act on (never a secret); empty when usable.
    // A window shorter than 300 s is accepted only when every endpoint is loopback (tests,
    // demo): Genesys' data and the summary's FIVE_MINUTES granularity are 5-minute based.
    [[nodiscard]] QStringList validate() const;
};

} // namespace earshot
