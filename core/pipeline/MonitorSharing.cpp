// A shared PostgreSQL database: the console that polls tells the others how it goes and
// carries out what they ask; a console that views reads the database again at every change
// and takes over when nobody polls (--role auto).
#include "core/pipeline/Monitor.h"

#include "core/common/Clock.h"
#include "core/pipeline/MonitorParts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSysInfo>
#include <QTimer>

namespace earshot {

namespace {

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The keys of the episodes (and the storm group) a viewer has seen open and paged: one seen
// for the first time is announced as the polling console announced it (incidentOpened).
QSet<QString> pagedOpenKeys(const AlertEngine &engine, const StormGrouper &storm)
{
    QSet<QString> keys;
    for (const Episode &e : engine.openEpisodes()) {
        if (e.paged && storm.groupOf(e.dedupKey).isEmpty())
            keys.insert(e.dedupKey);
    }
    if (const auto group = storm.openGroup())
        keys.insert(group->dedupKey);
    return keys;
}

// Refused for good: asking again would not help. Anything else (the database) leaves the
// request waiting for the next try.
bool refusedForGood(ErrorKind kind)
{
    return kind == ErrorKind::NoSuchEpisode || kind == ErrorKind::NoSuchSilence ||
           kind == ErrorKind::PolicyRejected || kind == ErrorKind::SetupFailed ||
           kind == ErrorKind::ConfigWrite;
}

} // namespace

QString Monitor::leaderClaim(const Clock &clock)
{
    return tr("%1 (process %2), leading since %3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(clock.nowUtc().toString(Qt::ISODate));
}

void Monitor::wireSharing()
{
    Parts &p = *m_parts;
    if (p.database->backend() != StorageTarget::Backend::PostgreSql)
        return;
    p.feed = std::make_unique<ChangeFeed>(*p.database, *p.clock);
    connect(p.feed.get(), &ChangeFeed::changed, this, &Monitor::onDatabaseChanged);
    // The viewers show the polling console's status bar.
    connect(this, &Monitor::pollerStatusChanged, this, &Monitor::publishStatusSoon);
    connect(this, &Monitor::deliveryStatusChanged, this, &Monitor::publishStatusSoon);
    connect(this, &Monitor::healthStatusChanged, this, &Monitor::publishStatusSoon);
    connect(this, &Monitor::followStatusChanged, this, &Monitor::publishStatusSoon);
    connect(this, &Monitor::incidentsChanged, this, &Monitor::publishStatusSoon);
}

bool Monitor::polls() const
{
    return !m_parts->viewer;
}

SharedDatabaseStatus Monitor::sharedStatus() const
{
    const Parts &p = *m_parts;
    SharedDatabaseStatus s;
    if (p.database->backend() != StorageTarget::Backend::PostgreSql)
        return s;
    s.database = p.database->path();
    s.polls = !p.viewer;
    s.mayTakeOver = p.viewer && p.role == ConsoleRole::Auto;
    s.leader = p.viewer ? p.leaderText : p.holder;
    s.leaderPresent = p.viewer ? p.leaderPresent : true;
    s.waitingRequests = int(p.waitingRequests.size());
    return s;
}

void Monitor::onDatabaseChanged(const QString &what)
{
    Parts &p = *m_parts;
    if (!p.running)
        return;
    if (!p.viewer) {
        if (what.startsWith(QLatin1StringView("request")) || what == QLatin1StringView("re-read"))
            carryOutRequests();
        return;
    }
    // A status or a request changes no state: the engine is read again for the rest only.
    viewAgain(!what.startsWith(QLatin1StringView("status")) &&
              !what.startsWith(QLatin1StringView("request")));
}

void Monitor::viewAgain(bool stateToo)
{
    Parts &p = *m_parts;
    const auto present = p.database->leaderPresent();
    if (!present.ok()) {
        setStorageProblem(present.error().message);
        // A new connection for the next change (the slow re-read comes in any case).
        if (Status s = p.database->reopen(); !s.ok())
            qCWarning(lcPipeline).noquote() << s.error().message;
        return;
    }
    const QString leaderText = p.database->leader();
    const bool whoChanged = present.value() != p.leaderPresent || leaderText != p.leaderText;
    p.leaderPresent = present.value();
    p.leaderText = leaderText;
    const auto statusText = p.state->meta(kLeaderStatusKey);
    if (!statusText.ok()) {
        setStorageProblem(statusText.error().message);
        return;
    }
    p.viewed = LeaderStatus::fromJson(jsonOf(statusText.value()));
    // Written by a console that no longer leads: nothing is known yet of the one that does
    // (it writes its own as it starts).
    if (p.viewed.holder != p.leaderText)
        p.viewed = LeaderStatus{};
    if (stateToo) {
        const qint64 cursorBefore = p.cursor;
        const QJsonObject policyBefore = p.engine.policy().toJson();
        if (Status s = p.loadState(); !s.ok()) {
            setStorageProblem(s.error().message);
            return;
        }
        if (p.engine.policy().toJson() != policyBefore)
            emit policyChanged();
        if (p.cursor > 0 && p.cursor != cursorBefore)
            emit windowStored(p.cursor - windowSecs(), p.cursor);
        emit incidentsChanged();
        const QSet<QString> open = pagedOpenKeys(p.engine, p.storm);
        if (p.viewedOnce) {
            for (const Episode &e : p.engine.openEpisodes()) {
                if (open.contains(e.dedupKey) && !p.viewedOpen.contains(e.dedupKey))
                    emit incidentOpened(e.queueName, e.dedupKey, e.severity);
            }
            if (const auto group = p.storm.openGroup();
                group && !p.viewedOpen.contains(group->dedupKey))
                announceStorm(*group);
        }
        p.viewedOpen = open;
        p.viewedOnce = true;
    }
    setStorageProblem({});
    settleWaitingRequests();
    if (whoChanged)
        emit sharedStatusChanged();
    emit pollerStatusChanged();
    emit deliveryStatusChanged();
    emit healthStatusChanged();
    emit followStatusChanged();
    if (!p.leaderPresent)
        tryTakeOver();
}

void Monitor::settleWaitingRequests()
{
    Parts &p = *m_parts;
    if (p.waitingRequests.isEmpty())
        return;
    const auto rows = p.requests->byIds(p.waitingRequests);
    if (!rows.ok())
        return;
    bool settled = false;
    for (const OperatorRequest &r : rows.value()) {
        if (r.state == OperatorRequest::State::Pending)
            continue;
        p.waitingRequests.removeAll(r.id);
        settled = true;
        if (r.state == OperatorRequest::State::Refused)
            emit operatorRequestRefused(r.kind, r.subject, r.outcome);
    }
    if (settled)
        emit sharedStatusChanged();
}

void Monitor::armTakeOver()
{
    Parts &p = *m_parts;
    if (!p.viewer || p.role != ConsoleRole::Auto || !p.running)
        return;
    const quint64 generation = ++p.takeOverGeneration;
    p.clock->callAfter(kTakeOverRetryMs, this, [this, generation] {
        if (generation != m_parts->takeOverGeneration)
            return;
        tryTakeOver();
        armTakeOver();
    });
}

void Monitor::tryTakeOver()
{
    Parts &p = *m_parts;
    if (!p.viewer || p.role != ConsoleRole::Auto || !p.running)
        return;
    p.holder = leaderClaim(*p.clock);
    if (Status s = p.database->claimLeadership(p.holder); !s.ok()) {
        if (s.error().kind != ErrorKind::StorageLeaderElsewhere)
            qCWarning(lcPipeline).noquote() << s.error().message;
        return;
    }
    // From the shared state as the last console to poll left it: its cursor, its episodes.
    p.viewer = false;
    if (Status s = p.loadState(); !s.ok()) {
        qCCritical(lcPipeline).noquote() << s.error().message;
        p.viewer = true;
        p.database->releaseLeadership();
        setStorageProblem(s.error().message);
        return;
    }
    ++p.takeOverGeneration;
    qCInfo(lcPipeline).noquote()
        << tr("taking over: this console polls %1 now").arg(p.database->path());
    emit sharedStatusChanged();
    emit incidentsChanged();
    startPolling();
}

void Monitor::publishStatusSoon()
{
    Parts &p = *m_parts;
    if (p.viewer || !p.feed || p.publishQueued)
        return;
    p.publishQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_parts->publishQueued = false;
        publishStatus();
    });
}

