//! Short chimes for right and wrong answers, made with Web Audio (no audio files). Off unless
//! the player switches sound on; any failure to play is silent.

use std::cell::Cell;

use web_sys::{AudioContext, AudioContextState, OscillatorType};

thread_local! {
    /// One audio context for every chime: each context holds the audio device until it is
    /// closed or collected, so one per answer piled them up.
    static CONTEXT: Cell<Option<AudioContext>> = const { Cell::new(None) };
}

/// The game's audio context, made on first use (from the answer's key press or click, so the
/// browser lets it play), and made again if the browser closed it.
fn context() -> Result<AudioContext, wasm_bindgen::JsValue> {
    let context = match CONTEXT.with(Cell::take) {
        Some(context) if context.state() != AudioContextState::Closed => context,
        _ => AudioContext::new()?,
    };
    if context.state() == AudioContextState::Suspended {
        // A context left alone in a background tab may be suspended; playing resumes it.
        let _ = context.resume();
    }
    CONTEXT.with(|cell| cell.set(Some(context.clone())));
    Ok(context)
}

/// Plays a soft rising two-note chime for a right answer, a single low note otherwise.
pub fn chime(correct: bool) {
    // Sound is a nicety: if the browser refuses, the game goes on quietly.
    let _ = try_chime(correct);
}

fn try_chime(correct: bool) -> Result<(), wasm_bindgen::JsValue> {
    let context = context()?;
    let notes: &[(f32, f64)] = if correct {
        &[(659.25, 0.0), (880.0, 0.12)]
    } else {
        &[(329.63, 0.0)]
    };
    let start = context.current_time();
    for &(frequency, offset) in notes {
        let oscillator = context.create_oscillator()?;
        oscillator.set_type(OscillatorType::Sine);
        oscillator.frequency().set_value(frequency);
        let gain = context.create_gain()?;
        let at = start + offset;
        gain.gain().set_value_at_time(0.0, at)?;
        gain.gain().linear_ramp_to_value_at_time(0.15, at + 0.02)?;
        gain.gain()
            .exponential_ramp_to_value_at_time(0.001, at + 0.35)?;
        oscillator.connect_with_audio_node(&gain)?;
        gain.connect_with_audio_node(&context.destination())?;
        oscillator.start_with_when(at)?;
        oscillator.stop_with_when(at + 0.4)?;
    }
    Ok(())
}
