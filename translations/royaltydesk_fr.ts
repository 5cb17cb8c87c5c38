<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>BulkWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>cannot register the decimal SQL functions</source>
        <translation>impossible d’enregistrer les fonctions SQL décimales</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>the database was written by a newer Royalty Desk (schema %1, this version knows %2)</source>
        <translation>la base de données a été écrite par un Royalty Desk plus récent (schéma %1 ; cette version connaît le %2)</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>échec de la migration vers le schéma %1 : %2</translation>
    </message>
</context>
<context>
    <name>DsrFileName</name>
    <message>
        <source>%1: the file name must end in .tsv or .tsv.gz</source>
        <translation>%1 : le nom du fichier doit se terminer par .tsv ou .tsv.gz</translation>
    </message>
    <message>
        <source>expected &lt;Dsp&gt;_&lt;Offer&gt;[_&lt;Society&gt;]_&lt;Territory&gt;_&lt;Currency&gt;_&lt;YYYYMMDD&gt;-&lt;YYYYMMDD&gt;</source>
        <translation>attendu : &lt;Dsp&gt;_&lt;Offre&gt;[_&lt;Société&gt;]_&lt;Territoire&gt;_&lt;Devise&gt;_&lt;AAAAMMJJ&gt;-&lt;AAAAMMJJ&gt;</translation>
    </message>
    <message>
        <source>%1: the file name does not parse (%2)</source>
        <translation>%1 : le nom du fichier est illisible (%2)</translation>
    </message>
    <message>
        <source>%1: the period "%2" is not &lt;YYYYMMDD&gt;-&lt;YYYYMMDD&gt;</source>
        <translation>%1 : la période « %2 » n’a pas la forme &lt;AAAAMMJJ&gt;-&lt;AAAAMMJJ&gt;</translation>
    </message>
    <message>
        <source>%1: the period "%2" does not hold two valid dates</source>
        <translation>%1 : la période « %2 » ne contient pas deux dates valides</translation>
    </message>
    <message>
        <source>%1: the period "%2" ends before it starts</source>
        <translation>%1 : la période « %2 » se termine avant de commencer</translation>
    </message>
    <message>
        <source>%1: "%2" is not an ISO 4217 currency code</source>
        <translation>%1 : « %2 » n’est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>%1: "%2" is not an ISO 3166-1 alpha-2 territory code</source>
        <translation>%1 : « %2 » n’est pas un code de territoire ISO 3166-1 alpha-2</translation>
    </message>
</context>
<context>
    <name>DsrImporter</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Impossible d’enregistrer l’import : %1</translation>
    </message>
    <message>
        <source>Cannot start the import transaction: %1</source>
        <translation>Impossible de démarrer la transaction d’import : %1</translation>
    </message>
    <message>
        <source>injected failure after %1 rows</source>
        <translation>panne provoquée après %1 lignes</translation>
    </message>
    <message numerus="yes">
        <source>Rejected in strict mode: %n row(s) with errors</source>
        <translation>
            <numerusform>Rejeté en mode strict : %n ligne en erreur</numerusform>
            <numerusform>Rejeté en mode strict : %n lignes en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice</source>
        <translation>%1 a déjà été importé comme DSR %2 (%3) ; un contenu identique (SHA-256) n’est pas importé deux fois</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>Impossible de valider l’import : %1</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Import annulé</translation>
    </message>
</context>
<context>
    <name>DsrRepository</name>
    <message>
        <source>There is no DSR %1.</source>
        <translation>Le DSR %1 n’existe pas.</translation>
    </message>
    <message>
        <source>DSR %1 is still being imported; cancel the import first.</source>
        <translation>Le DSR %1 est encore en cours d’import ; annulez d’abord l’import.</translation>
    </message>
</context>
<context>
    <name>GzipInflater</name>
    <message>
        <source>checksum mismatch</source>
        <translation>somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>not a gzip header</source>
        <translation>en-tête gzip invalide</translation>
    </message>
    <message>
        <source>unsupported compression method</source>
        <translation>méthode de compression non prise en charge</translation>
    </message>
    <message>
        <source>invalid deflate data</source>
        <translation>données deflate invalides</translation>
    </message>
</context>
<context>
    <name>IssueWriter</name>
    <message>
        <source>issue insert: %1</source>
        <translation>insertion d’un problème : %1</translation>
    </message>
</context>
<context>
    <name>ReportCsvExporter</name>
    <message>
        <source>There is no DSR %1.</source>
        <translation>Le DSR %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Export annulé</translation>
    </message>
