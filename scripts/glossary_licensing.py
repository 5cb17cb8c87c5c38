"""Spanish and French for the licensing strings (issue 5) and the CLI usage text.

Each entry is (English, Spanish, French); plural entries take (singular, plural) pairs.
"""

USAGE_EN = (
    "Usage: royaltydesk-cli [--db PATH] [--lang LANG] <command> [options]\n\nCommands:\n"
    "  import [--strict] [--replace | --dry-run] [--json] FILE...\n"
    "                                       import DSR files: simple TSV or DDEX (.tsv or .tsv.gz)\n"
    "  dsrs [--json]                        list the DSRs\n"
    "  dsr ID [--json] [--limit N] [--as-of DATE]\n"
    "                                       show one DSR and its validation report (or its history)\n"
    "  delete ID                            delete a DSR with its rows and report\n"
    "  rates import FILE... | rates list    import (date,currency,rate CSV) or list exchange rates\n"
    "  base-currency [CODE]                 show or set the base currency (default EUR)\n"
    "  totals --by DIMENSION [filters]      usages and revenue by territory|period|dsp|offer|dsp-offer\n"
    "  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]\n"
    "                                       the resources that make up the top N% of revenue\n"
    "  rights import FILE...                import licensing CSVs (claims)\n"
    "  licensed ISRC TERRITORY DATE [--as-known-on D] [--right-type T] [--json]\n"
    "                                       the licensed share and the claims in force\n"
    "  timeline ISRC [--territory CC] [--as-known-on D] [--json]\n"
    "                                       the licensing events of a track\n"
    "  overclaims [--territory CC] [--from D] [--to D] [--json]\n"
    "                                       where claims add up to more than 100%, with the usage\n"
    "  exposure [--territory CC] [--from D] [--to D] [--json]\n"
    "                                       usage and revenue while less than 100% licensed\n"
    "\nOptions:\n"
    "  --db PATH     the database (default: the GUI's, %1)\n"
    "  --lang LANG   the language of messages (en, es, fr)\n"
    "  --version     print the version\n"
    "  --help        print this help\n")

USAGE_ES = (
    "Uso: royaltydesk-cli [--db RUTA] [--lang IDIOMA] <orden> [opciones]\n\nÓrdenes:\n"
    "  import [--strict] [--replace | --dry-run] [--json] ARCHIVO...\n"
    "                                       importar archivos DSR: TSV simple o DDEX (.tsv o .tsv.gz)\n"
    "  dsrs [--json]                        listar los DSR\n"
    "  dsr ID [--json] [--limit N] [--as-of FECHA]\n"
    "                                       mostrar un DSR y su informe de validación (o su historial)\n"
    "  delete ID                            eliminar un DSR con sus filas y su informe\n"
    "  rates import ARCHIVO... | rates list importar (CSV fecha,moneda,tipo) o listar tipos de cambio\n"
    "  base-currency [CÓDIGO]               mostrar o fijar la moneda base (EUR por omisión)\n"
    "  totals --by DIMENSIÓN [filtros]      usos e ingresos por territory|period|dsp|offer|dsp-offer\n"
    "  percentile N [--territory CC] [--period-start F] [--period-end F] [--json]\n"
    "                                       los recursos que suman el N% superior de los ingresos\n"
    "  rights import ARCHIVO...             importar CSV de licencias (reclamaciones)\n"
    "  licensed ISRC TERRITORIO FECHA [--as-known-on F] [--right-type T] [--json]\n"
    "                                       la parte licenciada y las reclamaciones vigentes\n"
    "  timeline ISRC [--territory CC] [--as-known-on F] [--json]\n"
    "                                       los eventos de licencia de una pista\n"
    "  overclaims [--territory CC] [--from F] [--to F] [--json]\n"
    "                                       donde las reclamaciones suman más del 100%, con el uso\n"
    "  exposure [--territory CC] [--from F] [--to F] [--json]\n"
    "                                       usos e ingresos mientras la licencia era inferior al 100%\n"
    "\nOpciones:\n"
    "  --db RUTA       la base de datos (por omisión, la de la interfaz gráfica, %1)\n"
    "  --lang IDIOMA   el idioma de los mensajes (en, es, fr)\n"
    "  --version       mostrar la versión\n"
    "  --help          mostrar esta ayuda\n")

