//! Writes the built-in question bank as the one compact JSON file the game fetches after its
//! first paint: `cargo run --bin export-bank -- PATH`. It parses the content files, generates
//! the table questions and checks every rule first; a broken rule fails it with a message that
//! names the file, the question and the field, and nothing is written.

use std::process::ExitCode;

use litre_quiz::engine::content::builtin_bank;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: export-bank PATH");
        return ExitCode::from(2);
    };
    let bank = match builtin_bank() {
        Ok(bank) => bank,
        Err(errors) => {
            eprintln!("{} content rule(s) broken:", errors.len());
            for error in errors {
                eprintln!("  {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let Some(text) = bank.to_json() else {
        eprintln!("export-bank: the bank could not be encoded");
        return ExitCode::FAILURE;
    };
    if let Err(error) = std::fs::write(&path, text) {
        eprintln!("export-bank: cannot write {path}: {error}");
        return ExitCode::FAILURE;
    }
    println!(
        "export-bank: {} questions written to {path}",
        bank.questions().len()
    );
    ExitCode::SUCCESS
}
