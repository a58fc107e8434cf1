#include "core/CoreInfo.h"

namespace earshot {

QString applicationName()
{
    return QStringLiteral("Earshot");
}

QString applicationVersion()
{
    return QStringLiteral(EARSHOT_VERSION);
}

QString userAgent()
{
    return applicationName() + u'/' + applicationVersion();
}

} // namespace earshot
