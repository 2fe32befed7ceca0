//! The game's addresses: hash routes (`#/play/classic`), so any static host and any sub-path
//! work. `Route` knows URLs, not pages (the root maps each route to its page). Parameters arrive
//! as text, percent-decoded; pages parse them and answer a malformed one politely.
//!
//! Pure: reading an address never fails (an unknown one is [`Route::NotFound`]), so it is
//! tested on the host, and no address typed into the bar can stop the game.

/// Every page of the game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`
    Home,
    /// `/play`: a classic round, straight away.
    QuickPlay,
    /// `/play/:mode`: a mode's set-up form, or straight into the game for modes without options.
    Play { mode: String },
    /// `/play/:mode/:code`: an exact quiz, as shared (`#/play/classic/s1a2b-cce-dh`).
    PlayCode { mode: String, code: String },
    /// `/daily`
    Daily,
    /// `/daily/:date`: a past day's challenge (unscored), or today's.
    DailyOn { date: String },
    /// `/together`: "Play together", 2–8 players on one device.
    Together,
    /// `/results`
    Results,
    /// `/packs`: imported question packs.
    Packs,
    /// `/packs/:id/:mode`: a pack in a mode, its set-up form or straight into the game.
    PackPlay { id: String, mode: String },
    /// `/packs/:id/:mode/:code`: an exact quiz over a pack.
    PackPlayCode {
        id: String,
        mode: String,
        code: String,
    },
    /// `/stats`
    Stats,
    /// `/settings`
    Settings,
    /// `/about`
    About,
    /// `/not-found`, and every address that is none of the above.
    NotFound,
}

impl Route {
    /// The route of a location's hash (`#/play?x#y` → `/play`). No hash, or one that is not a
    /// path (`#`, `#main`), is Home, as the address of the page itself.
    pub fn from_hash(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if !hash.starts_with('/') {
            return Route::Home;
        }
        let path = hash.split(['?', '#']).next().unwrap_or_default();
        Route::recognize(path)
    }

    /// The route of a path such as `/play/classic` (a trailing `/` is ignored); every
    /// parameter is percent-decoded and must not be empty.
    pub fn recognize(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/');
        let Some(rest) = trimmed.strip_prefix('/') else {
            return if path.starts_with('/') {
                Route::Home
            } else {
                Route::NotFound
            };
        };
        let mut parts = Vec::new();
        for part in rest.split('/') {
            match urlencoding::decode(part) {
                Ok(text) if !text.is_empty() => parts.push(text.into_owned()),
                _ => return Route::NotFound,
            }
        }
        let fixed: Vec<&str> = parts.iter().map(String::as_str).collect();
        match fixed.as_slice() {
            ["play"] => Route::QuickPlay,
            ["play", _] => Route::Play {
                mode: take(&mut parts, 1),
            },
            ["play", _, _] => Route::PlayCode {
                code: take(&mut parts, 2),
                mode: take(&mut parts, 1),
            },
            ["daily"] => Route::Daily,
            ["daily", _] => Route::DailyOn {
                date: take(&mut parts, 1),
            },
            ["together"] => Route::Together,
            ["results"] => Route::Results,
            ["packs"] => Route::Packs,
            ["packs", _, _] => Route::PackPlay {
                mode: take(&mut parts, 2),
                id: take(&mut parts, 1),
            },
            ["packs", _, _, _] => Route::PackPlayCode {
                code: take(&mut parts, 3),
                mode: take(&mut parts, 2),
                id: take(&mut parts, 1),
            },
            ["stats"] => Route::Stats,
            ["settings"] => Route::Settings,
            ["about"] => Route::About,
            _ => Route::NotFound,
        }
    }

    /// The route's path, each parameter percent-encoded: `Route::recognize` reads it back.
    pub fn to_path(&self) -> String {
        let enc = |text: &str| urlencoding::encode(text).into_owned();
        match self {
            Route::Home => "/".to_string(),
            Route::QuickPlay => "/play".to_string(),
            Route::Play { mode } => format!("/play/{}", enc(mode)),
            Route::PlayCode { mode, code } => format!("/play/{}/{}", enc(mode), enc(code)),
            Route::Daily => "/daily".to_string(),
            Route::DailyOn { date } => format!("/daily/{}", enc(date)),
            Route::Together => "/together".to_string(),
            Route::Results => "/results".to_string(),
            Route::Packs => "/packs".to_string(),
            Route::PackPlay { id, mode } => format!("/packs/{}/{}", enc(id), enc(mode)),
            Route::PackPlayCode { id, mode, code } => {
                format!("/packs/{}/{}/{}", enc(id), enc(mode), enc(code))
            }
            Route::Stats => "/stats".to_string(),
            Route::Settings => "/settings".to_string(),
            Route::About => "/about".to_string(),
            Route::NotFound => "/not-found".to_string(),
        }
    }

    /// The link to the route from any page of the game: `#` and its path.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }
}

/// Moves a parameter out of the parsed parts.
fn take(parts: &mut [String], at: usize) -> String {
    std::mem::take(&mut parts[at])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_route() -> Vec<Route> {
        let s = |t: &str| t.to_string();
        vec![
            Route::Home,
            Route::QuickPlay,
            Route::Play { mode: s("classic") },
            Route::PlayCode {
                mode: s("timed"),
                code: s("s1a2b-cce-dh"),
            },
            Route::Daily,
            Route::DailyOn {
                date: s("2026-11-21"),
            },
            Route::Together,
            Route::Results,
            Route::Packs,
            Route::PackPlay {
                id: s("my pack/ü?#%"),
                mode: s("classic"),
            },
            Route::PackPlayCode {
                id: s("涙"),
                mode: s("survival"),
                code: s("s9"),
            },
            Route::Stats,
            Route::Settings,
            Route::About,
            Route::NotFound,
        ]
    }

    #[test]
    fn every_route_reads_back_from_its_link() {
        for route in every_route() {
            assert_eq!(Route::from_hash(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn parameters_are_encoded_so_they_stay_one_part() {
        let route = Route::PackPlay {
            id: "a/b c?#".into(),
            mode: "classic".into(),
        };
        assert_eq!(route.to_path(), "/packs/a%2Fb%20c%3F%23/classic");
    }

    #[test]
    fn the_page_itself_and_non_path_hashes_are_home() {
        for hash in ["", "#", "#/", "#main", "#//"] {
            assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
        }
    }

    #[test]
    fn a_trailing_slash_a_query_and_an_inner_hash_are_ignored() {
        let classic = Route::Play {
            mode: "classic".into(),
        };
        for hash in [
            "#/play/classic/",
            "#/play/classic?x=1",
            "#/play/classic#top",
        ] {
            assert_eq!(Route::from_hash(hash), classic, "{hash}");
        }
    }

    #[test]
    fn unknown_or_malformed_addresses_are_not_found() {
        for hash in [
            "#/nope",
            "#/play/a/b/c",
            "#/play//x",
            "#/packs/only-id",
            "#/Play",
            "#/daily/%FF",
            "#/not-found",
        ] {
            assert_eq!(Route::from_hash(hash), Route::NotFound, "{hash}");
        }
    }
}
