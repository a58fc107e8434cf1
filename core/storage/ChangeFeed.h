#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>

namespace earshot {

class Clock;
class Database;

// Tells a console that reads a shared database that another console changed it, so it reads
// again: PostgreSQL's LISTEN/NOTIFY on the channel kChannel (WindowCommit notifies in the
// window's own transaction, so the signal comes once the change is visible), and a slow
// re-read every kFallbackMs in case a notification is lost (a dropped connection, a pooler
// that does not pass NOTIFY on). SQLite has no other writer: only the slow re-read.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kChannel = "earshot_changes";
    static constexpr qint64 kFallbackMs = 30'000;

    ChangeFeed(Database &database, Clock &clock, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Whether notifications come (PostgreSQL, subscribed); false means the slow re-read only.
    [[nodiscard]] bool listening() const;
    // Subscribes again where the connection lost its LISTEN (Database::reopen() makes a new
    // session); the slow re-read does it in any case.
    void listenAgain();

signals:
    // `what`: the notification's payload ("window <start>", "action"), or "re-read" from the
    // slow fallback.
    void changed(const QString &what);

private:
    void armFallback();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    Database &m_database;
    Clock &m_clock;
    bool m_listening = false;
    quint64 m_generation = 0;
};

// The notification a commit sends on a shared database (nothing on SQLite); run it inside
// the commit's transaction.
[[nodiscard]] Status notifyChange(Database &database, const QString &what);

} // namespace earshot
