//! CSV: the header found below any title lines, then the records streamed a block at a time, so a
//! national panel of 138 MB is read with a few MB of memory. The text must be UTF-8 (the caller
//! decodes GBK and UTF-16 first); each block is checked as it arrives and the first byte that is not
//! UTF-8 is reported by its offset in the file. Every cell is text: the row reader decides what is a
//! number, so "1,224" and "—" survive.

use std::borrow::Cow;
use std::io::Read;

use super::grid::Cell;
use super::layout::{is_region_header, is_regionless_header};
use super::records::{Field, Next, Records, field_text};
use super::value::trim;

/// Bytes read at a time.
const BLOCK: usize = 1 << 20;

/// How many lines to look through for the header.
const HEADER_SEARCH_LINES: usize = 30;

/// Why a CSV text could not be read.
#[derive(Debug)]
pub(super) enum CsvError {
    /// No line with any content.
    Empty,
    /// The byte at this offset of the file is not UTF-8.
    NotUtf8(usize),
    /// Reading failed.
    Read(std::io::Error),
}

/// The header and what is above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CsvHeader {
    /// Column headers.
    pub headers: Vec<String>,
    /// Line of the header, from 1.
    pub header_row: usize,
    /// Lines above the header (a title), each trimmed, blank ones left out.
    pub title: Vec<String>,
}

/// CSV text being read: the bytes not yet consumed and where they are in the file.
pub(super) struct CsvStream<'r> {
    input: &'r mut (dyn Read + Send),
    buf: Vec<u8>,
    /// Offset in the file of `buf[0]`.
    base: usize,
    /// Line of `buf[0]`, from 1.
    line: usize,
    eof: bool,
    sep: u8,
}

impl<'r> CsvStream<'r> {
    /// Finds the header in the text that starts with `head` (bytes already read, at file offset `base`)
    /// and goes on in `input`.
    pub(super) fn open(
        input: &'r mut (dyn Read + Send),
        head: Vec<u8>,
        base: usize,
    ) -> Result<(Self, CsvHeader), CsvError> {
        let mut stream = Self { input, buf: head, base, line: 1, eof: false, sep: b',' };
        while !stream.eof && memchr::memchr_iter(b'\n', &stream.buf).count() < HEADER_SEARCH_LINES {
            stream.fill(BLOCK)?;
        }
        loop {
            let text = stream.text()?;
            let (offset, line, sep, title) = find_header(text)?;
            let mut records = Records::new(&text[offset..], line, sep, stream.eof && text.len() == stream.buf.len());
            let mut fields = Vec::new();
            match records.next(&mut fields) {
                Next::Record(header_line) => {
                    let headers: Vec<String> =
                        fields.iter().map(|f| field_text(&text[offset..], *f).into_owned()).collect();
                    let (consumed, next_line) = (offset + records.consumed(), records.line());
                    stream.sep = sep;
                    stream.consume(consumed, next_line);
                    return Ok((stream, CsvHeader { headers, header_row: header_line, title }));
                }
                Next::Incomplete if !stream.eof => stream.fill(BLOCK.max(stream.buf.len()))?,
                Next::Incomplete | Next::End => return Err(CsvError::Empty),
            }
        }
    }

    /// The first records after the header as text, without consuming them: what the columns hold decides
    /// which of two region columns names the places.
    pub(super) fn sample(&self, max: usize) -> Vec<Vec<String>> {
        let Ok(text) = self.text() else { return Vec::new() };
        let mut records = Records::new(text, self.line, self.sep, self.eof);
        let (mut fields, mut out) = (Vec::new(), Vec::new());
        while out.len() < max
            && let Next::Record(_) = records.next(&mut fields)
        {
            out.push(fields.iter().map(|f| trim(&field_text(text, *f)).to_owned()).collect());
        }
        out
    }

