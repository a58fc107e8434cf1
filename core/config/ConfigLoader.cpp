#include "core/config/ConfigLoader.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>

#include <functional>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "ConfigLoader".
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};

// Threshold keys, shared by [thresholds] and every [queue.<id>] override section.
struct ThresholdKeys
{
    Metric metric;
    const char *enabled;
    const char *warning;
    const char *critical;
};

constexpr ThresholdKeys kThresholdKeys[] = {
    {Metric::Mos, "mos_enabled", "mos_warning", "mos_critical"},
    {Metric::PacketLoss, "loss_enabled", "loss_warning_percent", "loss_critical_percent"},
    {Metric::Jitter, "jitter_enabled", "jitter_warning_ms", "jitter_critical_ms"},
    {Metric::Latency, "latency_enabled", "latency_warning_ms", "latency_critical_ms"},
    {Metric::JitterBufferDiscard, "discard_enabled", "discard_warning_percent",
     "discard_critical_percent"},
};

// Control characters escaped as \uXXXX: a terminal would act on them.
QString escapedControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                   ? QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))
                   : QString(c);
    return out;
}

// A value as shown in messages: escaped and short.
QString shown(const QString &text)
{
    QString out = escapedControls(text.left(80));
    if (text.size() > 80)
        out += QChar(0x2026);
    return out;
}

// Every message, whatever it quotes (keys and section names may carry %-escaped control
// characters, validation may quote values), leaves here without a control character.
QStringList escapedControls(QStringList messages)
{
    for (QString &m : messages)
        m = escapedControls(m);
    return messages;
}

const QStringList kKnownSections = {
    QStringLiteral("genesys"),  QStringLiteral("schedule"),  QStringLiteral("thresholds"),
    QStringLiteral("alerting"), QStringLiteral("pagerduty"), QStringLiteral("storage"),
    QStringLiteral("wall"),     QStringLiteral("health"),    QStringLiteral("metrics")};

// Whole-file checks before QSettings reads it: size, text, no NUL or control bytes (a NUL
// inside a value would otherwise end it silently: "3\0 00" read as 3).
QStringList fileProblems(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxConfigFileBytes)
        return {ConfigLoader::tr("The config file \"%1\" is larger than 1 MB (%2 bytes); refused.")
                    .arg(shown(path))
                    .arg(file.size())};
    if (!file.open(QIODevice::ReadOnly))
        return {ConfigLoader::tr("The config file \"%1\" cannot be read.").arg(shown(path))};
    // In pieces rather than read(kMaxConfigFileBytes + 1), which allocates (and clears) the
    // whole megabyte for a file of a few hundred bytes; size() is not trusted (a pipe or a
    // /proc file says 0).
    QByteArray bytes;
    while (bytes.size() <= kMaxConfigFileBytes) {
        const QByteArray piece = file.read(8 * 1024);
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (bytes.size() > kMaxConfigFileBytes)
        return {ConfigLoader::tr("The config file \"%1\" is larger than 1 MB; refused.")
                    .arg(shown(path))};
    int line = 1;
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte == '\n')
            ++line;
        else if ((byte < 0x20 && byte != '\t' && byte != '\r') || byte == 0x7f)
            return {ConfigLoader::tr(
                        "The config file \"%1\" is not a text file: a control byte (0x%2) on line "
                        "%3.")
                        .arg(shown(path))
                        .arg(uint(byte), 2, 16, QLatin1Char('0'))
                        .arg(line)};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return {ConfigLoader::tr("The config file \"%1\" is not UTF-8 text.").arg(shown(path))};
    return {};
}

const QStringList kSecretWords = {QStringLiteral("secret"),      QStringLiteral("password"),
                                  QStringLiteral("client_id"),   QStringLiteral("token"),
                                  QStringLiteral("routing_key"), QStringLiteral("integration_key"),
                                  QStringLiteral("api_key")};

class Reader
{
public:
    Reader(QSettings &settings, ConfigLoad &out)
        : m_settings(settings)
        , m_out(out)
    {
    }

    void markKnown(const QString &key)
    {
        m_known.append(key);
    }

    bool has(const QString &key) const
    {
        return m_settings.contains(key);
    }

    QString text(const QString &key)
    {
        markKnown(key);
        const QVariant v = m_settings.value(key);
        // QSettings splits unquoted values with commas into lists.
        if (v.metaType().id() == QMetaType::QStringList)
            return v.toStringList().join(u',').trimmed();
        return v.toString().trimmed();
    }

