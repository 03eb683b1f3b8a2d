//! Generates the translation module from `locales/<locale>/<namespace>.json`.
//! A key missing in one language, or an unknown key in the code, fails the build.

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::path::PathBuf;

fn main() {
    let out: PathBuf = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .unwrap_or_default()
        .join("i18n");
    let cfg = Config::new("zh-Hant-TW")
        .and_then(|c| c.add_locale("en"))
        .and_then(|c| {
            c.add_namespaces([
                "common",
                "auth",
                "booking",
                "staff",
                "meals",
                "errors",
                "mail",
                "cases",
                "waitlist",
                "dashboard",
            ])
        })
        .map(|c| c.parse_options(ParseOptions::new().interpolate_display(true)))
        .unwrap_or_else(|e| panic!("i18n configuration: {e}"));
    let infos = TranslationsInfos::parse(cfg).unwrap_or_else(|e| panic!("reading the translations: {e}"));
    infos.rerun_if_locales_changed();
    infos.emit_diagnostics();
    infos
        .generate_i18n_module(out)
        .unwrap_or_else(|e| panic!("generating the i18n module: {e}"));
}
