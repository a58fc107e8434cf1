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
    listenAgain();
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

void ChangeFeed::listenAgain()
{
    if (m_database.backend() != StorageTarget::Backend::PostgreSql)
        return;
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver)
        return;
    const QString channel = QLatin1StringView(kChannel);
    if (driver->subscribedToNotifications().contains(channel)) {
        m_listening = true;
        return;
    }
    const bool wasListening = m_listening;
    m_listening = driver->subscribeToNotification(channel);
    if (!m_listening) {
        qCWarning(lcStorage).noquote()
            << "LISTEN" << kChannel << "refused; reading again every" << kFallbackMs / 1000
            << "s only:" << m_database.connection().lastError().text();
        return;
    }
    // One connection per driver: the same driver after a reopen keeps it.
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification,
            Qt::UniqueConnection);
    if (wasListening)
        qCInfo(lcStorage).noquote() << "LISTEN" << kChannel << "again on a new session";
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                const QVariant &payload)
{
    if (name == QLatin1StringView(kChannel))
        emit changed(payload.toString());
}

void ChangeFeed::armFallback()
{
    const quint64 generation = ++m_generation;
    m_clock.callAfter(kFallbackMs, this, [this, generation] {
        if (generation != m_generation)
            return;
        listenAgain();
        emit changed(QStringLiteral("re-read"));
        armFallback();
    });
}

Status notifyChange(Database &database, const QString &what)
{
    if (database.backend() != StorageTarget::Backend::PostgreSql)
        return success();
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(ChangeFeed::kChannel));
    q.addBindValue(what);
    return database.exec(q, "notifying the other consoles");
}

} // namespace earshot
