#include "core/config/ConfigLocation.h"

#include "core/common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace earshot {

namespace {

const QString kFileName = QStringLiteral("earshot.ini");

QString configFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

} // namespace

QString defaultConfigPath()
{
    return QDir(configFolder()).filePath(kFileName);
}

QString legacyConfigPath()
{
    return QDir(configFolder()).filePath(QStringLiteral("Earshot/") + kFileName);
}

QString prepareDefaultConfigPath()
{
    const QString path = defaultConfigPath();
    const QString legacy = legacyConfigPath();
    QDir().mkpath(configFolder());
    if (QFileInfo::exists(path) || !QFileInfo::exists(legacy))
        return path;
    if (!QFile::rename(legacy, path)) {
        qCWarning(lcConfig).noquote()
            << "could not move the configuration" << legacy << "to" << path << "; using it there";
        return legacy;
    }
    qCInfo(lcConfig).noquote() << "moved the configuration" << legacy << "to" << path;
    QDir().rmdir(QFileInfo(legacy).path()); // only when nothing else is left in it
    return path;
}

} // namespace earshot