void Monitor::publishStatus()
{
    Parts &p = *m_parts;
    if (p.viewer || !p.feed || p.database->leadershipLost())
        return;
    LeaderStatus status;
    status.poller = pollerStatus();
    status.delivery = deliveryStatus();
    status.health = healthStatus();
    status.follow = followStatus();
    status.writtenAtMs = p.clock->nowMs();
    status.holder = p.holder;
    const Status written = p.database->transaction([&]() -> Status {
        if (Status s = p.state->setMeta(kLeaderStatusKey, compactJson(status.toJson())); !s.ok())
            return s;
        return notifyChange(*p.database, QStringLiteral("status"));
    });
    if (!written.ok())
        qCWarning(lcPipeline).noquote() << written.error().message;
}

Status Monitor::askPollingConsole(const QString &kind, const QString &subject, const QString &actor,
                                  const QJsonObject &args)
{
    Parts &p = *m_parts;
    OperatorRequest request;
    request.requestedAtMs = p.clock->nowMs();
    request.console = QStringLiteral("%1 (process %2)")
                          .arg(QSysInfo::machineHostName())
                          .arg(QCoreApplication::applicationPid());
    request.kind = kind;
    request.subject = subject;
    request.actor = actor;
    request.args = args;
    const auto id = p.requests->submit(request);
    if (!id.ok())
        return id.error();
    p.waitingRequests.append(id.value());
    emit sharedStatusChanged();
    return success();
}

