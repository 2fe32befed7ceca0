//! Writes the built-in question bank as the one compact JSON file the game fetches after its
//! first paint: `cargo run --bin export-bank -- [--lang ja] PATH`. Without `--lang` it writes
//! the English bank; `--lang ja` writes the Japanese one. It parses the content files (both
//! languages: each is checked against the other), generates the table questions and checks
//! every rule first; a broken rule fails it with a message that names the file, the question
//! and the field, and nothing is written.

use std::process::ExitCode;

use litre_quiz::engine::content::builtin_bank_in;
use litre_quiz::engine::lang::Lang;

const USAGE: &str = "usage: export-bank [--lang en|ja] PATH";

/// The language and the path from the arguments, or `None` for anything else.
fn parse_args(args: &[String]) -> Option<(Lang, &str)> {
    match args {
        [path] if !path.starts_with("--") => Some((Lang::English, path)),
        [flag, code, path] if flag == "--lang" => Some((Lang::from_code(code)?, path)),
        _ => None,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((lang, path)) = parse_args(&args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let bank = match builtin_bank_in(lang) {
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
    if let Err(error) = std::fs::write(path, text) {
        eprintln!("export-bank: cannot write {path}: {error}");
        return ExitCode::FAILURE;
    }
    println!(
        "export-bank: {} questions ({}) written to {path}",
        bank.questions().len(),
        lang.code()
    );
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn english_by_default_and_japanese_with_lang_ja() {
        assert_eq!(
            parse_args(&args(&["dist/bank.json"])),
            Some((Lang::English, "dist/bank.json"))
        );
        assert_eq!(
            parse_args(&args(&["--lang", "ja", "dist/bank-ja.json"])),
            Some((Lang::Japanese, "dist/bank-ja.json"))
        );
        assert_eq!(
            parse_args(&args(&["--lang", "en", "b.json"])),
            Some((Lang::English, "b.json"))
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            &[][..],
            &["--lang", "ja"],
            &["--lang", "fr", "b.json"],
            &["--lang"],
            &["a.json", "b.json"],
        ] {
            assert_eq!(parse_args(&args(bad)), None, "{bad:?}");
        }
    }
}
