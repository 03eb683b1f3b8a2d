use clap::Parser;

/// See server/Cargo.toml: memory freed is memory returned.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use server::settings::{Cli, Command};

fn main() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: starting the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    runtime.block_on(serve())
}

async fn serve() -> std::process::ExitCode {
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
        }) => server::admin::create_admin(cli.settings, &email, &name, &government).await,
        Some(Command::RotateKey) => server::rotate::rotate_key(&cli.settings).await,
        Some(Command::Backup { to }) => server::backup::backup(&cli.settings, &to).await,
        Some(Command::Restore { from, replace }) => server::backup::restore(&cli.settings, &from, replace).await,
        Some(Command::ImportCalendar { file }) => {
            server::calendar::import(&file, &cli.settings.calendar_dir).map(|filed| println!("{filed}"))
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
