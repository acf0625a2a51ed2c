//! Splitting CSV text into records and fields: fields in double quotes may hold separators, newlines
//! and `""` for a quote; lines end in LF or CRLF; blank lines are skipped. Each record carries the
//! line it starts on, as an editor numbers lines, so messages point where the user looks.

use std::borrow::Cow;

/// Where a field is in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Field {
    /// Byte range, quotes included.
    pub start: usize,
    /// End of the range.
    pub end: usize,
    /// The field starts with a quote: [`field_text`] takes the quotes off.
    pub quoted: bool,
}

/// What [`Records::next`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Next {
    /// A record starting on this line (from 1); its fields are in the caller's vector.
    Record(usize),
    /// The text ends inside a record: more text is needed (only when the text is not the file's end).
    Incomplete,
    /// No more records.
    End,
}

/// Records of one stretch of CSV text.
pub(super) struct Records<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    sep: u8,
    at_eof: bool,
}

impl<'a> Records<'a> {
    /// Records of `text`, whose first byte is on line `line`; `at_eof` when the text runs to the end of the file.
    pub(super) fn new(text: &'a str, line: usize, sep: u8, at_eof: bool) -> Self {
        Self { bytes: text.as_bytes(), pos: 0, line, sep, at_eof }
    }

    /// Bytes taken by the records returned so far (and blank lines after them).
    pub(super) fn consumed(&self) -> usize {
        self.pos
    }

    /// The line of the next byte.
    pub(super) fn line(&self) -> usize {
        self.line
    }

    /// The next record's fields into `fields`.
    pub(super) fn next(&mut self, fields: &mut Vec<Field>) -> Next {
        let bytes = self.bytes;
        'records: loop {
            if self.pos >= bytes.len() {
                return Next::End;
            }
            fields.clear();
            let (record, mut start) = (self.pos, self.pos);
            // One pass finds the separators, the end of the line, or a quote (then the careful reader takes over).
            for i in memchr::memchr3_iter(self.sep, b'\n', b'"', &bytes[record..]) {
                let at = record + i;
                match bytes[at] {
                    b'"' => return self.quoted(fields, self.line),
                    b'\n' => {
                        let end = if at > start && bytes[at - 1] == b'\r' { at - 1 } else { at };
                        self.pos = at + 1;
                        self.line += 1;
                        if fields.is_empty() && end == record {
                            continue 'records;
                        }
                        fields.push(Field { start, end, quoted: false });
                        return Next::Record(self.line - 1);
                    }
                    _ => {
                        fields.push(Field { start, end: at, quoted: false });
                        start = at + 1;
                    }
                }
            }
            if !self.at_eof {
                fields.clear();
                return Next::Incomplete;
            }
            let end =
                if bytes.len() > start && bytes[bytes.len() - 1] == b'\r' { bytes.len() - 1 } else { bytes.len() };
            self.pos = bytes.len();
            if fields.is_empty() && end == record {
                return Next::End;
            }
            fields.push(Field { start, end, quoted: false });
            return Next::Record(self.line);
        }
    }

    /// A record with quotes, read byte by byte: separators and newlines inside quotes belong to the field.
    fn quoted(&mut self, fields: &mut Vec<Field>, start_line: usize) -> Next {
        let bytes = self.bytes;
        fields.clear();
        let (mut start, mut k, mut in_quotes, mut newlines) = (self.pos, self.pos, false, 0);
        loop {
            let Some(&b) = bytes.get(k) else {
                if in_quotes && !self.at_eof {
                    return Next::Incomplete;
                }
                // The file ends in the record (an unclosed quote runs to the end).
                fields.push(Field { start, end: k, quoted: bytes.get(start) == Some(&b'"') });
                self.pos = k;
                self.line += newlines;
                return Next::Record(start_line);
            };
            match b {
                b'"' if k == start => in_quotes = true,
                b'"' if in_quotes => match bytes.get(k + 1) {
                    Some(b'"') => k += 1,
                    Some(_) => in_quotes = false,
                    None if self.at_eof => in_quotes = false,
                    None => return Next::Incomplete,
                },
                b'\n' if in_quotes => newlines += 1,
                b'\n' => {
                    let end = if k > start && bytes[k - 1] == b'\r' { k - 1 } else { k };
                    fields.push(Field { start, end, quoted: bytes[start] == b'"' });
                    self.pos = k + 1;
                    self.line += newlines + 1;
                    return Next::Record(start_line);
                }
                _ if b == self.sep && !in_quotes => {
                    fields.push(Field { start, end: k, quoted: bytes[start] == b'"' });
                    start = k + 1;
                }
                _ => {}
            }
            k += 1;
        }
    }
}

