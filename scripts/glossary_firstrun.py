"""Spanish and French for issue 15 (first run): refusals with their findings,
dry runs, number formats and chart axes, the licensing, remittance and help
additions. Each entry is (English, Spanish, French); plural entries take
(singular, plural) pairs. Merged into the tables of fill-translations.py."""

_GUIDE_INTRO = (
    '<p>Royalty Desk imports the digital sales reports (DSRs) that streaming services send, checks every row, and keeps them '
    'exact to the last decimal, so that you can explore usage and revenue, follow licensing, build residual packages for rights '
    'holders and monitor remittances.</p>',
    '<p>Royalty Desk importa los informes de ventas digitales (DSR) que envían los servicios de streaming, comprueba cada fila y '
    'los conserva exactos hasta el último decimal, para que pueda explorar usos e ingresos, seguir las licencias, preparar '
    'paquetes residuales para los titulares de derechos y supervisar las remesas.</p>',
    '<p>Royalty Desk importe les relevés de ventes numériques (DSR) envoyés par les services de streaming, vérifie chaque ligne '
    'et les conserve exacts jusqu’à la dernière décimale, pour que vous puissiez explorer utilisations et revenus, suivre les '
    'licences, préparer des paquets de résiduels pour les ayants droit et surveiller les remises.</p>')

_GUIDE_STEPS = (
    '<ol><li><b>Import DSRs</b> with <i>File › Import DSRs…</i> (Ctrl+I) or by dropping files on the window. Each file becomes a '
    'row of the <i>Imports</i> page; double-click it for its validation report.</li><li><b>Add exchange rates</b> on the '
    '<i>Analytics</i> page (<i>Exchange rates…</i>) so that totals add up in your base currency. A DSR without a rate in force is '
    'left out of revenue totals and the page says which.</li><li><b>Import claims</b> on the <i>Licensing</i> page (<i>Import '
    'Claims…</i>) to see, for any track, territory and day, how much was licensed, which claims overlap and what was used while '
    'unlicensed.</li><li><b>Build a package</b> on the <i>Packages</i> page: choose the territories and periods, add adjustments '
    'and advances, build, review and publish. Exported packages can be verified offline by anyone.</li><li><b>Monitor '
    'remittances</b> on the <i>Remittances</i> page once a marketplace is set up.</li></ol><p>On first start the database holds '
    'five sample DSRs, sample exchange rates and sample claims, so that every page has something to show.</p>',
    '<ol><li><b>Importe DSR</b> con <i>Archivo › Importar DSR…</i> (Ctrl+I) o soltando archivos en la ventana. Cada archivo es una '
    'fila de la página <i>Importaciones</i>; haga doble clic en ella para ver su informe de validación.</li><li><b>Añada tipos de '
    'cambio</b> en la página <i>Análisis</i> (<i>Tipos de cambio…</i>) para que los totales sumen en su moneda base. Un DSR sin tipo '
    'vigente queda fuera de los totales de ingresos y la página indica cuál.</li><li><b>Importe reclamaciones</b> en la página '
    '<i>Licencias</i> (<i>Importar reclamaciones…</i>) para ver, para cualquier pista, territorio y día, cuánto estaba licenciado, '
    'qué reclamaciones se solapan y qué se usó sin licencia.</li><li><b>Prepare un paquete</b> en la página <i>Paquetes</i>: elija '
    'territorios y períodos, añada ajustes y anticipos, genere, revise y publique. Cualquiera puede verificar sin conexión los '
    'paquetes exportados.</li><li><b>Supervise las remesas</b> en la página <i>Remesas</i> una vez configurado un mercado.</li>'
    '</ol><p>En el primer arranque la base de datos contiene cinco DSR de ejemplo, tipos de cambio de ejemplo y reclamaciones de '
    'ejemplo, para que cada página muestre algo.</p>',
    '<ol><li><b>Importez des DSR</b> avec <i>Fichier › Importer des DSR…</i> (Ctrl+I) ou en déposant des fichiers sur la fenêtre. '
    'Chaque fichier devient une ligne de la page <i>Imports</i> ; double-cliquez dessus pour son rapport de validation.</li>'
    '<li><b>Ajoutez des taux de change</b> sur la page <i>Analyses</i> (<i>Taux de change…</i>) pour que les totaux s’additionnent '
    'dans votre devise de base. Un DSR sans taux en vigueur est exclu des totaux de revenus et la page dit lequel.</li>'
    '<li><b>Importez des revendications</b> sur la page <i>Licences</i> (<i>Importer des revendications…</i>) pour voir, pour tout '
    'titre, territoire et jour, la part licenciée, les revendications qui se chevauchent et ce qui a été utilisé sans licence.</li>'
    '<li><b>Préparez un paquet</b> sur la page <i>Paquets</i> : choisissez territoires et périodes, ajoutez ajustements et avances, '
    'construisez, vérifiez et publiez. Chacun peut vérifier hors ligne les paquets exportés.</li><li><b>Surveillez les remises</b> '
    'sur la page <i>Remises</i> une fois une place de marché configurée.</li></ol><p>Au premier démarrage, la base contient cinq '
    'DSR, des taux de change et des revendications d’exemple, pour que chaque page ait quelque chose à montrer.</p>')

_GUIDE_TSV = (
    '<p><b>Simple TSV DSRs</b> (<tt>.tsv</tt> or <tt>.tsv.gz</tt>): a header line, then one line per sound recording with the '
    'tab-separated columns <tt>dsp_id, title, artists, isrc, usages, revenue</tt>. The file name says what the report covers: '
    '<tt>Dsp_Offer[_Society]_Territory_Currency_YYYYMMDD-YYYYMMDD.tsv</tt>, for example '
    '<tt>Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz</tt>.</p>',
    '<p><b>DSR TSV simples</b> (<tt>.tsv</tt> o <tt>.tsv.gz</tt>): una línea de encabezado y luego una línea por grabación sonora con '
    'las columnas separadas por tabuladores <tt>dsp_id, title, artists, isrc, usages, revenue</tt>. El nombre del archivo dice qué '
    'cubre el informe: <tt>Dsp_Oferta[_Sociedad]_Territorio_Moneda_AAAAMMDD-AAAAMMDD.tsv</tt>, por ejemplo '
    '<tt>Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz</tt>.</p>',
    '<p><b>DSR TSV simples</b> (<tt>.tsv</tt> ou <tt>.tsv.gz</tt>) : une ligne d’en-tête, puis une ligne par enregistrement sonore '
    'avec les colonnes séparées par des tabulations <tt>dsp_id, title, artists, isrc, usages, revenue</tt>. Le nom du fichier dit ce '
    'que couvre le relevé : <tt>Dsp_Offre[_Société]_Territoire_Devise_AAAAMMJJ-AAAAMMJJ.tsv</tt>, par exemple '
    '<tt>Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz</tt>.</p>')

