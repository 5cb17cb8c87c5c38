"""Spanish and French for the analytics strings (issue 3): the Analytics view,
the exchange-rate dialog, the analytics CLI commands and their core messages.
Merged into the tables of fill-translations.py."""

USAGE_EN = (
    "Usage: royaltydesk-cli [--db PATH] [--lang LANG] <command> [options]\n\nCommands:\n"
    "  import [--strict] [--json] FILE...   import DSR files (.tsv or .tsv.gz)\n"
    "  dsrs [--json]                        list the DSRs\n"
    "  dsr ID [--json] [--limit N]          show one DSR and its validation report\n"
    "  delete ID                            delete a DSR with its rows and report\n"
    "  rates import FILE... | rates list    import (date,currency,rate CSV) or list exchange rates\n"
    "  base-currency [CODE]                 show or set the base currency (default EUR)\n"
    "  totals --by DIMENSION [filters]      usages and revenue by territory|period|dsp|offer|dsp-offer\n"
    "  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]\n"
    "                                       the resources that make up the top N% of revenue\n\n"
    "Options:\n"
    "  --db PATH     the database (default: the GUI's, %1)\n"
    "  --lang LANG   the language of messages (en, es, fr)\n"
    "  --version     print the version\n"
    "  --help        print this help\n")

USAGE_ES = (
    "Uso: royaltydesk-cli [--db RUTA] [--lang IDIOMA] <orden> [opciones]\n\nÓrdenes:\n"
    "  import [--strict] [--json] ARCHIVO...  importar archivos DSR (.tsv o .tsv.gz)\n"
    "  dsrs [--json]                          listar los DSR\n"
    "  dsr ID [--json] [--limit N]            mostrar un DSR y su informe de validación\n"
    "  delete ID                              eliminar un DSR con sus filas y su informe\n"
    "  rates import ARCHIVO... | rates list   importar (CSV fecha,moneda,tipo) o listar tipos de cambio\n"
    "  base-currency [CÓDIGO]                 mostrar o fijar la moneda base (por omisión EUR)\n"
    "  totals --by DIMENSIÓN [filtros]        usos e ingresos por territory|period|dsp|offer|dsp-offer\n"
    "  percentile N [--territory CC] [--period-start F] [--period-end F] [--json]\n"
    "                                         los recursos que suman el N % superior de los ingresos\n\n"
    "Opciones:\n"
    "  --db RUTA       la base de datos (por omisión, la de la interfaz gráfica, %1)\n"
    "  --lang IDIOMA   el idioma de los mensajes (en, es, fr)\n"
    "  --version       mostrar la versión\n"
    "  --help          mostrar esta ayuda\n")

USAGE_FR = (
    "Usage : royaltydesk-cli [--db CHEMIN] [--lang LANGUE] <commande> [options]\n\nCommandes :\n"
    "  import [--strict] [--json] FICHIER...  importer des fichiers DSR (.tsv ou .tsv.gz)\n"
    "  dsrs [--json]                          lister les DSR\n"
    "  dsr ID [--json] [--limit N]            afficher un DSR et son rapport de validation\n"
    "  delete ID                              supprimer un DSR avec ses lignes et son rapport\n"
    "  rates import FICHIER... | rates list   importer (CSV date,devise,taux) ou lister les taux de change\n"
    "  base-currency [CODE]                   afficher ou définir la devise de base (EUR par défaut)\n"
    "  totals --by DIMENSION [filtres]        utilisations et revenus par territory|period|dsp|offer|dsp-offer\n"
    "  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]\n"
    "                                         les ressources qui font les N % supérieurs des revenus\n\n"
    "Options :\n"
    "  --db CHEMIN     la base de données (par défaut celle de l’interface graphique, %1)\n"
    "  --lang LANGUE   la langue des messages (en, es, fr)\n"
    "  --version       afficher la version\n"
    "  --help          afficher cette aide\n")

