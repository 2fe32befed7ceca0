//! A small JSON value, reader and writer for the stored records (and the shipped language
//! files, `i18n::Texts`). The records are the one thing
//! the first download must read and write, and serde's derived code for them, with serde_json,
//! was the largest part of the main module that the game itself wrote (about 60 KB before
//! compression); this is a few KB. The question bank and packs, read by split-off modules,
//! still use serde.
//!
//! The reader is strict JSON (RFC 8259) with a nesting limit, and never panics.

use std::fmt::Write;

/// A JSON value. Objects keep their keys in order; a repeated key keeps its last value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// How deep arrays and objects may nest before the text is refused (as serde_json does).
const MAX_DEPTH: usize = 128;

impl Json {
    /// Reads a whole JSON text; `None` if it is not exactly one valid JSON value.
    pub fn parse(text: &str) -> Option<Json> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = reader.value(0)?;
        reader.space();
        (reader.at == reader.bytes.len()).then_some(value)
    }

    /// An object's field.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// A whole number in `i64`'s safe range.
    pub fn as_i64(&self) -> Option<i64> {
        let n = self.as_f64()?;
        (n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_992.0).then_some(n as i64)
    }

    pub fn as_u32(&self) -> Option<u32> {
        u32::try_from(self.as_i64()?).ok()
    }

    pub fn as_u8(&self) -> Option<u8> {
        u8::try_from(self.as_i64()?).ok()
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(fields) => Some(fields),
            _ => None,
        }
    }

    /// The JSON text, without spaces.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) if n.is_finite() => write_number(*n, out),
            Json::Number(_) => out.push_str("null"),
            Json::String(s) => write_string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> Option<()> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| self.at = end)
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.space();
        match self.peek()? {
            b'n' => self.eat("null").map(|()| Json::Null),
            b't' => self.eat("true").map(|()| Json::Bool(true)),
            b'f' => self.eat("false").map(|()| Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Some(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    match self.peek()? {
                        b',' => self.at += 1,
                        b']' => {
                            self.at += 1;
                            return Some(Json::Array(items));
                        }
                        _ => return None,
                    }
                }
            }
            b'{' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut fields = Vec::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Some(Json::Object(fields));
                }
                loop {
                    self.space();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    let key = self.string()?;
                    self.space();
                    self.eat(":")?;
                    fields.push((key, self.value(depth + 1)?));
                    self.space();
                    match self.peek()? {
                        b',' => self.at += 1,
                        b'}' => {
                            self.at += 1;
                            return Some(Json::Object(fields));
                        }
                        _ => return None,
                    }
                }
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !self.peek()?.is_ascii_digit() {
                return None;
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !self.peek()?.is_ascii_digit() {
                return None;
            }
            self.digits();
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        read_number(text)
            .filter(|n| n.is_finite())
            .map(Json::Number)
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let text = std::str::from_utf8(self.bytes.get(self.at..self.at + 4)?).ok()?;
        self.at += 4;
        u32::from_str_radix(text, 16).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run of plain bytes at once (it is valid UTF-8: the input is a &str and
            // runs end only at ASCII bytes).
            let run = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[run..self.at]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escape = self.peek()?;
                    self.at += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                self.eat("\\u")?;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return None;
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(char::from_u32(code)?);
                        }
                        _ => return None,
                    }
                }
                _ => return None, // a control character
            }
        }
    }
}

