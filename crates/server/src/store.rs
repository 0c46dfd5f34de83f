//! The reference server's SQLite database: services, requests and their status history.
//!
//! WAL journal, a busy timeout so the staff CLI can write while the server runs, and schema
//! migrations numbered by `PRAGMA user_version`. Every read goes to the database (no cache), so
//! a change made from the command line shows at once.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use open311::{DateTime, Note, Service, ServiceDefinition, ServiceRequest, ServiceType, Status};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::Value;

/// Schema migrations, applied in order; the database's `user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE services (
        service_code TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        service_name TEXT NOT NULL,
        description TEXT,
        type TEXT NOT NULL,
        keywords TEXT NOT NULL DEFAULT '',
        grp TEXT,
        attributes TEXT NOT NULL DEFAULT '[]',
        service_notice TEXT,
        agency_responsible TEXT,
        expected_days INTEGER,
        batch_delay_seconds INTEGER
    );
    CREATE TABLE requests (
        rowid INTEGER PRIMARY KEY AUTOINCREMENT,
        service_request_id TEXT NOT NULL UNIQUE,
        token TEXT UNIQUE,
        id_ready_at INTEGER,
        service_code TEXT NOT NULL,
        status TEXT NOT NULL,
        status_notes TEXT,
        description TEXT,
        agency_responsible TEXT,
        service_notice TEXT,
        requested_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        expected_at INTEGER,
        address TEXT,
        address_id TEXT,
        zipcode TEXT,
        lat REAL,
        long REAL,
        email TEXT, first_name TEXT, last_name TEXT, phone TEXT, device_id TEXT, account_id TEXT,
        media_url TEXT,
        attributes TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX requests_requested_at ON requests (requested_at);
    CREATE TABLE notes (
        rowid INTEGER PRIMARY KEY AUTOINCREMENT,
        request INTEGER NOT NULL REFERENCES requests (rowid),
        at INTEGER NOT NULL,
        type TEXT NOT NULL,
        status TEXT,
        summary TEXT,
        description TEXT
    );
    CREATE INDEX notes_request ON notes (request);",
    // Several photos per request: the first stays in media_url (the spec's one), the rest here.
    "ALTER TABLE requests ADD COLUMN more_media TEXT NOT NULL DEFAULT '[]';",
];

/// A service as stored: the Open311 fields plus what the reference server does with it.
#[derive(Debug, Clone)]
pub struct StoredService {
    pub service: Service,
    pub definition: ServiceDefinition,
    pub service_notice: Option<String>,
    pub agency_responsible: Option<String>,
    pub expected_days: Option<i64>,
    /// Batch services: seconds until the token resolves to an id.
    pub batch_delay_seconds: Option<i64>,
}

/// What a POST stores.
#[derive(Debug, Clone, Default)]
pub struct NewRecord {
    pub service_code: String,
    pub description: Option<String>,
    pub address: Option<String>,
    pub address_id: Option<String>,
    pub lat_long: Option<(f64, f64)>,
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub phone: Option<String>,
    pub device_id: Option<String>,
    pub account_id: Option<String>,
    pub media_url: Option<String>,
    /// Photos after the first.
    pub more_media: Vec<String>,
    /// `{code: [values]}`.
    pub attributes: serde_json::Map<String, Value>,
    pub service_notice: Option<String>,
    pub agency_responsible: Option<String>,
    pub expected_at: Option<i64>,
    /// When the id becomes visible (now for realtime, later or never for batch).
    pub id_ready_at: Option<i64>,
    /// Batch services get a token.
    pub with_token: bool,
}

/// What a POST created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inserted {
    pub service_request_id: String,
    pub token: Option<String>,
}

/// Filters of GET Service Requests, already validated.
#[derive(Debug, Clone, Default)]
pub struct RequestFilter {
    pub ids: Vec<String>,
    pub service_codes: Vec<String>,
    /// Spec words: `open`, `closed`.
    pub statuses: Vec<String>,
    pub start: Option<i64>,
    pub end: Option<i64>,
    /// Near a point or in a box (`nearby.rs`); the results then come nearest first.
    pub nearby: Option<crate::nearby::Nearby>,
    pub limit: u32,
    pub offset: u32,
}

/// The database.
pub struct Store {
    connection: Mutex<Connection>,
}