_GUIDE_DDEX = (
    '<p><b>DDEX DSR flat files</b> (<tt>DSR_…_1of1_….tsv</tt>): the HEAD, summary, block and FOOT records of the DDEX DSRF '
    'profiles, tab-separated. A report in several files is imported once all its parts are present. Summaries are reconciled '
    'against their rows and every difference is listed.</p>',
    '<p><b>Archivos planos DSR de DDEX</b> (<tt>DSR_…_1of1_….tsv</tt>): los registros HEAD, de resumen, de bloque y FOOT de los '
    'perfiles DDEX DSRF, separados por tabuladores. Un informe en varios archivos se importa cuando están todas sus partes. Los '
    'resúmenes se concilian con sus filas y se lista cada diferencia.</p>',
    '<p><b>Fichiers plats DSR DDEX</b> (<tt>DSR_…_1of1_….tsv</tt>) : les enregistrements HEAD, de synthèse, de bloc et FOOT des '
    'profils DDEX DSRF, séparés par des tabulations. Un relevé en plusieurs fichiers est importé quand toutes ses parties sont là. '
    'Les synthèses sont rapprochées de leurs lignes et chaque écart est listé.</p>')

_GUIDE_OTHER = (
    '<p><b>Exchange rates</b>: a CSV of <tt>date,currency,rate</tt>, the rate being units of the currency per one unit of the '
    'base (<tt>2020-01-31,NOK,10.0</tt>). A line quoting the base itself at 1 is passed over.</p><p><b>Claims</b>: a CSV with the '
    'columns <tt>isrc, territory, rights_holder, share, valid_from</tt> and optionally <tt>valid_to, known_from, known_to, '
    'right_type, source</tt>.</p><p><b>Usage events</b> for remittances: CSV or JSON lines of <tt>timestamp, marketplace, account, '
    'product, metric, value</tt>.</p>',
    '<p><b>Tipos de cambio</b>: un CSV de <tt>date,currency,rate</tt>, siendo el tipo las unidades de la moneda por una unidad de la '
    'base (<tt>2020-01-31,NOK,10.0</tt>). Una línea que cotiza la propia base a 1 se omite.</p><p><b>Reclamaciones</b>: un CSV con '
    'las columnas <tt>isrc, territory, rights_holder, share, valid_from</tt> y opcionalmente <tt>valid_to, known_from, known_to, '
    'right_type, source</tt>.</p><p><b>Eventos de uso</b> para las remesas: CSV o líneas JSON de <tt>timestamp, marketplace, '
    'account, product, metric, value</tt>.</p>',
    '<p><b>Taux de change</b> : un CSV de <tt>date,currency,rate</tt>, le taux étant le nombre d’unités de la devise pour une unité '
    'de la base (<tt>2020-01-31,NOK,10.0</tt>). Une ligne cotant la base elle-même à 1 est ignorée.</p><p><b>Revendications</b> : '
    'un CSV avec les colonnes <tt>isrc, territory, rights_holder, share, valid_from</tt> et en option <tt>valid_to, known_from, '
    'known_to, right_type, source</tt>.</p><p><b>Événements d’utilisation</b> pour les remises : CSV ou lignes JSON de '
    '<tt>timestamp, marketplace, account, product, metric, value</tt>.</p>')

_GUIDE_REFUSED = (
    "<p>A file is imported whole or not at all. In <i>Strict Mode</i> (File menu) any row with an error refuses the file; "
    "otherwise the valid rows are imported and the others are listed in the validation report with their line and field. A file "
    "from which no row can be imported is listed as failed, with the reason. A corrected file for a report that is already "
    "imported opens a review of what it changes before it is applied as the report's next version.</p>",
    '<p>Un archivo se importa entero o no se importa. En <i>Modo estricto</i> (menú Archivo) cualquier fila con un error rechaza el '
    'archivo; si no, se importan las filas válidas y las demás se listan en el informe de validación con su línea y campo. Un '
    'archivo del que no puede importarse ninguna fila figura como fallido, con el motivo. Un archivo corregido de un informe ya '
    'importado abre una revisión de lo que cambia antes de aplicarse como la siguiente versión del informe.</p>',
    '<p>Un fichier est importé en entier ou pas du tout. En <i>Mode strict</i> (menu Fichier), toute ligne en erreur fait refuser '
    'le fichier ; sinon les lignes valides sont importées et les autres listées dans le rapport de validation avec leur ligne et '
    'leur champ. Un fichier dont aucune ligne ne peut être importée est listé en échec, avec la raison. Un fichier corrigé d’un '
    'relevé déjà importé ouvre une revue de ce qu’il change avant d’être appliqué comme version suivante du relevé.</p>')

_GUIDE_KEYS = (
    '<table cellpadding="3"><tr><td>Ctrl+I</td><td>Import DSRs</td></tr><tr><td>Ctrl+R</td><td>Validation report of the selected '
    'DSR</td></tr><tr><td>Ctrl+F</td><td>Search on the page in view</td></tr><tr><td>F5</td><td>Refresh the page in view</td></tr>'
    '<tr><td>Ctrl+Shift+O</td><td>Open an exported package</td></tr><tr><td>F1</td><td>This guide</td></tr><tr><td>Ctrl+Q</td>'
    '<td>Quit</td></tr></table>',
    '<table cellpadding="3"><tr><td>Ctrl+I</td><td>Importar DSR</td></tr><tr><td>Ctrl+R</td><td>Informe de validación del DSR '
    'seleccionado</td></tr><tr><td>Ctrl+F</td><td>Buscar en la página visible</td></tr><tr><td>F5</td><td>Actualizar la página '
    'visible</td></tr><tr><td>Ctrl+Mayús+O</td><td>Abrir un paquete exportado</td></tr><tr><td>F1</td><td>Esta guía</td></tr>'
    '<tr><td>Ctrl+Q</td><td>Salir</td></tr></table>',
    '<table cellpadding="3"><tr><td>Ctrl+I</td><td>Importer des DSR</td></tr><tr><td>Ctrl+R</td><td>Rapport de validation du DSR '
    'sélectionné</td></tr><tr><td>Ctrl+F</td><td>Rechercher dans la page affichée</td></tr><tr><td>F5</td><td>Actualiser la page '
    'affichée</td></tr><tr><td>Ctrl+Maj+O</td><td>Ouvrir un paquet exporté</td></tr><tr><td>F1</td><td>Ce guide</td></tr>'
    '<tr><td>Ctrl+Q</td><td>Quitter</td></tr></table>')

