#include "migrations.h"

#include "index/resourcegroups.h"
#include "index/resourcetotals.h"

namespace rd {

namespace {

// Version 1: DSRs, their validation issues, resources and usage rows.
QStringList schemaVersion1()
{
    return {
            QStringLiteral(R"(CREATE TABLE dsrs (
                id INTEGER PRIMARY KEY,
                format TEXT NOT NULL DEFAULT 'tsv',
                path TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT,
                dsp TEXT NOT NULL,
                offer TEXT NOT NULL,
                society TEXT,
                territory TEXT NOT NULL,
                currency TEXT NOT NULL,
                period_start TEXT NOT NULL,
                period_end TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('importing', 'ingested', 'failed')),
                status_reason TEXT,
                importer TEXT,
                strict INTEGER NOT NULL DEFAULT 0,
                imported_at TEXT NOT NULL,
                finished_at TEXT,
                duration_ms INTEGER,
                row_count INTEGER NOT NULL DEFAULT 0,
                usages_total INTEGER NOT NULL DEFAULT 0,
                revenue_total TEXT NOT NULL DEFAULT '0',
                missing_title INTEGER NOT NULL DEFAULT 0,
                missing_artists INTEGER NOT NULL DEFAULT 0,
                missing_isrc INTEGER NOT NULL DEFAULT 0,
                missing_usages INTEGER NOT NULL DEFAULT 0,
                missing_revenue INTEGER NOT NULL DEFAULT 0,
                rows_with_missing INTEGER NOT NULL DEFAULT 0,
                warning_count INTEGER NOT NULL DEFAULT 0,
                error_count INTEGER NOT NULL DEFAULT 0
            ))"),
            // One ingested DSR per content; failed attempts do not block a retry.
            QStringLiteral("CREATE UNIQUE INDEX dsrs_sha256 ON dsrs (sha256) WHERE status = 'ingested'"),
            QStringLiteral("CREATE INDEX dsrs_dims ON dsrs (territory, period_start, dsp, offer)"),
            QStringLiteral(R"(CREATE TABLE dsr_issues (
                dsr_id INTEGER NOT NULL REFERENCES dsrs (id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                line INTEGER NOT NULL,
                severity TEXT NOT NULL,
                code TEXT NOT NULL,
                field TEXT NOT NULL,
                detail TEXT NOT NULL,
                PRIMARY KEY (dsr_id, seq)
            ) WITHOUT ROWID)"),
            // A resource is a distinct (dsp_id, title, artists, isrc); (key_hi, key_lo) is its
            // 128-bit digest, held as two integers because SQLite compares those far faster than blobs.
            QStringLiteral(R"(CREATE TABLE resources (
                id INTEGER PRIMARY KEY,
                key_hi INTEGER NOT NULL,
                key_lo INTEGER NOT NULL,
                dsp_id TEXT NOT NULL,
                title TEXT,
                artists TEXT,
                isrc TEXT
            ))"),
            QStringLiteral("CREATE UNIQUE INDEX resources_key ON resources (key_hi, key_lo)"),
            // id = dsr_id << 32 | line: a DSR's rows are one contiguous key range, in file
            // order, so inserting appends to the b-tree and deleting is a range delete.
            // revenue is canonical decimal text (exact), NULL when missing.
            QStringLiteral(R"(CREATE TABLE usage_rows (
                id INTEGER PRIMARY KEY,
                resource_id INTEGER NOT NULL,
                usages INTEGER,
                revenue TEXT
            ))"),
    };
}

// Version 2: the resource key index moves into its own table so that an
// import can append new resources and add their keys in sorted runs
// instead of inserting each one at a random place in the index.
QStringList schemaVersion2()
{
    return {
            QStringLiteral(R"(CREATE TABLE resource_keys (
                key_hi INTEGER NOT NULL,
                key_lo INTEGER NOT NULL,
                resource_id INTEGER NOT NULL,
                PRIMARY KEY (key_hi, key_lo)
            ) WITHOUT ROWID)"),
            QStringLiteral("INSERT INTO resource_keys (key_hi, key_lo, resource_id) "
                           "SELECT key_hi, key_lo, id FROM resources ORDER BY key_hi, key_lo"),
            QStringLiteral("DROP INDEX resources_key"),
            QStringLiteral("ALTER TABLE resources DROP COLUMN key_hi"),
            QStringLiteral("ALTER TABLE resources DROP COLUMN key_lo"),
    };
}

