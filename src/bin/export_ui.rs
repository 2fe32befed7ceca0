//! Writes the interface texts of a language other than English as the JSON file the game
//! fetches for that language's players: `cargo run --bin export-ui -- --lang ja PATH`. The
//! texts come from `i18n::ja`, whose exhaustive match makes a missing translation a compile
//! error; they are never compiled into the WebAssembly.

use std::process::ExitCode;

use litre_quiz::engine::lang::Lang;
use litre_quiz::i18n::ja;

const USAGE: &str = "usage: export-ui --lang ja PATH";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [flag, code, path] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if flag != "--lang" || Lang::from_code(code) != Some(Lang::Japanese) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    match std::fs::write(path, ja::file()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("export-ui: cannot write {path}: {error}");
            ExitCode::FAILURE
        }
    }
}
