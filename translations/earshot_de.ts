<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertEngine</name>
    <message>
        <source>saved alert state: "%1" is missing, has the wrong type or is out of range</source>
        <translation>gespeicherter Alarmzustand: „%1“ fehlt, hat den falschen Typ oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>saved alert state has an unknown version</source>
        <translation>der gespeicherte Alarmzustand hat eine unbekannte Version</translation>
    </message>
</context>
<context>
    <name>AlertPolicy</name>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>packet loss</source>
        <translation>Paketverlust</translation>
    </message>
    <message>
        <source>jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>jitter-buffer discard</source>
        <translation>Jitter-Buffer-Verwürfe</translation>
    </message>
    <message>
        <source>%1: %2 levels must be numbers.</source>
        <translation>%1: Die Schwellen für %2 müssen Zahlen sein.</translation>
    </message>
    <message>
        <source>%1: %2 critical (%3) must be below its warning (%4).</source>
        <translation>%1: Der kritische Wert für %2 (%3) muss unter dem Warnwert (%4) liegen.</translation>
    </message>
    <message>
        <source>%1: %2 critical (%3) must be above its warning (%4).</source>
        <translation>%1: Der kritische Wert für %2 (%3) muss über dem Warnwert (%4) liegen.</translation>
    </message>
    <message>
        <source>%1: %2 levels must lie between 1 and 5.</source>
        <translation>%1: Die Schwellen für %2 müssen zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>%1: %2 levels must lie between 0 and 100 %.</source>
        <translation>%1: Die Schwellen für %2 müssen zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>%1: %2 levels must not be negative.</source>
        <translation>%1: Die Schwellen für %2 dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: min calls must not be negative.</source>
        <translation>%1: Die Mindestanzahl an Anrufen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: raise after windows must be at least 1.</source>
        <translation>%1: „Auslösen nach Fenstern“ muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>%1: clear after windows must be at least 1.</source>
        <translation>%1: „Aufheben nach Fenstern“ muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Global thresholds</source>
        <translation>Globale Schwellenwerte</translation>
    </message>
    <message>
        <source>%1: the idle time before resolving must be positive.</source>
        <translation>%1: Die Ruhezeit bis zur Auflösung muss positiv sein.</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>[genesys] login_url and api_url go together: set both or neither.</source>
        <translation>[genesys] login_url und api_url gehören zusammen: Setzen Sie beide oder keine.</translation>
    </message>
    <message>
        <source>[genesys] region is empty and no login_url/api_url is set.</source>
        <translation>[genesys] region ist leer und weder login_url noch api_url ist gesetzt.</translation>
    </message>
    <message>
        <source>[schedule] window_seconds must divide a day evenly (300 is Genesys' FIVE_MINUTES granularity); got %1.</source>
        <translation>[schedule] window_seconds muss einen Tag ohne Rest teilen (300 ist die Genesys-Granularität FIVE_MINUTES); erhalten: %1.</translation>
    </message>
    <message>
        <source>[schedule] window_seconds below 300 is only accepted when every endpoint is loopback (tests and demo); got %1.</source>
        <translation>[schedule] window_seconds unter 300 ist nur erlaubt, wenn alle Endpunkte Loopback-Adressen sind (Tests und Demo); erhalten: %1.</translation>
    </message>
    <message>
        <source>[genesys] source = summary needs window_seconds = 300 (the endpoint's FIVE_MINUTES granularity).</source>
        <translation>[genesys] source = summary erfordert window_seconds = 300 (die Granularität FIVE_MINUTES des Endpunkts).</translation>
    </message>
    <message>
        <source>[schedule] ingest_lag_seconds must be between 0 and 3600; got %1.</source>
        <translation>[schedule] ingest_lag_seconds muss zwischen 0 und 3600 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>[storage] retention_days must be at least 1; got %1.</source>
        <translation>[storage] retention_days muss mindestens 1 sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>[pagerduty] source must not be empty (PagerDuty requires it).</source>
        <translation>[pagerduty] source darf nicht leer sein (PagerDuty verlangt es).</translation>
    </message>
    <message>
        <source>[schedule] request_timeout_seconds must be between 1 and 300; got %1.</source>
        <translation>[schedule] request_timeout_seconds muss zwischen 1 und 300 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>[wall] groups: "%1" is not "name: pattern, pattern" (groups are separated by |).</source>
        <translation>[wall] groups: „%1“ hat nicht die Form „Name: Muster, Muster“ (Gruppen werden durch | getrennt).</translation>
    </message>
    <message>
        <source>[wall] groups: the group "%1" is named twice.</source>
        <translation>[wall] groups: die Gruppe „%1“ ist zweimal benannt.</translation>
    </message>
    <message>
        <source>[wall] rotate_seconds must be between 3 and 3600; got %1.</source>
        <translation>[wall] rotate_seconds muss zwischen 3 und 3600 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>[health] page_after_windows must be between 0 (off) and 288; got %1.</source>
        <translation>[health] page_after_windows muss zwischen 0 (aus) und 288 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>[pagerduty] follow_seconds must be between 10 and 3600; got %1.</source>
        <translation>[pagerduty] follow_seconds muss zwischen 10 und 3600 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>[storage] backend must be sqlite or postgresql; got "%1".</source>
        <translation>[storage] backend muss sqlite oder postgresql sein; erhalten: "%1".</translation>
    </message>
    <message>
        <source>[storage] %1 is needed with backend = postgresql.</source>
        <translation>[storage] %1 ist bei backend = postgresql erforderlich.</translation>
    </message>
    <message>
        <source>[storage] port must be between 1 and 65535; got %1.</source>
        <translation>[storage] port muss zwischen 1 und 65535 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>[storage] sslmode must be one of %1; got "%2".</source>
        <translation>[storage] sslmode muss einer dieser Werte sein: %1; erhalten: "%2".</translation>
    </message>
    <message>
        <source>[storage] host, dbname and user cannot contain spaces, quotes, '=', ';' or '\'.</source>
        <translation>[storage] host, dbname und user dürfen keine Leerzeichen, Anführungszeichen, '=', ';' oder '\' enthalten.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Voice quality monitoring and PagerDuty alerting for Genesys Cloud.</source>
        <translation>Überwachung der Sprachqualität und PagerDuty-Alarmierung für Genesys Cloud.</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; (INI).</source>
        <translation>Konfiguration aus &lt;file&gt; lesen (INI).</translation>
    </message>
    <message>
        <source>Run the whole pipeline against the embedded simulator.</source>
        <translation>Die gesamte Verarbeitung gegen den eingebauten Simulator ausführen.</translation>
    </message>
    <message>
        <source>Run without a window, logging to stderr.</source>
        <translation>Ohne Fenster laufen, Protokoll auf stderr.</translation>
    </message>
    <message>
        <source>With --headless: run one cycle, then exit (for schedulers).</source>
        <translation>Mit --headless: einen Durchlauf ausführen, dann beenden (für Zeitplaner).</translation>
    </message>
    <message>
        <source>Validate the configuration and exit.</source>
        <translation>Konfiguration prüfen und beenden.</translation>
    </message>
    <message>
        <source>Authenticate, list queues, poll the latest window, print it, exit.</source>
        <translation>Anmelden, Warteschlangen auflisten, das neueste Fenster abfragen, ausgeben, beenden.</translation>
    </message>
    <message>
        <source>With --check-genesys: print JSON.</source>
        <translation>Mit --check-genesys: JSON ausgeben.</translation>
    </message>
    <message>
        <source>With --headless: move a damaged or empty database aside and start a new one.</source>
        <translation>Mit --headless: eine beschädigte oder leere Datenbank beiseitelegen und eine neue beginnen.</translation>
    </message>
    <message>
        <source>earshot: %1
Try 'earshot --help'.
</source>
        <translation>earshot: %1
Siehe 'earshot --help'.
</translation>
    </message>
    <message>
        <source>earshot: unexpected argument: %1
Try 'earshot --help'.
</source>
        <translation>earshot: unerwartetes Argument: %1
Siehe 'earshot --help'.
</translation>
    </message>
    <message>
        <source>earshot: choose one of --demo, --headless, --check-config and --check-genesys.
</source>
        <translation>earshot: wählen Sie eines von --demo, --headless, --check-config und --check-genesys.
</translation>
    </message>
    <message>
        <source>earshot: --once goes with --headless.
</source>
        <translation>earshot: --once gehört zu --headless.
</translation>
    </message>
    <message>
        <source>earshot: --reset-database goes with --headless.
</source>
        <translation>earshot: --reset-database gehört zu --headless.
</translation>
    </message>
    <message>
        <source>Window options read by Qt (see QGuiApplication and QApplication):
  -platform NAME[:OPTIONS], -platformtheme NAME, -style NAME,
  -stylesheet FILE, -qwindowgeometry GEOMETRY, -qwindowtitle TITLE,
  -qwindowicon FILE, -reverse, -session ID, -display DISPLAY (X11)
</source>
        <translation>Fensteroptionen, die Qt liest (siehe QGuiApplication und QApplication):
  -platform NAME[:OPTIONEN], -platformtheme NAME, -style NAME,
  -stylesheet DATEI, -qwindowgeometry GEOMETRIE, -qwindowtitle TITEL,
  -qwindowicon DATEI, -reverse, -session ID, -display DISPLAY (X11)
</translation>
    </message>
    <message>
        <source>Exit status:
  0  success; or the window of the Earshot already running on the same
     database was brought to the front
  1  the work failed (the reason is on stderr), or there is no
     display for the window
  2  a bad command line, configuration or missing secret, or the
     database is in use by another Earshot (its lock file is named)
</source>
        <translation>Exit-Status:
  0  Erfolg; oder das Fenster des Earshot, das bereits auf derselben
     Datenbank läuft, wurde in den Vordergrund geholt
  1  die Arbeit ist fehlgeschlagen (der Grund steht auf stderr), oder es
     gibt keine Anzeige für das Fenster
  2  eine fehlerhafte Befehlszeile, Konfiguration oder ein fehlendes Geheimnis,
     oder die Datenbank wird von einem anderen Earshot benutzt (seine Sperrdatei wird genannt)
</translation>
    </message>
    <message>
        <source>Environment:
  GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET
                     the Genesys Cloud OAuth client; when both are set
                     they win over the OS keychain
  PAGERDUTY_INTEGRATION_KEY
                     the PagerDuty Events API v2 integration key; wins
                     over the OS keychain
  QT_LOGGING_RULES   more or less logging, e.g. "earshot.alerting.debug=true"
  QT_QPA_PLATFORM    the window system (e.g. offscreen, for a window
                     without a display)
</source>
        <translation>Umgebung:
  GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET
                     der OAuth-Client von Genesys Cloud; wenn beide gesetzt
                     sind, haben sie Vorrang vor dem Schlüsselbund des Systems
  PAGERDUTY_INTEGRATION_KEY
                     der Integrationsschlüssel der PagerDuty Events API v2; hat
                     Vorrang vor dem Schlüsselbund des Systems
  QT_LOGGING_RULES   mehr oder weniger Protokoll, z. B. "earshot.alerting.debug=true"
  QT_QPA_PLATFORM    das Fenstersystem (z. B. offscreen, für ein Fenster
                     ohne Anzeige)
</translation>
    </message>
    <message>
        <source>Files:
  %1
      the configuration of the window when --config is not given
  &lt;database&gt;.lock
      beside the database ([storage] database) while an Earshot uses it
</source>
        <translation>Dateien:
  %1
      die Konfiguration des Fensters, wenn --config nicht angegeben ist
  &lt;datenbank&gt;.lock
      neben der Datenbank ([storage] database), solange ein Earshot sie benutzt
</translation>
    </message>
    <message>
        <source>Start on the NOC wall display, fullscreen (also with --demo); F11 leaves it.</source>
        <translation>Mit der NOC-Wandanzeige im Vollbild starten (auch mit --demo); F11 verlässt sie.</translation>
    </message>
    <message>
        <source>With --wall: the screen for the wall, a number from 1 or the name Qt gives it.</source>
        <translation>Mit --wall: der Bildschirm für die Wand, eine Nummer ab 1 oder der Name, den Qt ihm gibt.</translation>
    </message>
    <message>
        <source>earshot: --wall goes with the window or --demo.
</source>
        <translation>earshot: --wall gehört zum Fenster oder zu --demo.
</translation>
    </message>
    <message>
        <source>earshot: --screen goes with --wall.
</source>
        <translation>earshot: --screen gehört zu --wall.
</translation>
    </message>
    <message>
        <source>earshot: --screen needs a screen number or name.
</source>
        <translation>earshot: --screen braucht eine Bildschirmnummer oder einen Namen.
</translation>
    </message>
    <message>
        <source>With --demo: hold one state instead of playing the story: %1.</source>
        <translation>Mit --demo: einen Zustand halten, statt die Geschichte abzuspielen: %1.</translation>
    </message>
    <message>
        <source>With --demo-state: how many queues (1 to %1, default %2).</source>
        <translation>Mit --demo-state: wie viele Warteschlangen (1 bis %1, Vorgabe %2).</translation>
    </message>
    <message>
        <source>earshot: --demo-state goes with --demo.
</source>
        <translation>earshot: --demo-state gehört zu --demo.
</translation>
    </message>
    <message>
        <source>earshot: --demo-state must be one of %1, not "%2".
</source>
        <translation>earshot: --demo-state muss eines von %1 sein, nicht „%2“.
</translation>
    </message>
    <message>
        <source>earshot: --demo-queues goes with --demo-state.
</source>
        <translation>earshot: --demo-queues gehört zu --demo-state.
</translation>
    </message>
    <message>
        <source>earshot: --demo-queues must be a number from 1 to %1, not "%2".
</source>
        <translation>earshot: --demo-queues muss eine Zahl von 1 bis %1 sein, nicht „%2“.
</translation>
    </message>
    <message>
        <source>On a shared database: auto (poll when no other console does, else view and take over; the default), leader (poll or exit) or viewer (never poll).</source>
        <translation>Bei einer gemeinsamen Datenbank: auto (abfragen, wenn keine andere Konsole es tut, sonst ansehen und übernehmen; Standard), leader (abfragen oder beenden) oder viewer (nie abfragen).</translation>
    </message>
    <message>
        <source>earshot: --role must be auto, leader or viewer, not "%1".
</source>
        <translation>earshot: --role muss auto, leader oder viewer sein, nicht "%1".
</translation>
    </message>
    <message>
        <source>earshot: --role goes with the window or --headless.
</source>
        <translation>earshot: --role gehört zum Fenster oder zu --headless.
</translation>
    </message>
    <message>
        <source>earshot: --role viewer needs a window: a headless console that never polls would do nothing.
</source>
        <translation>earshot: --role viewer braucht ein Fenster: eine Konsole ohne Fenster, die nie abfragt, täte nichts.
</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1: "%2" is not a whole number.</source>
        <translation>%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: "%2" is not true or false.</source>
        <translation>%1: „%2“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation>%1: unbekannter Schlüssel, ignoriert.</translation>
    </message>
    <message>
        <source>The config file "%1" does not exist.</source>
        <translation>Die Konfigurationsdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The config file "%1" cannot be read.</source>
        <translation>Die Konfigurationsdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The config file "%1" is not a valid INI file.</source>
        <translation>Die Konfigurationsdatei „%1“ ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <source>genesys/source: "%1" is neither details nor summary.</source>
        <translation>genesys/source: „%1“ ist weder details noch summary.</translation>
    </message>
    <message>
        <source>Could not write the config file "%1".</source>
        <translation>Die Konfigurationsdatei „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The config file "%1" is larger than 1 MB (%2 bytes); refused.</source>
        <translation>Die Konfigurationsdatei „%1“ ist größer als 1 MB (%2 Bytes); abgelehnt.</translation>
    </message>
    <message>
        <source>The config file "%1" is larger than 1 MB; refused.</source>
        <translation>Die Konfigurationsdatei „%1“ ist größer als 1 MB; abgelehnt.</translation>
    </message>
    <message>
        <source>The config file "%1" is not a text file: a control byte (0x%2) on line %3.</source>
        <translation>Die Konfigurationsdatei „%1“ ist keine Textdatei: ein Steuerbyte (0x%2) in Zeile %3.</translation>
    </message>
    <message>
        <source>The config file "%1" is not UTF-8 text.</source>
        <translation>Die Konfigurationsdatei „%1“ ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1: %2 characters; at most %3 are allowed.</source>
        <translation>%1: %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>... and %1 more unknown keys, ignored.</source>
        <translation>... und %1 weitere unbekannte Schlüssel, ignoriert.</translation>
    </message>
    <message>
        <source>wall/theme: "%1" is neither dark nor light.</source>
        <translation>wall/theme: „%1“ ist weder dark noch light.</translation>
    </message>
    <message>
        <source>No known section ([genesys], [schedule], [thresholds], [alerting], [pagerduty], [storage], [wall], [health], [metrics], [queue.&lt;id&gt;]): this is not an Earshot config file.</source>
        <translation>Kein bekannter Abschnitt ([genesys], [schedule], [thresholds], [alerting], [pagerduty], [storage], [wall], [health], [metrics], [queue.&lt;id&gt;]): dies ist keine Earshot-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>%1: secrets do not belong in the config file; set them through the environment (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, PAGERDUTY_INTEGRATION_KEY, EARSHOT_DB_PASSWORD) or the Settings window (OS keychain).</source>
        <translation>%1: Geheimnisse gehören nicht in die Konfigurationsdatei; setzen Sie sie über die Umgebung (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, PAGERDUTY_INTEGRATION_KEY, EARSHOT_DB_PASSWORD) oder im Einstellungsfenster (Schlüsselbund des Systems).</translation>
    </message>
</context>
<context>
    <name>ConversationChecks</name>
    <message>
        <source>conversation %1: a negative packet count</source>
        <translation>Gespräch %1: eine negative Paketzahl</translation>
    </message>
    <message>
        <source>conversation %1: more than %2 packets</source>
        <translation>Gespräch %1: mehr als %2 Pakete</translation>
    </message>
    <message>
        <source>conversation %1: more packets lost (%2) than received (%3)</source>
        <translation>Gespräch %1: mehr Pakete verloren (%2) als empfangen (%3)</translation>
    </message>
    <message>
        <source>conversation %1: more jitter-buffer discards (%2) than packets received (%3)</source>
        <translation>Gespräch %1: mehr Jitter-Buffer-Verwerfungen (%2) als empfangene Pakete (%3)</translation>
    </message>
    <message>
        <source>conversation %1: MOS %2 is outside 1 to 5</source>
        <translation>Gespräch %1: MOS %2 liegt außerhalb von 1 bis 5</translation>
    </message>
    <message>
        <source>conversation %1: latency %2 ms is outside 0 to 60000</source>
        <translation>Gespräch %1: Latenz %2 ms liegt außerhalb von 0 bis 60000</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>database: %1 failed: %2</source>
        <translation>Datenbank: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>opening "%1"</source>
        <translation>Öffnen von „%1“</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>database "%1" %2; it was left as it is (the open incidents are in it). Restore it from a backup, or start again with --reset-database (the file is kept beside it).</source>
        <translation>Datenbank „%1“ %2; sie wurde unverändert gelassen (die offenen Vorfälle stehen darin). Stellen Sie sie aus einer Sicherung wieder her oder beginnen Sie neu mit --reset-database (die Datei bleibt daneben erhalten).</translation>
    </message>
    <message>
        <source>moving "%1" aside</source>
        <translation>„%1“ beiseitelegen</translation>
    </message>
    <message>
        <source>rename refused</source>
        <translation>Umbenennen abgelehnt</translation>
    </message>
    <message>
        <source>database "%1" moved aside to "%2"; starting a new one</source>
        <translation>Datenbank „%1“ nach „%2“ beiseitegelegt; eine neue wird begonnen</translation>
    </message>
    <message>
        <source>exists but is empty</source>
        <translation>existiert, ist aber leer</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (%1)</source>
        <translation>ist keine lesbare SQLite-Datenbank (%1)</translation>
    </message>
    <message>
        <source>failed its integrity check (%1)</source>
        <translation>hat die Integritätsprüfung nicht bestanden (%1)</translation>
    </message>
    <message>
        <source>database "%1" cannot be written (%2): check its permissions and the free disk space</source>
        <translation>Datenbank „%1“ kann nicht geschrieben werden (%2): prüfen Sie die Berechtigungen und den freien Speicherplatz</translation>
    </message>
    <message>
        <source>database "%1" has schema version %2, newer than this Earshot understands (%3): use a newer Earshot or another database</source>
        <translation>Datenbank "%1" hat die Schemaversion %2, neuer als dieses Earshot versteht (%3): Verwenden Sie ein neueres Earshot oder eine andere Datenbank</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql, or use the default backend (sqlite)</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert: Installieren Sie libqt6sql6-psql oder verwenden Sie das Standard-Backend (sqlite)</translation>
    </message>
    <message>
        <source>the PostgreSQL server refused Earshot's login to %1: %2. Check [storage] user, dbname and sslmode, and the password (EARSHOT_DB_PASSWORD or the keychain)</source>
        <translation>der PostgreSQL-Server hat die Anmeldung von Earshot an %1 abgelehnt: %2. Prüfen Sie [storage] user, dbname und sslmode sowie das Passwort (EARSHOT_DB_PASSWORD oder der Schlüsselbund)</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL database %1: %2</source>
        <translation>die PostgreSQL-Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>database %1 cannot be written (%2): check the user's privileges and that the server is not a read-only standby</source>
        <translation>in die Datenbank %1 kann nicht geschrieben werden (%2): Prüfen Sie die Rechte des Benutzers und ob der Server kein schreibgeschützter Standby ist</translation>
    </message>
    <message>
        <source>another Earshot polls the database %1</source>
        <translation>ein anderes Earshot fragt für die Datenbank %1 ab</translation>
    </message>
    <message>
        <source>another Earshot polls the database %1: %2</source>
        <translation>ein anderes Earshot fragt für die Datenbank %1 ab: %2</translation>
    </message>
    <message>
        <source>claiming leadership</source>
        <translation>Übernahme der Abfrage</translation>
    </message>
    <message>
        <source>asking who polls</source>
        <translation>fragen, wer abfragt</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>Scenario starts: all queues healthy.</source>
        <translation>Szenario beginnt: alle Warteschlangen in Ordnung.</translation>
    </message>
    <message>
        <source>Genesys Cloud answers a burst of HTTP 429 with Retry-After.</source>
        <translation>Genesys Cloud antwortet mit einer Serie von HTTP 429 mit Retry-After.</translation>
    </message>
    <message>
        <source>Billing: MOS starts a slow decline.</source>
        <translation>Billing: MOS beginnt langsam zu sinken.</translation>
    </message>
    <message>
        <source>After Hours: quality drops before the queue closes.</source>
        <translation>After Hours: Die Qualität sinkt, bevor die Warteschlange schließt.</translation>
    </message>
    <message>
        <source>Sales: sudden critical degradation (packet loss on a carrier).</source>
        <translation>Sales: plötzliche kritische Verschlechterung (Paketverlust bei einem Carrier).</translation>
    </message>
    <message>
        <source>PagerDuty outage begins; events wait in the outbox. After Hours closes.</source>
        <translation>PagerDuty-Ausfall beginnt; Ereignisse warten im Postausgang. After Hours schließt.</translation>
    </message>
    <message>
        <source>PagerDuty is back; the outbox delivers what waited, in order.</source>
        <translation>PagerDuty ist zurück; der Postausgang liefert das Wartende der Reihe nach aus.</translation>
    </message>
    <message>
        <source>Sales recovers.</source>
        <translation>Sales erholt sich.</translation>
    </message>
    <message>
        <source>Billing recovers.</source>
        <translation>Billing erholt sich.</translation>
    </message>
    <message>
        <source>Technical Support: warning-level MOS.</source>
        <translation>Technical Support: MOS auf Warnstufe.</translation>
    </message>
    <message>
        <source>Technical Support escalates to critical.</source>
        <translation>Technical Support eskaliert auf kritisch.</translation>
    </message>
    <message>
        <source>The access token is revoked; the poller refreshes it once.</source>
        <translation>Das Zugriffstoken wird widerrufen; die Abfrage erneuert es einmal.</translation>
    </message>
    <message>
        <source>Spanish Line: jitter rises.</source>
        <translation>Spanish Line: Jitter steigt.</translation>
    </message>
    <message>
        <source>Technical Support recovers.</source>
        <translation>Technical Support erholt sich.</translation>
    </message>
    <message>
        <source>Claims: packet loss without a MOS drop.</source>
        <translation>Claims: Paketverlust ohne MOS-Einbruch.</translation>
    </message>
    <message>
        <source>Premium Support flaps around the MOS warning line.</source>
        <translation>Premium Support schwankt um die MOS-Warnschwelle.</translation>
    </message>
    <message>
        <source>Storm: a carrier degrades eight queues at once; one grouped incident pages.</source>
        <translation>Sturm: ein Carrier verschlechtert acht Warteschlangen auf einmal; ein gruppierter Vorfall alarmiert.</translation>
    </message>
    <message>
        <source>Technical Support joins the storm: the incident is updated.</source>
        <translation>Technical Support schließt sich dem Sturm an: der Vorfall wird aktualisiert.</translation>
    </message>
    <message>
        <source>The carrier recovers; the storm resolves once every queue has.</source>
        <translation>Der Carrier erholt sich; der Sturm wird aufgelöst, sobald sich jede Warteschlange erholt hat.</translation>
    </message>
    <message>
        <source>Technical Support: the on-call engineer acknowledges from a phone in PagerDuty.</source>
        <translation>Technical Support: die Bereitschaft bestätigt in PagerDuty vom Telefon aus.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>hh:mm</source>
        <comment>time format (QDateTime::toString)</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>hh:mm:ss</source>
        <comment>time format with seconds (QDateTime::toString)</comment>
        <translation>HH:mm:ss</translation>
    </message>
    <message>
        <source>yyyy-MM-dd hh:mm</source>
        <comment>date and time format (QDateTime::toString)</comment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>ddd hh:mm</source>
        <comment>weekday and time format (QDateTime::toString)</comment>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 %2 below %3 %4</source>
        <translation>%1 %2 unter %3 %4</translation>
    </message>
    <message>
        <source>%1 %2 above %3 %4</source>
        <translation>%1 %2 über %3 %4</translation>
    </message>
    <message>
        <source>Genesys details data has no jitter in ms</source>
        <translation>Genesys-Detaildaten enthalten keinen Jitter in ms</translation>
    </message>
    <message>
        <source>pending (%1), last attempt: %2</source>
        <translation>ausstehend (%1), letzter Versuch: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>pending (%1)</source>
        <translation>ausstehend (%1)</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>zugestellt %1</translation>
    </message>
    <message>
        <source>held back by a silence</source>
        <translation>durch Stummschaltung zurückgehalten</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>erholt</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <source>resolved by an operator</source>
        <translation>von einem Operator gelöst</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>discards</source>
        <translation>Verwürfe</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>paged with its storm</source>
        <translation>mit seinem Sturm alarmiert</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Acknowledged in PagerDuty by %1 at %2</source>
        <translation>In PagerDuty bestätigt von %1 um %2</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty by %1 at %2, still degraded</source>
        <translation>In PagerDuty gelöst von %1 um %2, weiterhin beeinträchtigt</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty by %1 at %2</source>
        <translation>In PagerDuty gelöst von %1 um %2</translation>
    </message>
    <message>
        <source>%1: acknowledged in PagerDuty by %2</source>
        <translation>%1: in PagerDuty bestätigt von %2</translation>
    </message>
    <message>
        <source>%1: resolved in PagerDuty by %2, still degraded; not paged again until it recovers</source>
        <translation>%1: in PagerDuty gelöst von %2, weiterhin beeinträchtigt; keine neue Alarmierung, bis sie sich erholt</translation>
    </message>
    <message>
        <source>%1: resolved in PagerDuty by %2</source>
        <translation>%1: in PagerDuty gelöst von %2</translation>
    </message>
</context>
<context>
    <name>GenesysApiClient</name>
    <message>
        <source>%1 (ININ-Correlation-Id %2)</source>
        <translation>%1 (ININ-Correlation-Id %2)</translation>
    </message>
</context>
<context>
    <name>GenesysCheck</name>
    <message>
        <source>polling the window %1 failed: %2</source>
        <translation>Abfrage des Fensters %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>listing the queues failed: %1</source>
        <translation>Auflisten der Warteschlangen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>monitored queue %1 is not visible to this OAuth client: a wrong id, or its role lacks Routing &gt; Queue &gt; View for the queue's division</source>
        <translation>die überwachte Warteschlange %1 ist für diesen OAuth-Client nicht sichtbar: eine falsche ID, oder seiner Rolle fehlt Routing &gt; Queue &gt; View für die Division der Warteschlange</translation>
    </message>
    <message>
        <source>Genesys Cloud check failed: %1
</source>
        <translation>Genesys-Cloud-Prüfung fehlgeschlagen: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. %n queue(s) visible.
</source>
        <translation>
            <numerusform>Angemeldet. %n Warteschlange sichtbar.
</numerusform>
            <numerusform>Angemeldet. %n Warteschlangen sichtbar.
</numerusform>
        </translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>Problem: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Window %1: %n queue(s) with calls.
</source>
        <translation>
            <numerusform>Fenster %1: %n Warteschlange mit Anrufen.
</numerusform>
            <numerusform>Fenster %1: %n Warteschlangen mit Anrufen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>MOS mean</source>
        <translation>MOS Mittel</translation>
    </message>
    <message>
        <source>MOS min</source>
        <translation>MOS min.</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Verlust %</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Queue id</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <source>note: Genesys' conversation details carry no jitter in ms; loss is (discarded + invalid) / received packets.
</source>
        <translation>Hinweis: Die Konversationsdetails von Genesys enthalten keinen Jitter in ms; Verlust = (verworfene + ungültige) / empfangene Pakete.
</translation>
    </message>
</context>
<context>
    <name>GenesysParsers</name>
    <message>
        <source>a conversation has no conversationId</source>
        <translation>eine Konversation hat keine conversationId</translation>
    </message>
    <message>
        <source>conversation %1 has no valid conversationStart</source>
        <translation>Konversation %1 hat keinen gültigen conversationStart</translation>
    </message>
    <message>
        <source>conversation %1: participants is not a list</source>
        <translation>Konversation %1: participants ist keine Liste</translation>
    </message>
    <message>
        <source>conversation %1: a packet counter is not a whole number</source>
        <translation>Konversation %1: ein Paketzähler ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>details query: %1</source>
        <translation>Detailabfrage: %1</translation>
    </message>
    <message>
        <source>details query: the answer is not a JSON object</source>
        <translation>Detailabfrage: Die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>details query: "conversations" is not a list</source>
        <translation>Detailabfrage: „conversations“ ist keine Liste</translation>
    </message>
    <message>
        <source>a conversation is not an object</source>
        <translation>eine Konversation ist kein Objekt</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>quality summary: %1</source>
        <translation>Qualitätsübersicht: %1</translation>
    </message>
    <message>
        <source>quality summary: "results" is not a list</source>
        <translation>Qualitätsübersicht: „results“ ist keine Liste</translation>
    </message>
    <message>
        <source>quality summary: a result has no queueId</source>
        <translation>Qualitätsübersicht: ein Ergebnis hat keine queueId</translation>
    </message>
    <message>
        <source>quality summary: %1 answers for another interval; ignored</source>
        <translation>Qualitätsübersicht: %1 antwortet für ein anderes Intervall; ignoriert</translation>
    </message>
    <message>
        <source>quality summary: %1 has metrics of the wrong type</source>
        <translation>Qualitätsübersicht: %1 hat Metriken vom falschen Typ</translation>
    </message>
    <message>
        <source>quality summary: %1 has no valid conversationCount</source>
        <translation>Qualitätsübersicht: %1 hat keinen gültigen conversationCount</translation>
    </message>
    <message>
        <source>quality summary: %1 has invalid %2; no sample for it</source>
        <translation>Qualitätsübersicht: %1 hat ungültiges %2; kein Messwert dafür</translation>
    </message>
    <message>
        <source>token answer: %1</source>
        <translation>Token-Antwort: %1</translation>
    </message>
    <message>
        <source>token answer is not a JSON object</source>
        <translation>die Token-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>token answer has no access_token</source>
        <translation>die Token-Antwort hat kein access_token</translation>
    </message>
    <message>
        <source>token answer has token_type "%1", expected bearer</source>
        <translation>die Token-Antwort hat token_type „%1“, erwartet: bearer</translation>
    </message>
    <message>
        <source>token answer has no positive expires_in</source>
        <translation>die Token-Antwort hat kein positives expires_in</translation>
    </message>
    <message>
        <source>queue list: %1</source>
        <translation>Warteschlangenliste: %1</translation>
    </message>
    <message>
        <source>queue list: unexpected shape</source>
        <translation>Warteschlangenliste: unerwarteter Aufbau</translation>
    </message>
</context>
<context>
    <name>GenesysSettings</name>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>the Genesys Cloud login URL</source>
        <translation>die Anmelde-URL von Genesys Cloud</translation>
    </message>
    <message>
        <source>the Genesys Cloud API URL</source>
        <translation>die API-URL von Genesys Cloud</translation>
    </message>
    <message>
        <source>The OAuth client id is empty.</source>
        <translation>Die OAuth-Client-ID ist leer.</translation>
    </message>
    <message>
        <source>The OAuth client secret is empty.</source>
        <translation>Das OAuth-Client-Secret ist leer.</translation>
    </message>
    <message>
        <source>The window length must divide a day evenly (300 s is Genesys' five minutes); got %1 s.</source>
        <translation>Die Fensterlänge muss einen Tag ohne Rest teilen (300 s sind die fünf Minuten von Genesys); erhalten: %1 s.</translation>
    </message>
    <message>
        <source>A window shorter than 300 s is only accepted when every endpoint is loopback (tests and demo); got %1 s.</source>
        <translation>Ein Fenster unter 300 s ist nur erlaubt, wenn alle Endpunkte Loopback-Adressen sind (Tests und Demo); erhalten: %1 s.</translation>
    </message>
    <message>
        <source>The quality summary source serves FIVE_MINUTES windows only: the window must be 300 s; got %1 s.</source>
        <translation>Die Quelle „Qualitätsübersicht“ liefert nur FIVE_MINUTES-Fenster: Das Fenster muss 300 s lang sein; erhalten: %1 s.</translation>
    </message>
    <message>
        <source>The ingest lag cannot be negative; got %1 s.</source>
        <translation>Die Erfassungsverzögerung darf nicht negativ sein; erhalten: %1 s.</translation>
    </message>
    <message>
        <source>The request timeout must be at least 1000 ms; got %1 ms.</source>
        <translation>Das Anfrage-Timeout muss mindestens 1000 ms betragen; erhalten: %1 ms.</translation>
    </message>
    <message>
        <source>The response size cap must be at least 64 KiB; got %1 bytes.</source>
        <translation>Die Obergrenze der Antwortgröße muss mindestens 64 KiB betragen; erhalten: %1 Byte.</translation>
    </message>
    <message>
        <source>The retries per window cannot be negative; got %1.</source>
        <translation>Die Wiederholungen pro Fenster dürfen nicht negativ sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>The back-fill cap must be at least 1 window; got %1.</source>
        <translation>Die Obergrenze für das Nachholen muss mindestens 1 Fenster sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>The MOS warning line must be between 1 and 5; got %1.</source>
        <translation>Die MOS-Warnschwelle muss zwischen 1 und 5 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>A monitored queue id is empty or has surrounding spaces: "%1".</source>
        <translation>Eine überwachte Warteschlangen-ID ist leer oder von Leerzeichen umgeben: „%1“.</translation>
    </message>
    <message>
        <source>The monitored queue id %1 is listed twice.</source>
        <translation>Die überwachte Warteschlangen-ID %1 ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>GuiMode</name>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <source>error: --config FILE is required
</source>
        <translation>Fehler: --config DATEI ist erforderlich
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>Genesys Cloud client %1 (secret %2), from %3
</source>
        <translation>Genesys-Cloud-Client %1 (Secret %2), aus %3
</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>error: the PagerDuty integration key %1 is not 32 letters and digits: verify the integration key
</source>
        <translation>Fehler: Der PagerDuty-Integrationsschlüssel %1 besteht nicht aus 32 Buchstaben und Ziffern: Prüfen Sie den Integrationsschlüssel
</translation>
    </message>
    <message>
        <source>PagerDuty integration key %1
</source>
        <translation>PagerDuty-Integrationsschlüssel %1
</translation>
    </message>
    <message>
        <source>Genesys Cloud: %1 (source: %2, window %3 s, lag %4 s)
</source>
        <translation>Genesys Cloud: %1 (Quelle: %2, Fenster %3 s, Verzögerung %4 s)
</translation>
    </message>
    <message>
        <source>PagerDuty: %1
Database: %2
</source>
        <translation>PagerDuty: %1
Datenbank: %2
</translation>
    </message>
    <message>
        <source>Configuration OK.
</source>
        <translation>Konfiguration in Ordnung.
</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.
</source>
        <translation>
            <numerusform>%n Problem gefunden.
</numerusform>
            <numerusform>%n Probleme gefunden.
</numerusform>
        </translation>
    </message>
    <message>
        <source>earshot: %1
</source>
        <translation>earshot: %1
</translation>
    </message>
    <message>
        <source>Metrics: off
</source>
        <translation>Metriken: aus
</translation>
    </message>
    <message>
        <source>Metrics: http://%1/metrics
</source>
        <translation>Metriken: http://%1/metrics
</translation>
    </message>
    <message>
        <source>Metrics: http://%1/metrics (not loopback: other machines can read it)
</source>
        <translation>Metriken: http://%1/metrics (nicht Loopback: andere Rechner können sie lesen)
</translation>
    </message>
    <message>
        <source>earshot: standing by: %1; polling starts here when it stops
</source>
        <translation>earshot: in Bereitschaft: %1; die Abfrage beginnt hier, wenn es stoppt
</translation>
    </message>
    <message>
        <source>earshot: taking over: this Earshot polls the database now
</source>
        <translation>earshot: Übernahme: dieses Earshot fragt jetzt für die Datenbank ab
</translation>
    </message>
    <message>
        <source>earshot: another Earshot took over polling
</source>
        <translation>earshot: ein anderes Earshot hat die Abfrage übernommen
</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <source>Triggered (%1)</source>
        <translation>Ausgelöst (%1)</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Eskaliert auf %1</translation>
    </message>
    <message>
        <source>Eased to %1</source>
        <translation>Gemildert auf %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Behoben von %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>%1  Delivered to PagerDuty</source>
        <translation>%1  An PagerDuty zugestellt</translation>
    </message>
    <message>
        <source>%1  Not delivered: %2</source>
        <translation>%1  Nicht zugestellt: %2</translation>
    </message>
    <message>
        <source>recorded, not paged</source>
        <translation>erfasst, nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Breached: %1</source>
        <translation>Überschritten: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>PagerDuty: %1</source>
        <translation>PagerDuty: %1</translation>
    </message>
    <message>
        <source>Dedup key: %1</source>
        <translation>Dedup-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>(nothing recorded yet)</source>
        <translation>(noch nichts erfasst)</translation>
    </message>
    <message>
        <source>%1  Joined the storm: %2</source>
        <translation>%1  Dem Sturm beigetreten: %2</translation>
    </message>
    <message>
        <source>paged with its storm group</source>
        <translation>mit seiner Sturmgruppe alarmiert</translation>
    </message>
    <message numerus="yes">
        <source>Storm of %n queue(s), %1 still degraded: %2</source>
        <translation>
            <numerusform>Sturm aus %n Warteschlange, %1 noch beeinträchtigt: %2</numerusform>
            <numerusform>Sturm aus %n Warteschlangen, %1 noch beeinträchtigt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paged as part of the storm %1</source>
        <translation>Als Teil des Sturms %1 alarmiert</translation>
    </message>
    <message>
        <source>%1  Acknowledged in PagerDuty by %2</source>
        <translation>%1  In PagerDuty bestätigt von %2</translation>
    </message>
    <message>
        <source>%1  Resolved in PagerDuty by %2</source>
        <translation>%1  In PagerDuty gelöst von %2</translation>
    </message>
    <message>
        <source>PagerDuty incident: %1</source>
        <translation>PagerDuty-Incident: %1</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (does its folder exist?)</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden (existiert ihr Ordner?)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>%1: "%2" is not an address and port such as 127.0.0.1:9464, [::1]:9464 or 0.0.0.0:9464.</source>
        <translation>%1: „%2“ ist keine Adresse mit Port wie 127.0.0.1:9464, [::1]:9464 oder 0.0.0.0:9464.</translation>
    </message>
    <message>
        <source>%1: the port of "%2" must be a number from 1 to 65535.</source>
        <translation>%1: der Port von „%2“ muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1: "%2" is not an IP address (write the address to listen on, not a host name).</source>
        <translation>%1: „%2“ ist keine IP-Adresse (die Adresse angeben, auf der gelauscht wird, keinen Rechnernamen).</translation>
    </message>
</context>
<context>
    <name>PipelineConfig</name>
    <message>
        <source>no Genesys Cloud credentials: set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET, or enter them in Settings</source>
        <translation>keine Genesys-Cloud-Zugangsdaten: Setzen Sie GENESYS_CLIENT_ID und GENESYS_CLIENT_SECRET oder geben Sie sie in den Einstellungen ein</translation>
    </message>
</context>
<context>
    <name>QueueCondition</name>
    <message>
        <source>%1 · last data %2</source>
        <translation>%1 · letzte Daten %2</translation>
    </message>
    <message>
        <source>%1 episode open</source>
        <translation>Episode offen (%1)</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>%1 episode open, clearing %2/%3</source>
        <translation>Episode offen (%1), Entwarnung %2/%3</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>resolved in PagerDuty, still degraded</source>
        <translation>in PagerDuty gelöst, weiterhin beeinträchtigt</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>US East</source>
        <translation>USA Ost</translation>
    </message>
    <message>
        <source>US East 2 (FedRAMP)</source>
        <translation>USA Ost 2 (FedRAMP)</translation>
    </message>
    <message>
        <source>US West</source>
        <translation>USA West</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>São Paulo</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>London</source>
        <translation>London</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>Frankfurt</translation>
    </message>
    <message>
        <source>Zurich</source>
        <translation>Zürich</translation>
    </message>
    <message>
        <source>UAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Mumbai</source>
        <translation>Mumbai</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokio</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>Seoul</translation>
    </message>
    <message>
        <source>Osaka</source>
        <translation>Osaka</translation>
    </message>
    <message>
        <source>Sydney</source>
        <translation>Sydney</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>EU sovereign cloud</source>
        <translation>EU Sovereign Cloud</translation>
    </message>
    <message>
        <source>login_url and api_url go together: set both or neither.</source>
        <translation>login_url und api_url gehören zusammen: Setzen Sie beide oder keine.</translation>
    </message>
    <message>
        <source>"%1" is neither a Genesys Cloud region nor a domain.</source>
        <translation>„%1“ ist weder eine Genesys-Cloud-Region noch eine Domain.</translation>
    </message>
</context>
<context>
    <name>RestKeyCheck</name>
    <message>
        <source>REST key works</source>
        <translation>REST-Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>could not check the key: %1</source>
        <translation>Schlüssel konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>rejected (401): PagerDuty does not accept this REST API key</source>
        <translation>abgelehnt (401): PagerDuty akzeptiert diesen REST-API-Schlüssel nicht</translation>
    </message>
    <message>
        <source>rejected (403): the key may not read incidents</source>
        <translation>abgelehnt (403): der Schlüssel darf keine Vorfälle lesen</translation>
    </message>
    <message>
        <source>PagerDuty is rate limiting (429): try again in a minute</source>
        <translation>PagerDuty begrenzt die Anfragen (429): in einer Minute erneut versuchen</translation>
    </message>
    <message>
        <source>could not check the key: HTTP %1</source>
        <translation>Schlüssel konnte nicht geprüft werden: HTTP %1</translation>
    </message>
    <message>
        <source>no REST API key to test</source>
        <translation>kein REST-API-Schlüssel zum Testen</translation>
    </message>
</context>
<context>
    <name>RestParsers</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no "%1" list</source>
        <translation>die Antwort enthält keine Liste "%1"</translation>
    </message>
</context>
<context>
    <name>RoutingKeyProvider</name>
    <message>
        <source>no PagerDuty integration key: set PAGERDUTY_INTEGRATION_KEY or enter it in Settings</source>
        <translation>kein PagerDuty-Integrationsschlüssel: Setzen Sie PAGERDUTY_INTEGRATION_KEY oder geben Sie ihn in den Einstellungen ein</translation>
    </message>
    <message>
        <source>the key is set by PAGERDUTY_INTEGRATION_KEY and cannot be changed here</source>
        <translation>der Schlüssel wird durch PAGERDUTY_INTEGRATION_KEY gesetzt und kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>an integration key is 32 letters and digits: verify the integration key</source>
        <translation>ein Integrationsschlüssel besteht aus 32 Buchstaben und Ziffern: Prüfen Sie den Integrationsschlüssel</translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>A custom region needs both a login URL and an API URL.</source>
        <translation>Eine eigene Region braucht eine Anmelde-URL und eine API-URL.</translation>
    </message>
    <message>
        <source>The window must be between 1 and 60 minutes and divide a day evenly.</source>
        <translation>Das Fenster muss zwischen 1 und 60 Minuten lang sein und einen Tag ohne Rest teilen.</translation>
    </message>
    <message>
        <source>The ingest lag must be between 0 and 3600 seconds.</source>
        <translation>Die Erfassungsverzögerung muss zwischen 0 und 3600 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>SilenceChoices</name>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow 08:00</source>
        <translation>Bis morgen 08:00</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>Keine Abfrage</translation>
    </message>
    <message>
        <source>Polling OK</source>
        <translation>Abfrage OK</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Genesys API error</source>
        <translation>Genesys-API-Fehler</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>PagerDuty: up to date</source>
        <translation>PagerDuty: aktuell</translation>
    </message>
    <message>
        <source>PagerDuty: delivering</source>
        <translation>PagerDuty: wird zugestellt</translation>
    </message>
    <message>
        <source>PagerDuty: retrying</source>
        <translation>PagerDuty: neuer Versuch</translation>
    </message>
    <message>
        <source>PagerDuty: paused</source>
        <translation>PagerDuty: angehalten</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Paketverlust</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Jitter-buffer discards</source>
        <translation>Jitter-Buffer-Verwürfe</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Waiting for the first window</source>
        <translation>Warten auf das erste Fenster</translation>
    </message>
    <message>
        <source>Signing in to Genesys Cloud</source>
        <translation>Anmeldung bei Genesys Cloud</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>Ratenbegrenzt bis %1</translation>
    </message>
    <message>
        <source>Sign-in failed: check the client id, secret and role</source>
        <translation>Anmeldung fehlgeschlagen: Client-ID, Geheimnis und Rolle prüfen</translation>
    </message>
    <message>
        <source>Genesys API error: %1</source>
        <translation>Genesys-API-Fehler: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>PagerDuty: no integration key — nothing can be paged</source>
        <translation>PagerDuty: kein Integrationsschlüssel — nichts kann gemeldet werden</translation>
    </message>
    <message>
        <source>PagerDuty: integration key rejected — paging paused</source>
        <translation>PagerDuty: Integrationsschlüssel abgelehnt — Meldungen pausiert</translation>
    </message>
    <message>
        <source>PagerDuty unreachable — retrying at %1</source>
        <translation>PagerDuty nicht erreichbar — neuer Versuch um %1</translation>
    </message>
    <message>
        <source>PagerDuty unreachable — retrying</source>
        <translation>PagerDuty nicht erreichbar — neuer Versuch folgt</translation>
    </message>
    <message>
        <source>PagerDuty: all events delivered</source>
        <translation>PagerDuty: alle Ereignisse zugestellt</translation>
    </message>
    <message>
        <source>PagerDuty: events waiting</source>
        <translation>PagerDuty: Ereignisse warten</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait in the outbox.</source>
        <translation>
            <numerusform>%n Ereignis wartet im Postausgang.</numerusform>
            <numerusform>%n Ereignisse warten im Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PagerDuty integration key: nothing will be paged. Set the key in File &gt; Settings.</source>
        <translation>Kein PagerDuty-Integrationsschlüssel: nichts wird gemeldet. Legen Sie den Schlüssel unter Datei &gt; Einstellungen fest.</translation>
    </message>
    <message>
        <source>PagerDuty rejected the integration key: paging is paused until the key is corrected in File &gt; Settings.</source>
        <translation>PagerDuty hat den Integrationsschlüssel abgelehnt: Meldungen sind pausiert, bis der Schlüssel unter Datei &gt; Einstellungen korrigiert ist.</translation>
    </message>
    <message>
        <source>PagerDuty cannot be reached: events are kept and retried.</source>
        <translation>PagerDuty ist nicht erreichbar: Ereignisse werden aufbewahrt und erneut gesendet.</translation>
    </message>
    <message>
        <source>Watchdog off</source>
        <translation>Watchdog aus</translation>
    </message>
    <message>
        <source>Watchdog OK</source>
        <translation>Watchdog OK</translation>
    </message>
    <message numerus="yes">
        <source>Watchdog: no data for %n window(s) of %1</source>
        <translation>
            <numerusform>Watchdog: seit %n von %1 Fenstern keine Daten</numerusform>
            <numerusform>Watchdog: seit %n von %1 Fenstern keine Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>Watchdog paged: no data (%1)</source>
        <translation>Watchdog hat alarmiert: keine Daten (%1)</translation>
    </message>
    <message>
        <source>heartbeat failed: %1</source>
        <translation>Heartbeat fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>off: no PagerDuty REST API key (optional; set PAGERDUTY_API_TOKEN or enter it in Settings)</source>
        <translation>aus: kein PagerDuty-REST-API-Schlüssel (optional; PAGERDUTY_API_TOKEN setzen oder in den Einstellungen eingeben)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message numerus="yes">
        <source>following %n PagerDuty incident(s)</source>
        <translation>
            <numerusform>%n PagerDuty-Incident wird verfolgt</numerusform>
            <numerusform>%n PagerDuty-Incidents werden verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>the PagerDuty REST API key was refused</source>
        <translation>der PagerDuty-REST-API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>rate limited by PagerDuty until %1</source>
        <translation>von PagerDuty gedrosselt bis %1</translation>
    </message>
    <message>
        <source>following PagerDuty failed; trying again</source>
        <translation>PagerDuty verfolgen fehlgeschlagen; neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Watchdog cannot page (the database cannot be written): %1</source>
        <translation>Watchdog kann nicht alarmieren (die Datenbank kann nicht geschrieben werden): %1</translation>
    </message>
    <message>
        <source>Shared database: this console polls</source>
        <translation>Gemeinsame Datenbank: diese Konsole fragt ab</translation>
    </message>
    <message>
        <source>Shared database: no console polls</source>
        <translation>Gemeinsame Datenbank: keine Konsole fragt ab</translation>
    </message>
    <message>
        <source>Shared database: viewing, %1 polls</source>
        <translation>Gemeinsame Datenbank: Ansicht, %1 fragt ab</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting for the polling console</source>
        <translation>
            <numerusform>%n Aktion wartet auf die abfragende Konsole</numerusform>
            <numerusform>%n Aktionen warten auf die abfragende Konsole</numerusform>
        </translation>
    </message>
    <message>
        <source>This console polls Genesys Cloud and pages PagerDuty for every console on %1; the others view it.</source>
        <translation>Diese Konsole fragt Genesys Cloud ab und alarmiert PagerDuty für alle Konsolen an %1; die anderen sehen zu.</translation>
    </message>
    <message>
        <source>No console polls %1: nothing is polled or paged. This console takes over within a minute.</source>
        <translation>Keine Konsole fragt %1 ab: nichts wird abgefragt oder alarmiert. Diese Konsole übernimmt innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>No console polls %1: nothing is polled or paged. Start an Earshot with --role auto or leader.</source>
        <translation>Keine Konsole fragt %1 ab: nichts wird abgefragt oder alarmiert. Starten Sie ein Earshot mit --role auto oder leader.</translation>
    </message>
    <message>
        <source>%1 polls %2; this console shows what it stores, and its actions are carried out there.</source>
        <translation>%1 fragt %2 ab; diese Konsole zeigt, was dort gespeichert wird, und ihre Aktionen werden dort ausgeführt.</translation>
    </message>
</context>
<context>
    <name>StormGrouper</name>
    <message>
        <source>[alerting] storm_queues must be 0 (off) or at least %2 (one queue is an incident, not a storm); got %1.</source>
        <translation>[alerting] storm_queues muss 0 (aus) oder mindestens %2 sein (eine Warteschlange ist ein Vorfall, kein Sturm); erhalten: %1.</translation>
    </message>
    <message>
        <source>[alerting] storm_percent must be between 0 (off) and 100; got %1.</source>
        <translation>[alerting] storm_percent muss zwischen 0 (aus) und 100 liegen; erhalten: %1.</translation>
    </message>
    <message>
        <source>The saved storm group is damaged.</source>
        <translation>Die gespeicherte Sturmgruppe ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>StormRecords</name>
    <message numerus="yes">
        <source>storm %1: %2, %n queue(s)</source>
        <translation>
            <numerusform>Sturm %1: %2, %n Warteschlange</numerusform>
            <numerusform>Sturm %1: %2, %n Warteschlangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarySource</name>
    <message>
        <source>GET /api/v2/analytics/quality/summary for %1: %2</source>
        <translation>GET /api/v2/analytics/quality/summary für %1: %2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>%1 is not a valid URL: "%2"</source>
        <translation>%1 ist keine gültige URL: „%2“</translation>
    </message>
    <message>
        <source>%1 must use https:// (http:// is only accepted for loopback hosts): "%2"</source>
        <translation>%1 muss https:// verwenden (http:// ist nur für Loopback-Hosts erlaubt): „%2“</translation>
    </message>
    <message>
        <source>%1 must be an https:// URL: "%2"</source>
        <translation>%1 muss eine https://-URL sein: „%2“</translation>
    </message>
</context>
<context>
    <name>WallBoard</name>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no data</source>
        <translation>
            <numerusform>%n ohne Daten</numerusform>
            <numerusform>%n ohne Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no calls</source>
        <translation>
            <numerusform>%n ohne Anrufe</numerusform>
            <numerusform>%n ohne Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WallHealth</name>
    <message>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>no new window for %1</source>
        <translation>seit %1 kein neues Fenster</translation>
    </message>
    <message>
        <source>NO DATA YET — waiting for the first window</source>
        <translation>NOCH KEINE DATEN — warte auf das erste Fenster</translation>
    </message>
    <message>
        <source>NO DATA — %1</source>
        <translation>KEINE DATEN — %1</translation>
    </message>
    <message>
        <source>DATA IS STALE — last good data %1 (%2)</source>
        <translation>DATEN VERALTET — letzte gute Daten %1 (%2)</translation>
    </message>
    <message>
        <source>PAGING IS BROKEN — no PagerDuty integration key</source>
        <translation>ALARMIERUNG GESTÖRT — kein PagerDuty-Integrationsschlüssel</translation>
    </message>
    <message numerus="yes">
        <source>PAGING IS BROKEN — %1 (%n event(s) waiting)</source>
        <translation>
            <numerusform>ALARMIERUNG GESTÖRT — %1 (%n Ereignis wartet)</numerusform>
            <numerusform>ALARMIERUNG GESTÖRT — %1 (%n Ereignisse warten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PAGING IS BROKEN — PagerDuty refused %n event(s)</source>
        <translation>
            <numerusform>ALARMIERUNG GESTÖRT — PagerDuty hat %n Ereignis abgelehnt</numerusform>
            <numerusform>ALARMIERUNG GESTÖRT — PagerDuty hat %n Ereignisse abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WallLevel</name>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>KEINE DATEN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>NO CALLS</source>
        <translation>KEINE ANRUFE</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <source>Loss %1 %</source>
        <translation>Verlust %1 %</translation>
    </message>
    <message>
        <source>Loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source>Jitter %1 ms</source>
        <translation>Jitter %1 ms</translation>
    </message>
    <message>
        <source>Jitter n/a</source>
        <translation>Jitter k. A.</translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation>Anrufe %1</translation>
    </message>
    <message>
        <source>%1 · ACK by %2</source>
        <translation>%1 · quittiert von %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>Too few calls to judge</source>
        <translation>Zu wenige Anrufe für ein Urteil</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty</source>
        <translation>In PagerDuty gelöst</translation>
    </message>
    <message>
        <source>Resolved in PD by %1</source>
        <translation>In PD gelöst von %1</translation>
    </message>
    <message>
        <source>Still degraded for %1</source>
        <translation>Seit %1 weiterhin beeinträchtigt</translation>
    </message>
</context>
<context>
    <name>earshot::ActivationServer</name>
    <message>
        <source>cannot listen for other Earshot instances on %1: %2</source>
        <translation>kann auf %1 nicht auf andere Earshot-Instanzen warten: %2</translation>
    </message>
</context>
<context>
    <name>earshot::CountEditor</name>
    <message>
        <source>Override</source>
        <translation>Eigener Wert</translation>
    </message>
</context>
<context>
    <name>earshot::DemoEnvironment</name>
    <message>
        <source>the demo's Genesys simulator could not listen</source>
        <translation>der Genesys-Simulator der Demo konnte nicht lauschen</translation>
    </message>
    <message>
        <source>the demo's PagerDuty simulator could not listen</source>
        <translation>der PagerDuty-Simulator der Demo konnte nicht lauschen</translation>
    </message>
</context>
<context>
    <name>earshot::DetailsSource</name>
    <message>
        <source>window too large: %1 has more than 100,000 voice conversations, the most the details query can page through</source>
        <translation>Fenster zu groß: %1 hat mehr als 100.000 Sprachkonversationen, das Maximum, das die Detailabfrage durchblättern kann</translation>
    </message>
    <message>
        <source>POST /api/v2/analytics/conversations/details/query, page %1 of %2: %3</source>
        <translation>POST /api/v2/analytics/conversations/details/query, Seite %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n malformed conversation(s) skipped (%2)</source>
        <translation>
            <numerusform>Seite %1: %n fehlerhafte Konversation übersprungen (%2)</numerusform>
            <numerusform>Seite %1: %n fehlerhafte Konversationen übersprungen (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::GenesysApiClient</name>
    <message>
        <source>%1: HTTP 429 too many requests</source>
        <translation>%1: HTTP 429 zu viele Anfragen</translation>
    </message>
    <message>
        <source> (a fresh token was refused too: check the OAuth client and its role)</source>
        <translation> (auch ein neues Token wurde abgelehnt: Prüfen Sie den OAuth-Client und seine Rolle)</translation>
    </message>
    <message>
        <source> (the OAuth client's role lacks a permission: Analytics &gt; Conversation Detail &gt; View, Routing &gt; Queue &gt; View)</source>
        <translation> (der Rolle des OAuth-Clients fehlt eine Berechtigung: Analytics &gt; Conversation Detail &gt; View, Routing &gt; Queue &gt; View)</translation>
    </message>
    <message>
        <source> (gave up: this window's retries are spent)</source>
        <translation> (aufgegeben: Die Wiederholungen dieses Fensters sind aufgebraucht)</translation>
    </message>
    <message>
        <source> (gave up: the server asks to wait %1 s)</source>
        <translation> (aufgegeben: Der Server bittet, %1 s zu warten)</translation>
    </message>
    <message>
        <source> (gave up after %1 retries)</source>
        <translation> (nach %1 Wiederholungen aufgegeben)</translation>
    </message>
</context>
<context>
    <name>earshot::GuiSession</name>
    <message>
        <source>Earshot demo</source>
        <translation>Earshot-Demo</translation>
    </message>
    <message>
        <source>Earshot — demo (simulated Genesys Cloud and PagerDuty)</source>
        <translation>Earshot — Demo (simuliertes Genesys Cloud und PagerDuty)</translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>The configuration %1 has problems:
%2</source>
        <translation>Die Konfiguration %1 hat Probleme:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n queue(s) visible.</source>
        <translation>
            <numerusform>Verbunden: %n Warteschlange sichtbar.</numerusform>
            <numerusform>Verbunden: %n Warteschlangen sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>An integration key is 32 letters and digits: verify the integration key.</source>
        <translation>Ein Integrationsschlüssel besteht aus 32 Buchstaben und Ziffern: Prüfen Sie den Integrationsschlüssel.</translation>
    </message>
    <message>
        <source>Test PagerDuty</source>
        <translation>PagerDuty testen</translation>
    </message>
    <message>
        <source>The key looks right. Send a test incident to PagerDuty now and resolve it at once? Whoever is on call may be notified.</source>
        <translation>Der Schlüssel sieht richtig aus. Jetzt einen Testvorfall an PagerDuty senden und sofort wieder lösen? Die Rufbereitschaft wird dabei möglicherweise benachrichtigt.</translation>
    </message>
    <message>
        <source>The key has the right form (nothing was sent).</source>
        <translation>Der Schlüssel hat die richtige Form (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>Not monitoring: %1 — F11 opens the window to fix it.</source>
        <translation>Keine Überwachung: %1 — F11 öffnet das Fenster, um es zu beheben.</translation>
    </message>
    <message>
        <source>nothing is configured yet</source>
        <translation>noch nichts eingerichtet</translation>
    </message>
    <message>
        <source>%1
Monitoring and paging go on without the metrics endpoint; fix [metrics] listen in %2 and restart Earshot.</source>
        <translation>%1
Überwachung und Alarmierung laufen ohne den Metrik-Endpunkt weiter; [metrics] listen in %2 korrigieren und Earshot neu starten.</translation>
    </message>
</context>
<context>
    <name>earshot::Heartbeat</name>
    <message>
        <source>heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>the heartbeat URL</source>
        <translation>die Heartbeat-URL</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>heartbeat failed: %1</source>
        <translation>Heartbeat fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>earshot::HttpJob</name>
    <message>
        <source>%1: the answer is larger than %2 MiB; refused.</source>
        <translation>%1: Die Antwort ist größer als %2 MiB; abgelehnt.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s (timed out).</source>
        <translation>%1: keine Antwort innerhalb von %2 s (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off (%2).</source>
        <translation>%1: Die Antwort wurde abgeschnitten (%2).</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s (deadline for the whole request).</source>
        <translation>%1: keine vollständige Antwort innerhalb von %2 s (Frist für die gesamte Anfrage).</translation>
    </message>
    <message>
        <source>%1: HTTP %2 redirect to %3, not followed: configure the final URL.</source>
        <translation>%1: HTTP-%2-Weiterleitung nach %3, nicht gefolgt: konfigurieren Sie die endgültige URL.</translation>
    </message>
    <message>
        <source>(no Location)</source>
        <translation>(kein Location-Header)</translation>
    </message>
</context>
<context>
    <name>earshot::IncidentFollower</name>
    <message>
        <source>following PagerDuty: %1</source>
        <translation>PagerDuty verfolgen: %1</translation>
    </message>
    <message>
        <source>PagerDuty REST API: too many requests (HTTP 429); waiting until %1</source>
        <translation>PagerDuty-REST-API: zu viele Anfragen (HTTP 429); Warten bis %1</translation>
    </message>
    <message>
        <source>PagerDuty REST API refused the key (HTTP 401): check the REST API key in Settings or PAGERDUTY_API_TOKEN; paging is not affected</source>
        <translation>Die PagerDuty-REST-API hat den Schlüssel abgelehnt (HTTP 401): REST-API-Schlüssel in den Einstellungen oder PAGERDUTY_API_TOKEN prüfen; die Alarmierung ist nicht betroffen</translation>
    </message>
    <message>
        <source>PagerDuty REST API: the key may not read incidents (HTTP 403); paging is not affected</source>
        <translation>PagerDuty-REST-API: der Schlüssel darf keine Incidents lesen (HTTP 403); die Alarmierung ist nicht betroffen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>GET /incidents: %1</source>
        <translation>GET /incidents: %1</translation>
    </message>
</context>
<context>
    <name>earshot::IncidentTableModel</name>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation>Gelöst am %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Gelöst von %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Letztes Ereignis: %1</translation>
    </message>
    <message>
        <source>A silence held the page back; PagerDuty has not been told.</source>
        <translation>Eine Stummschaltung hat die Alarmierung zurückgehalten; PagerDuty wurde nicht informiert.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message numerus="yes">
        <source>Storm: %n queue(s)</source>
        <translation>
            <numerusform>Sturm: %n Warteschlange</numerusform>
            <numerusform>Sturm: %n Warteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still degraded</source>
        <translation>
            <numerusform>%n noch beeinträchtigt</numerusform>
            <numerusform>%n noch beeinträchtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>in storm</source>
        <translation>im Sturm</translation>
    </message>
    <message>
        <source>One PagerDuty incident for the queues that degraded together:
%1</source>
        <translation>Ein PagerDuty-Vorfall für die Warteschlangen, die sich gemeinsam verschlechtert haben:
%1</translation>
    </message>
    <message>
        <source>%1
Paged as part of the storm %2</source>
        <translation>%1
Als Teil des Sturms %2 alarmiert</translation>
    </message>
    <message>
        <source>Not paged again until the episode ends.</source>
        <translation>Keine neue Alarmierung, bis die Episode endet.</translation>
    </message>
    <message>
        <source>PagerDuty incident #%1</source>
        <translation>PagerDuty-Incident Nr. %1</translation>
    </message>
</context>
<context>
    <name>earshot::IncidentsView</name>
    <message>
        <source>Hide resolved</source>
        <translation>Gelöste ausblenden</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <source>&amp;Silence queue…</source>
        <translation>Warteschlange &amp;stummschalten…</translation>
    </message>
    <message>
        <source>Someone is on it: PagerDuty stops escalating, the incident stays open</source>
        <translation>Jemand kümmert sich: PagerDuty eskaliert nicht weiter, der Vorfall bleibt offen</translation>
    </message>
    <message>
        <source>Close the incident now; it re-opens only after the queue has been healthy and breaches again</source>
        <translation>Den Vorfall jetzt schließen; er öffnet sich erst wieder, wenn die Warteschlange gesund war und erneut eine Schwelle verletzt</translation>
    </message>
    <message>
        <source>Stop paging for this queue for a while (maintenance)</source>
        <translation>Alarmierung für diese Warteschlange eine Zeit lang aussetzen (Wartung)</translation>
    </message>
    <message>
        <source>Acknowledge incident</source>
        <translation>Vorfall bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the incident of %1? PagerDuty stops escalating; the incident stays open until the queue recovers.</source>
        <translation>Den Vorfall von %1 bestätigen? PagerDuty eskaliert nicht weiter; der Vorfall bleibt offen, bis sich die Warteschlange erholt.</translation>
    </message>
    <message>
        <source>Resolve incident</source>
        <translation>Vorfall lösen</translation>
    </message>
    <message>
        <source>Resolve the incident of %1 now? If the queue is still degraded, a new incident opens only after it has been healthy again.</source>
        <translation>Den Vorfall von %1 jetzt lösen? Ist die Warteschlange noch beeinträchtigt, öffnet sich ein neuer Vorfall erst, nachdem sie wieder gesund war.</translation>
    </message>
    <message>
        <source>Silence queue</source>
        <translation>Warteschlange stummschalten</translation>
    </message>
    <message>
        <source>Monitoring has not started yet; try again in a moment.</source>
        <translation>Die Überwachung hat noch nicht begonnen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Select an incident to see what breached and its timeline.</source>
        <translation>Wählen Sie einen Vorfall, um die Überschreitung und den Verlauf zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n open incident(s)? PagerDuty stops escalating them; they stay open until their queues recover.</source>
        <translation>
            <numerusform>%n offenen Vorfall bestätigen? PagerDuty eskaliert ihn nicht weiter; er bleibt offen, bis sich seine Warteschlange erholt.</numerusform>
            <numerusform>%n offene Vorfälle bestätigen? PagerDuty eskaliert sie nicht weiter; sie bleiben offen, bis sich ihre Warteschlangen erholen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n incident(s) now? A queue still degraded opens a new incident only after it has been healthy again.</source>
        <translation>
            <numerusform>%n Vorfall jetzt beheben? Eine weiterhin gestörte Warteschlange öffnet erst wieder einen Vorfall, nachdem sie gesund war.</numerusform>
            <numerusform>%n Vorfälle jetzt beheben? Eine weiterhin gestörte Warteschlange öffnet erst wieder einen Vorfall, nachdem sie gesund war.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Vorfälle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Start &amp;demo mode</source>
        <translation>&amp;Demomodus starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Earshot keeps monitoring</source>
        <translation>Earshot überwacht weiter</translation>
    </message>
    <message>
        <source>The window is hidden; paging goes on. Use File &gt; Quit to stop monitoring.</source>
        <translation>Das Fenster ist ausgeblendet; die Alarmierung läuft weiter. Mit Datei &gt; Beenden stoppen Sie die Überwachung.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Incidents (%n open)</source>
        <translation>
            <numerusform>&amp;Vorfälle (%n offen)</numerusform>
            <numerusform>&amp;Vorfälle (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find queue</source>
        <translation>Warteschlange &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Silences…</source>
        <translation>&amp;Stummschaltungen…</translation>
    </message>
    <message>
        <source>Quitting stops polling Genesys Cloud and paging PagerDuty.</source>
        <translation>Beenden stoppt die Abfrage von Genesys Cloud und die Meldungen an PagerDuty.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) open (%1 critical): no escalation or resolve is sent while Earshot is not running.</source>
        <translation>
            <numerusform>%n Vorfall offen (%1 kritisch): keine Eskalation oder Behebung wird gesendet, solange Earshot nicht läuft.</numerusform>
            <numerusform>%n Vorfälle offen (%1 kritisch): keine Eskalation oder Behebung wird gesendet, solange Earshot nicht läuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait in the outbox and are not delivered until Earshot runs again.</source>
        <translation>
            <numerusform>%n Ereignis wartet im Postausgang und wird erst zugestellt, wenn Earshot wieder läuft.</numerusform>
            <numerusform>%n Ereignisse warten im Postausgang und werden erst zugestellt, wenn Earshot wieder läuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Quit Earshot?</source>
        <translation>Earshot beenden?</translation>
    </message>
    <message>
        <source>Earshot keeps monitoring: use File &gt; Quit to stop polling and paging.</source>
        <translation>Earshot überwacht weiter: Datei &gt; Beenden stoppt Abfrage und Meldungen.</translation>
    </message>
    <message>
        <source>&amp;Wall display</source>
        <translation>&amp;Wandanzeige</translation>
    </message>
</context>
<context>
    <name>earshot::MetricChart</name>
    <message>
        <source> (preview)</source>
        <translation> (Vorschau)</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>Critical %1</source>
        <translation>Kritisch %1</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>Vorfälle %1</translation>
    </message>
    <message>
        <source>Preview episodes</source>
        <translation>Vorschau-Episoden</translation>
    </message>
</context>
<context>
    <name>earshot::MetricThresholdEditor</name>
    <message>
        <source>Override</source>
        <translation>Eigener Wert</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>Alert when %1 is %2 these levels</source>
        <translation>Alarmieren, wenn %1 %2 diesen Schwellen liegt</translation>
    </message>
    <message>
        <source>%1 warning level</source>
        <translation>%1 Warnschwelle</translation>
    </message>
    <message>
        <source>%1 critical level</source>
        <translation>%1 kritische Schwelle</translation>
    </message>
    <message>
        <source>Use a value of its own for this queue instead of the global one</source>
        <translation>Für diese Warteschlange einen eigenen Wert statt des globalen verwenden</translation>
    </message>
</context>
<context>
    <name>earshot::MetricsServer</name>
    <message>
        <source>The metrics endpoint cannot listen on %1: %2</source>
        <translation>Der Metrik-Endpunkt kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>earshot::Monitor</name>
    <message>
        <source>no clock</source>
        <translation>keine Uhr</translation>
    </message>
    <message numerus="yes">
        <source>database %1; %n open episode(s) restored; cursor %2</source>
        <translation>
            <numerusform>Datenbank %1; %n offene Episode wiederhergestellt; Cursor %2</numerusform>
            <numerusform>Datenbank %1; %n offene Episoden wiederhergestellt; Cursor %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>window %1 not evaluated: %2</source>
        <translation>Fenster %1 nicht ausgewertet: %2</translation>
    </message>
    <message>
        <source>%1 is not open or is already acknowledged</source>
        <translation>%1 ist nicht offen oder bereits bestätigt</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 ist nicht offen</translation>
    </message>
    <message>
        <source>The silence %1 has already ended.</source>
        <translation>Die Stummschaltung %1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>%1 (and the alert engine could not be put back: %2; restart Earshot)</source>
        <translation>%1 (und die Alarm-Engine konnte nicht zurückgesetzt werden: %2; Earshot neu starten)</translation>
    </message>
    <message>
        <source>data flows again: Earshot's health incident resolves</source>
        <translation>Daten fließen wieder: Earshots eigener Vorfall wird aufgelöst</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) degraded together</source>
        <translation>
            <numerusform>%n Warteschlange gemeinsam beeinträchtigt</numerusform>
            <numerusform>%n Warteschlangen gemeinsam beeinträchtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be written: %1</source>
        <translation>die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no window has been stored</source>
        <translation>kein Fenster wurde gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>watchdog: no good window for %n window(s) (%1); Earshot pages its own incident at %2</source>
        <translation>
            <numerusform>Watchdog: seit %n Fenster kein gutes Fenster (%1); Earshot alarmiert seinen eigenen Vorfall ab %2</numerusform>
            <numerusform>Watchdog: seit %n Fenstern kein gutes Fenster (%1); Earshot alarmiert seinen eigenen Vorfall ab %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no good window for %n window(s): paging Earshot's health incident %1 (%2)</source>
        <translation>
            <numerusform>seit %n Fenster kein gutes Fenster: Earshots eigener Vorfall %1 wird alarmiert (%2)</numerusform>
            <numerusform>seit %n Fenstern kein gutes Fenster: Earshots eigener Vorfall %1 wird alarmiert (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>signing in to Genesys Cloud</source>
        <translation>Anmeldung bei Genesys Cloud läuft</translation>
    </message>
    <message>
        <source>rate limited by Genesys Cloud</source>
        <translation>von Genesys Cloud gedrosselt</translation>
    </message>
    <message>
        <source>Genesys Cloud sign-in fails</source>
        <translation>Anmeldung bei Genesys Cloud schlägt fehl</translation>
    </message>
    <message>
        <source>Genesys Cloud API errors</source>
        <translation>Fehler der Genesys-Cloud-API</translation>
    </message>
    <message>
        <source>Genesys Cloud unreachable</source>
        <translation>Genesys Cloud nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earshot's health incident %1 could not be stored (%2); sending it straight to PagerDuty</source>
        <translation>Earshots eigener Vorfall %1 konnte nicht gespeichert werden (%2); er geht direkt an PagerDuty</translation>
    </message>
    <message>
        <source>%1 (process %2), leading since %3</source>
        <translation>%1 (Prozess %2), führend seit %3</translation>
    </message>
    <message>
        <source>--role viewer needs a shared database ([storage] backend = postgresql): with a database of its own, a console must poll</source>
        <translation>--role viewer braucht eine gemeinsame Datenbank ([storage] backend = postgresql): mit einer eigenen Datenbank muss eine Konsole abfragen</translation>
    </message>
    <message>
        <source>this console views a shared database and polls nothing</source>
        <translation>diese Konsole zeigt eine gemeinsame Datenbank an und fragt nichts ab</translation>
    </message>
    <message>
        <source>no console polls the shared database, so nothing is delivered</source>
        <translation>keine Konsole fragt die gemeinsame Datenbank ab, daher wird nichts zugestellt</translation>
    </message>
    <message>
        <source>taking over: this console polls %1 now</source>
        <translation>Übernahme: diese Konsole fragt jetzt %1 ab</translation>
    </message>
    <message>
        <source>carried out %1 %2 for %3, asked on %4</source>
        <translation>%1 %2 für %3 ausgeführt, angefragt auf %4</translation>
    </message>
    <message>
        <source>refused %1 %2 for %3, asked on %4: %5</source>
        <translation>%1 %2 für %3 abgelehnt, angefragt auf %4: %5</translation>
    </message>
    <message>
        <source>unknown request "%1"</source>
        <translation>unbekannte Anfrage "%1"</translation>
    </message>
</context>
<context>
    <name>earshot::MonitorBinding</name>
    <message>
        <source>The thresholds were not applied.</source>
        <translation>Die Schwellenwerte wurden nicht übernommen.</translation>
    </message>
    <message>
        <source>The incident was not acknowledged.</source>
        <translation>Der Vorfall wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>The incident was not resolved.</source>
        <translation>Der Vorfall wurde nicht gelöst.</translation>
    </message>
    <message>
        <source>The queue was not silenced.</source>
        <translation>Die Warteschlange wurde nicht stummgeschaltet.</translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>The silence was not ended.</source>
        <translation>Die Stummschaltung wurde nicht beendet.</translation>
    </message>
    <message>
        <source>The silence was not changed.</source>
        <translation>Die Stummschaltung wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The polling console could not carry out your action on %1.</source>
        <translation>Die abfragende Konsole konnte Ihre Aktion für %1 nicht ausführen.</translation>
    </message>
</context>
<context>
    <name>earshot::NoteDialog</name>
    <message>
        <source>Optional note, e.g. "carrier ticket 4711 opened"</source>
        <translation>Optionale Notiz, z. B. „Carrier-Ticket 4711 eröffnet“</translation>
    </message>
</context>
<context>
    <name>earshot::OAuthClient</name>
    <message>
        <source>POST /oauth/token: %1</source>
        <translation>POST /oauth/token: %1</translation>
    </message>
    <message>
        <source>authentication failed: check client id / secret / role (%1%2)</source>
        <translation>Anmeldung fehlgeschlagen: Prüfen Sie Client-ID / Secret / Rolle (%1%2)</translation>
    </message>
</context>
<context>
    <name>earshot::OutboxDelivery</name>
    <message numerus="yes">
        <source>%n event(s) still wait for PagerDuty: %1</source>
        <translation>
            <numerusform>%n Ereignis wartet noch auf PagerDuty: %1</numerusform>
            <numerusform>%n Ereignisse warten noch auf PagerDuty: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; still refused after %2 attempts at its smallest</source>
        <translation>%1; in kleinster Form nach %2 Versuchen weiterhin abgelehnt</translation>
    </message>
    <message>
        <source>not sent: PagerDuty already has this episode's resolve</source>
        <translation>nicht gesendet: PagerDuty hat die Auflösung dieser Episode bereits</translation>
    </message>
</context>
<context>
    <name>earshot::PagerDutyClient</name>
    <message>
        <source>The integration key was not sent: %1</source>
        <translation>Der Integrationsschlüssel wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>HTTP %1 from the events endpoint without PagerDuty's "success": check [pagerduty] events_url; retrying later</source>
        <translation>HTTP %1 vom Ereignis-Endpunkt ohne PagerDutys „success“: Prüfen Sie [pagerduty] events_url; später neuer Versuch</translation>
    </message>
    <message>
        <source>PagerDuty rejected the routing key: verify the integration key (%1)</source>
        <translation>PagerDuty hat den Routing-Schlüssel abgelehnt: Prüfen Sie den Integrationsschlüssel (%1)</translation>
    </message>
    <message>
        <source>PagerDuty refused the event (HTTP %1): %2</source>
        <translation>PagerDuty hat das Ereignis abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Begründung</translation>
    </message>
    <message>
        <source>HTTP 401 from the events endpoint: verify the integration key</source>
        <translation>HTTP 401 vom Ereignis-Endpunkt: Prüfen Sie den Integrationsschlüssel</translation>
    </message>
    <message>
        <source>HTTP 403 from the events endpoint: verify the service is active and accepts events</source>
        <translation>HTTP 403 vom Ereignis-Endpunkt: Prüfen Sie, ob der Dienst aktiv ist und Ereignisse annimmt</translation>
    </message>
    <message>
        <source>PagerDuty: too many events for this key (HTTP 429); retrying later</source>
        <translation>PagerDuty: zu viele Ereignisse für diesen Schlüssel (HTTP 429); später neuer Versuch</translation>
    </message>
    <message>
        <source>PagerDuty: HTTP %1; retrying later</source>
        <translation>PagerDuty: HTTP %1; später neuer Versuch</translation>
    </message>
    <message>
        <source>PagerDuty refused the event as too large (HTTP 413)%1</source>
        <translation>PagerDuty hat das Ereignis als zu groß abgelehnt (HTTP 413)%1</translation>
    </message>
</context>
<context>
    <name>earshot::PagerDutyConnectionTest</name>
    <message>
        <source>Earshot connection test</source>
        <translation>Earshot-Verbindungstest</translation>
    </message>
    <message>
        <source>The test event could not be built.</source>
        <translation>Das Testereignis konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>PagerDuty accepted a test trigger and its resolve.</source>
        <translation>PagerDuty hat einen Testalarm und dessen Lösung angenommen.</translation>
    </message>
</context>
<context>
    <name>earshot::Poller</name>
    <message numerus="yes">
        <source>%n missed window(s) from %1 to %2 skipped: older than the back-fill limit of %3 windows</source>
        <translation>
            <numerusform>%n verpasstes Fenster von %1 bis %2 übersprungen: älter als die Nachholgrenze von %3 Fenstern</numerusform>
            <numerusform>%n verpasste Fenster von %1 bis %2 übersprungen: älter als die Nachholgrenze von %3 Fenstern</numerusform>
        </translation>
    </message>
    <message>
        <source>queue names unavailable (%1); polling with ids</source>
        <translation>Warteschlangennamen nicht verfügbar (%1); Abfrage mit IDs</translation>
    </message>
    <message>
        <source>%1; retrying at %2</source>
        <translation>%1; neuer Versuch um %2</translation>
    </message>
    <message>
        <source>window %1 failed: %2</source>
        <translation>Fenster %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>window %1: %n queue(s) with data</source>
        <translation>
            <numerusform>Fenster %1: %n Warteschlange mit Daten</numerusform>
            <numerusform>Fenster %1: %n Warteschlangen mit Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>window %1 could not be stored; retrying at %2</source>
        <translation>Fenster %1 konnte nicht gespeichert werden; neuer Versuch um %2</translation>
    </message>
    <message>
        <source>window %1 not used: %2</source>
        <translation>Fenster %1 nicht verwendet: %2</translation>
    </message>
    <message numerus="yes">
        <source>this computer's clock is %n minute(s) ahead of Genesys Cloud's: set it right (NTP); no window is used until then</source>
        <translation>
            <numerusform>die Uhr dieses Computers geht gegenüber Genesys Cloud %n Minute vor: bitte richtig stellen (NTP); bis dahin wird kein Fenster verwendet</numerusform>
            <numerusform>die Uhr dieses Computers geht gegenüber Genesys Cloud %n Minuten vor: bitte richtig stellen (NTP); bis dahin wird kein Fenster verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer's clock is %n minute(s) behind Genesys Cloud's: set it right (NTP); no window is used until then</source>
        <translation>
            <numerusform>die Uhr dieses Computers geht gegenüber Genesys Cloud %n Minute nach: bitte richtig stellen (NTP); bis dahin wird kein Fenster verwendet</numerusform>
            <numerusform>die Uhr dieses Computers geht gegenüber Genesys Cloud %n Minuten nach: bitte richtig stellen (NTP); bis dahin wird kein Fenster verwendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::QualityChartView</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to zoom out, wheel to zoom, Shift+drag or middle-drag to pan</source>
        <translation>Ziehen zum Zoomen, Rechtsklick zum Verkleinern, Mausrad zum Zoomen, Umschalt+Ziehen oder Ziehen mit der mittleren Taste zum Verschieben</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Select queues on the Queues tab and choose "Chart selected"</source>
        <translation>Wählen Sie auf der Registerkarte „Warteschlangen“ Warteschlangen aus und dann „Auswahl anzeigen“</translation>
    </message>
    <message>
        <source>No jitter in ms from Genesys details: their data has none.
Jitter shows as jitter-buffer discards in packet loss.</source>
        <translation>Kein Jitter in ms aus den Genesys-Details: Ihre Daten enthalten keinen.
Jitter zeigt sich als Jitter-Buffer-Verwürfe im Paketverlust.</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Preview for %1: %n episode(s) would have opened in the shown history</source>
        <translation>
            <numerusform>Vorschau für %1: %n Episode wäre im gezeigten Verlauf eröffnet worden</numerusform>
            <numerusform>Vorschau für %1: %n Episoden wären im gezeigten Verlauf eröffnet worden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview over all %1 queues with history: %n episode(s) would have opened in the shown range</source>
        <translation>
            <numerusform>Vorschau über alle %1 Warteschlangen mit Verlauf: %n Episode wäre im gezeigten Zeitraum geöffnet worden</numerusform>
            <numerusform>Vorschau über alle %1 Warteschlangen mit Verlauf: %n Episoden wären im gezeigten Zeitraum geöffnet worden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::QueuePickerList</name>
    <message>
        <source>Search queues</source>
        <translation>Warteschlangen suchen</translation>
    </message>
    <message>
        <source>%1 (unknown queue)</source>
        <translation>%1 (unbekannte Warteschlange)</translation>
    </message>
</context>
<context>
    <name>earshot::QueueTableModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 incident since %2 (it closes after enough healthy windows)</source>
        <translation>Vorfall (%1) seit %2 (er schließt nach genügend gesunden Fenstern)</translation>
    </message>
    <message>
        <source>Too few calls in the last window to judge quality</source>
        <translation>Zu wenige Anrufe im letzten Fenster, um die Qualität zu beurteilen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Verlust %</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Latency p95 ms</source>
        <translation>Latenz p95 ms</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Last window</source>
        <translation>Letztes Fenster</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <source>Partial window: too many conversations were malformed and skipped; not judged</source>
        <translation>Unvollständiges Fenster: zu viele Gespräche waren fehlerhaft und wurden übersprungen; nicht bewertet</translation>
    </message>
    <message>
        <source>Silenced until %1: new incidents are recorded, not paged</source>
        <translation>Stummgeschaltet bis %1: neue Vorfälle werden erfasst, nicht gemeldet</translation>
    </message>
    <message>
        <source>Polling has failed: these values are old</source>
        <translation>Die Abfrage ist fehlgeschlagen: diese Werte sind alt</translation>
    </message>
    <message>
        <source>No window from this queue for more than 2 windows</source>
        <translation>Seit mehr als 2 Fenstern kein Fenster dieser Warteschlange</translation>
    </message>
    <message>
        <source>No window from this queue in the newest poll: no calls</source>
        <translation>Kein Fenster dieser Warteschlange in der neuesten Abfrage: keine Anrufe</translation>
    </message>
</context>
<context>
    <name>earshot::QueueTablePage</name>
    <message>
        <source>Only problems</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Chart selected</source>
        <translation>Auswahl anzeigen</translation>
    </message>
    <message>
        <source>Filter by queue name or id</source>
        <translation>Nach Name oder ID der Warteschlange filtern</translation>
    </message>
    <message>
        <source>Show only queues at warning or critical, or with an open incident</source>
        <translation>Nur Warteschlangen mit Warnung, kritischem Zustand oder offenem Vorfall zeigen</translation>
    </message>
    <message>
        <source>Chart the selected queues (the first one's thresholds are drawn)</source>
        <translation>Die ausgewählten Warteschlangen im Diagramm zeigen (die Schwellen der ersten werden gezeichnet)</translation>
    </message>
    <message>
        <source>%1 of %2 queues</source>
        <translation>%1 von %2 Warteschlangen</translation>
    </message>
    <message>
        <source>&amp;Silence queue…</source>
        <translation>Warteschlange &amp;stummschalten…</translation>
    </message>
    <message>
        <source>Stop paging for this queue for a while (maintenance)</source>
        <translation>Alarmierung für diese Warteschlange eine Zeit lang aussetzen (Wartung)</translation>
    </message>
    <message>
        <source>Silence queue</source>
        <translation>Warteschlange stummschalten</translation>
    </message>
    <message>
        <source>Monitoring has not started yet; try again in a moment.</source>
        <translation>Die Überwachung hat noch nicht begonnen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>No queue matches “%1”</source>
        <translation>Keine Warteschlange passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>All %n queue(s) OK</source>
        <translation>
            <numerusform>Die %n Warteschlange ist OK</numerusform>
            <numerusform>Alle %n Warteschlangen OK</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::SecretStore</name>
    <message>
        <source>no "%1" in the keychain</source>
        <translation>kein „%1“ im Schlüsselbund</translation>
    </message>
    <message>
        <source>the OS keychain is not available: %1</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>could not store "%1" in the OS keychain: %2</source>
        <translation>„%1“ konnte nicht im Schlüsselbund des Systems gespeichert werden: %2</translation>
    </message>
    <message>
        <source>could not remove "%1" from the OS keychain: %2</source>
        <translation>„%1“ konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>earshot::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Genesys Cloud</source>
        <translation>Genesys Cloud</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Custom login and API URLs</source>
        <translation>Eigene Anmelde- und API-URLs</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>An OAuth client with the client credentials grant. Its role needs Analytics &gt; Conversation Detail &gt; View and Routing &gt; Queue &gt; View.</source>
        <translation>Ein OAuth-Client mit dem Grant „Client Credentials“. Seine Rolle braucht Analytics &gt; Conversation Detail &gt; View und Routing &gt; Queue &gt; View.</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>Anmelde-URL:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Genesys conversation details</source>
        <translation>Genesys-Konversationsdetails</translation>
    </message>
    <message>
        <source>Quality summary service</source>
        <translation>Dienst für Qualitätsübersichten</translation>
    </message>
    <message>
        <source>Conversation details are Genesys Cloud's own data: MOS, loss (derived from discarded and invalid packets) and latency, but no jitter in milliseconds. A quality summary service (/api/v2/analytics/quality/summary) is not part of Genesys Cloud; choose it only if your organisation runs one.</source>
        <translation>Konversationsdetails sind die eigenen Daten von Genesys Cloud: MOS, Verlust (aus verworfenen und ungültigen Paketen abgeleitet) und Latenz, aber kein Jitter in Millisekunden. Ein Dienst für Qualitätsübersichten (/api/v2/analytics/quality/summary) gehört nicht zu Genesys Cloud; wählen Sie ihn nur, wenn Ihre Organisation einen betreibt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Conversations appear in the details data only after they end and are indexed: each window is polled this long after it closes.</source>
        <translation>Konversationen erscheinen in den Detaildaten erst, wenn sie beendet und indiziert sind: Jedes Fenster wird so lange nach seinem Ende abgefragt.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Ingest lag:</source>
        <translation>Erfassungsverzögerung:</translation>
    </message>
    <message>
        <source>Monitor every queue</source>
        <translation>Alle Warteschlangen überwachen</translation>
    </message>
    <message>
        <source>The 32-character Integration Key of an "Events API v2" integration on the PagerDuty service to page.</source>
        <translation>Der 32-stellige Integrationsschlüssel einer „Events API v2“-Integration des PagerDuty-Dienstes, der alarmiert werden soll.</translation>
    </message>
    <message>
        <source>Integration key:</source>
        <translation>Integrationsschlüssel:</translation>
    </message>
    <message>
        <source>The language applies the next time Earshot starts. "System default" follows the language of your desktop session.</source>
        <translation>Die Sprache gilt ab dem nächsten Start von Earshot. „Systemstandard“ folgt der Sprache Ihrer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Set by the %1 environment variable; change it there.</source>
        <translation>Durch die Umgebungsvariable %1 gesetzt; ändern Sie ihn dort.</translation>
    </message>
    <message>
        <source>leave empty to keep the stored value</source>
        <translation>leer lassen, um den gespeicherten Wert zu behalten</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the configuration file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>✔ Connected. </source>
        <translation>✔ Verbunden. </translation>
    </message>
    <message>
        <source>✘ Failed: </source>
        <translation>✘ Fehlgeschlagen: </translation>
    </message>
    <message>
        <source>✔ Accepted. </source>
        <translation>✔ Angenommen. </translation>
    </message>
    <message>
        <source>Please fix these first:

• %1</source>
        <translation>Bitte beheben Sie zuerst Folgendes:

• %1</translation>
    </message>
    <message>
        <source>leave empty to keep the one in use</source>
        <translation>leer lassen, um den verwendeten zu behalten</translation>
    </message>
    <message>
        <source>In use: none (not set)</source>
        <translation>Verwendet: keiner (nicht gesetzt)</translation>
    </message>
    <message>
        <source>In use: %1, from the %2 environment variable</source>
        <translation>Verwendet: %1, aus der Umgebungsvariable %2</translation>
    </message>
    <message>
        <source>In use: %1, from the system keychain</source>
        <translation>Verwendet: %1, aus dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>In use now: the demo simulator's, not your account's. What you save here configures your account.</source>
        <translation>Jetzt verwendet: die des Demo-Simulators, nicht die Ihres Kontos. Was Sie hier speichern, gilt für Ihr Konto.</translation>
    </message>
    <message>
        <source>Optional: a REST API key with read access. With it Earshot shows who acknowledged or resolved its incidents in PagerDuty (on a phone, too), and does not page again an incident resolved there while the queue is still degraded.</source>
        <translation>Optional: ein REST-API-Schlüssel mit Lesezugriff. Damit zeigt Earshot, wer seine Incidents in PagerDuty bestätigt oder gelöst hat (auch vom Telefon aus), und alarmiert einen dort gelösten Incident nicht erneut, solange die Warteschlange beeinträchtigt bleibt.</translation>
    </message>
    <message>
        <source>Page again when a queue resolved in PagerDuty recovers for a window and then breaches again</source>
        <translation>Erneut alarmieren, wenn sich eine in PagerDuty gelöste Warteschlange ein Fenster lang erholt und dann wieder Schwellen überschreitet</translation>
    </message>
    <message>
        <source>REST API key:</source>
        <translation>REST-API-Schlüssel:</translation>
    </message>
    <message>
        <source>Test REST key</source>
        <translation>REST-Schlüssel testen</translation>
    </message>
    <message>
        <source>The password of the PostgreSQL role Earshot logs in as to the database it shares with other consoles: %1 ([storage] in the configuration file).</source>
        <translation>Das Passwort der PostgreSQL-Rolle, mit der sich Earshot an der Datenbank anmeldet, die es mit anderen Konsolen teilt: %1 ([storage] in der Konfigurationsdatei).</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Datenbankpasswort:</translation>
    </message>
</context>
<context>
    <name>earshot::SilenceDialog</name>
    <message>
        <source>Silence queue</source>
        <translation>Warteschlange stummschalten</translation>
    </message>
    <message>
        <source>While silenced, new problems of &lt;b&gt;%1&lt;/b&gt; are recorded but not paged. Open incidents stay open.</source>
        <translation>Während der Stummschaltung werden neue Probleme von &lt;b&gt;%1&lt;/b&gt; erfasst, aber nicht alarmiert. Offene Vorfälle bleiben offen.</translation>
    </message>
    <message>
        <source>e.g. carrier maintenance CHG-1234</source>
        <translation>z. B. Carrier-Wartung CHG-1234</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
</context>
<context>
    <name>earshot::SilencesDialog</name>
    <message>
        <source>&amp;End now</source>
        <translation>Jetzt &amp;beenden</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>End the silence now: paging resumes at the next window</source>
        <translation>Stummschaltung jetzt beenden: Meldungen ab dem nächsten Fenster</translation>
    </message>
    <message>
        <source>Choose a new end and reason</source>
        <translation>Neues Ende und neuen Grund wählen</translation>
    </message>
    <message>
        <source>While a silence lasts, new incidents of its queues are recorded and shown but not paged.</source>
        <translation>Solange eine Stummschaltung dauert, werden neue Vorfälle ihrer Warteschlangen erfasst und angezeigt, aber nicht gemeldet.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>alle Warteschlangen</translation>
    </message>
    <message>
        <source>End silence</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <source>End the silence of %1 now? Paging resumes at the next window.</source>
        <translation>Stummschaltung von %1 jetzt beenden? Meldungen ab dem nächsten Fenster.</translation>
    </message>
</context>
<context>
    <name>earshot::SingleInstance</name>
    <message>
        <source>Cannot lock the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Earshot is already running on %1 (process %2): its window was brought to the front.</source>
        <translation>Earshot läuft bereits auf %1 (Prozess %2): sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>A headless Earshot (process %1) is monitoring %2; stop it to open the window on this database, or start the window with another configuration.</source>
        <translation>Ein Earshot ohne Fenster (Prozess %1) überwacht %2; beenden Sie ihn, um das Fenster auf dieser Datenbank zu öffnen, oder starten Sie das Fenster mit einer anderen Konfiguration.</translation>
    </message>
    <message>
        <source>It did not answer the request to show its window.</source>
        <translation>Er hat auf die Bitte, sein Fenster zu zeigen, nicht geantwortet.</translation>
    </message>
    <message>
        <source>another Earshot</source>
        <translation>ein anderer Earshot</translation>
    </message>
    <message>
        <source>another Earshot (process %1)</source>
        <translation>ein anderer Earshot (Prozess %1)</translation>
    </message>
    <message>
        <source>another Earshot (process %1 on %2)</source>
        <translation>ein anderer Earshot (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <source>The database %1 is in use by %2: its lock file is %3. Stop that instance first, or give this one its own database ([storage] database in the configuration).</source>
        <translation>Die Datenbank %1 wird von %2 benutzt: seine Sperrdatei ist %3. Beenden Sie zuerst diese Instanz oder geben Sie dieser eine eigene Datenbank ([storage] database in der Konfiguration).</translation>
    </message>
</context>
<context>
    <name>earshot::StatusBarWidget</name>
    <message>
        <source>Last successful poll %1</source>
        <translation>Letzte erfolgreiche Abfrage %1</translation>
    </message>
    <message>
        <source>No successful poll yet</source>
        <translation>Noch keine erfolgreiche Abfrage</translation>
    </message>
    <message>
        <source>next poll %1</source>
        <translation>nächste Abfrage %1</translation>
    </message>
    <message>
        <source>rate limit: %1 left</source>
        <translation>Ratenlimit: noch %1</translation>
    </message>
    <message>
        <source>outbox: %1 pending</source>
        <translation>Postausgang: %1 ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused</source>
        <translation>
            <numerusform>%n Ereignis abgelehnt</numerusform>
            <numerusform>%n Ereignisse abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1 — nothing is stored or paged</source>
        <translation>Datenbank: %1 — nichts wird gespeichert oder alarmiert</translation>
    </message>
    <message>
        <source>Heartbeat OK at %1</source>
        <translation>Heartbeat OK um %1</translation>
    </message>
    <message>
        <source>Heartbeat failed at %1: %2</source>
        <translation>Heartbeat um %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>PagerDuty follow: off</source>
        <translation>PagerDuty-Verfolgung: aus</translation>
    </message>
    <message>
        <source>PagerDuty follow: REST API key refused — paging continues</source>
        <translation>PagerDuty-Verfolgung: REST-API-Schlüssel abgelehnt — die Alarmierung läuft weiter</translation>
    </message>
    <message>
        <source>PagerDuty follow: %1</source>
        <translation>PagerDuty-Verfolgung: %1</translation>
    </message>
</context>
<context>
    <name>earshot::ThresholdsPanel</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>All queues (global)</source>
        <translation>Alle Warteschlangen (global)</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Minimum calls</source>
        <translation>Mindestanzahl Anrufe</translation>
    </message>
    <message>
        <source>Windows with fewer calls are "no data": they never raise and never count as recovery</source>
        <translation>Fenster mit weniger Anrufen gelten als „keine Daten“: Sie lösen nie aus und zählen nie als Erholung</translation>
    </message>
    <message>
        <source>Raise after windows</source>
        <translation>Auslösen nach Fenstern</translation>
    </message>
    <message>
        <source>Consecutive breaching windows before an incident opens</source>
        <translation>Aufeinanderfolgende Fenster mit Schwellenverletzung, bevor ein Vorfall eröffnet wird</translation>
    </message>
    <message>
        <source>Clear after windows</source>
        <translation>Aufheben nach Fenstern</translation>
    </message>
    <message>
        <source>Consecutive healthy windows before an incident resolves</source>
        <translation>Aufeinanderfolgende gesunde Fenster, bevor ein Vorfall gelöst wird</translation>
    </message>
    <message>
        <source>Problems with these thresholds</source>
        <translation>Probleme mit diesen Schwellenwerten</translation>
    </message>
    <message>
        <source>Use these thresholds from the next window on</source>
        <translation>Diese Schwellenwerte ab dem nächsten Fenster verwenden</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Global: the built-in thresholds. A queue: follow the global ones</source>
        <translation>Global: die eingebauten Schwellenwerte. Eine Warteschlange: den globalen folgen</translation>
    </message>
    <message>
        <source>Thresholds for:</source>
        <translation>Schwellenwerte für:</translation>
    </message>
    <message>
        <source>Follow global</source>
        <translation>Global folgen</translation>
    </message>
    <message>
        <source>Unsaved changes: the chart shows what they would have done.</source>
        <translation>Ungespeicherte Änderungen: Das Diagramm zeigt, was sie bewirkt hätten.</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (eigener Wert)</translation>
    </message>
    <message>
        <source>Edit the global thresholds, or one queue's differences from them. Type to search among the queues.</source>
        <translation>Die globalen Schwellenwerte bearbeiten oder die Abweichungen einer Warteschlange davon. Tippen, um Warteschlangen zu suchen.</translation>
    </message>
</context>
<context>
    <name>earshot::TokenCache</name>
    <message>
        <source>not authenticated yet</source>
        <translation>noch nicht angemeldet</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>login server unavailable: %1</source>
        <translation>Anmeldeserver nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>authentication failed: check client id / secret / role</source>
        <translation>Anmeldung fehlgeschlagen: Prüfen Sie Client-ID / Secret / Rolle</translation>
    </message>
    <message>
        <source>authentication failed: check client id / secret / role (stopped asking the login server after %1 refusals; change the credentials or retry)</source>
        <translation>Anmeldung fehlgeschlagen: Prüfen Sie Client-ID / Secret / Rolle (nach %1 Ablehnungen keine Anfragen mehr an den Anmeldeserver; ändern Sie die Zugangsdaten oder versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>authentication failed: no client id / secret configured</source>
        <translation>Anmeldung fehlgeschlagen: keine Client-ID / kein Secret konfiguriert</translation>
    </message>
</context>
<context>
    <name>earshot::TrayNotifier</name>
    <message>
        <source>Show Earshot</source>
        <translation>Earshot anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Earshot: no open incidents</source>
        <translation>Earshot: keine offenen Vorfälle</translation>
    </message>
    <message numerus="yes">
        <source>Earshot: %n open</source>
        <translation>
            <numerusform>Earshot: %n offener Vorfall</numerusform>
            <numerusform>Earshot: %n offene Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Earshot: new incident</source>
        <translation>Earshot: neuer Vorfall</translation>
    </message>
    <message>
        <source>Earshot: PagerDuty</source>
        <translation>Earshot: PagerDuty</translation>
    </message>
</context>
<context>
    <name>earshot::WallBinding</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n wartet</numerusform>
            <numerusform>%1, %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Genesys: %1 · %2</source>
        <translation>Genesys: %1 · %2</translation>
    </message>
</context>
<context>
    <name>earshot::WallView</name>
    <message>
        <source>page %1/%2</source>
        <translation>Seite %1/%2</translation>
    </message>
    <message>
        <source>No voice quality data: nothing is polled.</source>
        <translation>Keine Sprachqualitätsdaten: es wird nichts abgefragt.</translation>
    </message>
</context>
<context>
    <name>earshot::WallWindow</name>
    <message>
        <source>Earshot — wall display</source>
        <translation>Earshot — Wandanzeige</translation>
    </message>
    <message>
        <source>There is no screen "%1" (screens: %2); the wall uses the primary screen.</source>
        <translation>Es gibt keinen Bildschirm „%1“ (Bildschirme: %2); die Wand nutzt den Hauptbildschirm.</translation>
    </message>
</context>
<context>
    <name>earshot::WelcomePage</name>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Start demo mode</source>
        <translation>Demomodus starten</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Earshot&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Earshot&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Earshot watches the voice quality of your Genesys Cloud queues (MOS, packet loss, jitter, latency) and pages PagerDuty when a queue degrades.&lt;br&gt;&lt;br&gt;To start, it needs a Genesys Cloud OAuth client (client credentials grant, with a role that can view conversation details and queues) and a PagerDuty Events API v2 integration key.&lt;br&gt;&lt;br&gt;No credentials at hand? Demo mode runs against a built-in simulated contact centre; nothing leaves this computer.</source>
        <translation>Earshot überwacht die Sprachqualität Ihrer Genesys-Cloud-Warteschlangen (MOS, Paketverlust, Jitter, Latenz) und alarmiert PagerDuty, wenn sich eine Warteschlange verschlechtert.&lt;br&gt;&lt;br&gt;Zum Start braucht es einen Genesys-Cloud-OAuth-Client (Grant „Client Credentials“, mit einer Rolle, die Konversationsdetails und Warteschlangen sehen darf) und einen PagerDuty-Integrationsschlüssel für die Events API v2.&lt;br&gt;&lt;br&gt;Keine Zugangsdaten zur Hand? Der Demomodus läuft gegen ein eingebautes simuliertes Contact Center; nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>earshot: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it with --headless, or set QT_QPA_PLATFORM (offscreen shows nothing).
</source>
        <translation>earshot: keine Anzeige, um das Fenster zu öffnen (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie es mit --headless oder setzen Sie QT_QPA_PLATFORM (offscreen zeigt nichts).
</translation>
    </message>
</context>
</TS>
