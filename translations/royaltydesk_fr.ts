<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AnalyticsEngine</name>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot read the resource totals of DSR %1</source>
        <translation>Impossible de lire les totaux par ressource du DSR %1</translation>
    </message>
    <message>
        <source>Cannot read the resources of the top list</source>
        <translation>Impossible de lire les ressources du classement</translation>
    </message>
</context>
<context>
    <name>AnalyticsExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Royalty Desk analytics summary</source>
        <translation>Synthèse analytique Royalty Desk</translation>
    </message>
    <message>
        <source>Usage and revenue analytics</source>
        <translation>Analyse des utilisations et des revenus</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s), %1 usages, revenue %2 %3 (rounded half to even; exact: %4)</source>
        <translation>
            <numerusform>%n DSR, %1 utilisations, revenus %2 %3 (arrondi au pair ; exact : %4)</numerusform>
            <numerusform>%n DSR, %1 utilisations, revenus %2 %3 (arrondi au pair ; exact : %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for lack of an exchange rate: %1</source>
        <translation>Exclus faute de taux de change : %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Top resources (%1)</source>
        <translation>Meilleures ressources (%1)</translation>
    </message>
</context>
<context>
    <name>AnyImporter</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 warning(s), %2 error(s)</source>
        <translation>%1 avertissement(s), %2 erreur(s)</translation>
    </message>
    <message>
        <source>DSR %1 version %2</source>
        <translation>DSR %1 version %2</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CaseFileExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Case file: %1 %2</source>
        <translation>Dossier : %1 %2</translation>
    </message>
    <message>
        <source>%1 — claims as known on %2 — generated %3 by Royalty Desk</source>
        <translation>%1 — revendications telles que connues le %2 — généré le %3 par Royalty Desk</translation>
    </message>
    <message numerus="yes">
        <source>Claims (%n)</source>
        <translation>
            <numerusform>Revendications (%n)</numerusform>
            <numerusform>Revendications (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Ayant droit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valide au</translation>
    </message>
    <message>
        <source>Known from</source>
        <translation>Connue depuis</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message numerus="yes">
        <source>Licensing events (%n)</source>
        <translation>
            <numerusform>Événements de licence (%n)</numerusform>
            <numerusform>Événements de licence (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Licensed share from then on</source>
        <translation>Part sous licence dès lors</translation>
    </message>
    <message numerus="yes">
        <source>Usage in periods not fully licensed (%n)</source>
        <translation>
            <numerusform>Utilisation pendant des périodes pas entièrement sous licence (%n)</numerusform>
            <numerusform>Utilisation pendant des périodes pas entièrement sous licence (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>DSR</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
        <source>Licensing during the period</source>
        <translation>Licence pendant la période</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1tn</source>
        <comment>million millions on a chart axis</comment>
        <translation>%1 Bn</translation>
    </message>
    <message>
        <source>%1bn</source>
        <comment>thousand millions on a chart axis</comment>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions on a chart axis</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands on a chart axis</comment>
        <translation>%1 k</translation>
    </message>
</context>
<context>
    <name>ClaimStore</name>
    <message>
        <source>%1 was already imported (rights import %2, %3); identical content is not imported twice</source>
        <translation>%1 a déjà été importé (import de droits %2, %3) ; un contenu identique n’est pas importé deux fois</translation>
    </message>
    <message>
        <source>Cannot store the claims of %1: %2</source>
        <translation>Impossible d’enregistrer les revendications de %1 : %2</translation>
    </message>
</context>
<context>
    <name>ClaimsCsv</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 GB</source>
        <translation>%1 : plus de %2 Go</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2 : %3 : %4</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>%1:1: the header lacks the required column(s) %2; it needs %3</source>
        <translation>%1:1 : l’en-tête n’a pas les colonnes obligatoires %2 ; il faut %3</translation>
    </message>
    <message>
        <source>%1:1: unknown column "%2"</source>
        <translation>%1:1 : colonne inconnue « %2 »</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>"%1" is not an ISRC</source>
        <translation>« %1 » n’est pas un ISRC</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 3166-1 alpha-2 code or WW</source>
        <translation>« %1 » n’est ni un code ISO 3166-1 alpha-2 ni WW</translation>
    </message>
    <message>
        <source>"%1" is not a decimal percentage</source>
        <translation>« %1 » n’est pas un pourcentage décimal</translation>
    </message>
    <message>
        <source>%1 is outside 0–100</source>
        <translation>%1 est hors de 0–100</translation>
    </message>
    <message>
        <source>%1 is before valid_from %2</source>
        <translation>%1 précède valid_from %2</translation>
    </message>
    <message>
        <source>%1 is not after known_from %2</source>
        <translation>%1 n’est pas postérieur à known_from %2</translation>
    </message>
    <message>
        <source>"%1" is not recording or publishing</source>
        <translation>« %1 » n’est ni recording ni publishing</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not imported: %n problem(s)</source>
        <translation>
            <numerusform>%1 n’est pas importé : %n problème</numerusform>
            <numerusform>%1 n’est pas importé : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <source>%1:1: the column "%2" appears twice in the header</source>
        <translation>%1:1 : la colonne « %2 » apparaît deux fois dans l’en-tête</translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation>un caractère de contrôle (%1)</translation>
    </message>
</context>
<context>
    <name>CopyTargetTable</name>
    <message>
        <source>There is no retention target %1</source>
        <translation>Il n’y a pas de destination de conservation %1</translation>
    </message>
    <message>
        <source>There is no SFTP target %1</source>
        <translation>Il n’y a pas de destination SFTP %1</translation>
    </message>
</context>
<context>
    <name>CopyTargets</name>
    <message>
        <source>An SFTP target needs a host, a user and a known_hosts file</source>
        <translation>Une destination SFTP demande un hôte, un utilisateur et un fichier known_hosts</translation>
    </message>
    <message>
        <source>An SFTP target needs a key file or the environment variable holding the password</source>
        <translation>Une destination SFTP demande un fichier de clé ou la variable d’environnement qui contient le mot de passe</translation>
    </message>
    <message>
        <source>"%1" is not a SHA256 fingerprint (SHA256:…)</source>
        <translation>« %1 » n’est pas une empreinte SHA256 (SHA256:…)</translation>
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
    <message>
        <source>%1 (the disk is full: %3 bytes free in %2)</source>
        <translation>%1 (le disque est plein : %3 octets libres dans %2)</translation>
    </message>
</context>
<context>
    <name>DdexFileName</name>
    <message>
        <source>expected DSR_&lt;Recipient&gt;_&lt;Sender&gt;_&lt;Service&gt;_&lt;Period&gt;_&lt;Territory&gt;_&lt;x&gt;of&lt;y&gt;_&lt;Created&gt;.tsv[.gz]</source>
        <translation>attendu DSR_&lt;Destinataire&gt;_&lt;Émetteur&gt;_&lt;Service&gt;_&lt;Période&gt;_&lt;Territoire&gt;_&lt;x&gt;of&lt;y&gt;_&lt;Création&gt;.tsv[.gz]</translation>
    </message>
    <message>
        <source>%1: the file name must end in .tsv or .tsv.gz</source>
        <translation>%1 : le nom du fichier doit se terminer par .tsv ou .tsv.gz</translation>
    </message>
    <message>
        <source>%1: not a DDEX DSR file name (%2)</source>
        <translation>%1 : ce n’est pas un nom de fichier DSR DDEX (%2)</translation>
    </message>
    <message>
        <source>%1: the recipient, sender and service must not be empty (%2)</source>
        <translation>%1 : le destinataire, l’émetteur et le service ne peuvent pas être vides (%2)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a period (yyyy, yyyy-mm, yyyy-Qn, yyyy-Hn, yyyy-mm-dd or yyyy-mm-dd--yyyy-mm-dd)</source>
        <translation>%1 : « %2 » n’est pas une période (aaaa, aaaa-mm, aaaa-Qn, aaaa-Hn, aaaa-mm-jj ou aaaa-mm-jj--aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a territory code</source>
        <translation>%1 : « %2 » n’est pas un code de territoire</translation>
    </message>
    <message>
        <source>%1: "%2" is not a file number like 1of3</source>
        <translation>%1 : « %2 » n’est pas un numéro de fichier comme 1of3</translation>
    </message>
    <message>
        <source>%1: file %2 of %3 cannot exist</source>
        <translation>%1 : le fichier %2 sur %3 ne peut pas exister</translation>
    </message>
    <message>
        <source>%1: "%2" is not a creation time like 20200703T075930</source>
        <translation>%1 : « %2 » n’est pas une date de création comme 20200703T075930</translation>
    </message>
</context>
<context>
    <name>DdexImporter</name>
    <message>
        <source>Cannot store the rights shares</source>
        <translation>Impossible d’enregistrer les parts de droits</translation>
    </message>
    <message>
        <source>Cannot read DSR %1: %2</source>
        <translation>Impossible de lire le DSR %1 : %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>Part %1 of %2 is there twice: %3 and %4</source>
        <translation>La partie %1 sur %2 est présente deux fois : %3 et %4</translation>
    </message>
    <message>
        <source>%1 is part of a report in %2 files; not imported until all are present. Missing: %3</source>
        <translation>%1 fait partie d’un rapport en %2 fichiers ; il n’est importé que lorsqu’ils sont tous présents. Manquent : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Parts %1 and %2 of the report are identical (a duplicate part): %3 and %4</source>
        <translation>Les parties %1 et %2 du rapport sont identiques (une partie en double) : %3 et %4</translation>
    </message>
    <message>
        <source>%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice</source>
        <translation>%1 a déjà été importé comme DSR %2 (%3) ; un contenu identique (SHA-256) n’est pas importé deux fois</translation>
    </message>
    <message>
        <source>%1: the report has no summary record, so its territory and currency are unknown</source>
        <translation>%1 : le rapport n’a pas d’enregistrement de synthèse ; son territoire et sa devise sont inconnus</translation>
    </message>
    <message>
        <source>%1 by DSR %2 (%3)</source>
        <translation>%1 par le DSR %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Rejected in strict mode: %n finding(s) are errors</source>
        <translation>
            <numerusform>Refusé en mode strict : %n constat est une erreur</numerusform>
            <numerusform>Refusé en mode strict : %n constats sont des erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 re-delivers DSR %2 but also territories or currencies it did not have; import those as a report of their own</source>
        <translation>%1 relivre le DSR %2 mais aussi des territoires ou des devises qu’il n’avait pas ; importez-les comme un rapport distinct</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported</source>
        <translation>%1 a changé pendant son importation</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>Impossible de valider l’import : %1</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>des barres verticales</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>des espaces</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1:%2: the HEAD record could not be read: its fields are separated by %3, not by tabs ("%4")</source>
        <translation>%1:%2 : impossible de lire l’enregistrement HEAD : ses champs sont séparés par %3, pas par des tabulations (« %4 »)</translation>
    </message>
    <message>
        <source>%1: the HEAD record could not be read: no line starts with HEAD followed by a tab</source>
        <translation>%1 : impossible de lire l’enregistrement HEAD : aucune ligne ne commence par HEAD suivi d’une tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing could be imported: no row survived its %n error(s)</source>
        <translation>
            <numerusform>%1 : rien n’a pu être importé : aucune ligne n’a survécu à son %n erreur</numerusform>
            <numerusform>%1 : rien n’a pu être importé : aucune ligne n’a survécu à ses %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Impossible de démarrer l'importation : %1</translation>
    </message>
</context>
<context>
    <name>DdexReportAnalysis</name>
    <message>
        <source>%1 in the header, %2 in the file name</source>
        <translation>%1 dans l’en-tête, %2 dans le nom du fichier</translation>
    </message>
    <message>
        <source>%1 says %2, %3 counted</source>
        <translation>%1 indique %2, %3 comptés</translation>
    </message>
    <message>
        <source>summary %1 declares %2 usages, its rows add up to %3</source>
        <translation>la synthèse %1 déclare %2 utilisations, ses lignes totalisent %3</translation>
    </message>
    <message>
        <source>summary %1 declares %2, its rows add up to %3</source>
        <translation>la synthèse %1 déclare %2, ses lignes totalisent %3</translation>
    </message>
    <message>
        <source>its rows report no usages</source>
        <translation>ses lignes ne déclarent aucune utilisation</translation>
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
    <message numerus="yes">
        <source>%1: nothing could be imported: all %n row(s) have errors</source>
        <translation>
            <numerusform>%1 : rien n’a pu être importé : la %n ligne a des erreurs</numerusform>
            <numerusform>%1 : rien n’a pu être importé : les %n lignes ont des erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be rejected in strict mode: %n row(s) with errors</source>
        <translation>
            <numerusform>Serait refusé en mode strict : %n ligne en erreur</numerusform>
            <numerusform>Serait refusé en mode strict : %n lignes en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Impossible de démarrer l'importation : %1</translation>
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
    <message>
        <source>DSR %1 is the source of published or retracted package(s) %2; their data is kept for ever.</source>
        <translation>Le DSR %1 est la source du ou des paquets publiés ou retirés %2 ; leurs données sont conservées pour toujours.</translation>
    </message>
</context>
<context>
    <name>DsrWriting</name>
    <message>
        <source>injected failure after %1 rows</source>
        <translation>panne provoquée après %1 lignes</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>« %1 » n’est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>"%1" is not an exact decimal number</source>
        <translation>« %1 » n’est pas un nombre décimal exact</translation>
    </message>
    <message>
        <source>%1 is not a positive rate</source>
        <translation>%1 n’est pas un taux positif</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 le %2 : %3</translation>
    </message>
    <message>
        <source>%1 is the base currency; its rate can only be 1, not %2</source>
        <translation>%1 est la devise de base ; son taux ne peut être que 1, pas %2</translation>
    </message>
</context>
<context>
    <name>FinishedFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>Impossible de mettre %1 en place : %2</translation>
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
    <message>
        <source>unknown header flags set</source>
        <translation>indicateurs d’en-tête inconnus</translation>
    </message>
</context>
<context>
    <name>ImportFindings</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see `royaltydesk-cli dsr %1`</source>
        <translation>
            <numerusform>… et %n autre ; voir `royaltydesk-cli dsr %1`</numerusform>
            <numerusform>… et %n autres ; voir `royaltydesk-cli dsr %1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the validation report of DSR %1</source>
        <translation>
            <numerusform>… et %n autre ; voir le rapport de validation du DSR %1</numerusform>
            <numerusform>… et %n autres ; voir le rapport de validation du DSR %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>%1 is not a limit; the limits are %2</source>
        <translation>%1 n’est pas une limite ; les limites sont %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 doit valoir au moins %2</translation>
    </message>
    <message>
        <source>bytes one gzip file may decompress to</source>
        <translation>octets qu’un fichier gzip peut produire une fois décompressé</translation>
    </message>
    <message>
        <source>times its compressed size one gzip file may expand</source>
        <translation>fois sa taille compressée qu’un fichier gzip peut atteindre</translation>
    </message>
    <message>
        <source>findings kept per DDEX report (the rest are counted)</source>
        <translation>constats conservés par relevé DDEX (les autres sont comptés)</translation>
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
    <name>LicensingReports</name>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot read the resource totals of DSR %1</source>
        <translation>Impossible de lire les totaux par ressource du DSR %1</translation>
    </message>
</context>
<context>
    <name>LineFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 bytes</source>
        <translation>%1:%2 : la ligne dépasse %3 octets</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>pas un objet JSON (%1)</translation>
    </message>
</context>
<context>
    <name>LineReader</name>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>la ligne %1 dépasse %2 octets</translation>
    </message>
</context>
<context>
    <name>LocalFolderTarget</name>
    <message>
        <source>Cannot create the archive folder %1</source>
        <translation>Impossible de créer le dossier d’archives %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>Impossible de mettre %1 en place : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the copy %1: %2</source>
        <translation>Impossible de lire la copie %1 : %2</translation>
    </message>
</context>
<context>
    <name>Marketplaces</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a list of marketplaces: %2</source>
        <translation>%1 n’est pas une liste de places de marché : %2</translation>
    </message>
    <message>
        <source>There is no marketplace "%1"</source>
        <translation>Il n’y a pas de place de marché « %1 »</translation>
    </message>
    <message>
        <source>A marketplace needs a name</source>
        <translation>Une place de marché doit avoir un nom</translation>
    </message>
    <message>
        <source>"%1" is not an http or https URL</source>
        <translation>« %1 » n’est pas une URL http ou https</translation>
    </message>
    <message>
        <source>The window, the attempts and the backoff must be positive</source>
        <translation>Le délai, les tentatives et l’attente doivent être positifs</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>A token is sent only over https (or plain http to this machine): %1 would send it in clear text</source>
        <translation>Un jeton n’est envoyé qu’en https (ou en http simple vers cette machine) : %1 l’enverrait en clair</translation>
    </message>
</context>
<context>
    <name>PackageArchive</name>
    <message>
        <source>no header row</source>
        <translation>pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1 : un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>ligne %1 : %2 champs, l’en-tête en a %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 bytes</source>
        <translation>ligne %1 : un champ dépasse %2 octets</translation>
    </message>
    <message>
        <source>(unallocated)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>line %1: more than %2 columns</source>
        <translation>ligne %1 : plus de %2 colonnes</translation>
    </message>
    <message>
        <source>line %1: more fields than the header's %2</source>
        <translation>ligne %1 : plus de champs que les %2 de l’en-tête</translation>
    </message>
</context>
<context>
    <name>PackageCopies</name>
    <message>
        <source>Package %1 is not published: only published packages are copied</source>
        <translation>Le paquet %1 n’est pas publié : seuls les paquets publiés sont copiés</translation>
    </message>
    <message>
        <source>the copy read back differs from the zip (SHA-256 %1, expected %2)</source>
        <translation>la copie relue diffère du zip (SHA-256 %1, attendu %2)</translation>
    </message>
    <message>
        <source>version %1 copied to %2 and verified</source>
        <translation>version %1 copiée vers %2 et vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>version %1 not copied to %2 after %n attempt(s): %3</source>
        <translation>
            <numerusform>version %1 non copiée vers %2 après %n tentative : %3</numerusform>
            <numerusform>version %1 non copiée vers %2 après %n tentatives : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 is published but not every copy was made: %2</source>
        <translation>Le paquet %1 est publié, mais toutes les copies n’ont pas été faites : %2</translation>
    </message>
    <message>
        <source>the copy differs from the published zip (SHA-256 %1, expected %2)</source>
        <translation>la copie diffère du zip publié (SHA-256 %1, attendu %2)</translation>
    </message>
    <message>
        <source>Package %1 is retracted but not every retraction record was written: %2</source>
        <translation>Le paquet %1 est retiré, mais tous les avis de retrait n’ont pas été écrits : %2</translation>
    </message>
    <message>
        <source>version %1 on %2</source>
        <translation>version %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Package %1 is not built yet: build it first</source>
        <translation>Le paquet %1 n’est pas encore calculé : calculez-le d’abord</translation>
    </message>
    <message>
        <source>Package %1 cannot be exported: %2</source>
        <translation>Le paquet %1 ne peut pas être exporté : %2</translation>
    </message>
    <message>
        <source>Cannot read the resources of DSR %1</source>
        <translation>Impossible de lire les ressources du DSR %1</translation>
    </message>
</context>
<context>
    <name>PackageStore</name>
    <message>
        <source>A package needs a name</source>
        <translation>Un paquet doit avoir un nom</translation>
    </message>
    <message>
        <source>A package needs at least one territory</source>
        <translation>Un paquet demande au moins un territoire</translation>
    </message>
    <message>
        <source>A package needs a period: a start and an end on or after it</source>
        <translation>Un paquet demande une période : un début et une fin égale ou postérieure</translation>
    </message>
    <message>
        <source>territories %1, period %2 to %3%4</source>
        <translation>territoires %1, période du %2 au %3%4</translation>
    </message>
    <message>
        <source>, DSPs %1, offers %2</source>
        <translation>, DSP %1, offres %2</translation>
    </message>
    <message>
        <source>There is no package %1</source>
        <translation>Il n’y a pas de paquet %1</translation>
    </message>
    <message>
        <source>Package %1 is %2: it can no longer change</source>
        <translation>Le paquet %1 est %2 : il ne peut plus changer</translation>
    </message>
    <message>
        <source>An adjustment needs a reason</source>
        <translation>Un ajustement demande un motif</translation>
    </message>
    <message>
        <source>An amount adjustment needs its currency</source>
        <translation>Un ajustement en montant demande sa devise</translation>
    </message>
    <message>
        <source>A territory or resource adjustment needs the territory or resource</source>
        <translation>Un ajustement de territoire ou de ressource demande le territoire ou la ressource</translation>
    </message>
    <message>
        <source>%1% on %2 %3</source>
        <translation>%1 % sur %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 on %3 %4</source>
        <translation>%1 %2 sur %3 %4</translation>
    </message>
    <message>
        <source>An advance needs a rights holder, a positive amount and its currency</source>
        <translation>Une avance demande un ayant droit, un montant positif et sa devise</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <source>Package %1 is %2; only a %3 package can be %4</source>
        <translation>Le paquet %1 est %2 ; seul un paquet %3 peut être %4</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Cannot %1 package %2</source>
        <translation>Impossible de faire « %1 » sur le paquet %2</translation>
    </message>
    <message>
        <source>Package %1 cannot be published: %2</source>
        <translation>Le paquet %1 ne peut pas être publié : %2</translation>
    </message>
    <message>
        <source>Retracting a package needs a reason</source>
        <translation>Retirer un paquet demande un motif</translation>
    </message>
    <message>
        <source>DSR %1 (%2) was deleted</source>
        <translation>le DSR %1 (%2) a été supprimé</translation>
    </message>
    <message>
        <source>the rows of DSR %1 (%2) were purged on %3 by the retention sweep</source>
        <translation>les lignes du DSR %1 (%2) ont été purgées le %3 par le balayage de conservation</translation>
    </message>
    <message>
        <source>the rows of DSR %1 (%2) are purged by this retention sweep</source>
        <translation>les lignes du DSR %1 (%2) sont purgées par ce balayage de conservation</translation>
    </message>
    <message>
        <source>Package %1 has no version %2</source>
        <translation>Le paquet %1 n’a pas de version %2</translation>
    </message>
</context>
<context>
    <name>PackageVersions</name>
    <message>
        <source>DSR %1 was deleted while the package was built</source>
        <translation>Le DSR %1 a été supprimé pendant la construction du paquet</translation>
    </message>
</context>
<context>
    <name>PackageZip</name>
    <message>
        <source>Cannot add %1 to the zip</source>
        <translation>Impossible d’ajouter %1 au zip</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip</source>
        <translation>Impossible d’écrire %1 dans le zip</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip (zip error %2)</source>
        <translation>Impossible d’écrire %1 dans le zip (erreur zip %2)</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot make the statement PDF</source>
        <translation>Impossible de produire le relevé PDF</translation>
    </message>
    <message>
        <source>Cannot finish %1 (zip error %2)</source>
        <translation>Impossible de terminer %1 (erreur zip %2)</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive</source>
        <translation>%1 n’est pas une archive zip lisible</translation>
    </message>
    <message>
        <source>the archive has %1 entries; a package has 5</source>
        <translation>l’archive a %1 entrées ; un paquet en a 5</translation>
    </message>
    <message>
        <source>%1: a path outside the package (refused)</source>
        <translation>%1 : un chemin hors du paquet (refusé)</translation>
    </message>
    <message>
        <source>%1: a symbolic link (refused)</source>
        <translation>%1 : un lien symbolique (refusé)</translation>
    </message>
    <message>
        <source>%1: the archive holds it twice</source>
        <translation>%1 : l’archive le contient deux fois</translation>
    </message>
    <message>
        <source>%1: declares %2 bytes, more than a package holds</source>
        <translation>%1 : déclare %2 octets, plus qu’un paquet n’en contient</translation>
    </message>
    <message>
        <source>%1: expands %2 times (a zip bomb; refused)</source>
        <translation>%1 : se dilate %2 fois (une bombe zip ; refusée)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manque</translation>
    </message>
    <message>
        <source>%1: cannot be found in the archive</source>
        <translation>%1 : introuvable dans l’archive</translation>
    </message>
    <message>
        <source>%1: cannot be read (zip error %2)</source>
        <translation>%1 : illisible (erreur zip %2)</translation>
    </message>
    <message>
        <source>%1: holds more bytes than it declares (refused)</source>
        <translation>%1 : contient plus d’octets qu’il n’en déclare (refusé)</translation>
    </message>
    <message>
        <source>%1: declares %2 bytes but holds %3 (refused)</source>
        <translation>%1 : déclare %2 octets mais en contient %3 (refusé)</translation>
    </message>
    <message>
        <source>%1: damaged (CRC or data error)</source>
        <translation>%1 : endommagé (erreur de CRC ou de données)</translation>
    </message>
    <message>
        <source>checksums.sha256: "%1" is not a checksum line</source>
        <translation>checksums.sha256 : « %1 » n’est pas une ligne de somme de contrôle</translation>
    </message>
    <message>
        <source>%1 is not listed in checksums.sha256</source>
        <translation>%1 ne figure pas dans checksums.sha256</translation>
    </message>
    <message>
        <source>%1: the checksum does not match (the entry was changed)</source>
        <translation>%1 : la somme de contrôle ne correspond pas (l’entrée a été modifiée)</translation>
    </message>
    <message>
        <source>%1 is listed in checksums.sha256 but not in the archive</source>
        <translation>%1 figure dans checksums.sha256 mais pas dans l’archive</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: %1</source>
        <translation>manifest.json n’est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>manifest.json lacks format_version or package</source>
        <translation>il manque format_version ou package dans manifest.json</translation>
    </message>
    <message>
        <source>%1: no entry %2</source>
        <translation>%1 : pas d’entrée %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1 : impossible de lire %2</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation>%1 : %2 dépasse %3 octets</translation>
    </message>
    <message>
        <source>version %1 to %2</source>
        <translation>version %1 vers %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PercentileReporter</name>
    <message>
        <source>The percentage must be between 1 and 100, not %1</source>
        <translation>Le pourcentage doit être compris entre 1 et 100, pas %1</translation>
    </message>
    <message>
        <source>No exchange rate into %1 is in force for: %2. Import rates first.</source>
        <translation>Aucun taux de change vers %1 n’est en vigueur pour : %2. Importez d’abord les taux.</translation>
    </message>
    <message>
        <source>Cannot read the resource totals of DSR %1</source>
        <translation>Impossible de lire les totaux par ressource du DSR %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot read the resources' report lines</source>
        <translation>Impossible de lire les lignes de rapport des ressources</translation>
    </message>
    <message>
        <source>Cannot read the resources of the report's lines</source>
        <translation>Impossible de lire les ressources des lignes du rapport</translation>
    </message>
</context>
<context>
    <name>QHeaderView</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>RatesCsv</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB; not an exchange-rate table</source>
        <translation>%1 : plus de %2 Mo ; ce n’est pas une table de taux de change</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2 : %3 : %4</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>expected 3 fields (date,currency,rate), found %1</source>
        <translation>3 champs attendus (date,devise,taux), %1 trouvés</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 on %2 was already quoted as %3 earlier in the file</source>
        <translation>%1 le %2 était déjà coté %3 plus haut dans le fichier</translation>
    </message>
    <message>
        <source>%1: no exchange rates found</source>
        <translation>%1 : aucun taux de change trouvé</translation>
    </message>
</context>
<context>
    <name>Redelivery</name>
    <message>
        <source>Cannot read DSR %1: %2</source>
        <translation>Impossible de lire le DSR %1 : %2</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>%1 has the content of DSR %2 (%3); identical content (SHA-256) is not imported twice</source>
        <translation>%1 a le contenu du DSR %2 (%3) ; un contenu identique (SHA-256) n’est pas importé deux fois</translation>
    </message>
    <message numerus="yes">
        <source>Rejected in strict mode: %n row(s) with errors</source>
        <translation>
            <numerusform>Rejeté en mode strict : %n ligne en erreur</numerusform>
            <numerusform>Rejeté en mode strict : %n lignes en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a re-delivery of DSR %2 (%3): %4 created, %5 updated, %6 deleted. Review it (import --dry-run) and apply it with import --replace.</source>
        <translation>%1 est une relivraison du DSR %2 (%3) : %4 créées, %5 modifiées, %6 supprimées. Vérifiez-la (import --dry-run) et appliquez-la avec import --replace.</translation>
    </message>
    <message>
        <source>Cannot apply the re-delivery to DSR %1: %2</source>
        <translation>Impossible d’appliquer la relivraison au DSR %1 : %2</translation>
    </message>
</context>
<context>
    <name>RedeliveryWriter</name>
    <message>
        <source>DSR %1 does not exist</source>
        <translation>Le DSR %1 n’existe pas</translation>
    </message>
    <message>
        <source>DSR %1 became version %2 while this re-delivery was diffed against version %3; nothing was applied. Import the file again to review it against version %2.</source>
        <translation>Le DSR %1 est passé à la version %2 pendant que cette relivraison était comparée à la version %3 ; rien n’a été appliqué. Importez de nouveau le fichier pour le revoir par rapport à la version %2.</translation>
    </message>
</context>
<context>
    <name>RemittanceActions</name>
    <message>
        <source>Name the failed remittances to retry</source>
        <translation>Nommez les remises en échec à réessayer</translation>
    </message>
    <message>
        <source>%1 of %2 asked: %3</source>
        <translation>%1 sur %2 demandées : %3</translation>
    </message>
    <message>
        <source>all %1 dead letters</source>
        <translation>les %1 lettres mortes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A reset needs a product and a time range that ends after it starts</source>
        <translation>Une remise à zéro demande un produit et une plage qui finit après son début</translation>
    </message>
    <message>
        <source>%1 remittance(s) of %2 from %3 to %4%5</source>
        <translation>%1 remise(s) de %2 du %3 au %4%5</translation>
    </message>
    <message>
        <source>, accounts %1</source>
        <translation>, comptes %1</translation>
    </message>
    <message>
        <source>A recalculation needs a time range that ends after it starts</source>
        <translation>Un recalcul demande une plage qui finit après son début</translation>
    </message>
    <message>
        <source>Remittance %1: the difference %2 is beyond a single amount</source>
        <translation>Remise %1 : la différence %2 dépasse un montant unitaire</translation>
    </message>
    <message>
        <source>%1 remittance(s) from %2 to %3 corrected</source>
        <translation>%1 remise(s) du %2 au %3 corrigée(s)</translation>
    </message>
    <message>
        <source>no answer since before %1</source>
        <translation>pas de réponse depuis avant %1</translation>
    </message>
    <message>
        <source>%1 stuck item(s) older than %2 s marked %3</source>
        <translation>%1 élément(s) bloqué(s) depuis plus de %2 s marqué(s) %3</translation>
    </message>
</context>
<context>
    <name>RemittanceBook</name>
    <message>
        <source>timestamp: "%1" is not an ISO 8601 time with a zone (…Z or ±hh:mm)</source>
        <translation>timestamp : « %1 » n’est pas une heure ISO 8601 avec fuseau (…Z ou ±hh:mm)</translation>
    </message>
    <message>
        <source>%1: missing or longer than 200 characters</source>
        <translation>%1 : absent ou plus long que 200 caractères</translation>
    </message>
    <message>
        <source>value: "%1" is not an exact decimal</source>
        <translation>value : « %1 » n’est pas un décimal exact</translation>
    </message>
    <message>
        <source>No open window within a year for %1/%2/%3/%4</source>
        <translation>Aucune fenêtre ouverte sous un an pour %1/%2/%3/%4</translation>
    </message>
    <message>
        <source>aggregated from %1</source>
        <translation>agrégée depuis %1</translation>
    </message>
    <message>
        <source>Package %1 is not published: only published packages are remitted</source>
        <translation>Le paquet %1 n’est pas publié : seuls les paquets publiés sont remis</translation>
    </message>
    <message>
        <source>Line %1 of package %2: the net %3 is beyond a single amount</source>
        <translation>Ligne %1 du paquet %2 : le net %3 dépasse un montant unitaire</translation>
    </message>
    <message>
        <source>package %1 version %2</source>
        <translation>paquet %1 version %2</translation>
    </message>
    <message>
        <source>the header lacks the column %1</source>
        <translation>il manque la colonne %1 dans l’en-tête</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 champs, l’en-tête en a %2</translation>
    </message>
    <message>
        <source>remittance %1 changed while usage was added</source>
        <translation>la remise %1 a changé pendant l’ajout de l’utilisation</translation>
    </message>
    <message>
        <source>%1: a control character (%2)</source>
        <translation>%1 : un caractère de contrôle (%2)</translation>
    </message>
</context>
<context>
    <name>RemittanceMonitor</name>
    <message numerus="yes">
        <source>%1% of the remittances settled in the last %n hour(s) failed</source>
        <translation>
            <numerusform>%1 % des remises réglées dans la dernière %n heure ont échoué</numerusform>
            <numerusform>%1 % des remises réglées dans les %n dernières heures ont échoué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remittance(s) stuck without an answer</source>
        <translation>
            <numerusform>%n remise bloquée sans réponse</numerusform>
            <numerusform>%n remises bloquées sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a dead letter has waited %n minute(s)</source>
        <translation>
            <numerusform>une lettre morte attend depuis %n minute</numerusform>
            <numerusform>une lettre morte attend depuis %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemittanceSender</name>
    <message>
        <source>Another sender is running (%1)</source>
        <translation>Un autre expéditeur tourne (%1)</translation>
    </message>
    <message>
        <source>The sender lock is not held</source>
        <translation>Le verrou de l’expéditeur n’est pas pris</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>rien de dû</translation>
    </message>
    <message numerus="yes">
        <source>past the marketplace's %n-hour usage window</source>
        <translation>
            <numerusform>hors du délai d’usage de %n heure de la place de marché</numerusform>
            <numerusform>hors du délai d’usage de %n heures de la place de marché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past the %n-hour usage window</source>
        <translation>
            <numerusform>hors du délai d’usage de %n heure</numerusform>
            <numerusform>hors du délai d’usage de %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot claim remittance %1</source>
        <translation>Impossible de prendre la remise %1</translation>
    </message>
    <message>
        <source>attempt %1 to %2</source>
        <translation>tentative %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) failed; the last: %1</source>
        <translation>
            <numerusform>%n tentative échouée ; la dernière : %1</numerusform>
            <numerusform>%n tentatives échouées ; la dernière : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
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
    <name>ReportIdentity</name>
    <message>
        <source>%1: DSR %2 (%3) was imported for the same report while this file waited its turn; import this file again to review it as a re-delivery</source>
        <translation>%1 : le DSR %2 (%3) a été importé pour le même relevé pendant que ce fichier attendait son tour ; importez de nouveau ce fichier pour le revoir comme relivraison</translation>
    </message>
</context>
<context>
    <name>ResidualBuilder</name>
    <message>
        <source>Package %1 is %2: a published package is never rebuilt</source>
        <translation>Le paquet %1 est %2 : un paquet publié n’est jamais recalculé</translation>
    </message>
    <message>
        <source>Package %1 cannot be built: the rows of DSR(s) %2 in its partition were purged by the retention sweep. Delete the purged DSR(s) and import them again, or narrow the partition.</source>
        <translation>Le paquet %1 ne peut pas être calculé : les lignes du ou des DSR %2 de sa partition ont été purgées par le balayage de conservation. Supprimez les DSR purgés et importez-les à nouveau, ou réduisez la partition.</translation>
    </message>
    <message>
        <source>No ingested DSR falls in the partition of package %1</source>
        <translation>Aucun DSR importé ne tombe dans la partition du paquet %1</translation>
    </message>
    <message>
        <source>Cannot read the resource totals of DSR %1</source>
        <translation>Impossible de lire les totaux par ressource du DSR %1</translation>
    </message>
    <message>
        <source>Adjustment %1 (%2) applies to no line of the package</source>
        <translation>L’ajustement %1 (%2) ne touche aucune ligne du paquet</translation>
    </message>
    <message>
        <source>The lines do not add up to the partition in %1: %2 against %3; nothing was stored</source>
        <translation>Les lignes ne s’additionnent pas à la partition en %1 : %2 contre %3 ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>Cannot store package %1: %2</source>
        <translation>Impossible d’enregistrer le paquet %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>version %1: %n line(s) from %2 DSR(s); %3</source>
        <translation>
            <numerusform>version %1 : %n ligne de %2 DSR ; %3</numerusform>
            <numerusform>version %1 : %n lignes de %2 DSR ; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 has no version %2</source>
        <translation>Le paquet %1 n’a pas de version %2</translation>
    </message>
    <message numerus="yes">
        <source>version %1: %n line(s)</source>
        <translation>
            <numerusform>version %1 : %n ligne</numerusform>
            <numerusform>version %1 : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>another build or a publish changed it meanwhile (now version %1, %2); build it again</source>
        <translation>une autre construction ou une publication l'a modifié entre-temps (maintenant version %1, %2) ; reconstruisez-le</translation>
    </message>
</context>
<context>
    <name>ResourceTotals</name>
    <message>
        <source>The usages of resource %1 add up beyond the supported range</source>
        <translation>Les utilisations de la ressource %1 dépassent la plage prise en charge</translation>
    </message>
    <message>
        <source>Cannot store the resource totals: %1</source>
        <translation>Impossible d’enregistrer les totaux par ressource : %1</translation>
    </message>
</context>
<context>
    <name>RetainedSourceCheck</name>
    <message>
        <source>DSR %1 version %2: %3 rows kept, %4 when the package was built</source>
        <translation>DSR %1 version %2 : %3 lignes conservées, %4 au calcul du paquet</translation>
    </message>
    <message>
        <source>%1 lines recompute from the kept rows, %2 are stored</source>
        <translation>%1 lignes se recalculent à partir des lignes conservées, %2 sont enregistrées</translation>
    </message>
    <message>
        <source>line %1: recomputes as %2, stored as %3</source>
        <translation>ligne %1 : se recalcule en %2, enregistrée comme %3</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>The retention window must be at least one day, not %1</source>
        <translation>Le délai de conservation doit être d’au moins un jour, pas %1</translation>
    </message>
</context>
<context>
    <name>RetentionSweep</name>
    <message>
        <source>the rows of DSR(s) %1 in its partition were purged by the retention sweep</source>
        <translation>les lignes du ou des DSR %1 de sa partition ont été purgées par le balayage de conservation</translation>
    </message>
    <message>
        <source>delete the purged DSR(s) and import them again to rebuild</source>
        <translation>supprimez les DSR purgés et importez-les à nouveau pour recalculer</translation>
    </message>
    <message>
        <source>DSR %1: %2</source>
        <translation>DSR %1 : %2</translation>
    </message>
</context>
<context>
    <name>RowHistory</name>
    <message>
        <source>row ids: %1</source>
        <translation>identifiants de ligne : %1</translation>
    </message>
    <message>
        <source>row history: %1</source>
        <translation>historique des lignes : %1</translation>
    </message>
    <message>
        <source>row %1 of DSR %2 changed during the review; compute the diff again</source>
        <translation>la ligne %1 du DSR %2 a changé pendant la vérification ; recalculez les différences</translation>
    </message>
    <message>
        <source>row delete: %1</source>
        <translation>suppression de ligne : %1</translation>
    </message>
    <message>
        <source>row lines: %1</source>
        <translation>lignes du fichier : %1</translation>
    </message>
</context>
<context>
    <name>SftpTarget</name>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>the server refused (%1)</source>
        <translation>le serveur a refusé (%1)</translation>
    </message>
    <message>
        <source>Cannot start an SSH session</source>
        <translation>Impossible de démarrer une session SSH</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>Impossible de se connecter à %1:%2 : %3</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1:%2 HAS CHANGED (now %3). Someone may be intercepting the connection; nothing was sent. If the server's key really changed, remove its old entry from %4.</source>
        <translation>LA CLÉ D’HÔTE DE %1:%2 A CHANGÉ (désormais %3). Quelqu’un intercepte peut-être la connexion ; rien n’a été envoyé. Si la clé du serveur a vraiment changé, retirez son ancienne entrée de %4.</translation>
    </message>
    <message>
        <source>Cannot add the host key of %1 to %2: %3</source>
        <translation>Impossible d’ajouter la clé d’hôte de %1 à %2 : %3</translation>
    </message>
    <message>
        <source>The host key of %1:%2 is unknown (%3); confirm its fingerprint first</source>
        <translation>La clé d’hôte de %1:%2 est inconnue (%3) ; confirmez d’abord son empreinte</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation>Impossible de vérifier la clé d’hôte de %1 avec %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read the key file %1</source>
        <translation>Impossible de lire le fichier de clé %1</translation>
    </message>
    <message>
        <source>Permission denied: %1 cannot log in to %2 (%3)</source>
        <translation>Permission refusée : %1 ne peut pas se connecter à %2 (%3)</translation>
    </message>
    <message>
        <source>%1 offers no SFTP: %2</source>
        <translation>%1 n’offre pas SFTP : %2</translation>
    </message>
    <message>
        <source>Cannot write %1 on %2: %3</source>
        <translation>Impossible d’écrire %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Cannot move %1 into place on %2: %3</source>
        <translation>Impossible de mettre %1 en place sur %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the copy %1 on %2: %3</source>
        <translation>Impossible de lire la copie %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read the copy %1 on %2</source>
        <translation>Impossible de lire la copie %1 sur %2</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>Statement: %1, version %2</source>
        <translation>Relevé : %1, version %2</translation>
    </message>
    <message>
        <source>Package %1 (%2), built %3; base currency %4</source>
        <translation>Paquet %1 (%2), calculé %3 ; devise de base %4</translation>
    </message>
    <message numerus="yes">
        <source>Per rights holder (%n lines)</source>
        <translation>
            <numerusform>Par ayant droit (%n ligne)</numerusform>
            <numerusform>Par ayant droit (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Ayant droit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>Advance recouped</source>
        <translation>Avance récupérée</translation>
    </message>
    <message>
        <source>Net payable</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <source>(unallocated)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>StatusInbox</name>
    <message>
        <source>Cannot create the status drop folder %1</source>
        <translation>Impossible de créer le dossier de dépôt des états %1</translation>
    </message>
</context>
<context>
    <name>StatusJournal</name>
    <message>
        <source>"%1" is not a status (%2)</source>
        <translation>« %1 » n’est pas un état (%2)</translation>
    </message>
    <message>
        <source>Nothing is known of the dataflow %1</source>
        <translation>Rien n’est connu du flux %1</translation>
    </message>
    <message>
        <source>correlationId is missing</source>
        <translation>correlationId manque</translation>
    </message>
    <message>
        <source>timestamp "%1" is not an ISO 8601 time</source>
        <translation>timestamp « %1 » n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>stage is missing</source>
        <translation>stage manque</translation>
    </message>
    <message>
        <source>status "%1" is not one of %2</source>
        <translation>status « %1 » n’est pas parmi %2</translation>
    </message>
    <message>
        <source>%1: a control character (%2)</source>
        <translation>%1 : un caractère de contrôle (%2)</translation>
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
    <message>
        <source>the gzip data decompresses to more than %1 bytes, the limit gzip_max_bytes</source>
        <translation>les données gzip dépassent %1 octets une fois décompressées, la limite gzip_max_bytes</translation>
    </message>
    <message>
        <source>the gzip data expands more than %1 times (%2 bytes from %3), the limit gzip_max_ratio: a decompression bomb?</source>
        <translation>les données gzip grossissent plus de %1 fois (%2 octets à partir de %3), la limite gzip_max_ratio : une bombe de décompression ?</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>TrackIndex</name>
    <message>
        <source>Cannot index the tracks: %1</source>
        <translation>Impossible d’indexer les titres : %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Validation impossible : %1</translation>
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
    <message>
        <source>unknown record type %1 without a heading line; the line is skipped</source>
        <translation>type d’enregistrement %1 inconnu et sans ligne d’en-tête ; la ligne est ignorée</translation>
    </message>
    <message>
        <source>the file has no %1 record</source>
        <translation>le fichier n’a pas d’enregistrement %1</translation>
    </message>
    <message>
        <source>SummaryRecordId "%1" names no summary record; the row is not imported</source>
        <translation>SummaryRecordId « %1 » ne désigne aucun enregistrement de synthèse ; la ligne n’est pas importée</translation>
    </message>
    <message>
        <source>"%1" names no release or resource of the block; the row is not imported</source>
        <translation>« %1 » ne désigne aucune publication ni ressource du bloc ; la ligne n’est pas importée</translation>
    </message>
    <message>
        <source>usages do not reconcile: %1</source>
        <translation>les utilisations ne concordent pas : %1</translation>
    </message>
    <message>
        <source>revenue does not reconcile: %1</source>
        <translation>les revenus ne concordent pas : %1</translation>
    </message>
    <message>
        <source>the footer does not match the file: %1</source>
        <translation>le pied de fichier ne correspond pas au fichier : %1</translation>
    </message>
    <message>
        <source>the header disagrees with the file name: %1</source>
        <translation>l’en-tête ne correspond pas au nom du fichier : %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid ISWC</source>
        <translation>« %1 » n’est pas un ISWC valide</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 3166 territory code</source>
        <translation>« %1 » n’est pas un code de territoire ISO 3166</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>« %1 » n’est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>the MessageId was already used: %1</source>
        <translation>le MessageId a déjà été utilisé : %1</translation>
    </message>
    <message>
        <source>the summary's revenue cannot be allocated: %1</source>
        <translation>les revenus de la synthèse ne peuvent pas être répartis : %1</translation>
    </message>
    <message>
        <source>several summary records share SummaryRecordId "%1"; its revenue is not allocated</source>
        <translation>plusieurs enregistrements de synthèse partagent SummaryRecordId « %1 » ; ses revenus ne sont pas répartis</translation>
    </message>
    <message>
        <source>a control character (%1) in a text field; the row is not imported</source>
        <translation>un caractère de contrôle (%1) dans un champ texte ; la ligne n’est pas importée</translation>
    </message>
    <message>
        <source>%1 more findings were counted but not kept (the limit ddex_max_findings)</source>
        <translation>%1 constats de plus ont été comptés mais pas conservés (la limite ddex_max_findings)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>zip error %1</source>
        <translation>erreur zip %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
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
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
    <message>
        <source>Royalty Desk</source>
        <translation>Royalty Desk</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>DSR files to import, or package zips to review (no database needed).</source>
        <translation>Fichiers DSR à importer, ou zips de paquets à examiner (sans base de données).</translation>
    </message>
    <message>
        <source>The page to open: imports, analytics, licensing (licensing:ISRC opens a track), packages (packages:ID) or remittances.</source>
        <translation>La page à ouvrir : imports, analytics, licensing (licensing:ISRC ouvre un titre), packages (packages:ID) ou remittances.</translation>
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
        <source>Unknown option %1</source>
        <translation>Option inconnue %1</translation>
    </message>
    <message>
        <source>Unknown command "%1"</source>
        <translation>Commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date (YYYY-MM-DD)</source>
        <translation>--%1 : « %2 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Only DSRs of this territory (repeatable).</source>
        <translation>Seulement les DSR de ce territoire (répétable).</translation>
    </message>
    <message>
        <source>Only DSRs of this DSP (repeatable).</source>
        <translation>Seulement les DSR de ce DSP (répétable).</translation>
    </message>
    <message>
        <source>Only DSRs of this offer (repeatable).</source>
        <translation>Seulement les DSR de cette offre (répétable).</translation>
    </message>
    <message>
        <source>Only DSRs whose period starts on or after this date.</source>
        <translation>Seulement les DSR dont la période commence à cette date ou après.</translation>
    </message>
    <message>
        <source>Only DSRs whose period ends on or before this date.</source>
        <translation>Seulement les DSR dont la période se termine à cette date ou avant.</translation>
    </message>
    <message>
        <source>Show amounts in this original currency (only its DSRs) instead of the base currency.</source>
        <translation>Afficher les montants dans cette devise d’origine (seulement ses DSR) au lieu de la devise de base.</translation>
    </message>
    <message>
        <source>Only resources whose title, artists or ISRC contain this text.</source>
        <translation>Seulement les ressources dont le titre, les artistes ou l’ISRC contiennent ce texte.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rate(s) against %2 imported</source>
        <translation>
            <numerusform>%1 : %n taux par rapport à %2 importé</numerusform>
            <numerusform>%1 : %n taux par rapport à %2 importés</numerusform>
        </translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>RATE (PER %1)</source>
        <translation>TAUX (PAR %1)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>Print the rates as JSON.</source>
        <translation>Afficher les taux en JSON.</translation>
    </message>
    <message>
        <source>import FILE... | list</source>
        <translation>import FICHIER... | list</translation>
    </message>
    <message>
        <source>The new base currency (ISO 4217).</source>
        <translation>La nouvelle devise de base (ISO 4217).</translation>
    </message>
    <message>
        <source>territory, period, dsp, offer or dsp-offer.</source>
        <translation>territory, period, dsp, offer ou dsp-offer.</translation>
    </message>
    <message>
        <source>DSP / OFFER</source>
        <translation>DSP / OFFRE</translation>
    </message>
    <message>
        <source>DSRS</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>REVENUE (%1)</source>
        <translation>REVENUS (%1)</translation>
    </message>
    <message>
        <source>Warning: no exchange rate into %1 is in force for %2; those DSRs are left out of the revenue (marked *). Import rates with "royaltydesk-cli rates import FILE".</source>
        <translation>Attention : aucun taux de change vers %1 n’est en vigueur pour %2 ; ces DSR sont exclus des revenus (marqués *). Importez des taux avec « royaltydesk-cli rates import FICHIER ».</translation>
    </message>
    <message>
        <source>Only DSRs of this territory.</source>
        <translation>Seulement les DSR de ce territoire.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>The share of total revenue, 1 to 100.</source>
        <translation>La part des revenus totaux, de 1 à 100.</translation>
    </message>
    <message>
        <source>N must be a whole number from 1 to 100, not "%1"</source>
        <translation>N doit être un entier de 1 à 100, pas « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) make up the top %1% of %2 %3 (of %4 resources)</source>
        <translation>
            <numerusform>%n ressource fait les %1 % supérieurs de %2 %3 (sur %4 ressources)</numerusform>
            <numerusform>%n ressources font les %1 % supérieurs de %2 %3 (sur %4 ressources)</numerusform>
        </translation>
    </message>
    <message>
        <source>DSP ID</source>
        <translation>ID DSP</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>ARTISTS</source>
        <translation>ARTISTES</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CHANGEMENT</translation>
    </message>
    <message>
        <source>DSP_ID</source>
        <translation>DSP_ID</translation>
    </message>
    <message>
        <source>BEFORE (usages / revenue)</source>
        <translation>AVANT (utilisations / revenus)</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>APRÈS</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… et %n autre changement</numerusform>
            <numerusform>… et %n autres changements</numerusform>
        </translation>
    </message>
    <message>
        <source>DSR %1  %2: version %3 applied</source>
        <translation>DSR %1  %2 : version %3 appliquée</translation>
    </message>
    <message>
        <source>DSR %1  %2: re-delivery, not applied</source>
        <translation>DSR %1  %2 : relivraison, non appliquée</translation>
    </message>
    <message>
        <source>  created %1  updated %2  deleted %3  unchanged %4</source>
        <translation>  créées %1  modifiées %2  supprimées %3  inchangées %4</translation>
    </message>
    <message>
        <source>  revenue delta %1  usages delta %2</source>
        <translation>  écart de revenus %1  écart d’utilisations %2</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>DSR %1 was not known yet on %2 (first imported %3).</source>
        <translation>Le DSR %1 n’était pas encore connu le %2 (première importation %3).</translation>
    </message>
    <message>
        <source>DSR %1 as known on %2: version %3 of %4</source>
        <translation>DSR %1 tel que connu le %2 : version %3 sur %4</translation>
    </message>
    <message>
        <source>  file        %1</source>
        <translation>  fichier     %1</translation>
    </message>
    <message>
        <source>  applied     %1</source>
        <translation>  appliquée   %1</translation>
    </message>
    <message>
        <source>  revenue     %1 %2</source>
        <translation>  revenus     %1 %2</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>APPLIED</source>
        <translation>APPLIQUÉE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉES</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>MODIFIÉES</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>SUPPRIMÉES</translation>
    </message>
    <message>
        <source>REVENUE DELTA</source>
        <translation>ÉCART DE REVENUS</translation>
    </message>
    <message>
        <source>Apply a re-delivery (a file for an imported report) as the report's next version.</source>
        <translation>Appliquer une relivraison (un fichier d’un rapport déjà importé) comme version suivante du rapport.</translation>
    </message>
    <message>
        <source>DSR files: simple TSV or DDEX flat files (.tsv or .tsv.gz).</source>
        <translation>Fichiers DSR : TSV simple ou fichiers plats DDEX (.tsv ou .tsv.gz).</translation>
    </message>
    <message>
        <source>--replace and --dry-run exclude each other</source>
        <translation>--replace et --dry-run s’excluent mutuellement</translation>
    </message>
    <message>
        <source>Show the version that was known on this day (YYYY-MM-DD), and the history.</source>
        <translation>Afficher la version connue ce jour-là (AAAA-MM-JJ) et l’historique.</translation>
    </message>
    <message>
        <source> (allocated from the summaries, not reported per row)</source>
        <translation> (répartis depuis les synthèses, non déclarés par ligne)</translation>
    </message>
    <message>
        <source> (partly allocated from the summaries)</source>
        <translation> (en partie répartis depuis les synthèses)</translation>
    </message>
    <message>
        <source>  format      DDEX flat file, MessageId %1</source>
        <translation>  format      fichier plat DDEX, MessageId %1</translation>
    </message>
    <message>
        <source>  version     %1 (re-delivered; the history: dsr %2 --as-of DATE)</source>
        <translation>  version     %1 (relivré ; l’historique : dsr %2 --as-of DATE)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date (YYYY-MM-DD)</source>
        <translation>%1 : « %2 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>"%1" is not an ISRC</source>
        <translation>« %1 » n’est pas un ISRC</translation>
    </message>
    <message>
        <source>Only this territory.</source>
        <translation>Seulement ce territoire.</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD).</source>
        <translation>À partir de ce jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD).</source>
        <translation>Jusqu’à ce jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The claims as known on this day (default today).</source>
        <translation>Les revendications telles que connues ce jour-là (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source> (without %1: no rate)</source>
        <translation> (sans %1 : pas de taux)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Licensing CSV files.</source>
        <translation>Fichiers CSV de licences.</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli rights import FILE...</source>
        <translation>usage : royaltydesk-cli rights import FICHIER...</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s) imported (rights import %2)</source>
        <translation>
            <numerusform>%1 : %n revendication importée (import de droits %2)</numerusform>
            <numerusform>%1 : %n revendications importées (import de droits %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The track.</source>
        <translation>Le titre.</translation>
    </message>
    <message>
        <source>ISO territory code.</source>
        <translation>Code ISO du territoire.</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD).</source>
        <translation>Le jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>recording (default) or publishing.</source>
        <translation>recording (par défaut) ou publishing.</translation>
    </message>
    <message>
        <source>--right-type: "%1" is not recording or publishing</source>
        <translation>--right-type : « %1 » n’est ni recording ni publishing</translation>
    </message>
    <message>
        <source>overclaimed</source>
        <translation>surrevendiqué</translation>
    </message>
    <message>
        <source>fully licensed</source>
        <translation>entièrement sous licence</translation>
    </message>
    <message>
        <source>unlicensed</source>
        <translation>sans licence</translation>
    </message>
    <message>
        <source>partly licensed</source>
        <translation>partiellement sous licence</translation>
    </message>
    <message>
        <source>%1 in %2 on %3 (%4 rights, as known on %5): %6% — %7</source>
        <translation>%1 en %2 le %3 (droits %4, tel que connu le %5) : %6 % — %7</translation>
    </message>
    <message>
        <source>RIGHTS HOLDER</source>
        <translation>AYANT DROIT</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PART</translation>
    </message>
    <message>
        <source>VALID FROM</source>
        <translation>VALIDE DU</translation>
    </message>
    <message>
        <source>VALID TO</source>
        <translation>VALIDE AU</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>DSR %1 line %2</source>
        <translation>DSR %1 ligne %2</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <source>Only this territory (with the worldwide claims).</source>
        <translation>Seulement ce territoire (avec les revendications mondiales).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n licensing event(s), as known on %2</source>
        <translation>
            <numerusform>%1 : %n événement de licence, tel que connu le %2</numerusform>
            <numerusform>%1 : %n événements de licence, tel que connu le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>RIGHT TYPE</source>
        <translation>TYPE DE DROIT</translation>
    </message>
    <message>
        <source>LICENSED SHARE FROM THEN ON</source>
        <translation>PART SOUS LICENCE DÈS LORS</translation>
    </message>
    <message>
        <source>overclaims</source>
        <translation>surrevendications</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DU</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>AU</translation>
    </message>
    <message>
        <source>TOTAL SHARE</source>
        <translation>PART TOTALE</translation>
    </message>
    <message>
        <source>CLAIMANTS</source>
        <translation>REVENDICATEURS</translation>
    </message>
    <message numerus="yes">
        <source>%n overclaimed stretch(es)</source>
        <translation>
            <numerusform>%n période surrevendiquée</numerusform>
            <numerusform>%n périodes surrevendiquées</numerusform>
        </translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposition</translation>
    </message>
    <message>
        <source>LICENSED</source>
        <translation>SOUS LICENCE</translation>
    </message>
    <message>
        <source>(no ISRC)</source>
        <translation>(sans ISRC)</translation>
    </message>
    <message>
        <source>"%1" is not a package id</source>
        <translation>« %1 » n’est pas un id de paquet</translation>
    </message>
    <message>
        <source>--%1: "%2" is not an exact decimal</source>
        <translation>--%1 : « %2 » n’est pas un décimal exact</translation>
    </message>
    <message>
        <source>The package's name.</source>
        <translation>Le nom du paquet.</translation>
    </message>
    <message>
        <source>A territory of the partition (repeatable).</source>
        <translation>Un territoire de la partition (répétable).</translation>
    </message>
    <message>
        <source>First day of the partition.</source>
        <translation>Premier jour de la partition.</translation>
    </message>
    <message>
        <source>Last day of the partition.</source>
        <translation>Dernier jour de la partition.</translation>
    </message>
    <message>
        <source>Only this DSP (repeatable).</source>
        <translation>Seulement ce DSP (répétable).</translation>
    </message>
    <message>
        <source>Only this offer (repeatable).</source>
        <translation>Seulement cette offre (répétable).</translation>
    </message>
    <message>
        <source>The package id.</source>
        <translation>L’id du paquet.</translation>
    </message>
    <message>
        <source>An exact amount (with --currency).</source>
        <translation>Un montant exact (avec --currency).</translation>
    </message>
    <message>
        <source>The amount's currency.</source>
        <translation>La devise du montant.</translation>
    </message>
    <message>
        <source>A percentage of the scope's revenue.</source>
        <translation>Un pourcentage des revenus du périmètre.</translation>
    </message>
    <message>
        <source>Only this resource (ISRC or dsp_id).</source>
        <translation>Seulement cette ressource (ISRC ou dsp_id).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Pourquoi (obligatoire).</translation>
    </message>
    <message>
        <source>give either --amount or --percent</source>
        <translation>indiquez --amount ou --percent</translation>
    </message>
    <message>
        <source>give --resource or --territory, not both</source>
        <translation>indiquez --resource ou --territory, pas les deux</translation>
    </message>
    <message>
        <source>adjustment %1 added to package %2</source>
        <translation>ajustement %1 ajouté au paquet %2</translation>
    </message>
    <message>
        <source>The rights holder.</source>
        <translation>L’ayant droit.</translation>
    </message>
    <message>
        <source>The amount advanced.</source>
        <translation>Le montant avancé.</translation>
    </message>
    <message>
        <source>Its currency.</source>
        <translation>Sa devise.</translation>
    </message>
    <message>
        <source>advance %1 added to package %2</source>
        <translation>avance %1 ajoutée au paquet %2</translation>
    </message>
    <message>
        <source>package %1 built: version %2</source>
        <translation>paquet %1 calculé : version %2</translation>
    </message>
    <message>
        <source>retraction record %1</source>
        <translation>avis de retrait %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>package %1 exported to %2</source>
        <translation>paquet %1 exporté vers %2</translation>
    </message>
    <message>
        <source>The package zip.</source>
        <translation>Le zip du paquet.</translation>
    </message>
    <message>
        <source>OK      %1</source>
        <translation>OK      %1</translation>
    </message>
    <message>
        <source>FAILED  %1</source>
        <translation>ÉCHEC   %1</translation>
    </message>
    <message>
        <source>the package verifies</source>
        <translation>le paquet se vérifie</translation>
    </message>
    <message>
        <source>the package does NOT verify</source>
        <translation>le paquet NE se vérifie PAS</translation>
    </message>
    <message>
        <source>package %1 published</source>
        <translation>paquet %1 publié</translation>
    </message>
    <message>
        <source>package %1 retracted</source>
        <translation>paquet %1 retiré</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>TERRITORIES</source>
        <translation>TERRITOIRES</translation>
    </message>
    <message>
        <source>Print the package as JSON.</source>
        <translation>Afficher le paquet en JSON.</translation>
    </message>
    <message>
        <source>There is no package %1</source>
        <translation>Il n’y a pas de paquet %1</translation>
    </message>
    <message>
        <source>Package %1: %2 (%3, version %4)</source>
        <translation>Paquet %1 : %2 (%3, version %4)</translation>
    </message>
    <message>
        <source>  partition   %1, %2 to %3</source>
        <translation>  partition   %1, du %2 au %3</translation>
    </message>
    <message>
        <source>  STALE       %1</source>
        <translation>  PÉRIMÉ      %1</translation>
    </message>
    <message>
        <source>HOLDER</source>
        <translation>AYANT DROIT</translation>
    </message>
    <message>
        <source>ADJUSTMENT</source>
        <translation>AJUSTEMENT</translation>
    </message>
    <message>
        <source>RECOUPED</source>
        <translation>RÉCUPÉRÉ</translation>
    </message>
    <message>
        <source>NET</source>
        <translation>NET</translation>
    </message>
    <message>
        <source>(unallocated)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUI</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POURQUOI</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli package create|adjust|advance|build|export|verify|publish|retract|copies|recopy|reverify|list|show …</source>
        <translation>usage : royaltydesk-cli package create|adjust|advance|build|export|verify|publish|retract|copies|recopy|reverify|list|show …</translation>
    </message>
    <message>
        <source>The new window, in days after import.</source>
        <translation>Le nouveau délai, en jours après l’import.</translation>
    </message>
    <message>
        <source>"%1" is not a number of days</source>
        <translation>« %1 » n’est pas un nombre de jours</translation>
    </message>
    <message numerus="yes">
        <source>raw rows are kept %n day(s) after import</source>
        <translation>
            <numerusform>les lignes sont conservées %n jour après l’import</numerusform>
            <numerusform>les lignes sont conservées %n jours après l’import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSR %1  %2  imported %3  %n row(s)</source>
        <translation>
            <numerusform>DSR %1  %2  importé %3  %n ligne</numerusform>
            <numerusform>DSR %1  %2  importé %3  %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>kept by package(s) %1</source>
        <translation>conservé par le ou les paquets %1</translation>
    </message>
    <message>
        <source>Report what would be purged, retained and flagged; change nothing.</source>
        <translation>Indiquer ce qui serait purgé, conservé et signalé ; ne rien changer.</translation>
    </message>
    <message>
        <source>Sweep as of this date instead of today.</source>
        <translation>Balayer à cette date au lieu d’aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>retention sweep as of %1 (dry run: nothing changed), window %n day(s)</source>
        <translation>
            <numerusform>balayage de conservation au %1 (simulation : rien n’a changé), délai de %n jour</numerusform>
            <numerusform>balayage de conservation au %1 (simulation : rien n’a changé), délai de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention sweep as of %1, window %n day(s)</source>
        <translation>
            <numerusform>balayage de conservation au %1, délai de %n jour</numerusform>
            <numerusform>balayage de conservation au %1, délai de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>would purge:</source>
        <translation>seraient purgés :</translation>
    </message>
    <message>
        <source>purged:</source>
        <translation>purgés :</translation>
    </message>
    <message>
        <source>would retain for ever:</source>
        <translation>seraient conservés pour toujours :</translation>
    </message>
    <message>
        <source>retained for ever:</source>
        <translation>conservés pour toujours :</translation>
    </message>
    <message>
        <source>package %1 (%2) is stale: %3</source>
        <translation>le paquet %1 (%2) est périmé : %3</translation>
    </message>
    <message>
        <source>nothing has expired</source>
        <translation>rien n’est échu</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli retention sweep [--dry-run] [--now YYYY-MM-DD] [--json] | retention window [DAYS]</source>
        <translation>usage : royaltydesk-cli retention sweep [--dry-run] [--now AAAA-MM-JJ] [--json] | retention window [JOURS]</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>OÙ</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The archive folder (a local disk or a mounted share).</source>
        <translation>Le dossier d’archives (un disque local ou un partage monté).</translation>
    </message>
    <message>
        <source>The SFTP server.</source>
        <translation>Le serveur SFTP.</translation>
    </message>
    <message>
        <source>Its port (default 22).</source>
        <translation>Son port (22 par défaut).</translation>
    </message>
    <message>
        <source>The user to log in as.</source>
        <translation>L’utilisateur de connexion.</translation>
    </message>
    <message>
        <source>A private key file (without passphrase).</source>
        <translation>Un fichier de clé privée (sans phrase secrète).</translation>
    </message>
    <message>
        <source>The environment variable that holds the password.</source>
        <translation>La variable d’environnement qui contient le mot de passe.</translation>
    </message>
    <message>
        <source>The known_hosts file that host keys are checked against.</source>
        <translation>Le fichier known_hosts auquel les clés d’hôte sont comparées.</translation>
    </message>
    <message>
        <source>The remote folder for the copies.</source>
        <translation>Le dossier distant des copies.</translation>
    </message>
    <message>
        <source>The target id.</source>
        <translation>L’id de la destination.</translation>
    </message>
    <message>
        <source>"%1" is not a target id</source>
        <translation>« %1 » n’est pas un id de destination</translation>
    </message>
    <message>
        <source>target %1 enabled</source>
        <translation>destination %1 activée</translation>
    </message>
    <message>
        <source>target %1 disabled (its copies stay)</source>
        <translation>destination %1 désactivée (ses copies restent)</translation>
    </message>
    <message>
        <source>The fingerprint you checked with the server's administrator.</source>
        <translation>L’empreinte vérifiée avec l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>the host key of %1 HAS CHANGED (now %2); it is not trusted</source>
        <translation>la clé d’hôte de %1 A CHANGÉ (désormais %2) ; elle n’est pas approuvée</translation>
    </message>
    <message>
        <source>%1 is already known: %2</source>
        <translation>%1 est déjà connu : %2</translation>
    </message>
    <message>
        <source>The server presents %1. Check it with its administrator, then run:
  royaltydesk-cli targets trust %2 --fingerprint %1</source>
        <translation>Le serveur présente %1. Vérifiez-la avec son administrateur, puis lancez :
  royaltydesk-cli targets trust %2 --fingerprint %1</translation>
    </message>
    <message>
        <source>the server presents %1, not %2; nothing was trusted</source>
        <translation>le serveur présente %1, pas %2 ; rien n’a été approuvé</translation>
    </message>
    <message>
        <source>%1 trusted; its key is added to the known_hosts file on the next copy</source>
        <translation>%1 approuvé ; sa clé sera ajoutée au fichier known_hosts à la prochaine copie</translation>
    </message>
    <message>
        <source>there is no SFTP target %1</source>
        <translation>il n’y a pas de destination SFTP %1</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli targets list|add-local|add-sftp|enable|disable|trust …</source>
        <translation>usage : royaltydesk-cli targets list|add-local|add-sftp|enable|disable|trust …</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>JETON</translation>
    </message>
    <message>
        <source>WINDOW H</source>
        <translation>DÉLAI H</translation>
    </message>
    <message>
        <source>MAX ATTEMPTS</source>
        <translation>TENTATIVES MAX</translation>
    </message>
    <message>
        <source>BACKOFF MS</source>
        <translation>ATTENTE MS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>The marketplace.</source>
        <translation>La place de marché.</translation>
    </message>
    <message>
        <source>Where remittances are POSTed (http or https).</source>
        <translation>Où les remises sont envoyées en POST (http ou https).</translation>
    </message>
    <message>
        <source>A file holding the bearer token.</source>
        <translation>Un fichier contenant le jeton porteur.</translation>
    </message>
    <message>
        <source>The usage window (default 6).</source>
        <translation>Le délai d’usage (6 par défaut).</translation>
    </message>
    <message>
        <source>Attempts before the dead-letter queue (default 5).</source>
        <translation>Tentatives avant la file des lettres mortes (5 par défaut).</translation>
    </message>
    <message>
        <source>The first retry delay (default 1000).</source>
        <translation>Le premier délai avant nouvel essai (1000 par défaut).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>marketplace %1 saved</source>
        <translation>place de marché %1 enregistrée</translation>
    </message>
    <message>
        <source>Remit the net payable lines of this published package.</source>
        <translation>Remettre les lignes nettes à payer de ce paquet publié.</translation>
    </message>
    <message>
        <source>CSV or JSON lines of {timestamp, marketplace, account, product, metric, value}.</source>
        <translation>CSV ou lignes JSON de {timestamp, marketplace, account, product, metric, value}.</translation>
    </message>
    <message>
        <source>give a file or --package ID</source>
        <translation>indiquez un fichier ou --package ID</translation>
    </message>
    <message>
        <source>%1 usage event(s): %2 new remittance(s), %3 late event(s) moved to the next open window</source>
        <translation>%1 événement(s) d’usage : %2 nouvelle(s) remise(s), %3 événement(s) tardif(s) déplacé(s) vers la prochaine fenêtre ouverte</translation>
    </message>
    <message>
        <source>Send what is due now, then stop.</source>
        <translation>Envoyer ce qui est dû maintenant, puis s’arrêter.</translation>
    </message>
    <message>
        <source>Keep sending until nothing waits to be sent.</source>
        <translation>Continuer d’envoyer jusqu’à ce que rien n’attende.</translation>
    </message>
    <message numerus="yes">
        <source>%n remittance attempt(s) made</source>
        <translation>
            <numerusform>%n tentative de remise faite</numerusform>
            <numerusform>%n tentatives de remise faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Seulement cet état.</translation>
    </message>
    <message>
        <source>Only this marketplace.</source>
        <translation>Seulement cette place de marché.</translation>
    </message>
    <message>
        <source>Hours from this time on (ISO 8601).</source>
        <translation>Heures à partir de ce moment (ISO 8601).</translation>
    </message>
    <message>
        <source>Hours before this time (ISO 8601).</source>
        <translation>Heures avant ce moment (ISO 8601).</translation>
    </message>
    <message>
        <source>Print JSON, with every attempt.</source>
        <translation>Afficher en JSON, avec chaque tentative.</translation>
    </message>
    <message>
        <source>MARKETPLACE</source>
        <translation>PLACE DE MARCHÉ</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUIT</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>MÉTRIQUE</translation>
    </message>
    <message>
        <source>HOUR</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation>ESSAIS</translation>
    </message>
    <message>
        <source>%1: "%2" is not a day or an ISO 8601 time with a zone</source>
        <translation>%1 : « %2 » n’est ni un jour ni une heure ISO 8601 avec fuseau</translation>
    </message>
    <message>
        <source>"%1" is not a remittance id</source>
        <translation>« %1 » n’est pas un id de remise</translation>
    </message>
    <message>
        <source>Failed remittances.</source>
        <translation>Remises en échec.</translation>
    </message>
    <message>
        <source>%1 remittance(s) due again</source>
        <translation>%1 remise(s) de nouveau dues</translation>
    </message>
    <message>
        <source>Every dead letter.</source>
        <translation>Toutes les lettres mortes.</translation>
    </message>
    <message>
        <source>Dead letters.</source>
        <translation>Lettres mortes.</translation>
    </message>
    <message>
        <source>Usage: royaltydesk-cli remit redrive (--all | ID...)</source>
        <translation>Usage : royaltydesk-cli remit redrive (--all | ID...)</translation>
    </message>
    <message>
        <source>%1 dead letter(s) re-driven</source>
        <translation>%1 lettre(s) morte(s) relancée(s)</translation>
    </message>
    <message>
        <source>The product.</source>
        <translation>Le produit.</translation>
    </message>
    <message>
        <source>From this hour (a day or an ISO 8601 time).</source>
        <translation>À partir de cette heure (un jour ou une heure ISO 8601).</translation>
    </message>
    <message>
        <source>Up to this hour, not included.</source>
        <translation>Jusqu’à cette heure, non comprise.</translation>
    </message>
    <message>
        <source>Only this account (repeatable).</source>
        <translation>Seulement ce compte (répétable).</translation>
    </message>
    <message>
        <source>%1 pending remittance(s) reset to zero</source>
        <translation>%1 remise(s) en attente remise(s) à zéro</translation>
    </message>
    <message>
        <source>%1 remittance(s) corrected</source>
        <translation>%1 remise(s) corrigée(s)</translation>
    </message>
    <message>
        <source>Stuck: no answer for this long (default 60).</source>
        <translation>Bloquée : sans réponse depuis ce temps (60 par défaut).</translation>
    </message>
    <message>
        <source>failed or unknown (default).</source>
        <translation>failed ou unknown (par défaut).</translation>
    </message>
    <message>
        <source>--to: failed or unknown, not "%1"</source>
        <translation>--to : failed ou unknown, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 stuck remittance(s) reconciled</source>
        <translation>%1 remise(s) bloquée(s) réglée(s)</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli remit marketplace|ingest|run|list|retry|redrive|reset|recalc|reconcile …</source>
        <translation>usage : royaltydesk-cli remit marketplace|ingest|run|list|retry|redrive|reset|recalc|reconcile …</translation>
    </message>
    <message>
        <source>A JSON-lines file of status messages.</source>
        <translation>Un fichier de lignes JSON de messages d’état.</translation>
    </message>
    <message>
        <source>%1 dataSetDetails and %2 status message(s) imported</source>
        <translation>%1 dataSetDetails et %2 message(s) d’état importés</translation>
    </message>
    <message>
        <source>Only messages from this day on.</source>
        <translation>Seulement les messages à partir de ce jour.</translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>The drop folder (default: status-inbox beside the database).</source>
        <translation>Le dossier de dépôt (par défaut : status-inbox à côté de la base de données).</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importé %1</translation>
    </message>
    <message>
        <source>rejected %1</source>
        <translation>refusé %1</translation>
    </message>
    <message>
        <source>The dataflow's correlation id.</source>
        <translation>L’id de corrélation du flux.</translation>
    </message>
    <message>
        <source>dataflow %1: %2, %3</source>
        <translation>flux %1 : %2, %3</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminé</translation>
    </message>
    <message>
        <source>  %1 %2 version %3, %4 record(s)</source>
        <translation>  %1 %2 version %3, %4 enregistrement(s)</translation>
    </message>
    <message>
        <source>  now at %1 (%2)</source>
        <translation>  maintenant à %1 (%2)</translation>
    </message>
    <message>
        <source>  records: %1 succeeded, %2 failed</source>
        <translation>  enregistrements : %1 réussis, %2 en échec</translation>
    </message>
    <message>
        <source>  why: %1 %2</source>
        <translation>  pourquoi : %1 %2</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message numerus="yes">
        <source>  %n line(s) quoting %1 itself at 1 passed over (the base needs no rate)</source>
        <translation>
            <numerusform>  %n ligne cotant %1 elle-même à 1 ignorée (la base n’a pas besoin de taux)</numerusform>
            <numerusform>  %n lignes cotant %1 elle-même à 1 ignorées (la base n’a pas besoin de taux)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: dry run, nothing written</source>
        <translation>%1 : essai à blanc, rien n’a été écrit</translation>
    </message>
    <message>
        <source>  would import rows %1  usages %2  revenue %3</source>
        <translation>  importerait lignes %1  utilisations %2  revenus %3</translation>
    </message>
    <message>
        <source>  warnings %1  errors %2</source>
        <translation>  avertissements %1  erreurs %2</translation>
    </message>
    <message>
        <source>Validate the files and print what importing them would do, without writing anything.</source>
        <translation>Valider les fichiers et afficher ce que ferait leur import, sans rien écrire.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>SHARE %</source>
        <translation>PART %</translation>
    </message>
    <message>
        <source>NET (%1)</source>
        <translation>NET (%1)</translation>
    </message>
    <message>
        <source>CLAIMS</source>
        <translation>REVENDICATIONS</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sans taux</translation>
    </message>
    <message>
        <source>OVERCLAIMED</source>
        <translation>SURREVENDIQUÉ</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totaux par devise</translation>
    </message>
    <message>
        <source>LINES</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>ADJUSTMENTS</source>
        <translation>AJUSTEMENTS</translation>
    </message>
    <message>
        <source>NET PAYABLE</source>
        <translation>NET À PAYER</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>set KEY VALUE changes one limit.</source>
        <translation>set CLÉ VALEUR modifie une limite.</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli limits [--json] | limits set KEY VALUE</source>
        <translation>usage : royaltydesk-cli limits [--json] | limits set CLÉ VALEUR</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>« %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(par défaut %1)</translation>
    </message>
    <message>
        <source>Usage: royaltydesk-cli [--db PATH] [--lang LANG] &lt;command&gt; [options]

Commands:
  import [--strict] [--replace | --dry-run] [--json] FILE...
                                       import DSR files: simple TSV or DDEX (.tsv or .tsv.gz)
  dsrs [--json]                        list the DSRs
  dsr ID [--json] [--limit N] [--as-of DATE]
                                       show one DSR and its validation report (or its history)
  delete ID                            delete a DSR with its rows and report
  rates import FILE... | rates list    import (date,currency,rate CSV) or list exchange rates
  base-currency [CODE]                 show or set the base currency (default EUR)
  totals --by DIMENSION [filters]      usages and revenue by territory|period|dsp|offer|dsp-offer
  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]
                                       the resources that make up the top N% of revenue
  rights import FILE...                import licensing CSVs (claims)
  licensed ISRC TERRITORY DATE [--as-known-on D] [--right-type T] [--json]
                                       the licensed share and the claims in force
  timeline ISRC [--territory CC] [--as-known-on D] [--json]
                                       the licensing events of a track
  overclaims [--territory CC] [--from D] [--to D] [--json]
                                       where claims add up to more than 100%, with the usage
  exposure [--territory CC] [--from D] [--to D] [--json]
                                       usage and revenue while less than 100% licensed
  package create --name N [--territory CC]... --period-start D --period-end D [--dsp X]... [--offer X]...
  package adjust ID (--amount A --currency C | --percent P) [--resource R | --territory CC] --reason TEXT
  package advance ID --holder H --amount A --currency C
  package build|publish ID | package retract ID --reason TEXT
  package export ID OUT.zip | package verify FILE.zip [--json]
  package list [--json] | package show ID [--json]
                                       residual packages: draft, build, export, publish, retract
  retention sweep [--dry-run] [--now D] [--json]
                                       purge raw rows past the window, retain those behind packages
  retention window [DAYS]              show or set the window (default 90 days after import)
  limits [--json] | limits set KEY VALUE
                                       caps on hostile input: gzip_max_bytes, gzip_max_ratio,
                                       ddex_max_findings
  package copies ID [--json] | package recopy ID | package reverify ID
                                       the retained copies of a published package, per target
  targets list [--json] | targets add-local FOLDER | targets enable|disable ID
  targets add-sftp --host H [--port P] --user U (--key F | --password-env VAR) --known-hosts F --folder D
  targets trust ID [--fingerprint SHA256:…]
                                       where published packages are copied (local folder, SFTP)
  status CORRELATION_ID [--json] | status import FILE.jsonl | status export [--since D] | status inbox [FOLDER]
                                       the status journal of a dataflow; external pipelines' messages
  remit marketplace add NAME --url URL [--token-file F] [--window-hours H] [--max-attempts N] [--backoff-ms MS]
  remit marketplace list | remit ingest FILE | remit ingest --package ID
  remit run [--once | --until-idle] | remit list [--status S] [--marketplace M] [--from T] [--to T] [--json]
                                       hourly remittances: usage in, exactly-once delivery, the outbox
  remit retry ID... | remit redrive (--all | ID...) | remit reconcile [--older-than-minutes N] [--to failed|unknown]
  remit reset --product P --start T --end T (--account A)... | remit recalc --start T --end T
                                       recover: retry, re-drive dead letters, reset, recalculate, reconcile stuck

Options:
  --db PATH     the database (default: the GUI's, %1)
  --lang LANG   the language of messages (en, es, fr)
  --version     print the version
  --help        print this help
</source>
        <translation>Usage : royaltydesk-cli [--db CHEMIN] [--lang LANGUE] &lt;commande&gt; [options]

Commandes :
  import [--strict] [--replace | --dry-run] [--json] FICHIER...
                                       importer des fichiers DSR : TSV simple ou DDEX (.tsv ou .tsv.gz)
  dsrs [--json]                        lister les DSR
  dsr ID [--json] [--limit N] [--as-of DATE]
                                       afficher un DSR et son rapport de validation (ou son historique)
  delete ID                            supprimer un DSR avec ses lignes et son rapport
  rates import FICHIER... | rates list importer (CSV date,devise,taux) ou lister les taux de change
  base-currency [CODE]                 afficher ou fixer la devise de base (EUR par défaut)
  totals --by DIMENSION [filtres]      utilisations et revenus par territory|period|dsp|offer|dsp-offer
  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]
                                       les ressources qui font les N % supérieurs des revenus
  rights import FICHIER...             importer des CSV de licences (revendications)
  licensed ISRC TERRITOIRE DATE [--as-known-on D] [--right-type T] [--json]
                                       la part sous licence et les revendications en vigueur
  timeline ISRC [--territory CC] [--as-known-on D] [--json]
                                       les événements de licence d’un titre
  overclaims [--territory CC] [--from D] [--to D] [--json]
                                       là où les revendications dépassent 100 %, avec l’utilisation
  exposure [--territory CC] [--from D] [--to D] [--json]
                                       utilisations et revenus sous licence à moins de 100 %
  package create --name N [--territory CC]... --period-start D --period-end D [--dsp X]... [--offer X]...
  package adjust ID (--amount M --currency D | --percent P) [--resource R | --territory CC] --reason TEXTE
  package advance ID --holder A --amount M --currency D
  package build|publish ID | package retract ID --reason TEXTE
  package export ID SORTIE.zip | package verify FICHIER.zip [--json]
  package list [--json] | package show ID [--json]
                                       paquets de reliquats : brouillon, calcul, export, publication, retrait
  retention sweep [--dry-run] [--now D] [--json]
                                       purger les lignes échues, conserver celles des paquets
  retention window [JOURS]             afficher ou fixer le délai (90 jours après l’import par défaut)
  limits [--json] | limits set CLÉ VALEUR
                                       plafonds pour les entrées hostiles : gzip_max_bytes, gzip_max_ratio,
                                       ddex_max_findings
  package copies ID [--json] | package recopy ID | package reverify ID
                                       les copies conservées d’un paquet publié, par destination
  targets list [--json] | targets add-local DOSSIER | targets enable|disable ID
  targets add-sftp --host H [--port P] --user U (--key F | --password-env VAR) --known-hosts F --folder D
  targets trust ID [--fingerprint SHA256:…]
                                       où les paquets publiés sont copiés (dossier local, SFTP)
  status ID_CORRÉLATION [--json] | status import FICHIER.jsonl | status export [--since D] | status inbox [DOSSIER]
                                       le journal d’état d’un flux ; messages des chaînes externes
  remit marketplace add NOM --url URL [--token-file F] [--window-hours H] [--max-attempts N] [--backoff-ms MS]
  remit marketplace list | remit ingest FICHIER | remit ingest --package ID
  remit run [--once | --until-idle] | remit list [--status S] [--marketplace M] [--from T] [--to T] [--json]
                                       remises horaires : usage entrant, livraison une seule fois, la boîte d’envoi
  remit retry ID... | remit redrive (--all | ID...) | remit reconcile [--older-than-minutes N] [--to failed|unknown]
  remit reset --product P --start T --end T (--account C)... | remit recalc --start T --end T
                                       reprendre : réessayer, relancer les lettres mortes, remettre à zéro, recalculer, régler les bloquées

Options :
  --db CHEMIN     la base de données (par défaut celle de l’interface graphique, %1)
  --lang LANGUE   la langue des messages (en, es, fr)
  --version       afficher la version
  --help          afficher cette aide
</translation>
    </message>
</context>
<context>
    <name>rd::ui::AdjustmentDialog</name>
    <message>
        <source>Add Adjustment</source>
        <translation>Ajouter un ajustement</translation>
    </message>
    <message>
        <source>Percentage of the revenue</source>
        <translation>Pourcentage des revenus</translation>
    </message>
    <message>
        <source>Exact amount</source>
        <translation>Montant exact</translation>
    </message>
    <message>
        <source>The whole package</source>
        <translation>Tout le paquet</translation>
    </message>
    <message>
        <source>One territory</source>
        <translation>Un territoire</translation>
    </message>
    <message>
        <source>One resource (ISRC or DSP id)</source>
        <translation>Une ressource (ISRC ou id du DSP)</translation>
    </message>
    <message>
        <source>e.g. -2.5 or 120.00</source>
        <translation>p. ex. -2.5 ou 120.00</translation>
    </message>
    <message>
        <source>for an amount, e.g. EUR</source>
        <translation>pour un montant, p. ex. EUR</translation>
    </message>
    <message>
        <source>required: why the residuals change</source>
        <translation>obligatoire : pourquoi les reliquats changent</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;S’applique à :</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Lequel :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>The value must be an exact decimal number.</source>
        <translation>La valeur doit être un nombre décimal exact.</translation>
    </message>
    <message>
        <source>An amount needs its currency (three letters).</source>
        <translation>Un montant demande sa devise (trois lettres).</translation>
    </message>
    <message>
        <source>Say which territory or resource.</source>
        <translation>Indiquez quel territoire ou quelle ressource.</translation>
    </message>
    <message>
        <source>Every adjustment needs a reason.</source>
        <translation>Chaque ajustement demande un motif.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AdvanceDialog</name>
    <message>
        <source>Add Advance</source>
        <translation>Ajouter une avance</translation>
    </message>
    <message>
        <source>Rights &amp;holder:</source>
        <translation>&amp;Ayant droit :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Name the rights holder, as in the claims.</source>
        <translation>Nommez l’ayant droit, comme dans les revendications.</translation>
    </message>
    <message>
        <source>The amount must be an exact decimal number.</source>
        <translation>Le montant doit être un nombre décimal exact.</translation>
    </message>
    <message>
        <source>The currency has three letters.</source>
        <translation>La devise a trois lettres.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AnalyticsView</name>
    <message>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Search title, artist or ISRC</source>
        <translation>Rechercher titre, artiste ou ISRC</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF summary of this view…</source>
        <translation>Synthèse PDF de cette vue…</translation>
    </message>
    <message>
        <source>Territory totals (CSV or XLSX)…</source>
        <translation>Totaux par territoire (CSV ou XLSX)…</translation>
    </message>
    <message>
        <source>Top resources (CSV or XLSX)…</source>
        <translation>Meilleures ressources (CSV ou XLSX)…</translation>
    </message>
    <message>
        <source>Drill-down rows (CSV or XLSX)…</source>
        <translation>Lignes du détail (CSV ou XLSX)…</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Taux de change…</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>DS&amp;P:</source>
        <translation>DS&amp;P :</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>O&amp;ffre :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <source>Export chart as PNG or SVG…</source>
        <translation>Exporter le graphique en PNG ou SVG…</translation>
    </message>
    <message>
        <source>Click a bar or point to see its rows; right-click to export</source>
        <translation>Cliquez sur une barre ou un point pour voir ses lignes ; clic droit pour exporter</translation>
    </message>
    <message>
        <source>Double-click a resource to see its rows</source>
        <translation>Double-cliquez sur une ressource pour voir ses lignes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top resources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meilleures ressources&lt;/b&gt;</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>All DSPs</source>
        <translation>Tous les DSP</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>Toutes les offres</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Devise de base</translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s) · %1 usages · revenue %2 %3</source>
        <translation>
            <numerusform>%n DSR · %1 utilisations · revenus %2 %3</numerusform>
            <numerusform>%n DSR · %1 utilisations · revenus %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Exactly %1 %2; amounts are rounded half to even only for display</source>
        <translation>Exactement %1 %2 ; les montants ne sont arrondis au pair qu’à l’affichage</translation>
    </message>
    <message>
        <source>No exchange rate into %1 is in force for %2. Those DSRs are left out of every revenue total below; import or enter rates with "Exchange rates…".</source>
        <translation>Aucun taux de change vers %1 n’est en vigueur pour %2. Ces DSR sont exclus de tous les totaux de revenus ci-dessous ; importez ou saisissez des taux avec « Taux de change… ».</translation>
    </message>
    <message>
        <source>Rows behind &lt;b&gt;%1&lt;/b&gt; (%2), with the current filters</source>
        <translation>Lignes derrière &lt;b&gt;%1&lt;/b&gt; (%2), avec les filtres actuels</translation>
    </message>
    <message>
        <source>Rows of &lt;b&gt;%1&lt;/b&gt;, with the current filters</source>
        <translation>Lignes de &lt;b&gt;%1&lt;/b&gt;, avec les filtres actuels</translation>
    </message>
    <message>
        <source>all territories</source>
        <translation>tous les territoires</translation>
    </message>
    <message>
        <source>periods %1 to %2</source>
        <translation>périodes du %1 au %2</translation>
    </message>
    <message>
        <source>DSP %1</source>
        <translation>DSP %1</translation>
    </message>
    <message>
        <source>offer %1</source>
        <translation>offre %1</translation>
    </message>
    <message>
        <source>base currency</source>
        <translation>devise de base</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <source>search "%1"</source>
        <translation>recherche « %1 »</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Exporter la synthèse PDF</translation>
    </message>
    <message>
        <source>analytics-summary.pdf</source>
        <translation>synthese-analytique.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No DSR matches these filters</source>
        <translation>Aucun DSR ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No match for “%1” with these filters</source>
        <translation>Aucun résultat pour « %1 » avec ces filtres</translation>
    </message>
    <message>
        <source>No DSR matches these filters.</source>
        <translation>Aucun DSR ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No match for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>rd::ui::ChartPanels</name>
    <message>
        <source>%1 usages</source>
        <translation>%1 utilisations</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s) left out: no exchange rate in force</source>
        <translation>
            <numerusform>%n DSR exclu : aucun taux de change en vigueur</numerusform>
            <numerusform>%n DSR exclus : aucun taux de change en vigueur</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue by territory (%1)</source>
        <translation>Revenus par territoire (%1)</translation>
    </message>
    <message>
        <source>Usages by territory</source>
        <translation>Utilisations par territoire</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Revenue over time (%1)</source>
        <translation>Revenus dans le temps (%1)</translation>
    </message>
    <message>
        <source>Usages over time</source>
        <translation>Utilisations dans le temps</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Période précédente : %1</translation>
    </message>
    <message>
        <source>Split by DSP and offer (%1)</source>
        <translation>Répartition par DSP et offre (%1)</translation>
    </message>
    <message>
        <source>Usages by DSP and offer</source>
        <translation>Utilisations par DSP et offre</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenus (%1)</translation>
    </message>
    <message>
        <source>period start</source>
        <translation>début de période</translation>
    </message>
    <message>
        <source>Same span one period earlier</source>
        <translation>La même durée une période plus tôt</translation>
    </message>
</context>
<context>
    <name>rd::ui::ClaimsModel</name>
    <message>
        <source>DSR %1, line %2</source>
        <translation>DSR %1, ligne %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Ayant droit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valide au</translation>
    </message>
    <message>
        <source>Known from</source>
        <translation>Connue depuis</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>rd::ui::DashboardModel</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>lettre morte</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>gratuite</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>rd::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>rd::ui::DiffChangesModel</name>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>dsp_id</source>
        <translation>dsp_id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Usages before</source>
        <translation>Utilisations avant</translation>
    </message>
    <message>
        <source>Usages after</source>
        <translation>Utilisations après</translation>
    </message>
    <message>
        <source>Revenue before</source>
        <translation>Revenus avant</translation>
    </message>
    <message>
        <source>Revenue after</source>
        <translation>Revenus après</translation>
    </message>
    <message>
        <source>Revenue before (%1)</source>
        <translation>Revenus avant (%1)</translation>
    </message>
    <message>
        <source>Revenue after (%1)</source>
        <translation>Revenus après (%1)</translation>
    </message>
</context>
<context>
    <name>rd::ui::DrillRowsModel</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>DSR</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
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
        <source>DSP</source>
        <translation>DSP</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>DSP ID</source>
        <translation>ID DSP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Artistes</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
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
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
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
        <translation>Avert.</translation>
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
    <message>
        <source>Re-delivered: version %1 applies</source>
        <translation>Relivré : la version %1 s’applique</translation>
    </message>
    <message>
        <source>As first imported</source>
        <translation>Tel qu’importé la première fois</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::ExposureModel</name>
    <message>
        <source>(no ISRC)</source>
        <translation>(sans ISRC)</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Lowest licensed share</source>
        <translation>Part sous licence minimale</translation>
    </message>
    <message>
        <source>DSRs</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenus (%1)</translation>
    </message>
    <message>
        <source>Exact: %1 %2</source>
        <translation>Exact : %1 %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::HelpDialog</name>
    <message>
        <source>Royalty Desk Help</source>
        <translation>Aide de Royalty Desk</translation>
    </message>
    <message>
        <source>Royalty Desk</source>
        <translation>Royalty Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;Royalty Desk imports the digital sales reports (DSRs) that streaming services send, checks every row, and keeps them exact to the last decimal, so that you can explore usage and revenue, follow licensing, build residual packages for rights holders and monitor remittances.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Royalty Desk importe les relevés de ventes numériques (DSR) envoyés par les services de streaming, vérifie chaque ligne et les conserve exacts jusqu’à la dernière décimale, pour que vous puissiez explorer utilisations et revenus, suivre les licences, préparer des paquets de résiduels pour les ayants droit et surveiller les remises.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import DSRs&lt;/b&gt; with &lt;i&gt;File › Import DSRs…&lt;/i&gt; (Ctrl+I) or by dropping files on the window. Each file becomes a row of the &lt;i&gt;Imports&lt;/i&gt; page; double-click it for its validation report.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add exchange rates&lt;/b&gt; on the &lt;i&gt;Analytics&lt;/i&gt; page (&lt;i&gt;Exchange rates…&lt;/i&gt;) so that totals add up in your base currency. A DSR without a rate in force is left out of revenue totals and the page says which.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import claims&lt;/b&gt; on the &lt;i&gt;Licensing&lt;/i&gt; page (&lt;i&gt;Import Claims…&lt;/i&gt;) to see, for any track, territory and day, how much was licensed, which claims overlap and what was used while unlicensed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Build a package&lt;/b&gt; on the &lt;i&gt;Packages&lt;/i&gt; page: choose the territories and periods, add adjustments and advances, build, review and publish. Exported packages can be verified offline by anyone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Monitor remittances&lt;/b&gt; on the &lt;i&gt;Remittances&lt;/i&gt; page once a marketplace is set up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;On first start the database holds five sample DSRs, sample exchange rates and sample claims, so that every page has something to show.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Importez des DSR&lt;/b&gt; avec &lt;i&gt;Fichier › Importer des DSR…&lt;/i&gt; (Ctrl+I) ou en déposant des fichiers sur la fenêtre. Chaque fichier devient une ligne de la page &lt;i&gt;Imports&lt;/i&gt; ; double-cliquez dessus pour son rapport de validation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ajoutez des taux de change&lt;/b&gt; sur la page &lt;i&gt;Analyses&lt;/i&gt; (&lt;i&gt;Taux de change…&lt;/i&gt;) pour que les totaux s’additionnent dans votre devise de base. Un DSR sans taux en vigueur est exclu des totaux de revenus et la page dit lequel.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importez des revendications&lt;/b&gt; sur la page &lt;i&gt;Licences&lt;/i&gt; (&lt;i&gt;Importer des revendications…&lt;/i&gt;) pour voir, pour tout titre, territoire et jour, la part licenciée, les revendications qui se chevauchent et ce qui a été utilisé sans licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Préparez un paquet&lt;/b&gt; sur la page &lt;i&gt;Paquets&lt;/i&gt; : choisissez territoires et périodes, ajoutez ajustements et avances, construisez, vérifiez et publiez. Chacun peut vérifier hors ligne les paquets exportés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Surveillez les remises&lt;/b&gt; sur la page &lt;i&gt;Remises&lt;/i&gt; une fois une place de marché configurée.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Au premier démarrage, la base contient cinq DSR, des taux de change et des revendications d’exemple, pour que chaque page ait quelque chose à montrer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File formats</source>
        <translation>Formats de fichier</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Simple TSV DSRs&lt;/b&gt; (&lt;tt&gt;.tsv&lt;/tt&gt; or &lt;tt&gt;.tsv.gz&lt;/tt&gt;): a header line, then one line per sound recording with the tab-separated columns &lt;tt&gt;dsp_id, title, artists, isrc, usages, revenue&lt;/tt&gt;. The file name says what the report covers: &lt;tt&gt;Dsp_Offer[_Society]_Territory_Currency_YYYYMMDD-YYYYMMDD.tsv&lt;/tt&gt;, for example &lt;tt&gt;Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;DSR TSV simples&lt;/b&gt; (&lt;tt&gt;.tsv&lt;/tt&gt; ou &lt;tt&gt;.tsv.gz&lt;/tt&gt;) : une ligne d’en-tête, puis une ligne par enregistrement sonore avec les colonnes séparées par des tabulations &lt;tt&gt;dsp_id, title, artists, isrc, usages, revenue&lt;/tt&gt;. Le nom du fichier dit ce que couvre le relevé : &lt;tt&gt;Dsp_Offre[_Société]_Territoire_Devise_AAAAMMJJ-AAAAMMJJ.tsv&lt;/tt&gt;, par exemple &lt;tt&gt;Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DDEX DSR flat files&lt;/b&gt; (&lt;tt&gt;DSR_…_1of1_….tsv&lt;/tt&gt;): the HEAD, summary, block and FOOT records of the DDEX DSRF profiles, tab-separated. A report in several files is imported once all its parts are present. Summaries are reconciled against their rows and every difference is listed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fichiers plats DSR DDEX&lt;/b&gt; (&lt;tt&gt;DSR_…_1of1_….tsv&lt;/tt&gt;) : les enregistrements HEAD, de synthèse, de bloc et FOOT des profils DDEX DSRF, séparés par des tabulations. Un relevé en plusieurs fichiers est importé quand toutes ses parties sont là. Les synthèses sont rapprochées de leurs lignes et chaque écart est listé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Exchange rates&lt;/b&gt;: a CSV of &lt;tt&gt;date,currency,rate&lt;/tt&gt;, the rate being units of the currency per one unit of the base (&lt;tt&gt;2020-01-31,NOK,10.0&lt;/tt&gt;). A line quoting the base itself at 1 is passed over.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Claims&lt;/b&gt;: a CSV with the columns &lt;tt&gt;isrc, territory, rights_holder, share, valid_from&lt;/tt&gt; and optionally &lt;tt&gt;valid_to, known_from, known_to, right_type, source&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Usage events&lt;/b&gt; for remittances: CSV or JSON lines of &lt;tt&gt;timestamp, marketplace, account, product, metric, value&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Taux de change&lt;/b&gt; : un CSV de &lt;tt&gt;date,currency,rate&lt;/tt&gt;, le taux étant le nombre d’unités de la devise pour une unité de la base (&lt;tt&gt;2020-01-31,NOK,10.0&lt;/tt&gt;). Une ligne cotant la base elle-même à 1 est ignorée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Revendications&lt;/b&gt; : un CSV avec les colonnes &lt;tt&gt;isrc, territory, rights_holder, share, valid_from&lt;/tt&gt; et en option &lt;tt&gt;valid_to, known_from, known_to, right_type, source&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Événements d’utilisation&lt;/b&gt; pour les remises : CSV ou lignes JSON de &lt;tt&gt;timestamp, marketplace, account, product, metric, value&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When a file is refused</source>
        <translation>Quand un fichier est refusé</translation>
    </message>
    <message>
        <source>&lt;p&gt;A file is imported whole or not at all. In &lt;i&gt;Strict Mode&lt;/i&gt; (File menu) any row with an error refuses the file; otherwise the valid rows are imported and the others are listed in the validation report with their line and field. A file from which no row can be imported is listed as failed, with the reason. A corrected file for a report that is already imported opens a review of what it changes before it is applied as the report's next version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un fichier est importé en entier ou pas du tout. En &lt;i&gt;Mode strict&lt;/i&gt; (menu Fichier), toute ligne en erreur fait refuser le fichier ; sinon les lignes valides sont importées et les autres listées dans le rapport de validation avec leur ligne et leur champ. Un fichier dont aucune ligne ne peut être importée est listé en échec, avec la raison. Un fichier corrigé d’un relevé déjà importé ouvre une revue de ce qu’il change avant d’être appliqué comme version suivante du relevé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>&lt;table cellpadding="3"&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Import DSRs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Validation report of the selected DSR&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search on the page in view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Refresh the page in view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+O&lt;/td&gt;&lt;td&gt;Open an exported package&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;This guide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Q&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding="3"&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Importer des DSR&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Rapport de validation du DSR sélectionné&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Rechercher dans la page affichée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Actualiser la page affichée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+O&lt;/td&gt;&lt;td&gt;Ouvrir un paquet exporté&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;Ce guide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Q&lt;/td&gt;&lt;td&gt;Quitter&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The command-line tool &lt;tt&gt;royaltydesk-cli&lt;/tt&gt; does the same from scripts; &lt;tt&gt;royaltydesk-cli --help&lt;/tt&gt; lists its commands.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L’outil en ligne de commande &lt;tt&gt;royaltydesk-cli&lt;/tt&gt; fait de même depuis des scripts ; &lt;tt&gt;royaltydesk-cli --help&lt;/tt&gt; liste ses commandes.&lt;/p&gt;</translation>
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
    <name>rd::ui::InputLimitsDialog</name>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Input Limits</source>
        <translation>Limites d’entrée</translation>
    </message>
    <message>
        <source>Caps on what a broken or hostile file may cost. A file that exceeds one is refused with an error that names the file and the limit, and nothing of it is kept.</source>
        <translation>Plafonds de ce que peut coûter un fichier défectueux ou hostile. Un fichier qui en dépasse un est refusé avec une erreur qui nomme le fichier et la limite, et rien n’en est conservé.</translation>
    </message>
    <message>
        <source>Decompressed size of one gzip file:</source>
        <translation>Taille décompressée d’un fichier gzip :</translation>
    </message>
    <message>
        <source>Expansion of one gzip file, at most:</source>
        <translation>Expansion maximale d’un fichier gzip :</translation>
    </message>
    <message>
        <source>DDEX findings kept per report:</source>
        <translation>Constats DDEX conservés par relevé :</translation>
    </message>
    <message>
        <source>gzip_max_bytes: a decompression bomb stops here, before it fills the disk</source>
        <translation>gzip_max_bytes : une bombe de décompression s’arrête ici, avant de remplir le disque</translation>
    </message>
    <message>
        <source>gzip_max_ratio: real DSRs compress 4 to 12 times; judged after the first 64 MiB</source>
        <translation>gzip_max_ratio : les vrais DSR se compressent de 4 à 12 fois ; évalué après les 64 premiers Mio</translation>
    </message>
    <message>
        <source>ddex_max_findings: the findings past it are counted, and the count reported</source>
        <translation>ddex_max_findings : les constats au-delà sont comptés, et le compte est signalé</translation>
    </message>
    <message>
        <source>Package lines shown by the review:</source>
        <translation>Lignes de paquet affichées par la revue :</translation>
    </message>
    <message>
        <source>review_max_lines: the review's totals and charts always cover every line</source>
        <translation>review_max_lines : les totaux et graphiques de la revue couvrent toujours toutes les lignes</translation>
    </message>
    <message>
        <source>&lt;b&gt;This book&lt;/b&gt; (every workstation and the command line)</source>
        <translation>&lt;b&gt;Ce livre&lt;/b&gt; (tous les postes et la ligne de commande)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workstation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce poste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the book's limits…</source>
        <translation>Lecture des limites du livre…</translation>
    </message>
    <message>
        <source>Cannot read the limits: %1</source>
        <translation>Impossible de lire les limites : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Cannot save the limits: %1</source>
        <translation>Impossible d’enregistrer les limites : %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::LicensingView</name>
    <message>
        <source>Case file…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Find a track by ISRC, title or artist</source>
        <translation>Chercher un titre par ISRC, titre ou artiste</translation>
    </message>
    <message>
        <source>Replay what was known on this day: only claims learned by then, and not withdrawn by then, count.</source>
        <translation>Rejouer ce que l’on savait ce jour-là : seules comptent les revendications connues alors et non retirées alors.</translation>
    </message>
    <message>
        <source>Export the track's case file: a PDF with the timeline, claims, events and exposed usage, and a CSV of the same data.</source>
        <translation>Exporter le dossier du titre : un PDF avec la chronologie, les revendications, les événements et l’utilisation exposée, et un CSV des mêmes données.</translation>
    </message>
    <message>
        <source>As known on:</source>
        <translation>Tel que connu le :</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>Claims of the selected band</source>
        <translation>Revendications de la plage choisie</translation>
    </message>
    <message>
        <source>Run overclaim report</source>
        <translation>Lancer le rapport des surrevendications</translation>
    </message>
    <message>
        <source>Run exposure report</source>
        <translation>Lancer le rapport d’exposition</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Overclaims</source>
        <translation>Surrevendications</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Indexing tracks…</source>
        <translation>Indexation des titres…</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) newly indexed</source>
        <translation>
            <numerusform>%n titre nouvellement indexé</numerusform>
            <numerusform>%n titres nouvellement indexés</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Wrote %1 and %2</source>
        <translation>%1 et %2 écrits</translation>
    </message>
    <message numerus="yes">
        <source>%n overclaimed stretch(es)</source>
        <translation>
            <numerusform>%n période surrevendiquée</numerusform>
            <numerusform>%n périodes surrevendiquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track-territory row(s) with exposed usage</source>
        <translation>
            <numerusform>%n ligne titre-territoire avec utilisation exposée</numerusform>
            <numerusform>%n lignes titre-territoire avec utilisation exposée</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Claims…</source>
        <translation>Importer des revendications…</translation>
    </message>
    <message>
        <source>Import a licensing CSV: isrc, territory, rights_holder, share, valid_from, and optionally valid_to, known_from, known_to, right_type, source. A file with any problem is refused whole.</source>
        <translation>Importer un CSV de licences : isrc, territory, rights_holder, share, valid_from et en option valid_to, known_from, known_to, right_type, source. Un fichier avec le moindre problème est refusé en entier.</translation>
    </message>
    <message>
        <source>Import Claims</source>
        <translation>Importer des revendications</translation>
    </message>
    <message>
        <source>Licensing CSV (*.csv);;All files (*)</source>
        <translation>CSV de licences (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No claims and no usage for this track as known on %1</source>
        <translation>Ni revendication ni utilisation pour ce titre selon ce qui était connu le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s), unlicensed throughout: no claim covers the track as known on %1; %2 DSR period(s) with usage</source>
        <translation>
            <numerusform>%n couloir, sans licence de bout en bout : aucune revendication ne couvre le titre selon ce qui était connu le %1 ; %2 période(s) de DSR avec utilisation</numerusform>
            <numerusform>%n couloirs, sans licence de bout en bout : aucune revendication ne couvre le titre selon ce qui était connu le %1 ; %2 période(s) de DSR avec utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) with %1 licensed band(s), %2 licensing event(s), %3 DSR period(s) with usage; claims as known on %4</source>
        <translation>
            <numerusform>%n couloir avec %1 bande(s) sous licence, %2 événement(s) de licence, %3 période(s) de DSR avec utilisation ; revendications connues le %4</numerusform>
            <numerusform>%n couloirs avec %1 bande(s) sous licence, %2 événement(s) de licence, %3 période(s) de DSR avec utilisation ; revendications connues le %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing claims from %1…</source>
        <translation>Import des revendications de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s) imported</source>
        <translation>
            <numerusform>%1 : %n revendication importée</numerusform>
            <numerusform>%1 : %n revendications importées</numerusform>
        </translation>
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
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Import DSR files: simple TSV or DDEX flat files (.tsv or .tsv.gz)</source>
        <translation>Importer des fichiers DSR : TSV simple ou fichiers plats DDEX (.tsv ou .tsv.gz)</translation>
    </message>
    <message numerus="yes">
        <source>%n re-delivery(ies) to review</source>
        <translation>
            <numerusform>%n relivraison à vérifier</numerusform>
            <numerusform>%n relivraisons à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Open &amp;Package…</source>
        <translation>Ouvrir un &amp;paquet…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Review an exported package zip, read-only, and verify its checksums</source>
        <translation>Examiner un zip de paquet exporté, en lecture seule, et vérifier ses sommes de contrôle</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <source>Package zips (*.zip)</source>
        <translation>Zips de paquets (*.zip)</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>Remises</translation>
    </message>
    <message numerus="yes">
        <source>Status messages: %n file(s) imported</source>
        <translation>
            <numerusform>Messages d’état : %n fichier importé</numerusform>
            <numerusform>Messages d’état : %n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <source>; rejected: %1</source>
        <translation> ; refusés : %1</translation>
    </message>
    <message>
        <source>Royalty Desk &amp;Help</source>
        <translation>&amp;Aide de Royalty Desk</translation>
    </message>
    <message>
        <source>Quit Royalty Desk</source>
        <translation>Quitter Royalty Desk</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit?</source>
        <translation>Un import est encore en cours. L’annuler et quitter ?</translation>
    </message>
    <message>
        <source>Input &amp;Limits…</source>
        <translation>&amp;Limites d’entrée…</translation>
    </message>
    <message>
        <source>Caps on what a broken or hostile file may cost: gzip size and ratio, DDEX findings, review lines</source>
        <translation>Plafonds de ce que peut coûter un fichier défectueux ou hostile : taille et taux gzip, constats DDEX, lignes de revue</translation>
    </message>
</context>
<context>
    <name>rd::ui::MarketplacesDialog</name>
    <message>
        <source>Marketplaces</source>
        <translation>Places de marché</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Window (h)</source>
        <translation>Délai (h)</translation>
    </message>
    <message>
        <source>Max attempts</source>
        <translation>Tentatives max.</translation>
    </message>
    <message>
        <source>Backoff (ms)</source>
        <translation>Attente (ms)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>Add Marketplace</source>
        <translation>Ajouter une place de marché</translation>
    </message>
    <message>
        <source>Change Marketplace</source>
        <translation>Modifier la place de marché</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Usage &amp;window (hours):</source>
        <translation>&amp;Délai d’usage (heures) :</translation>
    </message>
    <message>
        <source>Maximum &amp;attempts:</source>
        <translation>&amp;Tentatives maximales :</translation>
    </message>
    <message>
        <source>First &amp;backoff (ms):</source>
        <translation>Première &amp;attente (ms) :</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 enregistrée</translation>
    </message>
</context>
<context>
    <name>rd::ui::NewPackageDialog</name>
    <message>
        <source>New Package</source>
        <translation>Nouveau paquet</translation>
    </message>
    <message>
        <source>GB, DE, … (empty: all)</source>
        <translation>GB, DE, … (vide : tous)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Territories:</source>
        <translation>&amp;Territoires :</translation>
    </message>
    <message>
        <source>Periods &amp;from:</source>
        <translation>Périodes &amp;du :</translation>
    </message>
    <message>
        <source>Periods &amp;to:</source>
        <translation>Périodes &amp;au :</translation>
    </message>
    <message>
        <source>&amp;DSPs:</source>
        <translation>&amp;DSP :</translation>
    </message>
    <message>
        <source>&amp;Offers:</source>
        <translation>&amp;Offres :</translation>
    </message>
    <message>
        <source>A package needs a name.</source>
        <translation>Un paquet doit avoir un nom.</translation>
    </message>
    <message>
        <source>The period range ends before it starts.</source>
        <translation>La plage de périodes finit avant de commencer.</translation>
    </message>
    <message>
        <source>Give both period dates as YYYY-MM-DD.</source>
        <translation>Donnez les deux dates de période au format AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>rd::ui::OverclaimsModel</name>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Right type</source>
        <translation>Type de droit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Total share</source>
        <translation>Part totale</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>Revendicateurs</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenus (%1)</translation>
    </message>
</context>
<context>
    <name>rd::ui::PackageListModel</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>built</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, périmé</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>rd::ui::PackageReviewWindow</name>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Package review — %1 (read-only)</source>
        <translation>Examen du paquet — %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Verifying every entry against checksums.sha256…</source>
        <translation>Vérification de chaque entrée avec checksums.sha256…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>Lignes source</translation>
    </message>
    <message>
        <source>Net payable in</source>
        <translation>Net à payer en</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>This file was refused</source>
        <translation>Ce fichier a été refusé</translation>
    </message>
    <message>
        <source>Package %1 “%2”, version %3 — %4</source>
        <translation>Paquet %1 « %2 », version %3 — %4</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 source rows; the verification covered all of them.</source>
        <translation>Affichage des %1 premières lignes source sur %2 ; la vérification les a toutes couvertes.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: all %n entries match checksums.sha256.</source>
        <translation>
            <numerusform>Vérifié : l’entrée correspond à checksums.sha256.</numerusform>
            <numerusform>Vérifié : les %n entrées correspondent à checksums.sha256.</numerusform>
        </translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>REFUSÉ : %1</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED: %1</source>
        <translation>ÉCHEC DE LA VÉRIFICATION : %1</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>OK      %1</source>
        <translation>OK      %1</translation>
    </message>
    <message>
        <source>FAILED  %1</source>
        <translation>ÉCHEC   %1</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>&lt;p&gt;Territories %1; periods %2 to %3; DSPs %4; offers %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Territoires %1 ; périodes du %2 au %3 ; DSP %4 ; offres %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built %1 by %2 with the claims known on %3; base currency %4; published %5; format %6, Royalty Desk %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calculé %1 par %2 avec les revendications connues le %3 ; devise de base %4 ; publié %5 ; format %6, Royalty Desk %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retracted&lt;/b&gt; %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retiré&lt;/b&gt; %1 : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>Advance recouped</source>
        <translation>Avance récupérée</translation>
    </message>
    <message>
        <source>Net payable</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <source>Source DSRs</source>
        <translation>DSR source</translation>
    </message>
    <message>
        <source>DSR</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>Avances</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Ayant droit</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Report antérieur</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Recouped</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Net payable by territory (%1)</source>
        <translation>Net à payer par territoire (%1)</translation>
    </message>
    <message>
        <source>Net payable by rights holder (%1)</source>
        <translation>Net à payer par ayant droit (%1)</translation>
    </message>
    <message>
        <source>Net payable (%1)</source>
        <translation>Net à payer (%1)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 lines (the limit review_max_lines); the totals and charts cover all of them.</source>
        <translation>Affichage des %1 premières lignes sur %2 (la limite review_max_lines) ; les totaux et graphiques les couvrent toutes.</translation>
    </message>
</context>
<context>
    <name>rd::ui::PackagesView</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Part %</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Recouped</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>Net payable</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <source>Keep raw rows</source>
        <translation>Conserver les lignes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The retention window: imported rows are purged this many days after import, except those behind a published or retracted package, which are kept for ever.</source>
        <translation>Le délai de conservation : les lignes importées sont purgées ce nombre de jours après l’import, sauf celles d’un paquet publié ou retiré, conservées pour toujours.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Retained copies</source>
        <translation>Copies conservées</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Start a draft package over a partition of the DSRs</source>
        <translation>Commencer un paquet brouillon sur une partition des DSR</translation>
    </message>
    <message>
        <source>A&amp;djust…</source>
        <translation>A&amp;juster…</translation>
    </message>
    <message>
        <source>Add an adjustment (amount or percentage, with a reason) to the draft</source>
        <translation>Ajouter un ajustement (montant ou pourcentage, avec un motif) au brouillon</translation>
    </message>
    <message>
        <source>Ad&amp;vance…</source>
        <translation>A&amp;vance…</translation>
    </message>
    <message>
        <source>Add an advance paid to a rights holder, recouped from their residuals</source>
        <translation>Ajouter une avance versée à un ayant droit, récupérée sur ses reliquats</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>Freeze the source DSRs and compute the residual lines (a new version)</source>
        <translation>Figer les DSR source et calculer les lignes de reliquats (une nouvelle version)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish the built version and copy its zip to every retention target</source>
        <translation>Publier la version calculée et copier son zip vers chaque destination de conservation</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Retract the published package, with a reason; nothing is deleted</source>
        <translation>Retirer le paquet publié, avec un motif ; rien n’est supprimé</translation>
    </message>
    <message>
        <source>&amp;Export Zip…</source>
        <translation>&amp;Exporter le zip…</translation>
    </message>
    <message>
        <source>Write the package zip: manifest, lines, source rows, statement and checksums</source>
        <translation>Écrire le zip du paquet : manifeste, lignes, lignes source, relevé et sommes de contrôle</translation>
    </message>
    <message>
        <source>Re-&amp;verify Copies</source>
        <translation>Re&amp;vérifier les copies</translation>
    </message>
    <message>
        <source>Read every retained copy back and compare its SHA-256</source>
        <translation>Relire chaque copie conservée et comparer son SHA-256</translation>
    </message>
    <message>
        <source>Re-&amp;copy</source>
        <translation>Re&amp;copier</translation>
    </message>
    <message>
        <source>Write the copies that are missing or failed</source>
        <translation>Écrire les copies manquantes ou en échec</translation>
    </message>
    <message>
        <source>Retention &amp;Sweep…</source>
        <translation>&amp;Balayage de conservation…</translation>
    </message>
    <message>
        <source>Purge raw rows past the retention window (a preview first)</source>
        <translation>Purger les lignes hors du délai de conservation (avec aperçu)</translation>
    </message>
    <message>
        <source>No package yet: New… starts one.</source>
        <translation>Pas encore de paquet : Nouveau… en crée un.</translation>
    </message>
    <message>
        <source>There is no package %1</source>
        <translation>Il n’y a pas de paquet %1</translation>
    </message>
    <message>
        <source>%1 — %2, version %3; %4 adjustment(s), %5 advance(s)</source>
        <translation>%1 — %2, version %3 ; %4 ajustement(s), %5 avance(s)</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Périmé : %1</translation>
    </message>
    <message>
        <source>(unallocated)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Ayant droit</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Retraction record</source>
        <translation>Avis de retrait</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>Package %1 created as a draft</source>
        <translation>Paquet %1 créé comme brouillon</translation>
    </message>
    <message>
        <source>Adding the adjustment…</source>
        <translation>Ajout de l’ajustement…</translation>
    </message>
    <message>
        <source>Adjustment added to package %1; build it again</source>
        <translation>Ajustement ajouté au paquet %1 ; recalculez-le</translation>
    </message>
    <message>
        <source>Adding the advance…</source>
        <translation>Ajout de l’avance…</translation>
    </message>
    <message>
        <source>Advance added to package %1; build it again</source>
        <translation>Avance ajoutée au paquet %1 ; recalculez-le</translation>
    </message>
    <message>
        <source>Building package %1…</source>
        <translation>Calcul du paquet %1…</translation>
    </message>
    <message>
        <source>Package %1 built: version %2</source>
        <translation>Paquet %1 calculé : version %2</translation>
    </message>
    <message>
        <source>Publishing package %1 and copying it to the retention targets…</source>
        <translation>Publication du paquet %1 et copie vers les destinations de conservation…</translation>
    </message>
    <message>
        <source>Package %1 published; every copy written and verified</source>
        <translation>Paquet %1 publié ; toutes les copies écrites et vérifiées</translation>
    </message>
    <message>
        <source>Retract Package</source>
        <translation>Retirer le paquet</translation>
    </message>
    <message>
        <source>Why is package %1 retracted? (required)</source>
        <translation>Pourquoi le paquet %1 est-il retiré ? (obligatoire)</translation>
    </message>
    <message>
        <source>Retracting package %1…</source>
        <translation>Retrait du paquet %1…</translation>
    </message>
    <message>
        <source>Package %1 retracted; a retraction record is beside every copy</source>
        <translation>Paquet %1 retiré ; un avis de retrait accompagne chaque copie</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Package zips (*.zip)</source>
        <translation>Zips de paquets (*.zip)</translation>
    </message>
    <message>
        <source>Exporting package %1…</source>
        <translation>Export du paquet %1…</translation>
    </message>
    <message>
        <source>Package %1 exported to %2</source>
        <translation>Paquet %1 exporté vers %2</translation>
    </message>
    <message>
        <source>Reading back the copies of package %1…</source>
        <translation>Relecture des copies du paquet %1…</translation>
    </message>
    <message>
        <source>Every copy of package %1 matches its SHA-256</source>
        <translation>Toutes les copies du paquet %1 correspondent à leur SHA-256</translation>
    </message>
    <message>
        <source>Copying package %1…</source>
        <translation>Copie du paquet %1…</translation>
    </message>
    <message>
        <source>Every copy of package %1 is written and verified</source>
        <translation>Toutes les copies du paquet %1 sont écrites et vérifiées</translation>
    </message>
    <message>
        <source>Working out what the retention sweep would do…</source>
        <translation>Calcul de ce que ferait le balayage de conservation…</translation>
    </message>
    <message numerus="yes">
        <source>Retention sweep: nothing has passed the %n-day window</source>
        <translation>
            <numerusform>Balayage de conservation : rien n’a dépassé le délai de %n jour</numerusform>
            <numerusform>Balayage de conservation : rien n’a dépassé le délai de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Sweep</source>
        <translation>Balayage de conservation</translation>
    </message>
    <message numerus="yes">
        <source>Purge the raw rows of %n DSR(s) (%1 rows) imported more than %2 days ago?</source>
        <translation>
            <numerusform>Purger les lignes de %n DSR (%1 lignes) importé il y a plus de %2 jours ?</numerusform>
            <numerusform>Purger les lignes de %n DSR (%1 lignes) importés il y a plus de %2 jours ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s) behind published or retracted packages are retained for ever.</source>
        <translation>
            <numerusform>%n DSR derrière des paquets publiés ou retirés est conservé pour toujours.</numerusform>
            <numerusform>%n DSR derrière des paquets publiés ou retirés sont conservés pour toujours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft or built package(s) will be stale.</source>
        <translation>
            <numerusform>%n paquet brouillon ou calculé sera périmé.</numerusform>
            <numerusform>%n paquets brouillons ou calculés seront périmés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Balayage…</translation>
    </message>
    <message numerus="yes">
        <source>Retention sweep: %n DSR(s) purged, %1 retained, %2 package(s) stale</source>
        <translation>
            <numerusform>Balayage de conservation : %n DSR purgé, %1 conservé(s), %2 paquet(s) périmé(s)</numerusform>
            <numerusform>Balayage de conservation : %n DSR purgés, %1 conservé(s), %2 paquet(s) périmé(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the retention window…</source>
        <translation>Vérification du délai de conservation…</translation>
    </message>
    <message numerus="yes">
        <source>Retention sweep at start-up: %n DSR(s) purged, %1 retained, %2 package(s) stale</source>
        <translation>
            <numerusform>Balayage de conservation au démarrage : %n DSR purgé, %1 conservé(s), %2 paquet(s) périmé(s)</numerusform>
            <numerusform>Balayage de conservation au démarrage : %n DSR purgés, %1 conservé(s), %2 paquet(s) périmé(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the retention window…</source>
        <translation>Enregistrement du délai de conservation…</translation>
    </message>
    <message numerus="yes">
        <source>Raw rows are now kept %n day(s) after import</source>
        <translation>
            <numerusform>Les lignes sont désormais conservées %n jour après l’import</numerusform>
            <numerusform>Les lignes sont désormais conservées %n jours après l’import</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Destinations…</translation>
    </message>
    <message>
        <source>Where published packages are copied: folders and SFTP servers, with their host keys</source>
        <translation>Où les paquets publiés sont copiés : dossiers et serveurs SFTP, avec leurs clés d’hôte</translation>
    </message>
    <message>
        <source>Net (%1)</source>
        <translation>Net (%1)</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>⚠ overclaimed</source>
        <translation>⚠ surrevendiqué</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totaux par devise</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>Overclaimed lines</source>
        <translation>Lignes surrevendiquées</translation>
    </message>
</context>
<context>
    <name>rd::ui::RangeDialog</name>
    <message>
        <source>all, or a comma-separated list</source>
        <translation>tous, ou une liste séparée par des virgules</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Comptes :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To (not included):</source>
        <translation>&amp;Jusqu’à (non compris) :</translation>
    </message>
</context>
<context>
    <name>rd::ui::RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Rate (per 1 base)</source>
        <translation>Taux (pour 1 de base)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>Devise de &amp;base :</translation>
    </message>
    <message>
        <source>A rate is the number of units of the currency per one unit of the base (for example 10.0 NOK per EUR). A DSR converts at the latest rate on or before its period end, if it is at most 31 days old.</source>
        <translation>Un taux est le nombre d’unités de la devise pour une unité de la base (par exemple 10,0 NOK pour 1 EUR). Un DSR est converti au dernier taux à la date de fin de sa période ou avant, s’il date de 31 jours au plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) against %1</source>
        <translation>
            <numerusform>%n taux par rapport à %1</numerusform>
            <numerusform>%n taux par rapport à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Importer des taux de change</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>saisi à la main</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not a date (YYYY-MM-DD)</source>
        <translation>Ligne %1 : « %2 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Rate (per 1 %1)</source>
        <translation>Taux (pour 1 %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) imported.</source>
        <translation>
            <numerusform>%n taux importé.</numerusform>
            <numerusform>%n taux importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) quoting the base currency at 1 passed over.</source>
        <translation>
            <numerusform>%n ligne cotant la devise de base à 1 ignorée.</numerusform>
            <numerusform>%n lignes cotant la devise de base à 1 ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::RedeliveryDialog</name>
    <message>
        <source>Review re-delivery</source>
        <translation>Vérifier la relivraison</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Apply re-delivery</source>
        <translation>Appliquer la relivraison</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>%1 re-delivers DSR %2.</source>
        <translation>%1 relivre le DSR %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; re-delivers DSR %2. Applied, it becomes the DSR's next version; the current one stays in the history.&lt;br&gt;%3 created, %4 updated, %5 deleted, %6 unchanged. Revenue %7, usages %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; relivre le DSR %2. Appliquée, elle devient la version suivante du DSR ; l’actuelle reste dans l’historique.&lt;br&gt;%3 créées, %4 modifiées, %5 supprimées, %6 inchangées. Revenus %7, utilisations %8.</translation>
    </message>
</context>
<context>
    <name>rd::ui::RemittanceMonitorView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Start &amp;Sender</source>
        <translation>Démarrer l’&amp;expéditeur</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Toutes les places de marché</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Re-&amp;drive</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>Re-drive &amp;All</source>
        <translation>Relancer &amp;toutes</translation>
    </message>
    <message>
        <source>Reconcile S&amp;tuck…</source>
        <translation>Régler les &amp;bloquées…</translation>
    </message>
    <message>
        <source>Re&amp;set…</source>
        <translation>Remettre à &amp;zéro…</translation>
    </message>
    <message>
        <source>Re&amp;calculate…</source>
        <translation>Re&amp;calculer…</translation>
    </message>
    <message>
        <source>&amp;Marketplaces…</source>
        <translation>&amp;Places de marché…</translation>
    </message>
    <message>
        <source>Data&amp;flow…</source>
        <translation>&amp;Flux…</translation>
    </message>
    <message>
        <source>Reset Pending Value</source>
        <translation>Remettre à zéro la valeur en attente</translation>
    </message>
    <message>
        <source>Set the pending value of %1 from %2 to %3 to zero%4?</source>
        <translation>Remettre à zéro la valeur en attente de %1 du %2 au %3%4 ?</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> pour %1</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Recompute the hours from %1 to %2 from their usage and queue only the differences?</source>
        <translation>Recalculer les heures du %1 au %2 à partir de leur usage et ne mettre en file que les différences ?</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n selected failed remittance(s) again now?</source>
        <translation>
            <numerusform>Renvoyer maintenant la %n remise en échec sélectionnée ?</numerusform>
            <numerusform>Renvoyer maintenant les %n remises en échec sélectionnées ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-drive the %n selected dead letter(s)?</source>
        <translation>
            <numerusform>Relancer la %n lettre morte sélectionnée ?</numerusform>
            <numerusform>Relancer les %n lettres mortes sélectionnées ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-drive every dead letter?</source>
        <translation>Relancer toutes les lettres mortes ?</translation>
    </message>
    <message>
        <source>Mark remittances with no answer for 15 minutes as unknown?</source>
        <translation>Marquer comme inconnues les remises sans réponse depuis 15 minutes ?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message numerus="yes">
        <source> (+%n in other units)</source>
        <translation>
            <numerusform> (+%n dans d’autres unités)</numerusform>
            <numerusform> (+%n dans d’autres unités)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Failed&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Dead letters&lt;/b&gt; %3%4 &amp;nbsp; &lt;b&gt;Stuck&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Success rate&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;En attente&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;En échec&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Lettres mortes&lt;/b&gt; %3%4 &amp;nbsp; &lt;b&gt;Bloquées&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Taux de réussite&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source> (oldest %1)</source>
        <translation> (la plus ancienne %1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte : %1</translation>
    </message>
    <message>
        <source>Royalty Desk remittances</source>
        <translation>Remises de Royalty Desk</translation>
    </message>
    <message>
        <source>Remittances per hour by status</source>
        <translation>Remises par heure et par état</translation>
    </message>
    <message>
        <source>hour (UTC)</source>
        <translation>heure (UTC)</translation>
    </message>
    <message>
        <source>day (UTC)</source>
        <translation>jour (UTC)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Correlation id:</source>
        <translation>Id de corrélation :</translation>
    </message>
    <message>
        <source>%1: %2, %3; now at %4 (%5)</source>
        <translation>%1 : %2, %3 ; maintenant à %4 (%5)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminé</translation>
    </message>
    <message>
        <source>records: %1 succeeded, %2 failed</source>
        <translation>enregistrements : %1 réussis, %2 en échec</translation>
    </message>
    <message>
        <source>why: %1 %2</source>
        <translation>pourquoi : %1 %2</translation>
    </message>
    <message>
        <source>%1  %2  %3 ms</source>
        <translation>%1  %2  %3 ms</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Remittance sender</source>
        <translation>Expéditeur des remises</translation>
    </message>
    <message>
        <source>Stop &amp;Sender</source>
        <translation>Arrêter l’&amp;expéditeur</translation>
    </message>
    <message>
        <source>A&amp;lert Thresholds…</source>
        <translation>Seuils d’a&amp;lerte…</translation>
    </message>
    <message>
        <source>Alert Thresholds</source>
        <translation>Seuils d’alerte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Alert when more than this share of settled remittances &amp;failed:</source>
        <translation>Alerter si plus que cette part des remises réglées a &amp;échoué :</translation>
    </message>
    <message>
        <source>…or at least this many are &amp;stuck:</source>
        <translation>…ou si au moins autant sont &amp;bloquées :</translation>
    </message>
    <message>
        <source>…or a dead letter has waited &amp;longer than:</source>
        <translation>…ou si une lettre morte attend depuis &amp;plus de :</translation>
    </message>
    <message>
        <source>Send the selected failed remittances again now</source>
        <translation>Renvoyer maintenant les remises échouées sélectionnées</translation>
    </message>
    <message>
        <source>Queue the selected dead letters again</source>
        <translation>Remettre en file les lettres mortes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Ingest Usage…</source>
        <translation>&amp;Intégrer l’utilisation…</translation>
    </message>
    <message>
        <source>Add usage events (CSV or JSON lines of timestamp, marketplace, account, product, metric, value) to the hourly remittances</source>
        <translation>Ajouter des événements d’utilisation (CSV ou lignes JSON de timestamp, marketplace, account, product, metric, value) aux remises horaires</translation>
    </message>
    <message>
        <source>Ingest Usage</source>
        <translation>Intégrer l’utilisation</translation>
    </message>
    <message>
        <source>Usage events (*.csv *.jsonl *.json);;All files (*)</source>
        <translation>Événements d’utilisation (*.csv *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No marketplace yet.&lt;/b&gt; Add one with &lt;i&gt;Marketplaces…&lt;/i&gt; (its name and the URL that takes its usage reports), then bring in usage with &lt;i&gt;Ingest Usage…&lt;/i&gt;. The sender remits each hour's usage per marketplace, customer, product and metric.</source>
        <translation>&lt;b&gt;Aucune place de marché pour l’instant.&lt;/b&gt; Ajoutez-en une avec &lt;i&gt;Places de marché…&lt;/i&gt; (son nom et l’URL qui reçoit ses relevés d’utilisation), puis apportez l’utilisation avec &lt;i&gt;Intégrer l’utilisation…&lt;/i&gt;. L’expéditeur remet l’utilisation de chaque heure par place de marché, client, produit et métrique.</translation>
    </message>
    <message>
        <source>remittances</source>
        <translation>remises</translation>
    </message>
    <message>
        <source>%1: %2 usage event(s), %3 new remittance(s), %4 late event(s) moved to the next open window</source>
        <translation>%1 : %2 événement(s) d’utilisation, %3 nouvelle(s) remise(s), %4 événement(s) tardif(s) reporté(s) à la prochaine fenêtre ouverte</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>rd::ui::RemittanceTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
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
    <name>rd::ui::TargetsDialog</name>
    <message>
        <source>Add SFTP Server</source>
        <translation>Ajouter un serveur SFTP</translation>
    </message>
    <message>
        <source>or the environment variable holding the password</source>
        <translation>ou la variable d’environnement du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>Pass&amp;word variable:</source>
        <translation>Variable du mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;known_hosts file:</source>
        <translation>Fichier &amp;known_hosts :</translation>
    </message>
    <message>
        <source>Remote &amp;folder:</source>
        <translation>Dossier &amp;distant :</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Check &amp;Host Key…</source>
        <translation>Vérifier la clé d’&amp;hôte…</translation>
    </message>
    <message>
        <source>Retention Targets</source>
        <translation>Destinations de conservation</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add &amp;SFTP…</source>
        <translation>Ajouter &amp;SFTP…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Publishing copies a package's zip to every enabled target, then reads it back to check it.</source>
        <translation>La publication copie le zip du paquet vers chaque destination active, puis le relit pour le vérifier.</translation>
    </message>
    <message>
        <source>the archive beside the database</source>
        <translation>les archives à côté de la base de données</translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Confirmed host key</source>
        <translation>Clé d’hôte confirmée</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Archive Folder</source>
        <translation>Dossier d’archives</translation>
    </message>
    <message>
        <source>Folder added as target %1</source>
        <translation>Dossier ajouté comme destination %1</translation>
    </message>
    <message>
        <source>SFTP server added as target %1: check its host key before the first copy</source>
        <translation>Serveur SFTP ajouté comme destination %1 : vérifiez sa clé d’hôte avant la première copie</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>La clé d’hôte a changé</translation>
    </message>
    <message>
        <source>The host key of %1 HAS CHANGED; it is now %2.

Someone may be intercepting the connection. Nothing will be sent. If the server's key really changed, remove its old entry from %3.</source>
        <translation>La clé d’hôte de %1 A CHANGÉ ; elle est désormais %2.

Quelqu’un intercepte peut-être la connexion. Rien ne sera envoyé. Si la clé du serveur a vraiment changé, retirez son ancienne entrée de %3.</translation>
    </message>
    <message>
        <source>Refused: the host key changed.</source>
        <translation>Refusé : la clé d’hôte a changé.</translation>
    </message>
    <message>
        <source>The host key is known: %1</source>
        <translation>La clé d’hôte est connue : %1</translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation>Clé d’hôte inconnue</translation>
    </message>
    <message>
        <source>%1 presents a host key that is not in %2:

%3

Trust it only if its administrator confirms this fingerprint.</source>
        <translation>%1 présente une clé d’hôte absente de %2 :

%3

Ne l’approuvez que si son administrateur confirme cette empreinte.</translation>
    </message>
    <message>
        <source>Trusted %1; it is added to the known_hosts file on the next copy</source>
        <translation>Approuvée %1 ; elle sera ajoutée au fichier known_hosts à la prochaine copie</translation>
    </message>
</context>
<context>
    <name>rd::ui::TimelineModel</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>unlicensed</source>
        <translation>sans licence</translation>
    </message>
    <message>
        <source>partly licensed</source>
        <translation>partiellement sous licence</translation>
    </message>
    <message>
        <source>fully licensed</source>
        <translation>entièrement sous licence</translation>
    </message>
    <message>
        <source>overclaimed</source>
        <translation>surrevendiqué</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Right type</source>
        <translation>Type de droit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Licensed share</source>
        <translation>Part sous licence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>Revendicateurs</translation>
    </message>
</context>
<context>
    <name>rd::ui::TimelineWidget</name>
    <message>
        <source>Licensing timeline</source>
        <translation>Chronologie des licences</translation>
    </message>
    <message>
        <source>Search for a track by ISRC, title or artist</source>
        <translation>Cherchez un titre par ISRC, titre ou artiste</translation>
    </message>
    <message>
        <source>No claims and no usage for %1</source>
        <translation>Ni revendications ni utilisation pour %1</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>édition</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>DSR %1 (%2, %3 – %4): %5 usages, %6 %7</source>
        <translation>DSR %1 (%2, %3 – %4) : %5 utilisations, %6 %7</translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4: %5% (%6)</source>
        <translation>%1 %2, %3 – %4 : %5 % (%6)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>usage per DSR period</source>
        <translation>utilisation par période de DSR</translation>
    </message>
</context>
<context>
    <name>rd::ui::TopResourcesModel</name>
    <message>
        <source>%1 %2 exactly</source>
        <translation>exactement %1 %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Artistes</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>DSP ID</source>
        <translation>ID DSP</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenus (%1)</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Part du total</translation>
    </message>
    <message>
        <source>Top resources</source>
        <translation>Meilleures ressources</translation>
    </message>
</context>
<context>
    <name>rd::ui::TotalsModel</name>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplet)</translation>
    </message>
    <message>
        <source>%1 %2 exactly</source>
        <translation>exactement %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s) left out: no exchange rate in force</source>
        <translation>
            <numerusform>%n DSR exclu : aucun taux de change en vigueur</numerusform>
            <numerusform>%n DSR exclus : aucun taux de change en vigueur</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>DSRs</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenus (%1)</translation>
    </message>
    <message>
        <source>DSRs without rate</source>
        <translation>DSR sans taux</translation>
    </message>
</context>
<context>
    <name>rd::ui::TrackListModel</name>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Artistes</translation>
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