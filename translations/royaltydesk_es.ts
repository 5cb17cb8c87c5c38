<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AnalyticsEngine</name>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cannot read the resource totals of DSR %1</source>
        <translation>No se pueden leer los totales por recurso del DSR %1</translation>
    </message>
    <message>
        <source>Cannot read the resources of the top list</source>
        <translation>No se pueden leer los recursos de la lista principal</translation>
    </message>
</context>
<context>
    <name>AnalyticsExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Royalty Desk analytics summary</source>
        <translation>Resumen analítico de Royalty Desk</translation>
    </message>
    <message>
        <source>Usage and revenue analytics</source>
        <translation>Análisis de usos e ingresos</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s), %1 usages, revenue %2 %3 (rounded half to even; exact: %4)</source>
        <translation>
            <numerusform>%n DSR, %1 usos, ingresos %2 %3 (redondeo a par; exacto: %4)</numerusform>
            <numerusform>%n DSR, %1 usos, ingresos %2 %3 (redondeo a par; exacto: %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for lack of an exchange rate: %1</source>
        <translation>Excluidos por falta de tipo de cambio: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Top resources (%1)</source>
        <translation>Recursos principales (%1)</translation>
    </message>
</context>
<context>
    <name>AnyImporter</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 warning(s), %2 error(s)</source>
        <translation>%1 aviso(s), %2 error(es)</translation>
    </message>
    <message>
        <source>DSR %1 version %2</source>
        <translation>DSR %1 versión %2</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CaseFileExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>Expediente %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Case file: %1 %2</source>
        <translation>Expediente: %1 %2</translation>
    </message>
    <message>
        <source>%1 — claims as known on %2 — generated %3 by Royalty Desk</source>
        <translation>%1 — reclamaciones según lo conocido el %2 — generado el %3 por Royalty Desk</translation>
    </message>
    <message numerus="yes">
        <source>Claims (%n)</source>
        <translation>
            <numerusform>Reclamaciones (%n)</numerusform>
            <numerusform>Reclamaciones (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Known from</source>
        <translation>Conocida desde</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message numerus="yes">
        <source>Licensing events (%n)</source>
        <translation>
            <numerusform>Eventos de licencia (%n)</numerusform>
            <numerusform>Eventos de licencia (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Licensed share from then on</source>
        <translation>Parte licenciada desde entonces</translation>
    </message>
    <message numerus="yes">
        <source>Usage in periods not fully licensed (%n)</source>
        <translation>
            <numerusform>Uso en periodos sin licencia completa (%n)</numerusform>
            <numerusform>Uso en periodos sin licencia completa (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>DSR</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Licensing during the period</source>
        <translation>Licencia durante el periodo</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1tn</source>
        <comment>million millions on a chart axis</comment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1bn</source>
        <comment>thousand millions on a chart axis</comment>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions on a chart axis</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands on a chart axis</comment>
        <translation>%1 mil</translation>
    </message>
</context>
<context>
    <name>ClaimStore</name>
    <message>
        <source>%1 was already imported (rights import %2, %3); identical content is not imported twice</source>
        <translation>%1 ya se importó (importación de derechos %2, %3); un contenido idéntico no se importa dos veces</translation>
    </message>
    <message>
        <source>Cannot store the claims of %1: %2</source>
        <translation>No se pueden guardar las reclamaciones de %1: %2</translation>
    </message>
</context>
<context>
    <name>ClaimsCsv</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 GB</source>
        <translation>%1: mayor de %2 GB</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>más de %1 bytes</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>%1:1: the header lacks the required column(s) %2; it needs %3</source>
        <translation>%1:1: a la cabecera le faltan las columnas obligatorias %2; necesita %3</translation>
    </message>
    <message>
        <source>%1:1: unknown column "%2"</source>
        <translation>%1:1: columna desconocida «%2»</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos y hay %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>"%1" is not an ISRC</source>
        <translation>«%1» no es un ISRC</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 3166-1 alpha-2 code or WW</source>
        <translation>«%1» no es un código ISO 3166-1 alfa-2 ni WW</translation>
    </message>
    <message>
        <source>"%1" is not a decimal percentage</source>
        <translation>«%1» no es un porcentaje decimal</translation>
    </message>
    <message>
        <source>%1 is outside 0–100</source>
        <translation>%1 está fuera de 0–100</translation>
    </message>
    <message>
        <source>%1 is before valid_from %2</source>
        <translation>%1 es anterior a valid_from %2</translation>
    </message>
    <message>
        <source>%1 is not after known_from %2</source>
        <translation>%1 no es posterior a known_from %2</translation>
    </message>
    <message>
        <source>"%1" is not recording or publishing</source>
        <translation>«%1» no es recording ni publishing</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… y %n problema más</numerusform>
            <numerusform>… y %n problemas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not imported: %n problem(s)</source>
        <translation>
            <numerusform>%1 no se importa: %n problema</numerusform>
            <numerusform>%1 no se importa: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>%1:1: the column "%2" appears twice in the header</source>
        <translation>%1:1: la columna «%2» aparece dos veces en la cabecera</translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation>un carácter de control (%1)</translation>
    </message>
</context>
<context>
    <name>CopyTargetTable</name>
    <message>
        <source>There is no retention target %1</source>
        <translation>No existe el destino de conservación %1</translation>
    </message>
    <message>
        <source>There is no SFTP target %1</source>
        <translation>No existe el destino SFTP %1</translation>
    </message>
</context>
<context>
    <name>CopyTargets</name>
    <message>
        <source>An SFTP target needs a host, a user and a known_hosts file</source>
        <translation>Un destino SFTP necesita un servidor, un usuario y un archivo known_hosts</translation>
    </message>
    <message>
        <source>An SFTP target needs a key file or the environment variable holding the password</source>
        <translation>Un destino SFTP necesita un archivo de clave o la variable de entorno que contiene la contraseña</translation>
    </message>
    <message>
        <source>"%1" is not a SHA256 fingerprint (SHA256:…)</source>
        <translation>«%1» no es una huella SHA256 (SHA256:…)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>cannot register the decimal SQL functions</source>
        <translation>no se pueden registrar las funciones SQL decimales</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>no se puede leer la versión del esquema</translation>
    </message>
    <message>
        <source>the database was written by a newer Royalty Desk (schema %1, this version knows %2)</source>
        <translation>la base de datos la escribió un Royalty Desk más reciente (esquema %1; esta versión conoce el %2)</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>falló la migración al esquema %1: %2</translation>
    </message>
    <message>
        <source>%1 (the disk is full: %3 bytes free in %2)</source>
        <translation>%1 (el disco está lleno: %3 bytes libres en %2)</translation>
    </message>
</context>
<context>
    <name>DdexFileName</name>
    <message>
        <source>expected DSR_&lt;Recipient&gt;_&lt;Sender&gt;_&lt;Service&gt;_&lt;Period&gt;_&lt;Territory&gt;_&lt;x&gt;of&lt;y&gt;_&lt;Created&gt;.tsv[.gz]</source>
        <translation>se esperaba DSR_&lt;Destinatario&gt;_&lt;Remitente&gt;_&lt;Servicio&gt;_&lt;Periodo&gt;_&lt;Territorio&gt;_&lt;x&gt;of&lt;y&gt;_&lt;Creado&gt;.tsv[.gz]</translation>
    </message>
    <message>
        <source>%1: the file name must end in .tsv or .tsv.gz</source>
        <translation>%1: el nombre del archivo debe terminar en .tsv o .tsv.gz</translation>
    </message>
    <message>
        <source>%1: not a DDEX DSR file name (%2)</source>
        <translation>%1: no es un nombre de archivo DSR DDEX (%2)</translation>
    </message>
    <message>
        <source>%1: the recipient, sender and service must not be empty (%2)</source>
        <translation>%1: el destinatario, el remitente y el servicio no pueden estar vacíos (%2)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a period (yyyy, yyyy-mm, yyyy-Qn, yyyy-Hn, yyyy-mm-dd or yyyy-mm-dd--yyyy-mm-dd)</source>
        <translation>%1: «%2» no es un periodo (aaaa, aaaa-mm, aaaa-Qn, aaaa-Hn, aaaa-mm-dd o aaaa-mm-dd--aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a territory code</source>
        <translation>%1: «%2» no es un código de territorio</translation>
    </message>
    <message>
        <source>%1: "%2" is not a file number like 1of3</source>
        <translation>%1: «%2» no es un número de archivo como 1of3</translation>
    </message>
    <message>
        <source>%1: file %2 of %3 cannot exist</source>
        <translation>%1: el archivo %2 de %3 no puede existir</translation>
    </message>
    <message>
        <source>%1: "%2" is not a creation time like 20200703T075930</source>
        <translation>%1: «%2» no es una fecha de creación como 20200703T075930</translation>
    </message>
</context>
<context>
    <name>DdexImporter</name>
    <message>
        <source>Cannot store the rights shares</source>
        <translation>No se pueden guardar las participaciones de derechos</translation>
    </message>
    <message>
        <source>Cannot read DSR %1: %2</source>
        <translation>No se puede leer el DSR %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>Part %1 of %2 is there twice: %3 and %4</source>
        <translation>La parte %1 de %2 está dos veces: %3 y %4</translation>
    </message>
    <message>
        <source>%1 is part of a report in %2 files; not imported until all are present. Missing: %3</source>
        <translation>%1 es parte de un informe en %2 archivos; no se importa hasta que estén todos. Faltan: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Parts %1 and %2 of the report are identical (a duplicate part): %3 and %4</source>
        <translation>Las partes %1 y %2 del informe son idénticas (una parte duplicada): %3 y %4</translation>
    </message>
    <message>
        <source>%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice</source>
        <translation>%1 ya se importó como DSR %2 (%3); un contenido idéntico (SHA-256) no se importa dos veces</translation>
    </message>
    <message>
        <source>%1: the report has no summary record, so its territory and currency are unknown</source>
        <translation>%1: el informe no tiene registro de resumen, así que su territorio y su moneda son desconocidos</translation>
    </message>
    <message>
        <source>%1 by DSR %2 (%3)</source>
        <translation>%1 por el DSR %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Rejected in strict mode: %n finding(s) are errors</source>
        <translation>
            <numerusform>Rechazado en modo estricto: %n hallazgo es un error</numerusform>
            <numerusform>Rechazado en modo estricto: %n hallazgos son errores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 re-delivers DSR %2 but also territories or currencies it did not have; import those as a report of their own</source>
        <translation>%1 vuelve a entregar el DSR %2 pero también territorios o monedas que no tenía; impórtelos como un informe aparte</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported</source>
        <translation>%1 cambió mientras se importaba</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>No se puede confirmar la importación: %1</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espacios</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1:%2: the HEAD record could not be read: its fields are separated by %3, not by tabs ("%4")</source>
        <translation>%1:%2: no se pudo leer el registro HEAD: sus campos están separados por %3, no por tabuladores («%4»)</translation>
    </message>
    <message>
        <source>%1: the HEAD record could not be read: no line starts with HEAD followed by a tab</source>
        <translation>%1: no se pudo leer el registro HEAD: ninguna línea empieza por HEAD seguido de un tabulador</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing could be imported: no row survived its %n error(s)</source>
        <translation>
            <numerusform>%1: no se pudo importar nada: ninguna fila superó su %n error</numerusform>
            <numerusform>%1: no se pudo importar nada: ninguna fila superó sus %n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>No se puede iniciar la importación: %1</translation>
    </message>
</context>
<context>
    <name>DdexReportAnalysis</name>
    <message>
        <source>%1 in the header, %2 in the file name</source>
        <translation>%1 en la cabecera, %2 en el nombre del archivo</translation>
    </message>
    <message>
        <source>%1 says %2, %3 counted</source>
        <translation>%1 dice %2, se contaron %3</translation>
    </message>
    <message>
        <source>summary %1 declares %2 usages, its rows add up to %3</source>
        <translation>el resumen %1 declara %2 usos, sus filas suman %3</translation>
    </message>
    <message>
        <source>summary %1 declares %2, its rows add up to %3</source>
        <translation>el resumen %1 declara %2, sus filas suman %3</translation>
    </message>
    <message>
        <source>its rows report no usages</source>
        <translation>sus filas no declaran usos</translation>
    </message>
</context>
<context>
    <name>DsrFileName</name>
    <message>
        <source>%1: the file name must end in .tsv or .tsv.gz</source>
        <translation>%1: el nombre del archivo debe terminar en .tsv o .tsv.gz</translation>
    </message>
    <message>
        <source>expected &lt;Dsp&gt;_&lt;Offer&gt;[_&lt;Society&gt;]_&lt;Territory&gt;_&lt;Currency&gt;_&lt;YYYYMMDD&gt;-&lt;YYYYMMDD&gt;</source>
        <translation>se esperaba &lt;Dsp&gt;_&lt;Oferta&gt;[_&lt;Sociedad&gt;]_&lt;Territorio&gt;_&lt;Moneda&gt;_&lt;AAAAMMDD&gt;-&lt;AAAAMMDD&gt;</translation>
    </message>
    <message>
        <source>%1: the file name does not parse (%2)</source>
        <translation>%1: no se puede interpretar el nombre del archivo (%2)</translation>
    </message>
    <message>
        <source>%1: the period "%2" is not &lt;YYYYMMDD&gt;-&lt;YYYYMMDD&gt;</source>
        <translation>%1: el período «%2» no tiene la forma &lt;AAAAMMDD&gt;-&lt;AAAAMMDD&gt;</translation>
    </message>
    <message>
        <source>%1: the period "%2" does not hold two valid dates</source>
        <translation>%1: el período «%2» no contiene dos fechas válidas</translation>
    </message>
    <message>
        <source>%1: the period "%2" ends before it starts</source>
        <translation>%1: el período «%2» termina antes de empezar</translation>
    </message>
    <message>
        <source>%1: "%2" is not an ISO 4217 currency code</source>
        <translation>%1: «%2» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>%1: "%2" is not an ISO 3166-1 alpha-2 territory code</source>
        <translation>%1: «%2» no es un código de territorio ISO 3166-1 alfa-2</translation>
    </message>
</context>
<context>
    <name>DsrImporter</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>No se puede registrar la importación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rejected in strict mode: %n row(s) with errors</source>
        <translation>
            <numerusform>Rechazado en modo estricto: %n fila con errores</numerusform>
            <numerusform>Rechazado en modo estricto: %n filas con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice</source>
        <translation>%1 ya se importó como DSR %2 (%3); un contenido idéntico (SHA-256) no se importa dos veces</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>No se puede confirmar la importación: %1</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing could be imported: all %n row(s) have errors</source>
        <translation>
            <numerusform>%1: no se pudo importar nada: la %n fila tiene errores</numerusform>
            <numerusform>%1: no se pudo importar nada: las %n filas tienen errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be rejected in strict mode: %n row(s) with errors</source>
        <translation>
            <numerusform>Se rechazaría en modo estricto: %n fila con errores</numerusform>
            <numerusform>Se rechazaría en modo estricto: %n filas con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>No se puede iniciar la importación: %1</translation>
    </message>
</context>
<context>
    <name>DsrRepository</name>
    <message>
        <source>There is no DSR %1.</source>
        <translation>No existe el DSR %1.</translation>
    </message>
    <message>
        <source>DSR %1 is still being imported; cancel the import first.</source>
        <translation>El DSR %1 aún se está importando; cancele antes la importación.</translation>
    </message>
    <message>
        <source>DSR %1 is the source of published or retracted package(s) %2; their data is kept for ever.</source>
        <translation>El DSR %1 es la fuente de los paquetes publicados o retirados %2; sus datos se conservan para siempre.</translation>
    </message>
</context>
<context>
    <name>DsrWriting</name>
    <message>
        <source>injected failure after %1 rows</source>
        <translation>fallo provocado tras %1 filas</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>«%1» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>"%1" is not an exact decimal number</source>
        <translation>«%1» no es un número decimal exacto</translation>
    </message>
    <message>
        <source>%1 is not a positive rate</source>
        <translation>%1 no es un tipo de cambio positivo</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 el %2: %3</translation>
    </message>
    <message>
        <source>%1 is the base currency; its rate can only be 1, not %2</source>
        <translation>%1 es la moneda base; su tipo solo puede ser 1, no %2</translation>
    </message>
</context>
<context>
    <name>FinishedFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>No se puede colocar %1 en su sitio: %2</translation>
    </message>
</context>
<context>
    <name>GzipInflater</name>
    <message>
        <source>checksum mismatch</source>
        <translation>la suma de verificación no coincide</translation>
    </message>
    <message>
        <source>not a gzip header</source>
        <translation>no es una cabecera gzip</translation>
    </message>
    <message>
        <source>unsupported compression method</source>
        <translation>método de compresión no admitido</translation>
    </message>
    <message>
        <source>invalid deflate data</source>
        <translation>datos deflate no válidos</translation>
    </message>
    <message>
        <source>unknown header flags set</source>
        <translation>indicadores de cabecera desconocidos</translation>
    </message>
</context>
<context>
    <name>ImportFindings</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see `royaltydesk-cli dsr %1`</source>
        <translation>
            <numerusform>… y %n más; véase `royaltydesk-cli dsr %1`</numerusform>
            <numerusform>… y %n más; véase `royaltydesk-cli dsr %1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the validation report of DSR %1</source>
        <translation>
            <numerusform>… y %n más; véase el informe de validación del DSR %1</numerusform>
            <numerusform>… y %n más; véase el informe de validación del DSR %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>%1 is not a limit; the limits are %2</source>
        <translation>%1 no es un límite; los límites son %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 debe ser al menos %2</translation>
    </message>
    <message>
        <source>bytes one gzip file may decompress to</source>
        <translation>bytes a los que puede descomprimirse un archivo gzip</translation>
    </message>
    <message>
        <source>times its compressed size one gzip file may expand</source>
        <translation>veces su tamaño comprimido que puede crecer un archivo gzip</translation>
    </message>
    <message>
        <source>findings kept per DDEX report (the rest are counted)</source>
        <translation>hallazgos conservados por informe DDEX (el resto se cuenta)</translation>
    </message>
</context>
<context>
    <name>IssueWriter</name>
    <message>
        <source>issue insert: %1</source>
        <translation>inserción de incidencia: %1</translation>
    </message>
</context>
<context>
    <name>LicensingReports</name>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cannot read the resource totals of DSR %1</source>
        <translation>No se pueden leer los totales por recurso del DSR %1</translation>
    </message>
</context>
<context>
    <name>LineFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 bytes</source>
        <translation>%1:%2: la línea supera los %3 bytes</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
</context>
<context>
    <name>LineReader</name>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>la línea %1 tiene más de %2 bytes</translation>
    </message>
</context>
<context>
    <name>LocalFolderTarget</name>
    <message>
        <source>Cannot create the archive folder %1</source>
        <translation>No se puede crear la carpeta de archivo %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>No se puede colocar %1 en su sitio: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the copy %1: %2</source>
        <translation>No se puede leer la copia %1: %2</translation>
    </message>
</context>
<context>
    <name>Marketplaces</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of marketplaces: %2</source>
        <translation>%1 no es una lista de mercados: %2</translation>
    </message>
    <message>
        <source>There is no marketplace "%1"</source>
        <translation>No existe el mercado «%1»</translation>
    </message>
    <message>
        <source>A marketplace needs a name</source>
        <translation>Un mercado necesita un nombre</translation>
    </message>
    <message>
        <source>"%1" is not an http or https URL</source>
        <translation>«%1» no es una URL http o https</translation>
    </message>
    <message>
        <source>The window, the attempts and the backoff must be positive</source>
        <translation>El plazo, los intentos y la espera deben ser positivos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>A token is sent only over https (or plain http to this machine): %1 would send it in clear text</source>
        <translation>Un token solo se envía por https (o por http sin cifrar a esta máquina): %1 lo enviaría en claro</translation>
    </message>
</context>
<context>
    <name>PackageArchive</name>
    <message>
        <source>no header row</source>
        <translation>falta la fila de encabezado</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>línea %1: un campo entre comillas no se cierra</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>línea %1: %2 campos, el encabezado tiene %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 bytes</source>
        <translation>línea %1: un campo supera los %2 bytes</translation>
    </message>
    <message>
        <source>(unallocated)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>line %1: more than %2 columns</source>
        <translation>línea %1: más de %2 columnas</translation>
    </message>
    <message>
        <source>line %1: more fields than the header's %2</source>
        <translation>línea %1: más campos que los %2 de la cabecera</translation>
    </message>
</context>
<context>
    <name>PackageCopies</name>
    <message>
        <source>Package %1 is not published: only published packages are copied</source>
        <translation>El paquete %1 no está publicado: solo se copian los paquetes publicados</translation>
    </message>
    <message>
        <source>the copy read back differs from the zip (SHA-256 %1, expected %2)</source>
        <translation>la copia leída de nuevo difiere del zip (SHA-256 %1, se esperaba %2)</translation>
    </message>
    <message>
        <source>version %1 copied to %2 and verified</source>
        <translation>versión %1 copiada en %2 y verificada</translation>
    </message>
    <message numerus="yes">
        <source>version %1 not copied to %2 after %n attempt(s): %3</source>
        <translation>
            <numerusform>versión %1 no copiada en %2 tras %n intento: %3</numerusform>
            <numerusform>versión %1 no copiada en %2 tras %n intentos: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 is published but not every copy was made: %2</source>
        <translation>El paquete %1 está publicado, pero no se hicieron todas las copias: %2</translation>
    </message>
    <message>
        <source>the copy differs from the published zip (SHA-256 %1, expected %2)</source>
        <translation>la copia difiere del zip publicado (SHA-256 %1, se esperaba %2)</translation>
    </message>
    <message>
        <source>Package %1 is retracted but not every retraction record was written: %2</source>
        <translation>El paquete %1 está retirado, pero no se escribieron todos los registros de retirada: %2</translation>
    </message>
    <message>
        <source>version %1 on %2</source>
        <translation>versión %1 en %2</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Package %1 is not built yet: build it first</source>
        <translation>El paquete %1 aún no está generado: genérelo primero</translation>
    </message>
    <message>
        <source>Package %1 cannot be exported: %2</source>
        <translation>El paquete %1 no se puede exportar: %2</translation>
    </message>
    <message>
        <source>Cannot read the resources of DSR %1</source>
        <translation>No se pueden leer los recursos del DSR %1</translation>
    </message>
</context>
<context>
    <name>PackageStore</name>
    <message>
        <source>A package needs a name</source>
        <translation>Un paquete necesita un nombre</translation>
    </message>
    <message>
        <source>A package needs at least one territory</source>
        <translation>Un paquete necesita al menos un territorio</translation>
    </message>
    <message>
        <source>A package needs a period: a start and an end on or after it</source>
        <translation>Un paquete necesita un período: un inicio y un final igual o posterior</translation>
    </message>
    <message>
        <source>territories %1, period %2 to %3%4</source>
        <translation>territorios %1, período del %2 al %3%4</translation>
    </message>
    <message>
        <source>, DSPs %1, offers %2</source>
        <translation>, DSP %1, ofertas %2</translation>
    </message>
    <message>
        <source>There is no package %1</source>
        <translation>No existe el paquete %1</translation>
    </message>
    <message>
        <source>Package %1 is %2: it can no longer change</source>
        <translation>El paquete %1 está %2: ya no puede cambiar</translation>
    </message>
    <message>
        <source>An adjustment needs a reason</source>
        <translation>Un ajuste necesita un motivo</translation>
    </message>
    <message>
        <source>An amount adjustment needs its currency</source>
        <translation>Un ajuste por importe necesita su moneda</translation>
    </message>
    <message>
        <source>A territory or resource adjustment needs the territory or resource</source>
        <translation>Un ajuste de territorio o de recurso necesita el territorio o el recurso</translation>
    </message>
    <message>
        <source>%1% on %2 %3</source>
        <translation>%1 % sobre %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 on %3 %4</source>
        <translation>%1 %2 sobre %3 %4</translation>
    </message>
    <message>
        <source>An advance needs a rights holder, a positive amount and its currency</source>
        <translation>Un anticipo necesita un titular de derechos, un importe positivo y su moneda</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 a %3</translation>
    </message>
    <message>
        <source>Package %1 is %2; only a %3 package can be %4</source>
        <translation>El paquete %1 está %2; solo un paquete %3 puede quedar %4</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Cannot %1 package %2</source>
        <translation>No se puede hacer «%1» con el paquete %2</translation>
    </message>
    <message>
        <source>Package %1 cannot be published: %2</source>
        <translation>El paquete %1 no se puede publicar: %2</translation>
    </message>
    <message>
        <source>Retracting a package needs a reason</source>
        <translation>Retirar un paquete requiere un motivo</translation>
    </message>
    <message>
        <source>DSR %1 (%2) was deleted</source>
        <translation>el DSR %1 (%2) se eliminó</translation>
    </message>
    <message>
        <source>the rows of DSR %1 (%2) were purged on %3 by the retention sweep</source>
        <translation>las filas del DSR %1 (%2) se purgaron el %3 en el barrido de conservación</translation>
    </message>
    <message>
        <source>the rows of DSR %1 (%2) are purged by this retention sweep</source>
        <translation>las filas del DSR %1 (%2) se purgan en este barrido de conservación</translation>
    </message>
    <message>
        <source>Package %1 has no version %2</source>
        <translation>El paquete %1 no tiene versión %2</translation>
    </message>
</context>
<context>
    <name>PackageVersions</name>
    <message>
        <source>DSR %1 was deleted while the package was built</source>
        <translation>El DSR %1 se eliminó mientras se compilaba el paquete</translation>
    </message>
</context>
<context>
    <name>PackageZip</name>
    <message>
        <source>Cannot add %1 to the zip</source>
        <translation>No se puede añadir %1 al zip</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip</source>
        <translation>No se puede escribir %1 en el zip</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip (zip error %2)</source>
        <translation>No se puede escribir %1 en el zip (error zip %2)</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>Cannot make the statement PDF</source>
        <translation>No se puede generar el PDF del estado de cuenta</translation>
    </message>
    <message>
        <source>Cannot finish %1 (zip error %2)</source>
        <translation>No se puede terminar %1 (error zip %2)</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive</source>
        <translation>%1 no es un archivo zip legible</translation>
    </message>
    <message>
        <source>the archive has %1 entries; a package has 5</source>
        <translation>el archivo tiene %1 entradas; un paquete tiene 5</translation>
    </message>
    <message>
        <source>%1: a path outside the package (refused)</source>
        <translation>%1: una ruta fuera del paquete (rechazada)</translation>
    </message>
    <message>
        <source>%1: a symbolic link (refused)</source>
        <translation>%1: un enlace simbólico (rechazado)</translation>
    </message>
    <message>
        <source>%1: the archive holds it twice</source>
        <translation>%1: el archivo lo contiene dos veces</translation>
    </message>
    <message>
        <source>%1: declares %2 bytes, more than a package holds</source>
        <translation>%1: declara %2 bytes, más de lo que cabe en un paquete</translation>
    </message>
    <message>
        <source>%1: expands %2 times (a zip bomb; refused)</source>
        <translation>%1: se expande %2 veces (una bomba zip; rechazada)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1: cannot be found in the archive</source>
        <translation>%1: no se encuentra en el archivo</translation>
    </message>
    <message>
        <source>%1: cannot be read (zip error %2)</source>
        <translation>%1: no se puede leer (error zip %2)</translation>
    </message>
    <message>
        <source>%1: holds more bytes than it declares (refused)</source>
        <translation>%1: contiene más bytes de los que declara (rechazado)</translation>
    </message>
    <message>
        <source>%1: declares %2 bytes but holds %3 (refused)</source>
        <translation>%1: declara %2 bytes pero contiene %3 (rechazado)</translation>
    </message>
    <message>
        <source>%1: damaged (CRC or data error)</source>
        <translation>%1: dañado (error de CRC o de datos)</translation>
    </message>
    <message>
        <source>checksums.sha256: "%1" is not a checksum line</source>
        <translation>checksums.sha256: «%1» no es una línea de suma de comprobación</translation>
    </message>
    <message>
        <source>%1 is not listed in checksums.sha256</source>
        <translation>%1 no figura en checksums.sha256</translation>
    </message>
    <message>
        <source>%1: the checksum does not match (the entry was changed)</source>
        <translation>%1: la suma de comprobación no coincide (la entrada se modificó)</translation>
    </message>
    <message>
        <source>%1 is listed in checksums.sha256 but not in the archive</source>
        <translation>%1 figura en checksums.sha256 pero no en el archivo</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: %1</source>
        <translation>manifest.json no es JSON válido: %1</translation>
    </message>
    <message>
        <source>manifest.json lacks format_version or package</source>
        <translation>a manifest.json le falta format_version o package</translation>
    </message>
    <message>
        <source>%1: no entry %2</source>
        <translation>%1: no hay entrada %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1: no se puede leer %2</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation>%1: %2 supera los %3 bytes</translation>
    </message>
    <message>
        <source>version %1 to %2</source>
        <translation>versión %1 a %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PercentileReporter</name>
    <message>
        <source>The percentage must be between 1 and 100, not %1</source>
        <translation>El porcentaje debe estar entre 1 y 100, no %1</translation>
    </message>
    <message>
        <source>No exchange rate into %1 is in force for: %2. Import rates first.</source>
        <translation>No hay ningún tipo de cambio a %1 vigente para: %2. Importe primero los tipos.</translation>
    </message>
    <message>
        <source>Cannot read the resource totals of DSR %1</source>
        <translation>No se pueden leer los totales por recurso del DSR %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cannot read the resources' report lines</source>
        <translation>No se pueden leer las líneas de informe de los recursos</translation>
    </message>
    <message>
        <source>Cannot read the resources of the report's lines</source>
        <translation>No se pueden leer los recursos de las líneas del informe</translation>
    </message>
</context>
<context>
    <name>QHeaderView</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>RatesCsv</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB; not an exchange-rate table</source>
        <translation>%1: más de %2 MB; no es una tabla de tipos de cambio</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>más de %1 bytes</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>expected 3 fields (date,currency,rate), found %1</source>
        <translation>se esperaban 3 campos (fecha,moneda,tipo), hay %1</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 on %2 was already quoted as %3 earlier in the file</source>
        <translation>%1 el %2 ya figuraba como %3 antes en el archivo</translation>
    </message>
    <message>
        <source>%1: no exchange rates found</source>
        <translation>%1: no se encontraron tipos de cambio</translation>
    </message>
</context>
<context>
    <name>Redelivery</name>
    <message>
        <source>Cannot read DSR %1: %2</source>
        <translation>No se puede leer el DSR %1: %2</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>%1 has the content of DSR %2 (%3); identical content (SHA-256) is not imported twice</source>
        <translation>%1 tiene el contenido del DSR %2 (%3); un contenido idéntico (SHA-256) no se importa dos veces</translation>
    </message>
    <message numerus="yes">
        <source>Rejected in strict mode: %n row(s) with errors</source>
        <translation>
            <numerusform>Rechazado en modo estricto: %n fila con errores</numerusform>
            <numerusform>Rechazado en modo estricto: %n filas con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a re-delivery of DSR %2 (%3): %4 created, %5 updated, %6 deleted. Review it (import --dry-run) and apply it with import --replace.</source>
        <translation>%1 es una nueva entrega del DSR %2 (%3): %4 creadas, %5 modificadas, %6 eliminadas. Revísela (import --dry-run) y aplíquela con import --replace.</translation>
    </message>
    <message>
        <source>Cannot apply the re-delivery to DSR %1: %2</source>
        <translation>No se puede aplicar la nueva entrega al DSR %1: %2</translation>
    </message>
</context>
<context>
    <name>RedeliveryWriter</name>
    <message>
        <source>DSR %1 does not exist</source>
        <translation>El DSR %1 no existe</translation>
    </message>
    <message>
        <source>DSR %1 became version %2 while this re-delivery was diffed against version %3; nothing was applied. Import the file again to review it against version %2.</source>
        <translation>El DSR %1 pasó a la versión %2 mientras este reenvío se comparaba con la versión %3; no se aplicó nada. Vuelva a importar el archivo para revisarlo frente a la versión %2.</translation>
    </message>
</context>
<context>
    <name>RemittanceActions</name>
    <message>
        <source>Name the failed remittances to retry</source>
        <translation>Indique las remesas fallidas que reintentar</translation>
    </message>
    <message>
        <source>%1 of %2 asked: %3</source>
        <translation>%1 de %2 pedidas: %3</translation>
    </message>
    <message>
        <source>all %1 dead letters</source>
        <translation>las %1 cartas muertas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A reset needs a product and a time range that ends after it starts</source>
        <translation>Un reinicio necesita un producto y un intervalo que termine después de empezar</translation>
    </message>
    <message>
        <source>%1 remittance(s) of %2 from %3 to %4%5</source>
        <translation>%1 remesa(s) de %2 del %3 al %4%5</translation>
    </message>
    <message>
        <source>, accounts %1</source>
        <translation>, cuentas %1</translation>
    </message>
    <message>
        <source>A recalculation needs a time range that ends after it starts</source>
        <translation>Un recálculo necesita un intervalo que termine después de empezar</translation>
    </message>
    <message>
        <source>Remittance %1: the difference %2 is beyond a single amount</source>
        <translation>Remesa %1: la diferencia %2 supera un importe individual</translation>
    </message>
    <message>
        <source>%1 remittance(s) from %2 to %3 corrected</source>
        <translation>%1 remesa(s) del %2 al %3 corregida(s)</translation>
    </message>
    <message>
        <source>no answer since before %1</source>
        <translation>sin respuesta desde antes de %1</translation>
    </message>
    <message>
        <source>%1 stuck item(s) older than %2 s marked %3</source>
        <translation>%1 elemento(s) atascado(s) de más de %2 s marcado(s) %3</translation>
    </message>
</context>
<context>
    <name>RemittanceBook</name>
    <message>
        <source>timestamp: "%1" is not an ISO 8601 time with a zone (…Z or ±hh:mm)</source>
        <translation>timestamp: «%1» no es una hora ISO 8601 con zona (…Z o ±hh:mm)</translation>
    </message>
    <message>
        <source>%1: missing or longer than 200 characters</source>
        <translation>%1: falta o supera los 200 caracteres</translation>
    </message>
    <message>
        <source>value: "%1" is not an exact decimal</source>
        <translation>value: «%1» no es un decimal exacto</translation>
    </message>
    <message>
        <source>No open window within a year for %1/%2/%3/%4</source>
        <translation>No hay ventana abierta en un año para %1/%2/%3/%4</translation>
    </message>
    <message>
        <source>aggregated from %1</source>
        <translation>agregada desde %1</translation>
    </message>
    <message>
        <source>Package %1 is not published: only published packages are remitted</source>
        <translation>El paquete %1 no está publicado: solo se remesan los paquetes publicados</translation>
    </message>
    <message>
        <source>Line %1 of package %2: the net %3 is beyond a single amount</source>
        <translation>Línea %1 del paquete %2: el neto %3 supera un importe individual</translation>
    </message>
    <message>
        <source>package %1 version %2</source>
        <translation>paquete %1 versión %2</translation>
    </message>
    <message>
        <source>the header lacks the column %1</source>
        <translation>al encabezado le falta la columna %1</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 campos, el encabezado tiene %2</translation>
    </message>
    <message>
        <source>remittance %1 changed while usage was added</source>
        <translation>la remesa %1 cambió mientras se añadía el uso</translation>
    </message>
    <message>
        <source>%1: a control character (%2)</source>
        <translation>%1: un carácter de control (%2)</translation>
    </message>
</context>
<context>
    <name>RemittanceMonitor</name>
    <message numerus="yes">
        <source>%1% of the remittances settled in the last %n hour(s) failed</source>
        <translation>
            <numerusform>el %1% de las remesas cerradas en la última %n hora falló</numerusform>
            <numerusform>el %1% de las remesas cerradas en las últimas %n horas falló</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remittance(s) stuck without an answer</source>
        <translation>
            <numerusform>%n remesa atascada sin respuesta</numerusform>
            <numerusform>%n remesas atascadas sin respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a dead letter has waited %n minute(s)</source>
        <translation>
            <numerusform>una carta muerta lleva %n minuto esperando</numerusform>
            <numerusform>una carta muerta lleva %n minutos esperando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemittanceSender</name>
    <message>
        <source>Another sender is running (%1)</source>
        <translation>Ya hay otro emisor en marcha (%1)</translation>
    </message>
    <message>
        <source>The sender lock is not held</source>
        <translation>El bloqueo del emisor no está tomado</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>nada que pagar</translation>
    </message>
    <message numerus="yes">
        <source>past the marketplace's %n-hour usage window</source>
        <translation>
            <numerusform>fuera del plazo de uso de %n hora del mercado</numerusform>
            <numerusform>fuera del plazo de uso de %n horas del mercado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past the %n-hour usage window</source>
        <translation>
            <numerusform>fuera del plazo de uso de %n hora</numerusform>
            <numerusform>fuera del plazo de uso de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot claim remittance %1</source>
        <translation>No se puede tomar la remesa %1</translation>
    </message>
    <message>
        <source>attempt %1 to %2</source>
        <translation>intento %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) failed; the last: %1</source>
        <translation>
            <numerusform>%n intento fallido; el último: %1</numerusform>
            <numerusform>%n intentos fallidos; el último: %1</numerusform>
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
        <translation>No existe el DSR %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Exportación cancelada</translation>
    </message>
</context>
<context>
    <name>ReportIdentity</name>
    <message>
        <source>%1: DSR %2 (%3) was imported for the same report while this file waited its turn; import this file again to review it as a re-delivery</source>
        <translation>%1: el DSR %2 (%3) se importó para el mismo informe mientras este archivo esperaba su turno; vuelva a importar este archivo para revisarlo como reenvío</translation>
    </message>
</context>
<context>
    <name>ResidualBuilder</name>
    <message>
        <source>Package %1 is %2: a published package is never rebuilt</source>
        <translation>El paquete %1 está %2: un paquete publicado nunca se vuelve a generar</translation>
    </message>
    <message>
        <source>Package %1 cannot be built: the rows of DSR(s) %2 in its partition were purged by the retention sweep. Delete the purged DSR(s) and import them again, or narrow the partition.</source>
        <translation>El paquete %1 no se puede generar: las filas de los DSR %2 de su partición se purgaron en el barrido de conservación. Elimine los DSR purgados e impórtelos de nuevo, o reduzca la partición.</translation>
    </message>
    <message>
        <source>No ingested DSR falls in the partition of package %1</source>
        <translation>Ningún DSR importado cae en la partición del paquete %1</translation>
    </message>
    <message>
        <source>Cannot read the resource totals of DSR %1</source>
        <translation>No se pueden leer los totales por recurso del DSR %1</translation>
    </message>
    <message>
        <source>Adjustment %1 (%2) applies to no line of the package</source>
        <translation>El ajuste %1 (%2) no afecta a ninguna línea del paquete</translation>
    </message>
    <message>
        <source>The lines do not add up to the partition in %1: %2 against %3; nothing was stored</source>
        <translation>Las líneas no suman lo mismo que la partición en %1: %2 frente a %3; no se guardó nada</translation>
    </message>
    <message>
        <source>Cannot store package %1: %2</source>
        <translation>No se puede guardar el paquete %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>version %1: %n line(s) from %2 DSR(s); %3</source>
        <translation>
            <numerusform>versión %1: %n línea de %2 DSR; %3</numerusform>
            <numerusform>versión %1: %n líneas de %2 DSR; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 has no version %2</source>
        <translation>El paquete %1 no tiene versión %2</translation>
    </message>
    <message numerus="yes">
        <source>version %1: %n line(s)</source>
        <translation>
            <numerusform>versión %1: %n línea</numerusform>
            <numerusform>versión %1: %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>another build or a publish changed it meanwhile (now version %1, %2); build it again</source>
        <translation>otra compilación o una publicación lo cambió mientras tanto (ahora versión %1, %2); vuelva a compilarlo</translation>
    </message>
</context>
<context>
    <name>ResourceTotals</name>
    <message>
        <source>The usages of resource %1 add up beyond the supported range</source>
        <translation>Los usos del recurso %1 suman más de lo admitido</translation>
    </message>
    <message>
        <source>Cannot store the resource totals: %1</source>
        <translation>No se pueden guardar los totales por recurso: %1</translation>
    </message>
</context>
<context>
    <name>RetainedSourceCheck</name>
    <message>
        <source>DSR %1 version %2: %3 rows kept, %4 when the package was built</source>
        <translation>DSR %1 versión %2: %3 filas conservadas, %4 al generar el paquete</translation>
    </message>
    <message>
        <source>%1 lines recompute from the kept rows, %2 are stored</source>
        <translation>%1 líneas se recalculan a partir de las filas conservadas, %2 están guardadas</translation>
    </message>
    <message>
        <source>line %1: recomputes as %2, stored as %3</source>
        <translation>línea %1: se recalcula como %2, guardada como %3</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>The retention window must be at least one day, not %1</source>
        <translation>El plazo de conservación debe ser de al menos un día, no %1</translation>
    </message>
</context>
<context>
    <name>RetentionSweep</name>
    <message>
        <source>the rows of DSR(s) %1 in its partition were purged by the retention sweep</source>
        <translation>las filas de los DSR %1 de su partición se purgaron en el barrido de conservación</translation>
    </message>
    <message>
        <source>delete the purged DSR(s) and import them again to rebuild</source>
        <translation>elimine los DSR purgados e impórtelos de nuevo para volver a generar</translation>
    </message>
    <message>
        <source>DSR %1: %2</source>
        <translation>DSR %1: %2</translation>
    </message>
</context>
<context>
    <name>RowHistory</name>
    <message>
        <source>row ids: %1</source>
        <translation>identificadores de fila: %1</translation>
    </message>
    <message>
        <source>row history: %1</source>
        <translation>historial de filas: %1</translation>
    </message>
    <message>
        <source>row %1 of DSR %2 changed during the review; compute the diff again</source>
        <translation>la fila %1 del DSR %2 cambió durante la revisión; vuelva a calcular las diferencias</translation>
    </message>
    <message>
        <source>row delete: %1</source>
        <translation>eliminación de fila: %1</translation>
    </message>
    <message>
        <source>row lines: %1</source>
        <translation>líneas de fila: %1</translation>
    </message>
</context>
<context>
    <name>SftpTarget</name>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>the server refused (%1)</source>
        <translation>el servidor se negó (%1)</translation>
    </message>
    <message>
        <source>Cannot start an SSH session</source>
        <translation>No se puede iniciar una sesión SSH</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>No se puede conectar con %1:%2: %3</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1:%2 HAS CHANGED (now %3). Someone may be intercepting the connection; nothing was sent. If the server's key really changed, remove its old entry from %4.</source>
        <translation>LA CLAVE DE HOST DE %1:%2 HA CAMBIADO (ahora %3). Alguien podría estar interceptando la conexión; no se envió nada. Si la clave del servidor cambió de verdad, elimine su entrada antigua de %4.</translation>
    </message>
    <message>
        <source>Cannot add the host key of %1 to %2: %3</source>
        <translation>No se puede añadir la clave de host de %1 a %2: %3</translation>
    </message>
    <message>
        <source>The host key of %1:%2 is unknown (%3); confirm its fingerprint first</source>
        <translation>La clave de host de %1:%2 es desconocida (%3); confirme antes su huella</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation>No se puede comprobar la clave de host de %1 con %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the key file %1</source>
        <translation>No se puede leer el archivo de clave %1</translation>
    </message>
    <message>
        <source>Permission denied: %1 cannot log in to %2 (%3)</source>
        <translation>Permiso denegado: %1 no puede iniciar sesión en %2 (%3)</translation>
    </message>
    <message>
        <source>%1 offers no SFTP: %2</source>
        <translation>%1 no ofrece SFTP: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 on %2: %3</source>
        <translation>No se puede escribir %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot move %1 into place on %2: %3</source>
        <translation>No se puede colocar %1 en su sitio en %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the copy %1 on %2: %3</source>
        <translation>No se puede leer la copia %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the copy %1 on %2</source>
        <translation>No se puede leer la copia %1 en %2</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>Statement: %1, version %2</source>
        <translation>Estado de cuenta: %1, versión %2</translation>
    </message>
    <message>
        <source>Package %1 (%2), built %3; base currency %4</source>
        <translation>Paquete %1 (%2), generado %3; moneda base %4</translation>
    </message>
    <message numerus="yes">
        <source>Per rights holder (%n lines)</source>
        <translation>
            <numerusform>Por titular de derechos (%n línea)</numerusform>
            <numerusform>Por titular de derechos (%n líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Titular de derechos</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Advance recouped</source>
        <translation>Anticipo recuperado</translation>
    </message>
    <message>
        <source>Net payable</source>
        <translation>Neto a pagar</translation>
    </message>
    <message>
        <source>(unallocated)</source>
        <translation>(sin asignar)</translation>
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
        <translation>No se puede crear la carpeta de entrada de estados %1</translation>
    </message>
</context>
<context>
    <name>StatusJournal</name>
    <message>
        <source>"%1" is not a status (%2)</source>
        <translation>«%1» no es un estado (%2)</translation>
    </message>
    <message>
        <source>Nothing is known of the dataflow %1</source>
        <translation>No se sabe nada del flujo %1</translation>
    </message>
    <message>
        <source>correlationId is missing</source>
        <translation>falta correlationId</translation>
    </message>
    <message>
        <source>timestamp "%1" is not an ISO 8601 time</source>
        <translation>timestamp «%1» no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>stage is missing</source>
        <translation>falta stage</translation>
    </message>
    <message>
        <source>status "%1" is not one of %2</source>
        <translation>status «%1» no es uno de %2</translation>
    </message>
    <message>
        <source>%1: a control character (%2)</source>
        <translation>%1: un carácter de control (%2)</translation>
    </message>
</context>
<context>
    <name>StreamReader</name>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>no se puede abrir el archivo (%1)</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>error de lectura (%1)</translation>
    </message>
    <message>
        <source>the gzip data is corrupt near byte %1 (%2)</source>
        <translation>los datos gzip están dañados cerca del byte %1 (%2)</translation>
    </message>
    <message>
        <source>the gzip stream is truncated: it ends after %1 bytes without its end marker</source>
        <translation>el flujo gzip está truncado: termina tras %1 bytes sin su marca final</translation>
    </message>
    <message>
        <source>the gzip data decompresses to more than %1 bytes, the limit gzip_max_bytes</source>
        <translation>los datos gzip se descomprimen en más de %1 bytes, el límite gzip_max_bytes</translation>
    </message>
    <message>
        <source>the gzip data expands more than %1 times (%2 bytes from %3), the limit gzip_max_ratio: a decompression bomb?</source>
        <translation>los datos gzip crecen más de %1 veces (%2 bytes a partir de %3), el límite gzip_max_ratio: ¿una bomba de descompresión?</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>TrackIndex</name>
    <message>
        <source>Cannot index the tracks: %1</source>
        <translation>No se pueden indexar las pistas: %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se puede confirmar: %1</translation>
    </message>
</context>
<context>
    <name>TsvDsrParser</name>
    <message>
        <source>line 1: the header must be "dsp_id, title, artists, isrc, usages, revenue" separated by tabs; found "%1"</source>
        <translation>línea 1: la cabecera debe ser «dsp_id, title, artists, isrc, usages, revenue» separada por tabuladores; se encontró «%1»</translation>
    </message>
</context>
<context>
    <name>TsvRowSource</name>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation>el archivo está vacío: no tiene línea de cabecera</translation>
    </message>
    <message>
        <source>the file has more than %1 lines, the most one DSR may hold</source>
        <translation>el archivo tiene más de %1 líneas, el máximo de un DSR</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>dsp_id</source>
        <translation>dsp_id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>artists</source>
        <translation>artistas</translation>
    </message>
    <message>
        <source>isrc</source>
        <translation>isrc</translation>
    </message>
    <message>
        <source>usages</source>
        <translation>usos</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>expected 6 tab-separated columns, found %1</source>
        <translation>se esperaban 6 columnas separadas por tabuladores; hay %1</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 no es UTF-8 válido</translation>
    </message>
    <message>
        <source>dsp_id is empty; a row cannot be matched to a resource without it</source>
        <translation>dsp_id está vacío; sin él la fila no puede asociarse a un recurso</translation>
    </message>
    <message>
        <source>%1 "%2" is not a whole number</source>
        <translation>%1 «%2» no es un número entero</translation>
    </message>
    <message>
        <source>%1 "%2" is negative</source>
        <translation>%1 «%2» es negativo</translation>
    </message>
    <message>
        <source>%1 "%2" is too large</source>
        <translation>%1 «%2» es demasiado grande</translation>
    </message>
    <message>
        <source>%1 "%2" is not a decimal number</source>
        <translation>%1 «%2» no es un número decimal</translation>
    </message>
    <message>
        <source>%1 is longer than the limit (%2 bytes)</source>
        <translation>%1 supera el límite (%2 bytes)</translation>
    </message>
    <message>
        <source>the line is longer than the limit (%1 bytes)</source>
        <translation>la línea supera el límite (%1 bytes)</translation>
    </message>
    <message>
        <source>the file has more lines than one DSR may hold (%1)</source>
        <translation>el archivo tiene más líneas de las que admite un DSR (%1)</translation>
    </message>
    <message>
        <source>missing value: %1</source>
        <translation>valor ausente: %1</translation>
    </message>
    <message>
        <source>%1 "%2" has more than 20 decimals; rounded half to even</source>
        <translation>%1 «%2» tiene más de 20 decimales; redondeado al par más cercano</translation>
    </message>
    <message>
        <source>isrc "%1" is not a valid ISRC; stored as given</source>
        <translation>isrc «%1» no es un ISRC válido; se guarda tal cual</translation>
    </message>
    <message>
        <source>blank line ignored</source>
        <translation>línea en blanco ignorada</translation>
    </message>
    <message>
        <source>the gzip header names the original file "%1"; the name on disk is used</source>
        <translation>la cabecera gzip nombra el archivo original «%1»; se usa el nombre en disco</translation>
    </message>
    <message>
        <source>unknown record type %1 without a heading line; the line is skipped</source>
        <translation>tipo de registro %1 desconocido y sin línea de encabezado; se omite la línea</translation>
    </message>
    <message>
        <source>the file has no %1 record</source>
        <translation>el archivo no tiene registro %1</translation>
    </message>
    <message>
        <source>SummaryRecordId "%1" names no summary record; the row is not imported</source>
        <translation>SummaryRecordId «%1» no corresponde a ningún registro de resumen; la fila no se importa</translation>
    </message>
    <message>
        <source>"%1" names no release or resource of the block; the row is not imported</source>
        <translation>«%1» no corresponde a ningún lanzamiento ni recurso del bloque; la fila no se importa</translation>
    </message>
    <message>
        <source>usages do not reconcile: %1</source>
        <translation>los usos no cuadran: %1</translation>
    </message>
    <message>
        <source>revenue does not reconcile: %1</source>
        <translation>los ingresos no cuadran: %1</translation>
    </message>
    <message>
        <source>the footer does not match the file: %1</source>
        <translation>el pie no coincide con el archivo: %1</translation>
    </message>
    <message>
        <source>the header disagrees with the file name: %1</source>
        <translation>la cabecera no coincide con el nombre del archivo: %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid ISWC</source>
        <translation>«%1» no es un ISWC válido</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 3166 territory code</source>
        <translation>«%1» no es un código de territorio ISO 3166</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>«%1» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>the MessageId was already used: %1</source>
        <translation>el MessageId ya se usó: %1</translation>
    </message>
    <message>
        <source>the summary's revenue cannot be allocated: %1</source>
        <translation>los ingresos del resumen no se pueden repartir: %1</translation>
    </message>
    <message>
        <source>several summary records share SummaryRecordId "%1"; its revenue is not allocated</source>
        <translation>varios registros de resumen comparten SummaryRecordId «%1»; sus ingresos no se reparten</translation>
    </message>
    <message>
        <source>a control character (%1) in a text field; the row is not imported</source>
        <translation>un carácter de control (%1) en un campo de texto; la fila no se importa</translation>
    </message>
    <message>
        <source>%1 more findings were counted but not kept (the limit ddex_max_findings)</source>
        <translation>%1 hallazgos más se contaron pero no se conservaron (el límite ddex_max_findings)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>zip error %1</source>
        <translation>error zip %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Royalty Desk: import, explore and account for digital sales reports.</source>
        <translation>Royalty Desk: importar, explorar y liquidar informes de ventas digitales.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>El archivo de la base de datos.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>The language (en, es, fr).</source>
        <translation>El idioma (en, es, fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Do not import the bundled sample DSRs into an empty database.</source>
        <translation>No importar los DSR de ejemplo incluidos en una base de datos vacía.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ARCHIVO...]</translation>
    </message>
    <message>
        <source>Royalty Desk</source>
        <translation>Royalty Desk</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PÁGINA</translation>
    </message>
    <message>
        <source>DSR files to import, or package zips to review (no database needed).</source>
        <translation>Archivos DSR que importar, o zips de paquetes que revisar (sin base de datos).</translation>
    </message>
    <message>
        <source>The page to open: imports, analytics, licensing (licensing:ISRC opens a track), packages (packages:ID) or remittances.</source>
        <translation>La página que abrir: imports, analytics, licensing (licensing:ISRC abre una pista), packages (packages:ID) o remittances.</translation>
    </message>
</context>
<context>
    <name>rd::cli</name>
    <message>
        <source>Usage: royaltydesk-cli %1</source>
        <translation>Uso: royaltydesk-cli %1</translation>
    </message>
    <message>
        <source>"%1" is not a DSR id</source>
        <translation>«%1» no es un identificador de DSR</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importando</translation>
    </message>
    <message>
        <source>ingested</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Reject a file if any row has an error.</source>
        <translation>Rechazar un archivo si alguna fila tiene un error.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Mostrar los resultados en JSON.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>  the attempt is recorded as DSR %1; see: royaltydesk-cli dsr %1</source>
        <translation>  el intento queda registrado como DSR %1; véase: royaltydesk-cli dsr %1</translation>
    </message>
    <message>
        <source>DSR %1  %2</source>
        <translation>DSR %1  %2</translation>
    </message>
    <message>
        <source>  rows %1  usages %2  revenue %3</source>
        <translation>  filas %1  usos %2  ingresos %3</translation>
    </message>
    <message>
        <source>  warnings %1  errors %2  %3 s  %4 rows/s</source>
        <translation>  avisos %1  errores %2  %3 s  %4 filas/s</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Mostrar la lista en JSON.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DSP</source>
        <translation>DSP</translation>
    </message>
    <message>
        <source>OFFER</source>
        <translation>OFERTA</translation>
    </message>
    <message>
        <source>TERRITORY</source>
        <translation>TERRITORIO</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERÍODO</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>MONEDA</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>FILAS</translation>
    </message>
    <message>
        <source>USAGES</source>
        <translation>USOS</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>INGRESOS</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>AVISOS</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>ERRORES</translation>
    </message>
    <message>
        <source>Print the DSR and its report as JSON.</source>
        <translation>Mostrar el DSR y su informe en JSON.</translation>
    </message>
    <message>
        <source>Show at most N report lines (0 for all; default 100).</source>
        <translation>Mostrar como máximo N líneas del informe (0 para todas; 100 por omisión).</translation>
    </message>
    <message>
        <source>The DSR id.</source>
        <translation>El identificador del DSR.</translation>
    </message>
    <message>
        <source>--limit takes a whole number</source>
        <translation>--limit requiere un número entero</translation>
    </message>
    <message>
        <source>There is no DSR %1.</source>
        <translation>No existe el DSR %1.</translation>
    </message>
    <message>
        <source>DSR %1: %2</source>
        <translation>DSR %1: %2</translation>
    </message>
    <message>
        <source>  status      %1</source>
        <translation>  estado      %1</translation>
    </message>
    <message>
        <source>  service     %1 %2%3</source>
        <translation>  servicio    %1 %2%3</translation>
    </message>
    <message>
        <source>  territory   %1</source>
        <translation>  territorio  %1</translation>
    </message>
    <message>
        <source>  period      %1 to %2</source>
        <translation>  período     %1 a %2</translation>
    </message>
    <message>
        <source>  currency    %1</source>
        <translation>  moneda      %1</translation>
    </message>
    <message>
        <source>  rows        %1</source>
        <translation>  filas       %1</translation>
    </message>
    <message>
        <source>  usages      %1</source>
        <translation>  usos        %1</translation>
    </message>
    <message>
        <source>  revenue     %1</source>
        <translation>  ingresos    %1</translation>
    </message>
    <message>
        <source>  missing     title %1, artists %2, isrc %3, usages %4, revenue %5</source>
        <translation>  ausentes    título %1, artistas %2, isrc %3, usos %4, ingresos %5</translation>
    </message>
    <message>
        <source>  sha256      %1</source>
        <translation>  sha256      %1</translation>
    </message>
    <message>
        <source>  imported    %1 (%2 ms)</source>
        <translation>  importado   %1 (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <source>Validation report: %n warning(s)</source>
        <translation>
            <numerusform>Informe de validación: %n aviso</numerusform>
            <numerusform>Informe de validación: %n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n error</numerusform>
            <numerusform>, %n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LÍNEA</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <source>(%1 of %2 report lines shown; use --limit 0 for all)</source>
        <translation>(se muestran %1 de %2 líneas del informe; use --limit 0 para verlas todas)</translation>
    </message>
    <message>
        <source>Deleted DSR %1 with its rows and report.</source>
        <translation>DSR %1 eliminado con sus filas y su informe.</translation>
    </message>
    <message>
        <source>Unknown option %1</source>
        <translation>Opción desconocida %1</translation>
    </message>
    <message>
        <source>Unknown command "%1"</source>
        <translation>Orden desconocida «%1»</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date (YYYY-MM-DD)</source>
        <translation>--%1: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Only DSRs of this territory (repeatable).</source>
        <translation>Solo los DSR de este territorio (repetible).</translation>
    </message>
    <message>
        <source>Only DSRs of this DSP (repeatable).</source>
        <translation>Solo los DSR de este DSP (repetible).</translation>
    </message>
    <message>
        <source>Only DSRs of this offer (repeatable).</source>
        <translation>Solo los DSR de esta oferta (repetible).</translation>
    </message>
    <message>
        <source>Only DSRs whose period starts on or after this date.</source>
        <translation>Solo los DSR cuyo periodo empieza en esta fecha o después.</translation>
    </message>
    <message>
        <source>Only DSRs whose period ends on or before this date.</source>
        <translation>Solo los DSR cuyo periodo termina en esta fecha o antes.</translation>
    </message>
    <message>
        <source>Show amounts in this original currency (only its DSRs) instead of the base currency.</source>
        <translation>Mostrar los importes en esta moneda original (solo sus DSR) en lugar de la moneda base.</translation>
    </message>
    <message>
        <source>Only resources whose title, artists or ISRC contain this text.</source>
        <translation>Solo los recursos cuyo título, artistas o ISRC contienen este texto.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado en JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rate(s) against %2 imported</source>
        <translation>
            <numerusform>%1: %n tipo de cambio frente a %2 importado</numerusform>
            <numerusform>%1: %n tipos de cambio frente a %2 importados</numerusform>
        </translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>RATE (PER %1)</source>
        <translation>TIPO (POR %1)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>Print the rates as JSON.</source>
        <translation>Mostrar los tipos de cambio en JSON.</translation>
    </message>
    <message>
        <source>import FILE... | list</source>
        <translation>import ARCHIVO... | list</translation>
    </message>
    <message>
        <source>The new base currency (ISO 4217).</source>
        <translation>La nueva moneda base (ISO 4217).</translation>
    </message>
    <message>
        <source>territory, period, dsp, offer or dsp-offer.</source>
        <translation>territory, period, dsp, offer o dsp-offer.</translation>
    </message>
    <message>
        <source>DSP / OFFER</source>
        <translation>DSP / OFERTA</translation>
    </message>
    <message>
        <source>DSRS</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>REVENUE (%1)</source>
        <translation>INGRESOS (%1)</translation>
    </message>
    <message>
        <source>Warning: no exchange rate into %1 is in force for %2; those DSRs are left out of the revenue (marked *). Import rates with "royaltydesk-cli rates import FILE".</source>
        <translation>Aviso: no hay ningún tipo de cambio a %1 vigente para %2; esos DSR quedan fuera de los ingresos (marcados con *). Importe tipos con «royaltydesk-cli rates import ARCHIVO».</translation>
    </message>
    <message>
        <source>Only DSRs of this territory.</source>
        <translation>Solo los DSR de este territorio.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe en JSON.</translation>
    </message>
    <message>
        <source>The share of total revenue, 1 to 100.</source>
        <translation>La parte de los ingresos totales, de 1 a 100.</translation>
    </message>
    <message>
        <source>N must be a whole number from 1 to 100, not "%1"</source>
        <translation>N debe ser un número entero de 1 a 100, no «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) make up the top %1% of %2 %3 (of %4 resources)</source>
        <translation>
            <numerusform>%n recurso suma el %1 % superior de %2 %3 (de %4 recursos)</numerusform>
            <numerusform>%n recursos suman el %1 % superior de %2 %3 (de %4 recursos)</numerusform>
        </translation>
    </message>
    <message>
        <source>DSP ID</source>
        <translation>ID DSP</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>ARTISTS</source>
        <translation>ARTISTAS</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>DSP_ID</source>
        <translation>DSP_ID</translation>
    </message>
    <message>
        <source>BEFORE (usages / revenue)</source>
        <translation>ANTES (usos / ingresos)</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>DESPUÉS</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… y %n cambio más</numerusform>
            <numerusform>… y %n cambios más</numerusform>
        </translation>
    </message>
    <message>
        <source>DSR %1  %2: version %3 applied</source>
        <translation>DSR %1  %2: versión %3 aplicada</translation>
    </message>
    <message>
        <source>DSR %1  %2: re-delivery, not applied</source>
        <translation>DSR %1  %2: nueva entrega, no aplicada</translation>
    </message>
    <message>
        <source>  created %1  updated %2  deleted %3  unchanged %4</source>
        <translation>  creadas %1  modificadas %2  eliminadas %3  sin cambios %4</translation>
    </message>
    <message>
        <source>  revenue delta %1  usages delta %2</source>
        <translation>  variación de ingresos %1  variación de usos %2</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>DSR %1 was not known yet on %2 (first imported %3).</source>
        <translation>El DSR %1 aún no se conocía el %2 (primera importación %3).</translation>
    </message>
    <message>
        <source>DSR %1 as known on %2: version %3 of %4</source>
        <translation>DSR %1 tal como se conocía el %2: versión %3 de %4</translation>
    </message>
    <message>
        <source>  file        %1</source>
        <translation>  archivo     %1</translation>
    </message>
    <message>
        <source>  applied     %1</source>
        <translation>  aplicada    %1</translation>
    </message>
    <message>
        <source>  revenue     %1 %2</source>
        <translation>  ingresos    %1 %2</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>APPLIED</source>
        <translation>APLICADA</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADAS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>MODIFICADAS</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>ELIMINADAS</translation>
    </message>
    <message>
        <source>REVENUE DELTA</source>
        <translation>VARIACIÓN DE INGRESOS</translation>
    </message>
    <message>
        <source>Apply a re-delivery (a file for an imported report) as the report's next version.</source>
        <translation>Aplicar una nueva entrega (un archivo de un informe ya importado) como la siguiente versión del informe.</translation>
    </message>
    <message>
        <source>DSR files: simple TSV or DDEX flat files (.tsv or .tsv.gz).</source>
        <translation>Archivos DSR: TSV simple o archivos planos DDEX (.tsv o .tsv.gz).</translation>
    </message>
    <message>
        <source>--replace and --dry-run exclude each other</source>
        <translation>--replace y --dry-run se excluyen mutuamente</translation>
    </message>
    <message>
        <source>Show the version that was known on this day (YYYY-MM-DD), and the history.</source>
        <translation>Mostrar la versión que se conocía ese día (AAAA-MM-DD) y el historial.</translation>
    </message>
    <message>
        <source> (allocated from the summaries, not reported per row)</source>
        <translation> (repartidos desde los resúmenes, no declarados por fila)</translation>
    </message>
    <message>
        <source> (partly allocated from the summaries)</source>
        <translation> (en parte repartidos desde los resúmenes)</translation>
    </message>
    <message>
        <source>  format      DDEX flat file, MessageId %1</source>
        <translation>  formato     archivo plano DDEX, MessageId %1</translation>
    </message>
    <message>
        <source>  version     %1 (re-delivered; the history: dsr %2 --as-of DATE)</source>
        <translation>  versión     %1 (entregado de nuevo; el historial: dsr %2 --as-of FECHA)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date (YYYY-MM-DD)</source>
        <translation>%1: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>"%1" is not an ISRC</source>
        <translation>«%1» no es un ISRC</translation>
    </message>
    <message>
        <source>Only this territory.</source>
        <translation>Solo este territorio.</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD).</source>
        <translation>Desde este día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD).</source>
        <translation>Hasta este día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The claims as known on this day (default today).</source>
        <translation>Las reclamaciones tal como se conocían ese día (hoy por omisión).</translation>
    </message>
    <message>
        <source> (without %1: no rate)</source>
        <translation> (sin %1: no hay tipo de cambio)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Licensing CSV files.</source>
        <translation>Archivos CSV de licencias.</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli rights import FILE...</source>
        <translation>uso: royaltydesk-cli rights import ARCHIVO...</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s) imported (rights import %2)</source>
        <translation>
            <numerusform>%1: %n reclamación importada (importación de derechos %2)</numerusform>
            <numerusform>%1: %n reclamaciones importadas (importación de derechos %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The track.</source>
        <translation>La pista.</translation>
    </message>
    <message>
        <source>ISO territory code.</source>
        <translation>Código ISO del territorio.</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD).</source>
        <translation>El día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>recording (default) or publishing.</source>
        <translation>recording (por omisión) o publishing.</translation>
    </message>
    <message>
        <source>--right-type: "%1" is not recording or publishing</source>
        <translation>--right-type: «%1» no es recording ni publishing</translation>
    </message>
    <message>
        <source>overclaimed</source>
        <translation>sobrerreclamada</translation>
    </message>
    <message>
        <source>fully licensed</source>
        <translation>licenciada por completo</translation>
    </message>
    <message>
        <source>unlicensed</source>
        <translation>sin licencia</translation>
    </message>
    <message>
        <source>partly licensed</source>
        <translation>licenciada en parte</translation>
    </message>
    <message>
        <source>%1 in %2 on %3 (%4 rights, as known on %5): %6% — %7</source>
        <translation>%1 en %2 el %3 (derechos %4, según lo conocido el %5): %6% — %7</translation>
    </message>
    <message>
        <source>RIGHTS HOLDER</source>
        <translation>TITULAR</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PARTE</translation>
    </message>
    <message>
        <source>VALID FROM</source>
        <translation>VÁLIDA DESDE</translation>
    </message>
    <message>
        <source>VALID TO</source>
        <translation>VÁLIDA HASTA</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>DSR %1 line %2</source>
        <translation>DSR %1 línea %2</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <source>Only this territory (with the worldwide claims).</source>
        <translation>Solo este territorio (con las reclamaciones mundiales).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n licensing event(s), as known on %2</source>
        <translation>
            <numerusform>%1: %n evento de licencia, según lo conocido el %2</numerusform>
            <numerusform>%1: %n eventos de licencia, según lo conocido el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>RIGHT TYPE</source>
        <translation>TIPO DE DERECHO</translation>
    </message>
    <message>
        <source>LICENSED SHARE FROM THEN ON</source>
        <translation>PARTE LICENCIADA DESDE ENTONCES</translation>
    </message>
    <message>
        <source>overclaims</source>
        <translation>sobrerreclamaciones</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>HASTA</translation>
    </message>
    <message>
        <source>TOTAL SHARE</source>
        <translation>PARTE TOTAL</translation>
    </message>
    <message>
        <source>CLAIMANTS</source>
        <translation>RECLAMANTES</translation>
    </message>
    <message numerus="yes">
        <source>%n overclaimed stretch(es)</source>
        <translation>
            <numerusform>%n tramo sobrerreclamado</numerusform>
            <numerusform>%n tramos sobrerreclamados</numerusform>
        </translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposición</translation>
    </message>
    <message>
        <source>LICENSED</source>
        <translation>LICENCIADA</translation>
    </message>
    <message>
        <source>(no ISRC)</source>
        <translation>(sin ISRC)</translation>
    </message>
    <message>
        <source>"%1" is not a package id</source>
        <translation>«%1» no es un id de paquete</translation>
    </message>
    <message>
        <source>--%1: "%2" is not an exact decimal</source>
        <translation>--%1: «%2» no es un decimal exacto</translation>
    </message>
    <message>
        <source>The package's name.</source>
        <translation>El nombre del paquete.</translation>
    </message>
    <message>
        <source>A territory of the partition (repeatable).</source>
        <translation>Un territorio de la partición (repetible).</translation>
    </message>
    <message>
        <source>First day of the partition.</source>
        <translation>Primer día de la partición.</translation>
    </message>
    <message>
        <source>Last day of the partition.</source>
        <translation>Último día de la partición.</translation>
    </message>
    <message>
        <source>Only this DSP (repeatable).</source>
        <translation>Solo este DSP (repetible).</translation>
    </message>
    <message>
        <source>Only this offer (repeatable).</source>
        <translation>Solo esta oferta (repetible).</translation>
    </message>
    <message>
        <source>The package id.</source>
        <translation>El id del paquete.</translation>
    </message>
    <message>
        <source>An exact amount (with --currency).</source>
        <translation>Un importe exacto (con --currency).</translation>
    </message>
    <message>
        <source>The amount's currency.</source>
        <translation>La moneda del importe.</translation>
    </message>
    <message>
        <source>A percentage of the scope's revenue.</source>
        <translation>Un porcentaje de los ingresos del ámbito.</translation>
    </message>
    <message>
        <source>Only this resource (ISRC or dsp_id).</source>
        <translation>Solo este recurso (ISRC o dsp_id).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Por qué (obligatorio).</translation>
    </message>
    <message>
        <source>give either --amount or --percent</source>
        <translation>indique --amount o --percent</translation>
    </message>
    <message>
        <source>give --resource or --territory, not both</source>
        <translation>indique --resource o --territory, no ambos</translation>
    </message>
    <message>
        <source>adjustment %1 added to package %2</source>
        <translation>ajuste %1 añadido al paquete %2</translation>
    </message>
    <message>
        <source>The rights holder.</source>
        <translation>El titular de derechos.</translation>
    </message>
    <message>
        <source>The amount advanced.</source>
        <translation>El importe anticipado.</translation>
    </message>
    <message>
        <source>Its currency.</source>
        <translation>Su moneda.</translation>
    </message>
    <message>
        <source>advance %1 added to package %2</source>
        <translation>anticipo %1 añadido al paquete %2</translation>
    </message>
    <message>
        <source>package %1 built: version %2</source>
        <translation>paquete %1 generado: versión %2</translation>
    </message>
    <message>
        <source>retraction record %1</source>
        <translation>registro de retirada %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>package %1 exported to %2</source>
        <translation>paquete %1 exportado a %2</translation>
    </message>
    <message>
        <source>The package zip.</source>
        <translation>El zip del paquete.</translation>
    </message>
    <message>
        <source>OK      %1</source>
        <translation>OK      %1</translation>
    </message>
    <message>
        <source>FAILED  %1</source>
        <translation>FALLO   %1</translation>
    </message>
    <message>
        <source>the package verifies</source>
        <translation>el paquete se verifica</translation>
    </message>
    <message>
        <source>the package does NOT verify</source>
        <translation>el paquete NO se verifica</translation>
    </message>
    <message>
        <source>package %1 published</source>
        <translation>paquete %1 publicado</translation>
    </message>
    <message>
        <source>package %1 retracted</source>
        <translation>paquete %1 retirado</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>TERRITORIES</source>
        <translation>TERRITORIOS</translation>
    </message>
    <message>
        <source>Print the package as JSON.</source>
        <translation>Imprimir el paquete en JSON.</translation>
    </message>
    <message>
        <source>There is no package %1</source>
        <translation>No existe el paquete %1</translation>
    </message>
    <message>
        <source>Package %1: %2 (%3, version %4)</source>
        <translation>Paquete %1: %2 (%3, versión %4)</translation>
    </message>
    <message>
        <source>  partition   %1, %2 to %3</source>
        <translation>  partición   %1, del %2 al %3</translation>
    </message>
    <message>
        <source>  STALE       %1</source>
        <translation>  OBSOLETO    %1</translation>
    </message>
    <message>
        <source>HOLDER</source>
        <translation>TITULAR</translation>
    </message>
    <message>
        <source>ADJUSTMENT</source>
        <translation>AJUSTE</translation>
    </message>
    <message>
        <source>RECOUPED</source>
        <translation>RECUPERADO</translation>
    </message>
    <message>
        <source>NET</source>
        <translation>NETO</translation>
    </message>
    <message>
        <source>(unallocated)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUIÉN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POR QUÉ</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli package create|adjust|advance|build|export|verify|publish|retract|copies|recopy|reverify|list|show …</source>
        <translation>uso: royaltydesk-cli package create|adjust|advance|build|export|verify|publish|retract|copies|recopy|reverify|list|show …</translation>
    </message>
    <message>
        <source>The new window, in days after import.</source>
        <translation>El nuevo plazo, en días tras la importación.</translation>
    </message>
    <message>
        <source>"%1" is not a number of days</source>
        <translation>«%1» no es un número de días</translation>
    </message>
    <message numerus="yes">
        <source>raw rows are kept %n day(s) after import</source>
        <translation>
            <numerusform>las filas se conservan %n día tras la importación</numerusform>
            <numerusform>las filas se conservan %n días tras la importación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSR %1  %2  imported %3  %n row(s)</source>
        <translation>
            <numerusform>DSR %1  %2  importado %3  %n fila</numerusform>
            <numerusform>DSR %1  %2  importado %3  %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>kept by package(s) %1</source>
        <translation>conservado por los paquetes %1</translation>
    </message>
    <message>
        <source>Report what would be purged, retained and flagged; change nothing.</source>
        <translation>Informar de lo que se purgaría, conservaría y marcaría; sin cambiar nada.</translation>
    </message>
    <message>
        <source>Sweep as of this date instead of today.</source>
        <translation>Barrer con esta fecha en lugar de hoy.</translation>
    </message>
    <message numerus="yes">
        <source>retention sweep as of %1 (dry run: nothing changed), window %n day(s)</source>
        <translation>
            <numerusform>barrido de conservación a %1 (simulación: nada cambió), plazo de %n día</numerusform>
            <numerusform>barrido de conservación a %1 (simulación: nada cambió), plazo de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention sweep as of %1, window %n day(s)</source>
        <translation>
            <numerusform>barrido de conservación a %1, plazo de %n día</numerusform>
            <numerusform>barrido de conservación a %1, plazo de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>would purge:</source>
        <translation>se purgarían:</translation>
    </message>
    <message>
        <source>purged:</source>
        <translation>purgados:</translation>
    </message>
    <message>
        <source>would retain for ever:</source>
        <translation>se conservarían para siempre:</translation>
    </message>
    <message>
        <source>retained for ever:</source>
        <translation>conservados para siempre:</translation>
    </message>
    <message>
        <source>package %1 (%2) is stale: %3</source>
        <translation>el paquete %1 (%2) está obsoleto: %3</translation>
    </message>
    <message>
        <source>nothing has expired</source>
        <translation>nada ha vencido</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli retention sweep [--dry-run] [--now YYYY-MM-DD] [--json] | retention window [DAYS]</source>
        <translation>uso: royaltydesk-cli retention sweep [--dry-run] [--now AAAA-MM-DD] [--json] | retention window [DÍAS]</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>DÓNDE</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The archive folder (a local disk or a mounted share).</source>
        <translation>La carpeta de archivo (un disco local o un recurso compartido montado).</translation>
    </message>
    <message>
        <source>The SFTP server.</source>
        <translation>El servidor SFTP.</translation>
    </message>
    <message>
        <source>Its port (default 22).</source>
        <translation>Su puerto (22 por omisión).</translation>
    </message>
    <message>
        <source>The user to log in as.</source>
        <translation>El usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>A private key file (without passphrase).</source>
        <translation>Un archivo de clave privada (sin frase de paso).</translation>
    </message>
    <message>
        <source>The environment variable that holds the password.</source>
        <translation>La variable de entorno que contiene la contraseña.</translation>
    </message>
    <message>
        <source>The known_hosts file that host keys are checked against.</source>
        <translation>El archivo known_hosts con el que se comprueban las claves de host.</translation>
    </message>
    <message>
        <source>The remote folder for the copies.</source>
        <translation>La carpeta remota para las copias.</translation>
    </message>
    <message>
        <source>The target id.</source>
        <translation>El id del destino.</translation>
    </message>
    <message>
        <source>"%1" is not a target id</source>
        <translation>«%1» no es un id de destino</translation>
    </message>
    <message>
        <source>target %1 enabled</source>
        <translation>destino %1 activado</translation>
    </message>
    <message>
        <source>target %1 disabled (its copies stay)</source>
        <translation>destino %1 desactivado (sus copias se quedan)</translation>
    </message>
    <message>
        <source>The fingerprint you checked with the server's administrator.</source>
        <translation>La huella que comprobó con el administrador del servidor.</translation>
    </message>
    <message>
        <source>the host key of %1 HAS CHANGED (now %2); it is not trusted</source>
        <translation>la clave de host de %1 HA CAMBIADO (ahora %2); no es de confianza</translation>
    </message>
    <message>
        <source>%1 is already known: %2</source>
        <translation>%1 ya es conocido: %2</translation>
    </message>
    <message>
        <source>The server presents %1. Check it with its administrator, then run:
  royaltydesk-cli targets trust %2 --fingerprint %1</source>
        <translation>El servidor presenta %1. Compruébelo con su administrador y ejecute:
  royaltydesk-cli targets trust %2 --fingerprint %1</translation>
    </message>
    <message>
        <source>the server presents %1, not %2; nothing was trusted</source>
        <translation>el servidor presenta %1, no %2; no se aprobó nada</translation>
    </message>
    <message>
        <source>%1 trusted; its key is added to the known_hosts file on the next copy</source>
        <translation>%1 de confianza; su clave se añade al archivo known_hosts en la próxima copia</translation>
    </message>
    <message>
        <source>there is no SFTP target %1</source>
        <translation>no existe el destino SFTP %1</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli targets list|add-local|add-sftp|enable|disable|trust …</source>
        <translation>uso: royaltydesk-cli targets list|add-local|add-sftp|enable|disable|trust …</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>WINDOW H</source>
        <translation>PLAZO H</translation>
    </message>
    <message>
        <source>MAX ATTEMPTS</source>
        <translation>INTENTOS MÁX</translation>
    </message>
    <message>
        <source>BACKOFF MS</source>
        <translation>ESPERA MS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>set</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>The marketplace.</source>
        <translation>El mercado.</translation>
    </message>
    <message>
        <source>Where remittances are POSTed (http or https).</source>
        <translation>Dónde se envían las remesas por POST (http o https).</translation>
    </message>
    <message>
        <source>A file holding the bearer token.</source>
        <translation>Un archivo con el token portador.</translation>
    </message>
    <message>
        <source>The usage window (default 6).</source>
        <translation>El plazo de uso (6 por omisión).</translation>
    </message>
    <message>
        <source>Attempts before the dead-letter queue (default 5).</source>
        <translation>Intentos antes de la cola de cartas muertas (5 por omisión).</translation>
    </message>
    <message>
        <source>The first retry delay (default 1000).</source>
        <translation>La primera espera entre reintentos (1000 por omisión).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>marketplace %1 saved</source>
        <translation>mercado %1 guardado</translation>
    </message>
    <message>
        <source>Remit the net payable lines of this published package.</source>
        <translation>Remesar las líneas netas a pagar de este paquete publicado.</translation>
    </message>
    <message>
        <source>CSV or JSON lines of {timestamp, marketplace, account, product, metric, value}.</source>
        <translation>CSV o líneas JSON de {timestamp, marketplace, account, product, metric, value}.</translation>
    </message>
    <message>
        <source>give a file or --package ID</source>
        <translation>indique un archivo o --package ID</translation>
    </message>
    <message>
        <source>%1 usage event(s): %2 new remittance(s), %3 late event(s) moved to the next open window</source>
        <translation>%1 evento(s) de uso: %2 remesa(s) nueva(s), %3 evento(s) tardío(s) movido(s) a la siguiente ventana abierta</translation>
    </message>
    <message>
        <source>Send what is due now, then stop.</source>
        <translation>Enviar lo pendiente ahora y parar.</translation>
    </message>
    <message>
        <source>Keep sending until nothing waits to be sent.</source>
        <translation>Seguir enviando hasta que no quede nada por enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n remittance attempt(s) made</source>
        <translation>
            <numerusform>%n intento de remesa hecho</numerusform>
            <numerusform>%n intentos de remesa hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Solo este estado.</translation>
    </message>
    <message>
        <source>Only this marketplace.</source>
        <translation>Solo este mercado.</translation>
    </message>
    <message>
        <source>Hours from this time on (ISO 8601).</source>
        <translation>Horas desde este momento (ISO 8601).</translation>
    </message>
    <message>
        <source>Hours before this time (ISO 8601).</source>
        <translation>Horas antes de este momento (ISO 8601).</translation>
    </message>
    <message>
        <source>Print JSON, with every attempt.</source>
        <translation>Imprimir JSON, con cada intento.</translation>
    </message>
    <message>
        <source>MARKETPLACE</source>
        <translation>MERCADO</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCTO</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>MÉTRICA</translation>
    </message>
    <message>
        <source>HOUR</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation>INTENTOS</translation>
    </message>
    <message>
        <source>%1: "%2" is not a day or an ISO 8601 time with a zone</source>
        <translation>%1: «%2» no es un día ni una hora ISO 8601 con zona</translation>
    </message>
    <message>
        <source>"%1" is not a remittance id</source>
        <translation>«%1» no es un id de remesa</translation>
    </message>
    <message>
        <source>Failed remittances.</source>
        <translation>Remesas fallidas.</translation>
    </message>
    <message>
        <source>%1 remittance(s) due again</source>
        <translation>%1 remesa(s) pendiente(s) de nuevo</translation>
    </message>
    <message>
        <source>Every dead letter.</source>
        <translation>Todas las cartas muertas.</translation>
    </message>
    <message>
        <source>Dead letters.</source>
        <translation>Cartas muertas.</translation>
    </message>
    <message>
        <source>Usage: royaltydesk-cli remit redrive (--all | ID...)</source>
        <translation>Uso: royaltydesk-cli remit redrive (--all | ID...)</translation>
    </message>
    <message>
        <source>%1 dead letter(s) re-driven</source>
        <translation>%1 carta(s) muerta(s) reenviada(s)</translation>
    </message>
    <message>
        <source>The product.</source>
        <translation>El producto.</translation>
    </message>
    <message>
        <source>From this hour (a day or an ISO 8601 time).</source>
        <translation>Desde esta hora (un día o una hora ISO 8601).</translation>
    </message>
    <message>
        <source>Up to this hour, not included.</source>
        <translation>Hasta esta hora, sin incluirla.</translation>
    </message>
    <message>
        <source>Only this account (repeatable).</source>
        <translation>Solo esta cuenta (repetible).</translation>
    </message>
    <message>
        <source>%1 pending remittance(s) reset to zero</source>
        <translation>%1 remesa(s) pendiente(s) puesta(s) a cero</translation>
    </message>
    <message>
        <source>%1 remittance(s) corrected</source>
        <translation>%1 remesa(s) corregida(s)</translation>
    </message>
    <message>
        <source>Stuck: no answer for this long (default 60).</source>
        <translation>Atascada: sin respuesta durante este tiempo (60 por omisión).</translation>
    </message>
    <message>
        <source>failed or unknown (default).</source>
        <translation>failed o unknown (por omisión).</translation>
    </message>
    <message>
        <source>--to: failed or unknown, not "%1"</source>
        <translation>--to: failed o unknown, no «%1»</translation>
    </message>
    <message>
        <source>%1 stuck remittance(s) reconciled</source>
        <translation>%1 remesa(s) atascada(s) conciliada(s)</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli remit marketplace|ingest|run|list|retry|redrive|reset|recalc|reconcile …</source>
        <translation>uso: royaltydesk-cli remit marketplace|ingest|run|list|retry|redrive|reset|recalc|reconcile …</translation>
    </message>
    <message>
        <source>A JSON-lines file of status messages.</source>
        <translation>Un archivo de líneas JSON con mensajes de estado.</translation>
    </message>
    <message>
        <source>%1 dataSetDetails and %2 status message(s) imported</source>
        <translation>%1 dataSetDetails y %2 mensaje(s) de estado importados</translation>
    </message>
    <message>
        <source>Only messages from this day on.</source>
        <translation>Solo los mensajes desde este día.</translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>The drop folder (default: status-inbox beside the database).</source>
        <translation>La carpeta de entrada (por omisión: status-inbox junto a la base de datos).</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importado %1</translation>
    </message>
    <message>
        <source>rejected %1</source>
        <translation>rechazado %1</translation>
    </message>
    <message>
        <source>The dataflow's correlation id.</source>
        <translation>El id de correlación del flujo.</translation>
    </message>
    <message>
        <source>dataflow %1: %2, %3</source>
        <translation>flujo %1: %2, %3</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>  %1 %2 version %3, %4 record(s)</source>
        <translation>  %1 %2 versión %3, %4 registro(s)</translation>
    </message>
    <message>
        <source>  now at %1 (%2)</source>
        <translation>  ahora en %1 (%2)</translation>
    </message>
    <message>
        <source>  records: %1 succeeded, %2 failed</source>
        <translation>  registros: %1 correctos, %2 fallidos</translation>
    </message>
    <message>
        <source>  why: %1 %2</source>
        <translation>  por qué: %1 %2</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message numerus="yes">
        <source>  %n line(s) quoting %1 itself at 1 passed over (the base needs no rate)</source>
        <translation>
            <numerusform>  %n línea que cotiza la propia %1 a 1 omitida (la base no necesita tipo)</numerusform>
            <numerusform>  %n líneas que cotizan la propia %1 a 1 omitidas (la base no necesita tipo)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: dry run, nothing written</source>
        <translation>%1: simulación, no se ha escrito nada</translation>
    </message>
    <message>
        <source>  would import rows %1  usages %2  revenue %3</source>
        <translation>  importaría filas %1  usos %2  ingresos %3</translation>
    </message>
    <message>
        <source>  warnings %1  errors %2</source>
        <translation>  avisos %1  errores %2</translation>
    </message>
    <message>
        <source>Validate the files and print what importing them would do, without writing anything.</source>
        <translation>Validar los archivos y mostrar lo que haría su importación, sin escribir nada.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>SHARE %</source>
        <translation>PARTE %</translation>
    </message>
    <message>
        <source>NET (%1)</source>
        <translation>NETO (%1)</translation>
    </message>
    <message>
        <source>CLAIMS</source>
        <translation>RECLAMACIONES</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>OVERCLAIMED</source>
        <translation>SOBRERRECLAMADA</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totales por moneda</translation>
    </message>
    <message>
        <source>LINES</source>
        <translation>LÍNEAS</translation>
    </message>
    <message>
        <source>ADJUSTMENTS</source>
        <translation>AJUSTES</translation>
    </message>
    <message>
        <source>NET PAYABLE</source>
        <translation>NETO A PAGAR</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>set KEY VALUE changes one limit.</source>
        <translation>set CLAVE VALOR cambia un límite.</translation>
    </message>
    <message>
        <source>usage: royaltydesk-cli limits [--json] | limits set KEY VALUE</source>
        <translation>uso: royaltydesk-cli limits [--json] | limits set CLAVE VALOR</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(por omisión %1)</translation>
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
        <translation>Uso: royaltydesk-cli [--db RUTA] [--lang IDIOMA] &lt;orden&gt; [opciones]

Órdenes:
  import [--strict] [--replace | --dry-run] [--json] ARCHIVO...
                                       importar archivos DSR: TSV simple o DDEX (.tsv o .tsv.gz)
  dsrs [--json]                        listar los DSR
  dsr ID [--json] [--limit N] [--as-of FECHA]
                                       mostrar un DSR y su informe de validación (o su historial)
  delete ID                            eliminar un DSR con sus filas y su informe
  rates import ARCHIVO... | rates list importar (CSV fecha,moneda,tipo) o listar tipos de cambio
  base-currency [CÓDIGO]               mostrar o fijar la moneda base (EUR por omisión)
  totals --by DIMENSIÓN [filtros]      usos e ingresos por territory|period|dsp|offer|dsp-offer
  percentile N [--territory CC] [--period-start F] [--period-end F] [--json]
                                       los recursos que suman el N% superior de los ingresos
  rights import ARCHIVO...             importar CSV de licencias (reclamaciones)
  licensed ISRC TERRITORIO FECHA [--as-known-on F] [--right-type T] [--json]
                                       la parte licenciada y las reclamaciones vigentes
  timeline ISRC [--territory CC] [--as-known-on F] [--json]
                                       los eventos de licencia de una pista
  overclaims [--territory CC] [--from F] [--to F] [--json]
                                       donde las reclamaciones suman más del 100%, con el uso
  exposure [--territory CC] [--from F] [--to F] [--json]
                                       usos e ingresos mientras la licencia era inferior al 100%
  package create --name N [--territory CC]... --period-start F --period-end F [--dsp X]... [--offer X]...
  package adjust ID (--amount I --currency M | --percent P) [--resource R | --territory CC] --reason TEXTO
  package advance ID --holder T --amount I --currency M
  package build|publish ID | package retract ID --reason TEXTO
  package export ID SALIDA.zip | package verify ARCHIVO.zip [--json]
  package list [--json] | package show ID [--json]
                                       paquetes de residuales: borrador, generar, exportar, publicar, retirar
  retention sweep [--dry-run] [--now F] [--json]
                                       purgar las filas vencidas y conservar las de los paquetes
  retention window [DÍAS]              mostrar o fijar el plazo (90 días tras la importación por omisión)
  limits [--json] | limits set CLAVE VALOR
                                       topes a la entrada hostil: gzip_max_bytes, gzip_max_ratio,
                                       ddex_max_findings
  package copies ID [--json] | package recopy ID | package reverify ID
                                       las copias conservadas de un paquete publicado, por destino
  targets list [--json] | targets add-local CARPETA | targets enable|disable ID
  targets add-sftp --host H [--port P] --user U (--key A | --password-env VAR) --known-hosts A --folder D
  targets trust ID [--fingerprint SHA256:…]
                                       dónde se copian los paquetes publicados (carpeta local, SFTP)
  status ID_CORRELACIÓN [--json] | status import ARCHIVO.jsonl | status export [--since F] | status inbox [CARPETA]
                                       el diario de estado de un flujo; mensajes de flujos externos
  remit marketplace add NOMBRE --url URL [--token-file A] [--window-hours H] [--max-attempts N] [--backoff-ms MS]
  remit marketplace list | remit ingest ARCHIVO | remit ingest --package ID
  remit run [--once | --until-idle] | remit list [--status E] [--marketplace M] [--from T] [--to T] [--json]
                                       remesas por hora: uso entrante, entrega exactamente una vez, la bandeja de salida
  remit retry ID... | remit redrive (--all | ID...) | remit reconcile [--older-than-minutes N] [--to failed|unknown]
  remit reset --product P --start T --end T (--account C)... | remit recalc --start T --end T
                                       recuperar: reintentar, reenviar cartas muertas, reiniciar, recalcular, conciliar atascadas

Opciones:
  --db RUTA       la base de datos (por omisión, la de la interfaz gráfica, %1)
  --lang IDIOMA   el idioma de los mensajes (en, es, fr)
  --version       mostrar la versión
  --help          mostrar esta ayuda
</translation>
    </message>
</context>
<context>
    <name>rd::ui::AdjustmentDialog</name>
    <message>
        <source>Add Adjustment</source>
        <translation>Añadir ajuste</translation>
    </message>
    <message>
        <source>Percentage of the revenue</source>
        <translation>Porcentaje de los ingresos</translation>
    </message>
    <message>
        <source>Exact amount</source>
        <translation>Importe exacto</translation>
    </message>
    <message>
        <source>The whole package</source>
        <translation>Todo el paquete</translation>
    </message>
    <message>
        <source>One territory</source>
        <translation>Un territorio</translation>
    </message>
    <message>
        <source>One resource (ISRC or DSP id)</source>
        <translation>Un recurso (ISRC o id del DSP)</translation>
    </message>
    <message>
        <source>e.g. -2.5 or 120.00</source>
        <translation>p. ej. -2.5 o 120.00</translation>
    </message>
    <message>
        <source>for an amount, e.g. EUR</source>
        <translation>para un importe, p. ej. EUR</translation>
    </message>
    <message>
        <source>required: why the residuals change</source>
        <translation>obligatorio: por qué cambian los residuales</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Se aplica a:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Cuál:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>The value must be an exact decimal number.</source>
        <translation>El valor debe ser un número decimal exacto.</translation>
    </message>
    <message>
        <source>An amount needs its currency (three letters).</source>
        <translation>Un importe necesita su moneda (tres letras).</translation>
    </message>
    <message>
        <source>Say which territory or resource.</source>
        <translation>Indique qué territorio o recurso.</translation>
    </message>
    <message>
        <source>Every adjustment needs a reason.</source>
        <translation>Cada ajuste necesita un motivo.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AdvanceDialog</name>
    <message>
        <source>Add Advance</source>
        <translation>Añadir anticipo</translation>
    </message>
    <message>
        <source>Rights &amp;holder:</source>
        <translation>&amp;Titular de derechos:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Name the rights holder, as in the claims.</source>
        <translation>Indique el titular de derechos, como en las reclamaciones.</translation>
    </message>
    <message>
        <source>The amount must be an exact decimal number.</source>
        <translation>El importe debe ser un número decimal exacto.</translation>
    </message>
    <message>
        <source>The currency has three letters.</source>
        <translation>La moneda tiene tres letras.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AnalyticsView</name>
    <message>
        <source>All territories</source>
        <translation>Todos los territorios</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Search title, artist or ISRC</source>
        <translation>Buscar título, artista o ISRC</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>PDF summary of this view…</source>
        <translation>Resumen PDF de esta vista…</translation>
    </message>
    <message>
        <source>Territory totals (CSV or XLSX)…</source>
        <translation>Totales por territorio (CSV o XLSX)…</translation>
    </message>
    <message>
        <source>Top resources (CSV or XLSX)…</source>
        <translation>Recursos principales (CSV o XLSX)…</translation>
    </message>
    <message>
        <source>Drill-down rows (CSV or XLSX)…</source>
        <translation>Filas del detalle (CSV o XLSX)…</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Tipos de cambio…</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territorio:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>DS&amp;P:</source>
        <translation>DS&amp;P:</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>O&amp;ferta:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <source>Export chart as PNG or SVG…</source>
        <translation>Exportar el gráfico como PNG o SVG…</translation>
    </message>
    <message>
        <source>Click a bar or point to see its rows; right-click to export</source>
        <translation>Haga clic en una barra o un punto para ver sus filas; clic derecho para exportar</translation>
    </message>
    <message>
        <source>Double-click a resource to see its rows</source>
        <translation>Doble clic en un recurso para ver sus filas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top resources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recursos principales&lt;/b&gt;</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <source>All DSPs</source>
        <translation>Todos los DSP</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>Todas las ofertas</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Moneda base</translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s) · %1 usages · revenue %2 %3</source>
        <translation>
            <numerusform>%n DSR · %1 usos · ingresos %2 %3</numerusform>
            <numerusform>%n DSR · %1 usos · ingresos %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Exactly %1 %2; amounts are rounded half to even only for display</source>
        <translation>Exactamente %1 %2; los importes se redondean a par solo al mostrarlos</translation>
    </message>
    <message>
        <source>No exchange rate into %1 is in force for %2. Those DSRs are left out of every revenue total below; import or enter rates with "Exchange rates…".</source>
        <translation>No hay ningún tipo de cambio a %1 vigente para %2. Esos DSR quedan fuera de todos los totales de ingresos; importe o introduzca tipos con «Tipos de cambio…».</translation>
    </message>
    <message>
        <source>Rows behind &lt;b&gt;%1&lt;/b&gt; (%2), with the current filters</source>
        <translation>Filas de &lt;b&gt;%1&lt;/b&gt; (%2), con los filtros actuales</translation>
    </message>
    <message>
        <source>Rows of &lt;b&gt;%1&lt;/b&gt;, with the current filters</source>
        <translation>Filas de &lt;b&gt;%1&lt;/b&gt;, con los filtros actuales</translation>
    </message>
    <message>
        <source>all territories</source>
        <translation>todos los territorios</translation>
    </message>
    <message>
        <source>periods %1 to %2</source>
        <translation>periodos del %1 al %2</translation>
    </message>
    <message>
        <source>DSP %1</source>
        <translation>DSP %1</translation>
    </message>
    <message>
        <source>offer %1</source>
        <translation>oferta %1</translation>
    </message>
    <message>
        <source>base currency</source>
        <translation>moneda base</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <source>search "%1"</source>
        <translation>búsqueda «%1»</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Exportar resumen PDF</translation>
    </message>
    <message>
        <source>analytics-summary.pdf</source>
        <translation>resumen-analitico.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No DSR matches these filters</source>
        <translation>Ningún DSR coincide con estos filtros</translation>
    </message>
    <message>
        <source>No match for “%1” with these filters</source>
        <translation>Sin coincidencias para «%1» con estos filtros</translation>
    </message>
    <message>
        <source>No DSR matches these filters.</source>
        <translation>Ningún DSR coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No match for “%1”.</source>
        <translation>Sin coincidencias para «%1».</translation>
    </message>
</context>
<context>
    <name>rd::ui::ChartPanels</name>
    <message>
        <source>%1 usages</source>
        <translation>%1 usos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s) left out: no exchange rate in force</source>
        <translation>
            <numerusform>%n DSR excluido: sin tipo de cambio vigente</numerusform>
            <numerusform>%n DSR excluidos: sin tipo de cambio vigente</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue by territory (%1)</source>
        <translation>Ingresos por territorio (%1)</translation>
    </message>
    <message>
        <source>Usages by territory</source>
        <translation>Usos por territorio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Revenue over time (%1)</source>
        <translation>Ingresos en el tiempo (%1)</translation>
    </message>
    <message>
        <source>Usages over time</source>
        <translation>Usos en el tiempo</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Periodo anterior: %1</translation>
    </message>
    <message>
        <source>Split by DSP and offer (%1)</source>
        <translation>Reparto por DSP y oferta (%1)</translation>
    </message>
    <message>
        <source>Usages by DSP and offer</source>
        <translation>Usos por DSP y oferta</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>period start</source>
        <translation>inicio del período</translation>
    </message>
    <message>
        <source>Same span one period earlier</source>
        <translation>El mismo lapso un período antes</translation>
    </message>
</context>
<context>
    <name>rd::ui::ClaimsModel</name>
    <message>
        <source>DSR %1, line %2</source>
        <translation>DSR %1, línea %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Known from</source>
        <translation>Conocida desde</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>rd::ui::DashboardModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>carta muerta</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>gratuita</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>rd::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>rd::ui::DiffChangesModel</name>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>dsp_id</source>
        <translation>dsp_id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Usages before</source>
        <translation>Usos antes</translation>
    </message>
    <message>
        <source>Usages after</source>
        <translation>Usos después</translation>
    </message>
    <message>
        <source>Revenue before</source>
        <translation>Ingresos antes</translation>
    </message>
    <message>
        <source>Revenue after</source>
        <translation>Ingresos después</translation>
    </message>
    <message>
        <source>Revenue before (%1)</source>
        <translation>Ingresos antes (%1)</translation>
    </message>
    <message>
        <source>Revenue after (%1)</source>
        <translation>Ingresos después (%1)</translation>
    </message>
</context>
<context>
    <name>rd::ui::DrillRowsModel</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>DSR</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>DSP</source>
        <translation>DSP</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>DSP ID</source>
        <translation>ID DSP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Artistas</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
</context>
<context>
    <name>rd::ui::DsrTableModel</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Ingested</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Failed (interrupted)</source>
        <translation>Fallido (interrumpido)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
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
        <translation>Exacto: %1 %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Re-delivered: version %1 applies</source>
        <translation>Reenviado: se aplica la versión %1</translation>
    </message>
    <message>
        <source>As first imported</source>
        <translation>Tal como se importó</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::ExposureModel</name>
    <message>
        <source>(no ISRC)</source>
        <translation>(sin ISRC)</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Lowest licensed share</source>
        <translation>Parte licenciada mínima</translation>
    </message>
    <message>
        <source>DSRs</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Exact: %1 %2</source>
        <translation>Exacto: %1 %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::HelpDialog</name>
    <message>
        <source>Royalty Desk Help</source>
        <translation>Ayuda de Royalty Desk</translation>
    </message>
    <message>
        <source>Royalty Desk</source>
        <translation>Royalty Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;Royalty Desk imports the digital sales reports (DSRs) that streaming services send, checks every row, and keeps them exact to the last decimal, so that you can explore usage and revenue, follow licensing, build residual packages for rights holders and monitor remittances.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Royalty Desk importa los informes de ventas digitales (DSR) que envían los servicios de streaming, comprueba cada fila y los conserva exactos hasta el último decimal, para que pueda explorar usos e ingresos, seguir las licencias, preparar paquetes residuales para los titulares de derechos y supervisar las remesas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import DSRs&lt;/b&gt; with &lt;i&gt;File › Import DSRs…&lt;/i&gt; (Ctrl+I) or by dropping files on the window. Each file becomes a row of the &lt;i&gt;Imports&lt;/i&gt; page; double-click it for its validation report.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add exchange rates&lt;/b&gt; on the &lt;i&gt;Analytics&lt;/i&gt; page (&lt;i&gt;Exchange rates…&lt;/i&gt;) so that totals add up in your base currency. A DSR without a rate in force is left out of revenue totals and the page says which.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import claims&lt;/b&gt; on the &lt;i&gt;Licensing&lt;/i&gt; page (&lt;i&gt;Import Claims…&lt;/i&gt;) to see, for any track, territory and day, how much was licensed, which claims overlap and what was used while unlicensed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Build a package&lt;/b&gt; on the &lt;i&gt;Packages&lt;/i&gt; page: choose the territories and periods, add adjustments and advances, build, review and publish. Exported packages can be verified offline by anyone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Monitor remittances&lt;/b&gt; on the &lt;i&gt;Remittances&lt;/i&gt; page once a marketplace is set up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;On first start the database holds five sample DSRs, sample exchange rates and sample claims, so that every page has something to show.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Importe DSR&lt;/b&gt; con &lt;i&gt;Archivo › Importar DSR…&lt;/i&gt; (Ctrl+I) o soltando archivos en la ventana. Cada archivo es una fila de la página &lt;i&gt;Importaciones&lt;/i&gt;; haga doble clic en ella para ver su informe de validación.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Añada tipos de cambio&lt;/b&gt; en la página &lt;i&gt;Análisis&lt;/i&gt; (&lt;i&gt;Tipos de cambio…&lt;/i&gt;) para que los totales sumen en su moneda base. Un DSR sin tipo vigente queda fuera de los totales de ingresos y la página indica cuál.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importe reclamaciones&lt;/b&gt; en la página &lt;i&gt;Licencias&lt;/i&gt; (&lt;i&gt;Importar reclamaciones…&lt;/i&gt;) para ver, para cualquier pista, territorio y día, cuánto estaba licenciado, qué reclamaciones se solapan y qué se usó sin licencia.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Prepare un paquete&lt;/b&gt; en la página &lt;i&gt;Paquetes&lt;/i&gt;: elija territorios y períodos, añada ajustes y anticipos, genere, revise y publique. Cualquiera puede verificar sin conexión los paquetes exportados.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Supervise las remesas&lt;/b&gt; en la página &lt;i&gt;Remesas&lt;/i&gt; una vez configurado un mercado.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;En el primer arranque la base de datos contiene cinco DSR de ejemplo, tipos de cambio de ejemplo y reclamaciones de ejemplo, para que cada página muestre algo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File formats</source>
        <translation>Formatos de archivo</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Simple TSV DSRs&lt;/b&gt; (&lt;tt&gt;.tsv&lt;/tt&gt; or &lt;tt&gt;.tsv.gz&lt;/tt&gt;): a header line, then one line per sound recording with the tab-separated columns &lt;tt&gt;dsp_id, title, artists, isrc, usages, revenue&lt;/tt&gt;. The file name says what the report covers: &lt;tt&gt;Dsp_Offer[_Society]_Territory_Currency_YYYYMMDD-YYYYMMDD.tsv&lt;/tt&gt;, for example &lt;tt&gt;Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;DSR TSV simples&lt;/b&gt; (&lt;tt&gt;.tsv&lt;/tt&gt; o &lt;tt&gt;.tsv.gz&lt;/tt&gt;): una línea de encabezado y luego una línea por grabación sonora con las columnas separadas por tabuladores &lt;tt&gt;dsp_id, title, artists, isrc, usages, revenue&lt;/tt&gt;. El nombre del archivo dice qué cubre el informe: &lt;tt&gt;Dsp_Oferta[_Sociedad]_Territorio_Moneda_AAAAMMDD-AAAAMMDD.tsv&lt;/tt&gt;, por ejemplo &lt;tt&gt;Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DDEX DSR flat files&lt;/b&gt; (&lt;tt&gt;DSR_…_1of1_….tsv&lt;/tt&gt;): the HEAD, summary, block and FOOT records of the DDEX DSRF profiles, tab-separated. A report in several files is imported once all its parts are present. Summaries are reconciled against their rows and every difference is listed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Archivos planos DSR de DDEX&lt;/b&gt; (&lt;tt&gt;DSR_…_1of1_….tsv&lt;/tt&gt;): los registros HEAD, de resumen, de bloque y FOOT de los perfiles DDEX DSRF, separados por tabuladores. Un informe en varios archivos se importa cuando están todas sus partes. Los resúmenes se concilian con sus filas y se lista cada diferencia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Exchange rates&lt;/b&gt;: a CSV of &lt;tt&gt;date,currency,rate&lt;/tt&gt;, the rate being units of the currency per one unit of the base (&lt;tt&gt;2020-01-31,NOK,10.0&lt;/tt&gt;). A line quoting the base itself at 1 is passed over.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Claims&lt;/b&gt;: a CSV with the columns &lt;tt&gt;isrc, territory, rights_holder, share, valid_from&lt;/tt&gt; and optionally &lt;tt&gt;valid_to, known_from, known_to, right_type, source&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Usage events&lt;/b&gt; for remittances: CSV or JSON lines of &lt;tt&gt;timestamp, marketplace, account, product, metric, value&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tipos de cambio&lt;/b&gt;: un CSV de &lt;tt&gt;date,currency,rate&lt;/tt&gt;, siendo el tipo las unidades de la moneda por una unidad de la base (&lt;tt&gt;2020-01-31,NOK,10.0&lt;/tt&gt;). Una línea que cotiza la propia base a 1 se omite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reclamaciones&lt;/b&gt;: un CSV con las columnas &lt;tt&gt;isrc, territory, rights_holder, share, valid_from&lt;/tt&gt; y opcionalmente &lt;tt&gt;valid_to, known_from, known_to, right_type, source&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eventos de uso&lt;/b&gt; para las remesas: CSV o líneas JSON de &lt;tt&gt;timestamp, marketplace, account, product, metric, value&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When a file is refused</source>
        <translation>Cuando se rechaza un archivo</translation>
    </message>
    <message>
        <source>&lt;p&gt;A file is imported whole or not at all. In &lt;i&gt;Strict Mode&lt;/i&gt; (File menu) any row with an error refuses the file; otherwise the valid rows are imported and the others are listed in the validation report with their line and field. A file from which no row can be imported is listed as failed, with the reason. A corrected file for a report that is already imported opens a review of what it changes before it is applied as the report's next version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un archivo se importa entero o no se importa. En &lt;i&gt;Modo estricto&lt;/i&gt; (menú Archivo) cualquier fila con un error rechaza el archivo; si no, se importan las filas válidas y las demás se listan en el informe de validación con su línea y campo. Un archivo del que no puede importarse ninguna fila figura como fallido, con el motivo. Un archivo corregido de un informe ya importado abre una revisión de lo que cambia antes de aplicarse como la siguiente versión del informe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;table cellpadding="3"&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Import DSRs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Validation report of the selected DSR&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search on the page in view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Refresh the page in view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+O&lt;/td&gt;&lt;td&gt;Open an exported package&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;This guide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Q&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding="3"&gt;&lt;tr&gt;&lt;td&gt;Ctrl+I&lt;/td&gt;&lt;td&gt;Importar DSR&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Informe de validación del DSR seleccionado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Buscar en la página visible&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Actualizar la página visible&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Mayús+O&lt;/td&gt;&lt;td&gt;Abrir un paquete exportado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;Esta guía&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Q&lt;/td&gt;&lt;td&gt;Salir&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The command-line tool &lt;tt&gt;royaltydesk-cli&lt;/tt&gt; does the same from scripts; &lt;tt&gt;royaltydesk-cli --help&lt;/tt&gt; lists its commands.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La herramienta de línea de órdenes &lt;tt&gt;royaltydesk-cli&lt;/tt&gt; hace lo mismo desde scripts; &lt;tt&gt;royaltydesk-cli --help&lt;/tt&gt; lista sus órdenes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportController</name>
    <message>
        <source>Importing DSRs</source>
        <translation>Importando DSR</translation>
    </message>
    <message>
        <source>Import canceled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)
%4 rows</source>
        <translation>Importando %1 (%2 de %3)
%4 filas</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportsView</name>
    <message>
        <source>Filter by service, territory, period, file…</source>
        <translation>Filtrar por servicio, territorio, período, archivo…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Ingested</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot read the DSR list: %1</source>
        <translation>No se puede leer la lista de DSR: %1</translation>
    </message>
    <message>
        <source>%1 of %2 DSRs shown</source>
        <translation>Se muestran %1 de %2 DSR</translation>
    </message>
</context>
<context>
    <name>rd::ui::InputLimitsDialog</name>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Input Limits</source>
        <translation>Límites de entrada</translation>
    </message>
    <message>
        <source>Caps on what a broken or hostile file may cost. A file that exceeds one is refused with an error that names the file and the limit, and nothing of it is kept.</source>
        <translation>Topes a lo que puede costar un archivo defectuoso u hostil. Un archivo que supera uno se rechaza con un error que nombra el archivo y el límite, y no se conserva nada de él.</translation>
    </message>
    <message>
        <source>Decompressed size of one gzip file:</source>
        <translation>Tamaño descomprimido de un archivo gzip:</translation>
    </message>
    <message>
        <source>Expansion of one gzip file, at most:</source>
        <translation>Expansión máxima de un archivo gzip:</translation>
    </message>
    <message>
        <source>DDEX findings kept per report:</source>
        <translation>Hallazgos DDEX conservados por informe:</translation>
    </message>
    <message>
        <source>gzip_max_bytes: a decompression bomb stops here, before it fills the disk</source>
        <translation>gzip_max_bytes: una bomba de descompresión se detiene aquí, antes de llenar el disco</translation>
    </message>
    <message>
        <source>gzip_max_ratio: real DSRs compress 4 to 12 times; judged after the first 64 MiB</source>
        <translation>gzip_max_ratio: los DSR reales se comprimen de 4 a 12 veces; se evalúa tras los primeros 64 MiB</translation>
    </message>
    <message>
        <source>ddex_max_findings: the findings past it are counted, and the count reported</source>
        <translation>ddex_max_findings: los hallazgos que lo superan se cuentan y se informa el recuento</translation>
    </message>
    <message>
        <source>Package lines shown by the review:</source>
        <translation>Líneas de paquete que muestra la revisión:</translation>
    </message>
    <message>
        <source>review_max_lines: the review's totals and charts always cover every line</source>
        <translation>review_max_lines: los totales y gráficos de la revisión abarcan siempre todas las líneas</translation>
    </message>
    <message>
        <source>&lt;b&gt;This book&lt;/b&gt; (every workstation and the command line)</source>
        <translation>&lt;b&gt;Este libro&lt;/b&gt; (todos los puestos y la línea de órdenes)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workstation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este puesto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the book's limits…</source>
        <translation>Leyendo los límites del libro…</translation>
    </message>
    <message>
        <source>Cannot read the limits: %1</source>
        <translation>No se pueden leer los límites: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Cannot save the limits: %1</source>
        <translation>No se pueden guardar los límites: %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::LicensingView</name>
    <message>
        <source>Case file…</source>
        <translation>Expediente…</translation>
    </message>
    <message>
        <source>Find a track by ISRC, title or artist</source>
        <translation>Buscar una pista por ISRC, título o artista</translation>
    </message>
    <message>
        <source>Replay what was known on this day: only claims learned by then, and not withdrawn by then, count.</source>
        <translation>Reproducir lo que se sabía ese día: solo cuentan las reclamaciones conocidas entonces y no retiradas entonces.</translation>
    </message>
    <message>
        <source>Export the track's case file: a PDF with the timeline, claims, events and exposed usage, and a CSV of the same data.</source>
        <translation>Exportar el expediente de la pista: un PDF con la cronología, las reclamaciones, los eventos y el uso expuesto, y un CSV con los mismos datos.</translation>
    </message>
    <message>
        <source>As known on:</source>
        <translation>Según lo conocido el:</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Claims of the selected band</source>
        <translation>Reclamaciones del tramo seleccionado</translation>
    </message>
    <message>
        <source>Run overclaim report</source>
        <translation>Calcular el informe de sobrerreclamaciones</translation>
    </message>
    <message>
        <source>Run exposure report</source>
        <translation>Calcular el informe de exposición</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Overclaims</source>
        <translation>Sobrerreclamaciones</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Indexing tracks…</source>
        <translation>Indexando pistas…</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) newly indexed</source>
        <translation>
            <numerusform>%n pista indexada ahora</numerusform>
            <numerusform>%n pistas indexadas ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>Exportar expediente</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Wrote %1 and %2</source>
        <translation>Se escribieron %1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overclaimed stretch(es)</source>
        <translation>
            <numerusform>%n tramo sobrerreclamado</numerusform>
            <numerusform>%n tramos sobrerreclamados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track-territory row(s) with exposed usage</source>
        <translation>
            <numerusform>%n fila pista-territorio con uso expuesto</numerusform>
            <numerusform>%n filas pista-territorio con uso expuesto</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Claims…</source>
        <translation>Importar reclamaciones…</translation>
    </message>
    <message>
        <source>Import a licensing CSV: isrc, territory, rights_holder, share, valid_from, and optionally valid_to, known_from, known_to, right_type, source. A file with any problem is refused whole.</source>
        <translation>Importar un CSV de licencias: isrc, territory, rights_holder, share, valid_from y opcionalmente valid_to, known_from, known_to, right_type, source. Un archivo con cualquier problema se rechaza entero.</translation>
    </message>
    <message>
        <source>Import Claims</source>
        <translation>Importar reclamaciones</translation>
    </message>
    <message>
        <source>Licensing CSV (*.csv);;All files (*)</source>
        <translation>CSV de licencias (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No claims and no usage for this track as known on %1</source>
        <translation>Sin reclamaciones ni usos para esta pista según lo conocido el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s), unlicensed throughout: no claim covers the track as known on %1; %2 DSR period(s) with usage</source>
        <translation>
            <numerusform>%n carril, sin licencia en todo momento: ninguna reclamación cubre la pista según lo conocido el %1; %2 período(s) de DSR con uso</numerusform>
            <numerusform>%n carriles, sin licencia en todo momento: ninguna reclamación cubre la pista según lo conocido el %1; %2 período(s) de DSR con uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) with %1 licensed band(s), %2 licensing event(s), %3 DSR period(s) with usage; claims as known on %4</source>
        <translation>
            <numerusform>%n carril con %1 franja(s) licenciada(s), %2 evento(s) de licencia, %3 período(s) de DSR con uso; reclamaciones según lo conocido el %4</numerusform>
            <numerusform>%n carriles con %1 franja(s) licenciada(s), %2 evento(s) de licencia, %3 período(s) de DSR con uso; reclamaciones según lo conocido el %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing claims from %1…</source>
        <translation>Importando reclamaciones de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s) imported</source>
        <translation>
            <numerusform>%1: %n reclamación importada</numerusform>
            <numerusform>%1: %n reclamaciones importadas</numerusform>
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
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;Import DSRs…</source>
        <translation>&amp;Importar DSR…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Delete DSR…</source>
        <translation>&amp;Eliminar DSR…</translation>
    </message>
    <message>
        <source>Delete the selected DSRs with their rows and reports</source>
        <translation>Eliminar los DSR seleccionados con sus filas e informes</translation>
    </message>
    <message>
        <source>Validation &amp;Report…</source>
        <translation>Info&amp;rme de validación…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show the validation report of the selected DSR</source>
        <translation>Mostrar el informe de validación del DSR seleccionado</translation>
    </message>
    <message>
        <source>&amp;Strict Mode</source>
        <translation>Modo e&amp;stricto</translation>
    </message>
    <message>
        <source>Reject a whole file when any of its rows has an error</source>
        <translation>Rechazar un archivo entero si alguna de sus filas tiene un error</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Royalty Desk</source>
        <translation>&amp;Acerca de Royalty Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Import DSRs</source>
        <translation>Importar DSR</translation>
    </message>
    <message>
        <source>DSR files (*.tsv *.tsv.gz);;All files (*)</source>
        <translation>Archivos DSR (*.tsv *.tsv.gz);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n DSR(s)</source>
        <translation>
            <numerusform>%n DSR importado</numerusform>
            <numerusform>%n DSR importados</numerusform>
        </translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problemas de importación</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>No se pudo importar %n archivo.</numerusform>
            <numerusform>No se pudieron importar %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete DSRs</source>
        <translation>Eliminar DSR</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n DSR(s) with all their rows and validation reports? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n DSR con todas sus filas e informes de validación? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n DSR con todas sus filas e informes de validación? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Error al eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n DSR(s)</source>
        <translation>
            <numerusform>%n DSR eliminado</numerusform>
            <numerusform>%n DSR eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>About Royalty Desk</source>
        <translation>Acerca de Royalty Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Royalty Desk %1&lt;/h3&gt;&lt;p&gt;Import, explore and account for digital sales reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Royalty Desk %1&lt;/h3&gt;&lt;p&gt;Importe, explore y liquide informes de ventas digitales.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Import DSR files: simple TSV or DDEX flat files (.tsv or .tsv.gz)</source>
        <translation>Importar archivos DSR: TSV simple o archivos planos DDEX (.tsv o .tsv.gz)</translation>
    </message>
    <message numerus="yes">
        <source>%n re-delivery(ies) to review</source>
        <translation>
            <numerusform>%n nueva entrega por revisar</numerusform>
            <numerusform>%n nuevas entregas por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Open &amp;Package…</source>
        <translation>Abrir &amp;paquete…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Review an exported package zip, read-only, and verify its checksums</source>
        <translation>Revisar un zip de paquete exportado, en solo lectura, y verificar sus sumas</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>Abrir paquete</translation>
    </message>
    <message>
        <source>Package zips (*.zip)</source>
        <translation>Zips de paquetes (*.zip)</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>Remesas</translation>
    </message>
    <message numerus="yes">
        <source>Status messages: %n file(s) imported</source>
        <translation>
            <numerusform>Mensajes de estado: %n archivo importado</numerusform>
            <numerusform>Mensajes de estado: %n archivos importados</numerusform>
        </translation>
    </message>
    <message>
        <source>; rejected: %1</source>
        <translation>; rechazados: %1</translation>
    </message>
    <message>
        <source>Royalty Desk &amp;Help</source>
        <translation>&amp;Ayuda de Royalty Desk</translation>
    </message>
    <message>
        <source>Quit Royalty Desk</source>
        <translation>Salir de Royalty Desk</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit?</source>
        <translation>Todavía hay una importación en curso. ¿Cancelarla y salir?</translation>
    </message>
    <message>
        <source>Input &amp;Limits…</source>
        <translation>&amp;Límites de entrada…</translation>
    </message>
    <message>
        <source>Caps on what a broken or hostile file may cost: gzip size and ratio, DDEX findings, review lines</source>
        <translation>Topes a lo que puede costar un archivo defectuoso u hostil: tamaño y proporción gzip, hallazgos DDEX, líneas de revisión</translation>
    </message>
</context>
<context>
    <name>rd::ui::MarketplacesDialog</name>
    <message>
        <source>Marketplaces</source>
        <translation>Mercados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Window (h)</source>
        <translation>Plazo (h)</translation>
    </message>
    <message>
        <source>Max attempts</source>
        <translation>Intentos máx.</translation>
    </message>
    <message>
        <source>Backoff (ms)</source>
        <translation>Espera (ms)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>set</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>Add Marketplace</source>
        <translation>Añadir mercado</translation>
    </message>
    <message>
        <source>Change Marketplace</source>
        <translation>Cambiar mercado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Usage &amp;window (hours):</source>
        <translation>&amp;Plazo de uso (horas):</translation>
    </message>
    <message>
        <source>Maximum &amp;attempts:</source>
        <translation>&amp;Intentos máximos:</translation>
    </message>
    <message>
        <source>First &amp;backoff (ms):</source>
        <translation>Primera &amp;espera (ms):</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 guardado</translation>
    </message>
</context>
<context>
    <name>rd::ui::NewPackageDialog</name>
    <message>
        <source>New Package</source>
        <translation>Nuevo paquete</translation>
    </message>
    <message>
        <source>GB, DE, … (empty: all)</source>
        <translation>GB, DE, … (vacío: todos)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Territories:</source>
        <translation>&amp;Territorios:</translation>
    </message>
    <message>
        <source>Periods &amp;from:</source>
        <translation>Períodos &amp;desde:</translation>
    </message>
    <message>
        <source>Periods &amp;to:</source>
        <translation>Períodos &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;DSPs:</source>
        <translation>&amp;DSP:</translation>
    </message>
    <message>
        <source>&amp;Offers:</source>
        <translation>&amp;Ofertas:</translation>
    </message>
    <message>
        <source>A package needs a name.</source>
        <translation>Un paquete necesita un nombre.</translation>
    </message>
    <message>
        <source>The period range ends before it starts.</source>
        <translation>El intervalo de períodos termina antes de empezar.</translation>
    </message>
    <message>
        <source>Give both period dates as YYYY-MM-DD.</source>
        <translation>Indique ambas fechas del período como AAAA-MM-DD.</translation>
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
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Right type</source>
        <translation>Tipo de derecho</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Total share</source>
        <translation>Parte total</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>Reclamantes</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
</context>
<context>
    <name>rd::ui::PackageListModel</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>built</source>
        <translation>generado</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, obsoleto</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Períodos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>rd::ui::PackageReviewWindow</name>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Package review — %1 (read-only)</source>
        <translation>Revisión de paquete — %1 (solo lectura)</translation>
    </message>
    <message>
        <source>Verifying every entry against checksums.sha256…</source>
        <translation>Verificando cada entrada con checksums.sha256…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>Filas de origen</translation>
    </message>
    <message>
        <source>Net payable in</source>
        <translation>Neto a pagar en</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrar filas…</translation>
    </message>
    <message>
        <source>This file was refused</source>
        <translation>Este archivo se rechazó</translation>
    </message>
    <message>
        <source>Package %1 “%2”, version %3 — %4</source>
        <translation>Paquete %1 «%2», versión %3 — %4</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 source rows; the verification covered all of them.</source>
        <translation>Se muestran las primeras %1 de %2 filas de origen; la verificación las cubrió todas.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: all %n entries match checksums.sha256.</source>
        <translation>
            <numerusform>Verificado: la %n entrada coincide con checksums.sha256.</numerusform>
            <numerusform>Verificado: las %n entradas coinciden con checksums.sha256.</numerusform>
        </translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>RECHAZADO: %1</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED: %1</source>
        <translation>VERIFICACIÓN FALLIDA: %1</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Ilegible: %1</translation>
    </message>
    <message>
        <source>OK      %1</source>
        <translation>OK      %1</translation>
    </message>
    <message>
        <source>FAILED  %1</source>
        <translation>FALLO   %1</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>&lt;p&gt;Territories %1; periods %2 to %3; DSPs %4; offers %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Territorios %1; períodos del %2 al %3; DSP %4; ofertas %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built %1 by %2 with the claims known on %3; base currency %4; published %5; format %6, Royalty Desk %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;Generado %1 por %2 con las reclamaciones conocidas el %3; moneda base %4; publicado %5; formato %6, Royalty Desk %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retracted&lt;/b&gt; %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retirado&lt;/b&gt; %1: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Advance recouped</source>
        <translation>Anticipo recuperado</translation>
    </message>
    <message>
        <source>Net payable</source>
        <translation>Neto a pagar</translation>
    </message>
    <message>
        <source>Source DSRs</source>
        <translation>DSR de origen</translation>
    </message>
    <message>
        <source>DSR</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>Anticipos</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Titular de derechos</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Anticipado</translation>
    </message>
    <message>
        <source>Recouped</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Saldo a cuenta nueva</translation>
    </message>
    <message>
        <source>Net payable by territory (%1)</source>
        <translation>Neto a pagar por territorio (%1)</translation>
    </message>
    <message>
        <source>Net payable by rights holder (%1)</source>
        <translation>Neto a pagar por titular (%1)</translation>
    </message>
    <message>
        <source>Net payable (%1)</source>
        <translation>Neto a pagar (%1)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 lines (the limit review_max_lines); the totals and charts cover all of them.</source>
        <translation>Se muestran las primeras %1 de %2 líneas (el límite review_max_lines); los totales y gráficos las abarcan todas.</translation>
    </message>
</context>
<context>
    <name>rd::ui::PackagesView</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Parte %</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Recouped</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Net payable</source>
        <translation>Neto a pagar</translation>
    </message>
    <message>
        <source>Keep raw rows</source>
        <translation>Conservar filas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>The retention window: imported rows are purged this many days after import, except those behind a published or retracted package, which are kept for ever.</source>
        <translation>El plazo de conservación: las filas importadas se purgan estos días después de la importación, salvo las de un paquete publicado o retirado, que se conservan para siempre.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Retained copies</source>
        <translation>Copias conservadas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Start a draft package over a partition of the DSRs</source>
        <translation>Empezar un paquete en borrador sobre una partición de los DSR</translation>
    </message>
    <message>
        <source>A&amp;djust…</source>
        <translation>A&amp;justar…</translation>
    </message>
    <message>
        <source>Add an adjustment (amount or percentage, with a reason) to the draft</source>
        <translation>Añadir un ajuste (importe o porcentaje, con motivo) al borrador</translation>
    </message>
    <message>
        <source>Ad&amp;vance…</source>
        <translation>Anti&amp;cipo…</translation>
    </message>
    <message>
        <source>Add an advance paid to a rights holder, recouped from their residuals</source>
        <translation>Añadir un anticipo pagado a un titular, recuperado de sus residuales</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Freeze the source DSRs and compute the residual lines (a new version)</source>
        <translation>Congelar los DSR de origen y calcular las líneas residuales (una nueva versión)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Publish the built version and copy its zip to every retention target</source>
        <translation>Publicar la versión generada y copiar su zip a cada destino de conservación</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Retract the published package, with a reason; nothing is deleted</source>
        <translation>Retirar el paquete publicado, con un motivo; no se elimina nada</translation>
    </message>
    <message>
        <source>&amp;Export Zip…</source>
        <translation>&amp;Exportar zip…</translation>
    </message>
    <message>
        <source>Write the package zip: manifest, lines, source rows, statement and checksums</source>
        <translation>Escribir el zip del paquete: manifiesto, líneas, filas de origen, estado de cuenta y sumas</translation>
    </message>
    <message>
        <source>Re-&amp;verify Copies</source>
        <translation>Re&amp;verificar copias</translation>
    </message>
    <message>
        <source>Read every retained copy back and compare its SHA-256</source>
        <translation>Volver a leer cada copia conservada y comparar su SHA-256</translation>
    </message>
    <message>
        <source>Re-&amp;copy</source>
        <translation>Re&amp;copiar</translation>
    </message>
    <message>
        <source>Write the copies that are missing or failed</source>
        <translation>Escribir las copias que faltan o fallaron</translation>
    </message>
    <message>
        <source>Retention &amp;Sweep…</source>
        <translation>&amp;Barrido de conservación…</translation>
    </message>
    <message>
        <source>Purge raw rows past the retention window (a preview first)</source>
        <translation>Purgar las filas fuera del plazo de conservación (con vista previa)</translation>
    </message>
    <message>
        <source>No package yet: New… starts one.</source>
        <translation>Aún no hay paquetes: Nuevo… crea uno.</translation>
    </message>
    <message>
        <source>There is no package %1</source>
        <translation>No existe el paquete %1</translation>
    </message>
    <message>
        <source>%1 — %2, version %3; %4 adjustment(s), %5 advance(s)</source>
        <translation>%1 — %2, versión %3; %4 ajuste(s), %5 anticipo(s)</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Obsoleto: %1</translation>
    </message>
    <message>
        <source>(unallocated)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Titular de derechos</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Retraction record</source>
        <translation>Registro de retirada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <source>Package %1 created as a draft</source>
        <translation>Paquete %1 creado como borrador</translation>
    </message>
    <message>
        <source>Adding the adjustment…</source>
        <translation>Añadiendo el ajuste…</translation>
    </message>
    <message>
        <source>Adjustment added to package %1; build it again</source>
        <translation>Ajuste añadido al paquete %1; vuelva a generarlo</translation>
    </message>
    <message>
        <source>Adding the advance…</source>
        <translation>Añadiendo el anticipo…</translation>
    </message>
    <message>
        <source>Advance added to package %1; build it again</source>
        <translation>Anticipo añadido al paquete %1; vuelva a generarlo</translation>
    </message>
    <message>
        <source>Building package %1…</source>
        <translation>Generando el paquete %1…</translation>
    </message>
    <message>
        <source>Package %1 built: version %2</source>
        <translation>Paquete %1 generado: versión %2</translation>
    </message>
    <message>
        <source>Publishing package %1 and copying it to the retention targets…</source>
        <translation>Publicando el paquete %1 y copiándolo a los destinos de conservación…</translation>
    </message>
    <message>
        <source>Package %1 published; every copy written and verified</source>
        <translation>Paquete %1 publicado; todas las copias escritas y verificadas</translation>
    </message>
    <message>
        <source>Retract Package</source>
        <translation>Retirar paquete</translation>
    </message>
    <message>
        <source>Why is package %1 retracted? (required)</source>
        <translation>¿Por qué se retira el paquete %1? (obligatorio)</translation>
    </message>
    <message>
        <source>Retracting package %1…</source>
        <translation>Retirando el paquete %1…</translation>
    </message>
    <message>
        <source>Package %1 retracted; a retraction record is beside every copy</source>
        <translation>Paquete %1 retirado; hay un registro de retirada junto a cada copia</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Package zips (*.zip)</source>
        <translation>Zips de paquetes (*.zip)</translation>
    </message>
    <message>
        <source>Exporting package %1…</source>
        <translation>Exportando el paquete %1…</translation>
    </message>
    <message>
        <source>Package %1 exported to %2</source>
        <translation>Paquete %1 exportado a %2</translation>
    </message>
    <message>
        <source>Reading back the copies of package %1…</source>
        <translation>Volviendo a leer las copias del paquete %1…</translation>
    </message>
    <message>
        <source>Every copy of package %1 matches its SHA-256</source>
        <translation>Todas las copias del paquete %1 coinciden con su SHA-256</translation>
    </message>
    <message>
        <source>Copying package %1…</source>
        <translation>Copiando el paquete %1…</translation>
    </message>
    <message>
        <source>Every copy of package %1 is written and verified</source>
        <translation>Todas las copias del paquete %1 están escritas y verificadas</translation>
    </message>
    <message>
        <source>Working out what the retention sweep would do…</source>
        <translation>Calculando lo que haría el barrido de conservación…</translation>
    </message>
    <message numerus="yes">
        <source>Retention sweep: nothing has passed the %n-day window</source>
        <translation>
            <numerusform>Barrido de conservación: nada ha superado el plazo de %n día</numerusform>
            <numerusform>Barrido de conservación: nada ha superado el plazo de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Sweep</source>
        <translation>Barrido de conservación</translation>
    </message>
    <message numerus="yes">
        <source>Purge the raw rows of %n DSR(s) (%1 rows) imported more than %2 days ago?</source>
        <translation>
            <numerusform>¿Purgar las filas de %n DSR (%1 filas) importado hace más de %2 días?</numerusform>
            <numerusform>¿Purgar las filas de %n DSR (%1 filas) importados hace más de %2 días?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s) behind published or retracted packages are retained for ever.</source>
        <translation>
            <numerusform>%n DSR de paquetes publicados o retirados se conserva para siempre.</numerusform>
            <numerusform>%n DSR de paquetes publicados o retirados se conservan para siempre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft or built package(s) will be stale.</source>
        <translation>
            <numerusform>%n paquete en borrador o generado quedará obsoleto.</numerusform>
            <numerusform>%n paquetes en borrador o generados quedarán obsoletos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Barriendo…</translation>
    </message>
    <message numerus="yes">
        <source>Retention sweep: %n DSR(s) purged, %1 retained, %2 package(s) stale</source>
        <translation>
            <numerusform>Barrido de conservación: %n DSR purgado, %1 conservados, %2 paquete(s) obsoleto(s)</numerusform>
            <numerusform>Barrido de conservación: %n DSR purgados, %1 conservados, %2 paquete(s) obsoleto(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the retention window…</source>
        <translation>Comprobando el plazo de conservación…</translation>
    </message>
    <message numerus="yes">
        <source>Retention sweep at start-up: %n DSR(s) purged, %1 retained, %2 package(s) stale</source>
        <translation>
            <numerusform>Barrido de conservación al iniciar: %n DSR purgado, %1 conservados, %2 paquete(s) obsoleto(s)</numerusform>
            <numerusform>Barrido de conservación al iniciar: %n DSR purgados, %1 conservados, %2 paquete(s) obsoleto(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the retention window…</source>
        <translation>Guardando el plazo de conservación…</translation>
    </message>
    <message numerus="yes">
        <source>Raw rows are now kept %n day(s) after import</source>
        <translation>
            <numerusform>Las filas se conservan ahora %n día tras la importación</numerusform>
            <numerusform>Las filas se conservan ahora %n días tras la importación</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Destinos…</translation>
    </message>
    <message>
        <source>Where published packages are copied: folders and SFTP servers, with their host keys</source>
        <translation>Dónde se copian los paquetes publicados: carpetas y servidores SFTP, con sus claves de host</translation>
    </message>
    <message>
        <source>Net (%1)</source>
        <translation>Neto (%1)</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>⚠ overclaimed</source>
        <translation>⚠ sobrerreclamada</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totales por moneda</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Overclaimed lines</source>
        <translation>Líneas sobrerreclamadas</translation>
    </message>
</context>
<context>
    <name>rd::ui::RangeDialog</name>
    <message>
        <source>all, or a comma-separated list</source>
        <translation>todas, o una lista separada por comas</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Cuentas:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To (not included):</source>
        <translation>&amp;Hasta (sin incluir):</translation>
    </message>
</context>
<context>
    <name>rd::ui::RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Rate (per 1 base)</source>
        <translation>Tipo (por 1 de base)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>Moneda &amp;base:</translation>
    </message>
    <message>
        <source>A rate is the number of units of the currency per one unit of the base (for example 10.0 NOK per EUR). A DSR converts at the latest rate on or before its period end, if it is at most 31 days old.</source>
        <translation>Un tipo es el número de unidades de la moneda por una unidad de la base (por ejemplo 10,0 NOK por EUR). Un DSR se convierte al último tipo en la fecha de fin de su periodo o antes, si no tiene más de 31 días.</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) against %1</source>
        <translation>
            <numerusform>%n tipo frente a %1</numerusform>
            <numerusform>%n tipos frente a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Importar tipos de cambio</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>introducido a mano</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not a date (YYYY-MM-DD)</source>
        <translation>Fila %1: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Rate (per 1 %1)</source>
        <translation>Tipo (por 1 %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) imported.</source>
        <translation>
            <numerusform>%n tipo importado.</numerusform>
            <numerusform>%n tipos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) quoting the base currency at 1 passed over.</source>
        <translation>
            <numerusform>%n línea que cotiza la moneda base a 1 omitida.</numerusform>
            <numerusform>%n líneas que cotizan la moneda base a 1 omitidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::RedeliveryDialog</name>
    <message>
        <source>Review re-delivery</source>
        <translation>Revisar nueva entrega</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creadas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificadas</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminadas</translation>
    </message>
    <message>
        <source>Apply re-delivery</source>
        <translation>Aplicar nueva entrega</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>%1 re-delivers DSR %2.</source>
        <translation>%1 vuelve a entregar el DSR %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; re-delivers DSR %2. Applied, it becomes the DSR's next version; the current one stays in the history.&lt;br&gt;%3 created, %4 updated, %5 deleted, %6 unchanged. Revenue %7, usages %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vuelve a entregar el DSR %2. Si se aplica, pasa a ser la siguiente versión del DSR; la actual queda en el historial.&lt;br&gt;%3 creadas, %4 modificadas, %5 eliminadas, %6 sin cambios. Ingresos %7, usos %8.</translation>
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
        <translation>Iniciar el &amp;emisor</translation>
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
        <source>All marketplaces</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Reintentar ya</translation>
    </message>
    <message>
        <source>Re-&amp;drive</source>
        <translation>Ree&amp;nviar</translation>
    </message>
    <message>
        <source>Re-drive &amp;All</source>
        <translation>Reenviar &amp;todas</translation>
    </message>
    <message>
        <source>Reconcile S&amp;tuck…</source>
        <translation>Conciliar a&amp;tascadas…</translation>
    </message>
    <message>
        <source>Re&amp;set…</source>
        <translation>Re&amp;iniciar…</translation>
    </message>
    <message>
        <source>Re&amp;calculate…</source>
        <translation>Re&amp;calcular…</translation>
    </message>
    <message>
        <source>&amp;Marketplaces…</source>
        <translation>&amp;Mercados…</translation>
    </message>
    <message>
        <source>Data&amp;flow…</source>
        <translation>&amp;Flujo…</translation>
    </message>
    <message>
        <source>Reset Pending Value</source>
        <translation>Reiniciar el valor pendiente</translation>
    </message>
    <message>
        <source>Set the pending value of %1 from %2 to %3 to zero%4?</source>
        <translation>¿Poner a cero el valor pendiente de %1 del %2 al %3%4?</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> para %1</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <source>Recompute the hours from %1 to %2 from their usage and queue only the differences?</source>
        <translation>¿Recalcular las horas del %1 al %2 a partir de su uso y encolar solo las diferencias?</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n selected failed remittance(s) again now?</source>
        <translation>
            <numerusform>¿Enviar de nuevo ahora la %n remesa fallida seleccionada?</numerusform>
            <numerusform>¿Enviar de nuevo ahora las %n remesas fallidas seleccionadas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-drive the %n selected dead letter(s)?</source>
        <translation>
            <numerusform>¿Reenviar la %n carta muerta seleccionada?</numerusform>
            <numerusform>¿Reenviar las %n cartas muertas seleccionadas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-drive every dead letter?</source>
        <translation>¿Reenviar todas las cartas muertas?</translation>
    </message>
    <message>
        <source>Mark remittances with no answer for 15 minutes as unknown?</source>
        <translation>¿Marcar como desconocidas las remesas sin respuesta desde hace 15 minutos?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message numerus="yes">
        <source> (+%n in other units)</source>
        <translation>
            <numerusform> (+%n en otras unidades)</numerusform>
            <numerusform> (+%n en otras unidades)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Failed&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Dead letters&lt;/b&gt; %3%4 &amp;nbsp; &lt;b&gt;Stuck&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Success rate&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;Pendiente&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Fallidas&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Cartas muertas&lt;/b&gt; %3%4 &amp;nbsp; &lt;b&gt;Atascadas&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Tasa de éxito&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source> (oldest %1)</source>
        <translation> (la más antigua %1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>Royalty Desk remittances</source>
        <translation>Remesas de Royalty Desk</translation>
    </message>
    <message>
        <source>Remittances per hour by status</source>
        <translation>Remesas por hora y estado</translation>
    </message>
    <message>
        <source>hour (UTC)</source>
        <translation>hora (UTC)</translation>
    </message>
    <message>
        <source>day (UTC)</source>
        <translation>día (UTC)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Correlation id:</source>
        <translation>Id de correlación:</translation>
    </message>
    <message>
        <source>%1: %2, %3; now at %4 (%5)</source>
        <translation>%1: %2, %3; ahora en %4 (%5)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>records: %1 succeeded, %2 failed</source>
        <translation>registros: %1 correctos, %2 fallidos</translation>
    </message>
    <message>
        <source>why: %1 %2</source>
        <translation>por qué: %1 %2</translation>
    </message>
    <message>
        <source>%1  %2  %3 ms</source>
        <translation>%1  %2  %3 ms</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>Remesas</translation>
    </message>
    <message>
        <source>Remittance sender</source>
        <translation>Emisor de remesas</translation>
    </message>
    <message>
        <source>Stop &amp;Sender</source>
        <translation>Detener el &amp;emisor</translation>
    </message>
    <message>
        <source>A&amp;lert Thresholds…</source>
        <translation>Umbrales de a&amp;lerta…</translation>
    </message>
    <message>
        <source>Alert Thresholds</source>
        <translation>Umbrales de alerta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Alert when more than this share of settled remittances &amp;failed:</source>
        <translation>Alertar si &amp;falla más de esta parte de las remesas cerradas:</translation>
    </message>
    <message>
        <source>…or at least this many are &amp;stuck:</source>
        <translation>…o si al menos tantas están &amp;atascadas:</translation>
    </message>
    <message>
        <source>…or a dead letter has waited &amp;longer than:</source>
        <translation>…o si una carta muerta lleva esperando &amp;más de:</translation>
    </message>
    <message>
        <source>Send the selected failed remittances again now</source>
        <translation>Volver a enviar ahora las remesas fallidas seleccionadas</translation>
    </message>
    <message>
        <source>Queue the selected dead letters again</source>
        <translation>Volver a encolar las cartas muertas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Ingest Usage…</source>
        <translation>&amp;Incorporar uso…</translation>
    </message>
    <message>
        <source>Add usage events (CSV or JSON lines of timestamp, marketplace, account, product, metric, value) to the hourly remittances</source>
        <translation>Añadir eventos de uso (CSV o líneas JSON de timestamp, marketplace, account, product, metric, value) a las remesas por hora</translation>
    </message>
    <message>
        <source>Ingest Usage</source>
        <translation>Incorporar uso</translation>
    </message>
    <message>
        <source>Usage events (*.csv *.jsonl *.json);;All files (*)</source>
        <translation>Eventos de uso (*.csv *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No marketplace yet.&lt;/b&gt; Add one with &lt;i&gt;Marketplaces…&lt;/i&gt; (its name and the URL that takes its usage reports), then bring in usage with &lt;i&gt;Ingest Usage…&lt;/i&gt;. The sender remits each hour's usage per marketplace, customer, product and metric.</source>
        <translation>&lt;b&gt;Aún no hay ningún mercado.&lt;/b&gt; Añada uno con &lt;i&gt;Mercados…&lt;/i&gt; (su nombre y la URL que recibe sus informes de uso) y luego incorpore el uso con &lt;i&gt;Incorporar uso…&lt;/i&gt;. El remitente envía el uso de cada hora por mercado, cliente, producto y métrica.</translation>
    </message>
    <message>
        <source>remittances</source>
        <translation>remesas</translation>
    </message>
    <message>
        <source>%1: %2 usage event(s), %3 new remittance(s), %4 late event(s) moved to the next open window</source>
        <translation>%1: %2 evento(s) de uso, %3 remesa(s) nueva(s), %4 evento(s) tardío(s) pasado(s) a la siguiente ventana abierta</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
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
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportModel</name>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>rd::ui::TargetsDialog</name>
    <message>
        <source>Add SFTP Server</source>
        <translation>Añadir servidor SFTP</translation>
    </message>
    <message>
        <source>or the environment variable holding the password</source>
        <translation>o la variable de entorno con la contraseña</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>Pass&amp;word variable:</source>
        <translation>Variable de la contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;known_hosts file:</source>
        <translation>Archivo &amp;known_hosts:</translation>
    </message>
    <message>
        <source>Remote &amp;folder:</source>
        <translation>Carpeta &amp;remota:</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Check &amp;Host Key…</source>
        <translation>Comprobar la clave de &amp;host…</translation>
    </message>
    <message>
        <source>Retention Targets</source>
        <translation>Destinos de conservación</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add &amp;SFTP…</source>
        <translation>Añadir &amp;SFTP…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Publishing copies a package's zip to every enabled target, then reads it back to check it.</source>
        <translation>Al publicar, el zip del paquete se copia a cada destino activo y se vuelve a leer para comprobarlo.</translation>
    </message>
    <message>
        <source>the archive beside the database</source>
        <translation>el archivo junto a la base de datos</translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Confirmed host key</source>
        <translation>Clave de host confirmada</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Archive Folder</source>
        <translation>Carpeta de archivo</translation>
    </message>
    <message>
        <source>Folder added as target %1</source>
        <translation>Carpeta añadida como destino %1</translation>
    </message>
    <message>
        <source>SFTP server added as target %1: check its host key before the first copy</source>
        <translation>Servidor SFTP añadido como destino %1: compruebe su clave de host antes de la primera copia</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>La clave de host ha cambiado</translation>
    </message>
    <message>
        <source>The host key of %1 HAS CHANGED; it is now %2.

Someone may be intercepting the connection. Nothing will be sent. If the server's key really changed, remove its old entry from %3.</source>
        <translation>La clave de host de %1 HA CAMBIADO; ahora es %2.

Alguien podría estar interceptando la conexión. No se enviará nada. Si la clave del servidor cambió de verdad, elimine su entrada antigua de %3.</translation>
    </message>
    <message>
        <source>Refused: the host key changed.</source>
        <translation>Rechazado: la clave de host cambió.</translation>
    </message>
    <message>
        <source>The host key is known: %1</source>
        <translation>La clave de host es conocida: %1</translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>%1 presents a host key that is not in %2:

%3

Trust it only if its administrator confirms this fingerprint.</source>
        <translation>%1 presenta una clave de host que no está en %2:

%3

Confíe en ella solo si su administrador confirma esta huella.</translation>
    </message>
    <message>
        <source>Trusted %1; it is added to the known_hosts file on the next copy</source>
        <translation>Aprobada %1; se añade al archivo known_hosts en la próxima copia</translation>
    </message>
</context>
<context>
    <name>rd::ui::TimelineModel</name>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>unlicensed</source>
        <translation>sin licencia</translation>
    </message>
    <message>
        <source>partly licensed</source>
        <translation>licenciada en parte</translation>
    </message>
    <message>
        <source>fully licensed</source>
        <translation>licenciada por completo</translation>
    </message>
    <message>
        <source>overclaimed</source>
        <translation>sobrerreclamada</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Right type</source>
        <translation>Tipo de derecho</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Licensed share</source>
        <translation>Parte licenciada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>Reclamantes</translation>
    </message>
</context>
<context>
    <name>rd::ui::TimelineWidget</name>
    <message>
        <source>Licensing timeline</source>
        <translation>Cronología de licencias</translation>
    </message>
    <message>
        <source>Search for a track by ISRC, title or artist</source>
        <translation>Busque una pista por ISRC, título o artista</translation>
    </message>
    <message>
        <source>No claims and no usage for %1</source>
        <translation>Ni reclamaciones ni uso para %1</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>Mundial</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>grabación</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>edición</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>DSR %1 (%2, %3 – %4): %5 usages, %6 %7</source>
        <translation>DSR %1 (%2, %3 – %4): %5 usos, %6 %7</translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4: %5% (%6)</source>
        <translation>%1 %2, %3 – %4: %5% (%6)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>usage per DSR period</source>
        <translation>uso por período de DSR</translation>
    </message>
</context>
<context>
    <name>rd::ui::TopResourcesModel</name>
    <message>
        <source>%1 %2 exactly</source>
        <translation>exactamente %1 %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Artistas</translation>
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
        <translation>Usos</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Parte del total</translation>
    </message>
    <message>
        <source>Top resources</source>
        <translation>Recursos principales</translation>
    </message>
</context>
<context>
    <name>rd::ui::TotalsModel</name>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incompleto)</translation>
    </message>
    <message>
        <source>%1 %2 exactly</source>
        <translation>exactamente %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n DSR(s) left out: no exchange rate in force</source>
        <translation>
            <numerusform>%n DSR excluido: sin tipo de cambio vigente</numerusform>
            <numerusform>%n DSR excluidos: sin tipo de cambio vigente</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>DSRs</source>
        <translation>DSR</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>DSRs without rate</source>
        <translation>DSR sin tipo de cambio</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Artistas</translation>
    </message>
</context>
<context>
    <name>rd::ui::ValidationReportDialog</name>
    <message>
        <source>Validation report — %1</source>
        <translation>Informe de validación — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 rows imported · %3 warnings · %4 errors</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 filas importadas · %3 avisos · %4 errores</translation>
    </message>
    <message>
        <source>Missing values: title %1 · artists %2 · ISRC %3 · usages %4 · revenue %5</source>
        <translation>Valores ausentes: título %1 · artistas %2 · ISRC %3 · usos %4 · ingresos %5</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>La importación falló: %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export validation report</source>
        <translation>Exportar el informe de validación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Exportando el informe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
</TS>