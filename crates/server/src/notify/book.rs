//! The notifier's memory (SQLite, in the server's database file, tables of its own): who asked to
//! be told about which request, what each was last told, and the messages not yet delivered.
//! A change is written as a delivery in the same transaction that moves the subscription's
//! "last told" on, so a change noticed before the server stops is sent after it restarts, and a
//! change is queued once per subscription however often the notifier looks.
//!
//! A subscription holds what it needs and no more: the request, the language, and either the
//! browser's push endpoint and keys or the email address (with its confirmation). Nothing
//! about the resident otherwise.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use frontdesk_core::notify::Watched;
use rusqlite::{Connection, OptionalExtension, params};

use crate::store::{Result, StoreError};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS notify_subscriptions (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    language TEXT NOT NULL,
    endpoint TEXT,
    p256dh TEXT,
    auth TEXT,
    email TEXT,
    -- The secret in the confirmation email's link; NULL once confirmed (and for push).
    confirm TEXT UNIQUE,
    told TEXT NOT NULL,
    created INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS notify_subscriptions_request ON notify_subscriptions(request_id);
CREATE TABLE IF NOT EXISTS notify_deliveries (
    id INTEGER PRIMARY KEY,
    subscription_id TEXT NOT NULL REFERENCES notify_subscriptions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    ends INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS notify_deliveries_due ON notify_deliveries(due);
";

/// How a subscriber is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Channel {
    /// A browser's push subscription (RFC 8030 endpoint, RFC 8291 keys as base64url).
    Push {
        endpoint: String,
        p256dh: String,
        auth: String,
    },
    /// An email address, with the secret of its confirmation link until its owner opens it.
    Email {
        address: String,
        confirm: Option<String>,
    },
}

/// One subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub id: String,
    pub request_id: String,
    pub language: String,
    pub channel: Channel,
    /// What it was last told (or the request's state when it began).
    pub told: Watched,
}

/// What a delivery says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The request changed to the delivery's state.
    Change,
    /// The first email to an address: confirm it.
    Confirm,
}

/// A message waiting to be delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub subscription: Subscription,
    pub kind: Kind,
    pub state: Watched,
    /// The last message of a closed request: the subscription ends once it is delivered.
    pub ends: bool,
    pub attempts: u32,
}

/// The notifier's tables.
pub struct Book {
    connection: Mutex<Connection>,
}

fn failed(e: impl std::fmt::Display) -> StoreError {
    StoreError(e.to_string())
}

impl Book {
    /// The tables in the database at `path` (made if missing).
    pub fn open(path: &Path) -> Result<Book> {
        Self::prepare(Connection::open(path)?)
    }

