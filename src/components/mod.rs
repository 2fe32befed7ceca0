//! Reusable view pieces, one component per file.

pub mod choice_options;
pub mod countdown;
pub mod feedback;
pub mod notice;
pub mod order_answer;
pub mod progress;
pub mod quiz;
pub mod quiz_setup;
pub mod share_button;
pub mod spoiler_picker;
pub mod typed_answer;
