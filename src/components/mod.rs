//! Reusable view pieces, one component per file.

pub mod choice_options;
pub mod feedback;
pub mod notice;
pub mod order_answer;
pub mod progress;
pub mod typed_answer;