/// Writes a number as JSON. The records hold whole numbers (counts, scores, timestamps in
/// milliseconds), written exactly; any other is written with up to nine decimals. No float
/// formatting code is used: it is some 10 KB of the main module (`core::fmt` for `f64`).
fn write_number(n: f64, out: &mut String) {
    // Beyond 2^53 whole numbers are not exact in JSON's readers anyway.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    let n = n.clamp(-EXACT, EXACT);
    if n < 0.0 {
        out.push('-');
    }
    let magnitude = n.abs();
    let whole = magnitude.trunc();
    let _ = write!(out, "{}", whole as u64);
    let nanos = ((magnitude - whole) * 1e9).round() as u64;
    if nanos > 0 && nanos < 1_000_000_000 {
        let digits = format!("{nanos:09}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

/// Reads a JSON number (already checked to be one) without the standard library's float
/// parser: exact for whole numbers up to 2^53, and within a few units in the last place for
/// decimals, which is all the records need.
fn read_number(text: &str) -> Option<f64> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut value = 0.0_f64;
    for digit in whole.bytes().chain(fraction.bytes()) {
        value = value * 10.0 + f64::from(digit.checked_sub(b'0')?);
    }
    let shift = exponent - i32::try_from(fraction.len()).ok()?;
    value = if shift >= 0 {
        value * 10_f64.powi(shift)
    } else {
        value / 10_f64.powi(-shift)
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> String {
        let mut out = String::new();
        Json::parse(text).expect("valid JSON").write(&mut out);
        out
    }

    #[test]
    fn reads_and_writes_every_kind_of_value() {
        let text =
            r#"{"a":[1,-2.5,1e3,true,false,null],"b":"x\"y\\z\n\u00e9\ud83d\ude00 涙","c":{}}"#;
        let value = Json::parse(text).unwrap();
        assert_eq!(
            value.get("a").and_then(Json::as_array).map(<[Json]>::len),
            Some(6)
        );
        assert_eq!(
            value.get("b").and_then(Json::as_str),
            Some("x\"y\\z\né😀 涙")
        );
        assert_eq!(
            round_trip(text),
            r#"{"a":[1,-2.5,1000,true,false,null],"b":"x\"y\\z\né😀 涙","c":{}}"#
        );
        assert_eq!(
            round_trip(" [ 0 , { \"k\" : 1.25 } ] "),
            r#"[0,{"k":1.25}]"#
        );
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "+1",
            "nul",
            "\"\\x\"",
            "\"a\nb\"",
            "[1] 2",
            "{'a':1}",
            "\"\\ud800\"",
            "NaN",
            "1e999",
        ] {
            assert_eq!(Json::parse(text), None, "{text:?}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(Json::parse(&deep), None, "too deep");
        let ok = "[".repeat(100) + &"]".repeat(100);
        assert!(Json::parse(&ok).is_some());
    }

    #[test]
    fn numbers_read_as_whole_numbers_only_when_whole() {
        let n = |t: &str| Json::parse(t).unwrap();
        assert_eq!(n("7").as_u32(), Some(7));
        assert_eq!(n("7.5").as_u32(), None);
        assert_eq!(n("-1").as_u32(), None);
        assert_eq!(n("300").as_u8(), None);
        assert_eq!(n("-20000").as_i64(), Some(-20000));
        assert_eq!(n("1764547200000").as_f64(), Some(1_764_547_200_000.0));
    }

    #[test]
    fn numbers_are_written_and_read_back() {
        let text = |n: f64| {
            let mut out = String::new();
            Json::Number(n).write(&mut out);
            out
        };
        for (n, written) in [
            (0.0, "0"),
            (7.0, "7"),
            (-20_000.0, "-20000"),
            (1_764_547_200_000.0, "1764547200000"),
            (0.5, "0.5"),
            (-12.25, "-12.25"),
            (3.125, "3.125"),
        ] {
            assert_eq!(text(n), written);
            assert_eq!(Json::parse(written).and_then(|j| j.as_f64()), Some(n));
        }
        let n = |t: &str| Json::parse(t).and_then(|j| j.as_f64()).unwrap();
        assert_eq!(n("1e3"), 1000.0);
        assert_eq!(n("2.5E-1"), 0.25);
        assert_eq!(n("-0.0"), 0.0);
        assert!((n("0.1") - 0.1).abs() < 1e-15);
        assert!((n("123456.789") - 123_456.789).abs() < 1e-9);
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value() {
        let value = Json::parse(r#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(value.get("a").and_then(Json::as_u32), Some(2));
    }
}