_REMIT_HINT = (
    "<b>No marketplace yet.</b> Add one with <i>Marketplaces…</i> (its name and the URL that takes its usage reports), then "
    "bring in usage with <i>Ingest Usage…</i>. The sender remits each hour's usage per marketplace, customer, product and metric.",
    '<b>Aún no hay ningún mercado.</b> Añada uno con <i>Mercados…</i> (su nombre y la URL que recibe sus informes de uso) y luego '
    'incorpore el uso con <i>Incorporar uso…</i>. El remitente envía el uso de cada hora por mercado, cliente, producto y métrica.',
    '<b>Aucune place de marché pour l’instant.</b> Ajoutez-en une avec <i>Places de marché…</i> (son nom et l’URL qui reçoit ses '
    'relevés d’utilisation), puis apportez l’utilisation avec <i>Intégrer l’utilisation…</i>. L’expéditeur remet l’utilisation de '
    'chaque heure par place de marché, client, produit et métrique.')

ENTRIES = [
    ('%1tn', '%1 B', '%1 Bn'),
    ('%1bn', '%1 mm', '%1 Md'),
    ('%1M', '%1 M', '%1 M'),
    ('%1k', '%1 mil', '%1 k'),
    ('semicolons', 'puntos y comas', 'des points-virgules'),
    ('commas', 'comas', 'des virgules'),
    ('vertical bars', 'barras verticales', 'des barres verticales'),
    ('spaces', 'espacios', 'des espaces'),
    ('nothing', 'nada', 'rien'),
    ('%1:%2: the HEAD record could not be read: its fields are separated by %3, not by tabs ("%4")',
     '%1:%2: no se pudo leer el registro HEAD: sus campos están separados por %3, no por tabuladores («%4»)',
     '%1:%2 : impossible de lire l’enregistrement HEAD : ses champs sont séparés par %3, pas par des tabulations (« %4 »)'),
    ('%1: the HEAD record could not be read: no line starts with HEAD followed by a tab',
     '%1: no se pudo leer el registro HEAD: ninguna línea empieza por HEAD seguido de un tabulador',
     '%1 : impossible de lire l’enregistrement HEAD : aucune ligne ne commence par HEAD suivi d’une tabulation'),
    ('%1: nothing could be imported: no row survived its %n error(s)',
     ('%1: no se pudo importar nada: ninguna fila superó su %n error', '%1: no se pudo importar nada: ninguna fila superó sus %n errores'),
     ('%1 : rien n’a pu être importé : aucune ligne n’a survécu à son %n erreur', '%1 : rien n’a pu être importé : aucune ligne n’a survécu à ses %n erreurs')),
    ('Would be rejected in strict mode: %n finding(s) are errors',
     ('Se rechazaría en modo estricto: %n hallazgo es un error', 'Se rechazaría en modo estricto: %n hallazgos son errores'),
     ('Serait refusé en mode strict : %n constat est une erreur', 'Serait refusé en mode strict : %n constats sont des erreurs')),
    ('%1: nothing could be imported: all %n row(s) have errors',
     ('%1: no se pudo importar nada: la %n fila tiene errores', '%1: no se pudo importar nada: las %n filas tienen errores'),
     ('%1 : rien n’a pu être importé : la %n ligne a des erreurs', '%1 : rien n’a pu être importé : les %n lignes ont des erreurs')),
    ('Would be rejected in strict mode: %n row(s) with errors',
     ('Se rechazaría en modo estricto: %n fila con errores', 'Se rechazaría en modo estricto: %n filas con errores'),
     ('Serait refusé en mode strict : %n ligne en erreur', 'Serait refusé en mode strict : %n lignes en erreur')),
    ('%1 is the base currency; its rate can only be 1, not %2', '%1 es la moneda base; su tipo solo puede ser 1, no %2',
     '%1 est la devise de base ; son taux ne peut être que 1, pas %2'),
    ('… and %n more', ('… y %n más', '… y %n más'), ('… et %n autre', '… et %n autres')),
    ('… and %n more; see `royaltydesk-cli dsr %1`', ('… y %n más; véase `royaltydesk-cli dsr %1`', '… y %n más; véase `royaltydesk-cli dsr %1`'),
     ('… et %n autre ; voir `royaltydesk-cli dsr %1`', '… et %n autres ; voir `royaltydesk-cli dsr %1`')),
    ('… and %n more; see the validation report of DSR %1',
     ('… y %n más; véase el informe de validación del DSR %1', '… y %n más; véase el informe de validación del DSR %1'),
     ('… et %n autre ; voir le rapport de validation du DSR %1', '… et %n autres ; voir le rapport de validation du DSR %1')),
    ('  %n line(s) quoting %1 itself at 1 passed over (the base needs no rate)',
     ('  %n línea que cotiza la propia %1 a 1 omitida (la base no necesita tipo)', '  %n líneas que cotizan la propia %1 a 1 omitidas (la base no necesita tipo)'),
     ('  %n ligne cotant %1 elle-même à 1 ignorée (la base n’a pas besoin de taux)', '  %n lignes cotant %1 elle-même à 1 ignorées (la base n’a pas besoin de taux)')),
    ('%1: dry run, nothing written', '%1: simulación, no se ha escrito nada', '%1 : essai à blanc, rien n’a été écrit'),
    ('  would import rows %1  usages %2  revenue %3', '  importaría filas %1  usos %2  ingresos %3', '  importerait lignes %1  utilisations %2  revenus %3'),
    ('  warnings %1  errors %2', '  avisos %1  errores %2', '  avertissements %1  erreurs %2'),
    ('Validate the files and print what importing them would do, without writing anything.',
     'Validar los archivos y mostrar lo que haría su importación, sin escribir nada.',
     'Valider les fichiers et afficher ce que ferait leur import, sans rien écrire.'),
    ('base', 'base', 'base'),
    ('SHARE %', 'PARTE %', 'PART %'),
    ('NET (%1)', 'NETO (%1)', 'NET (%1)'),
    ('CLAIMS', 'RECLAMACIONES', 'REVENDICATIONS'),
    ('no rate', 'sin tipo', 'sans taux'),
    ('OVERCLAIMED', 'SOBRERRECLAMADA', 'SURREVENDIQUÉ'),
    ('Totals per currency', 'Totales por moneda', 'Totaux par devise'),
    ('LINES', 'LÍNEAS', 'LIGNES'),
    ('ADJUSTMENTS', 'AJUSTES', 'AJUSTEMENTS'),
    ('NET PAYABLE', 'NETO A PAGAR', 'NET À PAYER'),
    ('No DSR matches these filters', 'Ningún DSR coincide con estos filtros', 'Aucun DSR ne correspond à ces filtres'),
    ('No match for “%1” with these filters', 'Sin coincidencias para «%1» con estos filtros', 'Aucun résultat pour « %1 » avec ces filtres'),
    ('No DSR matches these filters.', 'Ningún DSR coincide con estos filtros.', 'Aucun DSR ne correspond à ces filtres.'),
    ('No match for “%1”.', 'Sin coincidencias para «%1».', 'Aucun résultat pour « %1 ».'),
    ('Revenue (%1)', 'Ingresos (%1)', 'Revenus (%1)'),
    ('period start', 'inicio del período', 'début de période'),
    ('Same span one period earlier', 'El mismo lapso un período antes', 'La même durée une période plus tôt'),
    ('pending', 'pendiente', 'en attente'),
    ('in progress', 'en curso', 'en cours'),
    ('sent', 'enviada', 'envoyée'),
    ('succeeded', 'correcta', 'réussie'),
    ('failed', 'fallida', 'échouée'),
    ('dead letter', 'carta muerta', 'lettre morte'),
    ('gratis', 'gratuita', 'gratuite'),
    ('unknown', 'desconocida', 'inconnue'),
    ('YYYY-MM-DD', 'AAAA-MM-DD', 'AAAA-MM-JJ'),
    ('Pick the date from a calendar', 'Elegir la fecha en un calendario', 'Choisir la date dans un calendrier'),
    ('Calendar', 'Calendario', 'Calendrier'),
    ('Revenue before (%1)', 'Ingresos antes (%1)', 'Revenus avant (%1)'),
    ('Revenue after (%1)', 'Ingresos después (%1)', 'Revenus après (%1)'),
    ('Re-delivered: version %1 applies', 'Reenviado: se aplica la versión %1', 'Relivré : la version %1 s’applique'),
    ('As first imported', 'Tal como se importó', 'Tel qu’importé la première fois'),
    ('Version', 'Versión', 'Version'),
    ('Exact: %1 %2', 'Exacto: %1 %2', 'Exact : %1 %2'),
    ('Royalty Desk Help', 'Ayuda de Royalty Desk', 'Aide de Royalty Desk'),
    ('Royalty Desk', 'Royalty Desk', 'Royalty Desk'),
    _GUIDE_INTRO,
    ('First steps', 'Primeros pasos', 'Premiers pas'),
    _GUIDE_STEPS,
    ('File formats', 'Formatos de archivo', 'Formats de fichier'),
    _GUIDE_TSV,
    _GUIDE_DDEX,
    _GUIDE_OTHER,
    ('When a file is refused', 'Cuando se rechaza un archivo', 'Quand un fichier est refusé'),
    _GUIDE_REFUSED,
    ('Shortcuts', 'Atajos de teclado', 'Raccourcis'),
    _GUIDE_KEYS,
    ('<p>The command-line tool <tt>royaltydesk-cli</tt> does the same from scripts; <tt>royaltydesk-cli --help</tt> lists its commands.</p>',
     '<p>La herramienta de línea de órdenes <tt>royaltydesk-cli</tt> hace lo mismo desde scripts; <tt>royaltydesk-cli --help</tt> lista sus órdenes.</p>',
     '<p>L’outil en ligne de commande <tt>royaltydesk-cli</tt> fait de même depuis des scripts ; <tt>royaltydesk-cli --help</tt> liste ses commandes.</p>'),
    ('Import Claims…', 'Importar reclamaciones…', 'Importer des revendications…'),
    ('Import a licensing CSV: isrc, territory, rights_holder, share, valid_from, and optionally valid_to, known_from, known_to, right_type, source. A file with any problem is refused whole.',
     'Importar un CSV de licencias: isrc, territory, rights_holder, share, valid_from y opcionalmente valid_to, known_from, known_to, right_type, source. Un archivo con cualquier problema se rechaza entero.',
     'Importer un CSV de licences : isrc, territory, rights_holder, share, valid_from et en option valid_to, known_from, known_to, right_type, source. Un fichier avec le moindre problème est refusé en entier.'),
    ('Import Claims', 'Importar reclamaciones', 'Importer des revendications'),
    ('Licensing CSV (*.csv);;All files (*)', 'CSV de licencias (*.csv);;Todos los archivos (*)', 'CSV de licences (*.csv);;Tous les fichiers (*)'),
    ('No claims and no usage for this track as known on %1', 'Sin reclamaciones ni usos para esta pista según lo conocido el %1',
     'Ni revendication ni utilisation pour ce titre selon ce qui était connu le %1'),
    ('%n lane(s), unlicensed throughout: no claim covers the track as known on %1; %2 DSR period(s) with usage',
     ('%n carril, sin licencia en todo momento: ninguna reclamación cubre la pista según lo conocido el %1; %2 período(s) de DSR con uso',
      '%n carriles, sin licencia en todo momento: ninguna reclamación cubre la pista según lo conocido el %1; %2 período(s) de DSR con uso'),
     ('%n couloir, sans licence de bout en bout : aucune revendication ne couvre le titre selon ce qui était connu le %1 ; %2 période(s) de DSR avec utilisation',
      '%n couloirs, sans licence de bout en bout : aucune revendication ne couvre le titre selon ce qui était connu le %1 ; %2 période(s) de DSR avec utilisation')),
    ('%n lane(s) with %1 licensed band(s), %2 licensing event(s), %3 DSR period(s) with usage; claims as known on %4',
     ('%n carril con %1 franja(s) licenciada(s), %2 evento(s) de licencia, %3 período(s) de DSR con uso; reclamaciones según lo conocido el %4',
      '%n carriles con %1 franja(s) licenciada(s), %2 evento(s) de licencia, %3 período(s) de DSR con uso; reclamaciones según lo conocido el %4'),
     ('%n couloir avec %1 bande(s) sous licence, %2 événement(s) de licence, %3 période(s) de DSR avec utilisation ; revendications connues le %4',
      '%n couloirs avec %1 bande(s) sous licence, %2 événement(s) de licence, %3 période(s) de DSR avec utilisation ; revendications connues le %4')),
    ('Importing claims from %1…', 'Importando reclamaciones de %1…', 'Import des revendications de %1…'),
    ('%1: %n claim(s) imported', ('%1: %n reclamación importada', '%1: %n reclamaciones importadas'),
     ('%1 : %n revendication importée', '%1 : %n revendications importées')),
    ('Royalty Desk &Help', '&Ayuda de Royalty Desk', '&Aide de Royalty Desk'),
    ('Quit Royalty Desk', 'Salir de Royalty Desk', 'Quitter Royalty Desk'),
    ('An import is still running. Cancel it and quit?', 'Todavía hay una importación en curso. ¿Cancelarla y salir?',
     'Un import est encore en cours. L’annuler et quitter ?'),
    ('Give both period dates as YYYY-MM-DD.', 'Indique ambas fechas del período como AAAA-MM-DD.', 'Donnez les deux dates de période au format AAAA-MM-JJ.'),
    ('Net payable (%1)', 'Neto a pagar (%1)', 'Net à payer (%1)'),
    ('Net (%1)', 'Neto (%1)', 'Net (%1)'),
    ('Claims', 'Reclamaciones', 'Revendications'),
    ('⚠ overclaimed', '⚠ sobrerreclamada', '⚠ surrevendiqué'),
    ('Adjustments', 'Ajustes', 'Ajustements'),
    ('Overclaimed lines', 'Líneas sobrerreclamadas', 'Lignes surrevendiquées'),
    ('Rate (per 1 %1)', 'Tipo (por 1 %1)', 'Taux (pour 1 %1)'),
    ('%n rate(s) imported.', ('%n tipo importado.', '%n tipos importados.'), ('%n taux importé.', '%n taux importés.')),
    ('%n line(s) quoting the base currency at 1 passed over.', ('%n línea que cotiza la moneda base a 1 omitida.', '%n líneas que cotizan la moneda base a 1 omitidas.'),
     ('%n ligne cotant la devise de base à 1 ignorée.', '%n lignes cotant la devise de base à 1 ignorées.')),
    ('Send the selected failed remittances again now', 'Volver a enviar ahora las remesas fallidas seleccionadas',
     'Renvoyer maintenant les remises échouées sélectionnées'),
    ('Queue the selected dead letters again', 'Volver a encolar las cartas muertas seleccionadas', 'Remettre en file les lettres mortes sélectionnées'),
    ('&Ingest Usage…', '&Incorporar uso…', '&Intégrer l’utilisation…'),
    ('Add usage events (CSV or JSON lines of timestamp, marketplace, account, product, metric, value) to the hourly remittances',
     'Añadir eventos de uso (CSV o líneas JSON de timestamp, marketplace, account, product, metric, value) a las remesas por hora',
     'Ajouter des événements d’utilisation (CSV ou lignes JSON de timestamp, marketplace, account, product, metric, value) aux remises horaires'),
    ('Ingest Usage', 'Incorporar uso', 'Intégrer l’utilisation'),
    ('Usage events (*.csv *.jsonl *.json);;All files (*)', 'Eventos de uso (*.csv *.jsonl *.json);;Todos los archivos (*)',
     'Événements d’utilisation (*.csv *.jsonl *.json);;Tous les fichiers (*)'),
    _REMIT_HINT,
    ('remittances', 'remesas', 'remises'),
    ('%1: %2 usage event(s), %3 new remittance(s), %4 late event(s) moved to the next open window',
     '%1: %2 evento(s) de uso, %3 remesa(s) nueva(s), %4 evento(s) tardío(s) pasado(s) a la siguiente ventana abierta',
     '%1 : %2 événement(s) d’utilisation, %3 nouvelle(s) remise(s), %4 événement(s) tardif(s) reporté(s) à la prochaine fenêtre ouverte'),
    ('usage per DSR period', 'uso por período de DSR', 'utilisation par période de DSR'),
    ('Columns', 'Columnas', 'Colonnes'),
    ('%1 to %2', 'del %1 al %2', 'du %1 au %2'),
    ('%1: DSR %2 (%3) was imported for the same report while this file waited its turn; import this file again to review it as a re-delivery',
     '%1: el DSR %2 (%3) se importó para el mismo informe mientras este archivo esperaba su turno; vuelva a importar este archivo para revisarlo como reenvío',
     '%1 : le DSR %2 (%3) a été importé pour le même relevé pendant que ce fichier attendait son tour ; importez de nouveau ce fichier pour le revoir comme relivraison'),
    ('DSR %1 became version %2 while this re-delivery was diffed against version %3; nothing was applied. Import the file again to review it against version %2.',
     'El DSR %1 pasó a la versión %2 mientras este reenvío se comparaba con la versión %3; no se aplicó nada. Vuelva a importar el archivo para revisarlo frente a la versión %2.',
     'Le DSR %1 est passé à la version %2 pendant que cette relivraison était comparée à la version %3 ; rien n’a été appliqué. Importez de nouveau le fichier pour le revoir par rapport à la version %2.'),
    ('remittance %1 changed while usage was added', 'la remesa %1 cambió mientras se añadía el uso', 'la remise %1 a changé pendant l’ajout de l’utilisation'),
    ('A token is sent only over https (or plain http to this machine): %1 would send it in clear text',
     'Un token solo se envía por https (o por http sin cifrar a esta máquina): %1 lo enviaría en claro',
     'Un jeton n’est envoyé qu’en https (ou en http simple vers cette machine) : %1 l’enverrait en clair'),
    ('Stopping…', 'Deteniendo…', 'Arrêt…'),
    ('another build or a publish changed it meanwhile (now version %1, %2); build it again',
     'otra compilación o una publicación lo cambió mientras tanto (ahora versión %1, %2); vuelva a compilarlo',
     "une autre construction ou une publication l'a modifié entre-temps (maintenant version %1, %2) ; reconstruisez-le"),
    ('Cannot commit: %1', 'No se puede confirmar: %1', 'Validation impossible : %1'),
    ('Cannot start a transaction: %1', 'No se puede iniciar una transacción: %1', 'Impossible de démarrer une transaction : %1'),
    ('Cannot start the import: %1', 'No se puede iniciar la importación: %1', "Impossible de démarrer l'importation : %1"),
    ('Cannot read the resources of the top list', 'No se pueden leer los recursos de la lista principal',
     'Impossible de lire les ressources du classement'),
    ('Cannot read the resources of DSR %1', 'No se pueden leer los recursos del DSR %1', 'Impossible de lire les ressources du DSR %1'),
    ('DSR %1 was deleted while the package was built', 'El DSR %1 se eliminó mientras se compilaba el paquete',
     'Le DSR %1 a été supprimé pendant la construction du paquet'),
    ("Cannot read the resources of the report's lines", 'No se pueden leer los recursos de las líneas del informe',
     'Impossible de lire les ressources des lignes du rapport'),
    ('row ids: %1', 'identificadores de fila: %1', 'identifiants de ligne : %1'),
    ('row history: %1', 'historial de filas: %1', 'historique des lignes : %1'),
    ('row delete: %1', 'eliminación de fila: %1', 'suppression de ligne : %1'),
    ('row lines: %1', 'líneas de fila: %1', 'lignes du fichier : %1'),
    # Issue 17: input limits, fuzzing findings, disk full.
    ('%1:1: the column "%2" appears twice in the header', '%1:1: la columna «%2» aparece dos veces en la cabecera', '%1:1 : la colonne « %2 » apparaît deux fois dans l’en-tête'),
    ('%1 (the disk is full: %3 bytes free in %2)', '%1 (el disco está lleno: %3 bytes libres en %2)', '%1 (le disque est plein : %3 octets libres dans %2)'),
    ('unknown header flags set', 'indicadores de cabecera desconocidos', 'indicateurs d’en-tête inconnus'),
    ('%1 is not a limit; the limits are %2', '%1 no es un límite; los límites son %2', '%1 n’est pas une limite ; les limites sont %2'),
    ('%1 must be at least %2', '%1 debe ser al menos %2', '%1 doit valoir au moins %2'),
    ('bytes one gzip file may decompress to', 'bytes a los que puede descomprimirse un archivo gzip', 'octets qu’un fichier gzip peut produire une fois décompressé'),
    ('times its compressed size one gzip file may expand', 'veces su tamaño comprimido que puede crecer un archivo gzip', 'fois sa taille compressée qu’un fichier gzip peut atteindre'),
    ('findings kept per DDEX report (the rest are counted)', 'hallazgos conservados por informe DDEX (el resto se cuenta)', 'constats conservés par relevé DDEX (les autres sont comptés)'),
    ('line %1: a field is longer than %2 bytes', 'línea %1: un campo supera los %2 bytes', 'ligne %1 : un champ dépasse %2 octets'),
    ('the gzip data decompresses to more than %1 bytes, the limit gzip_max_bytes', 'los datos gzip se descomprimen en más de %1 bytes, el límite gzip_max_bytes', 'les données gzip dépassent %1 octets une fois décompressées, la limite gzip_max_bytes'),
    ('the gzip data expands more than %1 times (%2 bytes from %3), the limit gzip_max_ratio: a decompression bomb?', 'los datos gzip crecen más de %1 veces (%2 bytes a partir de %3), el límite gzip_max_ratio: ¿una bomba de descompresión?', 'les données gzip grossissent plus de %1 fois (%2 octets à partir de %3), la limite gzip_max_ratio : une bombe de décompression ?'),
    ('a control character (%1) in a text field; the row is not imported', 'un carácter de control (%1) en un campo de texto; la fila no se importa', 'un caractère de contrôle (%1) dans un champ texte ; la ligne n’est pas importée'),
    ('%1 more findings were counted but not kept (the limit ddex_max_findings)', '%1 hallazgos más se contaron pero no se conservaron (el límite ddex_max_findings)', '%1 constats de plus ont été comptés mais pas conservés (la limite ddex_max_findings)'),
    ('zip error %1', 'error zip %1', 'erreur zip %1'),
    ('set KEY VALUE changes one limit.', 'set CLAVE VALOR cambia un límite.', 'set CLÉ VALEUR modifie une limite.'),
    ('usage: royaltydesk-cli limits [--json] | limits set KEY VALUE', 'uso: royaltydesk-cli limits [--json] | limits set CLAVE VALOR', 'usage : royaltydesk-cli limits [--json] | limits set CLÉ VALEUR'),
    ('"%1" is not a whole number', '«%1» no es un número entero', '« %1 » n’est pas un nombre entier'),
    ('(default %1)', '(por omisión %1)', '(par défaut %1)'),
    (' MiB', ' MiB', ' Mio'),
    (' ×', ' ×', ' ×'),
    ('Input Limits', 'Límites de entrada', 'Limites d’entrée'),
    ('Caps on what a broken or hostile file may cost. A file that exceeds one is refused with an error that names the file and the limit, and nothing of it is kept.', 'Topes a lo que puede costar un archivo defectuoso u hostil. Un archivo que supera uno se rechaza con un error que nombra el archivo y el límite, y no se conserva nada de él.', 'Plafonds de ce que peut coûter un fichier défectueux ou hostile. Un fichier qui en dépasse un est refusé avec une erreur qui nomme le fichier et la limite, et rien n’en est conservé.'),
    ('Decompressed size of one gzip file:', 'Tamaño descomprimido de un archivo gzip:', 'Taille décompressée d’un fichier gzip :'),
    ('Expansion of one gzip file, at most:', 'Expansión máxima de un archivo gzip:', 'Expansion maximale d’un fichier gzip :'),
    ('DDEX findings kept per report:', 'Hallazgos DDEX conservados por informe:', 'Constats DDEX conservés par relevé :'),
    ('gzip_max_bytes: a decompression bomb stops here, before it fills the disk', 'gzip_max_bytes: una bomba de descompresión se detiene aquí, antes de llenar el disco', 'gzip_max_bytes : une bombe de décompression s’arrête ici, avant de remplir le disque'),
    ('gzip_max_ratio: real DSRs compress 4 to 12 times; judged after the first 64 MiB', 'gzip_max_ratio: los DSR reales se comprimen de 4 a 12 veces; se evalúa tras los primeros 64 MiB', 'gzip_max_ratio : les vrais DSR se compressent de 4 à 12 fois ; évalué après les 64 premiers Mio'),
    ('ddex_max_findings: the findings past it are counted, and the count reported', 'ddex_max_findings: los hallazgos que lo superan se cuentan y se informa el recuento', 'ddex_max_findings : les constats au-delà sont comptés, et le compte est signalé'),
    ('Package lines shown by the review:', 'Líneas de paquete que muestra la revisión:', 'Lignes de paquet affichées par la revue :'),
    ("review_max_lines: the review's totals and charts always cover every line", 'review_max_lines: los totales y gráficos de la revisión abarcan siempre todas las líneas', 'review_max_lines : les totaux et graphiques de la revue couvrent toujours toutes les lignes'),
    ('<b>This book</b> (every workstation and the command line)', '<b>Este libro</b> (todos los puestos y la línea de órdenes)', '<b>Ce livre</b> (tous les postes et la ligne de commande)'),
    ('<b>This workstation</b>', '<b>Este puesto</b>', '<b>Ce poste</b>'),
    ("Reading the book's limits…", 'Leyendo los límites del libro…', 'Lecture des limites du livre…'),
    ('Cannot read the limits: %1', 'No se pueden leer los límites: %1', 'Impossible de lire les limites : %1'),
    ('Saving…', 'Guardando…', 'Enregistrement…'),
    ('Cannot save the limits: %1', 'No se pueden guardar los límites: %1', 'Impossible d’enregistrer les limites : %1'),
    ('Input &Limits…', '&Límites de entrada…', '&Limites d’entrée…'),
    ('Caps on what a broken or hostile file may cost: gzip size and ratio, DDEX findings, review lines', 'Topes a lo que puede costar un archivo defectuoso u hostil: tamaño y proporción gzip, hallazgos DDEX, líneas de revisión', 'Plafonds de ce que peut coûter un fichier défectueux ou hostile : taille et taux gzip, constats DDEX, lignes de revue'),
    ('Showing the first %1 of %2 lines (the limit review_max_lines); the totals and charts cover all of them.', 'Se muestran las primeras %1 de %2 líneas (el límite review_max_lines); los totales y gráficos las abarcan todas.', 'Affichage des %1 premières lignes sur %2 (la limite review_max_lines) ; les totaux et graphiques les couvrent toutes.'),
    ("Usage: royaltydesk-cli [--db PATH] [--lang LANG] <command> [options]\n\nCommands:\n  import [--strict] [--replace | --dry-run] [--json] FILE...\n                                       import DSR files: simple TSV or DDEX (.tsv or .tsv.gz)\n  dsrs [--json]                        list the DSRs\n  dsr ID [--json] [--limit N] [--as-of DATE]\n                                       show one DSR and its validation report (or its history)\n  delete ID                            delete a DSR with its rows and report\n  rates import FILE... | rates list    import (date,currency,rate CSV) or list exchange rates\n  base-currency [CODE]                 show or set the base currency (default EUR)\n  totals --by DIMENSION [filters]      usages and revenue by territory|period|dsp|offer|dsp-offer\n  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]\n                                       the resources that make up the top N% of revenue\n  rights import FILE...                import licensing CSVs (claims)\n  licensed ISRC TERRITORY DATE [--as-known-on D] [--right-type T] [--json]\n                                       the licensed share and the claims in force\n  timeline ISRC [--territory CC] [--as-known-on D] [--json]\n                                       the licensing events of a track\n  overclaims [--territory CC] [--from D] [--to D] [--json]\n                                       where claims add up to more than 100%, with the usage\n  exposure [--territory CC] [--from D] [--to D] [--json]\n                                       usage and revenue while less than 100% licensed\n  package create --name N [--territory CC]... --period-start D --period-end D [--dsp X]... [--offer X]...\n  package adjust ID (--amount A --currency C | --percent P) [--resource R | --territory CC] --reason TEXT\n  package advance ID --holder H --amount A --currency C\n  package build|publish ID | package retract ID --reason TEXT\n  package export ID OUT.zip | package verify FILE.zip [--json]\n  package list [--json] | package show ID [--json]\n                                       residual packages: draft, build, export, publish, retract\n  retention sweep [--dry-run] [--now D] [--json]\n                                       purge raw rows past the window, retain those behind packages\n  retention window [DAYS]              show or set the window (default 90 days after import)\n  limits [--json] | limits set KEY VALUE\n                                       caps on hostile input: gzip_max_bytes, gzip_max_ratio,\n                                       ddex_max_findings\n  package copies ID [--json] | package recopy ID | package reverify ID\n                                       the retained copies of a published package, per target\n  targets list [--json] | targets add-local FOLDER | targets enable|disable ID\n  targets add-sftp --host H [--port P] --user U (--key F | --password-env VAR) --known-hosts F --folder D\n  targets trust ID [--fingerprint SHA256:…]\n                                       where published packages are copied (local folder, SFTP)\n  status CORRELATION_ID [--json] | status import FILE.jsonl | status export [--since D] | status inbox [FOLDER]\n                                       the status journal of a dataflow; external pipelines' messages\n  remit marketplace add NAME --url URL [--token-file F] [--window-hours H] [--max-attempts N] [--backoff-ms MS]\n  remit marketplace list | remit ingest FILE | remit ingest --package ID\n  remit run [--once | --until-idle] | remit list [--status S] [--marketplace M] [--from T] [--to T] [--json]\n                                       hourly remittances: usage in, exactly-once delivery, the outbox\n  remit retry ID... | remit redrive (--all | ID...) | remit reconcile [--older-than-minutes N] [--to failed|unknown]\n  remit reset --product P --start T --end T (--account A)... | remit recalc --start T --end T\n                                       recover: retry, re-drive dead letters, reset, recalculate, reconcile stuck\n\nOptions:\n  --db PATH     the database (default: the GUI's, %1)\n  --lang LANG   the language of messages (en, es, fr)\n  --version     print the version\n  --help        print this help\n", 'Uso: royaltydesk-cli [--db RUTA] [--lang IDIOMA] <orden> [opciones]\n\nÓrdenes:\n  import [--strict] [--replace | --dry-run] [--json] ARCHIVO...\n                                       importar archivos DSR: TSV simple o DDEX (.tsv o .tsv.gz)\n  dsrs [--json]                        listar los DSR\n  dsr ID [--json] [--limit N] [--as-of FECHA]\n                                       mostrar un DSR y su informe de validación (o su historial)\n  delete ID                            eliminar un DSR con sus filas y su informe\n  rates import ARCHIVO... | rates list importar (CSV fecha,moneda,tipo) o listar tipos de cambio\n  base-currency [CÓDIGO]               mostrar o fijar la moneda base (EUR por omisión)\n  totals --by DIMENSIÓN [filtros]      usos e ingresos por territory|period|dsp|offer|dsp-offer\n  percentile N [--territory CC] [--period-start F] [--period-end F] [--json]\n                                       los recursos que suman el N% superior de los ingresos\n  rights import ARCHIVO...             importar CSV de licencias (reclamaciones)\n  licensed ISRC TERRITORIO FECHA [--as-known-on F] [--right-type T] [--json]\n                                       la parte licenciada y las reclamaciones vigentes\n  timeline ISRC [--territory CC] [--as-known-on F] [--json]\n                                       los eventos de licencia de una pista\n  overclaims [--territory CC] [--from F] [--to F] [--json]\n                                       donde las reclamaciones suman más del 100%, con el uso\n  exposure [--territory CC] [--from F] [--to F] [--json]\n                                       usos e ingresos mientras la licencia era inferior al 100%\n  package create --name N [--territory CC]... --period-start F --period-end F [--dsp X]... [--offer X]...\n  package adjust ID (--amount I --currency M | --percent P) [--resource R | --territory CC] --reason TEXTO\n  package advance ID --holder T --amount I --currency M\n  package build|publish ID | package retract ID --reason TEXTO\n  package export ID SALIDA.zip | package verify ARCHIVO.zip [--json]\n  package list [--json] | package show ID [--json]\n                                       paquetes de residuales: borrador, generar, exportar, publicar, retirar\n  retention sweep [--dry-run] [--now F] [--json]\n                                       purgar las filas vencidas y conservar las de los paquetes\n  retention window [DÍAS]              mostrar o fijar el plazo (90 días tras la importación por omisión)\n  limits [--json] | limits set CLAVE VALOR\n                                       topes a la entrada hostil: gzip_max_bytes, gzip_max_ratio,\n                                       ddex_max_findings\n  package copies ID [--json] | package recopy ID | package reverify ID\n                                       las copias conservadas de un paquete publicado, por destino\n  targets list [--json] | targets add-local CARPETA | targets enable|disable ID\n  targets add-sftp --host H [--port P] --user U (--key A | --password-env VAR) --known-hosts A --folder D\n  targets trust ID [--fingerprint SHA256:…]\n                                       dónde se copian los paquetes publicados (carpeta local, SFTP)\n  status ID_CORRELACIÓN [--json] | status import ARCHIVO.jsonl | status export [--since F] | status inbox [CARPETA]\n                                       el diario de estado de un flujo; mensajes de flujos externos\n  remit marketplace add NOMBRE --url URL [--token-file A] [--window-hours H] [--max-attempts N] [--backoff-ms MS]\n  remit marketplace list | remit ingest ARCHIVO | remit ingest --package ID\n  remit run [--once | --until-idle] | remit list [--status E] [--marketplace M] [--from T] [--to T] [--json]\n                                       remesas por hora: uso entrante, entrega exactamente una vez, la bandeja de salida\n  remit retry ID... | remit redrive (--all | ID...) | remit reconcile [--older-than-minutes N] [--to failed|unknown]\n  remit reset --product P --start T --end T (--account C)... | remit recalc --start T --end T\n                                       recuperar: reintentar, reenviar cartas muertas, reiniciar, recalcular, conciliar atascadas\n\nOpciones:\n  --db RUTA       la base de datos (por omisión, la de la interfaz gráfica, %1)\n  --lang IDIOMA   el idioma de los mensajes (en, es, fr)\n  --version       mostrar la versión\n  --help          mostrar esta ayuda\n', 'Usage : royaltydesk-cli [--db CHEMIN] [--lang LANGUE] <commande> [options]\n\nCommandes :\n  import [--strict] [--replace | --dry-run] [--json] FICHIER...\n                                       importer des fichiers DSR : TSV simple ou DDEX (.tsv ou .tsv.gz)\n  dsrs [--json]                        lister les DSR\n  dsr ID [--json] [--limit N] [--as-of DATE]\n                                       afficher un DSR et son rapport de validation (ou son historique)\n  delete ID                            supprimer un DSR avec ses lignes et son rapport\n  rates import FICHIER... | rates list importer (CSV date,devise,taux) ou lister les taux de change\n  base-currency [CODE]                 afficher ou fixer la devise de base (EUR par défaut)\n  totals --by DIMENSION [filtres]      utilisations et revenus par territory|period|dsp|offer|dsp-offer\n  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]\n                                       les ressources qui font les N % supérieurs des revenus\n  rights import FICHIER...             importer des CSV de licences (revendications)\n  licensed ISRC TERRITOIRE DATE [--as-known-on D] [--right-type T] [--json]\n                                       la part sous licence et les revendications en vigueur\n  timeline ISRC [--territory CC] [--as-known-on D] [--json]\n                                       les événements de licence d’un titre\n  overclaims [--territory CC] [--from D] [--to D] [--json]\n                                       là où les revendications dépassent 100 %, avec l’utilisation\n  exposure [--territory CC] [--from D] [--to D] [--json]\n                                       utilisations et revenus sous licence à moins de 100 %\n  package create --name N [--territory CC]... --period-start D --period-end D [--dsp X]... [--offer X]...\n  package adjust ID (--amount M --currency D | --percent P) [--resource R | --territory CC] --reason TEXTE\n  package advance ID --holder A --amount M --currency D\n  package build|publish ID | package retract ID --reason TEXTE\n  package export ID SORTIE.zip | package verify FICHIER.zip [--json]\n  package list [--json] | package show ID [--json]\n                                       paquets de reliquats : brouillon, calcul, export, publication, retrait\n  retention sweep [--dry-run] [--now D] [--json]\n                                       purger les lignes échues, conserver celles des paquets\n  retention window [JOURS]             afficher ou fixer le délai (90 jours après l’import par défaut)\n  limits [--json] | limits set CLÉ VALEUR\n                                       plafonds pour les entrées hostiles : gzip_max_bytes, gzip_max_ratio,\n                                       ddex_max_findings\n  package copies ID [--json] | package recopy ID | package reverify ID\n                                       les copies conservées d’un paquet publié, par destination\n  targets list [--json] | targets add-local DOSSIER | targets enable|disable ID\n  targets add-sftp --host H [--port P] --user U (--key F | --password-env VAR) --known-hosts F --folder D\n  targets trust ID [--fingerprint SHA256:…]\n                                       où les paquets publiés sont copiés (dossier local, SFTP)\n  status ID_CORRÉLATION [--json] | status import FICHIER.jsonl | status export [--since D] | status inbox [DOSSIER]\n                                       le journal d’état d’un flux ; messages des chaînes externes\n  remit marketplace add NOM --url URL [--token-file F] [--window-hours H] [--max-attempts N] [--backoff-ms MS]\n  remit marketplace list | remit ingest FICHIER | remit ingest --package ID\n  remit run [--once | --until-idle] | remit list [--status S] [--marketplace M] [--from T] [--to T] [--json]\n                                       remises horaires : usage entrant, livraison une seule fois, la boîte d’envoi\n  remit retry ID... | remit redrive (--all | ID...) | remit reconcile [--older-than-minutes N] [--to failed|unknown]\n  remit reset --product P --start T --end T (--account C)... | remit recalc --start T --end T\n                                       reprendre : réessayer, relancer les lettres mortes, remettre à zéro, recalculer, régler les bloquées\n\nOptions :\n  --db CHEMIN     la base de données (par défaut celle de l’interface graphique, %1)\n  --lang LANGUE   la langue des messages (en, es, fr)\n  --version       afficher la version\n  --help          afficher cette aide\n'),
    ('line %1: more than %2 columns', 'línea %1: más de %2 columnas', 'ligne %1 : plus de %2 colonnes'),
    ("line %1: more fields than the header's %2", 'línea %1: más campos que los %2 de la cabecera', 'ligne %1 : plus de champs que les %2 de l’en-tête'),
    ('a control character (%1)', 'un carácter de control (%1)', 'un caractère de contrôle (%1)'),
    ('%1: a control character (%2)', '%1: un carácter de control (%2)', '%1 : un caractère de contrôle (%2)'),
]

ES = {en: es for en, es, fr in ENTRIES}
FR = {en: fr for en, es, fr in ENTRIES}