# (English, Spanish, French); plural entries give (singular, plural) pairs.
ENTRIES = [
    (USAGE_EN, USAGE_ES, USAGE_FR),
    ('Canceled', 'Cancelado', 'Annulé'),
    ('Cannot read the resource totals of DSR %1', 'No se pueden leer los totales por recurso del DSR %1',
     'Impossible de lire les totaux par ressource du DSR %1'),
    ('Cannot read the resources: %1', 'No se pueden leer los recursos: %1', 'Impossible de lire les ressources : %1'),
    ("Cannot read the resources' report lines", 'No se pueden leer las líneas de informe de los recursos',
     'Impossible de lire les lignes de rapport des ressources'),
    ('Cannot write %1', 'No se puede escribir %1', 'Impossible d’écrire %1'),
    ('Royalty Desk analytics summary', 'Resumen analítico de Royalty Desk', 'Synthèse analytique Royalty Desk'),
    ('Usage and revenue analytics', 'Análisis de usos e ingresos', 'Analyse des utilisations et des revenus'),
    ('Filters: %1', 'Filtros: %1', 'Filtres : %1'),
    ('%n DSR(s), %1 usages, revenue %2 %3 (rounded half to even; exact: %4)',
     ('%n DSR, %1 usos, ingresos %2 %3 (redondeo a par; exacto: %4)',
      '%n DSR, %1 usos, ingresos %2 %3 (redondeo a par; exacto: %4)'),
     ('%n DSR, %1 utilisations, revenus %2 %3 (arrondi au pair ; exact : %4)',
      '%n DSR, %1 utilisations, revenus %2 %3 (arrondi au pair ; exact : %4)')),
    ('Left out for lack of an exchange rate: %1', 'Excluidos por falta de tipo de cambio: %1',
     'Exclus faute de taux de change : %1'),
    ('Generated %1', 'Generado el %1', 'Généré le %1'),
    ('Top resources (%1)', 'Recursos principales (%1)', 'Meilleures ressources (%1)'),
    ('"%1" is not an ISO 4217 currency code', '«%1» no es un código de moneda ISO 4217',
     '« %1 » n’est pas un code de devise ISO 4217'),
    ('%1 is the base currency; it needs no rate', '%1 es la moneda base; no necesita tipo de cambio',
     '%1 est la devise de base ; elle n’a pas besoin de taux'),
    ('"%1" is not an exact decimal number', '«%1» no es un número decimal exacto', '« %1 » n’est pas un nombre décimal exact'),
    ('%1 is not a positive rate', '%1 no es un tipo de cambio positivo', '%1 n’est pas un taux positif'),
    ('%1 on %2: %3', '%1 el %2: %3', '%1 le %2 : %3'),
    ('The percentage must be between 1 and 100, not %1', 'El porcentaje debe estar entre 1 y 100, no %1',
     'Le pourcentage doit être compris entre 1 et 100, pas %1'),
    ('No exchange rate into %1 is in force for: %2. Import rates first.',
     'No hay ningún tipo de cambio a %1 vigente para: %2. Importe primero los tipos.',
     'Aucun taux de change vers %1 n’est en vigueur pour : %2. Importez d’abord les taux.'),
    ('%1: cannot open: %2', '%1: no se puede abrir: %2', '%1 : ouverture impossible : %2'),
    ('%1: larger than %2 MB; not an exchange-rate table', '%1: más de %2 MB; no es una tabla de tipos de cambio',
     '%1 : plus de %2 Mo ; ce n’est pas une table de taux de change'),
    ('%1:%2: %3: %4', '%1:%2: %3: %4', '%1:%2 : %3 : %4'),
    ('line', 'línea', 'ligne'),
    ('longer than %1 bytes', 'más de %1 bytes', 'plus de %1 octets'),
    ('not valid UTF-8', 'no es UTF-8 válido', 'UTF-8 non valide'),
    ('expected 3 fields (date,currency,rate), found %1', 'se esperaban 3 campos (fecha,moneda,tipo), hay %1',
     '3 champs attendus (date,devise,taux), %1 trouvés'),
    ('"%1" is not a date (YYYY-MM-DD)', '«%1» no es una fecha (AAAA-MM-DD)', '« %1 » n’est pas une date (AAAA-MM-JJ)'),
    ('%1 on %2 was already quoted as %3 earlier in the file', '%1 el %2 ya figuraba como %3 antes en el archivo',
     '%1 le %2 était déjà coté %3 plus haut dans le fichier'),
    ('%1: no exchange rates found', '%1: no se encontraron tipos de cambio', '%1 : aucun taux de change trouvé'),
    ('The usages of resource %1 add up beyond the supported range',
     'Los usos del recurso %1 suman más de lo admitido', 'Les utilisations de la ressource %1 dépassent la plage prise en charge'),
    ('Cannot store the resource totals: %1', 'No se pueden guardar los totales por recurso: %1',
     'Impossible d’enregistrer les totaux par ressource : %1'),
    ('The page to open: imports or analytics.', 'La página que abrir: imports o analytics.',
     'La page à ouvrir : imports ou analytics.'),
    ('PAGE', 'PÁGINA', 'PAGE'),
    ('--%1: "%2" is not a date (YYYY-MM-DD)', '--%1: «%2» no es una fecha (AAAA-MM-DD)',
     '--%1 : « %2 » n’est pas une date (AAAA-MM-JJ)'),
    ('Only DSRs of this territory (repeatable).', 'Solo los DSR de este territorio (repetible).',
     'Seulement les DSR de ce territoire (répétable).'),
    ('Only DSRs of this DSP (repeatable).', 'Solo los DSR de este DSP (repetible).', 'Seulement les DSR de ce DSP (répétable).'),
    ('Only DSRs of this offer (repeatable).', 'Solo los DSR de esta oferta (repetible).',
     'Seulement les DSR de cette offre (répétable).'),
    ('Only DSRs whose period starts on or after this date.', 'Solo los DSR cuyo periodo empieza en esta fecha o después.',
     'Seulement les DSR dont la période commence à cette date ou après.'),
    ('Only DSRs whose period ends on or before this date.', 'Solo los DSR cuyo periodo termina en esta fecha o antes.',
     'Seulement les DSR dont la période se termine à cette date ou avant.'),
    ('Show amounts in this original currency (only its DSRs) instead of the base currency.',
     'Mostrar los importes en esta moneda original (solo sus DSR) en lugar de la moneda base.',
     'Afficher les montants dans cette devise d’origine (seulement ses DSR) au lieu de la devise de base.'),
    ('Only resources whose title, artists or ISRC contain this text.',
     'Solo los recursos cuyo título, artistas o ISRC contienen este texto.',
     'Seulement les ressources dont le titre, les artistes ou l’ISRC contiennent ce texte.'),
    ('Print the result as JSON.', 'Mostrar el resultado en JSON.', 'Afficher le résultat en JSON.'),
    ('%1: %n rate(s) against %2 imported',
     ('%1: %n tipo de cambio frente a %2 importado', '%1: %n tipos de cambio frente a %2 importados'),
     ('%1 : %n taux par rapport à %2 importé', '%1 : %n taux par rapport à %2 importés')),
    ('DATE', 'FECHA', 'DATE'),
    ('RATE (PER %1)', 'TIPO (POR %1)', 'TAUX (PAR %1)'),
    ('SOURCE', 'ORIGEN', 'SOURCE'),
    ('Print the rates as JSON.', 'Mostrar los tipos de cambio en JSON.', 'Afficher les taux en JSON.'),
    ('import FILE... | list', 'import ARCHIVO... | list', 'import FICHIER... | list'),
    ('The new base currency (ISO 4217).', 'La nueva moneda base (ISO 4217).', 'La nouvelle devise de base (ISO 4217).'),
    ('territory, period, dsp, offer or dsp-offer.', 'territory, period, dsp, offer o dsp-offer.',
     'territory, period, dsp, offer ou dsp-offer.'),
    ('DSP / OFFER', 'DSP / OFERTA', 'DSP / OFFRE'),
    ('DSRS', 'DSR', 'DSR'),
    ('REVENUE (%1)', 'INGRESOS (%1)', 'REVENUS (%1)'),
    ('Warning: no exchange rate into %1 is in force for %2; those DSRs are left out of the revenue (marked *). '
     'Import rates with "royaltydesk-cli rates import FILE".',
     'Aviso: no hay ningún tipo de cambio a %1 vigente para %2; esos DSR quedan fuera de los ingresos (marcados con *). '
     'Importe tipos con «royaltydesk-cli rates import ARCHIVO».',
     'Attention : aucun taux de change vers %1 n’est en vigueur pour %2 ; ces DSR sont exclus des revenus (marqués *). '
     'Importez des taux avec « royaltydesk-cli rates import FICHIER ».'),
    ('Only DSRs of this territory.', 'Solo los DSR de este territorio.', 'Seulement les DSR de ce territoire.'),
    ('Print the report as JSON.', 'Mostrar el informe en JSON.', 'Afficher le rapport en JSON.'),
    ('The share of total revenue, 1 to 100.', 'La parte de los ingresos totales, de 1 a 100.',
     'La part des revenus totaux, de 1 à 100.'),
    ('N must be a whole number from 1 to 100, not "%1"', 'N debe ser un número entero de 1 a 100, no «%1»',
     'N doit être un entier de 1 à 100, pas « %1 »'),
    ('%n resource(s) make up the top %1% of %2 %3 (of %4 resources)',
     ('%n recurso suma el %1 % superior de %2 %3 (de %4 recursos)',
      '%n recursos suman el %1 % superior de %2 %3 (de %4 recursos)'),
     ('%n ressource fait les %1 % supérieurs de %2 %3 (sur %4 ressources)',
      '%n ressources font les %1 % supérieurs de %2 %3 (sur %4 ressources)')),
    ('DSP ID', 'ID DSP', 'ID DSP'),
    ('TITLE', 'TÍTULO', 'TITRE'),
    ('ARTISTS', 'ARTISTAS', 'ARTISTES'),
    ('ISRC', 'ISRC', 'ISRC'),
    ('All territories', 'Todos los territorios', 'Tous les territoires'),
    ('any', 'cualquiera', 'toutes'),
    ('Search title, artist or ISRC', 'Buscar título, artista o ISRC', 'Rechercher titre, artiste ou ISRC'),
    ('Export', 'Exportar', 'Exporter'),
    ('PDF summary of this view…', 'Resumen PDF de esta vista…', 'Synthèse PDF de cette vue…'),
    ('Territory totals (CSV or XLSX)…', 'Totales por territorio (CSV o XLSX)…', 'Totaux par territoire (CSV ou XLSX)…'),
    ('Top resources (CSV or XLSX)…', 'Recursos principales (CSV o XLSX)…', 'Meilleures ressources (CSV ou XLSX)…'),
    ('Drill-down rows (CSV or XLSX)…', 'Filas del detalle (CSV o XLSX)…', 'Lignes du détail (CSV ou XLSX)…'),
    ('Exchange rates…', 'Tipos de cambio…', 'Taux de change…'),
    ('Reset filters', 'Restablecer filtros', 'Réinitialiser les filtres'),
    ('&Territory:', '&Territorio:', '&Territoire :'),
    ('&From:', '&Desde:', '&Du :'),
    ('T&o:', '&Hasta:', '&Au :'),
    ('DS&P:', 'DS&P:', 'DS&P :'),
    ('O&ffer:', 'O&ferta:', 'O&ffre :'),
    ('&Currency:', '&Moneda:', 'De&vise :'),
    ('Sh&ow:', 'M&ostrar:', 'Affi&cher :'),
    ('Export chart as PNG or SVG…', 'Exportar el gráfico como PNG o SVG…', 'Exporter le graphique en PNG ou SVG…'),
    ('Click a bar or point to see its rows; right-click to export',
     'Haga clic en una barra o un punto para ver sus filas; clic derecho para exportar',
     'Cliquez sur une barre ou un point pour voir ses lignes ; clic droit pour exporter'),
    ('Double-click a resource to see its rows', 'Doble clic en un recurso para ver sus filas',
     'Double-cliquez sur une ressource pour voir ses lignes'),
    ('<b>Top resources</b>', '<b>Recursos principales</b>', '<b>Meilleures ressources</b>'),
    ('← Back', '← Volver', '← Retour'),
    ('All DSPs', 'Todos los DSP', 'Tous les DSP'),
    ('All offers', 'Todas las ofertas', 'Toutes les offres'),
    ('Base currency', 'Moneda base', 'Devise de base'),
    ('%n DSR(s) · %1 usages · revenue %2 %3',
     ('%n DSR · %1 usos · ingresos %2 %3', '%n DSR · %1 usos · ingresos %2 %3'),
     ('%n DSR · %1 utilisations · revenus %2 %3', '%n DSR · %1 utilisations · revenus %2 %3')),
    ('(%1 ms)', '(%1 ms)', '(%1 ms)'),
    ('Exactly %1 %2; amounts are rounded half to even only for display',
     'Exactamente %1 %2; los importes se redondean a par solo al mostrarlos',
     'Exactement %1 %2 ; les montants ne sont arrondis au pair qu’à l’affichage'),
    ('No exchange rate into %1 is in force for %2. Those DSRs are left out of every revenue total below; '
     'import or enter rates with "Exchange rates…".',
     'No hay ningún tipo de cambio a %1 vigente para %2. Esos DSR quedan fuera de todos los totales de ingresos; '
     'importe o introduzca tipos con «Tipos de cambio…».',
     'Aucun taux de change vers %1 n’est en vigueur pour %2. Ces DSR sont exclus de tous les totaux de revenus ci-dessous ; '
     'importez ou saisissez des taux avec « Taux de change… ».'),
    ('Rows behind <b>%1</b> (%2), with the current filters', 'Filas de <b>%1</b> (%2), con los filtros actuales',
     'Lignes derrière <b>%1</b> (%2), avec les filtres actuels'),
    ('Rows of <b>%1</b>, with the current filters', 'Filas de <b>%1</b>, con los filtros actuales',
     'Lignes de <b>%1</b>, avec les filtres actuels'),
    ('all territories', 'todos los territorios', 'tous les territoires'),
    ('periods %1 to %2', 'periodos del %1 al %2', 'périodes du %1 au %2'),
    ('DSP %1', 'DSP %1', 'DSP %1'),
    ('offer %1', 'oferta %1', 'offre %1'),
    ('base currency', 'moneda base', 'devise de base'),
    ('%1 only', 'solo %1', '%1 seulement'),
    ('search "%1"', 'búsqueda «%1»', 'recherche « %1 »'),
    ('Export chart', 'Exportar gráfico', 'Exporter le graphique'),
    ('PNG image (*.png);;SVG drawing (*.svg)', 'Imagen PNG (*.png);;Dibujo SVG (*.svg)', 'Image PNG (*.png);;Dessin SVG (*.svg)'),
    ('Export table', 'Exportar tabla', 'Exporter le tableau'),
    ('Excel workbook (*.xlsx);;CSV (*.csv)', 'Libro de Excel (*.xlsx);;CSV (*.csv)', 'Classeur Excel (*.xlsx);;CSV (*.csv)'),
    ('Export PDF summary', 'Exportar resumen PDF', 'Exporter la synthèse PDF'),
    ('analytics-summary.pdf', 'resumen-analitico.pdf', 'synthese-analytique.pdf'),
    ('PDF (*.pdf)', 'PDF (*.pdf)', 'PDF (*.pdf)'),
    ('%1 usages', '%1 usos', '%1 utilisations'),
    ('%1 %2', '%1 %2', '%1 %2'),
    ('%n DSR(s) left out: no exchange rate in force',
     ('%n DSR excluido: sin tipo de cambio vigente', '%n DSR excluidos: sin tipo de cambio vigente'),
     ('%n DSR exclu : aucun taux de change en vigueur', '%n DSR exclus : aucun taux de change en vigueur')),
    ('Revenue by territory (%1)', 'Ingresos por territorio (%1)', 'Revenus par territoire (%1)'),
    ('Usages by territory', 'Usos por territorio', 'Utilisations par territoire'),
    ('Revenue over time (%1)', 'Ingresos en el tiempo (%1)', 'Revenus dans le temps (%1)'),
    ('Usages over time', 'Usos en el tiempo', 'Utilisations dans le temps'),
    ('This period', 'Este periodo', 'Cette période'),
    ('Previous period', 'Periodo anterior', 'Période précédente'),
    ('Previous period: %1', 'Periodo anterior: %1', 'Période précédente : %1'),
    ('Split by DSP and offer (%1)', 'Reparto por DSP y oferta (%1)', 'Répartition par DSP et offre (%1)'),
    ('Usages by DSP and offer', 'Usos por DSP y oferta', 'Utilisations par DSP et offre'),
    ('missing', 'falta', 'manquant'),
    ('DSR', 'DSR', 'DSR'),
    ('Title', 'Título', 'Titre'),
    ('Artists', 'Artistas', 'Artistes'),
    ('Analytics', 'Análisis', 'Analyse'),
    ('Exchange rates', 'Tipos de cambio', 'Taux de change'),
    ('Date', 'Fecha', 'Date'),
    ('Rate (per 1 base)', 'Tipo (por 1 de base)', 'Taux (pour 1 de base)'),
    ('Source', 'Origen', 'Source'),
    ('Import CSV…', 'Importar CSV…', 'Importer un CSV…'),
    ('Add', 'Añadir', 'Ajouter'),
    ('Remove', 'Quitar', 'Retirer'),
    ('&Base currency:', 'Moneda &base:', 'Devise de &base :'),
    ('A rate is the number of units of the currency per one unit of the base (for example 10.0 NOK per EUR). '
     'A DSR converts at the latest rate on or before its period end, if it is at most 31 days old.',
     'Un tipo es el número de unidades de la moneda por una unidad de la base (por ejemplo 10,0 NOK por EUR). '
     'Un DSR se convierte al último tipo en la fecha de fin de su periodo o antes, si no tiene más de 31 días.',
     'Un taux est le nombre d’unités de la devise pour une unité de la base (par exemple 10,0 NOK pour 1 EUR). '
     'Un DSR est converti au dernier taux à la date de fin de sa période ou avant, s’il date de 31 jours au plus.'),
    ('%n rate(s) against %1', ('%n tipo frente a %1', '%n tipos frente a %1'), ('%n taux par rapport à %1', '%n taux par rapport à %1')),
    ('Import exchange rates', 'Importar tipos de cambio', 'Importer des taux de change'),
    ('CSV files (*.csv);;All files (*)', 'Archivos CSV (*.csv);;Todos los archivos (*)',
     'Fichiers CSV (*.csv);;Tous les fichiers (*)'),
    ('entered by hand', 'introducido a mano', 'saisi à la main'),
    ('Row %1: "%2" is not a date (YYYY-MM-DD)', 'Fila %1: «%2» no es una fecha (AAAA-MM-DD)',
     'Ligne %1 : « %2 » n’est pas une date (AAAA-MM-JJ)'),
    ('Row %1: %2', 'Fila %1: %2', 'Ligne %1 : %2'),
    ('%1 %2 exactly', 'exactamente %1 %2', 'exactement %1 %2'),
    ('#', 'N.º', 'N°'),
    ('Revenue (%1)', 'Ingresos (%1)', 'Revenus (%1)'),
    ('Share of total', 'Parte del total', 'Part du total'),
    ('Top resources', 'Recursos principales', 'Meilleures ressources'),
    ('%1 (incomplete)', '%1 (incompleto)', '%1 (incomplet)'),
    ('Code', 'Código', 'Code'),
    ('Name', 'Nombre', 'Nom'),
    ('DSRs', 'DSR', 'DSR'),
    ('DSRs without rate', 'DSR sin tipo de cambio', 'DSR sans taux'),
]

ES = {en: es for en, es, _ in ENTRIES}
FR = {en: fr for en, _, fr in ENTRIES}
