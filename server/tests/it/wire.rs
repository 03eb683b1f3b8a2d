//! Talking to the server as a browser does; shared by the integration tests
//! and the load generator (`examples/loadgen.rs` includes this file).

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Calls a server function as the browser does (form-encoded arguments, JSON
/// answer). A transport failure or an undecodable answer panics: neither a
/// test nor a benchmark means anything after one.
pub async fn call_with<I, O>(client: &reqwest::Client, base: &str, input: I) -> Result<O, I::Error>
where
    I: Serialize + server_fn::ServerFn,
    I::Error: DeserializeOwned,
    O: DeserializeOwned,
{
    let body = serde_qs::to_string(&input).expect("encode arguments");
    let res = client
        .post(format!("{base}{}", I::PATH))
        .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(reqwest::header::ACCEPT, "application/json")
        .body(body)
        .send()
        .await
        .expect("request");
    let status = res.status();
    let ok = status.is_success();
    let text = res.text().await.expect("body");
    // Every refusal answers with its own status (`server/src/refusals.rs`):
    // checked on each one the suite meets.
    if let (false, Ok(e)) = (ok, serde_json::from_str::<platform::AppError<serde_json::Value>>(&text)) {
        assert_eq!(status.as_u16(), e.http_status(), "the status of {text}");
    }
    if ok {
        Ok(serde_json::from_str(&text).unwrap_or_else(|e| panic!("decoding {text}: {e}")))
    } else {
        Err(serde_json::from_str(&text).unwrap_or_else(|e| panic!("decoding error {text}: {e}")))
    }
}

/// A valid national ID number, different for each `n`.
pub fn national_id(n: u32) -> String {
    domain::booking::NationalId::example('A', 1, n)
        .expect("one check digit fits")
        .expose()
        .to_string()
}
