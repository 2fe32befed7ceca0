//! The game's addresses: hash routes, so any static host and any sub-path work. `Route` knows
//! URLs, not pages (the root's switch maps each route to its page). Parameters arrive as text;
//! pages parse them and answer a malformed one politely.

use yew_router::Routable;

/// Every page of the game.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    /// A classic round, straight away.
    #[at("/play")]
    QuickPlay,
    /// A mode: its set-up form, or straight into the game for modes without options.
    #[at("/play/:mode")]
    Play { mode: String },
    /// An exact quiz, as shared: `#/play/classic/s1a2b-cce-dh`.
    #[at("/play/:mode/:code")]
    PlayCode { mode: String, code: String },
    #[at("/daily")]
    Daily,
    /// A past day's challenge (unscored), or today's.
    #[at("/daily/:date")]
    DailyOn { date: String },
    /// "Play together": 2–8 players on one device.
    #[at("/together")]
    Together,
    #[at("/results")]
    Results,
    /// Imported question packs.
    #[at("/packs")]
    Packs,
    /// A pack in a mode: its set-up form or straight into the game.
    #[at("/packs/:id/:mode")]
    PackPlay { id: String, mode: String },
    /// An exact quiz over a pack.
    #[at("/packs/:id/:mode/:code")]
    PackPlayCode {
        id: String,
        mode: String,
        code: String,
    },
    #[at("/stats")]
    Stats,
    #[at("/settings")]
    Settings,
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
