<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AlertEngine</name>
    <message>
        <source>saved alert state: "%1" is missing, has the wrong type or is out of range</source>
        <translation>estado de alertas guardado: «%1» falta, tiene un tipo incorrecto o está fuera de rango</translation>
    </message>
    <message>
        <source>saved alert state has an unknown version</source>
        <translation>el estado de alertas guardado tiene una versión desconocida</translation>
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
        <translation>pérdida de paquetes</translation>
    </message>
    <message>
        <source>jitter</source>
        <translation>jitter</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latencia</translation>
    </message>
    <message>
        <source>jitter-buffer discard</source>
        <translation>descartes del búfer de jitter</translation>
    </message>
    <message>
        <source>%1: %2 levels must be numbers.</source>
        <translation>%1: los umbrales de %2 deben ser números.</translation>
    </message>
    <message>
        <source>%1: %2 critical (%3) must be below its warning (%4).</source>
        <translation>%1: el umbral crítico de %2 (%3) debe ser inferior al de advertencia (%4).</translation>
    </message>
    <message>
        <source>%1: %2 critical (%3) must be above its warning (%4).</source>
        <translation>%1: el umbral crítico de %2 (%3) debe ser superior al de advertencia (%4).</translation>
    </message>
    <message>
        <source>%1: %2 levels must lie between 1 and 5.</source>
        <translation>%1: los umbrales de %2 deben estar entre 1 y 5.</translation>
    </message>
    <message>
        <source>%1: %2 levels must lie between 0 and 100 %.</source>
        <translation>%1: los umbrales de %2 deben estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>%1: %2 levels must not be negative.</source>
        <translation>%1: los umbrales de %2 no pueden ser negativos.</translation>
    </message>
    <message>
        <source>%1: min calls must not be negative.</source>
        <translation>%1: el mínimo de llamadas no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1: raise after windows must be at least 1.</source>
        <translation>%1: «activar tras N ventanas» debe ser al menos 1.</translation>
    </message>
    <message>
        <source>%1: clear after windows must be at least 1.</source>
        <translation>%1: «cerrar tras N ventanas» debe ser al menos 1.</translation>
    </message>
    <message>
        <source>Global thresholds</source>
        <translation>Umbrales globales</translation>
    </message>
    <message>
        <source>%1: the idle time before resolving must be positive.</source>
        <translation>%1: el tiempo de inactividad antes de resolver debe ser positivo.</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Cola %1</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>[genesys] login_url and api_url go together: set both or neither.</source>
        <translation>[genesys] login_url y api_url van juntas: defina ambas o ninguna.</translation>
    </message>
    <message>
        <source>[genesys] region is empty and no login_url/api_url is set.</source>
        <translation>[genesys] region está vacío y no hay login_url/api_url definidas.</translation>
    </message>
    <message>
        <source>[schedule] window_seconds must divide a day evenly (300 is Genesys' FIVE_MINUTES granularity); got %1.</source>
        <translation>[schedule] window_seconds debe dividir un día exactamente (300 es la granularidad FIVE_MINUTES de Genesys); recibido: %1.</translation>
    </message>
    <message>
        <source>[schedule] window_seconds below 300 is only accepted when every endpoint is loopback (tests and demo); got %1.</source>
        <translation>[schedule] window_seconds por debajo de 300 solo se acepta si todos los endpoints son de loopback (pruebas y demo); recibido: %1.</translation>
    </message>
    <message>
        <source>[genesys] source = summary needs window_seconds = 300 (the endpoint's FIVE_MINUTES granularity).</source>
        <translation>[genesys] source = summary requiere window_seconds = 300 (la granularidad FIVE_MINUTES del endpoint).</translation>
    </message>
    <message>
        <source>[schedule] ingest_lag_seconds must be between 0 and 3600; got %1.</source>
        <translation>[schedule] ingest_lag_seconds debe estar entre 0 y 3600; recibido: %1.</translation>
    </message>
    <message>
        <source>[storage] retention_days must be at least 1; got %1.</source>
        <translation>[storage] retention_days debe ser al menos 1; recibido: %1.</translation>
    </message>
    <message>
        <source>[pagerduty] source must not be empty (PagerDuty requires it).</source>
        <translation>[pagerduty] source no puede estar vacío (PagerDuty lo exige).</translation>
    </message>
    <message>
        <source>[schedule] request_timeout_seconds must be between 1 and 300; got %1.</source>
        <translation>[schedule] request_timeout_seconds debe estar entre 1 y 300; recibido: %1.</translation>
    </message>
    <message>
        <source>[wall] groups: "%1" is not "name: pattern, pattern" (groups are separated by |).</source>
        <translation>[wall] groups: «%1» no tiene la forma «nombre: patrón, patrón» (los grupos se separan con |).</translation>
    </message>
    <message>
        <source>[wall] groups: the group "%1" is named twice.</source>
        <translation>[wall] groups: el grupo «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>[wall] rotate_seconds must be between 3 and 3600; got %1.</source>
        <translation>[wall] rotate_seconds debe estar entre 3 y 3600; se recibió %1.</translation>
    </message>
    <message>
        <source>[health] page_after_windows must be between 0 (off) and 288; got %1.</source>
        <translation>[health] page_after_windows debe estar entre 0 (desactivado) y 288; se recibió %1.</translation>
    </message>
    <message>
        <source>[pagerduty] follow_seconds must be between 10 and 3600; got %1.</source>
        <translation>[pagerduty] follow_seconds debe estar entre 10 y 3600; recibido: %1.</translation>
    </message>
    <message>
        <source>[storage] backend must be sqlite or postgresql; got "%1".</source>
        <translation>[storage] backend debe ser sqlite o postgresql; se recibió "%1".</translation>
    </message>
    <message>
        <source>[storage] %1 is needed with backend = postgresql.</source>
        <translation>[storage] %1 es obligatorio con backend = postgresql.</translation>
    </message>
    <message>
        <source>[storage] port must be between 1 and 65535; got %1.</source>
        <translation>[storage] port debe estar entre 1 y 65535; se recibió %1.</translation>
    </message>
    <message>
        <source>[storage] sslmode must be one of %1; got "%2".</source>
        <translation>[storage] sslmode debe ser uno de %1; se recibió "%2".</translation>
    </message>
    <message>
        <source>[storage] host, dbname and user cannot contain spaces, quotes, '=', ';' or '\'.</source>
        <translation>[storage] host, dbname y user no pueden contener espacios, comillas, '=', ';' ni '\'.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Voice quality monitoring and PagerDuty alerting for Genesys Cloud.</source>
        <translation>Supervisión de la calidad de voz y alertas de PagerDuty para Genesys Cloud.</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; (INI).</source>
        <translation>Leer la configuración de &lt;file&gt; (INI).</translation>
    </message>
    <message>
        <source>Run the whole pipeline against the embedded simulator.</source>
        <translation>Ejecutar toda la cadena contra el simulador integrado.</translation>
    </message>
    <message>
        <source>Run without a window, logging to stderr.</source>
        <translation>Ejecutar sin ventana, con registro en stderr.</translation>
    </message>
    <message>
        <source>With --headless: run one cycle, then exit (for schedulers).</source>
        <translation>Con --headless: ejecutar un ciclo y salir (para programadores de tareas).</translation>
    </message>
    <message>
        <source>Validate the configuration and exit.</source>
        <translation>Validar la configuración y salir.</translation>
    </message>
    <message>
        <source>Authenticate, list queues, poll the latest window, print it, exit.</source>
        <translation>Autenticarse, listar las colas, consultar la última ventana, mostrarla y salir.</translation>
    </message>
    <message>
        <source>With --check-genesys: print JSON.</source>
        <translation>Con --check-genesys: mostrar JSON.</translation>
    </message>
    <message>
        <source>With --headless: move a damaged or empty database aside and start a new one.</source>
        <translation>Con --headless: apartar una base de datos dañada o vacía y empezar una nueva.</translation>
    </message>
    <message>
        <source>earshot: %1
Try 'earshot --help'.
</source>
        <translation>earshot: %1
Pruebe 'earshot --help'.
</translation>
    </message>
    <message>
        <source>earshot: unexpected argument: %1
Try 'earshot --help'.
</source>
        <translation>earshot: argumento inesperado: %1
Pruebe 'earshot --help'.
</translation>
    </message>
    <message>
        <source>earshot: choose one of --demo, --headless, --check-config and --check-genesys.
</source>
        <translation>earshot: elija una sola opción entre --demo, --headless, --check-config y --check-genesys.
</translation>
    </message>
    <message>
        <source>earshot: --once goes with --headless.
</source>
        <translation>earshot: --once se usa con --headless.
</translation>
    </message>
    <message>
        <source>earshot: --reset-database goes with --headless.
</source>
        <translation>earshot: --reset-database se usa con --headless.
</translation>
    </message>
    <message>
        <source>Window options read by Qt (see QGuiApplication and QApplication):
  -platform NAME[:OPTIONS], -platformtheme NAME, -style NAME,
  -stylesheet FILE, -qwindowgeometry GEOMETRY, -qwindowtitle TITLE,
  -qwindowicon FILE, -reverse, -session ID, -display DISPLAY (X11)
</source>
        <translation>Opciones de ventana que lee Qt (véase QGuiApplication y QApplication):
  -platform NOMBRE[:OPCIONES], -platformtheme NOMBRE, -style NOMBRE,
  -stylesheet ARCHIVO, -qwindowgeometry GEOMETRÍA, -qwindowtitle TÍTULO,
  -qwindowicon ARCHIVO, -reverse, -session ID, -display DISPLAY (X11)
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
        <translation>Código de salida:
  0  éxito; o se trajo al frente la ventana del Earshot que ya se ejecuta
     sobre la misma base de datos
  1  el trabajo falló (el motivo está en stderr), o no hay
     pantalla para la ventana
  2  línea de órdenes, configuración incorrecta o secreto que falta, o la
     base de datos la usa otro Earshot (se indica su archivo de bloqueo)
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
        <translation>Entorno:
  GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET
                     el cliente OAuth de Genesys Cloud; si ambas están
                     definidas, tienen prioridad sobre el llavero del sistema
  PAGERDUTY_INTEGRATION_KEY
                     la clave de integración de PagerDuty Events API v2; tiene
                     prioridad sobre el llavero del sistema
  QT_LOGGING_RULES   más o menos registro, p. ej. "earshot.alerting.debug=true"
  QT_QPA_PLATFORM    el sistema de ventanas (p. ej. offscreen, para una ventana
                     sin pantalla)
</translation>
    </message>
    <message>
        <source>Files:
  %1
      the configuration of the window when --config is not given
  &lt;database&gt;.lock
      beside the database ([storage] database) while an Earshot uses it
</source>
        <translation>Archivos:
  %1
      la configuración de la ventana cuando no se indica --config
  &lt;base&gt;.lock
      junto a la base de datos ([storage] database) mientras un Earshot la usa
</translation>
    </message>
    <message>
        <source>Start on the NOC wall display, fullscreen (also with --demo); F11 leaves it.</source>
        <translation>Iniciar en la pantalla mural del NOC, a pantalla completa (también con --demo); F11 la cierra.</translation>
    </message>
    <message>
        <source>With --wall: the screen for the wall, a number from 1 or the name Qt gives it.</source>
        <translation>Con --wall: la pantalla del mural, un número desde 1 o el nombre que le da Qt.</translation>
    </message>
    <message>
        <source>earshot: --wall goes with the window or --demo.
</source>
        <translation>earshot: --wall se usa con la ventana o con --demo.
</translation>
    </message>
    <message>
        <source>earshot: --screen goes with --wall.
</source>
        <translation>earshot: --screen se usa con --wall.
</translation>
    </message>
    <message>
        <source>earshot: --screen needs a screen number or name.
</source>
        <translation>earshot: --screen necesita un número o un nombre de pantalla.
</translation>
    </message>
    <message>
        <source>With --demo: hold one state instead of playing the story: %1.</source>
        <translation>Con --demo: mantener un estado en lugar de reproducir la historia: %1.</translation>
    </message>
    <message>
        <source>With --demo-state: how many queues (1 to %1, default %2).</source>
        <translation>Con --demo-state: cuántas colas (de 1 a %1, %2 por omisión).</translation>
    </message>
    <message>
        <source>earshot: --demo-state goes with --demo.
</source>
        <translation>earshot: --demo-state se usa con --demo.
</translation>
    </message>
    <message>
        <source>earshot: --demo-state must be one of %1, not "%2".
</source>
        <translation>earshot: --demo-state debe ser uno de %1, no «%2».
</translation>
    </message>
    <message>
        <source>earshot: --demo-queues goes with --demo-state.
</source>
        <translation>earshot: --demo-queues se usa con --demo-state.
</translation>
    </message>
    <message>
        <source>earshot: --demo-queues must be a number from 1 to %1, not "%2".
</source>
        <translation>earshot: --demo-queues debe ser un número de 1 a %1, no «%2».
</translation>
    </message>
    <message>
        <source>On a shared database: auto (poll when no other console does, else view and take over; the default), leader (poll or exit) or viewer (never poll).</source>
        <translation>En una base de datos compartida: auto (consultar si ninguna otra consola lo hace; si no, ver y tomar el relevo; predeterminado), leader (consultar o salir) o viewer (no consultar nunca).</translation>
    </message>
    <message>
        <source>earshot: --role must be auto, leader or viewer, not "%1".
</source>
        <translation>earshot: --role debe ser auto, leader o viewer, no "%1".
</translation>
    </message>
    <message>
        <source>earshot: --role goes with the window or --headless.
</source>
        <translation>earshot: --role va con la ventana o con --headless.
</translation>
    </message>
    <message>
        <source>earshot: --role viewer needs a window: a headless console that never polls would do nothing.
</source>
        <translation>earshot: --role viewer necesita una ventana: una consola sin ventana que nunca consulta no haría nada.
</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1: "%2" is not a whole number.</source>
        <translation>%1: «%2» no es un número entero.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number.</source>
        <translation>%1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>%1: "%2" is not true or false.</source>
        <translation>%1: «%2» no es true ni false.</translation>
    </message>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation>%1: clave desconocida, ignorada.</translation>
    </message>
    <message>
        <source>The config file "%1" does not exist.</source>
        <translation>El archivo de configuración «%1» no existe.</translation>
    </message>
    <message>
        <source>The config file "%1" cannot be read.</source>
        <translation>El archivo de configuración «%1» no se puede leer.</translation>
    </message>
    <message>
        <source>The config file "%1" is not a valid INI file.</source>
        <translation>El archivo de configuración «%1» no es un archivo INI válido.</translation>
    </message>
    <message>
        <source>genesys/source: "%1" is neither details nor summary.</source>
        <translation>genesys/source: «%1» no es details ni summary.</translation>
    </message>
    <message>
        <source>Could not write the config file "%1".</source>
        <translation>No se pudo escribir el archivo de configuración «%1».</translation>
    </message>
    <message>
        <source>The config file "%1" is larger than 1 MB (%2 bytes); refused.</source>
        <translation>El archivo de configuración «%1» supera 1 MB (%2 bytes); rechazado.</translation>
    </message>
    <message>
        <source>The config file "%1" is larger than 1 MB; refused.</source>
        <translation>El archivo de configuración «%1» supera 1 MB; rechazado.</translation>
    </message>
    <message>
        <source>The config file "%1" is not a text file: a control byte (0x%2) on line %3.</source>
        <translation>El archivo de configuración «%1» no es un archivo de texto: un byte de control (0x%2) en la línea %3.</translation>
    </message>
    <message>
        <source>The config file "%1" is not UTF-8 text.</source>
        <translation>El archivo de configuración «%1» no es texto UTF-8.</translation>
    </message>
    <message>
        <source>%1: %2 characters; at most %3 are allowed.</source>
        <translation>%1: %2 caracteres; se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>... and %1 more unknown keys, ignored.</source>
        <translation>... y %1 claves desconocidas más, ignoradas.</translation>
    </message>
    <message>
        <source>wall/theme: "%1" is neither dark nor light.</source>
        <translation>wall/theme: «%1» no es dark ni light.</translation>
    </message>
    <message>
        <source>No known section ([genesys], [schedule], [thresholds], [alerting], [pagerduty], [storage], [wall], [health], [metrics], [queue.&lt;id&gt;]): this is not an Earshot config file.</source>
        <translation>Ninguna sección conocida ([genesys], [schedule], [thresholds], [alerting], [pagerduty], [storage], [wall], [health], [metrics], [queue.&lt;id&gt;]): no es un archivo de configuración de Earshot.</translation>
    </message>
    <message>
        <source>%1: secrets do not belong in the config file; set them through the environment (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, PAGERDUTY_INTEGRATION_KEY, EARSHOT_DB_PASSWORD) or the Settings window (OS keychain).</source>
        <translation>%1: los secretos no van en el archivo de configuración; defínalos en el entorno (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, PAGERDUTY_INTEGRATION_KEY, EARSHOT_DB_PASSWORD) o en la ventana Ajustes (llavero del sistema).</translation>
    </message>
</context>
<context>
    <name>ConversationChecks</name>
    <message>
        <source>conversation %1: a negative packet count</source>
        <translation>conversación %1: un recuento de paquetes negativo</translation>
    </message>
    <message>
        <source>conversation %1: more than %2 packets</source>
        <translation>conversación %1: más de %2 paquetes</translation>
    </message>
    <message>
        <source>conversation %1: more packets lost (%2) than received (%3)</source>
        <translation>conversación %1: más paquetes perdidos (%2) que recibidos (%3)</translation>
    </message>
    <message>
        <source>conversation %1: more jitter-buffer discards (%2) than packets received (%3)</source>
        <translation>conversación %1: más descartes del búfer de jitter (%2) que paquetes recibidos (%3)</translation>
    </message>
    <message>
        <source>conversation %1: MOS %2 is outside 1 to 5</source>
        <translation>conversación %1: el MOS %2 está fuera de 1 a 5</translation>
    </message>
    <message>
        <source>conversation %1: latency %2 ms is outside 0 to 60000</source>
        <translation>conversación %1: la latencia de %2 ms está fuera de 0 a 60000</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>database: %1 failed: %2</source>
        <translation>base de datos: %1 falló: %2</translation>
    </message>
    <message>
        <source>opening "%1"</source>
        <translation>abrir «%1»</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>database "%1" %2; it was left as it is (the open incidents are in it). Restore it from a backup, or start again with --reset-database (the file is kept beside it).</source>
        <translation>base de datos «%1»: %2; se dejó tal cual (los incidentes abiertos están en ella). Restáurela desde una copia de seguridad o empiece de nuevo con --reset-database (el archivo se conserva al lado).</translation>
    </message>
    <message>
        <source>moving "%1" aside</source>
        <translation>apartar «%1»</translation>
    </message>
    <message>
        <source>rename refused</source>
        <translation>cambio de nombre rechazado</translation>
    </message>
    <message>
        <source>database "%1" moved aside to "%2"; starting a new one</source>
        <translation>base de datos «%1» apartada como «%2»; se empieza una nueva</translation>
    </message>
    <message>
        <source>exists but is empty</source>
        <translation>existe pero está vacía</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (%1)</source>
        <translation>no es una base de datos SQLite legible (%1)</translation>
    </message>
    <message>
        <source>failed its integrity check (%1)</source>
        <translation>no superó la comprobación de integridad (%1)</translation>
    </message>
    <message>
        <source>database "%1" cannot be written (%2): check its permissions and the free disk space</source>
        <translation>no se puede escribir en la base de datos «%1» (%2): compruebe sus permisos y el espacio libre en disco</translation>
    </message>
    <message>
        <source>database "%1" has schema version %2, newer than this Earshot understands (%3): use a newer Earshot or another database</source>
        <translation>la base de datos "%1" tiene la versión de esquema %2, más reciente de lo que este Earshot entiende (%3): use un Earshot más reciente u otra base de datos</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql, or use the default backend (sqlite)</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado: instale libqt6sql6-psql o use el backend predeterminado (sqlite)</translation>
    </message>
    <message>
        <source>the PostgreSQL server refused Earshot's login to %1: %2. Check [storage] user, dbname and sslmode, and the password (EARSHOT_DB_PASSWORD or the keychain)</source>
        <translation>el servidor PostgreSQL rechazó el inicio de sesión de Earshot en %1: %2. Compruebe [storage] user, dbname y sslmode, y la contraseña (EARSHOT_DB_PASSWORD o el llavero)</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL database %1: %2</source>
        <translation>no se puede acceder a la base de datos PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>database %1 cannot be written (%2): check the user's privileges and that the server is not a read-only standby</source>
        <translation>no se puede escribir en la base de datos %1 (%2): compruebe los privilegios del usuario y que el servidor no sea un standby de solo lectura</translation>
    </message>
    <message>
        <source>another Earshot polls the database %1</source>
        <translation>otro Earshot consulta para la base de datos %1</translation>
    </message>
    <message>
        <source>another Earshot polls the database %1: %2</source>
        <translation>otro Earshot consulta para la base de datos %1: %2</translation>
    </message>
    <message>
        <source>claiming leadership</source>
        <translation>toma del liderazgo</translation>
    </message>
    <message>
        <source>asking who polls</source>
        <translation>preguntar quién consulta</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>Scenario starts: all queues healthy.</source>
        <translation>Empieza el escenario: todas las colas están bien.</translation>
    </message>
    <message>
        <source>Genesys Cloud answers a burst of HTTP 429 with Retry-After.</source>
        <translation>Genesys Cloud responde con una ráfaga de HTTP 429 con Retry-After.</translation>
    </message>
    <message>
        <source>Billing: MOS starts a slow decline.</source>
        <translation>Billing: el MOS empieza a bajar lentamente.</translation>
    </message>
    <message>
        <source>After Hours: quality drops before the queue closes.</source>
        <translation>After Hours: la calidad cae antes de que cierre la cola.</translation>
    </message>
    <message>
        <source>Sales: sudden critical degradation (packet loss on a carrier).</source>
        <translation>Sales: degradación crítica repentina (pérdida de paquetes en un operador).</translation>
    </message>
    <message>
        <source>PagerDuty outage begins; events wait in the outbox. After Hours closes.</source>
        <translation>Empieza una caída de PagerDuty; los eventos esperan en la bandeja de salida. After Hours cierra.</translation>
    </message>
    <message>
        <source>PagerDuty is back; the outbox delivers what waited, in order.</source>
        <translation>PagerDuty vuelve; la bandeja de salida entrega lo pendiente, en orden.</translation>
    </message>
    <message>
        <source>Sales recovers.</source>
        <translation>Sales se recupera.</translation>
    </message>
    <message>
        <source>Billing recovers.</source>
        <translation>Billing se recupera.</translation>
    </message>
    <message>
        <source>Technical Support: warning-level MOS.</source>
        <translation>Technical Support: MOS en nivel de advertencia.</translation>
    </message>
    <message>
        <source>Technical Support escalates to critical.</source>
        <translation>Technical Support escala a crítico.</translation>
    </message>
    <message>
        <source>The access token is revoked; the poller refreshes it once.</source>
        <translation>El token de acceso se revoca; el sondeo lo renueva una vez.</translation>
    </message>
    <message>
        <source>Spanish Line: jitter rises.</source>
        <translation>Spanish Line: el jitter aumenta.</translation>
    </message>
    <message>
        <source>Technical Support recovers.</source>
        <translation>Technical Support se recupera.</translation>
    </message>
    <message>
        <source>Claims: packet loss without a MOS drop.</source>
        <translation>Claims: pérdida de paquetes sin caída del MOS.</translation>
    </message>
    <message>
        <source>Premium Support flaps around the MOS warning line.</source>
        <translation>Premium Support oscila alrededor del umbral de advertencia de MOS.</translation>
    </message>
    <message>
        <source>Storm: a carrier degrades eight queues at once; one grouped incident pages.</source>
        <translation>Tormenta: un operador degrada ocho colas a la vez; se envía un único incidente agrupado.</translation>
    </message>
    <message>
        <source>Technical Support joins the storm: the incident is updated.</source>
        <translation>Technical Support se une a la tormenta: el incidente se actualiza.</translation>
    </message>
    <message>
        <source>The carrier recovers; the storm resolves once every queue has.</source>
        <translation>El operador se recupera; la tormenta se resuelve cuando se ha recuperado cada cola.</translation>
    </message>
    <message>
        <source>Technical Support: the on-call engineer acknowledges from a phone in PagerDuty.</source>
        <translation>Technical Support: el ingeniero de guardia lo reconoce desde un teléfono en PagerDuty.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>hh:mm</source>
        <comment>time format (QDateTime::toString)</comment>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>hh:mm:ss</source>
        <comment>time format with seconds (QDateTime::toString)</comment>
        <translation>H:mm:ss</translation>
    </message>
    <message>
        <source>yyyy-MM-dd hh:mm</source>
        <comment>date and time format (QDateTime::toString)</comment>
        <translation>dd/MM/yyyy H:mm</translation>
    </message>
    <message>
        <source>ddd hh:mm</source>
        <comment>weekday and time format (QDateTime::toString)</comment>
        <translation>ddd H:mm</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>%1 %2 below %3 %4</source>
        <translation>%1 %2 por debajo de %3 %4</translation>
    </message>
    <message>
        <source>%1 %2 above %3 %4</source>
        <translation>%1 %2 por encima de %3 %4</translation>
    </message>
    <message>
        <source>Genesys details data has no jitter in ms</source>
        <translation>Los datos detallados de Genesys no incluyen jitter en ms</translation>
    </message>
    <message>
        <source>pending (%1), last attempt: %2</source>
        <translation>pendiente (%1), último intento: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>pending (%1)</source>
        <translation>pendiente (%1)</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>entregado %1</translation>
    </message>
    <message>
        <source>held back by a silence</source>
        <translation>retenido por un silencio</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>recuperado</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>sin tráfico</translation>
    </message>
    <message>
        <source>resolved by an operator</source>
        <translation>resuelto por un operador</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>jitter</source>
        <translation>jitter</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latencia</translation>
    </message>
    <message>
        <source>discards</source>
        <translation>descartes</translation>
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
        <translation>alertado con su tormenta</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Acknowledged in PagerDuty by %1 at %2</source>
        <translation>Reconocido en PagerDuty por %1 a las %2</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty by %1 at %2, still degraded</source>
        <translation>Resuelto en PagerDuty por %1 a las %2, sigue degradado</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty by %1 at %2</source>
        <translation>Resuelto en PagerDuty por %1 a las %2</translation>
    </message>
    <message>
        <source>%1: acknowledged in PagerDuty by %2</source>
        <translation>%1: reconocido en PagerDuty por %2</translation>
    </message>
    <message>
        <source>%1: resolved in PagerDuty by %2, still degraded; not paged again until it recovers</source>
        <translation>%1: resuelto en PagerDuty por %2, sigue degradado; no se vuelve a avisar hasta que se recupere</translation>
    </message>
    <message>
        <source>%1: resolved in PagerDuty by %2</source>
        <translation>%1: resuelto en PagerDuty por %2</translation>
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
        <translation>falló la consulta de la ventana %1: %2</translation>
    </message>
    <message>
        <source>listing the queues failed: %1</source>
        <translation>falló el listado de las colas: %1</translation>
    </message>
    <message>
        <source>monitored queue %1 is not visible to this OAuth client: a wrong id, or its role lacks Routing &gt; Queue &gt; View for the queue's division</source>
        <translation>la cola supervisada %1 no es visible para este cliente OAuth: un id incorrecto, o a su rol le falta Routing &gt; Queue &gt; View para la división de la cola</translation>
    </message>
    <message>
        <source>Genesys Cloud check failed: %1
</source>
        <translation>Falló la comprobación de Genesys Cloud: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. %n queue(s) visible.
</source>
        <translation>
            <numerusform>Autenticado. %n cola visible.
</numerusform>
            <numerusform>Autenticado. %n colas visibles.
</numerusform>
        </translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>problema: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Window %1: %n queue(s) with calls.
</source>
        <translation>
            <numerusform>Ventana %1: %n cola con llamadas.
</numerusform>
            <numerusform>Ventana %1: %n colas con llamadas.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>MOS mean</source>
        <translation>MOS medio</translation>
    </message>
    <message>
        <source>MOS min</source>
        <translation>MOS mín.</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Pérdida %</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Queue id</source>
        <translation>Id. de cola</translation>
    </message>
    <message>
        <source>note: Genesys' conversation details carry no jitter in ms; loss is (discarded + invalid) / received packets.
</source>
        <translation>nota: los detalles de conversación de Genesys no incluyen jitter en ms; la pérdida es (descartados + no válidos) / paquetes recibidos.
</translation>
    </message>
</context>
<context>
    <name>GenesysParsers</name>
    <message>
        <source>a conversation has no conversationId</source>
        <translation>una conversación no tiene conversationId</translation>
    </message>
    <message>
        <source>conversation %1 has no valid conversationStart</source>
        <translation>la conversación %1 no tiene un conversationStart válido</translation>
    </message>
    <message>
        <source>conversation %1: participants is not a list</source>
        <translation>conversación %1: participants no es una lista</translation>
    </message>
    <message>
        <source>conversation %1: a packet counter is not a whole number</source>
        <translation>conversación %1: un contador de paquetes no es un número entero</translation>
    </message>
    <message>
        <source>details query: %1</source>
        <translation>consulta de detalles: %1</translation>
    </message>
    <message>
        <source>details query: the answer is not a JSON object</source>
        <translation>consulta de detalles: la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>details query: "conversations" is not a list</source>
        <translation>consulta de detalles: «conversations» no es una lista</translation>
    </message>
    <message>
        <source>a conversation is not an object</source>
        <translation>una conversación no es un objeto</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formado en el byte %1: %2</translation>
    </message>
    <message>
        <source>quality summary: %1</source>
        <translation>resumen de calidad: %1</translation>
    </message>
    <message>
        <source>quality summary: "results" is not a list</source>
        <translation>resumen de calidad: «results» no es una lista</translation>
    </message>
    <message>
        <source>quality summary: a result has no queueId</source>
        <translation>resumen de calidad: un resultado no tiene queueId</translation>
    </message>
    <message>
        <source>quality summary: %1 answers for another interval; ignored</source>
        <translation>resumen de calidad: %1 responde para otro intervalo; se ignora</translation>
    </message>
    <message>
        <source>quality summary: %1 has metrics of the wrong type</source>
        <translation>resumen de calidad: %1 tiene métricas de tipo incorrecto</translation>
    </message>
    <message>
        <source>quality summary: %1 has no valid conversationCount</source>
        <translation>resumen de calidad: %1 no tiene un conversationCount válido</translation>
    </message>
    <message>
        <source>quality summary: %1 has invalid %2; no sample for it</source>
        <translation>resumen de calidad: %1 tiene %2 no válido; sin muestra para ella</translation>
    </message>
    <message>
        <source>token answer: %1</source>
        <translation>respuesta del token: %1</translation>
    </message>
    <message>
        <source>token answer is not a JSON object</source>
        <translation>la respuesta del token no es un objeto JSON</translation>
    </message>
    <message>
        <source>token answer has no access_token</source>
        <translation>la respuesta del token no tiene access_token</translation>
    </message>
    <message>
        <source>token answer has token_type "%1", expected bearer</source>
        <translation>la respuesta del token tiene token_type «%1», se esperaba bearer</translation>
    </message>
    <message>
        <source>token answer has no positive expires_in</source>
        <translation>la respuesta del token no tiene un expires_in positivo</translation>
    </message>
    <message>
        <source>queue list: %1</source>
        <translation>lista de colas: %1</translation>
    </message>
    <message>
        <source>queue list: unexpected shape</source>
        <translation>lista de colas: estructura inesperada</translation>
    </message>
</context>
<context>
    <name>GenesysSettings</name>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 no está definida.</translation>
    </message>
    <message>
        <source>the Genesys Cloud login URL</source>
        <translation>la URL de inicio de sesión de Genesys Cloud</translation>
    </message>
    <message>
        <source>the Genesys Cloud API URL</source>
        <translation>la URL de la API de Genesys Cloud</translation>
    </message>
    <message>
        <source>The OAuth client id is empty.</source>
        <translation>El id. del cliente OAuth está vacío.</translation>
    </message>
    <message>
        <source>The OAuth client secret is empty.</source>
        <translation>El secreto del cliente OAuth está vacío.</translation>
    </message>
    <message>
        <source>The window length must divide a day evenly (300 s is Genesys' five minutes); got %1 s.</source>
        <translation>La duración de la ventana debe dividir un día exactamente (300 s son los cinco minutos de Genesys); recibido: %1 s.</translation>
    </message>
    <message>
        <source>A window shorter than 300 s is only accepted when every endpoint is loopback (tests and demo); got %1 s.</source>
        <translation>Una ventana de menos de 300 s solo se acepta si todos los endpoints son de loopback (pruebas y demo); recibido: %1 s.</translation>
    </message>
    <message>
        <source>The quality summary source serves FIVE_MINUTES windows only: the window must be 300 s; got %1 s.</source>
        <translation>La fuente «resumen de calidad» solo sirve ventanas FIVE_MINUTES: la ventana debe ser de 300 s; recibido: %1 s.</translation>
    </message>
    <message>
        <source>The ingest lag cannot be negative; got %1 s.</source>
        <translation>El retraso de ingesta no puede ser negativo; recibido: %1 s.</translation>
    </message>
    <message>
        <source>The request timeout must be at least 1000 ms; got %1 ms.</source>
        <translation>El tiempo de espera de las solicitudes debe ser de al menos 1000 ms; recibido: %1 ms.</translation>
    </message>
    <message>
        <source>The response size cap must be at least 64 KiB; got %1 bytes.</source>
        <translation>El límite de tamaño de respuesta debe ser de al menos 64 KiB; recibido: %1 bytes.</translation>
    </message>
    <message>
        <source>The retries per window cannot be negative; got %1.</source>
        <translation>Los reintentos por ventana no pueden ser negativos; recibido: %1.</translation>
    </message>
    <message>
        <source>The back-fill cap must be at least 1 window; got %1.</source>
        <translation>El límite de recuperación debe ser de al menos 1 ventana; recibido: %1.</translation>
    </message>
    <message>
        <source>The MOS warning line must be between 1 and 5; got %1.</source>
        <translation>El umbral de advertencia de MOS debe estar entre 1 y 5; recibido: %1.</translation>
    </message>
    <message>
        <source>A monitored queue id is empty or has surrounding spaces: "%1".</source>
        <translation>Un id. de cola supervisada está vacío o tiene espacios alrededor: «%1».</translation>
    </message>
    <message>
        <source>The monitored queue id %1 is listed twice.</source>
        <translation>El id. de cola supervisada %1 aparece dos veces.</translation>
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
        <translation>error: se requiere --config ARCHIVO
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>advertencia: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>error: %1
</translation>
    </message>
    <message>
        <source>Genesys Cloud client %1 (secret %2), from %3
</source>
        <translation>Cliente de Genesys Cloud %1 (secreto %2), desde %3
</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>el entorno</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>error: the PagerDuty integration key %1 is not 32 letters and digits: verify the integration key
</source>
        <translation>error: la clave de integración de PagerDuty %1 no tiene 32 letras y dígitos: verifique la clave de integración
</translation>
    </message>
    <message>
        <source>PagerDuty integration key %1
</source>
        <translation>Clave de integración de PagerDuty %1
</translation>
    </message>
    <message>
        <source>Genesys Cloud: %1 (source: %2, window %3 s, lag %4 s)
</source>
        <translation>Genesys Cloud: %1 (fuente: %2, ventana %3 s, retraso %4 s)
</translation>
    </message>
    <message>
        <source>PagerDuty: %1
Database: %2
</source>
        <translation>PagerDuty: %1
Base de datos: %2
</translation>
    </message>
    <message>
        <source>Configuration OK.
</source>
        <translation>Configuración correcta.
</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.
</source>
        <translation>
            <numerusform>%n problema encontrado.
</numerusform>
            <numerusform>%n problemas encontrados.
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
        <translation>Métricas: desactivadas
</translation>
    </message>
    <message>
        <source>Metrics: http://%1/metrics
</source>
        <translation>Métricas: http://%1/metrics
</translation>
    </message>
    <message>
        <source>Metrics: http://%1/metrics (not loopback: other machines can read it)
</source>
        <translation>Métricas: http://%1/metrics (no es loopback: otras máquinas pueden leerlas)
</translation>
    </message>
    <message>
        <source>earshot: standing by: %1; polling starts here when it stops
</source>
        <translation>earshot: en espera: %1; la consulta empieza aquí cuando se detenga
</translation>
    </message>
    <message>
        <source>earshot: taking over: this Earshot polls the database now
</source>
        <translation>earshot: relevo: este Earshot consulta ahora para la base de datos
</translation>
    </message>
    <message>
        <source>earshot: another Earshot took over polling
</source>
        <translation>earshot: otro Earshot ha tomado el relevo de la consulta
</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <source>Triggered (%1)</source>
        <translation>Disparado (%1)</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Escalado a %1</translation>
    </message>
    <message>
        <source>Eased to %1</source>
        <translation>Atenuado a %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Reconocido por %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Resuelto por %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>%1  Delivered to PagerDuty</source>
        <translation>%1  Entregado a PagerDuty</translation>
    </message>
    <message>
        <source>%1  Not delivered: %2</source>
        <translation>%1  No entregado: %2</translation>
    </message>
    <message>
        <source>recorded, not paged</source>
        <translation>registrado, no avisado</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Breached: %1</source>
        <translation>Umbral superado: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>PagerDuty: %1</source>
        <translation>PagerDuty: %1</translation>
    </message>
    <message>
        <source>Dedup key: %1</source>
        <translation>Clave de deduplicación: %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>(nothing recorded yet)</source>
        <translation>(aún no hay nada registrado)</translation>
    </message>
    <message>
        <source>%1  Joined the storm: %2</source>
        <translation>%1  Se unieron a la tormenta: %2</translation>
    </message>
    <message>
        <source>paged with its storm group</source>
        <translation>alertado con su grupo de tormenta</translation>
    </message>
    <message numerus="yes">
        <source>Storm of %n queue(s), %1 still degraded: %2</source>
        <translation>
            <numerusform>Tormenta de %n cola, %1 aún degradada(s): %2</numerusform>
            <numerusform>Tormenta de %n colas, %1 aún degradada(s): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paged as part of the storm %1</source>
        <translation>Alertado como parte de la tormenta %1</translation>
    </message>
    <message>
        <source>%1  Acknowledged in PagerDuty by %2</source>
        <translation>%1  Reconocido en PagerDuty por %2</translation>
    </message>
    <message>
        <source>%1  Resolved in PagerDuty by %2</source>
        <translation>%1  Resuelto en PagerDuty por %2</translation>
    </message>
    <message>
        <source>PagerDuty incident: %1</source>
        <translation>Incidente de PagerDuty: %1</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>no se puede crear el archivo de bloqueo %1: permiso denegado</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (does its folder exist?)</source>
        <translation>no se puede crear el archivo de bloqueo %1 (¿existe su carpeta?)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>%1: "%2" is not an address and port such as 127.0.0.1:9464, [::1]:9464 or 0.0.0.0:9464.</source>
        <translation>%1: «%2» no es una dirección y puerto como 127.0.0.1:9464, [::1]:9464 o 0.0.0.0:9464.</translation>
    </message>
    <message>
        <source>%1: the port of "%2" must be a number from 1 to 65535.</source>
        <translation>%1: el puerto de «%2» debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>%1: "%2" is not an IP address (write the address to listen on, not a host name).</source>
        <translation>%1: «%2» no es una dirección IP (escriba la dirección en la que escuchar, no un nombre de host).</translation>
    </message>
</context>
<context>
    <name>PipelineConfig</name>
    <message>
        <source>no Genesys Cloud credentials: set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET, or enter them in Settings</source>
        <translation>no hay credenciales de Genesys Cloud: defina GENESYS_CLIENT_ID y GENESYS_CLIENT_SECRET, o introdúzcalas en Ajustes</translation>
    </message>
</context>
<context>
    <name>QueueCondition</name>
    <message>
        <source>%1 · last data %2</source>
        <translation>%1 · últimos datos %2</translation>
    </message>
    <message>
        <source>%1 episode open</source>
        <translation>episodio abierto (%1)</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 ahora</translation>
    </message>
    <message>
        <source>%1 episode open, clearing %2/%3</source>
        <translation>episodio abierto (%1), cerrándose %2/%3</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>silenciada hasta %1</translation>
    </message>
    <message>
        <source>resolved in PagerDuty, still degraded</source>
        <translation>resuelto en PagerDuty, sigue degradado</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>US East</source>
        <translation>EE. UU. Este</translation>
    </message>
    <message>
        <source>US East 2 (FedRAMP)</source>
        <translation>EE. UU. Este 2 (FedRAMP)</translation>
    </message>
    <message>
        <source>US West</source>
        <translation>EE. UU. Oeste</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>São Paulo</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublín</translation>
    </message>
    <message>
        <source>London</source>
        <translation>Londres</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>Fráncfort</translation>
    </message>
    <message>
        <source>Zurich</source>
        <translation>Zúrich</translation>
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
        <translation>Tokio</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>Seúl</translation>
    </message>
    <message>
        <source>Osaka</source>
        <translation>Osaka</translation>
    </message>
    <message>
        <source>Sydney</source>
        <translation>Sídney</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>EU sovereign cloud</source>
        <translation>Nube soberana de la UE</translation>
    </message>
    <message>
        <source>login_url and api_url go together: set both or neither.</source>
        <translation>login_url y api_url van juntas: defina ambas o ninguna.</translation>
    </message>
    <message>
        <source>"%1" is neither a Genesys Cloud region nor a domain.</source>
        <translation>«%1» no es una región de Genesys Cloud ni un dominio.</translation>
    </message>
</context>
<context>
    <name>RestKeyCheck</name>
    <message>
        <source>REST key works</source>
        <translation>La clave REST funciona</translation>
    </message>
    <message>
        <source>could not check the key: %1</source>
        <translation>no se pudo comprobar la clave: %1</translation>
    </message>
    <message>
        <source>rejected (401): PagerDuty does not accept this REST API key</source>
        <translation>rechazada (401): PagerDuty no acepta esta clave de la API REST</translation>
    </message>
    <message>
        <source>rejected (403): the key may not read incidents</source>
        <translation>rechazada (403): la clave no puede leer incidentes</translation>
    </message>
    <message>
        <source>PagerDuty is rate limiting (429): try again in a minute</source>
        <translation>PagerDuty está limitando las solicitudes (429): inténtelo de nuevo en un minuto</translation>
    </message>
    <message>
        <source>could not check the key: HTTP %1</source>
        <translation>no se pudo comprobar la clave: HTTP %1</translation>
    </message>
    <message>
        <source>no REST API key to test</source>
        <translation>no hay ninguna clave de la API REST que probar</translation>
    </message>
</context>
<context>
    <name>RestParsers</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>the answer has no "%1" list</source>
        <translation>la respuesta no tiene una lista "%1"</translation>
    </message>
</context>
<context>
    <name>RoutingKeyProvider</name>
    <message>
        <source>no PagerDuty integration key: set PAGERDUTY_INTEGRATION_KEY or enter it in Settings</source>
        <translation>no hay clave de integración de PagerDuty: defina PAGERDUTY_INTEGRATION_KEY o introdúzcala en Ajustes</translation>
    </message>
    <message>
        <source>the key is set by PAGERDUTY_INTEGRATION_KEY and cannot be changed here</source>
        <translation>la clave la define PAGERDUTY_INTEGRATION_KEY y no se puede cambiar aquí</translation>
    </message>
    <message>
        <source>an integration key is 32 letters and digits: verify the integration key</source>
        <translation>una clave de integración tiene 32 letras y dígitos: verifique la clave de integración</translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation>no hay llavero disponible</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>A custom region needs both a login URL and an API URL.</source>
        <translation>Una región personalizada necesita una URL de inicio de sesión y una URL de API.</translation>
    </message>
    <message>
        <source>The window must be between 1 and 60 minutes and divide a day evenly.</source>
        <translation>La ventana debe durar entre 1 y 60 minutos y dividir un día exactamente.</translation>
    </message>
    <message>
        <source>The ingest lag must be between 0 and 3600 seconds.</source>
        <translation>El retraso de ingesta debe estar entre 0 y 3600 segundos.</translation>
    </message>
</context>
<context>
    <name>SilenceChoices</name>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>Until tomorrow 08:00</source>
        <translation>Hasta mañana a las 08:00</translation>
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
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>Sin sondeo</translation>
    </message>
    <message>
        <source>Polling OK</source>
        <translation>Sondeo OK</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de peticiones</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Genesys API error</source>
        <translation>Error de la API de Genesys</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>PagerDuty: up to date</source>
        <translation>PagerDuty: al día</translation>
    </message>
    <message>
        <source>PagerDuty: delivering</source>
        <translation>PagerDuty: entregando</translation>
    </message>
    <message>
        <source>PagerDuty: retrying</source>
        <translation>PagerDuty: reintentando</translation>
    </message>
    <message>
        <source>PagerDuty: paused</source>
        <translation>PagerDuty: en pausa</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Pérdida de paquetes</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>Jitter-buffer discards</source>
        <translation>Descartes del búfer de jitter</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Sin llamadas</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Waiting for the first window</source>
        <translation>Esperando la primera ventana</translation>
    </message>
    <message>
        <source>Signing in to Genesys Cloud</source>
        <translation>Iniciando sesión en Genesys Cloud</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>Límite de tasa hasta %1</translation>
    </message>
    <message>
        <source>Sign-in failed: check the client id, secret and role</source>
        <translation>Error de inicio de sesión: compruebe el id de cliente, el secreto y el rol</translation>
    </message>
    <message>
        <source>Genesys API error: %1</source>
        <translation>Error de la API de Genesys: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>PagerDuty: no integration key — nothing can be paged</source>
        <translation>PagerDuty: sin clave de integración — no se puede avisar nada</translation>
    </message>
    <message>
        <source>PagerDuty: integration key rejected — paging paused</source>
        <translation>PagerDuty: clave de integración rechazada — avisos en pausa</translation>
    </message>
    <message>
        <source>PagerDuty unreachable — retrying at %1</source>
        <translation>PagerDuty inaccesible — nuevo intento a las %1</translation>
    </message>
    <message>
        <source>PagerDuty unreachable — retrying</source>
        <translation>PagerDuty inaccesible — se reintentará</translation>
    </message>
    <message>
        <source>PagerDuty: all events delivered</source>
        <translation>PagerDuty: todos los eventos entregados</translation>
    </message>
    <message>
        <source>PagerDuty: events waiting</source>
        <translation>PagerDuty: eventos en espera</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait in the outbox.</source>
        <translation>
            <numerusform>%n evento espera en la bandeja de salida.</numerusform>
            <numerusform>%n eventos esperan en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PagerDuty integration key: nothing will be paged. Set the key in File &gt; Settings.</source>
        <translation>Sin clave de integración de PagerDuty: no se avisará nada. Configure la clave en Archivo &gt; Configuración.</translation>
    </message>
    <message>
        <source>PagerDuty rejected the integration key: paging is paused until the key is corrected in File &gt; Settings.</source>
        <translation>PagerDuty rechazó la clave de integración: los avisos están en pausa hasta corregir la clave en Archivo &gt; Configuración.</translation>
    </message>
    <message>
        <source>PagerDuty cannot be reached: events are kept and retried.</source>
        <translation>No se puede contactar con PagerDuty: los eventos se conservan y se reintentan.</translation>
    </message>
    <message>
        <source>Watchdog off</source>
        <translation>Watchdog desactivado</translation>
    </message>
    <message>
        <source>Watchdog OK</source>
        <translation>Watchdog OK</translation>
    </message>
    <message numerus="yes">
        <source>Watchdog: no data for %n window(s) of %1</source>
        <translation>
            <numerusform>Watchdog: sin datos desde hace %n ventana de %1</numerusform>
            <numerusform>Watchdog: sin datos desde hace %n ventanas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Watchdog paged: no data (%1)</source>
        <translation>El watchdog alertó: sin datos (%1)</translation>
    </message>
    <message>
        <source>heartbeat failed: %1</source>
        <translation>falló el heartbeat: %1</translation>
    </message>
    <message>
        <source>off: no PagerDuty REST API key (optional; set PAGERDUTY_API_TOKEN or enter it in Settings)</source>
        <translation>desactivado: no hay clave de la API REST de PagerDuty (opcional; defina PAGERDUTY_API_TOKEN o introdúzcala en Configuración)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message numerus="yes">
        <source>following %n PagerDuty incident(s)</source>
        <translation>
            <numerusform>siguiendo %n incidente de PagerDuty</numerusform>
            <numerusform>siguiendo %n incidentes de PagerDuty</numerusform>
        </translation>
    </message>
    <message>
        <source>the PagerDuty REST API key was refused</source>
        <translation>la clave de la API REST de PagerDuty fue rechazada</translation>
    </message>
    <message>
        <source>rate limited by PagerDuty until %1</source>
        <translation>limitado por PagerDuty hasta las %1</translation>
    </message>
    <message>
        <source>following PagerDuty failed; trying again</source>
        <translation>el seguimiento de PagerDuty falló; se reintentará</translation>
    </message>
    <message>
        <source>Watchdog cannot page (the database cannot be written): %1</source>
        <translation>El watchdog no puede alertar (no se puede escribir en la base de datos): %1</translation>
    </message>
    <message>
        <source>Shared database: this console polls</source>
        <translation>Base de datos compartida: esta consola consulta</translation>
    </message>
    <message>
        <source>Shared database: no console polls</source>
        <translation>Base de datos compartida: ninguna consola consulta</translation>
    </message>
    <message>
        <source>Shared database: viewing, %1 polls</source>
        <translation>Base de datos compartida: en vista, %1 consulta</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting for the polling console</source>
        <translation>
            <numerusform>%n acción en espera de la consola que consulta</numerusform>
            <numerusform>%n acciones en espera de la consola que consulta</numerusform>
        </translation>
    </message>
    <message>
        <source>This console polls Genesys Cloud and pages PagerDuty for every console on %1; the others view it.</source>
        <translation>Esta consola consulta Genesys Cloud y avisa a PagerDuty por todas las consolas de %1; las demás la ven.</translation>
    </message>
    <message>
        <source>No console polls %1: nothing is polled or paged. This console takes over within a minute.</source>
        <translation>Ninguna consola consulta %1: no se consulta ni se avisa nada. Esta consola toma el relevo en menos de un minuto.</translation>
    </message>
    <message>
        <source>No console polls %1: nothing is polled or paged. Start an Earshot with --role auto or leader.</source>
        <translation>Ninguna consola consulta %1: no se consulta ni se avisa nada. Inicie un Earshot con --role auto o leader.</translation>
    </message>
    <message>
        <source>%1 polls %2; this console shows what it stores, and its actions are carried out there.</source>
        <translation>%1 consulta %2; esta consola muestra lo que guarda, y sus acciones se ejecutan allí.</translation>
    </message>
</context>
<context>
    <name>StormGrouper</name>
    <message>
        <source>[alerting] storm_queues must be 0 (off) or at least %2 (one queue is an incident, not a storm); got %1.</source>
        <translation>[alerting] storm_queues debe ser 0 (desactivado) o al menos %2 (una cola es un incidente, no una tormenta); se recibió %1.</translation>
    </message>
    <message>
        <source>[alerting] storm_percent must be between 0 (off) and 100; got %1.</source>
        <translation>[alerting] storm_percent debe estar entre 0 (desactivado) y 100; se recibió %1.</translation>
    </message>
    <message>
        <source>The saved storm group is damaged.</source>
        <translation>El grupo de tormenta guardado está dañado.</translation>
    </message>
</context>
<context>
    <name>StormRecords</name>
    <message numerus="yes">
        <source>storm %1: %2, %n queue(s)</source>
        <translation>
            <numerusform>tormenta %1: %2, %n cola</numerusform>
            <numerusform>tormenta %1: %2, %n colas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarySource</name>
    <message>
        <source>GET /api/v2/analytics/quality/summary for %1: %2</source>
        <translation>GET /api/v2/analytics/quality/summary para %1: %2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>%1 is not a valid URL: "%2"</source>
        <translation>%1 no es una URL válida: «%2»</translation>
    </message>
    <message>
        <source>%1 must use https:// (http:// is only accepted for loopback hosts): "%2"</source>
        <translation>%1 debe usar https:// (http:// solo se acepta para hosts de loopback): «%2»</translation>
    </message>
    <message>
        <source>%1 must be an https:// URL: "%2"</source>
        <translation>%1 debe ser una URL https://: «%2»</translation>
    </message>
</context>
<context>
    <name>WallBoard</name>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n crítica</numerusform>
            <numerusform>%n críticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n obsoleta</numerusform>
            <numerusform>%n obsoletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no data</source>
        <translation>
            <numerusform>%n sin datos</numerusform>
            <numerusform>%n sin datos</numerusform>
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
            <numerusform>%n sin llamadas</numerusform>
            <numerusform>%n sin llamadas</numerusform>
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
        <translation>base de datos: %1</translation>
    </message>
    <message>
        <source>no new window for %1</source>
        <translation>ninguna ventana nueva desde hace %1</translation>
    </message>
    <message>
        <source>NO DATA YET — waiting for the first window</source>
        <translation>AÚN SIN DATOS — esperando la primera ventana</translation>
    </message>
    <message>
        <source>NO DATA — %1</source>
        <translation>SIN DATOS — %1</translation>
    </message>
    <message>
        <source>DATA IS STALE — last good data %1 (%2)</source>
        <translation>DATOS OBSOLETOS — últimos datos buenos %1 (%2)</translation>
    </message>
    <message>
        <source>PAGING IS BROKEN — no PagerDuty integration key</source>
        <translation>AVISOS CAÍDOS — no hay clave de integración de PagerDuty</translation>
    </message>
    <message numerus="yes">
        <source>PAGING IS BROKEN — %1 (%n event(s) waiting)</source>
        <translation>
            <numerusform>AVISOS CAÍDOS — %1 (%n evento en espera)</numerusform>
            <numerusform>AVISOS CAÍDOS — %1 (%n eventos en espera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PAGING IS BROKEN — PagerDuty refused %n event(s)</source>
        <translation>
            <numerusform>AVISOS CAÍDOS — PagerDuty rechazó %n evento</numerusform>
            <numerusform>AVISOS CAÍDOS — PagerDuty rechazó %n eventos</numerusform>
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
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>OBSOLETO</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>SIN DATOS</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>NO CALLS</source>
        <translation>SIN LLAMADAS</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <source>Loss %1 %</source>
        <translation>Pérdida %1 %</translation>
    </message>
    <message>
        <source>Loss %1</source>
        <translation>Pérdida %1</translation>
    </message>
    <message>
        <source>Jitter %1 ms</source>
        <translation>Jitter %1 ms</translation>
    </message>
    <message>
        <source>Jitter n/a</source>
        <translation>Jitter n/d</translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation>Llamadas %1</translation>
    </message>
    <message>
        <source>%1 · ACK by %2</source>
        <translation>%1 · confirmado por %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 desde hace %2</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>silenciada hasta %1</translation>
    </message>
    <message>
        <source>Too few calls to judge</source>
        <translation>Muy pocas llamadas para juzgar</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Aún sin datos</translation>
    </message>
    <message>
        <source>Resolved in PagerDuty</source>
        <translation>Resuelto en PagerDuty</translation>
    </message>
    <message>
        <source>Resolved in PD by %1</source>
        <translation>Resuelto en PD por %1</translation>
    </message>
    <message>
        <source>Still degraded for %1</source>
        <translation>Sigue degradado desde hace %1</translation>
    </message>
</context>
<context>
    <name>earshot::ActivationServer</name>
    <message>
        <source>cannot listen for other Earshot instances on %1: %2</source>
        <translation>no se puede escuchar a otras instancias de Earshot en %1: %2</translation>
    </message>
</context>
<context>
    <name>earshot::CountEditor</name>
    <message>
        <source>Override</source>
        <translation>Valor propio</translation>
    </message>
</context>
<context>
    <name>earshot::DemoEnvironment</name>
    <message>
        <source>the demo's Genesys simulator could not listen</source>
        <translation>el simulador de Genesys de la demo no pudo escuchar</translation>
    </message>
    <message>
        <source>the demo's PagerDuty simulator could not listen</source>
        <translation>el simulador de PagerDuty de la demo no pudo escuchar</translation>
    </message>
</context>
<context>
    <name>earshot::DetailsSource</name>
    <message>
        <source>window too large: %1 has more than 100,000 voice conversations, the most the details query can page through</source>
        <translation>ventana demasiado grande: %1 tiene más de 100.000 conversaciones de voz, el máximo que la consulta de detalles puede paginar</translation>
    </message>
    <message>
        <source>POST /api/v2/analytics/conversations/details/query, page %1 of %2: %3</source>
        <translation>POST /api/v2/analytics/conversations/details/query, página %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n malformed conversation(s) skipped (%2)</source>
        <translation>
            <numerusform>página %1: %n conversación mal formada omitida (%2)</numerusform>
            <numerusform>página %1: %n conversaciones mal formadas omitidas (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::GenesysApiClient</name>
    <message>
        <source>%1: HTTP 429 too many requests</source>
        <translation>%1: HTTP 429 demasiadas solicitudes</translation>
    </message>
    <message>
        <source> (a fresh token was refused too: check the OAuth client and its role)</source>
        <translation> (también se rechazó un token nuevo: revise el cliente OAuth y su rol)</translation>
    </message>
    <message>
        <source> (the OAuth client's role lacks a permission: Analytics &gt; Conversation Detail &gt; View, Routing &gt; Queue &gt; View)</source>
        <translation> (al rol del cliente OAuth le falta un permiso: Analytics &gt; Conversation Detail &gt; View, Routing &gt; Queue &gt; View)</translation>
    </message>
    <message>
        <source> (gave up: this window's retries are spent)</source>
        <translation> (abandonado: se agotaron los reintentos de esta ventana)</translation>
    </message>
    <message>
        <source> (gave up: the server asks to wait %1 s)</source>
        <translation> (abandonado: el servidor pide esperar %1 s)</translation>
    </message>
    <message>
        <source> (gave up after %1 retries)</source>
        <translation> (abandonado tras %1 reintentos)</translation>
    </message>
</context>
<context>
    <name>earshot::GuiSession</name>
    <message>
        <source>Earshot demo</source>
        <translation>Demo de Earshot</translation>
    </message>
    <message>
        <source>Earshot — demo (simulated Genesys Cloud and PagerDuty)</source>
        <translation>Earshot — demo (Genesys Cloud y PagerDuty simulados)</translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>The configuration %1 has problems:
%2</source>
        <translation>La configuración %1 tiene problemas:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n queue(s) visible.</source>
        <translation>
            <numerusform>Conectado: %n cola visible.</numerusform>
            <numerusform>Conectado: %n colas visibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>An integration key is 32 letters and digits: verify the integration key.</source>
        <translation>Una clave de integración tiene 32 letras y dígitos: verifique la clave de integración.</translation>
    </message>
    <message>
        <source>Test PagerDuty</source>
        <translation>Probar PagerDuty</translation>
    </message>
    <message>
        <source>The key looks right. Send a test incident to PagerDuty now and resolve it at once? Whoever is on call may be notified.</source>
        <translation>La clave parece correcta. ¿Enviar ahora un incidente de prueba a PagerDuty y resolverlo de inmediato? Es posible que se avise a quien esté de guardia.</translation>
    </message>
    <message>
        <source>The key has the right form (nothing was sent).</source>
        <translation>La clave tiene el formato correcto (no se envió nada).</translation>
    </message>
    <message>
        <source>Not monitoring: %1 — F11 opens the window to fix it.</source>
        <translation>Sin monitorización: %1 — F11 abre la ventana para corregirlo.</translation>
    </message>
    <message>
        <source>nothing is configured yet</source>
        <translation>aún no hay nada configurado</translation>
    </message>
    <message>
        <source>%1
Monitoring and paging go on without the metrics endpoint; fix [metrics] listen in %2 and restart Earshot.</source>
        <translation>%1
La supervisión y los avisos continúan sin el punto de acceso de métricas; corrija [metrics] listen en %2 y reinicie Earshot.</translation>
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
        <translation>la URL del heartbeat</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>heartbeat failed: %1</source>
        <translation>falló el heartbeat: %1</translation>
    </message>
</context>
<context>
    <name>earshot::HttpJob</name>
    <message>
        <source>%1: the answer is larger than %2 MiB; refused.</source>
        <translation>%1: la respuesta supera %2 MiB; rechazada.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s (timed out).</source>
        <translation>%1: sin respuesta en %2 s (tiempo agotado).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off (%2).</source>
        <translation>%1: la respuesta se cortó (%2).</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s (deadline for the whole request).</source>
        <translation>%1: ninguna respuesta completa en %2 s (plazo para toda la solicitud).</translation>
    </message>
    <message>
        <source>%1: HTTP %2 redirect to %3, not followed: configure the final URL.</source>
        <translation>%1: redirección HTTP %2 a %3, no seguida: configure la URL final.</translation>
    </message>
    <message>
        <source>(no Location)</source>
        <translation>(sin cabecera Location)</translation>
    </message>
</context>
<context>
    <name>earshot::IncidentFollower</name>
    <message>
        <source>following PagerDuty: %1</source>
        <translation>seguimiento de PagerDuty: %1</translation>
    </message>
    <message>
        <source>PagerDuty REST API: too many requests (HTTP 429); waiting until %1</source>
        <translation>API REST de PagerDuty: demasiadas solicitudes (HTTP 429); esperando hasta las %1</translation>
    </message>
    <message>
        <source>PagerDuty REST API refused the key (HTTP 401): check the REST API key in Settings or PAGERDUTY_API_TOKEN; paging is not affected</source>
        <translation>La API REST de PagerDuty rechazó la clave (HTTP 401): compruebe la clave de la API REST en Configuración o PAGERDUTY_API_TOKEN; los avisos no se ven afectados</translation>
    </message>
    <message>
        <source>PagerDuty REST API: the key may not read incidents (HTTP 403); paging is not affected</source>
        <translation>API REST de PagerDuty: la clave no puede leer incidentes (HTTP 403); los avisos no se ven afectados</translation>
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
        <translation>Reconocido por %1</translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation>Resuelto el %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Resuelto por %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Último evento: %1</translation>
    </message>
    <message>
        <source>A silence held the page back; PagerDuty has not been told.</source>
        <translation>Un silencio retuvo el aviso; PagerDuty no ha sido informado.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Umbral superado</translation>
    </message>
    <message numerus="yes">
        <source>Storm: %n queue(s)</source>
        <translation>
            <numerusform>Tormenta: %n cola</numerusform>
            <numerusform>Tormenta: %n colas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still degraded</source>
        <translation>
            <numerusform>%n aún degradada</numerusform>
            <numerusform>%n aún degradadas</numerusform>
        </translation>
    </message>
    <message>
        <source>in storm</source>
        <translation>en tormenta</translation>
    </message>
    <message>
        <source>One PagerDuty incident for the queues that degraded together:
%1</source>
        <translation>Un único incidente de PagerDuty para las colas que se degradaron juntas:
%1</translation>
    </message>
    <message>
        <source>%1
Paged as part of the storm %2</source>
        <translation>%1
Alertado como parte de la tormenta %2</translation>
    </message>
    <message>
        <source>Not paged again until the episode ends.</source>
        <translation>No se vuelve a avisar hasta que termine el episodio.</translation>
    </message>
    <message>
        <source>PagerDuty incident #%1</source>
        <translation>Incidente de PagerDuty n.º %1</translation>
    </message>
</context>
<context>
    <name>earshot::IncidentsView</name>
    <message>
        <source>Hide resolved</source>
        <translation>Ocultar resueltos</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Reconocer…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>Re&amp;solver…</translation>
    </message>
    <message>
        <source>&amp;Silence queue…</source>
        <translation>&amp;Silenciar cola…</translation>
    </message>
    <message>
        <source>Someone is on it: PagerDuty stops escalating, the incident stays open</source>
        <translation>Alguien se ocupa: PagerDuty deja de escalar y el incidente sigue abierto</translation>
    </message>
    <message>
        <source>Close the incident now; it re-opens only after the queue has been healthy and breaches again</source>
        <translation>Cerrar el incidente ahora; solo se reabre cuando la cola haya estado bien y vuelva a superar un umbral</translation>
    </message>
    <message>
        <source>Stop paging for this queue for a while (maintenance)</source>
        <translation>Dejar de avisar por esta cola durante un tiempo (mantenimiento)</translation>
    </message>
    <message>
        <source>Acknowledge incident</source>
        <translation>Reconocer el incidente</translation>
    </message>
    <message>
        <source>Acknowledge the incident of %1? PagerDuty stops escalating; the incident stays open until the queue recovers.</source>
        <translation>¿Reconocer el incidente de %1? PagerDuty deja de escalar; el incidente sigue abierto hasta que la cola se recupere.</translation>
    </message>
    <message>
        <source>Resolve incident</source>
        <translation>Resolver el incidente</translation>
    </message>
    <message>
        <source>Resolve the incident of %1 now? If the queue is still degraded, a new incident opens only after it has been healthy again.</source>
        <translation>¿Resolver ahora el incidente de %1? Si la cola sigue degradada, solo se abrirá un nuevo incidente después de que vuelva a estar bien.</translation>
    </message>
    <message>
        <source>Silence queue</source>
        <translation>Silenciar cola</translation>
    </message>
    <message>
        <source>Monitoring has not started yet; try again in a moment.</source>
        <translation>La supervisión aún no ha empezado; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Select an incident to see what breached and its timeline.</source>
        <translation>Seleccione un incidente para ver qué umbral se superó y su cronología.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n open incident(s)? PagerDuty stops escalating them; they stay open until their queues recover.</source>
        <translation>
            <numerusform>¿Reconocer %n incidente abierto? PagerDuty deja de escalarlo; sigue abierto hasta que su cola se recupere.</numerusform>
            <numerusform>¿Reconocer %n incidentes abiertos? PagerDuty deja de escalarlos; siguen abiertos hasta que sus colas se recuperen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n incident(s) now? A queue still degraded opens a new incident only after it has been healthy again.</source>
        <translation>
            <numerusform>¿Resolver %n incidente ahora? Una cola aún degradada abre un incidente nuevo solo tras volver a estar sana.</numerusform>
            <numerusform>¿Resolver %n incidentes ahora? Una cola aún degradada abre un incidente nuevo solo tras volver a estar sana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Colas</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>Start &amp;demo mode</source>
        <translation>Iniciar el modo &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Earshot keeps monitoring</source>
        <translation>Earshot sigue supervisando</translation>
    </message>
    <message>
        <source>The window is hidden; paging goes on. Use File &gt; Quit to stop monitoring.</source>
        <translation>La ventana está oculta; los avisos continúan. Use Archivo &gt; Salir para detener la supervisión.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Incidents (%n open)</source>
        <translation>
            <numerusform>&amp;Incidentes (%n abierto)</numerusform>
            <numerusform>&amp;Incidentes (%n abiertos)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find queue</source>
        <translation>&amp;Buscar cola</translation>
    </message>
    <message>
        <source>&amp;Silences…</source>
        <translation>&amp;Silencios…</translation>
    </message>
    <message>
        <source>Quitting stops polling Genesys Cloud and paging PagerDuty.</source>
        <translation>Salir detiene el sondeo de Genesys Cloud y los avisos a PagerDuty.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) open (%1 critical): no escalation or resolve is sent while Earshot is not running.</source>
        <translation>
            <numerusform>%n incidente abierto (%1 crítico): no se envía ninguna escalada ni resolución mientras Earshot no se ejecute.</numerusform>
            <numerusform>%n incidentes abiertos (%1 críticos): no se envía ninguna escalada ni resolución mientras Earshot no se ejecute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait in the outbox and are not delivered until Earshot runs again.</source>
        <translation>
            <numerusform>%n evento espera en la bandeja de salida y no se entrega hasta que Earshot vuelva a ejecutarse.</numerusform>
            <numerusform>%n eventos esperan en la bandeja de salida y no se entregan hasta que Earshot vuelva a ejecutarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>Quit Earshot?</source>
        <translation>¿Salir de Earshot?</translation>
    </message>
    <message>
        <source>Earshot keeps monitoring: use File &gt; Quit to stop polling and paging.</source>
        <translation>Earshot sigue supervisando: Archivo &gt; Salir detiene el sondeo y los avisos.</translation>
    </message>
    <message>
        <source>&amp;Wall display</source>
        <translation>Pantalla &amp;mural</translation>
    </message>
</context>
<context>
    <name>earshot::MetricChart</name>
    <message>
        <source> (preview)</source>
        <translation> (vista previa)</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Advertencia %1</translation>
    </message>
    <message>
        <source>Critical %1</source>
        <translation>Crítico %1</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>Incidentes %1</translation>
    </message>
    <message>
        <source>Preview episodes</source>
        <translation>Episodios de la vista previa</translation>
    </message>
</context>
<context>
    <name>earshot::MetricThresholdEditor</name>
    <message>
        <source>Override</source>
        <translation>Valor propio</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <source>Alert when %1 is %2 these levels</source>
        <translation>Avisar cuando %1 esté %2 estos umbrales</translation>
    </message>
    <message>
        <source>%1 warning level</source>
        <translation>%1: umbral de advertencia</translation>
    </message>
    <message>
        <source>%1 critical level</source>
        <translation>%1: umbral crítico</translation>
    </message>
    <message>
        <source>Use a value of its own for this queue instead of the global one</source>
        <translation>Usar un valor propio para esta cola en lugar del global</translation>
    </message>
</context>
<context>
    <name>earshot::MetricsServer</name>
    <message>
        <source>The metrics endpoint cannot listen on %1: %2</source>
        <translation>El punto de acceso de métricas no puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>earshot::Monitor</name>
    <message>
        <source>no clock</source>
        <translation>no hay reloj</translation>
    </message>
    <message numerus="yes">
        <source>database %1; %n open episode(s) restored; cursor %2</source>
        <translation>
            <numerusform>base de datos %1; %n episodio abierto restaurado; cursor %2</numerusform>
            <numerusform>base de datos %1; %n episodios abiertos restaurados; cursor %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>window %1 not evaluated: %2</source>
        <translation>ventana %1 no evaluada: %2</translation>
    </message>
    <message>
        <source>%1 is not open or is already acknowledged</source>
        <translation>%1 no está abierto o ya está reconocido</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 no está abierto</translation>
    </message>
    <message>
        <source>The silence %1 has already ended.</source>
        <translation>El silencio %1 ya ha terminado.</translation>
    </message>
    <message>
        <source>%1 (and the alert engine could not be put back: %2; restart Earshot)</source>
        <translation>%1 (y el motor de alertas no se pudo restaurar: %2; reinicie Earshot)</translation>
    </message>
    <message>
        <source>data flows again: Earshot's health incident resolves</source>
        <translation>los datos vuelven a llegar: se resuelve el incidente de salud de Earshot</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) degraded together</source>
        <translation>
            <numerusform>%n cola degradada a la vez</numerusform>
            <numerusform>%n colas degradadas a la vez</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be written: %1</source>
        <translation>no se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>no window has been stored</source>
        <translation>no se ha guardado ninguna ventana</translation>
    </message>
    <message numerus="yes">
        <source>watchdog: no good window for %n window(s) (%1); Earshot pages its own incident at %2</source>
        <translation>
            <numerusform>watchdog: ninguna ventana buena desde hace %n ventana (%1); Earshot alerta su propio incidente a las %2</numerusform>
            <numerusform>watchdog: ninguna ventana buena desde hace %n ventanas (%1); Earshot alerta su propio incidente a las %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no good window for %n window(s): paging Earshot's health incident %1 (%2)</source>
        <translation>
            <numerusform>ninguna ventana buena desde hace %n ventana: se envía el incidente de salud de Earshot %1 (%2)</numerusform>
            <numerusform>ninguna ventana buena desde hace %n ventanas: se envía el incidente de salud de Earshot %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>signing in to Genesys Cloud</source>
        <translation>iniciando sesión en Genesys Cloud</translation>
    </message>
    <message>
        <source>rate limited by Genesys Cloud</source>
        <translation>limitado por Genesys Cloud (límite de peticiones)</translation>
    </message>
    <message>
        <source>Genesys Cloud sign-in fails</source>
        <translation>el inicio de sesión en Genesys Cloud falla</translation>
    </message>
    <message>
        <source>Genesys Cloud API errors</source>
        <translation>errores de la API de Genesys Cloud</translation>
    </message>
    <message>
        <source>Genesys Cloud unreachable</source>
        <translation>Genesys Cloud inaccesible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earshot's health incident %1 could not be stored (%2); sending it straight to PagerDuty</source>
        <translation>no se pudo guardar el incidente de salud de Earshot %1 (%2); se envía directamente a PagerDuty</translation>
    </message>
    <message>
        <source>%1 (process %2), leading since %3</source>
        <translation>%1 (proceso %2), líder desde %3</translation>
    </message>
    <message>
        <source>--role viewer needs a shared database ([storage] backend = postgresql): with a database of its own, a console must poll</source>
        <translation>--role viewer necesita una base de datos compartida ([storage] backend = postgresql): con una base propia, una consola debe consultar</translation>
    </message>
    <message>
        <source>this console views a shared database and polls nothing</source>
        <translation>esta consola muestra una base de datos compartida y no consulta nada</translation>
    </message>
    <message>
        <source>no console polls the shared database, so nothing is delivered</source>
        <translation>ninguna consola consulta la base de datos compartida, así que no se entrega nada</translation>
    </message>
    <message>
        <source>taking over: this console polls %1 now</source>
        <translation>relevo tomado: esta consola consulta ahora %1</translation>
    </message>
    <message>
        <source>carried out %1 %2 for %3, asked on %4</source>
        <translation>%1 %2 ejecutado para %3, pedido en %4</translation>
    </message>
    <message>
        <source>refused %1 %2 for %3, asked on %4: %5</source>
        <translation>%1 %2 rechazado para %3, pedido en %4: %5</translation>
    </message>
    <message>
        <source>unknown request "%1"</source>
        <translation>petición desconocida "%1"</translation>
    </message>
</context>
<context>
    <name>earshot::MonitorBinding</name>
    <message>
        <source>The thresholds were not applied.</source>
        <translation>Los umbrales no se aplicaron.</translation>
    </message>
    <message>
        <source>The incident was not acknowledged.</source>
        <translation>El incidente no se reconoció.</translation>
    </message>
    <message>
        <source>The incident was not resolved.</source>
        <translation>El incidente no se resolvió.</translation>
    </message>
    <message>
        <source>The queue was not silenced.</source>
        <translation>La cola no se silenció.</translation>
    </message>
    <message>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <source>The silence was not ended.</source>
        <translation>El silencio no se terminó.</translation>
    </message>
    <message>
        <source>The silence was not changed.</source>
        <translation>El silencio no se modificó.</translation>
    </message>
    <message>
        <source>The polling console could not carry out your action on %1.</source>
        <translation>La consola que consulta no pudo ejecutar su acción sobre %1.</translation>
    </message>
</context>
<context>
    <name>earshot::NoteDialog</name>
    <message>
        <source>Optional note, e.g. "carrier ticket 4711 opened"</source>
        <translation>Nota opcional, p. ej., «abierto el ticket 4711 con el operador»</translation>
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
        <translation>error de autenticación: revise el id. de cliente / secreto / rol (%1%2)</translation>
    </message>
</context>
<context>
    <name>earshot::OutboxDelivery</name>
    <message numerus="yes">
        <source>%n event(s) still wait for PagerDuty: %1</source>
        <translation>
            <numerusform>%n evento sigue esperando a PagerDuty: %1</numerusform>
            <numerusform>%n eventos siguen esperando a PagerDuty: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; still refused after %2 attempts at its smallest</source>
        <translation>%1; sigue rechazado tras %2 intentos en su forma más pequeña</translation>
    </message>
    <message>
        <source>not sent: PagerDuty already has this episode's resolve</source>
        <translation>no enviado: PagerDuty ya tiene la resolución de este episodio</translation>
    </message>
</context>
<context>
    <name>earshot::PagerDutyClient</name>
    <message>
        <source>The integration key was not sent: %1</source>
        <translation>La clave de integración no se envió: %1</translation>
    </message>
    <message>
        <source>HTTP %1 from the events endpoint without PagerDuty's "success": check [pagerduty] events_url; retrying later</source>
        <translation>HTTP %1 del endpoint de eventos sin el «success» de PagerDuty: revise [pagerduty] events_url; se reintentará más tarde</translation>
    </message>
    <message>
        <source>PagerDuty rejected the routing key: verify the integration key (%1)</source>
        <translation>PagerDuty rechazó la clave de enrutamiento: verifique la clave de integración (%1)</translation>
    </message>
    <message>
        <source>PagerDuty refused the event (HTTP %1): %2</source>
        <translation>PagerDuty rechazó el evento (HTTP %1): %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>HTTP 401 from the events endpoint: verify the integration key</source>
        <translation>HTTP 401 del endpoint de eventos: verifique la clave de integración</translation>
    </message>
    <message>
        <source>HTTP 403 from the events endpoint: verify the service is active and accepts events</source>
        <translation>HTTP 403 del endpoint de eventos: verifique que el servicio esté activo y acepte eventos</translation>
    </message>
    <message>
        <source>PagerDuty: too many events for this key (HTTP 429); retrying later</source>
        <translation>PagerDuty: demasiados eventos para esta clave (HTTP 429); se reintentará más tarde</translation>
    </message>
    <message>
        <source>PagerDuty: HTTP %1; retrying later</source>
        <translation>PagerDuty: HTTP %1; se reintentará más tarde</translation>
    </message>
    <message>
        <source>PagerDuty refused the event as too large (HTTP 413)%1</source>
        <translation>PagerDuty rechazó el evento por demasiado grande (HTTP 413)%1</translation>
    </message>
</context>
<context>
    <name>earshot::PagerDutyConnectionTest</name>
    <message>
        <source>Earshot connection test</source>
        <translation>Prueba de conexión de Earshot</translation>
    </message>
    <message>
        <source>The test event could not be built.</source>
        <translation>No se pudo crear el evento de prueba.</translation>
    </message>
    <message>
        <source>PagerDuty accepted a test trigger and its resolve.</source>
        <translation>PagerDuty aceptó una activación de prueba y su resolución.</translation>
    </message>
</context>
<context>
    <name>earshot::Poller</name>
    <message numerus="yes">
        <source>%n missed window(s) from %1 to %2 skipped: older than the back-fill limit of %3 windows</source>
        <translation>
            <numerusform>%n ventana perdida de %1 a %2 omitida: anterior al límite de recuperación de %3 ventanas</numerusform>
            <numerusform>%n ventanas perdidas de %1 a %2 omitidas: anteriores al límite de recuperación de %3 ventanas</numerusform>
        </translation>
    </message>
    <message>
        <source>queue names unavailable (%1); polling with ids</source>
        <translation>nombres de colas no disponibles (%1); se consulta con ids.</translation>
    </message>
    <message>
        <source>%1; retrying at %2</source>
        <translation>%1; reintento a las %2</translation>
    </message>
    <message>
        <source>window %1 failed: %2</source>
        <translation>falló la ventana %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>window %1: %n queue(s) with data</source>
        <translation>
            <numerusform>ventana %1: %n cola con datos</numerusform>
            <numerusform>ventana %1: %n colas con datos</numerusform>
        </translation>
    </message>
    <message>
        <source>window %1 could not be stored; retrying at %2</source>
        <translation>no se pudo guardar la ventana %1; reintento a las %2</translation>
    </message>
    <message>
        <source>window %1 not used: %2</source>
        <translation>ventana %1 no utilizada: %2</translation>
    </message>
    <message numerus="yes">
        <source>this computer's clock is %n minute(s) ahead of Genesys Cloud's: set it right (NTP); no window is used until then</source>
        <translation>
            <numerusform>el reloj de este equipo va %n minuto adelantado respecto a Genesys Cloud: corríjalo (NTP); hasta entonces no se usa ninguna ventana</numerusform>
            <numerusform>el reloj de este equipo va %n minutos adelantado respecto a Genesys Cloud: corríjalo (NTP); hasta entonces no se usa ninguna ventana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer's clock is %n minute(s) behind Genesys Cloud's: set it right (NTP); no window is used until then</source>
        <translation>
            <numerusform>el reloj de este equipo va %n minuto atrasado respecto a Genesys Cloud: corríjalo (NTP); hasta entonces no se usa ninguna ventana</numerusform>
            <numerusform>el reloj de este equipo va %n minutos atrasado respecto a Genesys Cloud: corríjalo (NTP); hasta entonces no se usa ninguna ventana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::QualityChartView</name>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer el zoom</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to zoom out, wheel to zoom, Shift+drag or middle-drag to pan</source>
        <translation>Arrastre para ampliar, clic derecho para reducir, rueda para hacer zoom, Mayús+arrastrar o arrastrar con el botón central para desplazar</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>Select queues on the Queues tab and choose "Chart selected"</source>
        <translation>Seleccione colas en la pestaña «Colas» y elija «Graficar selección»</translation>
    </message>
    <message>
        <source>No jitter in ms from Genesys details: their data has none.
Jitter shows as jitter-buffer discards in packet loss.</source>
        <translation>Sin jitter en ms en los detalles de Genesys: sus datos no lo incluyen.
El jitter aparece como descartes del búfer de jitter en la pérdida de paquetes.</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Sin datos en este intervalo</translation>
    </message>
    <message numerus="yes">
        <source>Preview for %1: %n episode(s) would have opened in the shown history</source>
        <translation>
            <numerusform>Vista previa de %1: se habría abierto %n episodio en el historial mostrado</numerusform>
            <numerusform>Vista previa de %1: se habrían abierto %n episodios en el historial mostrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview over all %1 queues with history: %n episode(s) would have opened in the shown range</source>
        <translation>
            <numerusform>Vista previa de las %1 colas con historial: se habría abierto %n episodio en el periodo mostrado</numerusform>
            <numerusform>Vista previa de las %1 colas con historial: se habrían abierto %n episodios en el periodo mostrado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::QueuePickerList</name>
    <message>
        <source>Search queues</source>
        <translation>Buscar colas</translation>
    </message>
    <message>
        <source>%1 (unknown queue)</source>
        <translation>%1 (cola desconocida)</translation>
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
        <translation>Incidente %1 desde las %2 (se cierra tras suficientes ventanas correctas)</translation>
    </message>
    <message>
        <source>Too few calls in the last window to judge quality</source>
        <translation>Demasiado pocas llamadas en la última ventana para juzgar la calidad</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Pérdida %</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Latency p95 ms</source>
        <translation>Latencia p95 ms</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Last window</source>
        <translation>Última ventana</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (parcial)</translation>
    </message>
    <message>
        <source>Partial window: too many conversations were malformed and skipped; not judged</source>
        <translation>Ventana parcial: demasiadas conversaciones estaban mal formadas y se omitieron; no evaluada</translation>
    </message>
    <message>
        <source>Silenced until %1: new incidents are recorded, not paged</source>
        <translation>Silenciada hasta %1: los incidentes nuevos se registran, no se avisan</translation>
    </message>
    <message>
        <source>Polling has failed: these values are old</source>
        <translation>El sondeo ha fallado: estos valores son antiguos</translation>
    </message>
    <message>
        <source>No window from this queue for more than 2 windows</source>
        <translation>Ninguna ventana de esta cola desde hace más de 2 ventanas</translation>
    </message>
    <message>
        <source>No window from this queue in the newest poll: no calls</source>
        <translation>Ninguna ventana de esta cola en el último sondeo: sin llamadas</translation>
    </message>
</context>
<context>
    <name>earshot::QueueTablePage</name>
    <message>
        <source>Only problems</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>Chart selected</source>
        <translation>Graficar selección</translation>
    </message>
    <message>
        <source>Filter by queue name or id</source>
        <translation>Filtrar por nombre o id. de cola</translation>
    </message>
    <message>
        <source>Show only queues at warning or critical, or with an open incident</source>
        <translation>Mostrar solo colas en advertencia, críticas o con un incidente abierto</translation>
    </message>
    <message>
        <source>Chart the selected queues (the first one's thresholds are drawn)</source>
        <translation>Graficar las colas seleccionadas (se dibujan los umbrales de la primera)</translation>
    </message>
    <message>
        <source>%1 of %2 queues</source>
        <translation>%1 de %2 colas</translation>
    </message>
    <message>
        <source>&amp;Silence queue…</source>
        <translation>&amp;Silenciar cola…</translation>
    </message>
    <message>
        <source>Stop paging for this queue for a while (maintenance)</source>
        <translation>Dejar de avisar por esta cola durante un tiempo (mantenimiento)</translation>
    </message>
    <message>
        <source>Silence queue</source>
        <translation>Silenciar cola</translation>
    </message>
    <message>
        <source>Monitoring has not started yet; try again in a moment.</source>
        <translation>La supervisión aún no ha empezado; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>No queue matches “%1”</source>
        <translation>Ninguna cola coincide con «%1»</translation>
    </message>
    <message numerus="yes">
        <source>All %n queue(s) OK</source>
        <translation>
            <numerusform>La %n cola está bien</numerusform>
            <numerusform>Las %n colas están bien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::SecretStore</name>
    <message>
        <source>no "%1" in the keychain</source>
        <translation>no hay «%1» en el llavero</translation>
    </message>
    <message>
        <source>the OS keychain is not available: %1</source>
        <translation>el llavero del sistema no está disponible: %1</translation>
    </message>
    <message>
        <source>could not store "%1" in the OS keychain: %2</source>
        <translation>no se pudo guardar «%1» en el llavero del sistema: %2</translation>
    </message>
    <message>
        <source>could not remove "%1" from the OS keychain: %2</source>
        <translation>no se pudo quitar «%1» del llavero del sistema: %2</translation>
    </message>
</context>
<context>
    <name>earshot::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Genesys Cloud</source>
        <translation>Genesys Cloud</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
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
        <translation>URL de inicio de sesión y de API personalizadas</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>An OAuth client with the client credentials grant. Its role needs Analytics &gt; Conversation Detail &gt; View and Routing &gt; Queue &gt; View.</source>
        <translation>Un cliente OAuth con la concesión «client credentials». Su rol necesita Analytics &gt; Conversation Detail &gt; View y Routing &gt; Queue &gt; View.</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>URL de inicio de sesión:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>URL de la API:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Id. de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Genesys conversation details</source>
        <translation>Detalles de conversación de Genesys</translation>
    </message>
    <message>
        <source>Quality summary service</source>
        <translation>Servicio de resumen de calidad</translation>
    </message>
    <message>
        <source>Conversation details are Genesys Cloud's own data: MOS, loss (derived from discarded and invalid packets) and latency, but no jitter in milliseconds. A quality summary service (/api/v2/analytics/quality/summary) is not part of Genesys Cloud; choose it only if your organisation runs one.</source>
        <translation>Los detalles de conversación son los datos propios de Genesys Cloud: MOS, pérdida (derivada de los paquetes descartados y no válidos) y latencia, pero no jitter en milisegundos. Un servicio de resumen de calidad (/api/v2/analytics/quality/summary) no forma parte de Genesys Cloud; elíjalo solo si su organización tiene uno.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Conversations appear in the details data only after they end and are indexed: each window is polled this long after it closes.</source>
        <translation>Las conversaciones aparecen en los datos detallados solo cuando terminan y se indexan: cada ventana se consulta este tiempo después de cerrarse.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Ingest lag:</source>
        <translation>Retraso de ingesta:</translation>
    </message>
    <message>
        <source>Monitor every queue</source>
        <translation>Supervisar todas las colas</translation>
    </message>
    <message>
        <source>The 32-character Integration Key of an "Events API v2" integration on the PagerDuty service to page.</source>
        <translation>La clave de integración de 32 caracteres de una integración «Events API v2» del servicio de PagerDuty al que avisar.</translation>
    </message>
    <message>
        <source>Integration key:</source>
        <translation>Clave de integración:</translation>
    </message>
    <message>
        <source>The language applies the next time Earshot starts. "System default" follows the language of your desktop session.</source>
        <translation>El idioma se aplica la próxima vez que se inicie Earshot. «Predeterminado del sistema» sigue el idioma de su sesión de escritorio.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Set by the %1 environment variable; change it there.</source>
        <translation>Definido por la variable de entorno %1; cámbielo allí.</translation>
    </message>
    <message>
        <source>leave empty to keep the stored value</source>
        <translation>déjelo vacío para conservar el valor guardado</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the configuration file.</source>
        <translation>Guardado en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>✔ Connected. </source>
        <translation>✔ Conectado. </translation>
    </message>
    <message>
        <source>✘ Failed: </source>
        <translation>✘ Error: </translation>
    </message>
    <message>
        <source>✔ Accepted. </source>
        <translation>✔ Aceptado. </translation>
    </message>
    <message>
        <source>Please fix these first:

• %1</source>
        <translation>Corrija primero lo siguiente:

• %1</translation>
    </message>
    <message>
        <source>leave empty to keep the one in use</source>
        <translation>dejar vacío para conservar el que está en uso</translation>
    </message>
    <message>
        <source>In use: none (not set)</source>
        <translation>En uso: ninguno (no definido)</translation>
    </message>
    <message>
        <source>In use: %1, from the %2 environment variable</source>
        <translation>En uso: %1, de la variable de entorno %2</translation>
    </message>
    <message>
        <source>In use: %1, from the system keychain</source>
        <translation>En uso: %1, del llavero del sistema</translation>
    </message>
    <message>
        <source>In use now: the demo simulator's, not your account's. What you save here configures your account.</source>
        <translation>En uso ahora: los del simulador de demostración, no los de su cuenta. Lo que guarde aquí configura su cuenta.</translation>
    </message>
    <message>
        <source>Optional: a REST API key with read access. With it Earshot shows who acknowledged or resolved its incidents in PagerDuty (on a phone, too), and does not page again an incident resolved there while the queue is still degraded.</source>
        <translation>Opcional: una clave de la API REST con acceso de lectura. Con ella Earshot muestra quién reconoció o resolvió sus incidentes en PagerDuty (también desde un teléfono) y no vuelve a avisar de un incidente resuelto allí mientras la cola siga degradada.</translation>
    </message>
    <message>
        <source>Page again when a queue resolved in PagerDuty recovers for a window and then breaches again</source>
        <translation>Volver a avisar cuando una cola resuelta en PagerDuty se recupera durante una ventana y luego vuelve a superar un umbral</translation>
    </message>
    <message>
        <source>REST API key:</source>
        <translation>Clave de la API REST:</translation>
    </message>
    <message>
        <source>Test REST key</source>
        <translation>Probar la clave REST</translation>
    </message>
    <message>
        <source>The password of the PostgreSQL role Earshot logs in as to the database it shares with other consoles: %1 ([storage] in the configuration file).</source>
        <translation>La contraseña del rol de PostgreSQL con el que Earshot inicia sesión en la base de datos que comparte con otras consolas: %1 ([storage] en el archivo de configuración).</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Contraseña de la base de datos:</translation>
    </message>
</context>
<context>
    <name>earshot::SilenceDialog</name>
    <message>
        <source>Silence queue</source>
        <translation>Silenciar cola</translation>
    </message>
    <message>
        <source>While silenced, new problems of &lt;b&gt;%1&lt;/b&gt; are recorded but not paged. Open incidents stay open.</source>
        <translation>Mientras esté silenciada, los nuevos problemas de &lt;b&gt;%1&lt;/b&gt; se registran pero no se avisan. Los incidentes abiertos siguen abiertos.</translation>
    </message>
    <message>
        <source>e.g. carrier maintenance CHG-1234</source>
        <translation>p. ej., mantenimiento del operador CHG-1234</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silenciar</translation>
    </message>
</context>
<context>
    <name>earshot::SilencesDialog</name>
    <message>
        <source>&amp;End now</source>
        <translation>&amp;Terminar ahora</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Silencios</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>End the silence now: paging resumes at the next window</source>
        <translation>Terminar el silencio ahora: los avisos se reanudan en la siguiente ventana</translation>
    </message>
    <message>
        <source>Choose a new end and reason</source>
        <translation>Elegir un nuevo fin y motivo</translation>
    </message>
    <message>
        <source>While a silence lasts, new incidents of its queues are recorded and shown but not paged.</source>
        <translation>Mientras dura un silencio, los incidentes nuevos de sus colas se registran y muestran pero no se avisan.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>todas las colas</translation>
    </message>
    <message>
        <source>End silence</source>
        <translation>Terminar silencio</translation>
    </message>
    <message>
        <source>End the silence of %1 now? Paging resumes at the next window.</source>
        <translation>¿Terminar ahora el silencio de %1? Los avisos se reanudan en la siguiente ventana.</translation>
    </message>
</context>
<context>
    <name>earshot::SingleInstance</name>
    <message>
        <source>Cannot lock the database %1: %2</source>
        <translation>No se puede bloquear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Earshot is already running on %1 (process %2): its window was brought to the front.</source>
        <translation>Earshot ya se está ejecutando sobre %1 (proceso %2): se trajo su ventana al frente.</translation>
    </message>
    <message>
        <source>A headless Earshot (process %1) is monitoring %2; stop it to open the window on this database, or start the window with another configuration.</source>
        <translation>Un Earshot sin ventana (proceso %1) está supervisando %2; deténgalo para abrir la ventana sobre esta base de datos, o inicie la ventana con otra configuración.</translation>
    </message>
    <message>
        <source>It did not answer the request to show its window.</source>
        <translation>No respondió a la petición de mostrar su ventana.</translation>
    </message>
    <message>
        <source>another Earshot</source>
        <translation>otro Earshot</translation>
    </message>
    <message>
        <source>another Earshot (process %1)</source>
        <translation>otro Earshot (proceso %1)</translation>
    </message>
    <message>
        <source>another Earshot (process %1 on %2)</source>
        <translation>otro Earshot (proceso %1 en %2)</translation>
    </message>
    <message>
        <source>The database %1 is in use by %2: its lock file is %3. Stop that instance first, or give this one its own database ([storage] database in the configuration).</source>
        <translation>La base de datos %1 la usa %2: su archivo de bloqueo es %3. Detenga primero esa instancia, o dé a esta su propia base de datos ([storage] database en la configuración).</translation>
    </message>
</context>
<context>
    <name>earshot::StatusBarWidget</name>
    <message>
        <source>Last successful poll %1</source>
        <translation>Último sondeo correcto %1</translation>
    </message>
    <message>
        <source>No successful poll yet</source>
        <translation>Aún no hay ningún sondeo correcto</translation>
    </message>
    <message>
        <source>next poll %1</source>
        <translation>próximo sondeo %1</translation>
    </message>
    <message>
        <source>rate limit: %1 left</source>
        <translation>límite de peticiones: quedan %1</translation>
    </message>
    <message>
        <source>outbox: %1 pending</source>
        <translation>bandeja de salida: %1 pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused</source>
        <translation>
            <numerusform>%n evento rechazado</numerusform>
            <numerusform>%n eventos rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1 — nothing is stored or paged</source>
        <translation>Base de datos: %1 — no se guarda ni se avisa nada</translation>
    </message>
    <message>
        <source>Heartbeat OK at %1</source>
        <translation>Heartbeat OK a las %1</translation>
    </message>
    <message>
        <source>Heartbeat failed at %1: %2</source>
        <translation>Falló el heartbeat a las %1: %2</translation>
    </message>
    <message>
        <source>PagerDuty follow: off</source>
        <translation>Seguimiento de PagerDuty: desactivado</translation>
    </message>
    <message>
        <source>PagerDuty follow: REST API key refused — paging continues</source>
        <translation>Seguimiento de PagerDuty: clave de la API REST rechazada — los avisos continúan</translation>
    </message>
    <message>
        <source>PagerDuty follow: %1</source>
        <translation>Seguimiento de PagerDuty: %1</translation>
    </message>
</context>
<context>
    <name>earshot::ThresholdsPanel</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>All queues (global)</source>
        <translation>Todas las colas (global)</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Ventanas</translation>
    </message>
    <message>
        <source>Minimum calls</source>
        <translation>Mínimo de llamadas</translation>
    </message>
    <message>
        <source>Windows with fewer calls are "no data": they never raise and never count as recovery</source>
        <translation>Las ventanas con menos llamadas son «sin datos»: nunca activan avisos ni cuentan como recuperación</translation>
    </message>
    <message>
        <source>Raise after windows</source>
        <translation>Activar tras N ventanas</translation>
    </message>
    <message>
        <source>Consecutive breaching windows before an incident opens</source>
        <translation>Ventanas consecutivas fuera de umbral antes de abrir un incidente</translation>
    </message>
    <message>
        <source>Clear after windows</source>
        <translation>Cerrar tras N ventanas</translation>
    </message>
    <message>
        <source>Consecutive healthy windows before an incident resolves</source>
        <translation>Ventanas correctas consecutivas antes de resolver un incidente</translation>
    </message>
    <message>
        <source>Problems with these thresholds</source>
        <translation>Problemas con estos umbrales</translation>
    </message>
    <message>
        <source>Use these thresholds from the next window on</source>
        <translation>Usar estos umbrales a partir de la próxima ventana</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Global: the built-in thresholds. A queue: follow the global ones</source>
        <translation>Global: los umbrales integrados. Una cola: seguir los globales</translation>
    </message>
    <message>
        <source>Thresholds for:</source>
        <translation>Umbrales para:</translation>
    </message>
    <message>
        <source>Follow global</source>
        <translation>Seguir el global</translation>
    </message>
    <message>
        <source>Unsaved changes: the chart shows what they would have done.</source>
        <translation>Cambios sin guardar: el gráfico muestra lo que habrían provocado.</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (valor propio)</translation>
    </message>
    <message>
        <source>Edit the global thresholds, or one queue's differences from them. Type to search among the queues.</source>
        <translation>Editar los umbrales globales, o las diferencias de una cola respecto a ellos. Escriba para buscar entre las colas.</translation>
    </message>
</context>
<context>
    <name>earshot::TokenCache</name>
    <message>
        <source>not authenticated yet</source>
        <translation>aún no autenticado</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>autenticando</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>login server unavailable: %1</source>
        <translation>servidor de inicio de sesión no disponible: %1</translation>
    </message>
    <message>
        <source>authentication failed: check client id / secret / role</source>
        <translation>error de autenticación: revise el id. de cliente / secreto / rol</translation>
    </message>
    <message>
        <source>authentication failed: check client id / secret / role (stopped asking the login server after %1 refusals; change the credentials or retry)</source>
        <translation>error de autenticación: revise el id. de cliente / secreto / rol (se dejó de consultar al servidor de inicio de sesión tras %1 rechazos; cambie las credenciales o reintente)</translation>
    </message>
    <message>
        <source>authentication failed: no client id / secret configured</source>
        <translation>error de autenticación: no hay id. de cliente / secreto configurado</translation>
    </message>
</context>
<context>
    <name>earshot::TrayNotifier</name>
    <message>
        <source>Show Earshot</source>
        <translation>Mostrar Earshot</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Earshot: no open incidents</source>
        <translation>Earshot: ningún incidente abierto</translation>
    </message>
    <message numerus="yes">
        <source>Earshot: %n open</source>
        <translation>
            <numerusform>Earshot: %n incidente abierto</numerusform>
            <numerusform>Earshot: %n incidentes abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Earshot: new incident</source>
        <translation>Earshot: nuevo incidente</translation>
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
            <numerusform>%1, %n en espera</numerusform>
            <numerusform>%1, %n en espera</numerusform>
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
        <translation>página %1/%2</translation>
    </message>
    <message>
        <source>No voice quality data: nothing is polled.</source>
        <translation>Sin datos de calidad de voz: no se consulta nada.</translation>
    </message>
</context>
<context>
    <name>earshot::WallWindow</name>
    <message>
        <source>Earshot — wall display</source>
        <translation>Earshot — pantalla mural</translation>
    </message>
    <message>
        <source>There is no screen "%1" (screens: %2); the wall uses the primary screen.</source>
        <translation>No hay ninguna pantalla «%1» (pantallas: %2); el mural usa la pantalla principal.</translation>
    </message>
</context>
<context>
    <name>earshot::WelcomePage</name>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Start demo mode</source>
        <translation>Iniciar el modo demo</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Earshot&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a Earshot&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Earshot watches the voice quality of your Genesys Cloud queues (MOS, packet loss, jitter, latency) and pages PagerDuty when a queue degrades.&lt;br&gt;&lt;br&gt;To start, it needs a Genesys Cloud OAuth client (client credentials grant, with a role that can view conversation details and queues) and a PagerDuty Events API v2 integration key.&lt;br&gt;&lt;br&gt;No credentials at hand? Demo mode runs against a built-in simulated contact centre; nothing leaves this computer.</source>
        <translation>Earshot supervisa la calidad de voz de sus colas de Genesys Cloud (MOS, pérdida de paquetes, jitter, latencia) y avisa a PagerDuty cuando una cola se degrada.&lt;br&gt;&lt;br&gt;Para empezar necesita un cliente OAuth de Genesys Cloud (concesión «client credentials», con un rol que pueda ver los detalles de conversación y las colas) y una clave de integración de PagerDuty Events API v2.&lt;br&gt;&lt;br&gt;¿No tiene credenciales a mano? El modo demo funciona con un centro de contacto simulado integrado; nada sale de este equipo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>earshot: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it with --headless, or set QT_QPA_PLATFORM (offscreen shows nothing).
</source>
        <translation>earshot: no hay pantalla donde abrir la ventana (DISPLAY y WAYLAND_DISPLAY no están definidas). Ejecútelo con --headless o defina QT_QPA_PLATFORM (offscreen no muestra nada).
</translation>
    </message>
</context>
</TS>
