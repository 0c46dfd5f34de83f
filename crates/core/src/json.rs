//! Where a JSON text goes wrong, as a line and column.
//!
//! In the browser the app parses JSON with the browser's own `JSON.parse` (`src/json.rs`) and
//! hands the tree to the `from_value` functions here and in `open311`, so serde_json's text
//! parser is not part of every resident's download (measured in issue 13). `JSON.parse` says
//! only that a text is not JSON; when the person who must fix it needs to know where (a city's
//! `config.json` or `catalogue.json`), [`syntax_error_at`] finds the place, counted the way
//! serde_json counts it (lines from 1, columns in bytes from 1), which is what the native
//! parsers report.

use serde_json::Value;

/// How deep arrays and objects may nest: serde_json's own limit, which the browser's tree
/// walker (`src/json.rs`) keeps too, so a hostile document cannot exhaust the stack.
pub const MAX_DEPTH: usize = 127;

/// A JSON parser: text to tree, `None` when the text is not JSON. Natively [`serde_parse`]; in
/// the browser, `JSON.parse`.
pub type Parse<'a> = &'a dyn Fn(&str) -> Option<Value>;

/// serde_json's parser, for native callers (the server, tools and tests).
pub fn serde_parse(text: &str) -> Option<Value> {
    serde_json::from_str(text).ok()
}

/// The line and column of the first syntax error in `text`, or `None` when it is JSON.
///
/// ```
/// use frontdesk_core::json::syntax_error_at;
/// assert_eq!(syntax_error_at("{\n  \"city\": ,\n}"), Some((2, 11)));
/// assert_eq!(syntax_error_at("{\"city\": {}}"), None);
/// ```
pub fn syntax_error_at(text: &str) -> Option<(usize, usize)> {
    let mut scan = Scan {
        bytes: text.as_bytes(),
        at: 0,
    };
    let result = scan
        .whitespace()
        .and_then(|()| scan.value(0))
        .and_then(|()| {
            scan.whitespace()?;
            if scan.at < scan.bytes.len() {
                Err(scan.at + 1)
            } else {
                Ok(())
            }
        });
    result.err().map(|consumed| position(scan.bytes, consumed))
}

/// Line and column after `consumed` bytes, as serde_json reports them.
fn position(bytes: &[u8], consumed: usize) -> (usize, usize) {
    let consumed = consumed.min(bytes.len());
    let before = &bytes[..consumed];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, consumed - start)
}

/// A scan that stops at the first fault; `Err` carries how many bytes were read, the faulty
/// one included (the end of the text when it stops too early).
struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
}

type Step = Result<(), usize>;

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// A fault at the current byte, or at the end of the text.
    fn fault(&self) -> usize {
        (self.at + 1).min(self.bytes.len())
    }

    fn whitespace(&mut self) -> Step {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
        Ok(())
    }

    fn expect(&mut self, byte: u8) -> Step {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.fault())
        }
    }

    fn value(&mut self, depth: usize) -> Step {
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string(),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            _ => Err(self.fault()),
        }
    }

    fn word(&mut self, word: &[u8]) -> Step {
        for &byte in word {
            self.expect(byte)?;
        }
        Ok(())
    }

    fn nested(&self, depth: usize) -> Step {
        if depth > MAX_DEPTH {
            Err(self.at + 1)
        } else {
            Ok(())
        }
    }

    fn array(&mut self, depth: usize) -> Step {
        self.nested(depth)?;
        self.at += 1;
        self.whitespace()?;
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(());
        }
        loop {
            self.value(depth)?;
            if self.after_item(b']')? {
                return Ok(());
            }
        }
    }

    /// After an array's or object's item: a comma and more (`false`), or the end `close`
    /// (`true`). A comma before the end is a fault, as in serde_json.
    fn after_item(&mut self, close: u8) -> Result<bool, usize> {
        self.whitespace()?;
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.whitespace()?;
                if self.peek() == Some(close) {
                    return Err(self.fault());
                }
                Ok(false)
            }
            Some(byte) if byte == close => {
                self.at += 1;
                Ok(true)
            }
            _ => Err(self.fault()),
        }
    }

    fn object(&mut self, depth: usize) -> Step {
        self.nested(depth)?;
        self.at += 1;
        self.whitespace()?;
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.fault());
            }
            self.string()?;
            self.whitespace()?;
            self.expect(b':')?;
            self.whitespace()?;
            self.value(depth)?;
            if self.after_item(b'}')? {
                return Ok(());
            }
        }
    }

    fn string(&mut self) -> Step {
        self.at += 1;
        loop {
            match self.peek() {
                None => return Err(self.bytes.len()),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.at += 1
                        }
                        Some(b'u') => {
                            self.at += 1;
                            // Four bytes are read, then checked (serde_json's count).
                            let hex = self.bytes.get(self.at..self.at + 4);
                            let Some(hex) = hex else {
                                return Err(self.bytes.len());
                            };
                            self.at += 4;
                            if !hex.iter().all(u8::is_ascii_hexdigit) {
                                return Err(self.at);
                            }
                        }
                        _ => return Err(self.fault()),
                    }
                }
                Some(byte) if byte < 0x20 => return Err(self.fault()),
                Some(_) => self.at += 1,
            }
        }
    }

    fn digits(&mut self) -> Step {
        if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return Err(self.fault());
        }
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        Ok(())
    }

    fn number(&mut self) -> Step {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
            if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.fault());
            }
        } else {
            self.digits()?;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits()?;
        }
        Ok(())
    }
}
