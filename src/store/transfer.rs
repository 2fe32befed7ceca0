//! Export and import files: the same versioned JSON as storage, checked strictly on import.

use super::schema::{decode, LoadProblem, Records};

/// The largest file accepted for import.
pub const IMPORT_LIMIT_BYTES: usize = 1024 * 1024;

/// Why an import was refused. Nothing changes when one is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotAScoresFile,
    Damaged,
    NewerVersion,
}

impl ImportError {
    /// A plain-language message.
    pub fn message(self) -> &'static str {
        match self {
            ImportError::TooLarge => {
                "That file is larger than 1 MB, so it cannot be a scores file from this game. Nothing was changed."
            }
            ImportError::NotAScoresFile => {
                "That file is not a scores file from this game. Nothing was changed."
            }
            ImportError::Damaged => {
                "That scores file is damaged: parts of it cannot be read. Nothing was changed."
            }
            ImportError::NewerVersion => {
                "That file comes from a newer version of this game. Nothing was changed."
            }
        }
    }
}

/// Reads an import file of `size` bytes: the whole file must be readable.
pub fn read_import(text: &str, size: usize) -> Result<Records, ImportError> {
    if size > IMPORT_LIMIT_BYTES || text.len() > IMPORT_LIMIT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let decoded = decode(Some(text));
    match decoded.problem {
        None => Ok(decoded.records),
        Some(LoadProblem::Unreadable) => Err(ImportError::NotAScoresFile),
        Some(LoadProblem::PartlyRecovered) => Err(ImportError::Damaged),
        Some(LoadProblem::NewerVersion) => Err(ImportError::NewerVersion),
    }
}

/// The file name for an export made on `iso_date`.
pub fn export_file_name(iso_date: &str) -> String {
    format!("litre-quiz-scores-{iso_date}.json")
}