    /// Hands every record after the header to `row`, with its line and its cells. A file larger than
    /// what was read for the header is split into records on a second thread while this one reads them
    /// (the order, and so every outcome, is the same as reading on one).
    pub(super) fn for_each(self, mut row: impl FnMut(usize, &[Cell<'_>])) -> Result<(), CsvError> {
        if self.eof {
            let mut failed = None;
            self.batches(Batch::default, |batch| {
                failed = batch.each(&mut row).err();
                failed.is_none()
            })?;
            return failed.map_or(Ok(()), Err);
        }
        let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Batch, CsvError>>(2);
        let (spare_tx, spare_rx) = std::sync::mpsc::channel::<Batch>();
        std::thread::scope(|scope| {
            let reader = move || {
                let result = self.batches(
                    || spare_rx.try_recv().map(Batch::emptied).unwrap_or_default(),
                    |batch| tx.send(Ok(batch)).is_ok(),
                );
                if let Err(e) = result {
                    let _ = tx.send(Err(e));
                }
            };
            std::thread::Builder::new()
                .name("csv-records".into())
                .spawn_scoped(scope, reader)
                .map_err(CsvError::Read)?;
            for batch in rx {
                let batch = batch?;
                batch.each(&mut row)?;
                // The reader may be gone already; the batch is then simply dropped.
                let _ = spare_tx.send(batch);
            }
            Ok(())
        })
    }

    /// Splits the text into batches of records, a block at a time, handing each to `sink` until it says
    /// stop; `empty` gives the batch to fill (one handed back, so its memory is used again).
    fn batches(
        mut self,
        mut empty: impl FnMut() -> Batch,
        mut sink: impl FnMut(Batch) -> bool,
    ) -> Result<(), CsvError> {
        let mut fields: Vec<Field> = Vec::new();
        loop {
            let text = self.text()?;
            let mut records = Records::new(text, self.line, self.sep, self.eof && text.len() == self.buf.len());
            let mut batch = empty();
            while let Next::Record(line) = records.next(&mut fields) {
                batch.fields.extend_from_slice(&fields);
                batch.records.push((line, batch.fields.len()));
            }
            let (consumed, line) = (records.consumed(), records.line());
            // The records' bytes go with the batch, without a copy; the rest waits for the next read, in
            // the memory of a batch handed back.
            let mut rest = std::mem::take(&mut batch.bytes);
            rest.extend_from_slice(&self.buf[consumed..]);
            self.buf.truncate(consumed);
            batch.bytes = std::mem::replace(&mut self.buf, rest);
            batch.base = self.base;
            self.base += consumed;
            self.line = line;
            if !batch.records.is_empty() && !sink(batch) {
                return Ok(());
            }
            if self.eof && self.buf.is_empty() {
                return Ok(());
            }
            // A record longer than a block (a long quoted field) gets a larger read.
            self.fill(BLOCK.max(self.buf.len() * 2))?;
        }
    }

    /// The complete lines read so far (all of it at the end of the file), checked as UTF-8.
    fn text(&self) -> Result<&str, CsvError> {
        let end = if self.eof { self.buf.len() } else { memchr::memrchr(b'\n', &self.buf).map_or(0, |i| i + 1) };
        let bytes = &self.buf[..end];
        simdutf8::basic::from_utf8(bytes).map_err(|_| {
            let valid = simdutf8::compat::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to());
            CsvError::NotUtf8(self.base + valid)
        })
    }

    /// Drops `n` bytes that were read, the next of which is on `line`.
    fn consume(&mut self, n: usize, line: usize) {
        self.buf.drain(..n);
        self.base += n;
        self.line = line;
    }

    /// Reads up to `n` more bytes.
    fn fill(&mut self, n: usize) -> Result<(), CsvError> {
        let start = self.buf.len();
        self.buf.resize(start + n, 0);
        let mut filled = start;
        while filled < self.buf.len() {
            match self.input.read(&mut self.buf[filled..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(k) => filled += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.buf.truncate(filled);
                    return Err(CsvError::Read(e));
                }
            }
        }
        self.buf.truncate(filled);
        Ok(())
    }
}

/// Records of one block: their bytes (checked as UTF-8 already), their fields, and for each record its
/// line and where its fields end.
#[derive(Debug, Default)]
struct Batch {
    bytes: Vec<u8>,
    /// Offset in the file of the first byte.
    base: usize,
    fields: Vec<Field>,
    records: Vec<(usize, usize)>,
}

impl Batch {
    /// The batch with nothing in it, its memory kept.
    fn emptied(mut self) -> Self {
        self.bytes.clear();
        self.fields.clear();
        self.records.clear();
        self
    }