void Monitor::carryOutRequests()
{
    Parts &p = *m_parts;
    if (p.viewer || !p.feed || p.settlingRequest != 0 || p.database->leadershipLost())
        return;
    const auto pending = p.requests->pending();
    if (!pending.ok()) {
        qCWarning(lcPipeline).noquote() << pending.error().message;
        return;
    }
    for (const OperatorRequest &r : pending.value()) {
        p.settlingRequest = r.id;
        const Status done = carryOut(r);
        p.settlingRequest = 0;
        if (done.ok()) {
            qCInfo(lcPipeline).noquote() << tr("carried out %1 %2 for %3, asked on %4")
                                                .arg(r.kind, r.subject, r.actor, r.console);
            continue;
        }
        if (!refusedForGood(done.error().kind)) {
            // The database: this request (and those after it, in order) waits for the next
            // change or the slow re-read.
            qCWarning(lcPipeline).noquote() << done.error().message;
            return;
        }
        const Status refused = p.database->transaction([&]() -> Status {
            if (Status s = p.requests->settle(r.id, OperatorRequest::State::Refused,
                                              done.error().message, p.clock->nowMs());
                !s.ok())
                return s;
            return notifyChange(*p.database, QStringLiteral("action"));
        });
        if (!refused.ok()) {
            qCWarning(lcPipeline).noquote() << refused.error().message;
            return;
        }
        qCInfo(lcPipeline).noquote()
            << tr("refused %1 %2 for %3, asked on %4: %5")
                   .arg(r.kind, r.subject, r.actor, r.console, done.error().message);
    }
}

Status Monitor::carryOut(const OperatorRequest &r)
{
    const auto text = [&r](const char *key) {
        return r.args.value(QLatin1StringView(key)).toString();
    };
    const auto secs = [&r](const char *key) {
        return qint64(r.args.value(QLatin1StringView(key)).toDouble());
    };
    if (r.kind == OperatorRequest::kAcknowledge)
        return acknowledge(r.subject, r.actor, text("note"));
    if (r.kind == OperatorRequest::kResolve)
        return resolve(r.subject, r.actor, text("note"));
    if (r.kind == OperatorRequest::kSilence)
        return silenceQueue(r.subject, secs("until"), r.actor, text("reason"));
    if (r.kind == OperatorRequest::kEndSilence)
        return endSilence(r.subject, r.actor);
    if (r.kind == OperatorRequest::kEditSilence)
        return editSilence(r.subject, secs("until"), r.actor, text("reason"));
    if (r.kind == OperatorRequest::kThresholds)
        return applyPolicy(
            AlertPolicy::fromJson(r.args.value(QLatin1StringView("policy")).toObject()), r.actor);
    return Error{ErrorKind::SetupFailed, tr("unknown request \"%1\"").arg(r.kind)};
}

} // namespace earshot
