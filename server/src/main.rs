use clap::Parser;

/// See server/Cargo.toml: memory freed is memory returned.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use server::settings::{Cli, Command};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    server::init_tracing(&cli.settings.log_format);
    let result = match cli.command {
        None | Some(Command::Serve) => match server::prepare(cli.settings, Default::default()).await {
            Ok(s) => server::run(s).await,
            Err(e) => Err(e),
        },
        Some(Command::CreateAdmin {
            email,
            name,
            government,
        }) => server::demo::create_admin(cli.settings, &email, &name, &government).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