USAGE_FR = (
    "Usage : royaltydesk-cli [--db CHEMIN] [--lang LANGUE] <commande> [options]\n\nCommandes :\n"
    "  import [--strict] [--replace | --dry-run] [--json] FICHIER...\n"
    "                                       importer des fichiers DSR : TSV simple ou DDEX (.tsv ou .tsv.gz)\n"
    "  dsrs [--json]                        lister les DSR\n"
    "  dsr ID [--json] [--limit N] [--as-of DATE]\n"
    "                                       afficher un DSR et son rapport de validation (ou son historique)\n"
    "  delete ID                            supprimer un DSR avec ses lignes et son rapport\n"
    "  rates import FICHIER... | rates list importer (CSV date,devise,taux) ou lister les taux de change\n"
    "  base-currency [CODE]                 afficher ou fixer la devise de base (EUR par défaut)\n"
    "  totals --by DIMENSION [filtres]      utilisations et revenus par territory|period|dsp|offer|dsp-offer\n"
    "  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]\n"
    "                                       les ressources qui font les N % supérieurs des revenus\n"
    "  rights import FICHIER...             importer des CSV de licences (revendications)\n"
    "  licensed ISRC TERRITOIRE DATE [--as-known-on D] [--right-type T] [--json]\n"
    "                                       la part sous licence et les revendications en vigueur\n"
    "  timeline ISRC [--territory CC] [--as-known-on D] [--json]\n"
    "                                       les événements de licence d’un titre\n"
    "  overclaims [--territory CC] [--from D] [--to D] [--json]\n"
    "                                       là où les revendications dépassent 100 %, avec l’utilisation\n"
    "  exposure [--territory CC] [--from D] [--to D] [--json]\n"
    "                                       utilisations et revenus sous licence à moins de 100 %\n"
    "\nOptions :\n"
    "  --db CHEMIN     la base de données (par défaut celle de l’interface graphique, %1)\n"
    "  --lang LANGUE   la langue des messages (en, es, fr)\n"
    "  --version       afficher la version\n"
    "  --help          afficher cette aide\n")

