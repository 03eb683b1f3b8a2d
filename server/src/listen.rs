//! Accepting connections: at most `MAX_CONNECTIONS` served at once (the
//! next waits in the system's queue until one closes), each closed when it
//! takes longer than `HEADER_TIMEOUT_SECS` to send a request's headers or
//! stays idle that long between requests. `axum::serve` sets neither, so a
//! client that opens connections and never finishes a request would hold
//! them, and the process's files, for ever.
//!
//! HTTP/1.1 only: TLS and HTTP/2 end at the reverse proxy in front
//! (`docs/operations.md`).

use crate::settings::Connections;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::{Service, ServiceExt};

/// How long open requests may take to finish once the server is told to
/// stop (inside the unit's `TimeoutStopSec=30`, `docs/operations.md`).
const DRAIN: Duration = Duration::from_secs(25);

/// Files the process keeps for itself beside the connections (database,
/// logs, the mail and upload files it writes).
const OWN_FILES: u64 = 64;

/// Serves `app` on `listener` until `shutdown`, then lets open requests finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: &Connections,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let cap = connection_cap(limits.max_connections);
    let permits = Arc::new(Semaphore::new(cap));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout());
    let graceful = GracefulShutdown::new();
    let mut make = app.into_make_service_with_connect_info::<SocketAddr>();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, addr) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of files or a connection reset while queued: the
                    // listener itself is fine; wait a moment and go on.
                    tracing::warn!(error = %e, "a connection could not be accepted");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(router) = make.call(addr).await;
        let service =
            TowerToHyperService::new(router.map_request(|r: http::Request<Incoming>| r.map(axum::body::Body::new)));
        let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A client that went away or sent no headers in time: nothing to report.
            let _ = conn.await;
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN, graceful.shutdown()).await.is_err() {
        tracing::warn!("requests still open after {} s were cut off", DRAIN.as_secs());
    }
}

/// The cap, lowered when the process may not open that many files even
/// after raising its soft limit to the hard one.
fn connection_cap(wanted: usize) -> usize {
    let limit = match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(n) => n,
        Err(e) => {
            tracing::warn!(error = %e, "the open-files limit could not be read");
            return wanted;
        }
    };
    let fits = usize::try_from(limit.saturating_sub(OWN_FILES))
        .unwrap_or(usize::MAX)
        .max(1);
    if fits < wanted {
        tracing::warn!(
            wanted,
            serving = fits,
            open_files_limit = limit,
            "MAX_CONNECTIONS lowered to what the open-files limit allows (raise LimitNOFILE)"
        );
    }
    wanted.min(fits)
}