    /// Hands each record to `row`, with its line and its cells.
    fn each(&self, row: &mut impl FnMut(usize, &[Cell<'_>])) -> Result<(), CsvError> {
        // Checked when the block was read; checking again is how safe code gets the text back, and cheap.
        let text = simdutf8::basic::from_utf8(&self.bytes).map_err(|_| CsvError::NotUtf8(self.base))?;
        let mut cells: Vec<Cell<'_>> = Vec::new();
        let mut from = 0;
        for &(line, to) in &self.records {
            let fields = &self.fields[from..to];
            from = to;
            cells.clear();
            let mut plain = true;
            for f in fields {
                if !f.quoted {
                    cells.push(Cell::Text(&text[f.start..f.end]));
                    continue;
                }
                match field_text(text, *f) {
                    Cow::Borrowed(t) => cells.push(Cell::Text(t)),
                    Cow::Owned(_) => plain = false,
                }
            }
            if plain {
                row(line, &cells);
            } else {
                let owned: Vec<Cow<'_, str>> = fields.iter().map(|f| field_text(text, *f)).collect();
                let unquoted: Vec<Cell<'_>> = owned.iter().map(|t| Cell::Text(t)).collect();
                row(line, &unquoted);
            }
        }
        Ok(())
    }
}

/// Where the header line starts, its line (from 1), the separator, and the title above it. The header is
/// the first line naming a region column, split by whichever separator shows it; without one, the first
/// line with content (and the layout check then says what it found).
fn find_header(text: &str) -> Result<(usize, usize, u8, Vec<String>), CsvError> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n').take(HEADER_SEARCH_LINES) {
        lines.push((offset, line.trim_end_matches(['\n', '\r'])));
        offset += line.len();
    }
    let Some(first) = lines.iter().position(|(_, l)| !trim(l).is_empty()) else { return Err(CsvError::Empty) };
    let found = lines.iter().enumerate().find_map(|(n, (_, l))| {
        SEPARATORS
            .into_iter()
            .find(|&sep| l.split(char::from(sep)).any(|f| is_region_header(f.trim_matches('"'))))
            .map(|sep| (n, sep))
    });
    // A one-region table has no region column: its header is the line naming the indicator column.
    let regionless = || {
        lines.iter().enumerate().find_map(|(n, (_, l))| {
            let sep = separator(l);
            let fields: Vec<&str> = l.split(char::from(sep)).map(|f| trim(f.trim_matches('"'))).collect();
            is_regionless_header(&fields).then_some((n, sep))
        })
    };
    let (header_line, sep) = found.or_else(regionless).unwrap_or((first, separator(lines[first].1)));
    let title: Vec<String> = lines[..header_line]
        .iter()
        .map(|(_, l)| trim(l.trim_matches(|c| c == char::from(sep) || c == '"')).to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    Ok((lines[header_line].0, header_line + 1, sep, title))
}

/// Separators a CSV file may use.
const SEPARATORS: [u8; 3] = [b',', b'\t', b';'];

/// The separator of the header line: comma, tab or semicolon, whichever it has most of.
fn separator(line: &str) -> u8 {
    SEPARATORS.into_iter().max_by_key(|&s| line.bytes().filter(|&b| b == s).count()).unwrap_or(b',')
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The header and every record of `text`: line and cell texts.
    fn read(text: &str) -> (CsvHeader, Vec<(usize, Vec<String>)>) {
        let mut input = text.as_bytes();
        let (stream, header) = CsvStream::open(&mut input, Vec::new(), 0).map_err(|e| format!("{e:?}")).unwrap();
        let mut rows = Vec::new();
        stream
            .for_each(|line, cells| {
                let texts = cells.iter().map(|c| if let Cell::Text(t) = c { (*t).to_owned() } else { String::new() });
                rows.push((line, texts.collect()));
            })
            .map_err(|e| format!("{e:?}"))
            .unwrap();
        (header, rows)
    }

    #[test]
    fn the_header_is_found_below_a_title_and_records_keep_their_lines() {
        let (header, rows) = read("巴中市主要指标（2024年）;;\n\n区县;年份;值\n巴州区;2024;\"1,2\"\n\n通江县;2024;3\n");
        assert_eq!(header.header_row, 3);
        assert_eq!(header.title, ["巴中市主要指标（2024年）"]);
        assert_eq!(header.headers, ["区县", "年份", "值"]);
        assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), [4, 6]);
        assert_eq!(rows[0].1, ["巴州区", "2024", "1,2"]);
    }

    #[test]
    fn records_across_block_boundaries_are_read_whole() {
        let mut text = String::from("地区,年份,指标,数值\n");
        for n in 0..60_000 {
            text.push_str(&format!("县{n:05},2024,\"说明\n第{n}条\",{n}\n"));
        }
        let (_, rows) = read(&text);
        assert_eq!(rows.len(), 60_000);
        assert_eq!(rows[59_999].0, 2 + 2 * 59_999);
        assert_eq!(rows[59_999].1, ["县59999", "2024", "说明\n第59999条", "59999"]);
    }

    #[test]
    fn a_byte_that_is_not_utf8_is_reported_by_its_offset_in_the_file() {
        let mut bytes = "地区,值\n".repeat(40_000).into_bytes();
        bytes.extend_from_slice(b"\xB0\xCD,1\n");
        let mut input = bytes.as_slice();
        let result = CsvStream::open(&mut input, Vec::new(), 0).and_then(|(s, _)| s.for_each(|_, _| {}));
        assert!(matches!(result, Err(CsvError::NotUtf8(offset)) if offset == 40_000 * "地区,值\n".len()));
    }

    #[test]
    fn the_separator_is_the_most_frequent_one() {
        assert_eq!(separator("地区;年份;值"), b';');
        assert_eq!(separator("地区\t年份\t值"), b'\t');
        assert_eq!(separator("地区,年份"), b',');
    }
}
