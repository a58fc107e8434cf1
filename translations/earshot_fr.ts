<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertEngine</name>
    <message>
        <source>saved alert state: "%1" is missing, has the wrong type or is out of range</source>
        <translation>état d'alerte enregistré : « %1 » est absent, du mauvais type ou hors limites</translation>
    </message>
    <message>
        <source>saved alert state has an unknown version</source>
        <translation>l'état d'alerte enregistré a une version inconnue</translation>
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
        <translation>perte de paquets</translation>
    </message>
    <message>
        <source>jitter</source>
        <translation>gigue</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latence</translation>
    </message>
    <message>
        <source>jitter-buffer discard</source>
        <translation>rejets du tampon de gigue</translation>
    </message>
    <message>
        <source>%1: %2 levels must be numbers.</source>
        <translation>%1 : les seuils de %2 doivent être des nombres.</translation>
    </message>
    <message>
        <source>%1: %2 critical (%3) must be below its warning (%4).</source>
        <translation>%1 : le seuil critique de %2 (%3) doit être inférieur au seuil d'avertissement (%4).</translation>
    </message>
    <message>
        <source>%1: %2 critical (%3) must be above its warning (%4).</source>
        <translation>%1 : le seuil critique de %2 (%3) doit être supérieur au seuil d'avertissement (%4).</translation>
    </message>
    <message>
        <source>%1: %2 levels must lie between 1 and 5.</source>
        <translation>%1 : les seuils de %2 doivent être compris entre 1 et 5.</translation>
    </message>
    <message>
        <source>%1: %2 levels must lie between 0 and 100 %.</source>
        <translation>%1 : les seuils de %2 doivent être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>%1: %2 levels must not be negative.</source>
        <translation>%1 : les seuils de %2 ne doivent pas être négatifs.</translation>
    </message>
    <message>
        <source>%1: min calls must not be negative.</source>
        <translation>%1 : le nombre minimal d'appels ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>%1: raise after windows must be at least 1.</source>
        <translation>%1 : « déclencher après N fenêtres » doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>%1: clear after windows must be at least 1.</source>
        <translation>%1 : « lever après N fenêtres » doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Global thresholds</source>
        <translation>Seuils globaux</translation>
    </message>
    <message>
        <source>%1: the idle time before resolving must be positive.</source>
        <translation>%1 : le délai d'inactivité avant résolution doit être positif.</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>File %1</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>[genesys] login_url and api_url go together: set both or neither.</source>
        <translation>[genesys] login_url et api_url vont ensemble : définissez les deux ou aucune.</translation>
    </message>
    <message>
        <source>[genesys] region is empty and no login_url/api_url is set.</source>
        <translation>[genesys] region est vide et aucune login_url/api_url n'est définie.</translation>
    </message>
    <message>
        <source>[schedule] window_seconds must divide a day evenly (300 is Genesys' FIVE_MINUTES granularity); got %1.</source>
        <translation>[schedule] window_seconds doit diviser une journée sans reste (300 est la granularité FIVE_MINUTES de Genesys) ; reçu : %1.</translation>
    </message>
    <message>
        <source>[schedule] window_seconds below 300 is only accepted when every endpoint is loopback (tests and demo); got %1.</source>
        <translation>[schedule] window_seconds inférieur à 300 n'est accepté que si tous les points d'accès sont en boucle locale (tests et démo) ; reçu : %1.</translation>
    </message>
    <message>
        <source>[genesys] source = summary needs window_seconds = 300 (the endpoint's FIVE_MINUTES granularity).</source>
        <translation>[genesys] source = summary exige window_seconds = 300 (la granularité FIVE_MINUTES du point d'accès).</translation>
    </message>
    <message>
        <source>[schedule] ingest_lag_seconds must be between 0 and 3600; got %1.</source>
        <translation>[schedule] ingest_lag_seconds doit être compris entre 0 et 3600 ; reçu : %1.</translation>
    </message>
    <message>
        <source>[storage] retention_days must be at least 1; got %1.</source>
        <translation>[storage] retention_days doit valoir au moins 1 ; reçu : %1.</translation>
    </message>
    <message>
        <source>[pagerduty] source must not be empty (PagerDuty requires it).</source>
        <translation>[pagerduty] source ne doit pas être vide (PagerDuty l'exige).</translation>
    </message>
    <message>
        <source>[wall] groups: "%1" is not "name: pattern, pattern" (groups are separated by |).</source>
        <translation>[wall] groups : « %1 » n'est pas de la forme « nom: motif, motif » (les groupes sont séparés par |).</translation>
    </message>
    <message>
        <source>[wall] groups: the group "%1" is named twice.</source>
        <translation>[wall] groups : le groupe « %1 » est nommé deux fois.</translation>
    </message>
    <message>
        <source>[wall] rotate_seconds must be between 3 and 3600; got %1.</source>
        <translation>[wall] rotate_seconds doit être entre 3 et 3600 ; reçu %1.</translation>
    </message>
    <message>
        <source>[schedule] request_timeout_seconds must be between 1 and 300; got %1.</source>
        <translation>[schedule] request_timeout_seconds doit être compris entre 1 et 300 ; reçu : %1.</translation>
    </message>
    <message>
        <source>[health] page_after_windows must be between 0 (off) and 288; got %1.</source>
        <translation>[health] page_after_windows doit être compris entre 0 (désactivé) et 288 ; reçu : %1.</translation>
    </message>
    <message>
        <source>[pagerduty] follow_seconds must be between 10 and 3600; got %1.</source>
        <translation>[pagerduty] follow_seconds doit être compris entre 10 et 3600 ; reçu : %1.</translation>
    </message>
    <message>
        <source>[storage] backend must be sqlite or postgresql; got "%1".</source>
        <translation>[storage] backend doit valoir sqlite ou postgresql ; reçu « %1 ».</translation>
    </message>
    <message>
        <source>[storage] %1 is needed with backend = postgresql.</source>
        <translation>[storage] %1 est requis avec backend = postgresql.</translation>
    </message>
    <message>
        <source>[storage] port must be between 1 and 65535; got %1.</source>
        <translation>[storage] port doit être compris entre 1 et 65535 ; reçu %1.</translation>
    </message>
    <message>
        <source>[storage] sslmode must be one of %1; got "%2".</source>
        <translation>[storage] sslmode doit être l'une des valeurs %1 ; reçu « %2 ».</translation>
    </message>
    <message>
        <source>[storage] host, dbname and user cannot contain spaces, quotes, '=', ';' or '\'.</source>
        <translation>[storage] host, dbname et user ne peuvent contenir ni espaces, ni guillemets, ni '=', ';' ou '\'.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Voice quality monitoring and PagerDuty alerting for Genesys Cloud.</source>
        <translation>Surveillance de la qualité vocale et alertes PagerDuty pour Genesys Cloud.</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; (INI).</source>
        <translation>Lire la configuration depuis &lt;file&gt; (INI).</translation>
    </message>
    <message>
        <source>Run the whole pipeline against the embedded simulator.</source>
        <translation>Exécuter toute la chaîne contre le simulateur intégré.</translation>
    </message>
    <message>
        <source>Run without a window, logging to stderr.</source>
        <translation>Fonctionner sans fenêtre, journal sur stderr.</translation>
    </message>
    <message>
        <source>With --headless: run one cycle, then exit (for schedulers).</source>
        <translation>Avec --headless : exécuter un cycle puis quitter (pour les planificateurs).</translation>
    </message>
    <message>
        <source>Validate the configuration and exit.</source>
        <translation>Valider la configuration et quitter.</translation>
    </message>
    <message>
        <source>Authenticate, list queues, poll the latest window, print it, exit.</source>
        <translation>S'authentifier, lister les files, interroger la dernière fenêtre, l'afficher, quitter.</translation>
    </message>
    <message>
        <source>With --check-genesys: print JSON.</source>
        <translation>Avec --check-genesys : afficher du JSON.</translation>
    </message>
    <message>
        <source>With --headless: move a damaged or empty database aside and start a new one.</source>
        <translation>Avec --headless : mettre de côté une base de données endommagée ou vide et en commencer une nouvelle.</translation>
    </message>
    <message>
        <source>earshot: %1
Try 'earshot --help'.
</source>
        <translation>earshot : %1
Essayez 'earshot --help'.
</translation>
    </message>
    <message>
        <source>earshot: unexpected argument: %1
Try 'earshot --help'.
</source>
        <translation>earshot : argument inattendu : %1
Essayez 'earshot --help'.
</translation>
    </message>
    <message>
        <source>earshot: choose one of --demo, --headless, --check-config and --check-genesys.
</source>
        <translation>earshot : choisissez une seule option parmi --demo, --headless, --check-config et --check-genesys.
</translation>
    </message>
    <message>
        <source>earshot: --once goes with --headless.
</source>
        <translation>earshot : --once s'utilise avec --headless.
</translation>
    </message>
    <message>
        <source>earshot: --reset-database goes with --headless.
</source>
        <translation>earshot : --reset-database s'utilise avec --headless.
</translation>
    </message>
    <message>
        <source>Window options read by Qt (see QGuiApplication and QApplication):
  -platform NAME[:OPTIONS], -platformtheme NAME, -style NAME,
  -stylesheet FILE, -qwindowgeometry GEOMETRY, -qwindowtitle TITLE,
  -qwindowicon FILE, -reverse, -session ID, -display DISPLAY (X11)
</source>
        <translation>Options de fenêtre lues par Qt (voir QGuiApplication et QApplication) :
  -platform NOM[:OPTIONS], -platformtheme NOM, -style NOM,
  -stylesheet FICHIER, -qwindowgeometry GÉOMÉTRIE, -qwindowtitle TITRE,
  -qwindowicon FICHIER, -reverse, -session ID, -display DISPLAY (X11)
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
        <translation>Code de sortie :
  0  succès ; ou la fenêtre de l'Earshot qui tourne déjà sur la même
     base de données a été mise au premier plan
  1  le travail a échoué (la raison est sur stderr), ou il n'y a pas
     d'affichage pour la fenêtre
  2  ligne de commande, configuration incorrecte ou secret manquant, ou la
     base de données est utilisée par un autre Earshot (son fichier de verrou est nommé)
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
        <translation>Environnement :
  GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET
                     le client OAuth de Genesys Cloud ; quand les deux sont
                     définis, ils l'emportent sur le trousseau du système
  PAGERDUTY_INTEGRATION_KEY
                     la clé d'intégration PagerDuty Events API v2 ; l'emporte
                     sur le trousseau du système
  QT_LOGGING_RULES   plus ou moins de journalisation, p. ex. "earshot.alerting.debug=true"
  QT_QPA_PLATFORM    le système de fenêtres (p. ex. offscreen, pour une fenêtre
                     sans affichage)
</translation>
    </message>
    <message>
        <source>Files:
  %1
      the configuration of the window when --config is not given
  &lt;database&gt;.lock
      beside the database ([storage] database) while an Earshot uses it
</source>
        <translation>Fichiers :
  %1
      la configuration de la fenêtre quand --config n'est pas donné
  &lt;base&gt;.lock
      à côté de la base de données ([storage] database) tant qu'un Earshot l'utilise
</translation>
    </message>
    <message>
        <source>Start on the NOC wall display, fullscreen (also with --demo); F11 leaves it.</source>
        <translation>Démarrer sur l'affichage mural NOC, en plein écran (aussi avec --demo) ; F11 le quitte.</translation>
    </message>
    <message>
        <source>With --wall: the screen for the wall, a number from 1 or the name Qt gives it.</source>
        <translation>Avec --wall : l'écran du mur, un numéro à partir de 1 ou le nom que Qt lui donne.</translation>
    </message>
    <message>
        <source>earshot: --wall goes with the window or --demo.
</source>
        <translation>earshot : --wall s'utilise avec la fenêtre ou --demo.
</translation>
    </message>
    <message>
        <source>earshot: --screen goes with --wall.
</source>
        <translation>earshot : --screen s'utilise avec --wall.
</translation>
    </message>
    <message>
        <source>earshot: --screen needs a screen number or name.
</source>
        <translation>earshot : --screen demande un numéro ou un nom d'écran.
</translation>
    </message>
    <message>
        <source>With --demo: hold one state instead of playing the story: %1.</source>
        <translation>Avec --demo : maintenir un état au lieu de jouer le scénario : %1.</translation>
    </message>
    <message>
        <source>With --demo-state: how many queues (1 to %1, default %2).</source>
        <translation>Avec --demo-state : nombre de files (de 1 à %1, %2 par défaut).</translation>
    </message>
    <message>
        <source>earshot: --demo-state goes with --demo.
</source>
        <translation>earshot : --demo-state s'utilise avec --demo.
</translation>
    </message>
    <message>
        <source>earshot: --demo-state must be one of %1, not "%2".
</source>
        <translation>earshot : --demo-state doit être l'un de %1, pas « %2 ».
</translation>
    </message>
    <message>
        <source>earshot: --demo-queues goes with --demo-state.
</source>
        <translation>earshot : --demo-queues s'utilise avec --demo-state.
</translation>
    </message>
    <message>
        <source>earshot: --demo-queues must be a number from 1 to %1, not "%2".
</source>
        <translation>earshot : --demo-queues doit être un nombre de 1 à %1, pas « %2 ».
</translation>
    </message>
    <message>
        <source>On a shared database: auto (poll when no other console does, else view and take over; the default), leader (poll or exit) or viewer (never poll).</source>
        <translation>Sur une base partagée : auto (interroger si aucune autre console ne le fait, sinon consulter et prendre le relais ; par défaut), leader (interroger ou quitter) ou viewer (ne jamais interroger).</translation>
    </message>
    <message>
        <source>earshot: --role must be auto, leader or viewer, not "%1".
</source>
        <translation>earshot : --role doit être auto, leader ou viewer, pas "%1".
</translation>
    </message>
    <message>
        <source>earshot: --role goes with the window or --headless.
</source>
        <translation>earshot : --role va avec la fenêtre ou --headless.
</translation>
    </message>
    <message>
        <source>earshot: --role viewer needs a window: a headless console that never polls would do nothing.
</source>
        <translation>earshot : --role viewer demande une fenêtre : une console sans fenêtre qui n'interroge jamais ne ferait rien.
</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1: "%2" is not a whole number.</source>
        <translation>%1 : « %2 » n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number.</source>
        <translation>%1 : « %2 » n'est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: "%2" is not true or false.</source>
        <translation>%1 : « %2 » n'est ni true ni false.</translation>
    </message>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation>%1 : clé inconnue, ignorée.</translation>
    </message>
    <message>
        <source>The config file "%1" does not exist.</source>
        <translation>Le fichier de configuration « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>The config file "%1" cannot be read.</source>
        <translation>Le fichier de configuration « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The config file "%1" is not a valid INI file.</source>
        <translation>Le fichier de configuration « %1 » n'est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>genesys/source: "%1" is neither details nor summary.</source>
        <translation>genesys/source : « %1 » n'est ni details ni summary.</translation>
    </message>
    <message>
        <source>Could not write the config file "%1".</source>
        <translation>Impossible d'écrire le fichier de configuration « %1 ».</translation>
    </message>
    <message>
        <source>The config file "%1" is larger than 1 MB (%2 bytes); refused.</source>
        <translation>Le fichier de configuration « %1 » dépasse 1 Mo (%2 octets) ; refusé.</translation>
    </message>
    <message>
        <source>The config file "%1" is larger than 1 MB; refused.</source>
        <translation>Le fichier de configuration « %1 » dépasse 1 Mo ; refusé.</translation>
    </message>
    <message>
        <source>The config file "%1" is not a text file: a control byte (0x%2) on line %3.</source>
        <translation>Le fichier de configuration « %1 » n'est pas un fichier texte : un octet de contrôle (0x%2) à la ligne %3.</translation>
    </message>
    <message>
        <source>The config file "%1" is not UTF-8 text.</source>
        <translation>Le fichier de configuration « %1 » n'est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>%1: %2 characters; at most %3 are allowed.</source>
        <translation>%1 : %2 caractères ; %3 au plus sont permis.</translation>
    </message>
    <message>
        <source>... and %1 more unknown keys, ignored.</source>
        <translation>... et %1 autres clés inconnues, ignorées.</translation>
    </message>
    <message>
        <source>wall/theme: "%1" is neither dark nor light.</source>
        <translation>wall/theme : « %1 » n'est ni dark ni light.</translation>
    </message>
    <message>
        <source>No known section ([genesys], [schedule], [thresholds], [alerting], [pagerduty], [storage], [wall], [health], [metrics], [queue.&lt;id&gt;]): this is not an Earshot config file.</source>
        <translation>Aucune section connue ([genesys], [schedule], [thresholds], [alerting], [pagerduty], [storage], [wall], [health], [metrics], [queue.&lt;id&gt;]) : ce n'est pas un fichier de configuration d'Earshot.</translation>
    </message>
    <message>
        <source>%1: secrets do not belong in the config file; set them through the environment (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, PAGERDUTY_INTEGRATION_KEY, EARSHOT_DB_PASSWORD) or the Settings window (OS keychain).</source>
        <translation>%1 : les secrets n'ont pas leur place dans le fichier de configuration ; définissez-les par l'environnement (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, PAGERDUTY_INTEGRATION_KEY, EARSHOT_DB_PASSWORD) ou dans la fenêtre Paramètres (trousseau du système).</translation>
    </message>
</context>
<context>
    <name>ConversationChecks</name>
    <message>
        <source>conversation %1: a negative packet count</source>
        <translation>conversation %1 : un nombre de paquets négatif</translation>
    </message>
    <message>
        <source>conversation %1: more than %2 packets</source>
        <translation>conversation %1 : plus de %2 paquets</translation>
    </message>
    <message>
        <source>conversation %1: more packets lost (%2) than received (%3)</source>
        <translation>conversation %1 : plus de paquets perdus (%2) que reçus (%3)</translation>
    </message>
    <message>
        <source>conversation %1: more jitter-buffer discards (%2) than packets received (%3)</source>
        <translation>conversation %1 : plus de rejets du tampon de gigue (%2) que de paquets reçus (%3)</translation>
    </message>
    <message>
        <source>conversation %1: MOS %2 is outside 1 to 5</source>
        <translation>conversation %1 : le MOS %2 est hors de 1 à 5</translation>
    </message>
    <message>
        <source>conversation %1: latency %2 ms is outside 0 to 60000</source>
        <translation>conversation %1 : la latence de %2 ms est hors de 0 à 60000</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>database: %1 failed: %2</source>
        <translation>base de données : échec de %1 : %2</translation>
    </message>
    <message>
        <source>opening "%1"</source>
        <translation>l'ouverture de « %1 »</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>le début d'une transaction</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>la validation</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>database "%1" %2; it was left as it is (the open incidents are in it). Restore it from a backup, or start again with --reset-database (the file is kept beside it).</source>
        <translation>base de données « %1 » : %2 ; elle a été laissée telle quelle (les incidents ouverts y sont). Restaurez-la depuis une sauvegarde, ou recommencez avec --reset-database (le fichier est conservé à côté).</translation>
    </message>
    <message>
        <source>moving "%1" aside</source>
        <translation>mise de côté de « %1 »</translation>
    </message>
    <message>
        <source>rename refused</source>
        <translation>renommage refusé</translation>
    </message>
    <message>
        <source>database "%1" moved aside to "%2"; starting a new one</source>
        <translation>base de données « %1 » mise de côté sous « %2 » ; une nouvelle est créée</translation>
    </message>
    <message>
        <source>exists but is empty</source>
        <translation>existe mais est vide</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lue</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (%1)</source>
        <translation>n'est pas une base SQLite lisible (%1)</translation>
    </message>
    <message>
        <source>failed its integrity check (%1)</source>
        <translation>a échoué à la vérification d'intégrité (%1)</translation>
    </message>
    <message>
        <source>database "%1" cannot be written (%2): check its permissions and the free disk space</source>
        <translation>la base de données « %1 » ne peut pas être écrite (%2) : vérifiez ses droits et l'espace disque libre</translation>
    </message>
    <message>
        <source>database "%1" has schema version %2, newer than this Earshot understands (%3): use a newer Earshot or another database</source>
        <translation>la base de données « %1 » a la version de schéma %2, plus récente que ce que cet Earshot comprend (%3) : utilisez un Earshot plus récent ou une autre base</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql, or use the default backend (sqlite)</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n'est pas installé : installez libqt6sql6-psql, ou utilisez le backend par défaut (sqlite)</translation>
    </message>
    <message>
        <source>the PostgreSQL server refused Earshot's login to %1: %2. Check [storage] user, dbname and sslmode, and the password (EARSHOT_DB_PASSWORD or the keychain)</source>
        <translation>le serveur PostgreSQL a refusé la connexion d'Earshot à %1 : %2. Vérifiez [storage] user, dbname et sslmode, ainsi que le mot de passe (EARSHOT_DB_PASSWORD ou le trousseau)</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL database %1: %2</source>
        <translation>impossible de joindre la base PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>database %1 cannot be written (%2): check the user's privileges and that the server is not a read-only standby</source>
        <translation>la base %1 ne peut pas être écrite (%2) : vérifiez les droits de l'utilisateur et que le serveur n'est pas un standby en lecture seule</translation>
    </message>
    <message>
        <source>another Earshot polls the database %1</source>
        <translation>un autre Earshot interroge pour la base %1</translation>
    </message>
    <message>
        <source>another Earshot polls the database %1: %2</source>
        <translation>un autre Earshot interroge pour la base %1 : %2</translation>
    </message>
    <message>
        <source>claiming leadership</source>
        <translation>prise du rôle de meneur</translation>
    </message>
    <message>
        <source>asking who polls</source>
        <translation>demander qui interroge</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>Scenario starts: all queues healthy.</source>
        <translation>Début du scénario : toutes les files sont saines.</translation>
    </message>
    <message>
        <source>Genesys Cloud answers a burst of HTTP 429 with Retry-After.</source>
        <translation>Genesys Cloud répond par une rafale de HTTP 429 avec Retry-After.</translation>
    </message>
    <message>
        <source>Billing: MOS starts a slow decline.</source>
        <translation>Billing : le MOS commence à baisser lentement.</translation>
    </message>
    <message>
        <source>After Hours: quality drops before the queue closes.</source>
        <translation>After Hours : la qualité chute avant la fermeture de la file.</translation>
    </message>
    <message>
        <source>Sales: sudden critical degradation (packet loss on a carrier).</source>
        <translation>Sales : dégradation critique soudaine (perte de paquets chez un opérateur).</translation>
    </message>
    <message>
        <source>PagerDuty outage begins; events wait in the outbox. After Hours closes.</source>
        <translation>Début d'une panne de PagerDuty ; les événements attendent dans la file d'envoi. After Hours ferme.</translation>
    </message>
    <message>
        <source>PagerDuty is back; the outbox delivers what waited, in order.</source>
        <translation>PagerDuty est de retour ; la file d'envoi livre ce qui attendait, dans l'ordre.</translation>
    </message>
    <message>
        <source>Sales recovers.</source>
        <translation>Sales se rétablit.</translation>
    </message>
    <message>
        <source>Billing recovers.</source>
        <translation>Billing se rétablit.</translation>
    </message>
    <message>
        <source>Technical Support: warning-level MOS.</source>
        <translation>Technical Support : MOS au niveau d'avertissement.</translation>
    </message>
    <message>
        <source>Technical Support escalates to critical.</source>
        <translation>Technical Support passe au niveau critique.</translation>
    </message>
    <message>
        <source>The access token is revoked; the poller refreshes it once.</source>
        <translation>Le jeton d'accès est révoqué ; l'interrogation le renouvelle une fois.</translation>
    </message>
    <message>
        <source>Spanish Line: jitter rises.</source>
        <translation>Spanish Line : la gigue augmente.</translation>
    </message>
    <message>
        <source>Technical Support recovers.</source>
        <translation>Technical Support se rétablit.</translation>
    </message>
    <message>
        <source>Claims: packet loss without a MOS drop.</source>
        <translation>Claims : perte de paquets sans baisse du MOS.</translation>
    </message>
    <message>
        <source>Premium Support flaps around the MOS warning line.</source>
        <translation>Premium Support oscille autour du seuil d'avertissement MOS.</translation>
    </message>
    <message>
        <source>Storm: a carrier degrades eight queues at once; one grouped incident pages.</source>
        <translation>Tempête : un opérateur dégrade huit files à la fois ; un seul incident groupé est envoyé.</translation>
    </message>
    <message>
        <source>Technical Support joins the storm: the incident is updated.</source>
        <translation>Technical Support rejoint la tempête : l'incident est mis à jour.</translation>
    </message>
    <message>
        <source>The carrier recovers; the storm resolves once every queue has.</source>
        <translation>L'opérateur se rétablit ; la tempête est résolue dès que chaque file l'est.</translation>
    </message>
    <message>
        <source>Technical Support: the on-call engineer acknowledges from a phone in PagerDuty.</source>
        <translation>Technical Support : l'ingénieur d'astreinte acquitte depuis un téléphone dans PagerDuty.</translation>
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
        <translation>dd/MM/yyyy HH:mm</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1 %2 below %3 %4</source>
        <translation>%1 %2 sous le seuil %3 %4</translation>
    </message>
    <message>
        <source>%1 %2 above %3 %4</source>
        <translation>%1 %2 au-dessus du seuil %3 %4</translation>
    </message>
    <message>
        <source>Genesys details data has no jitter in ms</source>
        <translation>Les données détaillées de Genesys n'ont pas de gigue en ms</translation>
    </message>
    <message>
        <source>pending (%1), last attempt: %2</source>
        <translation>en attente (%1), dernière tentative : %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>pending (%1)</source>
        <translation>en attente (%1)</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>livré %1</translation>
    </message>
    <message>
        <source>held back by a silence</source>
        <translation>retenu par une mise en sourdine</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>aucun trafic</translation>
    </message>
    <message>
        <source>resolved by an operator</source>
        <translation>résolu par un opérateur</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>jitter</source>
        <translation>gigue</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latence</translation>
    </message>
    <message>
        <source>discards</source>
        <translation>rejets</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>paged with its storm</source>
        <translation>alerté avec sa tempête</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>Acknowledged in PagerDuty by %1 at %2</source>
        <translation>Acquitté dans PagerDuty par %1 à %2</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty by %1 at %2, still degraded</source>
        <translation>Résolu dans PagerDuty par %1 à %2, toujours dégradé</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty by %1 at %2</source>
        <translation>Résolu dans PagerDuty par %1 à %2</translation>
    </message>
    <message>
        <source>%1: acknowledged in PagerDuty by %2</source>
        <translation>%1 : acquitté dans PagerDuty par %2</translation>
    </message>
    <message>
        <source>%1: resolved in PagerDuty by %2, still degraded; not paged again until it recovers</source>
        <translation>%1 : résolu dans PagerDuty par %2, toujours dégradé ; pas de nouvelle alerte avant son rétablissement</translation>
    </message>
    <message>
        <source>%1: resolved in PagerDuty by %2</source>
        <translation>%1 : résolu dans PagerDuty par %2</translation>
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
        <translation>l'interrogation de la fenêtre %1 a échoué : %2</translation>
    </message>
    <message>
        <source>listing the queues failed: %1</source>
        <translation>la liste des files a échoué : %1</translation>
    </message>
    <message>
        <source>monitored queue %1 is not visible to this OAuth client: a wrong id, or its role lacks Routing &gt; Queue &gt; View for the queue's division</source>
        <translation>la file surveillée %1 n'est pas visible pour ce client OAuth : un identifiant erroné, ou son rôle n'a pas Routing &gt; Queue &gt; View pour la division de la file</translation>
    </message>
    <message>
        <source>Genesys Cloud check failed: %1
</source>
        <translation>La vérification de Genesys Cloud a échoué : %1
</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. %n queue(s) visible.
</source>
        <translation>
            <numerusform>Authentifié. %n file visible.
</numerusform>
            <numerusform>Authentifié. %n files visibles.
</numerusform>
        </translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>problème : %1
</translation>
    </message>
    <message numerus="yes">
        <source>Window %1: %n queue(s) with calls.
</source>
        <translation>
            <numerusform>Fenêtre %1 : %n file avec des appels.
</numerusform>
            <numerusform>Fenêtre %1 : %n files avec des appels.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>MOS mean</source>
        <translation>MOS moyen</translation>
    </message>
    <message>
        <source>MOS min</source>
        <translation>MOS min.</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Perte %</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Gigue ms</translation>
    </message>
    <message>
        <source>Queue id</source>
        <translation>ID de file</translation>
    </message>
    <message>
        <source>note: Genesys' conversation details carry no jitter in ms; loss is (discarded + invalid) / received packets.
</source>
        <translation>remarque : les détails de conversation de Genesys ne contiennent pas de gigue en ms ; la perte vaut (rejetés + invalides) / paquets reçus.
</translation>
    </message>
</context>
<context>
    <name>GenesysParsers</name>
    <message>
        <source>a conversation has no conversationId</source>
        <translation>une conversation n'a pas de conversationId</translation>
    </message>
    <message>
        <source>conversation %1 has no valid conversationStart</source>
        <translation>la conversation %1 n'a pas de conversationStart valide</translation>
    </message>
    <message>
        <source>conversation %1: participants is not a list</source>
        <translation>conversation %1 : participants n'est pas une liste</translation>
    </message>
    <message>
        <source>conversation %1: a packet counter is not a whole number</source>
        <translation>conversation %1 : un compteur de paquets n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>details query: %1</source>
        <translation>requête de détails : %1</translation>
    </message>
    <message>
        <source>details query: the answer is not a JSON object</source>
        <translation>requête de détails : la réponse n'est pas un objet JSON</translation>
    </message>
    <message>
        <source>details query: "conversations" is not a list</source>
        <translation>requête de détails : « conversations » n'est pas une liste</translation>
    </message>
    <message>
        <source>a conversation is not an object</source>
        <translation>une conversation n'est pas un objet</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>quality summary: %1</source>
        <translation>synthèse qualité : %1</translation>
    </message>
    <message>
        <source>quality summary: "results" is not a list</source>
        <translation>synthèse qualité : « results » n'est pas une liste</translation>
    </message>
    <message>
        <source>quality summary: a result has no queueId</source>
        <translation>synthèse qualité : un résultat n'a pas de queueId</translation>
    </message>
    <message>
        <source>quality summary: %1 answers for another interval; ignored</source>
        <translation>synthèse qualité : %1 répond pour un autre intervalle ; ignoré</translation>
    </message>
    <message>
        <source>quality summary: %1 has metrics of the wrong type</source>
        <translation>synthèse qualité : %1 a des métriques du mauvais type</translation>
    </message>
    <message>
        <source>quality summary: %1 has no valid conversationCount</source>
        <translation>synthèse qualité : %1 n'a pas de conversationCount valide</translation>
    </message>
    <message>
        <source>quality summary: %1 has invalid %2; no sample for it</source>
        <translation>synthèse qualité : %1 a un %2 invalide ; aucun échantillon pour elle</translation>
    </message>
    <message>
        <source>token answer: %1</source>
        <translation>réponse du jeton : %1</translation>
    </message>
    <message>
        <source>token answer is not a JSON object</source>
        <translation>la réponse du jeton n'est pas un objet JSON</translation>
    </message>
    <message>
        <source>token answer has no access_token</source>
        <translation>la réponse du jeton n'a pas d'access_token</translation>
    </message>
    <message>
        <source>token answer has token_type "%1", expected bearer</source>
        <translation>la réponse du jeton a token_type « %1 », bearer attendu</translation>
    </message>
    <message>
        <source>token answer has no positive expires_in</source>
        <translation>la réponse du jeton n'a pas d'expires_in positif</translation>
    </message>
    <message>
        <source>queue list: %1</source>
        <translation>liste des files : %1</translation>
    </message>
    <message>
        <source>queue list: unexpected shape</source>
        <translation>liste des files : forme inattendue</translation>
    </message>
</context>
<context>
    <name>GenesysSettings</name>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 n'est pas définie.</translation>
    </message>
    <message>
        <source>the Genesys Cloud login URL</source>
        <translation>l'URL de connexion de Genesys Cloud</translation>
    </message>
    <message>
        <source>the Genesys Cloud API URL</source>
        <translation>l'URL de l'API Genesys Cloud</translation>
    </message>
    <message>
        <source>The OAuth client id is empty.</source>
        <translation>L'identifiant du client OAuth est vide.</translation>
    </message>
    <message>
        <source>The OAuth client secret is empty.</source>
        <translation>Le secret du client OAuth est vide.</translation>
    </message>
    <message>
        <source>The window length must divide a day evenly (300 s is Genesys' five minutes); got %1 s.</source>
        <translation>La durée de fenêtre doit diviser une journée sans reste (300 s sont les cinq minutes de Genesys) ; reçu : %1 s.</translation>
    </message>
    <message>
        <source>A window shorter than 300 s is only accepted when every endpoint is loopback (tests and demo); got %1 s.</source>
        <translation>Une fenêtre de moins de 300 s n'est acceptée que si tous les points d'accès sont en boucle locale (tests et démo) ; reçu : %1 s.</translation>
    </message>
    <message>
        <source>The quality summary source serves FIVE_MINUTES windows only: the window must be 300 s; got %1 s.</source>
        <translation>La source « synthèse qualité » ne sert que des fenêtres FIVE_MINUTES : la fenêtre doit durer 300 s ; reçu : %1 s.</translation>
    </message>
    <message>
        <source>The ingest lag cannot be negative; got %1 s.</source>
        <translation>Le délai d'ingestion ne peut pas être négatif ; reçu : %1 s.</translation>
    </message>
    <message>
        <source>The request timeout must be at least 1000 ms; got %1 ms.</source>
        <translation>Le délai d'expiration des requêtes doit être d'au moins 1000 ms ; reçu : %1 ms.</translation>
    </message>
    <message>
        <source>The response size cap must be at least 64 KiB; got %1 bytes.</source>
        <translation>La taille maximale des réponses doit être d'au moins 64 Kio ; reçu : %1 octets.</translation>
    </message>
    <message>
        <source>The retries per window cannot be negative; got %1.</source>
        <translation>Le nombre de nouvelles tentatives par fenêtre ne peut pas être négatif ; reçu : %1.</translation>
    </message>
    <message>
        <source>The back-fill cap must be at least 1 window; got %1.</source>
        <translation>La limite de rattrapage doit être d'au moins 1 fenêtre ; reçu : %1.</translation>
    </message>
    <message>
        <source>The MOS warning line must be between 1 and 5; got %1.</source>
        <translation>Le seuil d'avertissement MOS doit être compris entre 1 et 5 ; reçu : %1.</translation>
    </message>
    <message>
        <source>A monitored queue id is empty or has surrounding spaces: "%1".</source>
        <translation>Un identifiant de file surveillée est vide ou entouré d'espaces : « %1 ».</translation>
    </message>
    <message>
        <source>The monitored queue id %1 is listed twice.</source>
        <translation>L'identifiant de file surveillée %1 figure deux fois.</translation>
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
        <translation>erreur : --config FICHIER est obligatoire
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement : %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>erreur : %1
</translation>
    </message>
    <message>
        <source>Genesys Cloud client %1 (secret %2), from %3
</source>
        <translation>Client Genesys Cloud %1 (secret %2), depuis %3
</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>l'environnement</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>error: the PagerDuty integration key %1 is not 32 letters and digits: verify the integration key
</source>
        <translation>erreur : la clé d'intégration PagerDuty %1 ne compte pas 32 lettres et chiffres : vérifiez la clé d'intégration
</translation>
    </message>
    <message>
        <source>PagerDuty integration key %1
</source>
        <translation>Clé d'intégration PagerDuty %1
</translation>
    </message>
    <message>
        <source>Genesys Cloud: %1 (source: %2, window %3 s, lag %4 s)
</source>
        <translation>Genesys Cloud : %1 (source : %2, fenêtre %3 s, délai %4 s)
</translation>
    </message>
    <message>
        <source>PagerDuty: %1
Database: %2
</source>
        <translation>PagerDuty : %1
Base de données : %2
</translation>
    </message>
    <message>
        <source>Configuration OK.
</source>
        <translation>Configuration correcte.
</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.
</source>
        <translation>
            <numerusform>%n problème trouvé.
</numerusform>
            <numerusform>%n problèmes trouvés.
</numerusform>
        </translation>
    </message>
    <message>
        <source>earshot: %1
</source>
        <translation>earshot : %1
</translation>
    </message>
    <message>
        <source>Metrics: off
</source>
        <translation>Métriques : désactivées
</translation>
    </message>
    <message>
        <source>Metrics: http://%1/metrics
</source>
        <translation>Métriques : http://%1/metrics
</translation>
    </message>
    <message>
        <source>Metrics: http://%1/metrics (not loopback: other machines can read it)
</source>
        <translation>Métriques : http://%1/metrics (pas en boucle locale : d'autres machines peuvent les lire)
</translation>
    </message>
    <message>
        <source>earshot: standing by: %1; polling starts here when it stops
</source>
        <translation>earshot : en attente : %1 ; l'interrogation démarre ici quand il s'arrête
</translation>
    </message>
    <message>
        <source>earshot: taking over: this Earshot polls the database now
</source>
        <translation>earshot : relève : cet Earshot interroge désormais pour la base
</translation>
    </message>
    <message>
        <source>earshot: another Earshot took over polling
</source>
        <translation>earshot : un autre Earshot a pris le relais de l'interrogation
</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <source>Triggered (%1)</source>
        <translation>Déclenché (%1)</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Escaladé à %1</translation>
    </message>
    <message>
        <source>Eased to %1</source>
        <translation>Atténué à %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Pris en charge par %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Résolu par %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>%1  Delivered to PagerDuty</source>
        <translation>%1  Remis à PagerDuty</translation>
    </message>
    <message>
        <source>%1  Not delivered: %2</source>
        <translation>%1  Non remis : %2</translation>
    </message>
    <message>
        <source>recorded, not paged</source>
        <translation>enregistré, pas envoyé</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Breached: %1</source>
        <translation>Seuil franchi : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>PagerDuty: %1</source>
        <translation>PagerDuty : %1</translation>
    </message>
    <message>
        <source>Dedup key: %1</source>
        <translation>Clé de dédoublonnage : %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>(nothing recorded yet)</source>
        <translation>(rien d'enregistré pour l'instant)</translation>
    </message>
    <message>
        <source>%1  Joined the storm: %2</source>
        <translation>%1  Ont rejoint la tempête : %2</translation>
    </message>
    <message>
        <source>paged with its storm group</source>
        <translation>alerté avec son groupe de tempête</translation>
    </message>
    <message numerus="yes">
        <source>Storm of %n queue(s), %1 still degraded: %2</source>
        <translation>
            <numerusform>Tempête de %n file, %1 encore dégradée(s) : %2</numerusform>
            <numerusform>Tempête de %n files, %1 encore dégradée(s) : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paged as part of the storm %1</source>
        <translation>Alerté dans le cadre de la tempête %1</translation>
    </message>
    <message>
        <source>%1  Acknowledged in PagerDuty by %2</source>
        <translation>%1  Acquitté dans PagerDuty par %2</translation>
    </message>
    <message>
        <source>%1  Resolved in PagerDuty by %2</source>
        <translation>%1  Résolu dans PagerDuty par %2</translation>
    </message>
    <message>
        <source>PagerDuty incident: %1</source>
        <translation>Incident PagerDuty : %1</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>impossible de créer le fichier de verrou %1 : permission refusée</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (does its folder exist?)</source>
        <translation>impossible de créer le fichier de verrou %1 (son dossier existe-t-il ?)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>%1: "%2" is not an address and port such as 127.0.0.1:9464, [::1]:9464 or 0.0.0.0:9464.</source>
        <translation>%1 : « %2 » n'est pas une adresse et un port comme 127.0.0.1:9464, [::1]:9464 ou 0.0.0.0:9464.</translation>
    </message>
    <message>
        <source>%1: the port of "%2" must be a number from 1 to 65535.</source>
        <translation>%1 : le port de « %2 » doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>%1: "%2" is not an IP address (write the address to listen on, not a host name).</source>
        <translation>%1 : « %2 » n'est pas une adresse IP (indiquez l'adresse d'écoute, pas un nom d'hôte).</translation>
    </message>
</context>
<context>
    <name>PipelineConfig</name>
    <message>
        <source>no Genesys Cloud credentials: set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET, or enter them in Settings</source>
        <translation>aucun identifiant Genesys Cloud : définissez GENESYS_CLIENT_ID et GENESYS_CLIENT_SECRET, ou saisissez-les dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>QueueCondition</name>
    <message>
        <source>%1 · last data %2</source>
        <translation>%1 · dernières données %2</translation>
    </message>
    <message>
        <source>%1 episode open</source>
        <translation>épisode ouvert (%1)</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 maintenant</translation>
    </message>
    <message>
        <source>%1 episode open, clearing %2/%3</source>
        <translation>épisode ouvert (%1), levée %2/%3</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>en sourdine jusqu'à %1</translation>
    </message>
    <message>
        <source>resolved in PagerDuty, still degraded</source>
        <translation>résolu dans PagerDuty, toujours dégradé</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>US East</source>
        <translation>Est des États-Unis</translation>
    </message>
    <message>
        <source>US East 2 (FedRAMP)</source>
        <translation>Est des États-Unis 2 (FedRAMP)</translation>
    </message>
    <message>
        <source>US West</source>
        <translation>Ouest des États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
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
        <translation>Londres</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>Francfort</translation>
    </message>
    <message>
        <source>Zurich</source>
        <translation>Zurich</translation>
    </message>
    <message>
        <source>UAE</source>
        <translation>EAU</translation>
    </message>
    <message>
        <source>Mumbai</source>
        <translation>Bombay</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokyo</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>Séoul</translation>
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
        <translation>Singapour</translation>
    </message>
    <message>
        <source>EU sovereign cloud</source>
        <translation>Cloud souverain de l'UE</translation>
    </message>
    <message>
        <source>login_url and api_url go together: set both or neither.</source>
        <translation>login_url et api_url vont ensemble : définissez les deux ou aucune.</translation>
    </message>
    <message>
        <source>"%1" is neither a Genesys Cloud region nor a domain.</source>
        <translation>« %1 » n'est ni une région Genesys Cloud ni un domaine.</translation>
    </message>
</context>
<context>
    <name>RestKeyCheck</name>
    <message>
        <source>REST key works</source>
        <translation>La clé REST fonctionne</translation>
    </message>
    <message>
        <source>could not check the key: %1</source>
        <translation>impossible de vérifier la clé : %1</translation>
    </message>
    <message>
        <source>rejected (401): PagerDuty does not accept this REST API key</source>
        <translation>refusée (401) : PagerDuty n'accepte pas cette clé d'API REST</translation>
    </message>
    <message>
        <source>rejected (403): the key may not read incidents</source>
        <translation>refusée (403) : la clé n'a pas le droit de lire les incidents</translation>
    </message>
    <message>
        <source>PagerDuty is rate limiting (429): try again in a minute</source>
        <translation>PagerDuty limite les requêtes (429) : réessayez dans une minute</translation>
    </message>
    <message>
        <source>could not check the key: HTTP %1</source>
        <translation>impossible de vérifier la clé : HTTP %1</translation>
    </message>
    <message>
        <source>no REST API key to test</source>
        <translation>aucune clé d'API REST à tester</translation>
    </message>
</context>
<context>
    <name>RestParsers</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n'est pas un objet JSON</translation>
    </message>
    <message>
        <source>the answer has no "%1" list</source>
        <translation>la réponse ne contient pas de liste « %1 »</translation>
    </message>
</context>
<context>
    <name>RoutingKeyProvider</name>
    <message>
        <source>no PagerDuty integration key: set PAGERDUTY_INTEGRATION_KEY or enter it in Settings</source>
        <translation>aucune clé d'intégration PagerDuty : définissez PAGERDUTY_INTEGRATION_KEY ou saisissez-la dans les Paramètres</translation>
    </message>
    <message>
        <source>the key is set by PAGERDUTY_INTEGRATION_KEY and cannot be changed here</source>
        <translation>la clé est définie par PAGERDUTY_INTEGRATION_KEY et ne peut pas être modifiée ici</translation>
    </message>
    <message>
        <source>an integration key is 32 letters and digits: verify the integration key</source>
        <translation>une clé d'intégration compte 32 lettres et chiffres : vérifiez la clé d'intégration</translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation>aucun trousseau disponible</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>A custom region needs both a login URL and an API URL.</source>
        <translation>Une région personnalisée exige une URL de connexion et une URL d'API.</translation>
    </message>
    <message>
        <source>The window must be between 1 and 60 minutes and divide a day evenly.</source>
        <translation>La fenêtre doit durer entre 1 et 60 minutes et diviser une journée sans reste.</translation>
    </message>
    <message>
        <source>The ingest lag must be between 0 and 3600 seconds.</source>
        <translation>Le délai d'ingestion doit être compris entre 0 et 3600 secondes.</translation>
    </message>
</context>
<context>
    <name>SilenceChoices</name>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 heures</translation>
    </message>
    <message>
        <source>Until tomorrow 08:00</source>
        <translation>Jusqu'à demain 08:00</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquitté</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>Pas d'interrogation</translation>
    </message>
    <message>
        <source>Polling OK</source>
        <translation>Interrogation OK</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Genesys API error</source>
        <translation>Erreur de l'API Genesys</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>PagerDuty: up to date</source>
        <translation>PagerDuty : à jour</translation>
    </message>
    <message>
        <source>PagerDuty: delivering</source>
        <translation>PagerDuty : envoi en cours</translation>
    </message>
    <message>
        <source>PagerDuty: retrying</source>
        <translation>PagerDuty : nouvelle tentative</translation>
    </message>
    <message>
        <source>PagerDuty: paused</source>
        <translation>PagerDuty : en pause</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Perte de paquets</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>Jitter-buffer discards</source>
        <translation>Rejets du tampon de gigue</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Waiting for the first window</source>
        <translation>En attente de la première fenêtre</translation>
    </message>
    <message>
        <source>Signing in to Genesys Cloud</source>
        <translation>Connexion à Genesys Cloud</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>Débit limité jusqu'à %1</translation>
    </message>
    <message>
        <source>Sign-in failed: check the client id, secret and role</source>
        <translation>Échec de la connexion : vérifiez l'id client, le secret et le rôle</translation>
    </message>
    <message>
        <source>Genesys API error: %1</source>
        <translation>Erreur de l'API Genesys : %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne : %1</translation>
    </message>
    <message>
        <source>PagerDuty: no integration key — nothing can be paged</source>
        <translation>PagerDuty : aucune clé d'intégration — rien ne peut être envoyé</translation>
    </message>
    <message>
        <source>PagerDuty: integration key rejected — paging paused</source>
        <translation>PagerDuty : clé d'intégration refusée — envois suspendus</translation>
    </message>
    <message>
        <source>PagerDuty unreachable — retrying at %1</source>
        <translation>PagerDuty injoignable — nouvel essai à %1</translation>
    </message>
    <message>
        <source>PagerDuty unreachable — retrying</source>
        <translation>PagerDuty injoignable — nouvel essai prévu</translation>
    </message>
    <message>
        <source>PagerDuty: all events delivered</source>
        <translation>PagerDuty : tous les événements remis</translation>
    </message>
    <message>
        <source>PagerDuty: events waiting</source>
        <translation>PagerDuty : des événements attendent</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait in the outbox.</source>
        <translation>
            <numerusform>%n événement attend dans la boîte d'envoi.</numerusform>
            <numerusform>%n événements attendent dans la boîte d'envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PagerDuty integration key: nothing will be paged. Set the key in File &gt; Settings.</source>
        <translation>Aucune clé d'intégration PagerDuty : rien ne sera envoyé. Définissez la clé dans Fichier &gt; Paramètres.</translation>
    </message>
    <message>
        <source>PagerDuty rejected the integration key: paging is paused until the key is corrected in File &gt; Settings.</source>
        <translation>PagerDuty a refusé la clé d'intégration : les envois sont suspendus jusqu'à ce que la clé soit corrigée dans Fichier &gt; Paramètres.</translation>
    </message>
    <message>
        <source>PagerDuty cannot be reached: events are kept and retried.</source>
        <translation>PagerDuty est injoignable : les événements sont conservés et renvoyés.</translation>
    </message>
    <message>
        <source>Watchdog off</source>
        <translation>Watchdog désactivé</translation>
    </message>
    <message>
        <source>Watchdog OK</source>
        <translation>Watchdog OK</translation>
    </message>
    <message numerus="yes">
        <source>Watchdog: no data for %n window(s) of %1</source>
        <translation>
            <numerusform>Watchdog : pas de données depuis %n fenêtre sur %1</numerusform>
            <numerusform>Watchdog : pas de données depuis %n fenêtres sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Watchdog paged: no data (%1)</source>
        <translation>Watchdog a alerté : pas de données (%1)</translation>
    </message>
    <message>
        <source>heartbeat failed: %1</source>
        <translation>échec du heartbeat : %1</translation>
    </message>
    <message>
        <source>off: no PagerDuty REST API key (optional; set PAGERDUTY_API_TOKEN or enter it in Settings)</source>
        <translation>désactivé : pas de clé d'API REST PagerDuty (facultative ; définissez PAGERDUTY_API_TOKEN ou saisissez-la dans les Paramètres)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message numerus="yes">
        <source>following %n PagerDuty incident(s)</source>
        <translation>
            <numerusform>suivi de %n incident PagerDuty</numerusform>
            <numerusform>suivi de %n incidents PagerDuty</numerusform>
        </translation>
    </message>
    <message>
        <source>the PagerDuty REST API key was refused</source>
        <translation>la clé d'API REST PagerDuty a été refusée</translation>
    </message>
    <message>
        <source>rate limited by PagerDuty until %1</source>
        <translation>limité par PagerDuty jusqu'à %1</translation>
    </message>
    <message>
        <source>following PagerDuty failed; trying again</source>
        <translation>le suivi de PagerDuty a échoué ; nouvel essai</translation>
    </message>
    <message>
        <source>Watchdog cannot page (the database cannot be written): %1</source>
        <translation>Le watchdog ne peut pas alerter (la base de données ne peut pas être écrite) : %1</translation>
    </message>
    <message>
        <source>Shared database: this console polls</source>
        <translation>Base partagée : cette console interroge</translation>
    </message>
    <message>
        <source>Shared database: no console polls</source>
        <translation>Base partagée : aucune console n'interroge</translation>
    </message>
    <message>
        <source>Shared database: viewing, %1 polls</source>
        <translation>Base partagée : consultation, %1 interroge</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting for the polling console</source>
        <translation>
            <numerusform>%n action en attente de la console qui interroge</numerusform>
            <numerusform>%n actions en attente de la console qui interroge</numerusform>
        </translation>
    </message>
    <message>
        <source>This console polls Genesys Cloud and pages PagerDuty for every console on %1; the others view it.</source>
        <translation>Cette console interroge Genesys Cloud et alerte PagerDuty pour toutes les consoles de %1 ; les autres consultent.</translation>
    </message>
    <message>
        <source>No console polls %1: nothing is polled or paged. This console takes over within a minute.</source>
        <translation>Aucune console n'interroge %1 : rien n'est interrogé ni alerté. Cette console prend le relais en moins d'une minute.</translation>
    </message>
    <message>
        <source>No console polls %1: nothing is polled or paged. Start an Earshot with --role auto or leader.</source>
        <translation>Aucune console n'interroge %1 : rien n'est interrogé ni alerté. Lancez un Earshot avec --role auto ou leader.</translation>
    </message>
    <message>
        <source>%1 polls %2; this console shows what it stores, and its actions are carried out there.</source>
        <translation>%1 interroge %2 ; cette console montre ce qu'elle enregistre, et ses actions y sont exécutées.</translation>
    </message>
</context>
<context>
    <name>StormGrouper</name>
    <message>
        <source>[alerting] storm_queues must be 0 (off) or at least %2 (one queue is an incident, not a storm); got %1.</source>
        <translation>[alerting] storm_queues doit valoir 0 (désactivé) ou au moins %2 (une file est un incident, pas une tempête) ; reçu : %1.</translation>
    </message>
    <message>
        <source>[alerting] storm_percent must be between 0 (off) and 100; got %1.</source>
        <translation>[alerting] storm_percent doit être compris entre 0 (désactivé) et 100 ; reçu : %1.</translation>
    </message>
    <message>
        <source>The saved storm group is damaged.</source>
        <translation>Le groupe de tempête enregistré est endommagé.</translation>
    </message>
</context>
<context>
    <name>StormRecords</name>
    <message numerus="yes">
        <source>storm %1: %2, %n queue(s)</source>
        <translation>
            <numerusform>tempête %1 : %2, %n file</numerusform>
            <numerusform>tempête %1 : %2, %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarySource</name>
    <message>
        <source>GET /api/v2/analytics/quality/summary for %1: %2</source>
        <translation>GET /api/v2/analytics/quality/summary pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>%1 is not a valid URL: "%2"</source>
        <translation>%1 n'est pas une URL valide : « %2 »</translation>
    </message>
    <message>
        <source>%1 must use https:// (http:// is only accepted for loopback hosts): "%2"</source>
        <translation>%1 doit utiliser https:// (http:// n'est accepté que pour les hôtes en boucle locale) : « %2 »</translation>
    </message>
    <message>
        <source>%1 must be an https:// URL: "%2"</source>
        <translation>%1 doit être une URL https:// : « %2 »</translation>
    </message>
</context>
<context>
    <name>WallBoard</name>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n périmée</numerusform>
            <numerusform>%n périmées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no data</source>
        <translation>
            <numerusform>%n sans données</numerusform>
            <numerusform>%n sans données</numerusform>
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
            <numerusform>%n sans appels</numerusform>
            <numerusform>%n sans appels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>WallHealth</name>
    <message>
        <source>database: %1</source>
        <translation>base de données : %1</translation>
    </message>
    <message>
        <source>no new window for %1</source>
        <translation>aucune nouvelle fenêtre depuis %1</translation>
    </message>
    <message>
        <source>NO DATA YET — waiting for the first window</source>
        <translation>PAS ENCORE DE DONNÉES — en attente de la première fenêtre</translation>
    </message>
    <message>
        <source>NO DATA — %1</source>
        <translation>PAS DE DONNÉES — %1</translation>
    </message>
    <message>
        <source>DATA IS STALE — last good data %1 (%2)</source>
        <translation>DONNÉES PÉRIMÉES — dernières bonnes données %1 (%2)</translation>
    </message>
    <message>
        <source>PAGING IS BROKEN — no PagerDuty integration key</source>
        <translation>ALERTES EN PANNE — pas de clé d'intégration PagerDuty</translation>
    </message>
    <message numerus="yes">
        <source>PAGING IS BROKEN — %1 (%n event(s) waiting)</source>
        <translation>
            <numerusform>ALERTES EN PANNE — %1 (%n événement en attente)</numerusform>
            <numerusform>ALERTES EN PANNE — %1 (%n événements en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PAGING IS BROKEN — PagerDuty refused %n event(s)</source>
        <translation>
            <numerusform>ALERTES EN PANNE — PagerDuty a refusé %n événement</numerusform>
            <numerusform>ALERTES EN PANNE — PagerDuty a refusé %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>WallLevel</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>SANS DONNÉES</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>NO CALLS</source>
        <translation>AUCUN APPEL</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <source>Loss %1 %</source>
        <translation>Perte %1 %</translation>
    </message>
    <message>
        <source>Loss %1</source>
        <translation>Perte %1</translation>
    </message>
    <message>
        <source>Jitter %1 ms</source>
        <translation>Gigue %1 ms</translation>
    </message>
    <message>
        <source>Jitter n/a</source>
        <translation>Gigue n/d</translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation>Appels %1</translation>
    </message>
    <message>
        <source>%1 · ACK by %2</source>
        <translation>%1 · acquitté par %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>silencieux jusqu'à %1</translation>
    </message>
    <message>
        <source>Too few calls to judge</source>
        <translation>Trop peu d'appels pour juger</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty</source>
        <translation>Résolu dans PagerDuty</translation>
    </message>
    <message>
        <source>Resolved in PD by %1</source>
        <translation>Résolu dans PD par %1</translation>
    </message>
    <message>
        <source>Still degraded for %1</source>
        <translation>Toujours dégradé depuis %1</translation>
    </message>
</context>
<context>
    <name>earshot::ActivationServer</name>
    <message>
        <source>cannot listen for other Earshot instances on %1: %2</source>
        <translation>impossible d'écouter les autres instances d'Earshot sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>earshot::CountEditor</name>
    <message>
        <source>Override</source>
        <translation>Valeur propre</translation>
    </message>
</context>
<context>
    <name>earshot::DemoEnvironment</name>
    <message>
        <source>the demo's Genesys simulator could not listen</source>
        <translation>le simulateur Genesys de la démo n'a pas pu écouter</translation>
    </message>
    <message>
        <source>the demo's PagerDuty simulator could not listen</source>
        <translation>le simulateur PagerDuty de la démo n'a pas pu écouter</translation>
    </message>
</context>
<context>
    <name>earshot::DetailsSource</name>
    <message>
        <source>window too large: %1 has more than 100,000 voice conversations, the most the details query can page through</source>
        <translation>fenêtre trop grande : %1 compte plus de 100 000 conversations vocales, le maximum que la requête de détails peut parcourir</translation>
    </message>
    <message>
        <source>POST /api/v2/analytics/conversations/details/query, page %1 of %2: %3</source>
        <translation>POST /api/v2/analytics/conversations/details/query, page %1 de %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n malformed conversation(s) skipped (%2)</source>
        <translation>
            <numerusform>page %1 : %n conversation mal formée ignorée (%2)</numerusform>
            <numerusform>page %1 : %n conversations mal formées ignorées (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::GenesysApiClient</name>
    <message>
        <source>%1: HTTP 429 too many requests</source>
        <translation>%1 : HTTP 429 trop de requêtes</translation>
    </message>
    <message>
        <source> (a fresh token was refused too: check the OAuth client and its role)</source>
        <translation> (un nouveau jeton a aussi été refusé : vérifiez le client OAuth et son rôle)</translation>
    </message>
    <message>
        <source> (the OAuth client's role lacks a permission: Analytics &gt; Conversation Detail &gt; View, Routing &gt; Queue &gt; View)</source>
        <translation> (il manque une autorisation au rôle du client OAuth : Analytics &gt; Conversation Detail &gt; View, Routing &gt; Queue &gt; View)</translation>
    </message>
    <message>
        <source> (gave up: this window's retries are spent)</source>
        <translation> (abandon : les nouvelles tentatives de cette fenêtre sont épuisées)</translation>
    </message>
    <message>
        <source> (gave up: the server asks to wait %1 s)</source>
        <translation> (abandon : le serveur demande d'attendre %1 s)</translation>
    </message>
    <message>
        <source> (gave up after %1 retries)</source>
        <translation> (abandon après %1 nouvelles tentatives)</translation>
    </message>
</context>
<context>
    <name>earshot::GuiSession</name>
    <message>
        <source>Earshot demo</source>
        <translation>Démo Earshot</translation>
    </message>
    <message>
        <source>Earshot — demo (simulated Genesys Cloud and PagerDuty)</source>
        <translation>Earshot — démo (Genesys Cloud et PagerDuty simulés)</translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>The configuration %1 has problems:
%2</source>
        <translation>La configuration %1 pose des problèmes :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n queue(s) visible.</source>
        <translation>
            <numerusform>Connecté : %n file visible.</numerusform>
            <numerusform>Connecté : %n files visibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>An integration key is 32 letters and digits: verify the integration key.</source>
        <translation>Une clé d'intégration compte 32 lettres et chiffres : vérifiez la clé d'intégration.</translation>
    </message>
    <message>
        <source>Test PagerDuty</source>
        <translation>Tester PagerDuty</translation>
    </message>
    <message>
        <source>The key looks right. Send a test incident to PagerDuty now and resolve it at once? Whoever is on call may be notified.</source>
        <translation>La clé semble correcte. Envoyer maintenant un incident de test à PagerDuty et le résoudre aussitôt ? La personne d'astreinte peut être prévenue.</translation>
    </message>
    <message>
        <source>The key has the right form (nothing was sent).</source>
        <translation>La clé a la bonne forme (rien n'a été envoyé).</translation>
    </message>
    <message>
        <source>Not monitoring: %1 — F11 opens the window to fix it.</source>
        <translation>Aucune surveillance : %1 — F11 ouvre la fenêtre pour corriger.</translation>
    </message>
    <message>
        <source>nothing is configured yet</source>
        <translation>rien n'est encore configuré</translation>
    </message>
    <message>
        <source>%1
Monitoring and paging go on without the metrics endpoint; fix [metrics] listen in %2 and restart Earshot.</source>
        <translation>%1
La surveillance et les alertes continuent sans le point de terminaison des métriques ; corrigez [metrics] listen dans %2 et redémarrez Earshot.</translation>
    </message>
</context>
<context>
    <name>earshot::Heartbeat</name>
    <message>
        <source>heartbeat</source>
        <translation>heartbeat</translation>
    </message>
    <message>
        <source>the heartbeat URL</source>
        <translation>l'URL du heartbeat</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>heartbeat failed: %1</source>
        <translation>échec du heartbeat : %1</translation>
    </message>
</context>
<context>
    <name>earshot::HttpJob</name>
    <message>
        <source>%1: the answer is larger than %2 MiB; refused.</source>
        <translation>%1 : la réponse dépasse %2 Mio ; refusée.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s (timed out).</source>
        <translation>%1 : pas de réponse en %2 s (délai dépassé).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off (%2).</source>
        <translation>%1 : la réponse a été tronquée (%2).</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1 : HTTP %2</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s (deadline for the whole request).</source>
        <translation>%1 : pas de réponse complète en %2 s (délai pour toute la requête).</translation>
    </message>
    <message>
        <source>%1: HTTP %2 redirect to %3, not followed: configure the final URL.</source>
        <translation>%1 : redirection HTTP %2 vers %3, non suivie : configurez l'URL finale.</translation>
    </message>
    <message>
        <source>(no Location)</source>
        <translation>(pas d'en-tête Location)</translation>
    </message>
</context>
<context>
    <name>earshot::IncidentFollower</name>
    <message>
        <source>following PagerDuty: %1</source>
        <translation>suivi de PagerDuty : %1</translation>
    </message>
    <message>
        <source>PagerDuty REST API: too many requests (HTTP 429); waiting until %1</source>
        <translation>API REST PagerDuty : trop de requêtes (HTTP 429) ; attente jusqu'à %1</translation>
    </message>
    <message>
        <source>PagerDuty REST API refused the key (HTTP 401): check the REST API key in Settings or PAGERDUTY_API_TOKEN; paging is not affected</source>
        <translation>L'API REST PagerDuty a refusé la clé (HTTP 401) : vérifiez la clé d'API REST dans les Paramètres ou PAGERDUTY_API_TOKEN ; les alertes ne sont pas affectées</translation>
    </message>
    <message>
        <source>PagerDuty REST API: the key may not read incidents (HTTP 403); paging is not affected</source>
        <translation>API REST PagerDuty : la clé ne peut pas lire les incidents (HTTP 403) ; les alertes ne sont pas affectées</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>GET /incidents: %1</source>
        <translation>GET /incidents : %1</translation>
    </message>
</context>
<context>
    <name>earshot::IncidentTableModel</name>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Acquitté par %1</translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation>Résolu le %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Résolu par %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Dernier événement : %1</translation>
    </message>
    <message>
        <source>A silence held the page back; PagerDuty has not been told.</source>
        <translation>Une mise en sourdine a retenu l'alerte ; PagerDuty n'a pas été prévenu.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Seuil franchi</translation>
    </message>
    <message numerus="yes">
        <source>Storm: %n queue(s)</source>
        <translation>
            <numerusform>Tempête : %n file</numerusform>
            <numerusform>Tempête : %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still degraded</source>
        <translation>
            <numerusform>%n encore dégradée</numerusform>
            <numerusform>%n encore dégradées</numerusform>
        </translation>
    </message>
    <message>
        <source>in storm</source>
        <translation>dans la tempête</translation>
    </message>
    <message>
        <source>One PagerDuty incident for the queues that degraded together:
%1</source>
        <translation>Un seul incident PagerDuty pour les files dégradées ensemble :
%1</translation>
    </message>
    <message>
        <source>%1
Paged as part of the storm %2</source>
        <translation>%1
Alerté dans le cadre de la tempête %2</translation>
    </message>
    <message>
        <source>Not paged again until the episode ends.</source>
        <translation>Pas de nouvelle alerte avant la fin de l'épisode.</translation>
    </message>
    <message>
        <source>PagerDuty incident #%1</source>
        <translation>Incident PagerDuty n° %1</translation>
    </message>
</context>
<context>
    <name>earshot::IncidentsView</name>
    <message>
        <source>Hide resolved</source>
        <translation>Masquer les résolus</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acquitter…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>&amp;Silence queue…</source>
        <translation>&amp;Mettre la file en sourdine…</translation>
    </message>
    <message>
        <source>Someone is on it: PagerDuty stops escalating, the incident stays open</source>
        <translation>Quelqu'un s'en occupe : PagerDuty cesse l'escalade, l'incident reste ouvert</translation>
    </message>
    <message>
        <source>Close the incident now; it re-opens only after the queue has been healthy and breaches again</source>
        <translation>Clore l'incident maintenant ; il ne se rouvre que si la file redevient saine puis franchit à nouveau un seuil</translation>
    </message>
    <message>
        <source>Stop paging for this queue for a while (maintenance)</source>
        <translation>Suspendre les alertes de cette file pendant un moment (maintenance)</translation>
    </message>
    <message>
        <source>Acknowledge incident</source>
        <translation>Acquitter l'incident</translation>
    </message>
    <message>
        <source>Acknowledge the incident of %1? PagerDuty stops escalating; the incident stays open until the queue recovers.</source>
        <translation>Acquitter l'incident de %1 ? PagerDuty cesse l'escalade ; l'incident reste ouvert jusqu'au rétablissement de la file.</translation>
    </message>
    <message>
        <source>Resolve incident</source>
        <translation>Résoudre l'incident</translation>
    </message>
    <message>
        <source>Resolve the incident of %1 now? If the queue is still degraded, a new incident opens only after it has been healthy again.</source>
        <translation>Résoudre maintenant l'incident de %1 ? Si la file est encore dégradée, un nouvel incident ne s'ouvrira qu'après son rétablissement.</translation>
    </message>
    <message>
        <source>Silence queue</source>
        <translation>Mettre la file en sourdine</translation>
    </message>
    <message>
        <source>Monitoring has not started yet; try again in a moment.</source>
        <translation>La surveillance n'a pas encore commencé ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Select an incident to see what breached and its timeline.</source>
        <translation>Sélectionnez un incident pour voir le seuil franchi et sa chronologie.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n open incident(s)? PagerDuty stops escalating them; they stay open until their queues recover.</source>
        <translation>
            <numerusform>Prendre en charge %n incident ouvert ? PagerDuty cesse de l'escalader ; il reste ouvert jusqu'au rétablissement de sa file.</numerusform>
            <numerusform>Prendre en charge %n incidents ouverts ? PagerDuty cesse de les escalader ; ils restent ouverts jusqu'au rétablissement de leurs files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n incident(s) now? A queue still degraded opens a new incident only after it has been healthy again.</source>
        <translation>
            <numerusform>Résoudre %n incident maintenant ? Une file toujours dégradée n'ouvre un nouvel incident qu'après être redevenue saine.</numerusform>
            <numerusform>Résoudre %n incidents maintenant ? Une file toujours dégradée n'ouvre un nouvel incident qu'après être redevenue saine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Start &amp;demo mode</source>
        <translation>Lancer le mode &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Earshot keeps monitoring</source>
        <translation>Earshot continue la surveillance</translation>
    </message>
    <message>
        <source>The window is hidden; paging goes on. Use File &gt; Quit to stop monitoring.</source>
        <translation>La fenêtre est masquée ; les alertes continuent. Utilisez Fichier &gt; Quitter pour arrêter la surveillance.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Incidents (%n open)</source>
        <translation>
            <numerusform>&amp;Incidents (%n ouvert)</numerusform>
            <numerusform>&amp;Incidents (%n ouverts)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find queue</source>
        <translation>&amp;Rechercher une file</translation>
    </message>
    <message>
        <source>&amp;Silences…</source>
        <translation>&amp;Sourdines…</translation>
    </message>
    <message>
        <source>Quitting stops polling Genesys Cloud and paging PagerDuty.</source>
        <translation>Quitter arrête l'interrogation de Genesys Cloud et les envois à PagerDuty.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) open (%1 critical): no escalation or resolve is sent while Earshot is not running.</source>
        <translation>
            <numerusform>%n incident ouvert (%1 critique) : aucune escalade ni résolution n'est envoyée tant qu'Earshot ne tourne pas.</numerusform>
            <numerusform>%n incidents ouverts (%1 critiques) : aucune escalade ni résolution n'est envoyée tant qu'Earshot ne tourne pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait in the outbox and are not delivered until Earshot runs again.</source>
        <translation>
            <numerusform>%n événement attend dans la boîte d'envoi et ne sera remis qu'au prochain lancement d'Earshot.</numerusform>
            <numerusform>%n événements attendent dans la boîte d'envoi et ne seront remis qu'au prochain lancement d'Earshot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Quitter quand même ?</translation>
    </message>
    <message>
        <source>Quit Earshot?</source>
        <translation>Quitter Earshot ?</translation>
    </message>
    <message>
        <source>Earshot keeps monitoring: use File &gt; Quit to stop polling and paging.</source>
        <translation>Earshot continue la surveillance : Fichier &gt; Quitter arrête l'interrogation et les envois.</translation>
    </message>
    <message>
        <source>&amp;Wall display</source>
        <translation>Affichage &amp;mural</translation>
    </message>
</context>
<context>
    <name>earshot::MetricChart</name>
    <message>
        <source> (preview)</source>
        <translation> (aperçu)</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Avertissement %1</translation>
    </message>
    <message>
        <source>Critical %1</source>
        <translation>Critique %1</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>Incidents %1</translation>
    </message>
    <message>
        <source>Preview episodes</source>
        <translation>Épisodes de l'aperçu</translation>
    </message>
</context>
<context>
    <name>earshot::MetricThresholdEditor</name>
    <message>
        <source>Override</source>
        <translation>Valeur propre</translation>
    </message>
    <message>
        <source>below</source>
        <translation>sous</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>Alert when %1 is %2 these levels</source>
        <translation>Alerter quand %1 est %2 ces seuils</translation>
    </message>
    <message>
        <source>%1 warning level</source>
        <translation>%1 : seuil d'avertissement</translation>
    </message>
    <message>
        <source>%1 critical level</source>
        <translation>%1 : seuil critique</translation>
    </message>
    <message>
        <source>Use a value of its own for this queue instead of the global one</source>
        <translation>Utiliser pour cette file une valeur propre au lieu de la valeur globale</translation>
    </message>
</context>
<context>
    <name>earshot::MetricsServer</name>
    <message>
        <source>The metrics endpoint cannot listen on %1: %2</source>
        <translation>Le point de terminaison des métriques ne peut pas écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>earshot::Monitor</name>
    <message>
        <source>no clock</source>
        <translation>pas d'horloge</translation>
    </message>
    <message numerus="yes">
        <source>database %1; %n open episode(s) restored; cursor %2</source>
        <translation>
            <numerusform>base de données %1 ; %n épisode ouvert restauré ; curseur %2</numerusform>
            <numerusform>base de données %1 ; %n épisodes ouverts restaurés ; curseur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>window %1 not evaluated: %2</source>
        <translation>fenêtre %1 non évaluée : %2</translation>
    </message>
    <message>
        <source>%1 is not open or is already acknowledged</source>
        <translation>%1 n'est pas ouvert ou est déjà acquitté</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 n'est pas ouvert</translation>
    </message>
    <message>
        <source>The silence %1 has already ended.</source>
        <translation>La sourdine %1 est déjà terminée.</translation>
    </message>
    <message>
        <source>%1 (and the alert engine could not be put back: %2; restart Earshot)</source>
        <translation>%1 (et le moteur d’alerte n’a pas pu être rétabli : %2 ; redémarrez Earshot)</translation>
    </message>
    <message>
        <source>data flows again: Earshot's health incident resolves</source>
        <translation>les données arrivent de nouveau : l'incident de santé d'Earshot est résolu</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) degraded together</source>
        <translation>
            <numerusform>%n file dégradée ensemble</numerusform>
            <numerusform>%n files dégradées ensemble</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be written: %1</source>
        <translation>la base de données ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <source>no window has been stored</source>
        <translation>aucune fenêtre n'a été enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>watchdog: no good window for %n window(s) (%1); Earshot pages its own incident at %2</source>
        <translation>
            <numerusform>watchdog : aucune bonne fenêtre depuis %n fenêtre (%1) ; Earshot alerte son propre incident à %2</numerusform>
            <numerusform>watchdog : aucune bonne fenêtre depuis %n fenêtres (%1) ; Earshot alerte son propre incident à %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no good window for %n window(s): paging Earshot's health incident %1 (%2)</source>
        <translation>
            <numerusform>aucune bonne fenêtre depuis %n fenêtre : envoi de l'incident de santé d'Earshot %1 (%2)</numerusform>
            <numerusform>aucune bonne fenêtre depuis %n fenêtres : envoi de l'incident de santé d'Earshot %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>signing in to Genesys Cloud</source>
        <translation>connexion à Genesys Cloud en cours</translation>
    </message>
    <message>
        <source>rate limited by Genesys Cloud</source>
        <translation>limité en débit par Genesys Cloud</translation>
    </message>
    <message>
        <source>Genesys Cloud sign-in fails</source>
        <translation>la connexion à Genesys Cloud échoue</translation>
    </message>
    <message>
        <source>Genesys Cloud API errors</source>
        <translation>erreurs de l’API Genesys Cloud</translation>
    </message>
    <message>
        <source>Genesys Cloud unreachable</source>
        <translation>Genesys Cloud injoignable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Earshot's health incident %1 could not be stored (%2); sending it straight to PagerDuty</source>
        <translation>l'incident de santé d'Earshot %1 n'a pas pu être enregistré (%2) ; envoi direct à PagerDuty</translation>
    </message>
    <message>
        <source>%1 (process %2), leading since %3</source>
        <translation>%1 (processus %2), meneur depuis %3</translation>
    </message>
    <message>
        <source>--role viewer needs a shared database ([storage] backend = postgresql): with a database of its own, a console must poll</source>
        <translation>--role viewer demande une base partagée ([storage] backend = postgresql) : avec sa propre base, une console doit interroger</translation>
    </message>
    <message>
        <source>this console views a shared database and polls nothing</source>
        <translation>cette console consulte une base partagée et n'interroge rien</translation>
    </message>
    <message>
        <source>no console polls the shared database, so nothing is delivered</source>
        <translation>aucune console n'interroge la base partagée, donc rien n'est livré</translation>
    </message>
    <message>
        <source>taking over: this console polls %1 now</source>
        <translation>relais pris : cette console interroge maintenant %1</translation>
    </message>
    <message>
        <source>carried out %1 %2 for %3, asked on %4</source>
        <translation>%1 %2 exécuté pour %3, demandé sur %4</translation>
    </message>
    <message>
        <source>refused %1 %2 for %3, asked on %4: %5</source>
        <translation>%1 %2 refusé pour %3, demandé sur %4 : %5</translation>
    </message>
    <message>
        <source>unknown request "%1"</source>
        <translation>demande inconnue "%1"</translation>
    </message>
</context>
<context>
    <name>earshot::MonitorBinding</name>
    <message>
        <source>The thresholds were not applied.</source>
        <translation>Les seuils n'ont pas été appliqués.</translation>
    </message>
    <message>
        <source>The incident was not acknowledged.</source>
        <translation>L'incident n'a pas été acquitté.</translation>
    </message>
    <message>
        <source>The incident was not resolved.</source>
        <translation>L'incident n'a pas été résolu.</translation>
    </message>
    <message>
        <source>The queue was not silenced.</source>
        <translation>La file n'a pas été mise en sourdine.</translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>The silence was not ended.</source>
        <translation>La sourdine n'a pas été terminée.</translation>
    </message>
    <message>
        <source>The silence was not changed.</source>
        <translation>La sourdine n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The polling console could not carry out your action on %1.</source>
        <translation>La console qui interroge n'a pas pu exécuter votre action sur %1.</translation>
    </message>
</context>
<context>
    <name>earshot::NoteDialog</name>
    <message>
        <source>Optional note, e.g. "carrier ticket 4711 opened"</source>
        <translation>Note facultative, p. ex. « ticket opérateur 4711 ouvert »</translation>
    </message>
</context>
<context>
    <name>earshot::OAuthClient</name>
    <message>
        <source>POST /oauth/token: %1</source>
        <translation>POST /oauth/token : %1</translation>
    </message>
    <message>
        <source>authentication failed: check client id / secret / role (%1%2)</source>
        <translation>échec de l'authentification : vérifiez l'identifiant client / le secret / le rôle (%1%2)</translation>
    </message>
</context>
<context>
    <name>earshot::OutboxDelivery</name>
    <message numerus="yes">
        <source>%n event(s) still wait for PagerDuty: %1</source>
        <translation>
            <numerusform>%n événement attend encore PagerDuty : %1</numerusform>
            <numerusform>%n événements attendent encore PagerDuty : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; still refused after %2 attempts at its smallest</source>
        <translation>%1 ; toujours refusé après %2 tentatives sous sa forme la plus petite</translation>
    </message>
    <message>
        <source>not sent: PagerDuty already has this episode's resolve</source>
        <translation>non envoyé : PagerDuty a déjà la résolution de cet épisode</translation>
    </message>
</context>
<context>
    <name>earshot::PagerDutyClient</name>
    <message>
        <source>The integration key was not sent: %1</source>
        <translation>La clé d'intégration n'a pas été envoyée : %1</translation>
    </message>
    <message>
        <source>HTTP %1 from the events endpoint without PagerDuty's "success": check [pagerduty] events_url; retrying later</source>
        <translation>HTTP %1 du point d'accès des événements sans le « success » de PagerDuty : vérifiez [pagerduty] events_url ; nouvelle tentative plus tard</translation>
    </message>
    <message>
        <source>PagerDuty rejected the routing key: verify the integration key (%1)</source>
        <translation>PagerDuty a rejeté la clé de routage : vérifiez la clé d'intégration (%1)</translation>
    </message>
    <message>
        <source>PagerDuty refused the event (HTTP %1): %2</source>
        <translation>PagerDuty a refusé l'événement (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>HTTP 401 from the events endpoint: verify the integration key</source>
        <translation>HTTP 401 du point d'accès des événements : vérifiez la clé d'intégration</translation>
    </message>
    <message>
        <source>HTTP 403 from the events endpoint: verify the service is active and accepts events</source>
        <translation>HTTP 403 du point d'accès des événements : vérifiez que le service est actif et accepte les événements</translation>
    </message>
    <message>
        <source>PagerDuty: too many events for this key (HTTP 429); retrying later</source>
        <translation>PagerDuty : trop d'événements pour cette clé (HTTP 429) ; nouvelle tentative plus tard</translation>
    </message>
    <message>
        <source>PagerDuty: HTTP %1; retrying later</source>
        <translation>PagerDuty : HTTP %1 ; nouvelle tentative plus tard</translation>
    </message>
    <message>
        <source>PagerDuty refused the event as too large (HTTP 413)%1</source>
        <translation>PagerDuty a refusé l'événement car trop volumineux (HTTP 413)%1</translation>
    </message>
</context>
<context>
    <name>earshot::PagerDutyConnectionTest</name>
    <message>
        <source>Earshot connection test</source>
        <translation>Test de connexion Earshot</translation>
    </message>
    <message>
        <source>The test event could not be built.</source>
        <translation>L’événement de test n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>PagerDuty accepted a test trigger and its resolve.</source>
        <translation>PagerDuty a accepté un déclenchement de test et sa résolution.</translation>
    </message>
</context>
<context>
    <name>earshot::Poller</name>
    <message numerus="yes">
        <source>%n missed window(s) from %1 to %2 skipped: older than the back-fill limit of %3 windows</source>
        <translation>
            <numerusform>%n fenêtre manquée de %1 à %2 ignorée : plus ancienne que la limite de rattrapage de %3 fenêtres</numerusform>
            <numerusform>%n fenêtres manquées de %1 à %2 ignorées : plus anciennes que la limite de rattrapage de %3 fenêtres</numerusform>
        </translation>
    </message>
    <message>
        <source>queue names unavailable (%1); polling with ids</source>
        <translation>noms de files indisponibles (%1) ; interrogation par identifiants</translation>
    </message>
    <message>
        <source>%1; retrying at %2</source>
        <translation>%1 ; nouvelle tentative à %2</translation>
    </message>
    <message>
        <source>window %1 failed: %2</source>
        <translation>fenêtre %1 en échec : %2</translation>
    </message>
    <message numerus="yes">
        <source>window %1: %n queue(s) with data</source>
        <translation>
            <numerusform>fenêtre %1 : %n file avec des données</numerusform>
            <numerusform>fenêtre %1 : %n files avec des données</numerusform>
        </translation>
    </message>
    <message>
        <source>window %1 could not be stored; retrying at %2</source>
        <translation>la fenêtre %1 n'a pas pu être enregistrée ; nouvelle tentative à %2</translation>
    </message>
    <message>
        <source>window %1 not used: %2</source>
        <translation>fenêtre %1 non utilisée : %2</translation>
    </message>
    <message numerus="yes">
        <source>this computer's clock is %n minute(s) ahead of Genesys Cloud's: set it right (NTP); no window is used until then</source>
        <translation>
            <numerusform>l'horloge de cet ordinateur avance de %n minute sur celle de Genesys Cloud : remettez-la à l'heure (NTP) ; aucune fenêtre n'est utilisée d'ici là</numerusform>
            <numerusform>l'horloge de cet ordinateur avance de %n minutes sur celle de Genesys Cloud : remettez-la à l'heure (NTP) ; aucune fenêtre n'est utilisée d'ici là</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer's clock is %n minute(s) behind Genesys Cloud's: set it right (NTP); no window is used until then</source>
        <translation>
            <numerusform>l'horloge de cet ordinateur retarde de %n minute sur celle de Genesys Cloud : remettez-la à l'heure (NTP) ; aucune fenêtre n'est utilisée d'ici là</numerusform>
            <numerusform>l'horloge de cet ordinateur retarde de %n minutes sur celle de Genesys Cloud : remettez-la à l'heure (NTP) ; aucune fenêtre n'est utilisée d'ici là</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::QualityChartView</name>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to zoom out, wheel to zoom, Shift+drag or middle-drag to pan</source>
        <translation>Faites glisser pour zoomer, clic droit pour dézoomer, molette pour zoomer, Maj+glisser ou glisser avec le bouton du milieu pour déplacer</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Select queues on the Queues tab and choose "Chart selected"</source>
        <translation>Sélectionnez des files dans l'onglet « Files » puis choisissez « Tracer la sélection »</translation>
    </message>
    <message>
        <source>No jitter in ms from Genesys details: their data has none.
Jitter shows as jitter-buffer discards in packet loss.</source>
        <translation>Pas de gigue en ms dans les détails Genesys : leurs données n'en ont pas.
La gigue apparaît comme rejets du tampon de gigue dans la perte de paquets.</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Aucune donnée sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>Preview for %1: %n episode(s) would have opened in the shown history</source>
        <translation>
            <numerusform>Aperçu pour %1 : %n épisode se serait ouvert sur l'historique affiché</numerusform>
            <numerusform>Aperçu pour %1 : %n épisodes se seraient ouverts sur l'historique affiché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview over all %1 queues with history: %n episode(s) would have opened in the shown range</source>
        <translation>
            <numerusform>Aperçu sur les %1 files avec historique : %n épisode aurait été ouvert sur la période affichée</numerusform>
            <numerusform>Aperçu sur les %1 files avec historique : %n épisodes auraient été ouverts sur la période affichée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::QueuePickerList</name>
    <message>
        <source>Search queues</source>
        <translation>Rechercher des files</translation>
    </message>
    <message>
        <source>%1 (unknown queue)</source>
        <translation>%1 (file inconnue)</translation>
    </message>
</context>
<context>
    <name>earshot::QueueTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 incident since %2 (it closes after enough healthy windows)</source>
        <translation>Incident %1 depuis %2 (il se ferme après assez de fenêtres saines)</translation>
    </message>
    <message>
        <source>Too few calls in the last window to judge quality</source>
        <translation>Trop peu d'appels dans la dernière fenêtre pour juger la qualité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Perte %</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Gigue ms</translation>
    </message>
    <message>
        <source>Latency p95 ms</source>
        <translation>Latence p95 ms</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Last window</source>
        <translation>Dernière fenêtre</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (partiel)</translation>
    </message>
    <message>
        <source>Partial window: too many conversations were malformed and skipped; not judged</source>
        <translation>Fenêtre partielle : trop de conversations étaient mal formées et ont été ignorées ; non évaluée</translation>
    </message>
    <message>
        <source>Silenced until %1: new incidents are recorded, not paged</source>
        <translation>En sourdine jusqu'à %1 : les nouveaux incidents sont enregistrés, pas envoyés</translation>
    </message>
    <message>
        <source>Polling has failed: these values are old</source>
        <translation>L'interrogation a échoué : ces valeurs sont anciennes</translation>
    </message>
    <message>
        <source>No window from this queue for more than 2 windows</source>
        <translation>Aucune fenêtre de cette file depuis plus de 2 fenêtres</translation>
    </message>
    <message>
        <source>No window from this queue in the newest poll: no calls</source>
        <translation>Aucune fenêtre de cette file dans la dernière interrogation : aucun appel</translation>
    </message>
</context>
<context>
    <name>earshot::QueueTablePage</name>
    <message>
        <source>Only problems</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Chart selected</source>
        <translation>Tracer la sélection</translation>
    </message>
    <message>
        <source>Filter by queue name or id</source>
        <translation>Filtrer par nom ou identifiant de file</translation>
    </message>
    <message>
        <source>Show only queues at warning or critical, or with an open incident</source>
        <translation>N'afficher que les files en avertissement, critiques ou avec un incident ouvert</translation>
    </message>
    <message>
        <source>Chart the selected queues (the first one's thresholds are drawn)</source>
        <translation>Tracer les files sélectionnées (les seuils de la première sont dessinés)</translation>
    </message>
    <message>
        <source>%1 of %2 queues</source>
        <translation>%1 files sur %2</translation>
    </message>
    <message>
        <source>&amp;Silence queue…</source>
        <translation>&amp;Mettre la file en sourdine…</translation>
    </message>
    <message>
        <source>Stop paging for this queue for a while (maintenance)</source>
        <translation>Suspendre les alertes de cette file pendant un moment (maintenance)</translation>
    </message>
    <message>
        <source>Silence queue</source>
        <translation>Mettre la file en sourdine</translation>
    </message>
    <message>
        <source>Monitoring has not started yet; try again in a moment.</source>
        <translation>La surveillance n'a pas encore commencé ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>No queue matches “%1”</source>
        <translation>Aucune file ne correspond à « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>All %n queue(s) OK</source>
        <translation>
            <numerusform>%n file OK</numerusform>
            <numerusform>Les %n files sont OK</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::SecretStore</name>
    <message>
        <source>no "%1" in the keychain</source>
        <translation>pas de « %1 » dans le trousseau</translation>
    </message>
    <message>
        <source>the OS keychain is not available: %1</source>
        <translation>le trousseau du système n'est pas disponible : %1</translation>
    </message>
    <message>
        <source>could not store "%1" in the OS keychain: %2</source>
        <translation>impossible d'enregistrer « %1 » dans le trousseau du système : %2</translation>
    </message>
    <message>
        <source>could not remove "%1" from the OS keychain: %2</source>
        <translation>impossible de retirer « %1 » du trousseau du système : %2</translation>
    </message>
</context>
<context>
    <name>earshot::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Genesys Cloud</source>
        <translation>Genesys Cloud</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
        <translation>URL de connexion et d'API personnalisées</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>An OAuth client with the client credentials grant. Its role needs Analytics &gt; Conversation Detail &gt; View and Routing &gt; Queue &gt; View.</source>
        <translation>Un client OAuth avec l'autorisation « client credentials ». Son rôle doit avoir Analytics &gt; Conversation Detail &gt; View et Routing &gt; Queue &gt; View.</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>URL de connexion :</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>URL de l'API :</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Genesys conversation details</source>
        <translation>Détails de conversation Genesys</translation>
    </message>
    <message>
        <source>Quality summary service</source>
        <translation>Service de synthèse qualité</translation>
    </message>
    <message>
        <source>Conversation details are Genesys Cloud's own data: MOS, loss (derived from discarded and invalid packets) and latency, but no jitter in milliseconds. A quality summary service (/api/v2/analytics/quality/summary) is not part of Genesys Cloud; choose it only if your organisation runs one.</source>
        <translation>Les détails de conversation sont les données propres à Genesys Cloud : MOS, perte (déduite des paquets rejetés et invalides) et latence, mais pas de gigue en millisecondes. Un service de synthèse qualité (/api/v2/analytics/quality/summary) ne fait pas partie de Genesys Cloud ; choisissez-le seulement si votre organisation en exploite un.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Conversations appear in the details data only after they end and are indexed: each window is polled this long after it closes.</source>
        <translation>Les conversations n'apparaissent dans les données détaillées qu'une fois terminées et indexées : chaque fenêtre est interrogée ce délai après sa fin.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre :</translation>
    </message>
    <message>
        <source>Ingest lag:</source>
        <translation>Délai d'ingestion :</translation>
    </message>
    <message>
        <source>Monitor every queue</source>
        <translation>Surveiller toutes les files</translation>
    </message>
    <message>
        <source>The 32-character Integration Key of an "Events API v2" integration on the PagerDuty service to page.</source>
        <translation>La clé d'intégration de 32 caractères d'une intégration « Events API v2 » du service PagerDuty à alerter.</translation>
    </message>
    <message>
        <source>Integration key:</source>
        <translation>Clé d'intégration :</translation>
    </message>
    <message>
        <source>The language applies the next time Earshot starts. "System default" follows the language of your desktop session.</source>
        <translation>La langue s'applique au prochain démarrage d'Earshot. « Langue du système » suit la langue de votre session de bureau.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Set by the %1 environment variable; change it there.</source>
        <translation>Défini par la variable d'environnement %1 ; modifiez-le là.</translation>
    </message>
    <message>
        <source>leave empty to keep the stored value</source>
        <translation>laisser vide pour garder la valeur enregistrée</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the configuration file.</source>
        <translation>Enregistré dans le trousseau du système, jamais dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>✔ Connected. </source>
        <translation>✔ Connecté. </translation>
    </message>
    <message>
        <source>✘ Failed: </source>
        <translation>✘ Échec : </translation>
    </message>
    <message>
        <source>✔ Accepted. </source>
        <translation>✔ Accepté. </translation>
    </message>
    <message>
        <source>Please fix these first:

• %1</source>
        <translation>Corrigez d'abord ceci :

• %1</translation>
    </message>
    <message>
        <source>leave empty to keep the one in use</source>
        <translation>laisser vide pour garder celui en service</translation>
    </message>
    <message>
        <source>In use: none (not set)</source>
        <translation>En service : aucun (non défini)</translation>
    </message>
    <message>
        <source>In use: %1, from the %2 environment variable</source>
        <translation>En service : %1, de la variable d'environnement %2</translation>
    </message>
    <message>
        <source>In use: %1, from the system keychain</source>
        <translation>En service : %1, du trousseau du système</translation>
    </message>
    <message>
        <source>In use now: the demo simulator's, not your account's. What you save here configures your account.</source>
        <translation>En service : ceux du simulateur de démo, pas ceux de votre compte. Ce que vous enregistrez ici configure votre compte.</translation>
    </message>
    <message>
        <source>Optional: a REST API key with read access. With it Earshot shows who acknowledged or resolved its incidents in PagerDuty (on a phone, too), and does not page again an incident resolved there while the queue is still degraded.</source>
        <translation>Facultatif : une clé d'API REST en lecture. Avec elle, Earshot montre qui a acquitté ou résolu ses incidents dans PagerDuty (depuis un téléphone aussi) et ne relance pas un incident résolu là-bas tant que la file reste dégradée.</translation>
    </message>
    <message>
        <source>Page again when a queue resolved in PagerDuty recovers for a window and then breaches again</source>
        <translation>Relancer l'alerte quand une file résolue dans PagerDuty se rétablit pendant une fenêtre puis franchit de nouveau un seuil</translation>
    </message>
    <message>
        <source>REST API key:</source>
        <translation>Clé d'API REST :</translation>
    </message>
    <message>
        <source>Test REST key</source>
        <translation>Tester la clé REST</translation>
    </message>
    <message>
        <source>The password of the PostgreSQL role Earshot logs in as to the database it shares with other consoles: %1 ([storage] in the configuration file).</source>
        <translation>Le mot de passe du rôle PostgreSQL avec lequel Earshot se connecte à la base de données qu'il partage avec d'autres consoles : %1 ([storage] dans le fichier de configuration).</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Mot de passe de la base de données :</translation>
    </message>
</context>
<context>
    <name>earshot::SilenceDialog</name>
    <message>
        <source>Silence queue</source>
        <translation>Mettre la file en sourdine</translation>
    </message>
    <message>
        <source>While silenced, new problems of &lt;b&gt;%1&lt;/b&gt; are recorded but not paged. Open incidents stay open.</source>
        <translation>Pendant la mise en sourdine, les nouveaux problèmes de &lt;b&gt;%1&lt;/b&gt; sont enregistrés mais pas alertés. Les incidents ouverts restent ouverts.</translation>
    </message>
    <message>
        <source>e.g. carrier maintenance CHG-1234</source>
        <translation>p. ex. maintenance opérateur CHG-1234</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Mettre en sourdine</translation>
    </message>
</context>
<context>
    <name>earshot::SilencesDialog</name>
    <message>
        <source>&amp;End now</source>
        <translation>&amp;Terminer maintenant</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Sourdines</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu'à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>End the silence now: paging resumes at the next window</source>
        <translation>Terminer la sourdine maintenant : les envois reprennent à la prochaine fenêtre</translation>
    </message>
    <message>
        <source>Choose a new end and reason</source>
        <translation>Choisir une nouvelle fin et une nouvelle raison</translation>
    </message>
    <message>
        <source>While a silence lasts, new incidents of its queues are recorded and shown but not paged.</source>
        <translation>Tant qu'une sourdine dure, les nouveaux incidents de ses files sont enregistrés et affichés mais pas envoyés.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>toutes les files</translation>
    </message>
    <message>
        <source>End silence</source>
        <translation>Terminer la sourdine</translation>
    </message>
    <message>
        <source>End the silence of %1 now? Paging resumes at the next window.</source>
        <translation>Terminer la sourdine de %1 maintenant ? Les envois reprennent à la prochaine fenêtre.</translation>
    </message>
</context>
<context>
    <name>earshot::SingleInstance</name>
    <message>
        <source>Cannot lock the database %1: %2</source>
        <translation>Impossible de verrouiller la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Earshot is already running on %1 (process %2): its window was brought to the front.</source>
        <translation>Earshot tourne déjà sur %1 (processus %2) : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>A headless Earshot (process %1) is monitoring %2; stop it to open the window on this database, or start the window with another configuration.</source>
        <translation>Un Earshot sans fenêtre (processus %1) surveille %2 ; arrêtez-le pour ouvrir la fenêtre sur cette base de données, ou lancez la fenêtre avec une autre configuration.</translation>
    </message>
    <message>
        <source>It did not answer the request to show its window.</source>
        <translation>Il n'a pas répondu à la demande d'afficher sa fenêtre.</translation>
    </message>
    <message>
        <source>another Earshot</source>
        <translation>un autre Earshot</translation>
    </message>
    <message>
        <source>another Earshot (process %1)</source>
        <translation>un autre Earshot (processus %1)</translation>
    </message>
    <message>
        <source>another Earshot (process %1 on %2)</source>
        <translation>un autre Earshot (processus %1 sur %2)</translation>
    </message>
    <message>
        <source>The database %1 is in use by %2: its lock file is %3. Stop that instance first, or give this one its own database ([storage] database in the configuration).</source>
        <translation>La base de données %1 est utilisée par %2 : son fichier de verrou est %3. Arrêtez d'abord cette instance, ou donnez à celle-ci sa propre base de données ([storage] database dans la configuration).</translation>
    </message>
</context>
<context>
    <name>earshot::StatusBarWidget</name>
    <message>
        <source>Last successful poll %1</source>
        <translation>Dernière interrogation réussie %1</translation>
    </message>
    <message>
        <source>No successful poll yet</source>
        <translation>Aucune interrogation réussie pour l'instant</translation>
    </message>
    <message>
        <source>next poll %1</source>
        <translation>prochaine interrogation %1</translation>
    </message>
    <message>
        <source>rate limit: %1 left</source>
        <translation>limite de débit : %1 restantes</translation>
    </message>
    <message>
        <source>outbox: %1 pending</source>
        <translation>file d'envoi : %1 en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused</source>
        <translation>
            <numerusform>%n événement refusé</numerusform>
            <numerusform>%n événements refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1 — nothing is stored or paged</source>
        <translation>Base de données : %1 — rien n'est enregistré ni alerté</translation>
    </message>
    <message>
        <source>Heartbeat OK at %1</source>
        <translation>Heartbeat OK à %1</translation>
    </message>
    <message>
        <source>Heartbeat failed at %1: %2</source>
        <translation>Échec du heartbeat à %1 : %2</translation>
    </message>
    <message>
        <source>PagerDuty follow: off</source>
        <translation>Suivi PagerDuty : désactivé</translation>
    </message>
    <message>
        <source>PagerDuty follow: REST API key refused — paging continues</source>
        <translation>Suivi PagerDuty : clé d'API REST refusée — les alertes continuent</translation>
    </message>
    <message>
        <source>PagerDuty follow: %1</source>
        <translation>Suivi PagerDuty : %1</translation>
    </message>
</context>
<context>
    <name>earshot::ThresholdsPanel</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>All queues (global)</source>
        <translation>Toutes les files (global)</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <source>Minimum calls</source>
        <translation>Appels minimum</translation>
    </message>
    <message>
        <source>Windows with fewer calls are "no data": they never raise and never count as recovery</source>
        <translation>Les fenêtres avec moins d'appels sont « sans données » : elles ne déclenchent jamais rien et ne comptent jamais comme rétablissement</translation>
    </message>
    <message>
        <source>Raise after windows</source>
        <translation>Déclencher après N fenêtres</translation>
    </message>
    <message>
        <source>Consecutive breaching windows before an incident opens</source>
        <translation>Fenêtres consécutives hors seuil avant l'ouverture d'un incident</translation>
    </message>
    <message>
        <source>Clear after windows</source>
        <translation>Lever après N fenêtres</translation>
    </message>
    <message>
        <source>Consecutive healthy windows before an incident resolves</source>
        <translation>Fenêtres saines consécutives avant la résolution d'un incident</translation>
    </message>
    <message>
        <source>Problems with these thresholds</source>
        <translation>Problèmes avec ces seuils</translation>
    </message>
    <message>
        <source>Use these thresholds from the next window on</source>
        <translation>Utiliser ces seuils à partir de la prochaine fenêtre</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Global: the built-in thresholds. A queue: follow the global ones</source>
        <translation>Global : les seuils intégrés. Une file : suivre les seuils globaux</translation>
    </message>
    <message>
        <source>Thresholds for:</source>
        <translation>Seuils pour :</translation>
    </message>
    <message>
        <source>Follow global</source>
        <translation>Suivre le global</translation>
    </message>
    <message>
        <source>Unsaved changes: the chart shows what they would have done.</source>
        <translation>Modifications non enregistrées : le graphique montre ce qu'elles auraient produit.</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (valeur propre)</translation>
    </message>
    <message>
        <source>Edit the global thresholds, or one queue's differences from them. Type to search among the queues.</source>
        <translation>Modifier les seuils globaux, ou les écarts d'une file par rapport à eux. Tapez pour rechercher parmi les files.</translation>
    </message>
</context>
<context>
    <name>earshot::TokenCache</name>
    <message>
        <source>not authenticated yet</source>
        <translation>pas encore authentifié</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>authentification en cours</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>login server unavailable: %1</source>
        <translation>serveur de connexion indisponible : %1</translation>
    </message>
    <message>
        <source>authentication failed: check client id / secret / role</source>
        <translation>échec de l'authentification : vérifiez l'identifiant client / le secret / le rôle</translation>
    </message>
    <message>
        <source>authentication failed: check client id / secret / role (stopped asking the login server after %1 refusals; change the credentials or retry)</source>
        <translation>échec de l'authentification : vérifiez l'identifiant client / le secret / le rôle (plus de demande au serveur de connexion après %1 refus ; changez les identifiants ou réessayez)</translation>
    </message>
    <message>
        <source>authentication failed: no client id / secret configured</source>
        <translation>échec de l'authentification : aucun identifiant client / secret configuré</translation>
    </message>
</context>
<context>
    <name>earshot::TrayNotifier</name>
    <message>
        <source>Show Earshot</source>
        <translation>Afficher Earshot</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Earshot: no open incidents</source>
        <translation>Earshot : aucun incident ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Earshot: %n open</source>
        <translation>
            <numerusform>Earshot : %n incident ouvert</numerusform>
            <numerusform>Earshot : %n incidents ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Earshot: new incident</source>
        <translation>Earshot : nouvel incident</translation>
    </message>
    <message>
        <source>Earshot: PagerDuty</source>
        <translation>Earshot : PagerDuty</translation>
    </message>
</context>
<context>
    <name>earshot::WallBinding</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n en attente</numerusform>
            <numerusform>%1, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Genesys: %1 · %2</source>
        <translation>Genesys : %1 · %2</translation>
    </message>
</context>
<context>
    <name>earshot::WallView</name>
    <message>
        <source>page %1/%2</source>
        <translation>page %1/%2</translation>
    </message>
    <message>
        <source>No voice quality data: nothing is polled.</source>
        <translation>Aucune donnée de qualité vocale : rien n'est interrogé.</translation>
    </message>
</context>
<context>
    <name>earshot::WallWindow</name>
    <message>
        <source>Earshot — wall display</source>
        <translation>Earshot — affichage mural</translation>
    </message>
    <message>
        <source>There is no screen "%1" (screens: %2); the wall uses the primary screen.</source>
        <translation>Il n'y a pas d'écran « %1 » (écrans : %2) ; le mur utilise l'écran principal.</translation>
    </message>
</context>
<context>
    <name>earshot::WelcomePage</name>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Start demo mode</source>
        <translation>Lancer le mode démo</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Earshot&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans Earshot&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Earshot watches the voice quality of your Genesys Cloud queues (MOS, packet loss, jitter, latency) and pages PagerDuty when a queue degrades.&lt;br&gt;&lt;br&gt;To start, it needs a Genesys Cloud OAuth client (client credentials grant, with a role that can view conversation details and queues) and a PagerDuty Events API v2 integration key.&lt;br&gt;&lt;br&gt;No credentials at hand? Demo mode runs against a built-in simulated contact centre; nothing leaves this computer.</source>
        <translation>Earshot surveille la qualité vocale de vos files Genesys Cloud (MOS, perte de paquets, gigue, latence) et alerte PagerDuty quand une file se dégrade.&lt;br&gt;&lt;br&gt;Pour commencer, il faut un client OAuth Genesys Cloud (autorisation « client credentials », avec un rôle qui peut voir les détails de conversation et les files) et une clé d'intégration PagerDuty Events API v2.&lt;br&gt;&lt;br&gt;Pas d'identifiants sous la main ? Le mode démo fonctionne avec un centre de contacts simulé intégré ; rien ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>earshot: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it with --headless, or set QT_QPA_PLATFORM (offscreen shows nothing).
</source>
        <translation>earshot : aucun affichage pour ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Lancez-le avec --headless, ou définissez QT_QPA_PLATFORM (offscreen n'affiche rien).
</translation>
    </message>
</context>
</TS>
