#include "core/config/ConfigLoader.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

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

const QStringList kSecretWords = {QStringLiteral("secret"), QStringLiteral("password"),
                                  QStringLiteral("token"), QStringLiteral("routing_key"),
                                  QStringLiteral("integration_key")};

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

    void string(const QString &key, QString *target)
    {
        if (has(key))
            *target = text(key);
        else
            markKnown(key);
    }

    void url(const QString &key, QUrl *target)
    {
        if (has(key)) {
            const QString value = text(key);
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
                ConfigLoader::tr("%1: \"%2\" is not a whole number.").arg(key, value));
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
            m_out.errors.append(ConfigLoader::tr("%1: \"%2\" is not a number.").arg(key, value));
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
        m_out.errors.append(ConfigLoader::tr("%1: \"%2\" is not true or false.").arg(key, value));
        return false;
    }

    void reportUnknownAndSecrets()
    {
        const QStringList keys = m_settings.allKeys();
        for (const QString &key : keys) {
            const QString lower = key.toLower();
            bool secret = false;
            for (const QString &word : kSecretWords)
                secret = secret || lower.contains(word);
            if (secret) {
                m_out.errors.append(
                    ConfigLoader::tr(
                        "%1: secrets do not belong in the config file; set them through the "
                        "environment (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, "
                        "PAGERDUTY_INTEGRATION_KEY) or the Settings window (OS keychain).")
                        .arg(key));
            } else if (!m_known.contains(key)) {
                m_out.warnings.append(ConfigLoader::tr("%1: unknown key, ignored.").arg(key));
            }
        }
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

} // namespace

ConfigLoad loadConfigFile(const QString &path)
{
    ConfigLoad out;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        out.errors.append(ConfigLoader::tr("The config file \"%1\" does not exist.").arg(path));
        return out;
    }
    if (!info.isReadable()) {
        out.errors.append(ConfigLoader::tr("The config file \"%1\" cannot be read.").arg(path));
        return out;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        out.errors.append(
            ConfigLoader::tr("The config file \"%1\" is not a valid INI file.").arg(path));
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
            c.genesys.source = DataSourceKind::Details;
        else if (source == QLatin1StringView("summary"))
            c.genesys.source = DataSourceKind::Summary;
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

    readThresholds(r, QStringLiteral("thresholds/"), &c.policy.global);
    r.integer(QStringLiteral("alerting/raise_after_windows"), &c.policy.raiseAfterWindows);
    r.integer(QStringLiteral("alerting/clear_after_windows"), &c.policy.clearAfterWindows);
    int idleMinutes = int(c.policy.idleResolveSecs / 60);
    r.integer(QStringLiteral("alerting/idle_resolve_minutes"), &idleMinutes);
    c.policy.idleResolveSecs = qint64(idleMinutes) * 60;

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

    r.string(QStringLiteral("storage/database"), &c.storage.databasePath);
    r.integer(QStringLiteral("storage/retention_days"), &c.storage.retentionDays);

    r.reportUnknownAndSecrets();
    if (out.errors.isEmpty())
        out.errors.append(validateConfig(c));
    for (const QString &w : std::as_const(out.warnings))
        qCWarning(lcConfig).noquote() << w;
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
    if (!c.storage.databasePath.isEmpty())
        s.setValue(QStringLiteral("storage/database"), c.storage.databasePath);
    s.setValue(QStringLiteral("storage/retention_days"), c.storage.retentionDays);
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error{QStringLiteral("config.write"),
                     ConfigLoader::tr("Could not write the config file \"%1\".").arg(path)};
    return success();
}

} // namespace earshot
