//! The three text encodings of Open Trivia DB responses: HTML entities (the default), RFC 3986
//! percent-encoding (`encode=url3986`) and standard base64 (`encode=base64`).
//!
//! Each decoder is total: bad input gives `None` (percent and base64) or is left as written
//! (HTML), never a panic.

use super::entities;

/// The longest entity name looked for between `&` and `;` (`&#x10FFFF;` is the longest numeric).
const ENTITY_MAX: usize = 10;

/// Decodes HTML character references: every numeric `&#NNN;` / `&#xHH;` and the named ones in
/// [`entities::named`]. Anything else (an unknown name, a bare `&`, an invalid code point) is
/// kept exactly as written. The result is plain text: markup stays literal.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        // `&` and `;` are ASCII, so these byte offsets are always char boundaries.
        let decoded = after
            .char_indices()
            .take(ENTITY_MAX + 1)
            .find(|&(_, c)| c == ';')
            .and_then(|(semi, _)| reference(&after[..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference body (between `&` and `;`) stands for.
fn reference(body: &str) -> Option<char> {
    let code = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(dec) = body.strip_prefix('#') {
        if dec.is_empty() || !dec.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        dec.parse::<u32>().ok()?
    } else {
        return entities::named(body);
    };
    char::from_u32(code).filter(|&c| c != '\0')
}

/// Decodes RFC 3986 percent-encoding (`%E2%80%99` → `’`); `None` when a `%` is not followed by
/// two hex digits or the bytes are not UTF-8. `+` is kept as a plus sign.
pub fn percent(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hi = hex_value(*bytes.get(i + 1)?)?;
            let lo = hex_value(*bytes.get(i + 2)?)?;
            out.push(hi << 4 | lo);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Whether `text` looks like RFC 3986 output: only unreserved characters and `%XX` escapes.
pub fn is_url3986_shaped(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'%'))
}

/// Decodes standard base64 (`A–Z a–z 0–9 + /`, `=` padding optional) holding UTF-8 text;
/// `None` for any other character, a bad length, misplaced padding or bytes that are not UTF-8.
pub fn base64(text: &str) -> Option<String> {
    let body = text.trim_end_matches('=');
    let padding = text.len() - body.len();
    if padding > 2 || (padding > 0 && !text.len().is_multiple_of(4)) || body.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for byte in body.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = buffer << 6 | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// Standard base64 with padding (test helper: builds the `encode=base64` fixtures).
    pub fn to_base64(text: &str) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in text.as_bytes().chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters (test helper).
    pub fn to_url3986(text: &str) -> String {
        let mut out = String::new();
        for b in text.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    }

    #[test]
    fn html_entities_decode() {
        assert_eq!(
            html("&quot;Hi&quot; &#039;x&#039; A &amp; B"),
            "\"Hi\" 'x' A & B"
        );
        assert_eq!(html("&lt;b&gt;"), "<b>");
        assert_eq!(html("caf&eacute; &Eacute;cole"), "café École");
        assert_eq!(html("&#233; &#xE9; &#XE9; &#x1F600;"), "é é é 😀");
        assert_eq!(
            html("&rsquo;&ldquo;&rdquo;&hellip;&ndash;&mdash;&pi;"),
            "’“”…–—π"
        );
    }

    #[test]
    fn html_leaves_unknown_or_broken_references() {
        for text in [
            "&bogus;",
            "& alone",
            "&amp",
            "&#;",
            "&#x;",
            "&#xZZ;",
            "&#0;",
            "&#xD800;",
            "&#99999999999;",
            "&verylongentityname;",
            "trailing &",
            "&&&;",
        ] {
            assert_eq!(html(text), text, "{text}");
        }
        assert_eq!(html("&&amp;"), "&&");
        assert_eq!(html("日本&amp;語"), "日本&語");
    }

    #[test]
    fn percent_decodes_utf8() {
        assert_eq!(percent("Kit%C5%8D%20Aya").as_deref(), Some("Kitō Aya"));
        assert_eq!(percent("a+b").as_deref(), Some("a+b"));
        assert_eq!(percent("%4").as_deref(), None);
        assert_eq!(percent("%zz").as_deref(), None);
        assert_eq!(percent("%FF").as_deref(), None);
        assert_eq!(
            percent(&to_url3986("It’s “1 Litre” & more")).as_deref(),
            Some("It’s “1 Litre” & more")
        );
    }

    #[test]
    fn base64_round_trips() {
        for text in [
            "",
            "f",
            "fo",
            "foo",
            "foob",
            "fooba",
            "foobar",
            "池内亜也 & <b>",
        ] {
            assert_eq!(base64(&to_base64(text)).as_deref(), Some(text), "{text}");
        }
        assert_eq!(base64("bXVsdGlwbGU=").as_deref(), Some("multiple"));
        assert_eq!(base64("bXVsdGlwbGU").as_deref(), Some("multiple"));
        assert_eq!(base64("Ym9vbGVhbg==").as_deref(), Some("boolean"));
        for bad in ["a", "abc=d", "====", "ab===", "a b", "abc!", "/w=="] {
            assert_eq!(base64(bad), None, "{bad}");
        }
    }
}
