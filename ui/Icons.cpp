#include "ui/Icons.h"

#include <QHash>

namespace earshot {

QIcon iconFromPath(const QString &resourcePath)
{
    // Widgets live on the GUI thread, so a function-local cache needs no lock; it saves
    // parsing an SVG for every cell of a 500-row table on each repaint.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(resourcePath);
    if (it == cache.end())
        it = cache.insert(resourcePath, QIcon(resourcePath));
    return it.value();
}

IconProvider iconProvider()
{
    return [](const QString &path) {
        return QVariant::fromValue(iconFromPath(path));
    };
}

QIcon applicationIcon()
{
    return iconFromPath(QStringLiteral(":/earshot/icons/earshot.svg"));
}

QIcon alertingApplicationIcon()
{
    return iconFromPath(QStringLiteral(":/earshot/icons/earshot-alert.svg"));
}

} // namespace earshot
