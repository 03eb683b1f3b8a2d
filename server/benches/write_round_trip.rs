//! What a statement costs on SQLite's write connection, the serial section
//! that bounds registrations per second (docs/performance.md,
//! "Registrations"). sqlx runs each SQLite connection on a thread of its own:
//! every statement awaited is a round trip between that thread and the task
//! awaiting it. The same 100 updates are timed awaited one by one (100 round
//! trips) and sent together as one batch (one round trip), so the difference
//! is the round trip itself; a write transaction of one update (begin,
//! update, commit) shows what a transaction's own statements add.
//!
//! `cargo bench -p server --bench write_round_trip`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use server::settings::DbKind;
use std::time::{Duration, Instant};

const STATEMENTS: u64 = 100;
const UPDATE: &str = "UPDATE bench_counter SET n = n + 1 WHERE id = 1;";

fn timed<F, Fut>(rt: &tokio::runtime::Runtime, iters: u64, mut one: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: Future<Output = ()>,
{
    rt.block_on(async {
        let start = Instant::now();
        for _ in 0..iters {
            one().await;
        }
        start.elapsed()
    })
}

fn write_connection(c: &mut Criterion) {
    // As the server runs: the multi-threaded runtime, the write connection
    // opened by the server's own code with its pragmas.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    let db = rt
        .block_on(server::db::connect_url(&url, DbKind::Sqlite, 5_000))
        .expect("the database");
    rt.block_on(async {
        sqlx::query("CREATE TABLE bench_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
            .execute(&db.pool)
            .await?;
        sqlx::query("INSERT INTO bench_counter (id, n) VALUES (1, 0)")
            .execute(&db.pool)
            .await
    })
    .expect("the bench table");

    let mut g = c.benchmark_group("sqlite_write_connection");
    g.throughput(Throughput::Elements(STATEMENTS));
    g.bench_function("100_updates_each_awaited", |b| {
        b.iter_custom(|iters| {
            timed(&rt, iters, || async {
                let mut tx = db.begin_write().await.expect("begin");
                for _ in 0..STATEMENTS {
                    sqlx::query(UPDATE).execute(&mut *tx).await.expect("update");
                }
                tx.commit().await.expect("commit");
            })
        })
    });
    let batch = UPDATE.repeat(STATEMENTS as usize);
    g.bench_function("100_updates_sent_together", |b| {
        b.iter_custom(|iters| {
            timed(&rt, iters, || async {
                let mut tx = db.begin_write().await.expect("begin");
                sqlx::raw_sql(&batch).execute(&mut *tx).await.expect("updates");
                tx.commit().await.expect("commit");
            })
        })
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("transaction_of_one_update", |b| {
        b.iter_custom(|iters| {
            timed(&rt, iters, || async {
                let mut tx = db.begin_write().await.expect("begin");
                sqlx::query(UPDATE).execute(&mut *tx).await.expect("update");
                tx.commit().await.expect("commit");
            })
        })
    });
    g.finish();
}

criterion_group!(benches, write_connection);
criterion_main!(benches);