    // A value over maxChars is an error: it would make every PagerDuty event too large.
    void string(const QString &key, QString *target, int maxChars = kMaxConfigTextChars)
    {
        if (!has(key)) {
            markKnown(key);
            return;
        }
        const QString value = text(key);
        if (value.size() > maxChars)
            m_out.errors.append(ConfigLoader::tr("%1: %2 characters; at most %3 are allowed.")
                                    .arg(key)
                                    .arg(value.size())
                                    .arg(maxChars));
        else
            *target = value;
    }

    void url(const QString &key, QUrl *target)
    {
        if (has(key)) {
            const QString value = text(key);
            if (value.size() > kMaxConfigUrlChars) {
                m_out.errors.append(ConfigLoader::tr("%1: %2 characters; at most %3 are allowed.")
                                        .arg(key)
                                        .arg(value.size())
                                        .arg(kMaxConfigUrlChars));
                return;
            }
            *target = value.isEmpty() ? QUrl() : QUrl(value, QUrl::StrictMode);
        } else {
            markKnown(key);
        }
    }

    void integer(const QString &key, int *target)
    {
        markKnown(key);
        if (!has(key))
            return;
        bool ok = false;
        const QString value = text(key);
        const int parsed = value.toInt(&ok);
        if (!ok)
            m_out.errors.append(
                ConfigLoader::tr("%1: \"%2\" is not a whole number.").arg(key, shown(value)));
        else
            *target = parsed;
    }

    void optionalInteger(const QString &key, std::optional<int> *target)
    {
        if (!has(key)) {
            markKnown(key);
            return;
        }
        int value = 0;
        const int before = int(m_out.errors.size());
        integer(key, &value);
        if (m_out.errors.size() == before)
            *target = value;
    }

    bool number(const QString &key, double *target)
    {
        markKnown(key);
        if (!has(key))
            return false;
        bool ok = false;
        const QString value = text(key);
        const double parsed = value.toDouble(&ok);
        if (!ok || !qIsFinite(parsed)) {
            m_out.errors.append(
                ConfigLoader::tr("%1: \"%2\" is not a number.").arg(key, shown(value)));
            return false;
        }
        *target = parsed;
        return true;
    }

    bool boolean(const QString &key, bool *target)
    {
        markKnown(key);
        if (!has(key))
            return false;
        const QString value = text(key).toLower();
        if (value == QLatin1StringView("true") || value == QLatin1StringView("yes") ||
            value == QLatin1StringView("1") || value == QLatin1StringView("on")) {
            *target = true;
            return true;
        }
        if (value == QLatin1StringView("false") || value == QLatin1StringView("no") ||
            value == QLatin1StringView("0") || value == QLatin1StringView("off")) {
            *target = false;
            return true;
        }
        m_out.errors.append(
            ConfigLoader::tr("%1: \"%2\" is not true or false.").arg(key, shown(value)));
        return false;
    }

    void reportUnknownAndSecrets()
    {
        const QStringList keys = m_settings.allKeys();
        int unknown = 0;
        bool anyKnownSection = false;
        for (const QString &key : keys) {
            const QString section = key.section(u'/', 0, 0);
            anyKnownSection =
                anyKnownSection ||
                (key.contains(u'/') && (kKnownSections.contains(section) ||
                                        section.startsWith(QLatin1StringView("queue."))));
            const QString lower = key.toLower();
            bool secret = false;
            for (const QString &word : kSecretWords)
                secret = secret || lower.contains(word);
            if (secret) {
                m_out.errors.append(
                    ConfigLoader::tr(
                        "%1: secrets do not belong in the config file; set them through the "
                        "environment (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, "
                        "PAGERDUTY_INTEGRATION_KEY, EARSHOT_DB_PASSWORD) or the Settings window "
                        "(OS keychain).")
                        .arg(shown(key)));
            } else if (!m_known.contains(key)) {
                if (++unknown <= kMaxConfigWarnings)
                    m_out.warnings.append(
                        ConfigLoader::tr("%1: unknown key, ignored.").arg(shown(key)));
            }
        }
        if (unknown > kMaxConfigWarnings)
            m_out.warnings.append(ConfigLoader::tr("... and %1 more unknown keys, ignored.")
                                      .arg(unknown - kMaxConfigWarnings));
        if (!keys.isEmpty() && !anyKnownSection)
            m_out.errors.append(ConfigLoader::tr(
                "No known section ([genesys], [schedule], [thresholds], [alerting], "
                "[pagerduty], [storage], [wall], [health], [metrics], [queue.<id>]): this is not "
                "an "
                "Earshot config file."));
    }

private:
    QSettings &m_settings;
    ConfigLoad &m_out;
    QStringList m_known;
};