// Version 3: analytics. Per-DSR sums per resource and each DSR's top
// resources are kept at import so that no analysis scans usage rows;
// exchange rates and settings (the base currency) live with the data
// so that the GUI and the CLI agree.
QStringList schemaVersion3()
{
    return {
            // A DSR's sums per resource (missing values count as zero), in
            // chunks of consecutive resources: see analytics/resourcechunk.h.
            // id = dsr_id << 32 | chunk number. ResourceTotals::rebuildAll()
            // fills them for DSRs imported before this version.
            QStringLiteral(R"(CREATE TABLE dsr_resource_chunks (
                id INTEGER PRIMARY KEY,
                dsr_id INTEGER NOT NULL,
                first_resource_id INTEGER NOT NULL,
                last_resource_id INTEGER NOT NULL,
                data BLOB NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX dsr_resource_chunks_last ON dsr_resource_chunks (dsr_id, last_resource_id)"),
            // Each DSR's resources with the highest revenue, best first.
            QStringLiteral(R"(CREATE TABLE dsr_top_resources (
                dsr_id INTEGER NOT NULL,
                rank INTEGER NOT NULL,
                resource_id INTEGER NOT NULL,
                usages INTEGER NOT NULL,
                revenue TEXT NOT NULL,
                PRIMARY KEY (dsr_id, rank)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE exchange_rates (
                base TEXT NOT NULL,
                currency TEXT NOT NULL,
                date TEXT NOT NULL,
                rate TEXT NOT NULL,
                source TEXT,
                PRIMARY KEY (base, currency, date)
            ) WITHOUT ROWID)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Version 4: each resource's line key for the top-percentile report,
// 1,024 resources a blob: see import/resourcegroups.h.
QStringList schemaVersion4()
{
    return {
            QStringLiteral("CREATE TABLE resource_group_chunks (chunk INTEGER PRIMARY KEY, data BLOB NOT NULL)"),
    };
}

// Version 5: DDEX reports. A report (one or more files) becomes one DSR
// per territory and currency of its summaries; they share the report's
// content hash, MessageId and file set. LI01 rights-controller shares
// are kept for the licensing timelines.
QStringList schemaVersion5()
{
    return {
            QStringLiteral("ALTER TABLE dsrs ADD COLUMN message_id TEXT"),
            QStringLiteral("ALTER TABLE dsrs ADD COLUMN report_key TEXT"),
            QStringLiteral("ALTER TABLE dsrs ADD COLUMN source_sha256 TEXT"),
            // reported | allocated (from summary revenue, pro rata) | mixed
            QStringLiteral("ALTER TABLE dsrs ADD COLUMN revenue_basis TEXT NOT NULL DEFAULT 'reported'"),
            QStringLiteral("UPDATE dsrs SET source_sha256 = sha256"),
            QStringLiteral("CREATE INDEX dsrs_source ON dsrs (source_sha256)"),
            QStringLiteral("CREATE INDEX dsrs_message_id ON dsrs (message_id) WHERE message_id IS NOT NULL"),
            QStringLiteral(R"(CREATE TABLE dsr_files (
                dsr_id INTEGER NOT NULL REFERENCES dsrs (id) ON DELETE CASCADE,
                part INTEGER NOT NULL,
                path TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                line_count INTEGER NOT NULL,
                PRIMARY KEY (dsr_id, part)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE rights_shares (
                id INTEGER PRIMARY KEY,
                dsr_id INTEGER NOT NULL REFERENCES dsrs (id) ON DELETE CASCADE,
                line INTEGER NOT NULL,
                summary_record_id TEXT,
                dsp_id TEXT,
                isrc TEXT,
                title TEXT,
                rights_controller TEXT NOT NULL,
                rights_controller_party_id TEXT,
                right_type TEXT,
                share TEXT,
                allocated_net_revenue TEXT,
                allocated_amount TEXT,
                valid_from TEXT,
                valid_to TEXT
            ))"),
            QStringLiteral("CREATE INDEX rights_shares_isrc ON rights_shares (isrc)"),
            QStringLiteral("CREATE INDEX rights_shares_dsr ON rights_shares (dsr_id)"),
    };
}

// Version 6: re-deliveries. A DSR keeps its id across versions; the
// usage rows are always the current version, and each version records
// what it changed, so that any earlier version can be rebuilt.
QStringList schemaVersion6()
{
    return {
            QStringLiteral("ALTER TABLE dsrs ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            // Every version of every DSR: where it came from, when it became
            // known, its totals and what it changed against the one before.
            QStringLiteral(R"(CREATE TABLE dsr_versions (
                dsr_id INTEGER NOT NULL REFERENCES dsrs (id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                path TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT,
                applied_at TEXT NOT NULL,
                applied_by TEXT,
                row_count INTEGER NOT NULL,
                usages_total INTEGER NOT NULL,
                revenue_total TEXT NOT NULL,
                created INTEGER NOT NULL DEFAULT 0,
                updated INTEGER NOT NULL DEFAULT 0,
                deleted INTEGER NOT NULL DEFAULT 0,
                revenue_delta TEXT NOT NULL DEFAULT '0',
                usages_delta INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (dsr_id, version)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(INSERT INTO dsr_versions (dsr_id, version, path, file_name, sha256, applied_at, applied_by,
                row_count, usages_total, revenue_total)
                SELECT id, 1, path, file_name, sha256, coalesce(finished_at, imported_at), importer, row_count,
                       usages_total, revenue_total FROM dsrs WHERE status = 'ingested')"),
            // The rows a version changed, with the values they had before it
            // (none for a created row): undoing them gives the version before.
            QStringLiteral(R"(CREATE TABLE usage_row_changes (
                dsr_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                row_id INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('created', 'updated', 'deleted')),
                old_resource_id INTEGER,
                old_usages INTEGER,
                old_revenue TEXT,
                old_version INTEGER,
                old_line INTEGER,
                PRIMARY KEY (dsr_id, version, row_id)
            ) WITHOUT ROWID)"),
            // Where a row written by a re-delivery sits in that version's file.
            // Rows of a DSR's first version have their line in their id.
            QStringLiteral(R"(CREATE TABLE usage_row_lines (
                row_id INTEGER PRIMARY KEY,
                version INTEGER NOT NULL,
                line INTEGER NOT NULL
            ))"),
    };
}

// Version 7: licensing. Claims on tracks' rights, from licensing CSVs
// and from the LI01 shares of DDEX reports, with when they apply and
// when they were known.
QStringList schemaVersion7()
{
    return {
            QStringLiteral(R"(CREATE TABLE rights_imports (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL UNIQUE,
                imported_at TEXT NOT NULL,
                imported_by TEXT,
                claim_count INTEGER NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE rights_claims (
                id INTEGER PRIMARY KEY,
                isrc TEXT NOT NULL,
                territory TEXT NOT NULL,
                right_type TEXT NOT NULL CHECK (right_type IN ('recording', 'publishing')),
                rights_holder TEXT NOT NULL,
                share TEXT NOT NULL,
                valid_from TEXT NOT NULL,
                valid_to TEXT,
                known_from TEXT NOT NULL,
                known_to TEXT,
                source TEXT,
                import_id INTEGER REFERENCES rights_imports (id),
                dsr_id INTEGER,
                line INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX rights_claims_track ON rights_claims (isrc, territory, right_type)"),
            QStringLiteral("CREATE INDEX rights_claims_dsr ON rights_claims (dsr_id) WHERE dsr_id IS NOT NULL"),
            // The tracks the Timeline view searches: every ISRC of the resources and
            // the claims, with a title and artists, kept up to date incrementally
            // (track_index_state: the last resource and claim ids indexed).
            QStringLiteral("CREATE TABLE tracks (id INTEGER PRIMARY KEY, isrc TEXT NOT NULL UNIQUE, title TEXT, artists TEXT)"),
            QStringLiteral("CREATE VIRTUAL TABLE tracks_fts USING fts5(isrc, title, artists, content='tracks', content_rowid='id')"),
            QStringLiteral(R"(CREATE TABLE track_resources (
                track_id INTEGER NOT NULL,
                resource_id INTEGER NOT NULL,
                PRIMARY KEY (track_id, resource_id)
            ) WITHOUT ROWID)"),
            QStringLiteral("CREATE TABLE track_index_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
            // LI01 shares stored before this version become claims (in the DSR's territory).
            QStringLiteral(R"(INSERT INTO rights_claims (isrc, territory, right_type, rights_holder, share, valid_from, valid_to,
                    known_from, source, dsr_id, line)
                SELECT s.isrc, d.territory,
                       CASE WHEN s.right_type LIKE '%recording%' THEN 'recording' ELSE 'publishing' END,
                       s.rights_controller, s.share, coalesce(s.valid_from, d.period_start), coalesce(s.valid_to, d.period_end),
                       substr(d.imported_at, 1, 10), 'DSR ' || d.id || ' ' || d.file_name || ' line ' || s.line, d.id, s.line
                FROM rights_shares s JOIN dsrs d ON d.id = s.dsr_id
                WHERE d.status = 'ingested' AND s.isrc IS NOT NULL AND s.share GLOB '[0-9]*' AND s.rights_controller <> '')"),
    };
}

// The drafts: a package's partition, adjustments and advances.
QStringList packageDraftTables()
{
    return {
            QStringLiteral(R"(CREATE TABLE packages (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('draft', 'built', 'published', 'retracted')),
                version INTEGER NOT NULL DEFAULT 0,
                territories TEXT NOT NULL,
                period_start TEXT NOT NULL,
                period_end TEXT NOT NULL,
                dsps TEXT NOT NULL DEFAULT '',
                offers TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                stale_reason TEXT
            ))"),
            QStringLiteral(R"(CREATE TABLE package_adjustments (
                id INTEGER PRIMARY KEY,
                package_id INTEGER NOT NULL REFERENCES packages (id),
                kind TEXT NOT NULL CHECK (kind IN ('amount', 'percent')),
                value TEXT NOT NULL,
                currency TEXT,
                scope TEXT NOT NULL CHECK (scope IN ('package', 'territory', 'resource')),
                scope_value TEXT,
                reason TEXT NOT NULL CHECK (reason <> ''),
                added_at TEXT NOT NULL,
                added_by TEXT NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE package_advances (
                id INTEGER PRIMARY KEY,
                package_id INTEGER NOT NULL REFERENCES packages (id),
                holder TEXT NOT NULL,
                amount TEXT NOT NULL,
                currency TEXT NOT NULL,
                added_at TEXT NOT NULL,
                added_by TEXT NOT NULL
            ))"),
    };
}

// Each build: its version, frozen sources, lines and advance ledger, and the audit log.
QStringList packageBuildTables()
{
    return {
            QStringLiteral(R"(CREATE TABLE package_versions (
                package_id INTEGER NOT NULL REFERENCES packages (id),
                version INTEGER NOT NULL,
                built_at TEXT NOT NULL,
                built_by TEXT NOT NULL,
                known_on TEXT NOT NULL,
                base_currency TEXT NOT NULL,
                PRIMARY KEY (package_id, version)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE package_sources (
                package_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                dsr_id INTEGER NOT NULL,
                dsr_version INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                row_count INTEGER NOT NULL,
                file_name TEXT NOT NULL,
                territory TEXT NOT NULL,
                currency TEXT NOT NULL,
                period_start TEXT NOT NULL,
                period_end TEXT NOT NULL,
                revenue TEXT NOT NULL,
                rate TEXT,
                PRIMARY KEY (package_id, version, dsr_id)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE package_lines (
                package_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                line_no INTEGER NOT NULL,
                holder TEXT NOT NULL,
                territory TEXT NOT NULL,
                resource_id INTEGER NOT NULL,
                isrc TEXT,
                dsp_id TEXT,
                title TEXT,
                currency TEXT NOT NULL,
                share TEXT NOT NULL,
                revenue TEXT NOT NULL,
                adjustment TEXT NOT NULL,
                recouped TEXT NOT NULL,
                net TEXT NOT NULL,
                base_net TEXT,
                overclaimed INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (package_id, version, line_no)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE advance_ledger (
                package_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                holder TEXT NOT NULL,
                currency TEXT NOT NULL,
                opening TEXT NOT NULL,
                advanced TEXT NOT NULL,
                recouped TEXT NOT NULL,
                closing TEXT NOT NULL,
                PRIMARY KEY (package_id, version, holder, currency)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE package_audit (
                id INTEGER PRIMARY KEY,
                package_id INTEGER NOT NULL,
                at TEXT NOT NULL,
                who TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT,
                reason TEXT
            ))"),
            QStringLiteral("CREATE INDEX package_audit_package ON package_audit (package_id, id)"),
    };
}

// Version 8: residual packages. A draft's partition, adjustments and
// advances; each build a frozen version with its source DSRs, its lines
// and its advance ledger; every transition in the audit log.
QStringList schemaVersion8()
{
    return packageDraftTables() + packageBuildTables();
}

// Version 9: retention. Raw rows expire a window after import; the rows
// behind a published or retracted package are retained for ever, the
// rest purged (the DSR's record stays, marked purged). Each sweep is
// recorded, so that start-up knows when the next one is due.
QStringList schemaVersion9()
{
    return {
            QStringLiteral("ALTER TABLE dsrs ADD COLUMN retention TEXT NOT NULL DEFAULT 'live' "
                           "CHECK (retention IN ('live', 'retained', 'purged'))"),
            QStringLiteral("ALTER TABLE dsrs ADD COLUMN retention_at TEXT"),
            QStringLiteral(R"(CREATE TABLE retention_sweeps (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                as_of TEXT NOT NULL,
                who TEXT NOT NULL,
                window_days INTEGER NOT NULL,
                purged_dsrs INTEGER NOT NULL,
                purged_rows INTEGER NOT NULL,
                retained_dsrs INTEGER NOT NULL,
                stale_packages INTEGER NOT NULL
            ))"),
    };
}

// Version 10: retained copies. Where published packages are copied (a
// local archive beside the database to begin with, SFTP servers), and
// each copy's state: pending, ok or failed with the reason, and the
// retraction record written beside it.
QStringList schemaVersion10()
{
    return {
            QStringLiteral(R"(CREATE TABLE copy_targets (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('local', 'sftp')),
                location TEXT NOT NULL,
                settings TEXT NOT NULL DEFAULT '{}',
                enabled INTEGER NOT NULL DEFAULT 1
            ))"),
            QStringLiteral("INSERT INTO copy_targets (kind, location) VALUES ('local', '')"),
            QStringLiteral(R"(CREATE TABLE package_copies (
                package_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                target_id INTEGER NOT NULL REFERENCES copy_targets (id),
                name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'ok', 'failed')),
                reason TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL,
                verified_at TEXT,
                retraction_state TEXT CHECK (retraction_state IN ('pending', 'ok', 'failed')),
                retraction_reason TEXT,
                PRIMARY KEY (package_id, version, target_id)
            ) WITHOUT ROWID)"),
    };
}

// Version 11: no schema change; per-resource sums that passed a
// Decimal's range were stored wrapped, and the hook rebuilds those DSRs.
QStringList schemaVersion11()
{
    return {
            QStringLiteral("SELECT 1"),
    };
}

// Version 12: every amount of a residual line in the base currency too,
// not only its net.
QStringList schemaVersion12()
{
    return {
            QStringLiteral("ALTER TABLE package_lines ADD COLUMN base_revenue TEXT"),
            QStringLiteral("ALTER TABLE package_lines ADD COLUMN base_adjustment TEXT"),
            QStringLiteral("ALTER TABLE package_lines ADD COLUMN base_recouped TEXT"),
    };
}

// Version 13: the status journal (our data platform's status messages,
// ours and external pipelines'), usage events and the hourly
// remittances with every delivery attempt. At most one remittance per
// (marketplace, account, product, metric, hour): the schema says so.
QStringList schemaVersion13()
{
    return {
            QStringLiteral(R"(CREATE TABLE status_datasets (
                correlation_id TEXT PRIMARY KEY,
                dataset_id TEXT,
                dataset_version_id TEXT,
                dataset_type TEXT,
                record_count INTEGER,
                timestamp TEXT NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE status_messages (
                id INTEGER PRIMARY KEY,
                correlation_id TEXT NOT NULL,
                record_id TEXT NOT NULL DEFAULT '',
                record_id_version TEXT NOT NULL DEFAULT '',
                stage TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('SUBMITTED', 'IN_PROGRESS', 'SUCCESS', 'FAILED', 'SKIPPED', 'PARTIAL_SUCCESS')),
                message TEXT,
                error_code TEXT,
                timestamp TEXT NOT NULL,
                UNIQUE (correlation_id, record_id, stage, status, timestamp)
            ))"),
            QStringLiteral("CREATE INDEX status_messages_time ON status_messages (timestamp)"),
            QStringLiteral(R"(CREATE TABLE usage_events (
                id INTEGER PRIMARY KEY,
                timestamp TEXT NOT NULL,
                marketplace TEXT NOT NULL,
                account TEXT NOT NULL,
                product TEXT NOT NULL,
                metric TEXT NOT NULL,
                value TEXT NOT NULL,
                source TEXT NOT NULL,
                remittance_id INTEGER NOT NULL,
                corrects INTEGER -- a recalculation's difference for this (already sent) remittance
            ))"),
            QStringLiteral(R"(CREATE TABLE remittances (
                id INTEGER PRIMARY KEY,
                marketplace TEXT NOT NULL,
                account TEXT NOT NULL,
                product TEXT NOT NULL,
                metric TEXT NOT NULL,
                hour TEXT NOT NULL,
                value TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'in_progress', 'sent', 'succeeded', 'failed', 'gratis', 'unknown', 'dead_letter')),
                idempotency_key TEXT NOT NULL UNIQUE,
                correlation_id TEXT NOT NULL,
                payload TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT,
                error_code TEXT,
                note TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (marketplace, account, product, metric, hour)
            ))"),
            QStringLiteral("CREATE INDEX remittances_due ON remittances (status, next_attempt_at)"),
            QStringLiteral(R"(CREATE TABLE remittance_attempts (
                id INTEGER PRIMARY KEY,
                remittance_id INTEGER NOT NULL REFERENCES remittances (id),
                at TEXT NOT NULL,
                http_status INTEGER,
                error_code TEXT,
                message TEXT,
                latency_ms INTEGER
            ))"),
            QStringLiteral("CREATE INDEX remittance_attempts_remittance ON remittance_attempts (remittance_id, id)"),
            QStringLiteral(R"(CREATE TABLE remittance_audit (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                who TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT
            ))"),
            // The one sender allowed at a time (its process), so that a crashed one's items can be taken over.
            QStringLiteral("CREATE TABLE remittance_sender (id INTEGER PRIMARY KEY CHECK (id = 1), owner TEXT NOT NULL, since TEXT NOT NULL)"),
    };
}