/// A field's text: quotes taken off and `""` made `"`; text after the closing quote is kept.
pub(super) fn field_text(text: &str, field: Field) -> Cow<'_, str> {
    let raw = &text[field.start..field.end];
    if !field.quoted {
        return Cow::Borrowed(raw);
    }
    let inner = &raw[1..];
    match inner.find('"') {
        None => Cow::Borrowed(inner),
        Some(q) if q + 1 == inner.len() => Cow::Borrowed(&inner[..q]),
        Some(_) => {
            let mut out = String::with_capacity(inner.len());
            let mut chars = inner.chars().peekable();
            while let Some(c) = chars.next() {
                if c != '"' {
                    out.push(c);
                } else if chars.peek() == Some(&'"') {
                    out.push('"');
                    chars.next();
                } else {
                    out.extend(chars);
                    break;
                }
            }
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, at_eof: bool) -> Vec<(usize, Vec<String>)> {
        let mut records = Records::new(text, 1, b',', at_eof);
        let mut fields = Vec::new();
        let mut out = Vec::new();
        while let Next::Record(line) = records.next(&mut fields) {
            out.push((line, fields.iter().map(|f| field_text(text, *f).into_owned()).collect()));
        }
        out
    }

    fn strings(fields: &[&str]) -> Vec<String> {
        fields.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn plain_records_skip_blank_lines_and_keep_their_line_numbers() {
        let text = "地区,值\n\n巴州区,1\r\n\r\n通江县,";
        assert_eq!(
            all(text, true),
            [(1, strings(&["地区", "值"])), (3, strings(&["巴州区", "1"])), (5, strings(&["通江县", ""]))]
        );
    }

    #[test]
    fn quoted_fields_hold_separators_newlines_and_quotes() {
        let text = "\"恩阳\n区\",\"1,224\",\"说\"\"明\"\"\"\n通江县,\"3\"\r\n";
        assert_eq!(all(text, true), [(1, strings(&["恩阳\n区", "1,224", "说\"明\""])), (3, strings(&["通江县", "3"]))]);
    }

    #[test]
    fn a_record_cut_off_inside_quotes_waits_for_more_text_unless_the_file_ends() {
        let text = "a,b\n\"c\nd";
        let mut records = Records::new(text, 1, b',', false);
        let mut fields = Vec::new();
        assert_eq!(records.next(&mut fields), Next::Record(1));
        assert_eq!(records.next(&mut fields), Next::Incomplete);
        assert_eq!(records.consumed(), 4);
        assert_eq!(all(text, true)[1], (2, strings(&["c\nd"])));
        assert_eq!(Records::new("a,b", 1, b',', false).next(&mut fields), Next::Incomplete);
    }

    #[test]
    fn a_quote_inside_an_unquoted_field_is_text() {
        assert_eq!(all("5\"寸,x\n", true), [(1, strings(&["5\"寸", "x"]))]);
        assert_eq!(all("\"a\"b,c\n", true), [(1, strings(&["ab", "c"]))]);
    }

    #[test]
    fn a_file_that_ends_just_after_a_separator_in_a_quoted_record_ends_with_an_empty_field() {
        // Found by fuzzing: the empty last field was checked for a quote at the end of the input.
        assert_eq!(all("x\n\"a\",", true), [(1, strings(&["x"])), (2, strings(&["a", ""]))]);
    }
}