void readThresholds(Reader &reader, const QString &section, Thresholds *thresholds)
{
    for (const ThresholdKeys &keys : kThresholdKeys) {
        MetricThreshold &t = (*thresholds)[keys.metric];
        reader.boolean(section + QLatin1StringView(keys.enabled), &t.enabled);
        reader.number(section + QLatin1StringView(keys.warning), &t.warning);
        reader.number(section + QLatin1StringView(keys.critical), &t.critical);
    }
    reader.integer(section + QStringLiteral("min_calls"), &thresholds->minCalls);
}

void readOverride(Reader &reader, const QString &section, const Thresholds &global,
                  QueueOverride *override)
{
    for (const ThresholdKeys &keys : kThresholdKeys) {
        const QString enabledKey = section + QLatin1StringView(keys.enabled);
        const QString warningKey = section + QLatin1StringView(keys.warning);
        const QString criticalKey = section + QLatin1StringView(keys.critical);
        if (!reader.has(enabledKey) && !reader.has(warningKey) && !reader.has(criticalKey))
            continue;
        MetricThreshold t = global[keys.metric];
        reader.boolean(enabledKey, &t.enabled);
        reader.number(warningKey, &t.warning);
        reader.number(criticalKey, &t.critical);
        override->metrics[metricIndex(keys.metric)] = t;
    }
    reader.optionalInteger(section + QStringLiteral("min_calls"), &override->minCalls);
    reader.optionalInteger(section + QStringLiteral("raise_after_windows"),
                           &override->raiseAfterWindows);
    reader.optionalInteger(section + QStringLiteral("clear_after_windows"),
                           &override->clearAfterWindows);
}

void readWall(Reader &reader, WallConfig *wall, QStringList *errors)
{
    reader.integer(QStringLiteral("wall/rotate_seconds"), &wall->rotateSecs);
    QString queues;
    reader.string(QStringLiteral("wall/queues"), &queues);
    wall->queuePatterns = parseWallPatterns(queues);
    QString groups;
    reader.string(QStringLiteral("wall/groups"), &groups);
    wall->groups = parseWallGroups(groups, errors);
    if (reader.has(QStringLiteral("wall/theme"))) {
        const QString theme = reader.text(QStringLiteral("wall/theme")).toLower();
        if (theme == QLatin1StringView("dark"))
            wall->theme = WallTheme::Dark;
        else if (theme == QLatin1StringView("light"))
            wall->theme = WallTheme::Light;
        else
            errors->append(ConfigLoader::tr("wall/theme: \"%1\" is neither dark nor light.")
                               .arg(shown(theme)));
    }
    reader.markKnown(QStringLiteral("wall/theme"));
    reader.boolean(QStringLiteral("wall/sound"), &wall->sound);
}

} // namespace

