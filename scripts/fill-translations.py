#!/usr/bin/env python3
"""Fills unfinished entries of translations/*.ts from the glossary below.

lupdate (scripts/update-translations.sh) adds new source strings as
"unfinished"; add their Spanish and French here and run this script. Plural
entries take a (singular, plural) pair. Strings missing here are listed.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

ES = {
    'Royalty Desk: import, explore and account for digital sales reports.':
        'Royalty Desk: importar, explorar y liquidar informes de ventas digitales.',
    'The database file.': 'El archivo de la base de datos.',
    'PATH': 'RUTA',
    'The language (en, es, fr).': 'El idioma (en, es, fr).',
    'LANG': 'IDIOMA',
    'Do not import the bundled sample DSRs into an empty database.':
        'No importar los DSR de ejemplo incluidos en una base de datos vacía.',
    'DSR files to import.': 'Archivos DSR que importar.',
    '[FILE...]': '[ARCHIVO...]',
    '%1: %2': '%1: %2',
    'issue insert: %1': 'inserción de incidencia: %1',
    'Cannot create the folder %1': 'No se puede crear la carpeta %1',
    'Cannot open the database %1: %2': 'No se puede abrir la base de datos %1: %2',
    'cannot register the decimal SQL functions': 'no se pueden registrar las funciones SQL decimales',
    'cannot read the schema version': 'no se puede leer la versión del esquema',
    'the database was written by a newer Royalty Desk (schema %1, this version knows %2)':
        'la base de datos la escribió un Royalty Desk más reciente (esquema %1; esta versión conoce el %2)',
    'migration to schema %1 failed: %2': 'falló la migración al esquema %1: %2',
    '%1: the file name must end in .tsv or .tsv.gz': '%1: el nombre del archivo debe terminar en .tsv o .tsv.gz',
    'expected <Dsp>_<Offer>[_<Society>]_<Territory>_<Currency>_<YYYYMMDD>-<YYYYMMDD>':
        'se esperaba <Dsp>_<Oferta>[_<Sociedad>]_<Territorio>_<Moneda>_<AAAAMMDD>-<AAAAMMDD>',
    '%1: the file name does not parse (%2)': '%1: no se puede interpretar el nombre del archivo (%2)',
    '%1: the period "%2" is not <YYYYMMDD>-<YYYYMMDD>': '%1: el período «%2» no tiene la forma <AAAAMMDD>-<AAAAMMDD>',
    '%1: the period "%2" does not hold two valid dates': '%1: el período «%2» no contiene dos fechas válidas',
    '%1: the period "%2" ends before it starts': '%1: el período «%2» termina antes de empezar',
    '%1: "%2" is not an ISO 4217 currency code': '%1: «%2» no es un código de moneda ISO 4217',
    '%1: "%2" is not an ISO 3166-1 alpha-2 territory code': '%1: «%2» no es un código de territorio ISO 3166-1 alfa-2',
    '%1: no such file': '%1: el archivo no existe',
    'Cannot record the import: %1': 'No se puede registrar la importación: %1',
    'Cannot start the import transaction: %1': 'No se puede iniciar la transacción de importación: %1',
    'injected failure after %1 rows': 'fallo provocado tras %1 filas',
    'Rejected in strict mode: %n row(s) with errors': ('Rechazado en modo estricto: %n fila con errores',
                                                        'Rechazado en modo estricto: %n filas con errores'),
    '%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice':
        '%1 ya se importó como DSR %2 (%3); un contenido idéntico (SHA-256) no se importa dos veces',
    'Cannot commit the import: %1': 'No se puede confirmar la importación: %1',
    'Import canceled': 'Importación cancelada',
    'There is no DSR %1.': 'No existe el DSR %1.',
    'DSR %1 is still being imported; cancel the import first.': 'El DSR %1 aún se está importando; cancele antes la importación.',
    'checksum mismatch': 'la suma de verificación no coincide',
    'not a gzip header': 'no es una cabecera gzip',
    'unsupported compression method': 'método de compresión no admitido',
    'invalid deflate data': 'datos deflate no válidos',
    'Cannot write %1: %2': 'No se puede escribir %1: %2',
    'Export canceled': 'Exportación cancelada',
    'cannot open the file (%1)': 'no se puede abrir el archivo (%1)',
    'read error (%1)': 'error de lectura (%1)',
    'the gzip data is corrupt near byte %1 (%2)': 'los datos gzip están dañados cerca del byte %1 (%2)',
    'the gzip stream is truncated: it ends after %1 bytes without its end marker':
        'el flujo gzip está truncado: termina tras %1 bytes sin su marca final',
    'line 1: the header must be "dsp_id, title, artists, isrc, usages, revenue" separated by tabs; found "%1"':
        'línea 1: la cabecera debe ser «dsp_id, title, artists, isrc, usages, revenue» separada por tabuladores; se encontró «%1»',
    'the file is empty: it has no header line': 'el archivo está vacío: no tiene línea de cabecera',
    'the file has more than %1 lines, the most one DSR may hold': 'el archivo tiene más de %1 líneas, el máximo de un DSR',
    'Error': 'Error',
    'Warning': 'Aviso',
    'dsp_id': 'dsp_id',
    'title': 'título',
    'artists': 'artistas',
    'isrc': 'isrc',
    'usages': 'usos',
    'revenue': 'ingresos',
    'columns': 'columnas',
    'file': 'archivo',
    'expected 6 tab-separated columns, found %1': 'se esperaban 6 columnas separadas por tabuladores; hay %1',
    '%1 is not valid UTF-8': '%1 no es UTF-8 válido',
    'dsp_id is empty; a row cannot be matched to a resource without it':
        'dsp_id está vacío; sin él la fila no puede asociarse a un recurso',
    '%1 "%2" is not a whole number': '%1 «%2» no es un número entero',
    '%1 "%2" is negative': '%1 «%2» es negativo',
    '%1 "%2" is too large': '%1 «%2» es demasiado grande',
    '%1 "%2" is not a decimal number': '%1 «%2» no es un número decimal',
    '%1 is longer than the limit (%2 bytes)': '%1 supera el límite (%2 bytes)',
    'the line is longer than the limit (%1 bytes)': 'la línea supera el límite (%1 bytes)',
    'the file has more lines than one DSR may hold (%1)': 'el archivo tiene más líneas de las que admite un DSR (%1)',
    'missing value: %1': 'valor ausente: %1',
    '%1 "%2" has more than 20 decimals; rounded half to even': '%1 «%2» tiene más de 20 decimales; redondeado al par más cercano',
    'isrc "%1" is not a valid ISRC; stored as given': 'isrc «%1» no es un ISRC válido; se guarda tal cual',
    'blank line ignored': 'línea en blanco ignorada',
    'the gzip header names the original file "%1"; the name on disk is used':
        'la cabecera gzip nombra el archivo original «%1»; se usa el nombre en disco',
    'Royalty Desk': 'Royalty Desk',
    'Usage: royaltydesk-cli %1': 'Uso: royaltydesk-cli %1',
    '"%1" is not a DSR id': '«%1» no es un identificador de DSR',
    'importing': 'importando',
    'ingested': 'importado',
    'failed': 'fallido',
    'Reject a file if any row has an error.': 'Rechazar un archivo si alguna fila tiene un error.',
    'Print the results as JSON.': 'Mostrar los resultados en JSON.',
    'DSR files (.tsv or .tsv.gz).': 'Archivos DSR (.tsv o .tsv.gz).',
    'error: %1': 'error: %1',
    '  the attempt is recorded as DSR %1; see: royaltydesk-cli dsr %1': '  el intento queda registrado como DSR %1; véase: royaltydesk-cli dsr %1',
    'DSR %1  %2': 'DSR %1  %2',
    '  rows %1  usages %2  revenue %3': '  filas %1  usos %2  ingresos %3',
    '  warnings %1  errors %2  %3 s  %4 rows/s': '  avisos %1  errores %2  %3 s  %4 filas/s',
    'Print the list as JSON.': 'Mostrar la lista en JSON.',
    'ID': 'ID',
    'STATUS': 'ESTADO',
    'DSP': 'DSP',
    'OFFER': 'OFERTA',
    'TERRITORY': 'TERRITORIO',
    'PERIOD': 'PERÍODO',
    'CURRENCY': 'MONEDA',
    'ROWS': 'FILAS',
    'USAGES': 'USOS',
    'REVENUE': 'INGRESOS',
    'WARNINGS': 'AVISOS',
    'ERRORS': 'ERRORES',
    'Print the DSR and its report as JSON.': 'Mostrar el DSR y su informe en JSON.',
    'Show at most N report lines (0 for all; default 100).': 'Mostrar como máximo N líneas del informe (0 para todas; 100 por omisión).',
    'The DSR id.': 'El identificador del DSR.',
    '--limit takes a whole number': '--limit requiere un número entero',
    'DSR %1: %2': 'DSR %1: %2',
    '  status      %1': '  estado      %1',
    '  service     %1 %2%3': '  servicio    %1 %2%3',
    '  territory   %1': '  territorio  %1',
    '  period      %1 to %2': '  período     %1 a %2',
    '  currency    %1': '  moneda      %1',
    '  rows        %1': '  filas       %1',
    '  usages      %1': '  usos        %1',
    '  revenue     %1': '  ingresos    %1',
    '  missing     title %1, artists %2, isrc %3, usages %4, revenue %5':
        '  ausentes    título %1, artistas %2, isrc %3, usos %4, ingresos %5',
    '  sha256      %1': '  sha256      %1',
    '  imported    %1 (%2 ms)': '  importado   %1 (%2 ms)',
    'Validation report: %n warning(s)': ('Informe de validación: %n aviso', 'Informe de validación: %n avisos'),
    ', %n error(s)': (', %n error', ', %n errores'),
    'LINE': 'LÍNEA',
    'SEVERITY': 'GRAVEDAD',
    'FIELD': 'CAMPO',
    'MESSAGE': 'MENSAJE',
    '(%1 of %2 report lines shown; use --limit 0 for all)': '(se muestran %1 de %2 líneas del informe; use --limit 0 para verlas todas)',
    'Deleted DSR %1 with its rows and report.': 'DSR %1 eliminado con sus filas y su informe.',
    'Unknown option %1': 'Opción desconocida %1',
    'Unknown command "%1"': 'Orden desconocida «%1»',
    'Usage: royaltydesk-cli [--db PATH] [--lang LANG] <command> [options]\n\nCommands:\n  import [--strict] [--json] FILE...   import DSR files (.tsv or .tsv.gz)\n  dsrs [--json]                        list the DSRs\n  dsr ID [--json] [--limit N]          show one DSR and its validation report\n  delete ID                            delete a DSR with its rows and report\n\nOptions:\n  --db PATH     the database (default: the GUI\'s, %1)\n  --lang LANG   the language of messages (en, es, fr)\n  --version     print the version\n  --help        print this help\n':
        'Uso: royaltydesk-cli [--db RUTA] [--lang IDIOMA] <orden> [opciones]\n\nÓrdenes:\n  import [--strict] [--json] ARCHIVO...  importar archivos DSR (.tsv o .tsv.gz)\n  dsrs [--json]                          listar los DSR\n  dsr ID [--json] [--limit N]            mostrar un DSR y su informe de validación\n  delete ID                              eliminar un DSR con sus filas y su informe\n\nOpciones:\n  --db RUTA       la base de datos (por omisión, la de la interfaz gráfica, %1)\n  --lang IDIOMA   el idioma de los mensajes (en, es, fr)\n  --version       mostrar la versión\n  --help          mostrar esta ayuda\n',
    'Importing': 'Importando',
    'Ingested': 'Importado',
    'Failed (interrupted)': 'Fallido (interrumpido)',
    'Failed': 'Fallido',
    '%1 (%2)': '%1 (%2)',
    '%1 – %2': '%1 – %2',
    'Exact: %1 %2': 'Exacto: %1 %2',
    'Status': 'Estado',
    'Service': 'Servicio',
    'Offer': 'Oferta',
    'Territory': 'Territorio',
    'Period': 'Período',
    'Currency': 'Moneda',
    'Rows': 'Filas',
    'Usages': 'Usos',
    'Revenue': 'Ingresos',
    'Warnings': 'Avisos',
    'Errors': 'Errores',
    'Imported': 'Importado',
    'File': 'Archivo',
    'Importing DSRs': 'Importando DSR',
    'Importing %1 (%2 of %3)\n%4 rows': 'Importando %1 (%2 de %3)\n%4 filas',
    'Filter by service, territory, period, file…': 'Filtrar por servicio, territorio, período, archivo…',
    'All statuses': 'Todos los estados',
    '<b>Imports</b>': '<b>Importaciones</b>',
    'Cannot read the DSR list: %1': 'No se puede leer la lista de DSR: %1',
    '%1 of %2 DSRs shown': 'Se muestran %1 de %2 DSR',
    'Imports': 'Importaciones',
    'Database: %1': 'Base de datos: %1',
    '&Import DSRs…': '&Importar DSR…',
    'Ctrl+I': 'Ctrl+I',
    'Import DSR files (.tsv or .tsv.gz)': 'Importar archivos DSR (.tsv o .tsv.gz)',
    '&Delete DSR…': '&Eliminar DSR…',
    'Delete the selected DSRs with their rows and reports': 'Eliminar los DSR seleccionados con sus filas e informes',
    'Validation &Report…': 'Info&rme de validación…',
    'Ctrl+R': 'Ctrl+R',
    'Show the validation report of the selected DSR': 'Mostrar el informe de validación del DSR seleccionado',
    '&Strict Mode': 'Modo e&stricto',
    'Reject a whole file when any of its rows has an error': 'Rechazar un archivo entero si alguna de sus filas tiene un error',
    'Re&fresh': 'Actuali&zar',
    '&Find…': '&Buscar…',
    '&Quit': '&Salir',
    '&About Royalty Desk': '&Acerca de Royalty Desk',
    '&File': '&Archivo',
    '&Edit': '&Editar',
    '&View': '&Ver',
    '&Help': 'Ay&uda',
    'Main': 'Principal',
    'Import DSRs': 'Importar DSR',
    'DSR files (*.tsv *.tsv.gz);;All files (*)': 'Archivos DSR (*.tsv *.tsv.gz);;Todos los archivos (*)',
    'Imported %n DSR(s)': ('%n DSR importado', '%n DSR importados'),
    'Import problems': 'Problemas de importación',
    '%n file(s) could not be imported.': ('No se pudo importar %n archivo.', 'No se pudieron importar %n archivos.'),
    'Delete DSRs': 'Eliminar DSR',
    'Delete %n DSR(s) with all their rows and validation reports? This cannot be undone.':
        ('¿Eliminar %n DSR con todas sus filas e informes de validación? No se puede deshacer.',
         '¿Eliminar %n DSR con todas sus filas e informes de validación? No se puede deshacer.'),
    'Deleting…': 'Eliminando…',
    'Delete failed': 'Error al eliminar',
    'Deleted %n DSR(s)': ('%n DSR eliminado', '%n DSR eliminados'),
    'About Royalty Desk': 'Acerca de Royalty Desk',
    '<h3>Royalty Desk %1</h3><p>Import, explore and account for digital sales reports.</p><p>Database: %2</p>':
        '<h3>Royalty Desk %1</h3><p>Importe, explore y liquide informes de ventas digitales.</p><p>Base de datos: %2</p>',
    'Line': 'Línea',
    'Severity': 'Gravedad',
    'Field': 'Campo',
    'Problem': 'Problema',
    'Validation report — %1': 'Informe de validación — %1',
    '<b>%1</b><br>%2 rows imported · %3 warnings · %4 errors': '<b>%1</b><br>%2 filas importadas · %3 avisos · %4 errores',
    'Missing values: title %1 · artists %2 · ISRC %3 · usages %4 · revenue %5':
        'Valores ausentes: título %1 · artistas %2 · ISRC %3 · usos %4 · ingresos %5',
    'Import failed: %1': 'La importación falló: %1',
    'Export CSV…': 'Exportar CSV…',
    'Export validation report': 'Exportar el informe de validación',
    'CSV files (*.csv)': 'Archivos CSV (*.csv)',
    'Exporting the report…': 'Exportando el informe…',
    'Cancel': 'Cancelar',
    'Export failed': 'Error al exportar',
}

FR = {
    'Royalty Desk: import, explore and account for digital sales reports.':
        'Royalty Desk : importer, explorer et comptabiliser les rapports de ventes numériques.',
    'The database file.': 'Le fichier de la base de données.',
    'PATH': 'CHEMIN',
    'The language (en, es, fr).': 'La langue (en, es, fr).',
    'LANG': 'LANGUE',
    'Do not import the bundled sample DSRs into an empty database.':
        'Ne pas importer les DSR d’exemple fournis dans une base de données vide.',
    'DSR files to import.': 'Fichiers DSR à importer.',
    '[FILE...]': '[FICHIER...]',
    '%1: %2': '%1 : %2',
    'issue insert: %1': 'insertion d’un problème : %1',
    'Cannot create the folder %1': 'Impossible de créer le dossier %1',
    'Cannot open the database %1: %2': 'Impossible d’ouvrir la base de données %1 : %2',
    'cannot register the decimal SQL functions': 'impossible d’enregistrer les fonctions SQL décimales',
    'cannot read the schema version': 'impossible de lire la version du schéma',
    'the database was written by a newer Royalty Desk (schema %1, this version knows %2)':
        'la base de données a été écrite par un Royalty Desk plus récent (schéma %1 ; cette version connaît le %2)',
    'migration to schema %1 failed: %2': 'échec de la migration vers le schéma %1 : %2',
    '%1: the file name must end in .tsv or .tsv.gz': '%1 : le nom du fichier doit se terminer par .tsv ou .tsv.gz',
    'expected <Dsp>_<Offer>[_<Society>]_<Territory>_<Currency>_<YYYYMMDD>-<YYYYMMDD>':
        'attendu : <Dsp>_<Offre>[_<Société>]_<Territoire>_<Devise>_<AAAAMMJJ>-<AAAAMMJJ>',
    '%1: the file name does not parse (%2)': '%1 : le nom du fichier est illisible (%2)',
    '%1: the period "%2" is not <YYYYMMDD>-<YYYYMMDD>': '%1 : la période « %2 » n’a pas la forme <AAAAMMJJ>-<AAAAMMJJ>',
    '%1: the period "%2" does not hold two valid dates': '%1 : la période « %2 » ne contient pas deux dates valides',
    '%1: the period "%2" ends before it starts': '%1 : la période « %2 » se termine avant de commencer',
    '%1: "%2" is not an ISO 4217 currency code': '%1 : « %2 » n’est pas un code de devise ISO 4217',
    '%1: "%2" is not an ISO 3166-1 alpha-2 territory code': '%1 : « %2 » n’est pas un code de territoire ISO 3166-1 alpha-2',
    '%1: no such file': '%1 : fichier introuvable',
    'Cannot record the import: %1': 'Impossible d’enregistrer l’import : %1',
    'Cannot start the import transaction: %1': 'Impossible de démarrer la transaction d’import : %1',
    'injected failure after %1 rows': 'panne provoquée après %1 lignes',
    'Rejected in strict mode: %n row(s) with errors': ('Rejeté en mode strict : %n ligne en erreur',
                                                        'Rejeté en mode strict : %n lignes en erreur'),
    '%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice':
        '%1 a déjà été importé comme DSR %2 (%3) ; un contenu identique (SHA-256) n’est pas importé deux fois',
    'Cannot commit the import: %1': 'Impossible de valider l’import : %1',
    'Import canceled': 'Import annulé',
    'There is no DSR %1.': 'Le DSR %1 n’existe pas.',
    'DSR %1 is still being imported; cancel the import first.': 'Le DSR %1 est encore en cours d’import ; annulez d’abord l’import.',
    'checksum mismatch': 'somme de contrôle incorrecte',
    'not a gzip header': 'en-tête gzip invalide',
    'unsupported compression method': 'méthode de compression non prise en charge',
    'invalid deflate data': 'données deflate invalides',
    'Cannot write %1: %2': 'Impossible d’écrire %1 : %2',
    'Export canceled': 'Export annulé',
    'cannot open the file (%1)': 'impossible d’ouvrir le fichier (%1)',
    'read error (%1)': 'erreur de lecture (%1)',
    'the gzip data is corrupt near byte %1 (%2)': 'les données gzip sont corrompues vers l’octet %1 (%2)',
    'the gzip stream is truncated: it ends after %1 bytes without its end marker':
        'le flux gzip est tronqué : il s’arrête après %1 octets sans sa marque de fin',
    'line 1: the header must be "dsp_id, title, artists, isrc, usages, revenue" separated by tabs; found "%1"':
        'ligne 1 : l’en-tête doit être « dsp_id, title, artists, isrc, usages, revenue » séparés par des tabulations ; trouvé « %1 »',
    'the file is empty: it has no header line': 'le fichier est vide : il n’a pas de ligne d’en-tête',
    'the file has more than %1 lines, the most one DSR may hold': 'le fichier a plus de %1 lignes, le maximum d’un DSR',
    'Error': 'Erreur',
    'Warning': 'Avertissement',
    'dsp_id': 'dsp_id',
    'title': 'titre',
    'artists': 'artistes',
    'isrc': 'isrc',
    'usages': 'utilisations',
    'revenue': 'revenu',
    'columns': 'colonnes',
    'file': 'fichier',
    'expected 6 tab-separated columns, found %1': '6 colonnes séparées par des tabulations attendues, %1 trouvées',
    '%1 is not valid UTF-8': '%1 n’est pas de l’UTF-8 valide',
    'dsp_id is empty; a row cannot be matched to a resource without it':
        'dsp_id est vide ; sans lui, la ligne ne peut être rattachée à une ressource',
    '%1 "%2" is not a whole number': '%1 « %2 » n’est pas un nombre entier',
    '%1 "%2" is negative': '%1 « %2 » est négatif',
    '%1 "%2" is too large': '%1 « %2 » est trop grand',
    '%1 "%2" is not a decimal number': '%1 « %2 » n’est pas un nombre décimal',
    '%1 is longer than the limit (%2 bytes)': '%1 dépasse la limite (%2 octets)',
    'the line is longer than the limit (%1 bytes)': 'la ligne dépasse la limite (%1 octets)',
    'the file has more lines than one DSR may hold (%1)': 'le fichier a plus de lignes qu’un DSR ne peut en contenir (%1)',
    'missing value: %1': 'valeur manquante : %1',
    '%1 "%2" has more than 20 decimals; rounded half to even': '%1 « %2 » a plus de 20 décimales ; arrondi au pair le plus proche',
    'isrc "%1" is not a valid ISRC; stored as given': 'isrc « %1 » n’est pas un ISRC valide ; conservé tel quel',
    'blank line ignored': 'ligne vide ignorée',
    'the gzip header names the original file "%1"; the name on disk is used':
        'l’en-tête gzip nomme le fichier d’origine « %1 » ; le nom sur le disque est retenu',
    'Royalty Desk': 'Royalty Desk',
    'Usage: royaltydesk-cli %1': 'Usage : royaltydesk-cli %1',
    '"%1" is not a DSR id': '« %1 » n’est pas un identifiant de DSR',
    'importing': 'import en cours',
    'ingested': 'importé',
    'failed': 'échoué',
    'Reject a file if any row has an error.': 'Rejeter un fichier si une ligne contient une erreur.',
    'Print the results as JSON.': 'Afficher les résultats en JSON.',
    'DSR files (.tsv or .tsv.gz).': 'Fichiers DSR (.tsv ou .tsv.gz).',
    'error: %1': 'erreur : %1',
    '  the attempt is recorded as DSR %1; see: royaltydesk-cli dsr %1': '  la tentative est enregistrée comme DSR %1 ; voir : royaltydesk-cli dsr %1',
    'DSR %1  %2': 'DSR %1  %2',
    '  rows %1  usages %2  revenue %3': '  lignes %1  utilisations %2  revenu %3',
    '  warnings %1  errors %2  %3 s  %4 rows/s': '  avertissements %1  erreurs %2  %3 s  %4 lignes/s',
    'Print the list as JSON.': 'Afficher la liste en JSON.',
    'ID': 'ID',
    'STATUS': 'ÉTAT',
    'DSP': 'DSP',
    'OFFER': 'OFFRE',
    'TERRITORY': 'TERRITOIRE',
    'PERIOD': 'PÉRIODE',
    'CURRENCY': 'DEVISE',
    'ROWS': 'LIGNES',
    'USAGES': 'UTILISATIONS',
    'REVENUE': 'REVENU',
    'WARNINGS': 'AVERTISSEMENTS',
    'ERRORS': 'ERREURS',
    'Print the DSR and its report as JSON.': 'Afficher le DSR et son rapport en JSON.',
    'Show at most N report lines (0 for all; default 100).': 'Afficher au plus N lignes du rapport (0 pour toutes ; 100 par défaut).',
    'The DSR id.': 'L’identifiant du DSR.',
    '--limit takes a whole number': '--limit attend un nombre entier',
    'DSR %1: %2': 'DSR %1 : %2',
    '  status      %1': '  état        %1',
    '  service     %1 %2%3': '  service     %1 %2%3',
    '  territory   %1': '  territoire  %1',
    '  period      %1 to %2': '  période     du %1 au %2',
    '  currency    %1': '  devise      %1',
    '  rows        %1': '  lignes      %1',
    '  usages      %1': '  utilisations %1',
    '  revenue     %1': '  revenu      %1',
    '  missing     title %1, artists %2, isrc %3, usages %4, revenue %5':
        '  manquants   titre %1, artistes %2, isrc %3, utilisations %4, revenu %5',
    '  sha256      %1': '  sha256      %1',
    '  imported    %1 (%2 ms)': '  importé     %1 (%2 ms)',
    'Validation report: %n warning(s)': ('Rapport de validation : %n avertissement', 'Rapport de validation : %n avertissements'),
    ', %n error(s)': (', %n erreur', ', %n erreurs'),
    'LINE': 'LIGNE',
    'SEVERITY': 'GRAVITÉ',
    'FIELD': 'CHAMP',
    'MESSAGE': 'MESSAGE',
    '(%1 of %2 report lines shown; use --limit 0 for all)': '(%1 lignes du rapport affichées sur %2 ; --limit 0 pour toutes)',
    'Deleted DSR %1 with its rows and report.': 'DSR %1 supprimé avec ses lignes et son rapport.',
    'Unknown option %1': 'Option inconnue %1',
    'Unknown command "%1"': 'Commande inconnue « %1 »',
    'Usage: royaltydesk-cli [--db PATH] [--lang LANG] <command> [options]\n\nCommands:\n  import [--strict] [--json] FILE...   import DSR files (.tsv or .tsv.gz)\n  dsrs [--json]                        list the DSRs\n  dsr ID [--json] [--limit N]          show one DSR and its validation report\n  delete ID                            delete a DSR with its rows and report\n\nOptions:\n  --db PATH     the database (default: the GUI\'s, %1)\n  --lang LANG   the language of messages (en, es, fr)\n  --version     print the version\n  --help        print this help\n':
        'Usage : royaltydesk-cli [--db CHEMIN] [--lang LANGUE] <commande> [options]\n\nCommandes :\n  import [--strict] [--json] FICHIER...  importer des fichiers DSR (.tsv ou .tsv.gz)\n  dsrs [--json]                          lister les DSR\n  dsr ID [--json] [--limit N]            afficher un DSR et son rapport de validation\n  delete ID                              supprimer un DSR avec ses lignes et son rapport\n\nOptions :\n  --db CHEMIN     la base de données (par défaut celle de l’interface graphique, %1)\n  --lang LANGUE   la langue des messages (en, es, fr)\n  --version       afficher la version\n  --help          afficher cette aide\n',
    'Importing': 'Import en cours',
    'Ingested': 'Importé',
    'Failed (interrupted)': 'Échoué (interrompu)',
    'Failed': 'Échoué',
    '%1 (%2)': '%1 (%2)',
    '%1 – %2': '%1 – %2',
    'Exact: %1 %2': 'Exact : %1 %2',
    'Status': 'État',
    'Service': 'Service',
    'Offer': 'Offre',
    'Territory': 'Territoire',
    'Period': 'Période',
    'Currency': 'Devise',
    'Rows': 'Lignes',
    'Usages': 'Utilisations',
    'Revenue': 'Revenu',
    'Warnings': 'Avertissements',
    'Errors': 'Erreurs',
    'Imported': 'Importé le',
    'File': 'Fichier',
    'Importing DSRs': 'Import de DSR',
    'Importing %1 (%2 of %3)\n%4 rows': 'Import de %1 (%2 sur %3)\n%4 lignes',
    'Filter by service, territory, period, file…': 'Filtrer par service, territoire, période, fichier…',
    'All statuses': 'Tous les états',
    '<b>Imports</b>': '<b>Imports</b>',
    'Cannot read the DSR list: %1': 'Impossible de lire la liste des DSR : %1',
    '%1 of %2 DSRs shown': '%1 DSR affichés sur %2',
    'Imports': 'Imports',
    'Database: %1': 'Base de données : %1',
    '&Import DSRs…': '&Importer des DSR…',
    'Ctrl+I': 'Ctrl+I',
    'Import DSR files (.tsv or .tsv.gz)': 'Importer des fichiers DSR (.tsv ou .tsv.gz)',
    '&Delete DSR…': '&Supprimer le DSR…',
    'Delete the selected DSRs with their rows and reports': 'Supprimer les DSR sélectionnés avec leurs lignes et rapports',
    'Validation &Report…': '&Rapport de validation…',
    'Ctrl+R': 'Ctrl+R',
    'Show the validation report of the selected DSR': 'Afficher le rapport de validation du DSR sélectionné',
    '&Strict Mode': 'Mode s&trict',
    'Reject a whole file when any of its rows has an error': 'Rejeter tout le fichier si l’une de ses lignes contient une erreur',
    'Re&fresh': 'Actuali&ser',
    '&Find…': '&Rechercher…',
    '&Quit': '&Quitter',
    '&About Royalty Desk': 'À &propos de Royalty Desk',
    '&File': '&Fichier',
    '&Edit': '&Édition',
    '&View': '&Affichage',
    '&Help': 'Aid&e',
    'Main': 'Principale',
    'Import DSRs': 'Importer des DSR',
    'DSR files (*.tsv *.tsv.gz);;All files (*)': 'Fichiers DSR (*.tsv *.tsv.gz);;Tous les fichiers (*)',
    'Imported %n DSR(s)': ('%n DSR importé', '%n DSR importés'),
    'Import problems': 'Problèmes d’import',
    '%n file(s) could not be imported.': ('%n fichier n’a pas pu être importé.', '%n fichiers n’ont pas pu être importés.'),
    'Delete DSRs': 'Supprimer des DSR',
    'Delete %n DSR(s) with all their rows and validation reports? This cannot be undone.':
        ('Supprimer %n DSR avec toutes ses lignes et son rapport de validation ? Cette action est irréversible.',
         'Supprimer %n DSR avec toutes leurs lignes et leurs rapports de validation ? Cette action est irréversible.'),
    'Deleting…': 'Suppression…',
    'Delete failed': 'Échec de la suppression',
    'Deleted %n DSR(s)': ('%n DSR supprimé', '%n DSR supprimés'),
    'About Royalty Desk': 'À propos de Royalty Desk',
    '<h3>Royalty Desk %1</h3><p>Import, explore and account for digital sales reports.</p><p>Database: %2</p>':
        '<h3>Royalty Desk %1</h3><p>Importez, explorez et comptabilisez les rapports de ventes numériques.</p><p>Base de données : %2</p>',
    'Line': 'Ligne',
    'Severity': 'Gravité',
    'Field': 'Champ',
    'Problem': 'Problème',
    'Validation report — %1': 'Rapport de validation — %1',
    '<b>%1</b><br>%2 rows imported · %3 warnings · %4 errors': '<b>%1</b><br>%2 lignes importées · %3 avertissements · %4 erreurs',
    'Missing values: title %1 · artists %2 · ISRC %3 · usages %4 · revenue %5':
        'Valeurs manquantes : titre %1 · artistes %2 · ISRC %3 · utilisations %4 · revenu %5',
    'Import failed: %1': 'Échec de l’import : %1',
    'Export CSV…': 'Exporter en CSV…',
    'Export validation report': 'Exporter le rapport de validation',
    'CSV files (*.csv)': 'Fichiers CSV (*.csv)',
    'Exporting the report…': 'Export du rapport…',
    'Cancel': 'Annuler',
    'Export failed': 'Échec de l’export',
}

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import glossary_analytics  # noqa: E402

ES.update(glossary_analytics.ES)
FR.update(glossary_analytics.FR)
import glossary_ddex  # noqa: E402

ES.update(glossary_ddex.ES)
FR.update(glossary_ddex.FR)
import glossary_licensing  # noqa: E402

ES.update(glossary_licensing.ES)
FR.update(glossary_licensing.FR)
import glossary_packages  # noqa: E402

ES.update(glossary_packages.ES)
FR.update(glossary_packages.FR)
import glossary_remit  # noqa: E402

ES.update(glossary_remit.ES)
FR.update(glossary_remit.FR)
import glossary_firstrun  # noqa: E402

ES.update(glossary_firstrun.ES)
FR.update(glossary_firstrun.FR)


def fill(path, table):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') != 'unfinished':
            continue
        source = message.find('source').text or ''
        if source not in table:
            missing.append(source)
            continue
        value = table[source]
        if message.get('numerus') == 'yes':
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            forms = value if isinstance(value, tuple) else (value, value)
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value
        del translation.attrib['type']
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


root = pathlib.Path(__file__).resolve().parent.parent / 'translations'
problems = 0
for lang, table in (('es', ES), ('fr', FR)):
    for source in fill(root / f'royaltydesk_{lang}.ts', table):
        problems += 1
        print(f'{lang}: no translation for {source!r}')
sys.exit(1 if problems else 0)
