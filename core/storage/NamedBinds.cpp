#include "core/storage/NamedBinds.h"

namespace earshot {

NamedBinds::NamedBinds(int count)
{
    m_names.reserve(count);
    for (int i = 0; i < count; ++i)
        m_names.append(QStringLiteral(":p") + QString::number(i));
}

QString NamedBinds::placeholders() const
{
    return m_names.join(QStringLiteral(", "));
}

void NamedBinds::bind(QSqlQuery &query, int index, const QVariant &value) const
{
    query.bindValue(m_names.at(index), value);
}

} // namespace earshot