ConfigLoad loadConfigFile(const QString &path)
{
    ConfigLoad out;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        out.errors.append(
            ConfigLoader::tr("The config file \"%1\" does not exist.").arg(escapedControls(path)));
        return out;
    }
    if (!info.isReadable()) {
        out.errors.append(
            ConfigLoader::tr("The config file \"%1\" cannot be read.").arg(escapedControls(path)));
        return out;
    }
    out.errors = fileProblems(path);
    if (!out.errors.isEmpty())
        return out;
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        out.errors.append(ConfigLoader::tr("The config file \"%1\" is not a valid INI file.")
                              .arg(escapedControls(path)));
        return out;
    }

    AppConfig &c = out.config;
    Reader r(settings, out);
    r.string(QStringLiteral("genesys/region"), &c.genesys.region);
    r.url(QStringLiteral("genesys/login_url"), &c.genesys.loginUrl);
    r.url(QStringLiteral("genesys/api_url"), &c.genesys.apiUrl);
    if (r.has(QStringLiteral("genesys/source"))) {
        const QString source = r.text(QStringLiteral("genesys/source")).toLower();
        if (source == QLatin1StringView("details"))
            c.genesys.source = QualitySourceKind::Details;
        else if (source == QLatin1StringView("summary"))
            c.genesys.source = QualitySourceKind::Summary;
        else
            out.errors.append(
                ConfigLoader::tr("genesys/source: \"%1\" is neither details nor summary.")
                    .arg(source));
    }
    if (r.has(QStringLiteral("genesys/queues"))) {
        const QStringList ids =
            r.text(QStringLiteral("genesys/queues")).split(u',', Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            if (!id.trimmed().isEmpty())
                c.genesys.queues.append(id.trimmed());
        }
    }
    r.markKnown(QStringLiteral("genesys/queues"));

    r.integer(QStringLiteral("schedule/window_seconds"), &c.schedule.windowSecs);
    r.integer(QStringLiteral("schedule/ingest_lag_seconds"), &c.schedule.ingestLagSecs);
    r.integer(QStringLiteral("schedule/request_timeout_seconds"), &c.schedule.requestTimeoutSecs);

    readThresholds(r, QStringLiteral("thresholds/"), &c.policy.global);
    r.integer(QStringLiteral("alerting/raise_after_windows"), &c.policy.raiseAfterWindows);
    r.integer(QStringLiteral("alerting/clear_after_windows"), &c.policy.clearAfterWindows);
    int idleMinutes = int(c.policy.idleResolveSecs / 60);
    r.integer(QStringLiteral("alerting/idle_resolve_minutes"), &idleMinutes);
    c.policy.idleResolveSecs = qint64(idleMinutes) * 60;
    r.integer(QStringLiteral("alerting/storm_queues"), &c.storm.minQueues);
    r.integer(QStringLiteral("alerting/storm_percent"), &c.storm.percent);

    const QStringList groups = settings.childGroups();
    for (const QString &group : groups) {
        if (!group.startsWith(QLatin1StringView("queue.")))
            continue;
        const QString queueId = group.mid(6);
        QueueOverride override;
        readOverride(r, group + u'/', c.policy.global, &override);
        if (!override.isEmpty())
            c.policy.overrides.insert(queueId, override);
    }

    r.url(QStringLiteral("pagerduty/events_url"), &c.pagerduty.eventsUrl);
    r.string(QStringLiteral("pagerduty/source"), &c.pagerduty.source);
    r.string(QStringLiteral("pagerduty/component"), &c.pagerduty.component);
    r.string(QStringLiteral("pagerduty/group"), &c.pagerduty.group);
    r.url(QStringLiteral("pagerduty/api_url"), &c.pagerduty.apiUrl);
    r.integer(QStringLiteral("pagerduty/follow_seconds"), &c.pagerduty.followSeconds);
    r.string(QStringLiteral("pagerduty/service_id"), &c.pagerduty.serviceId);
    (void)r.boolean(QStringLiteral("pagerduty/repage_after_fresh_breach"),
                    &c.pagerduty.repageAfterFreshBreach);

    r.string(QStringLiteral("storage/backend"), &c.storage.backend, 20);
    c.storage.backend = c.storage.backend.toLower();
    r.string(QStringLiteral("storage/database"), &c.storage.databasePath, 4096);
    r.integer(QStringLiteral("storage/retention_days"), &c.storage.retentionDays);
    r.string(QStringLiteral("storage/host"), &c.storage.host, 255);
    r.integer(QStringLiteral("storage/port"), &c.storage.port);
    r.string(QStringLiteral("storage/dbname"), &c.storage.dbname, 63);
    r.string(QStringLiteral("storage/user"), &c.storage.user, 63);
    r.string(QStringLiteral("storage/sslmode"), &c.storage.sslmode, 20);

    readWall(r, &c.wall, &out.errors);
    r.integer(QStringLiteral("health/page_after_windows"), &c.health.pageAfterWindows);
    r.url(QStringLiteral("health/heartbeat_url"), &c.health.heartbeatUrl);
    r.string(QStringLiteral("metrics/listen"), &c.metrics.listen);

    r.reportUnknownAndSecrets();
    if (out.errors.isEmpty())
        out.errors.append(validateConfig(c));
    out.errors = escapedControls(out.errors);
    out.warnings = escapedControls(out.warnings);
    return out;
}

