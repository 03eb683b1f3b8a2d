//! The two dialects' migrations build the same database: the same tables,
//! the same columns in each, the same named indexes, and each constraint the
//! code names (`violates(e, postgres_name, …)`) present on PostgreSQL. The
//! migrations are written twice (`migrations/sqlite`, `migrations/postgres`);
//! this is what keeps them one schema.

use crate::harness::{Db, TestApp, postgres_url};
use std::collections::{BTreeMap, BTreeSet};

/// Tables with their columns, and the indexes created by name (not those a
/// primary key or a UNIQUE constraint makes by itself).
#[derive(Debug, Default, PartialEq)]
struct Schema {
    tables: BTreeMap<String, BTreeSet<String>>,
    indexes: BTreeSet<(String, String)>,
}

async fn sqlite_schema(pool: &sqlx::AnyPool) -> Schema {
    let mut s = Schema::default();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    for t in tables {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
            .bind(&t)
            .fetch_all(pool)
            .await
            .expect("columns");
        s.tables.insert(t, columns.into_iter().collect());
    }
    let indexes: Vec<(String, String)> =
        sqlx::query_as("SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            .fetch_all(pool)
            .await
            .expect("indexes");
    s.indexes = indexes.into_iter().collect();
    s
}

async fn postgres_schema(pool: &sqlx::AnyPool) -> Schema {
    let mut s = Schema::default();
    let columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.table_name::text, c.column_name::text
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
           AND c.table_name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .expect("columns");
    for (t, c) in columns {
        s.tables.entry(t).or_default().insert(c);
    }
    let indexes: Vec<(String, String)> = sqlx::query_as(
        "SELECT t.relname::text, i.relname::text
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         LEFT JOIN pg_constraint k ON k.conindid = x.indexrelid
         WHERE n.nspname = current_schema() AND k.oid IS NULL AND t.relname <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .expect("indexes");
    s.indexes = indexes.into_iter().collect();
    s
}

/// The PostgreSQL names the store matches a refused write against.
fn named_in_code() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for path in crate::catalogue::sources() {
        let text = std::fs::read_to_string(&path).expect("source file");
        for part in text.split("violates(").skip(1) {
            // violates(&e, "postgres_name", "sqlite_column"); a name
            // given by a constant is not followed.
            let args = part.split(')').next().unwrap_or_default();
            if let Some(name) = args.split(',').nth(1).map(str::trim)
                && let Some(name) = name.strip_prefix('"').and_then(|n| n.strip_suffix('"'))
            {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_dialects_build_the_same_schema() {
    if postgres_url().is_none() {
        return;
    }
    let lite = TestApp::spawn(Db::Sqlite).await;
    let pg = TestApp::spawn(Db::Postgres).await;
    let (l, p) = (
        sqlite_schema(&lite.state.db.pool).await,
        postgres_schema(&pg.state.db.pool).await,
    );
    let names = |s: &Schema| s.tables.keys().cloned().collect::<BTreeSet<_>>();
    assert_eq!(names(&l), names(&p), "the same tables");
    for (table, columns) in &l.tables {
        assert_eq!(Some(columns), p.tables.get(table), "the columns of {table}");
    }
    assert_eq!(l.indexes, p.indexes, "the same named indexes");

    let constraints: BTreeSet<String> = sqlx::query_scalar(
        "SELECT k.conname::text FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
         WHERE n.nspname = current_schema()
         UNION SELECT i.relname::text FROM pg_class i JOIN pg_namespace n ON n.oid = i.relnamespace
         WHERE n.nspname = current_schema() AND i.relkind = 'i'",
    )
    .fetch_all(&pg.state.db.pool)
    .await
    .expect("constraints")
    .into_iter()
    .collect();
    let named = named_in_code();
    assert!(!named.is_empty(), "the store names the constraints it matches");
    let missing: Vec<_> = named.difference(&constraints).collect();
    assert!(
        missing.is_empty(),
        "constraints named in code but absent on PostgreSQL: {missing:?}"
    );
}

/// Every status the store's SQL writes as a literal (`status = 'open'`,
/// `status IN ('declined', 'expired')`) is the stored name of a member of
/// one of the domain's status sets: a renamed member cannot leave a query
/// that matches nothing.
#[test]
fn status_literals_in_sql_are_the_domains_names() {
    use domain::Named;
    use domain::booking::waitlist::{OfferStatus, WaitStatus};
    use domain::booking::{DayStatus, RegistrationStatus};
    use domain::meals::certificate::ApplicationStatus;
    let known = |name: &str| {
        RegistrationStatus::parse(name).is_some()
            || DayStatus::parse(name).is_some()
            || WaitStatus::parse(name).is_some()
            || OfferStatus::parse(name).is_some()
            || ApplicationStatus::parse(name).is_some()
    };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (mut seen, mut unknown) = (0, Vec::new());
    let mut stack = vec![root.join("app/booking/src/store"), root.join("app/meals/src/store")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("store folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("store file");
            for (i, _) in text.match_indices("status ") {
                let rest = &text[i + "status ".len()..];
                let list = if let Some(r) = rest.strip_prefix("= '").or_else(|| rest.strip_prefix("<> '")) {
                    r.split('\'').next().map(|n| vec![n.to_owned()])
                } else if let Some(r) = rest.strip_prefix("IN (").or_else(|| rest.strip_prefix("NOT IN (")) {
                    r.split(')')
                        .next()
                        .filter(|l| l.contains('\''))
                        .map(|l| l.split(',').map(|n| n.trim().trim_matches('\'').to_owned()).collect())
                } else {
                    None
                };
                for name in list.unwrap_or_default() {
                    seen += 1;
                    if !known(&name) {
                        unknown.push(format!("{}: {name}", path.display()));
                    }
                }
            }
        }
    }
    assert!(seen >= 20, "the store's status literals were found ({seen})");
    assert!(unknown.is_empty(), "statuses no domain set names: {unknown:?}");
}