ENTRIES = [
    (USAGE_EN, USAGE_ES, USAGE_FR),
    ('%1 was already imported (rights import %2, %3); identical content is not imported twice',
     '%1 ya se importó (importación de derechos %2, %3); un contenido idéntico no se importa dos veces',
     '%1 a déjà été importé (import de droits %2, %3) ; un contenu identique n’est pas importé deux fois'),
    ('Cannot store the claims of %1: %2', 'No se pueden guardar las reclamaciones de %1: %2',
     'Impossible d’enregistrer les revendications de %1 : %2'),
    ('%1: larger than %2 GB', '%1: mayor de %2 GB', '%1 : plus de %2 Go'),
    ('a quoted field is not closed', 'un campo entre comillas no está cerrado', 'un champ entre guillemets n’est pas fermé'),
    ('%1:1: the header lacks the required column(s) %2; it needs %3',
     '%1:1: a la cabecera le faltan las columnas obligatorias %2; necesita %3',
     '%1:1 : l’en-tête n’a pas les colonnes obligatoires %2 ; il faut %3'),
    ('%1:1: unknown column "%2"', '%1:1: columna desconocida «%2»', '%1:1 : colonne inconnue « %2 »'),
    ('expected %1 fields, found %2', 'se esperaban %1 campos y hay %2', '%1 champs attendus, %2 trouvés'),
    ('required', 'obligatorio', 'obligatoire'),
    ('"%1" is not an ISRC', '«%1» no es un ISRC', '« %1 » n’est pas un ISRC'),
    ('"%1" is not an ISO 3166-1 alpha-2 code or WW', '«%1» no es un código ISO 3166-1 alfa-2 ni WW',
     '« %1 » n’est ni un code ISO 3166-1 alpha-2 ni WW'),
    ('"%1" is not a decimal percentage', '«%1» no es un porcentaje decimal', '« %1 » n’est pas un pourcentage décimal'),
    ('%1 is outside 0–100', '%1 está fuera de 0–100', '%1 est hors de 0–100'),
    ('%1 is before valid_from %2', '%1 es anterior a valid_from %2', '%1 précède valid_from %2'),
    ('%1 is not after known_from %2', '%1 no es posterior a known_from %2', '%1 n’est pas postérieur à known_from %2'),
    ('"%1" is not recording or publishing', '«%1» no es recording ni publishing', '« %1 » n’est ni recording ni publishing'),
    ('… and %n more problem(s)', ('… y %n problema más', '… y %n problemas más'), ('… et %n autre problème', '… et %n autres problèmes')),
    ('%1 is not imported: %n problem(s)', ('%1 no se importa: %n problema', '%1 no se importa: %n problemas'),
     ('%1 n’est pas importé : %n problème', '%1 n’est pas importé : %n problèmes')),
    ('%1: the file is empty', '%1: el archivo está vacío', '%1 : le fichier est vide'),
    ('%1: "%2" is not a date (YYYY-MM-DD)', '%1: «%2» no es una fecha (AAAA-MM-DD)', '%1 : « %2 » n’est pas une date (AAAA-MM-JJ)'),
    ('Only this territory.', 'Solo este territorio.', 'Seulement ce territoire.'),
    ('From this day (YYYY-MM-DD).', 'Desde este día (AAAA-MM-DD).', 'À partir de ce jour (AAAA-MM-JJ).'),
    ('Up to this day (YYYY-MM-DD).', 'Hasta este día (AAAA-MM-DD).', 'Jusqu’à ce jour (AAAA-MM-JJ).'),
    ('The claims as known on this day (default today).', 'Las reclamaciones tal como se conocían ese día (hoy por omisión).',
     'Les revendications telles que connues ce jour-là (aujourd’hui par défaut).'),
    (' (without %1: no rate)', ' (sin %1: no hay tipo de cambio)', ' (sans %1 : pas de taux)'),
    ('import', 'import', 'import'),
    ('Licensing CSV files.', 'Archivos CSV de licencias.', 'Fichiers CSV de licences.'),
    ('usage: royaltydesk-cli rights import FILE...', 'uso: royaltydesk-cli rights import ARCHIVO...',
     'usage : royaltydesk-cli rights import FICHIER...'),
    ('%1: %n claim(s) imported (rights import %2)',
     ('%1: %n reclamación importada (importación de derechos %2)', '%1: %n reclamaciones importadas (importación de derechos %2)'),
     ('%1 : %n revendication importée (import de droits %2)', '%1 : %n revendications importées (import de droits %2)')),
    ('The track.', 'La pista.', 'Le titre.'),
    ('ISO territory code.', 'Código ISO del territorio.', 'Code ISO du territoire.'),
    ('The day (YYYY-MM-DD).', 'El día (AAAA-MM-DD).', 'Le jour (AAAA-MM-JJ).'),
    ('recording (default) or publishing.', 'recording (por omisión) o publishing.', 'recording (par défaut) ou publishing.'),
    ('--right-type: "%1" is not recording or publishing', '--right-type: «%1» no es recording ni publishing',
     '--right-type : « %1 » n’est ni recording ni publishing'),
    ('overclaimed', 'sobrerreclamada', 'surrevendiqué'),
    ('fully licensed', 'licenciada por completo', 'entièrement sous licence'),
    ('unlicensed', 'sin licencia', 'sans licence'),
    ('partly licensed', 'licenciada en parte', 'partiellement sous licence'),
    ('%1 in %2 on %3 (%4 rights, as known on %5): %6% — %7', '%1 en %2 el %3 (derechos %4, según lo conocido el %5): %6% — %7',
     '%1 en %2 le %3 (droits %4, tel que connu le %5) : %6 % — %7'),
    ('RIGHTS HOLDER', 'TITULAR', 'AYANT DROIT'),
    ('SHARE', 'PARTE', 'PART'),
    ('VALID FROM', 'VÁLIDA DESDE', 'VALIDE DU'),
    ('VALID TO', 'VÁLIDA HASTA', 'VALIDE AU'),
    ('open', 'abierta', 'ouverte'),
    ('DSR %1 line %2', 'DSR %1 línea %2', 'DSR %1 ligne %2'),
    ('%1 line %2', '%1 línea %2', '%1 ligne %2'),
    ('Only this territory (with the worldwide claims).', 'Solo este territorio (con las reclamaciones mundiales).',
     'Seulement ce territoire (avec les revendications mondiales).'),
    ('%1: %n licensing event(s), as known on %2',
     ('%1: %n evento de licencia, según lo conocido el %2', '%1: %n eventos de licencia, según lo conocido el %2'),
     ('%1 : %n événement de licence, tel que connu le %2', '%1 : %n événements de licence, tel que connu le %2')),
    ('RIGHT TYPE', 'TIPO DE DERECHO', 'TYPE DE DROIT'),
    ('LICENSED SHARE FROM THEN ON', 'PARTE LICENCIADA DESDE ENTONCES', 'PART SOUS LICENCE DÈS LORS'),
    ('overclaims', 'sobrerreclamaciones', 'surrevendications'),
    ('FROM', 'DESDE', 'DU'),
    ('TO', 'HASTA', 'AU'),
    ('TOTAL SHARE', 'PARTE TOTAL', 'PART TOTALE'),
    ('CLAIMANTS', 'RECLAMANTES', 'REVENDICATEURS'),
    ('%n overclaimed stretch(es)', ('%n tramo sobrerreclamado', '%n tramos sobrerreclamados'),
     ('%n période surrevendiquée', '%n périodes surrevendiquées')),
    ('exposure', 'exposición', 'exposition'),
    ('LICENSED', 'LICENCIADA', 'SOUS LICENCE'),
    ('(no ISRC)', '(sin ISRC)', '(sans ISRC)'),
]

