#include "core/storage/ChangeFeed.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace earshot {

ChangeFeed::ChangeFeed(Database &database, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    if (m_database.backend() == StorageTarget::Backend::PostgreSql) {
        QSqlDriver *driver = m_database.connection().driver();
        m_listening = driver && driver->subscribeToNotification(QLatin1StringView(kChannel));
        if (m_listening) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource,
                           const QVariant &payload) {
                        if (name == QLatin1StringView(kChannel))
                            emit changed(payload.toString());
                    });
        } else {
            qCWarning(lcStorage).noquote()
                << "LISTEN" << kChannel << "refused; reading again every" << kFallbackMs / 1000
                << "s only:" << m_database.connection().lastError().text();
        }
    }
    armFallback();
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening) {
        if (QSqlDriver *driver = m_database.connection().driver())
            driver->unsubscribeFromNotification(QLatin1StringView(kChannel));
    }
}

bool ChangeFeed::listening() const
{
    return m_listening;
}

void ChangeFeed::armFallback()
{
    const quint64 generation = ++m_generation;
    m_clock.callAfter(kFallbackMs, this, [this, generation] {
        if (generation != m_generation)
            return;
        emit changed(QStringLiteral("re-read"));
        armFallback();
    });
}

bool notifyChange(Database &database, const QString &what)
{
    if (database.backend() != StorageTarget::Backend::PostgreSql)
        return true;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(ChangeFeed::kChannel));
    q.addBindValue(what);
    return database.exec(q, "notifying the other consoles").ok();
}

} // namespace earshot
