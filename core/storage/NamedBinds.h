#pragma once

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace earshot {

// Named placeholders ":p0", ":p1", ... for a statement run for many rows. QtSql turns every
// value bound by position (QSqlQuery::bindValue(int)) into a freshly formatted ":%1" key,
// an allocation and a hash insert per value; a name made once per statement is a lookup.
// At 10,000 history rows a window, positional binding was a third of the insert's time.
class NamedBinds
{
public:
    explicit NamedBinds(int count);

    // ":p0, :p1, ..." for a VALUES (...) list.
    [[nodiscard]] QString placeholders() const;
    void bind(QSqlQuery &query, int index, const QVariant &value) const;

private:
    QStringList m_names;
};

} // namespace earshot
