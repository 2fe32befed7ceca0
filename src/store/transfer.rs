//! Export and import files: the same versioned JSON as storage, checked strictly on import.

use super::schema::{decode, LoadProblem, Records};
use crate::i18n::Msg;

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
    /// A plain-language message, in the catalogue.
    pub fn message(self) -> Msg {
        match self {
            ImportError::TooLarge => Msg::PackImportTooLarge,
            ImportError::NotAScoresFile => Msg::PackImportNotScores,
            ImportError::Damaged => Msg::PackImportDamaged,
            ImportError::NewerVersion => Msg::PackImportNewer,
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