Status saveConfigFile(const AppConfig &c, const QString &path)
{
    QSettings s(path, QSettings::IniFormat);
    s.clear();
    s.setValue(QStringLiteral("genesys/region"), c.genesys.region);
    if (!c.genesys.loginUrl.isEmpty())
        s.setValue(QStringLiteral("genesys/login_url"), c.genesys.loginUrl.toString());
    if (!c.genesys.apiUrl.isEmpty())
        s.setValue(QStringLiteral("genesys/api_url"), c.genesys.apiUrl.toString());
    s.setValue(QStringLiteral("genesys/source"), dataSourceKey(c.genesys.source));
    s.setValue(QStringLiteral("genesys/queues"), c.genesys.queues.join(u','));
    s.setValue(QStringLiteral("schedule/window_seconds"), c.schedule.windowSecs);
    s.setValue(QStringLiteral("schedule/ingest_lag_seconds"), c.schedule.ingestLagSecs);
    s.setValue(QStringLiteral("schedule/request_timeout_seconds"), c.schedule.requestTimeoutSecs);

    const auto writeThresholds = [&s](const QString &section, const MetricThreshold &t,
                                      const ThresholdKeys &keys) {
        s.setValue(section + QLatin1StringView(keys.enabled), t.enabled);
        s.setValue(section + QLatin1StringView(keys.warning), t.warning);
        s.setValue(section + QLatin1StringView(keys.critical), t.critical);
    };
    for (const ThresholdKeys &keys : kThresholdKeys)
        writeThresholds(QStringLiteral("thresholds/"), c.policy.global[keys.metric], keys);
    s.setValue(QStringLiteral("thresholds/min_calls"), c.policy.global.minCalls);
    s.setValue(QStringLiteral("alerting/raise_after_windows"), c.policy.raiseAfterWindows);
    s.setValue(QStringLiteral("alerting/clear_after_windows"), c.policy.clearAfterWindows);
    s.setValue(QStringLiteral("alerting/idle_resolve_minutes"), c.policy.idleResolveSecs / 60);
    s.setValue(QStringLiteral("alerting/storm_queues"), c.storm.minQueues);
    s.setValue(QStringLiteral("alerting/storm_percent"), c.storm.percent);
    for (auto it = c.policy.overrides.cbegin(); it != c.policy.overrides.cend(); ++it) {
        const QString section = QStringLiteral("queue.") + it.key() + u'/';
        const QueueOverride &o = it.value();
        for (const ThresholdKeys &keys : kThresholdKeys) {
            if (const auto &t = o.metrics[metricIndex(keys.metric)])
                writeThresholds(section, *t, keys);
        }
        if (o.minCalls)
            s.setValue(section + QStringLiteral("min_calls"), *o.minCalls);
        if (o.raiseAfterWindows)
            s.setValue(section + QStringLiteral("raise_after_windows"), *o.raiseAfterWindows);
        if (o.clearAfterWindows)
            s.setValue(section + QStringLiteral("clear_after_windows"), *o.clearAfterWindows);
    }
    s.setValue(QStringLiteral("pagerduty/events_url"), c.pagerduty.eventsUrl.toString());
    s.setValue(QStringLiteral("pagerduty/source"), c.pagerduty.source);
    s.setValue(QStringLiteral("pagerduty/component"), c.pagerduty.component);
    s.setValue(QStringLiteral("pagerduty/group"), c.pagerduty.group);
    s.setValue(QStringLiteral("pagerduty/api_url"), c.pagerduty.apiUrl.toString());
    s.setValue(QStringLiteral("pagerduty/follow_seconds"), c.pagerduty.followSeconds);
    if (!c.pagerduty.serviceId.isEmpty())
        s.setValue(QStringLiteral("pagerduty/service_id"), c.pagerduty.serviceId);
    s.setValue(QStringLiteral("pagerduty/repage_after_fresh_breach"),
               c.pagerduty.repageAfterFreshBreach);
    if (!c.storage.databasePath.isEmpty())
        s.setValue(QStringLiteral("storage/database"), c.storage.databasePath);
    s.setValue(QStringLiteral("storage/retention_days"), c.storage.retentionDays);
    if (c.storage.postgres()) {
        s.setValue(QStringLiteral("storage/backend"), c.storage.backend);
        s.setValue(QStringLiteral("storage/host"), c.storage.host);
        s.setValue(QStringLiteral("storage/port"), c.storage.port);
        s.setValue(QStringLiteral("storage/dbname"), c.storage.dbname);
        s.setValue(QStringLiteral("storage/user"), c.storage.user);
        s.setValue(QStringLiteral("storage/sslmode"), c.storage.sslmode);
    }
    s.setValue(QStringLiteral("wall/rotate_seconds"), c.wall.rotateSecs);
    s.setValue(QStringLiteral("wall/queues"), c.wall.queuePatterns.join(QStringLiteral(", ")));
    s.setValue(QStringLiteral("wall/groups"), wallGroupsText(c.wall.groups));
    s.setValue(QStringLiteral("wall/theme"), wallThemeKey(c.wall.theme));
    s.setValue(QStringLiteral("wall/sound"), c.wall.sound);
    s.setValue(QStringLiteral("health/page_after_windows"), c.health.pageAfterWindows);
    if (!c.health.heartbeatUrl.isEmpty())
        s.setValue(QStringLiteral("health/heartbeat_url"), c.health.heartbeatUrl.toString());
    if (!c.metrics.listen.isEmpty())
        s.setValue(QStringLiteral("metrics/listen"), c.metrics.listen);
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error{ErrorKind::ConfigWrite,
                     ConfigLoader::tr("Could not write the config file \"%1\".").arg(path)};
    return success();
}

} // namespace earshot
