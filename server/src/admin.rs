//! The `create-admin` command: a real first administrator of the city or the
//! county, its password read from `ADMIN_PASSWORD` or standard input.

use crate::settings::Settings;
use anyhow::{Context, Result, bail};
use domain::Named;
use domain::platform::{Email, NewPassword, Role};
use platform::ssr::{auth_backend::hash_password, users};

pub async fn create_admin(settings: Settings, email: &str, name: &str, government: &str) -> Result<()> {
    settings.check()?;
    let db = crate::db::connect(&settings).await?;
    let password = match std::env::var("ADMIN_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .context("reading the password from standard input")?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    let email = Email::parse(email).map_err(|_| anyhow::anyhow!("--email is not a valid e-mail address"))?;
    let password = NewPassword::parse(&password).map_err(|e| anyhow::anyhow!("the password: {e}"))?;
    let role = match government {
        "city" => Role::CityAdmin,
        "county" => Role::CountyAdmin,
        other => bail!("--government must be city or county, not {other}"),
    };
    let hash = hash_password(password.expose().to_owned()).await;
    let now = platform::ssr::clock::Clock::default().now();
    let new = users::NewUser {
        email: &email,
        password_hash: &hash,
        role,
        display_name: name,
        workplace: None,
        is_demo: false,
        must_change_password: false,
    };
    users::insert(&db, new, now)
        .await
        .map_err(|e| anyhow::anyhow!("could not create the account: {e}"))?;
    println!("created {} ({})", email, role.as_str());
    Ok(())
}
