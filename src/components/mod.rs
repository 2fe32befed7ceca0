//! Reusable view pieces, one component per file.

pub mod appearance;
pub mod bank_gate;
pub mod bar_chart;
pub mod chart_table;
pub mod choice_options;
pub mod countdown;
pub mod data_transfer;
pub mod feedback;
pub mod help_dialog;
pub mod ja_text;
pub mod lazy_quiz;
pub mod line_chart;
pub mod loading;
pub mod notice;
pub mod order_answer;
pub mod progress;
pub mod quiz;
pub mod quiz_setup;
pub mod refusal;
pub mod result_card;
pub mod share_button;
pub mod spoiler_picker;
pub mod typed_answer;
