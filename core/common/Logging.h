#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per area, so an operator can turn up exactly what they need:
// QT_LOGGING_RULES="earshot.auth.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcAuth)      // earshot.auth: OAuth tokens and credential failures
Q_DECLARE_LOGGING_CATEGORY(lcGenesys)   // earshot.genesys: Platform API requests
Q_DECLARE_LOGGING_CATEGORY(lcPoller)    // earshot.poller: windows, schedule, back-fill
Q_DECLARE_LOGGING_CATEGORY(lcAlerting)  // earshot.alerting: engine decisions
Q_DECLARE_LOGGING_CATEGORY(lcPagerDuty) // earshot.pagerduty: Events API and the outbox
Q_DECLARE_LOGGING_CATEGORY(lcStorage)   // earshot.storage: SQLite
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)   // earshot.secrets: keychain access (never values)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)    // earshot.config: configuration loading
Q_DECLARE_LOGGING_CATEGORY(lcPipeline)  // earshot.pipeline: the poll/evaluate/deliver cycle
Q_DECLARE_LOGGING_CATEGORY(lcSimulator) // earshot.simulator: the embedded fake services
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // earshot.ui: the operator's window
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)   // earshot.metrics: the OpenMetrics endpoint

namespace earshot {

// What a secret looks like in logs, settings and error text: never the value, at most
// its last four characters so an operator can tell two keys apart.
[[nodiscard]] QString maskSecret(const QString &secret);

// Installs a message handler that prefixes each line with a UTC timestamp, the level and
// the category (headless mode logs to stderr this way).
void installTimestampedLogHandler();

} // namespace earshot