/// A store failure; the message is for logs and the CLI, never for residents.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Seconds since the Unix epoch, now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError(format!("{}: {e}", dir.display())))?;
        }
        let connection = Connection::open(path)?;
        Self::prepare(connection)
    }

    /// An in-memory database, for tests.
    pub fn in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(connection: Connection) -> Result<Store> {
        connection.busy_timeout(std::time::Duration::from_secs(10))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: an accepted request survives power loss, not only a crash.
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        let version: i64 = connection.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (index, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = connection.unchecked_transaction()?;
            tx.execute_batch(migration)?;
            tx.pragma_update(None, "user_version", index as i64 + 1)?;
            tx.commit()?;
        }
        Ok(Store {
            connection: Mutex::new(connection),
        })
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent: keep serving.
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Loads the seed catalogue when the database has no services. Returns how many it loaded.
    pub fn seed_if_empty(&self, catalogue: &str) -> Result<usize> {
        let seed: Value = serde_json::from_str(catalogue)
            .map_err(|e| StoreError(format!("seed catalogue: {e}")))?;
        let mut db = self.db();
        let count: i64 = db.query_row("SELECT count(*) FROM services", [], |r| r.get(0))?;
        if count > 0 {
            return Ok(0);
        }
        let services = seed["services"].as_array().cloned().unwrap_or_default();
        let tx = db.transaction()?;
        for (position, s) in services.iter().enumerate() {
            let text = |k: &str| s[k].as_str().map(str::to_owned);
            tx.execute(
                "INSERT INTO services (service_code, position, service_name, description, type, keywords, grp,
                   attributes, service_notice, agency_responsible, expected_days, batch_delay_seconds)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    text("service_code").ok_or_else(|| StoreError("seed: a service has no service_code".into()))?,
                    position as i64,
                    text("service_name").unwrap_or_default(),
                    text("description"),
                    text("type").unwrap_or_else(|| "realtime".into()),
                    text("keywords").unwrap_or_default(),
                    text("group"),
                    s.get("attributes").cloned().unwrap_or(Value::Array(vec![])).to_string(),
                    text("service_notice"),
                    text("agency_responsible"),
                    s["expected_days"].as_i64(),
                    s["batch_delay_seconds"].as_i64(),
                ],
            )?;
        }
        tx.commit()?;
        Ok(services.len())
    }

    /// Every service, in catalogue order.
    pub fn services(&self) -> Result<Vec<StoredService>> {
        let db = self.db();
        let mut statement = db.prepare("SELECT * FROM services ORDER BY position")?;
        let rows = statement.query_map([], service_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One service by code.
    pub fn service(&self, code: &str) -> Result<Option<StoredService>> {
        let db = self.db();
        Ok(db
            .query_row(
                "SELECT * FROM services WHERE service_code = ?1",
                [code],
                service_from_row,
            )
            .optional()?)
    }

    /// Stores a new request and its first history entry, atomically.
    pub fn insert_request(&self, record: &NewRecord, now: i64) -> Result<Inserted> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let next: i64 = tx.query_row(
            "SELECT coalesce(max(rowid), 0) + 1 FROM requests",
            [],
            |r| r.get(0),
        )?;
        let service_request_id = format!("{}", 1_000_000 + next);
        let token = record.with_token.then(|| random_token(next));
        let (lat, long) = record.lat_long.unzip();
        tx.execute(
            "INSERT INTO requests (service_request_id, token, id_ready_at, service_code, status, description,
               agency_responsible, service_notice, requested_at, updated_at, expected_at, address, address_id,
               lat, long, email, first_name, last_name, phone, device_id, account_id, media_url, attributes,
               more_media)
             VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
               ?18, ?19, ?20, ?21, ?22)",
            params![
                service_request_id, token, record.id_ready_at, record.service_code, record.description,
                record.agency_responsible, record.service_notice, now, record.expected_at, record.address,
                record.address_id, lat, long, record.email, record.first_name, record.last_name, record.phone,
                record.device_id, record.account_id, record.media_url, Value::Object(record.attributes.clone()).to_string(),
                serde_json::to_string(&record.more_media).unwrap_or_else(|_| "[]".into()),
            ],
        )?;
        let rowid = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO notes (request, at, type, status, summary) VALUES (?1, ?2, 'submitted', 'open', 'Request submitted')",
            params![rowid, now],
        )?;
        tx.commit()?;
        Ok(Inserted {
            service_request_id,
            token,
        })
    }

    /// Requests matching `filter`, newest first. Batch requests whose id is not ready yet show
    /// with their token only.
    pub fn requests(
        &self,
        filter: &RequestFilter,
        now: i64,
        with_notes: bool,
    ) -> Result<Vec<ServiceRequest>> {
        use rusqlite::types::Value::Real;
        let mut sql = String::from("SELECT * FROM requests WHERE 1 = 1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut any_of = |column: &str, values: &[String], sql: &mut String| {
            if !values.is_empty() {
                let marks = vec!["?"; values.len()].join(", ");
                sql.push_str(&format!(" AND {column} IN ({marks})"));
                args.extend(values.iter().cloned().map(rusqlite::types::Value::Text));
            }
        };
        if !filter.ids.is_empty() {
            // The spec: service_request_id overrides every other filter. Ids not yet issued
            // do not match.
            any_of("service_request_id", &filter.ids, &mut sql);
            sql.push_str(&format!(
                " AND id_ready_at IS NOT NULL AND id_ready_at <= {now}"
            ));
        } else {
            any_of("service_code", &filter.service_codes, &mut sql);
            let closed = filter.statuses.iter().any(|s| s == "closed");
            let open = filter.statuses.iter().any(|s| s == "open");
            if closed != open {
                // Every stored status maps to open or closed (FixMyStreet's final states are closed).
                let finals = "('closed','fixed','duplicate','not_councils_responsibility','no_further_action','cancelled')";
                sql.push_str(if closed {
                    " AND status IN "
                } else {
                    " AND status NOT IN "
                });
                sql.push_str(finals);
            }
            if let Some(start) = filter.start {
                sql.push_str(&format!(" AND requested_at >= {start}"));
            }
            if let Some(end) = filter.end {
                sql.push_str(&format!(" AND requested_at <= {end}"));
            }
        }
        // The spec: service_request_id overrides every other filter, nearby ones too.
        let nearby = filter.nearby.filter(|_| filter.ids.is_empty());
        for b in nearby.iter().flat_map(|n| n.boxes()) {
            sql.push_str(" AND lat BETWEEN ? AND ? AND long BETWEEN ? AND ?");
            args.extend([b.min_lat, b.max_lat, b.min_long, b.max_long].map(Real));
        }
        sql.push_str(" ORDER BY requested_at DESC, rowid DESC");
        if nearby.is_none() {
            sql.push_str(&format!(" LIMIT {} OFFSET {}", filter.limit, filter.offset));
        }
        let db = self.db();
        let mut statement = db.prepare(&sql)?;
        let rows: Vec<(i64, ServiceRequest)> = statement
            .query_map(rusqlite::params_from_iter(args), |row| {
                request_from_row(row, now)
            })?
            .collect::<rusqlite::Result<_>>()?;
        // Nearby: the exact distance, the order and the page, on what the boxes let through.
        let rows = match &nearby {
            Some(n) => crate::nearby::nearest_first(rows, n, filter.limit, filter.offset),
            None => rows,
        };
        let mut out = Vec::with_capacity(rows.len());
        for (rowid, mut request) in rows {
            if with_notes {
                request.notes = notes(&db, rowid)?;
            }
            out.push(request);
        }
        Ok(out)
    }

    /// One request by its id (`None` when unknown or not yet issued).
    pub fn request(&self, id: &str, now: i64, with_notes: bool) -> Result<Option<ServiceRequest>> {
        let filter = RequestFilter {
            ids: vec![id.to_owned()],
            limit: 1,
            ..RequestFilter::default()
        };
        Ok(self.requests(&filter, now, with_notes)?.into_iter().next())
    }

    /// A token's request id: `Ok(None)` for an unknown token, `Ok(Some(None))` while pending.
    pub fn token(&self, token: &str, now: i64) -> Result<Option<Option<String>>> {
        let db = self.db();
        Ok(db
            .query_row(
                "SELECT service_request_id, id_ready_at FROM requests WHERE token = ?1",
                [token],
                |r| {
                    let id: String = r.get(0)?;
                    let ready: Option<i64> = r.get(1)?;
                    Ok(ready.filter(|at| *at <= now).map(|_| id))
                },
            )
            .optional()?)
    }

    /// Staff action: sets a request's status and notes, and records it in the history.
    /// Returns false when no request has that id.
    pub fn set_status(
        &self,
        id: &str,
        status: &Status,
        note: Option<&str>,
        now: i64,
    ) -> Result<bool> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let rowid: Option<i64> = tx
            .query_row(
                "SELECT rowid FROM requests WHERE service_request_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(rowid) = rowid else { return Ok(false) };
        tx.execute(
            "UPDATE requests SET status = ?1, status_notes = ?2, updated_at = ?3 WHERE rowid = ?4",
            params![status.as_str(), note, now, rowid],
        )?;
        let kind = if status.is_closed() {
            "closed"
        } else {
            "activity"
        };
        tx.execute(
            "INSERT INTO notes (request, at, type, status, summary, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![rowid, now, kind, status.as_str(), format!("Status changed to {}", status.as_str()), note],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// How many requests are stored (for tests and logs).
    pub fn request_count(&self) -> Result<i64> {
        Ok(self
            .db()
            .query_row("SELECT count(*) FROM requests", [], |r| r.get(0))?)
    }
}

fn service_from_row(row: &Row<'_>) -> rusqlite::Result<StoredService> {
    let code: String = row.get("service_code")?;
    let attributes: String = row.get("attributes")?;
    let attributes: Value = serde_json::from_str(&attributes).unwrap_or(Value::Array(vec![]));
    let definition = open311::decode::service_definition_from_value(
        &serde_json::json!({ "service_code": code, "attributes": attributes }),
    )
    .unwrap_or(ServiceDefinition {
        service_code: code.clone(),
        attributes: vec![],
    });
    let keywords: String = row.get("keywords")?;
    let group: Option<String> = row.get("grp")?;
    let service_type: String = row.get("type")?;
    Ok(StoredService {
        service: Service {
            service_code: code,
            service_name: row.get("service_name")?,
            description: row.get("description")?,
            metadata: !definition.attributes.is_empty(),
            service_type: ServiceType::parse(&service_type),
            keywords: keywords
                .split(',')
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect(),
            groups: group.into_iter().collect(),
            service_notice: row.get("service_notice")?,
        },
        definition,
        service_notice: row.get("service_notice")?,
        agency_responsible: row.get("agency_responsible")?,
        expected_days: row.get("expected_days")?,
        batch_delay_seconds: row.get("batch_delay_seconds")?,
    })
}

fn request_from_row(row: &Row<'_>, now: i64) -> rusqlite::Result<(i64, ServiceRequest)> {
    let ready: Option<i64> = row.get("id_ready_at")?;
    let issued = ready.is_some_and(|at| at <= now);
    let at = |column: &str| -> rusqlite::Result<Option<DateTime>> {
        Ok(row.get::<_, Option<i64>>(column)?.map(DateTime::from_unix))
    };
    let lat: Option<f64> = row.get("lat")?;
    let long: Option<f64> = row.get("long")?;
    let media: Option<String> = row.get("media_url")?;
    let more_media: String = row.get("more_media")?;
    let more_media: Vec<String> = serde_json::from_str(&more_media).unwrap_or_default();
    let attributes: String = row.get("attributes")?;
    let attributes: Value = serde_json::from_str(&attributes).unwrap_or(Value::Null);
    let status: String = row.get("status")?;
    Ok((
        row.get("rowid")?,
        ServiceRequest {
            service_request_id: if issued {
                Some(row.get("service_request_id")?)
            } else {
                None
            },
            token: row.get("token")?,
            status: Some(Status::parse(&status)),
            status_notes: row.get("status_notes")?,
            service_name: None,
            service_code: Some(row.get("service_code")?),
            description: row.get("description")?,
            agency_responsible: row.get("agency_responsible")?,
            service_notice: row.get("service_notice")?,
            requested_datetime: at("requested_at")?,
            updated_datetime: at("updated_at")?,
            expected_datetime: at("expected_at")?,
            address: row.get("address")?,
            address_id: row.get("address_id")?,
            zipcode: row.get("zipcode")?,
            location: lat
                .zip(long)
                .map(|(lat, long)| open311::LatLong { lat, long }),
            media_urls: media.into_iter().chain(more_media).collect(),
            notes: Vec::new(),
            attributes: attributes
                .as_object()
                .map(|map| {
                    map.iter()
                        .map(|(code, values)| open311::RequestAttribute {
                            code: code.clone(),
                            label: None,
                            values: values
                                .as_array()
                                .map(|v| {
                                    v.iter()
                                        .filter_map(|x| x.as_str().map(str::to_owned))
                                        .collect()
                                })
                                .unwrap_or_default(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        },
    ))
}

fn notes(db: &Connection, rowid: i64) -> Result<Vec<Note>> {
    let mut statement = db.prepare("SELECT at, type, status, summary, description FROM notes WHERE request = ?1 ORDER BY at, rowid")?;
    let rows = statement.query_map([rowid], |r| {
        let status: Option<String> = r.get(2)?;
        Ok(Note {
            datetime: Some(DateTime::from_unix(r.get(0)?)),
            note_type: Some(r.get(1)?),
            status: status.map(|s| Status::parse(&s)),
            summary: r.get(3)?,
            description: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// 24 hex digits, like the Connected Bits tokens: unguessable enough for a test server.
fn random_token(salt: i64) -> String {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    let mut a = state.build_hasher();
    a.write_i64(salt);
    a.write_i64(now());
    let mut b = state.build_hasher();
    b.write_u64(a.finish());
    format!("{:016x}{:08x}", a.finish(), b.finish() as u32)
}