    /// In memory, for tests.
    pub fn in_memory() -> Result<Book> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(connection: Connection) -> Result<Book> {
        connection.busy_timeout(std::time::Duration::from_secs(10))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        connection.execute_batch(SCHEMA)?;
        Ok(Book {
            connection: Mutex::new(connection),
        })
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds a subscription; an email one also queues its confirmation. The same browser or
    /// address asking again about the same request gets the subscription it already has: the
    /// id of that one is returned.
    pub fn add(&self, subscription: &Subscription, now: i64) -> Result<String> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let (endpoint, p256dh, auth, email, confirm) = match &subscription.channel {
            Channel::Push {
                endpoint,
                p256dh,
                auth,
            } => (Some(endpoint), Some(p256dh), Some(auth), None, None),
            Channel::Email { address, confirm } => {
                (None, None, None, Some(address), confirm.as_ref())
            }
        };
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM notify_subscriptions WHERE request_id = ?1
                 AND (endpoint = ?2 OR email = ?3)",
                params![subscription.request_id, endpoint, email],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            // A push subscription's keys may have been renewed by the browser.
            if let (Some(p256dh), Some(auth)) = (p256dh, auth) {
                tx.execute(
                    "UPDATE notify_subscriptions SET p256dh = ?2, auth = ?3, language = ?4 WHERE id = ?1",
                    params![id, p256dh, auth, subscription.language],
                )?;
            }
            tx.commit()?;
            return Ok(id);
        }
        tx.execute(
            "INSERT INTO notify_subscriptions
             (id, request_id, language, endpoint, p256dh, auth, email, confirm, told, created)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                subscription.id,
                subscription.request_id,
                subscription.language,
                endpoint,
                p256dh,
                auth,
                email,
                confirm,
                subscription.told.to_text(),
                now
            ],
        )?;
        if email.is_some() {
            tx.execute(
                "INSERT INTO notify_deliveries (subscription_id, kind, state, ends, due)
                 VALUES (?1, 'confirm', ?2, 0, ?3)",
                params![subscription.id, subscription.told.to_text(), now],
            )?;
        }
        tx.commit()?;
        Ok(subscription.id.clone())
    }

    /// Ends a subscription (and drops what it had waiting); `false` if there was none.
    pub fn remove(&self, id: &str) -> Result<bool> {
        let removed = self
            .db()
            .execute("DELETE FROM notify_subscriptions WHERE id = ?1", [id])?;
        Ok(removed > 0)
    }

    /// Confirms the address whose confirmation link carries `secret`: the request's id and the
    /// subscriber's language, or `None` when no subscription waits for it.
    pub fn confirm(&self, secret: &str) -> Result<Option<(String, String)>> {
        let db = self.db();
        let request: Option<(String, String)> = db
            .query_row(
                "SELECT request_id, language FROM notify_subscriptions WHERE confirm = ?1",
                [secret],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if request.is_some() {
            db.execute(
                "UPDATE notify_subscriptions SET confirm = NULL WHERE confirm = ?1",
                [secret],
            )?;
        }
        Ok(request)
    }

    /// One subscription.
    pub fn subscription(&self, id: &str) -> Result<Option<Subscription>> {
        self.db()
            .query_row(
                &format!("{SELECT} WHERE id = ?1"),
                [id],
                row_to_subscription,
            )
            .optional()
            .map_err(failed)
    }

    /// Every request someone follows, each once.
    pub fn request_ids(&self) -> Result<Vec<String>> {
        let db = self.db();
        let mut statement =
            db.prepare("SELECT DISTINCT request_id FROM notify_subscriptions ORDER BY request_id")?;
        let ids = statement
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// The subscriptions to `request_id`.
    pub fn subscriptions_to(&self, request_id: &str) -> Result<Vec<Subscription>> {
        let db = self.db();
        let mut statement = db.prepare(&format!("{SELECT} WHERE request_id = ?1 ORDER BY id"))?;
        let all = statement
            .query_map([request_id], row_to_subscription)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(all)
    }

    /// How many subscriptions there are.
    pub fn count(&self) -> Result<usize> {
        let n: i64 = self
            .db()
            .query_row("SELECT COUNT(*) FROM notify_subscriptions", [], |r| {
                r.get(0)
            })?;
        Ok(n as usize)
    }

    /// Records that `subscription_id` is to be told `state` (ending it when `ends`): the
    /// delivery is queued and "last told" moves on, together or not at all.
    pub fn queue_change(
        &self,
        subscription_id: &str,
        state: &Watched,
        ends: bool,
        now: i64,
    ) -> Result<()> {
        let mut db = self.db();
        let tx = db.transaction()?;
        tx.execute(
            "UPDATE notify_subscriptions SET told = ?2 WHERE id = ?1",
            params![subscription_id, state.to_text()],
        )?;
        tx.execute(
            "INSERT INTO notify_deliveries (subscription_id, kind, state, ends, due)
             VALUES (?1, 'change', ?2, ?3, ?4)",
            params![subscription_id, state.to_text(), ends, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Whether `subscription_id` has messages waiting.
    pub fn has_waiting(&self, subscription_id: &str) -> Result<bool> {
        let n: i64 = self.db().query_row(
            "SELECT COUNT(*) FROM notify_deliveries WHERE subscription_id = ?1",
            [subscription_id],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    /// The deliveries due at `now`, oldest first.
    pub fn due(&self, now: i64) -> Result<Vec<Delivery>> {
        let db = self.db();
        let mut statement = db.prepare(
            "SELECT d.id, d.kind, d.state, d.ends, d.attempts, s.id, s.request_id, s.language,
                    s.endpoint, s.p256dh, s.auth, s.email, s.confirm, s.told
             FROM notify_deliveries d JOIN notify_subscriptions s ON s.id = d.subscription_id
             WHERE d.due <= ?1 ORDER BY d.id",
        )?;
        let rows = statement
            .query_map([now], |r| {
                let subscription = subscription_from(r, 5)?;
                let kind: String = r.get(1)?;
                let state: String = r.get(2)?;
                Ok(Delivery {
                    id: r.get(0)?,
                    kind: if kind == "confirm" {
                        Kind::Confirm
                    } else {
                        Kind::Change
                    },
                    state: Watched::from_text(&state).unwrap_or_else(|| subscription.told.clone()),
                    ends: r.get(3)?,
                    attempts: r.get(4)?,
                    subscription,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// A delivery went out (or will never go): forgotten.
    pub fn delivered(&self, delivery_id: i64) -> Result<()> {
        self.db()
            .execute("DELETE FROM notify_deliveries WHERE id = ?1", [delivery_id])?;
        Ok(())
    }

    /// A delivery to try again at `due`.
    pub fn retry(&self, delivery_id: i64, due: i64) -> Result<()> {
        self.db().execute(
            "UPDATE notify_deliveries SET attempts = attempts + 1, due = ?2 WHERE id = ?1",
            params![delivery_id, due],
        )?;
        Ok(())
    }
}

const SELECT: &str = "SELECT id, request_id, language, endpoint, p256dh, auth, email, confirm, told
                      FROM notify_subscriptions";

fn row_to_subscription(row: &rusqlite::Row<'_>) -> rusqlite::Result<Subscription> {
    subscription_from(row, 0)
}

/// The subscription in the columns from `at`: id, request_id, language, endpoint, p256dh,
/// auth, email, confirm, told.
fn subscription_from(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Subscription> {
    let endpoint: Option<String> = row.get(at + 3)?;
    let email: Option<String> = row.get(at + 6)?;
    let confirm: Option<String> = row.get(at + 7)?;
    let told: String = row.get(at + 8)?;
    let channel = match (endpoint, email) {
        (Some(endpoint), _) => Channel::Push {
            endpoint,
            p256dh: row.get::<_, Option<String>>(at + 4)?.unwrap_or_default(),
            auth: row.get::<_, Option<String>>(at + 5)?.unwrap_or_default(),
        },
        (None, address) => Channel::Email {
            address: address.unwrap_or_default(),
            confirm,
        },
    };
    Ok(Subscription {
        id: row.get(at)?,
        request_id: row.get(at + 1)?,
        language: row.get(at + 2)?,
        channel,
        told: Watched::from_text(&told).unwrap_or(Watched {
            status: String::new(),
            notes: None,
            expected: None,
        }),
    })
}
