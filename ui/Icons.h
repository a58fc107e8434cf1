#pragma once

#include "core/presentation/ModelRoles.h"

#include <QIcon>
#include <QString>

namespace earshot {

// Icons from :/earshot/icons/, loaded once. The models ask for them by resource path.
[[nodiscard]] QIcon iconFromPath(const QString &resourcePath);
[[nodiscard]] IconProvider iconProvider();
[[nodiscard]] QIcon applicationIcon();
[[nodiscard]] QIcon alertingApplicationIcon();

} // namespace earshot
