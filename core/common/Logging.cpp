#include "core/common/Logging.h"

#include <QDateTime>

#include <cstdio>

Q_LOGGING_CATEGORY(lcAuth, "earshot.auth")
Q_LOGGING_CATEGORY(lcGenesys, "earshot.genesys")
Q_LOGGING_CATEGORY(lcPoller, "earshot.poller")
Q_LOGGING_CATEGORY(lcAlerting, "earshot.alerting")
Q_LOGGING_CATEGORY(lcPagerDuty, "earshot.pagerduty")
Q_LOGGING_CATEGORY(lcStorage, "earshot.storage")
Q_LOGGING_CATEGORY(lcSecrets, "earshot.secrets")
Q_LOGGING_CATEGORY(lcConfig, "earshot.config")
Q_LOGGING_CATEGORY(lcPipeline, "earshot.pipeline")
Q_LOGGING_CATEGORY(lcSimulator, "earshot.simulator")
Q_LOGGING_CATEGORY(lcUi, "earshot.ui")

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
    const QByteArray line =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + level + ' ' +
        (context.category ? context.category : "default") + ": " + msg.toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

} // namespace

void installTimestampedLogHandler()
{
    qInstallMessageHandler(timestampedHandler);
}

} // namespace earshot