// Version 14: each DSR's top list also as one compact blob (the
// resource chunk format), so a dashboard reads 100 lists in 100 steps
// instead of parsing 200,000 rows of decimal text.
QStringList schemaVersion14()
{
    return {
            QStringLiteral("CREATE TABLE dsr_top_blobs (dsr_id INTEGER PRIMARY KEY, data BLOB NOT NULL)"),
    };
}

// Version 15: one ingested DSR per report identity, so that two imports of one
// report racing each other cannot both count. Reports that such a race already
// counted twice keep their first DSR; the later ones become failed, saying why.
QStringList schemaVersion15()
{
    return {
            QStringLiteral(R"(UPDATE dsrs SET status = 'failed', status_reason = 'counted twice: the same report as DSR ' || (
                SELECT min(first.id) FROM dsrs first WHERE first.status = 'ingested' AND first.retention <> 'purged'
                  AND first.dsp = dsrs.dsp AND first.offer = dsrs.offer AND coalesce(first.society, '') = coalesce(dsrs.society, '')
                  AND first.territory = dsrs.territory AND first.currency = dsrs.currency
                  AND first.period_start = dsrs.period_start AND first.period_end = dsrs.period_end)
              WHERE status = 'ingested' AND retention <> 'purged' AND id > (
                SELECT min(first.id) FROM dsrs first WHERE first.status = 'ingested' AND first.retention <> 'purged'
                  AND first.dsp = dsrs.dsp AND first.offer = dsrs.offer AND coalesce(first.society, '') = coalesce(dsrs.society, '')
                  AND first.territory = dsrs.territory AND first.currency = dsrs.currency
                  AND first.period_start = dsrs.period_start AND first.period_end = dsrs.period_end))"),
            QStringLiteral("CREATE UNIQUE INDEX dsrs_identity ON dsrs (dsp, offer, coalesce(society, ''), territory, currency, "
                           "period_start, period_end) WHERE status = 'ingested' AND retention <> 'purged'"),
    };
}

} // namespace

// Each version's statements, in order; a database at version N runs the steps after N.
const std::vector<QStringList> &schemaMigrations()
{
    static const std::vector<QStringList> steps{
        schemaVersion1(), schemaVersion2(), schemaVersion3(), schemaVersion4(), schemaVersion5(), schemaVersion6(), schemaVersion7(), schemaVersion8(), schemaVersion9(), schemaVersion10(), schemaVersion11(), schemaVersion12(), schemaVersion13(), schemaVersion14(), schemaVersion15(),
    };
    return steps;
}

MigrationHook migrationHook(int version)
{
    switch (version) {
    case 3: return &ResourceTotals::rebuildAll;         // DSRs already imported get their per-resource totals
    case 4: return &resourcegroups::rebuildAll;         // and resources their report line keys
    case 11: return &ResourceTotals::repairWrappedSums; // sums stored wrapped before the fix
    case 14: return &ResourceTotals::writeTopBlobs;     // top lists as blobs
    default: return nullptr;
    }
}

} // namespace rd
