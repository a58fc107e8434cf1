#include "core/common/Logging.h"

#include <QDateTime>

#include <cstdio>

Q_LOGGING_CATEGORY(lcAuth, "earshot.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGenesys, "earshot.genesys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPoller, "earshot.poller", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerting, "earshot.alerting", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPagerDuty, "earshot.pagerduty", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "earshot.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "earshot.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "earshot.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPipeline, "earshot.pipeline", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimulator, "earshot.simulator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "earshot.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "earshot.metrics", QtInfoMsg)

namespace earshot {

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(not set)");
    if (secret.size() < 12)
        return QStringLiteral("••••");
    return QStringLiteral("••••") + secret.right(4);
}

namespace {

void timestampedHandler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    const char *level = "info";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
        level = "critical";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                            ' ' + level + ' ' + (context.category ? context.category : "default") +
                            ": " + msg.toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

} // namespace

void installTimestampedLogHandler()
{
    qInstallMessageHandler(timestampedHandler);
}

} // namespace earshot