</context>
<context>
    <name>StreamReader</name>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>impossible d’ouvrir le fichier (%1)</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>erreur de lecture (%1)</translation>
    </message>
    <message>
        <source>the gzip data is corrupt near byte %1 (%2)</source>
        <translation>les données gzip sont corrompues vers l’octet %1 (%2)</translation>
    </message>
    <message>
        <source>the gzip stream is truncated: it ends after %1 bytes without its end marker</source>
        <translation>le flux gzip est tronqué : il s’arrête après %1 octets sans sa marque de fin</translation>
    </message>
</context>
<context>
    <name>TsvDsrParser</name>
    <message>
        <source>line 1: the header must be "dsp_id, title, artists, isrc, usages, revenue" separated by tabs; found "%1"</source>
        <translation>ligne 1 : l’en-tête doit être « dsp_id, title, artists, isrc, usages, revenue » séparés par des tabulations ; trouvé « %1 »</translation>
    </message>
</context>
<context>
    <name>TsvRowSource</name>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation>le fichier est vide : il n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>the file has more than %1 lines, the most one DSR may hold</source>
        <translation>le fichier a plus de %1 lignes, le maximum d’un DSR</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>dsp_id</source>
        <translation>dsp_id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>artists</source>
        <translation>artistes</translation>
    </message>
    <message>
        <source>isrc</source>
        <translation>isrc</translation>
    </message>
    <message>
        <source>usages</source>
        <translation>utilisations</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenu</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>expected 6 tab-separated columns, found %1</source>
        <translation>6 colonnes séparées par des tabulations attendues, %1 trouvées</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>dsp_id is empty; a row cannot be matched to a resource without it</source>
        <translation>dsp_id est vide ; sans lui, la ligne ne peut être rattachée à une ressource</translation>
    </message>
    <message>
        <source>%1 "%2" is not a whole number</source>
        <translation>%1 « %2 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 "%2" is negative</source>
        <translation>%1 « %2 » est négatif</translation>
    </message>
    <message>
        <source>%1 "%2" is too large</source>
        <translation>%1 « %2 » est trop grand</translation>
    </message>
    <message>
        <source>%1 "%2" is not a decimal number</source>
        <translation>%1 « %2 » n’est pas un nombre décimal</translation>
    </message>
    <message>
        <source>%1 is longer than the limit (%2 bytes)</source>
        <translation>%1 dépasse la limite (%2 octets)</translation>
    </message>
    <message>
        <source>the line is longer than the limit (%1 bytes)</source>
        <translation>la ligne dépasse la limite (%1 octets)</translation>
    </message>
    <message>
        <source>the file has more lines than one DSR may hold (%1)</source>
        <translation>le fichier a plus de lignes qu’un DSR ne peut en contenir (%1)</translation>
    </message>
    <message>
        <source>missing value: %1</source>
        <translation>valeur manquante : %1</translation>
    </message>
    <message>
        <source>%1 "%2" has more than 20 decimals; rounded half to even</source>
        <translation>%1 « %2 » a plus de 20 décimales ; arrondi au pair le plus proche</translation>
    </message>
    <message>
        <source>isrc "%1" is not a valid ISRC; stored as given</source>
        <translation>isrc « %1 » n’est pas un ISRC valide ; conservé tel quel</translation>
    </message>
    <message>
        <source>blank line ignored</source>
        <translation>ligne vide ignorée</translation>
    </message>
    <message>
        <source>the gzip header names the original file "%1"; the name on disk is used</source>
        <translation>l’en-tête gzip nomme le fichier d’origine « %1 » ; le nom sur le disque est retenu</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Royalty Desk: import, explore and account for digital sales reports.</source>
        <translation>Royalty Desk : importer, explorer et comptabiliser les rapports de ventes numériques.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de la base de données.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>The language (en, es, fr).</source>
        <translation>La langue (en, es, fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Do not import the bundled sample DSRs into an empty database.</source>
        <translation>Ne pas importer les DSR d’exemple fournis dans une base de données vide.</translation>
    </message>
    <message>
        <source>DSR files to import.</source>
        <translation>Fichiers DSR à importer.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
    <message>
        <source>Royalty Desk</source>
        <translation>Royalty Desk</translation>
    </message>
</context>
<context>
    <name>rd::cli</name>
    <message>
        <source>Usage: royaltydesk-cli %1</source>
        <translation>Usage : royaltydesk-cli %1</translation>
    </message>
    <message>
        <source>"%1" is not a DSR id</source>
        <translation>« %1 » n’est pas un identifiant de DSR</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>import en cours</translation>
    </message>
    <message>
        <source>ingested</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Reject a file if any row has an error.</source>
        <translation>Rejeter un fichier si une ligne contient une erreur.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Afficher les résultats en JSON.</translation>
    </message>
    <message>
        <source>DSR files (.tsv or .tsv.gz).</source>
        <translation>Fichiers DSR (.tsv ou .tsv.gz).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>  the attempt is recorded as DSR %1; see: royaltydesk-cli dsr %1</source>
        <translation>  la tentative est enregistrée comme DSR %1 ; voir : royaltydesk-cli dsr %1</translation>
    </message>
    <message>
        <source>DSR %1  %2</source>
        <translation>DSR %1  %2</translation>
    </message>
    <message>
        <source>  rows %1  usages %2  revenue %3</source>
        <translation>  lignes %1  utilisations %2  revenu %3</translation>
    </message>
    <message>
        <source>  warnings %1  errors %2  %3 s  %4 rows/s</source>
        <translation>  avertissements %1  erreurs %2  %3 s  %4 lignes/s</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Afficher la liste en JSON.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DSP</source>
        <translation>DSP</translation>
    </message>
    <message>
        <source>OFFER</source>
        <translation>OFFRE</translation>
    </message>
    <message>
        <source>TERRITORY</source>
        <translation>TERRITOIRE</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>DEVISE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>USAGES</source>
        <translation>UTILISATIONS</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>REVENU</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>AVERTISSEMENTS</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>ERREURS</translation>
    </message>
    <message>
        <source>Print the DSR and its report as JSON.</source>
        <translation>Afficher le DSR et son rapport en JSON.</translation>
    </message>
    <message>
        <source>Show at most N report lines (0 for all; default 100).</source>
        <translation>Afficher au plus N lignes du rapport (0 pour toutes ; 100 par défaut).</translation>
    </message>
    <message>
        <source>The DSR id.</source>
        <translation>L’identifiant du DSR.</translation>
    </message>
    <message>
        <source>--limit takes a whole number</source>
        <translation>--limit attend un nombre entier</translation>
    </message>
    <message>
        <source>There is no DSR %1.</source>
        <translation>Le DSR %1 n’existe pas.</translation>
    </message>
    <message>
        <source>DSR %1: %2</source>
        <translation>DSR %1 : %2</translation>
    </message>
    <message>
        <source>  status      %1</source>
        <translation>  état        %1</translation>
    </message>
    <message>
        <source>  service     %1 %2%3</source>
        <translation>  service     %1 %2%3</translation>
    </message>
    <message>
        <source>  territory   %1</source>
        <translation>  territoire  %1</translation>
    </message>
    <message>
        <source>  period      %1 to %2</source>
        <translation>  période     du %1 au %2</translation>
    </message>
    <message>
        <source>  currency    %1</source>
        <translation>  devise      %1</translation>
    </message>
    <message>
        <source>  rows        %1</source>
        <translation>  lignes      %1</translation>
    </message>
    <message>
        <source>  usages      %1</source>
        <translation>  utilisations %1</translation>
    </message>
    <message>
        <source>  revenue     %1</source>
        <translation>  revenu      %1</translation>
    </message>
    <message>
        <source>  missing     title %1, artists %2, isrc %3, usages %4, revenue %5</source>
        <translation>  manquants   titre %1, artistes %2, isrc %3, utilisations %4, revenu %5</translation>
    </message>
    <message>
        <source>  sha256      %1</source>
        <translation>  sha256      %1</translation>
    </message>
    <message>
        <source>  imported    %1 (%2 ms)</source>
        <translation>  importé     %1 (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <source>Validation report: %n warning(s)</source>
        <translation>
            <numerusform>Rapport de validation : %n avertissement</numerusform>
            <numerusform>Rapport de validation : %n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n erreur</numerusform>
            <numerusform>, %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>(%1 of %2 report lines shown; use --limit 0 for all)</source>
        <translation>(%1 lignes du rapport affichées sur %2 ; --limit 0 pour toutes)</translation>
    </message>
    <message>
        <source>Deleted DSR %1 with its rows and report.</source>
        <translation>DSR %1 supprimé avec ses lignes et son rapport.</translation>
    </message>
    <message>
        <source>Usage: royaltydesk-cli [--db PATH] [--lang LANG] &lt;command&gt; [options]

Commands:
  import [--strict] [--json] FILE...   import DSR files (.tsv or .tsv.gz)
  dsrs [--json]                        list the DSRs
  dsr ID [--json] [--limit N]          show one DSR and its validation report
  delete ID                            delete a DSR with its rows and report

Options:
  --db PATH     the database (default: the GUI's, %1)
  --lang LANG   the language of messages (en, es, fr)
  --version     print the version
  --help        print this help
</source>
        <translation>Usage : royaltydesk-cli [--db CHEMIN] [--lang LANGUE] &lt;commande&gt; [options]

Commandes :
  import [--strict] [--json] FICHIER...  importer des fichiers DSR (.tsv ou .tsv.gz)
  dsrs [--json]                          lister les DSR
  dsr ID [--json] [--limit N]            afficher un DSR et son rapport de validation
  delete ID                              supprimer un DSR avec ses lignes et son rapport

Options :
  --db CHEMIN     la base de données (par défaut celle de l’interface graphique, %1)
  --lang LANGUE   la langue des messages (en, es, fr)
  --version       afficher la version
  --help          afficher cette aide
</translation>
    </message>
    <message>
        <source>Unknown option %1</source>
        <translation>Option inconnue %1</translation>
    </message>
    <message>
        <source>Unknown command "%1"</source>
        <translation>Commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>rd::ui::DsrTableModel</name>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Ingested</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Failed (interrupted)</source>
        <translation>Échoué (interrompu)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Exact: %1 %2</source>
        <translation>Exact : %1 %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportController</name>
    <message>
        <source>Importing DSRs</source>
        <translation>Import de DSR</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)
%4 rows</source>
        <translation>Import de %1 (%2 sur %3)
%4 lignes</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportsView</name>
    <message>
        <source>Filter by service, territory, period, file…</source>
        <translation>Filtrer par service, territoire, période, fichier…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Ingested</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imports&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot read the DSR list: %1</source>
        <translation>Impossible de lire la liste des DSR : %1</translation>
    </message>
    <message>
        <source>%1 of %2 DSRs shown</source>
        <translation>%1 DSR affichés sur %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>Royalty Desk</source>
        <translation>Royalty Desk</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;Import DSRs…</source>
        <translation>&amp;Importer des DSR…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import DSR files (.tsv or .tsv.gz)</source>
        <translation>Importer des fichiers DSR (.tsv ou .tsv.gz)</translation>
    </message>
    <message>
        <source>&amp;Delete DSR…</source>
        <translation>&amp;Supprimer le DSR…</translation>
    </message>
    <message>
        <source>Delete the selected DSRs with their rows and reports</source>
        <translation>Supprimer les DSR sélectionnés avec leurs lignes et rapports</translation>
    </message>
    <message>
        <source>Validation &amp;Report…</source>
        <translation>&amp;Rapport de validation…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show the validation report of the selected DSR</source>
        <translation>Afficher le rapport de validation du DSR sélectionné</translation>
    </message>
    <message>
        <source>&amp;Strict Mode</source>
        <translation>Mode s&amp;trict</translation>
    </message>
    <message>
        <source>Reject a whole file when any of its rows has an error</source>
        <translation>Rejeter tout le fichier si l’une de ses lignes contient une erreur</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Royalty Desk</source>
        <translation>À &amp;propos de Royalty Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Import DSRs</source>
        <translation>Importer des DSR</translation>
    </message>
    <message>
        <source>DSR files (*.tsv *.tsv.gz);;All files (*)</source>
        <translation>Fichiers DSR (*.tsv *.tsv.gz);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n DSR(s)</source>
        <translation>
            <numerusform>%n DSR importé</numerusform>
            <numerusform>%n DSR importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problèmes d’import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete DSRs</source>
        <translation>Supprimer des DSR</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n DSR(s) with all their rows and validation reports? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n DSR avec toutes ses lignes et son rapport de validation ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n DSR avec toutes leurs lignes et leurs rapports de validation ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n DSR(s)</source>
        <translation>
            <numerusform>%n DSR supprimé</numerusform>
            <numerusform>%n DSR supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>About Royalty Desk</source>
        <translation>À propos de Royalty Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Royalty Desk %1&lt;/h3&gt;&lt;p&gt;Import, explore and account for digital sales reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Royalty Desk %1&lt;/h3&gt;&lt;p&gt;Importez, explorez et comptabilisez les rapports de ventes numériques.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportModel</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>rd::ui::ValidationReportDialog</name>
    <message>
        <source>Validation report — %1</source>
        <translation>Rapport de validation — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 rows imported · %3 warnings · %4 errors</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 lignes importées · %3 avertissements · %4 erreurs</translation>
    </message>
    <message>
        <source>Missing values: title %1 · artists %2 · ISRC %3 · usages %4 · revenue %5</source>
        <translation>Valeurs manquantes : titre %1 · artistes %2 · ISRC %3 · utilisations %4 · revenu %5</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’import : %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export validation report</source>
        <translation>Exporter le rapport de validation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Export du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
</TS>