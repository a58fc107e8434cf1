#include "tests/support/Promtool.h"

#include <QProcess>
#include <QStandardPaths>

namespace earshot::test {

QString promtoolProblems(const QByteArray &text)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        return QStringLiteral("promtool not found: install Debian's prometheus package "
                              "(packaging/linux/install-deps.sh does)");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")}); // reads stdin
    if (!p.waitForStarted())
        return QStringLiteral("promtool did not start: ") + p.errorString();
    p.write(text);
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000))
        return QStringLiteral("promtool did not finish");
    const QString said = QString::fromUtf8(p.readAll()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !said.isEmpty())
        return QStringLiteral("promtool check metrics exited %1: %2").arg(p.exitCode()).arg(said);
    return {};
}

} // namespace earshot::test