ES = {en: es for en, es, _ in ENTRIES}
FR = {en: fr for en, _, fr in ENTRIES}

ENTRIES += [
    ('Case file %1', 'Expediente %1', 'Dossier %1'),
    ('Case file: %1 %2', 'Expediente: %1 %2', 'Dossier : %1 %2'),
    ('%1 — claims as known on %2 — generated %3 by Royalty Desk',
     '%1 — reclamaciones según lo conocido el %2 — generado el %3 por Royalty Desk',
     '%1 — revendications telles que connues le %2 — généré le %3 par Royalty Desk'),
    ('Claims (%n)', ('Reclamaciones (%n)', 'Reclamaciones (%n)'), ('Revendications (%n)', 'Revendications (%n)')),
    ('Rights holder', 'Titular', 'Ayant droit'),
    ('Share', 'Parte', 'Part'),
    ('Type', 'Tipo', 'Type'),
    ('Valid from', 'Válida desde', 'Valide du'),
    ('Valid to', 'Válida hasta', 'Valide au'),
    ('Known from', 'Conocida desde', 'Connue depuis'),
    ('Withdrawn', 'Retirada', 'Retirée'),
    ('Licensing events (%n)', ('Eventos de licencia (%n)', 'Eventos de licencia (%n)'),
     ('Événements de licence (%n)', 'Événements de licence (%n)')),
    ('Licensed share from then on', 'Parte licenciada desde entonces', 'Part sous licence dès lors'),
    ('Usage in periods not fully licensed (%n)', ('Uso en periodos sin licencia completa (%n)', 'Uso en periodos sin licencia completa (%n)'),
     ('Utilisation pendant des périodes pas entièrement sous licence (%n)', 'Utilisation pendant des périodes pas entièrement sous licence (%n)')),
    ('Licensing during the period', 'Licencia durante el periodo', 'Licence pendant la période'),
    ('Cannot index the tracks: %1', 'No se pueden indexar las pistas: %1', 'Impossible d’indexer les titres : %1'),
    ('The page to open: imports, analytics, or licensing (licensing:ISRC opens a track).',
     'La página que abrir: imports, analytics o licensing (licensing:ISRC abre una pista).',
     'La page à ouvrir : imports, analytics ou licensing (licensing:ISRC ouvre un titre).'),
    ('DSR %1, line %2', 'DSR %1, línea %2', 'DSR %1, ligne %2'),
    ('%1, line %2', '%1, línea %2', '%1, ligne %2'),
    ('Lowest licensed share', 'Parte licenciada mínima', 'Part sous licence minimale'),
    ('Case file…', 'Expediente…', 'Dossier…'),
    ('Find a track by ISRC, title or artist', 'Buscar una pista por ISRC, título o artista', 'Chercher un titre par ISRC, titre ou artiste'),
    ('Replay what was known on this day: only claims learned by then, and not withdrawn by then, count.',
     'Reproducir lo que se sabía ese día: solo cuentan las reclamaciones conocidas entonces y no retiradas entonces.',
     'Rejouer ce que l’on savait ce jour-là : seules comptent les revendications connues alors et non retirées alors.'),
    ("Export the track's case file: a PDF with the timeline, claims, events and exposed usage, and a CSV of the same data.",
     'Exportar el expediente de la pista: un PDF con la cronología, las reclamaciones, los eventos y el uso expuesto, y un CSV con los mismos datos.',
     'Exporter le dossier du titre : un PDF avec la chronologie, les revendications, les événements et l’utilisation exposée, et un CSV des mêmes données.'),
    ('As known on:', 'Según lo conocido el:', 'Tel que connu le :'),
    ('Bands', 'Tramos', 'Plages'),
    ('Claims of the selected band', 'Reclamaciones del tramo seleccionado', 'Revendications de la plage choisie'),
    ('Run overclaim report', 'Calcular el informe de sobrerreclamaciones', 'Lancer le rapport des surrevendications'),
    ('Run exposure report', 'Calcular el informe de exposición', 'Lancer le rapport d’exposition'),
    ('Overclaims', 'Sobrerreclamaciones', 'Surrevendications'),
    ('Exposure', 'Exposición', 'Exposition'),
    ('Indexing tracks…', 'Indexando pistas…', 'Indexation des titres…'),
    ('%n track(s) newly indexed', ('%n pista indexada ahora', '%n pistas indexadas ahora'),
     ('%n titre nouvellement indexé', '%n titres nouvellement indexés')),
    ('Loading %1…', 'Cargando %1…', 'Chargement de %1…'),
    ('%n band(s), %1 licensing event(s), %2 DSR period(s) with usage; claims as known on %3',
     ('%n tramo, %1 eventos de licencia, %2 periodos de DSR con uso; reclamaciones según lo conocido el %3',
      '%n tramos, %1 eventos de licencia, %2 periodos de DSR con uso; reclamaciones según lo conocido el %3'),
     ('%n plage, %1 événements de licence, %2 périodes de DSR avec utilisation ; revendications telles que connues le %3',
      '%n plages, %1 événements de licence, %2 périodes de DSR avec utilisation ; revendications telles que connues le %3')),
    ('Export case file', 'Exportar expediente', 'Exporter le dossier'),
    ('Case file', 'Expediente', 'Dossier'),
    ('Wrote %1 and %2', 'Se escribieron %1 y %2', '%1 et %2 écrits'),
    ('%n track-territory row(s) with exposed usage', ('%n fila pista-territorio con uso expuesto', '%n filas pista-territorio con uso expuesto'),
     ('%n ligne titre-territoire avec utilisation exposée', '%n lignes titre-territoire avec utilisation exposée')),
    ('Licensing', 'Licencias', 'Licences'),
    ('Right type', 'Tipo de derecho', 'Type de droit'),
    ('From', 'Desde', 'Du'),
    ('To', 'Hasta', 'Au'),
    ('Total share', 'Parte total', 'Part totale'),
    ('Claimants', 'Reclamantes', 'Revendicateurs'),
    ('Licensed share', 'Parte licenciada', 'Part sous licence'),
    ('State', 'Estado', 'État'),
    ('Licensing timeline', 'Cronología de licencias', 'Chronologie des licences'),
    ('Search for a track by ISRC, title or artist', 'Busque una pista por ISRC, título o artista', 'Cherchez un titre par ISRC, titre ou artiste'),
    ('No claims and no usage for %1', 'Ni reclamaciones ni uso para %1', 'Ni revendications ni utilisation pour %1'),
    ('Worldwide', 'Mundial', 'Monde'),
    ('recording', 'grabación', 'enregistrement'),
    ('publishing', 'edición', 'édition'),
    ('Usage', 'Uso', 'Utilisation'),
    ('DSR %1 (%2, %3 – %4): %5 usages, %6 %7', 'DSR %1 (%2, %3 – %4): %5 usos, %6 %7', 'DSR %1 (%2, %3 – %4) : %5 utilisations, %6 %7'),
    ('%1 %2, %3 – %4: %5% (%6)', '%1 %2, %3 – %4: %5% (%6)', '%1 %2, %3 – %4 : %5 % (%6)'),
]

ES = {en: es for en, es, _ in ENTRIES}
FR = {en: fr for en, _, fr in ENTRIES}
