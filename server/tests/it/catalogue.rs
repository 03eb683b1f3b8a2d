//! The query catalogue: every SQL statement written as a literal in the
//! code (`sqlx::query("…")`, `query_as`, `query_scalar`, and `format!`
//! strings whose only holes are the same file's `const` SQL fragments) is
//! prepared on a migrated SQLite and PostgreSQL database. A table or column
//! one dialect lacks, or SQL only one dialect parses, fails here, before
//! any test happens to run that statement. Statements built from runtime
//! pieces are counted and left to the integration tests that run them.

use crate::harness::{Db, TestApp, postgres_url};
use sqlx::Executor;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One statement and where it is written.
struct Statement {
    at: String,
    sql: String,
}

/// The code's source files (`app`, `server/src`), in order.
pub fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut stack = vec![root.join("app"), root.join("server/src")];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The string literal at the start of `s` (after white space), decoded,
/// and the rest after it.
fn literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start();
    if let Some(raw) = s.strip_prefix("r#\"") {
        let end = raw.find("\"#")?;
        return Some((raw[..end].to_owned(), &raw[end + 2..]));
    }
    let body = s.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                '\\' => out.push('\\'),
                '"' => out.push('"'),
                '\'' => out.push('\''),
                // A line continuation: the break and the next line's indent go.
                '\n' => {
                    let rest = &body[i + 2..];
                    let skip = rest.len() - rest.trim_start().len();
                    for _ in 0..skip {
                        chars.next();
                    }
                }
                other => {
                    out.push('\\');
                    out.push(other);
                }
            },
            c => out.push(c),
        }
    }
    None
}

/// The file's `const NAME: &str = "…";` SQL fragments.
fn constants(text: &str) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for part in text.split("const ").skip(1) {
        let Some((name, rest)) = part.split_once(": &str =") else {
            continue;
        };
        if let Some((value, _)) = literal(rest) {
            found.insert(name.trim().to_owned(), value);
        }
    }
    found
}

/// Fills a `format!` string's holes from the constants; `None` when a hole is anything else.
fn filled(template: &str, constants: &BTreeMap<String, String>) -> Option<String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        out.push_str(constants.get(&after[..close])?);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// Every statement the catalogue can read, and how many it could not.
fn catalogue() -> (Vec<Statement>, usize) {
    let (mut found, mut skipped) = (Vec::new(), 0);
    for path in sources() {
        let text = std::fs::read_to_string(&path).expect("source file");
        let consts = constants(&text);
        let name = path.display().to_string();
        for start in ["query(", "query_as(", "query_scalar("]
            .iter()
            .flat_map(|p| text.match_indices(p).map(move |(i, _)| i + p.len()))
        {
            // A turbofish (`query_as::<_, (i64,)>(`) is found by its `(` too.
            let line = text[..start].matches('\n').count() + 1;
            let after = &text[start..];
            let sql = match literal(after) {
                Some((sql, _)) => Some(sql),
                None => after
                    .trim_start()
                    .trim_start_matches('&')
                    .strip_prefix("format!(")
                    .and_then(literal)
                    .and_then(|(t, rest)| rest.trim_start().starts_with(')').then_some(t))
                    .and_then(|t| filled(&t, &consts)),
            };
            match sql {
                Some(sql) if sql.trim_start().len() > 6 => found.push(Statement {
                    at: format!("{name}:{line}"),
                    sql,
                }),
                _ => skipped += 1,
            }
        }
    }
    (found, skipped)
}

/// What only SQLite runs (its settings, its online backup): the code runs
/// them on SQLite only.
fn sqlite_only(sql: &str) -> bool {
    let s = sql.trim_start().to_ascii_uppercase();
    s.starts_with("PRAGMA") || s.starts_with("VACUUM")
}

async fn prepare_all(pool: &sqlx::AnyPool, statements: &[Statement], postgres: bool) -> Vec<String> {
    let mut conn = pool.acquire().await.expect("a connection");
    let mut failed = Vec::new();
    for s in statements.iter().filter(|s| !(postgres && sqlite_only(&s.sql))) {
        if let Err(e) = (&mut *conn).prepare(s.sql.as_str()).await {
            failed.push(format!("{}: {e}\n    {}", s.at, s.sql.replace('\n', " ")));
        }
    }
    failed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_literal_query_prepares_on_both_databases() {
    let (statements, skipped) = catalogue();
    eprintln!(
        "query catalogue: {} statements prepared, {skipped} calls not read (SQL built at run time)",
        statements.len()
    );
    assert!(
        statements.len() >= 150,
        "the catalogue found the code's queries ({})",
        statements.len()
    );
    let lite = TestApp::spawn(Db::Sqlite).await;
    let failed = prepare_all(&lite.state.db.pool, &statements, false).await;
    assert!(failed.is_empty(), "on SQLite:\n{}", failed.join("\n"));
    if postgres_url().is_some() {
        let pg = TestApp::spawn(Db::Postgres).await;
        let failed = prepare_all(&pg.state.db.pool, &statements, true).await;
        pg.cleanup().await;
        assert!(failed.is_empty(), "on PostgreSQL:\n{}", failed.join("\n"));
    }
}
