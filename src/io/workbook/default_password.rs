//! XLS workbooks encrypted with Excel's default password, "VelvetSweatshop". Excel and WPS open them without
//! asking, so to an official they are ordinary files; every table of 中国科技统计年鉴 downloaded from CNKI is one.
//! The password is public ([MS-OFFCRYPTO] 2.3.6.2 and 2.3.7.1), so the workbook is decrypted in memory with it,
//! as Excel does, and read like any other. Only RC4 encryption (FILEPASS with wEncryptionType 1, version 1.1)
//! is handled; a workbook with a password of its own stays refused as protected.

use std::io::{Cursor, Read, Seek, SeekFrom, Write};

use md5::{Digest, Md5};

/// The password Excel tries before asking for one.
const DEFAULT_PASSWORD: &str = "VelvetSweatshop";

/// Record types of the workbook stream ([MS-XLS] 2.3).
const BOF: u16 = 0x0809;
const FILEPASS: u16 = 0x002F;
const USR_EXCL: u16 = 0x0194;
const FILE_LOCK: u16 = 0x0195;
const INTERFACE_HDR: u16 = 0x00E1;
const RRD_INFO: u16 = 0x0196;
const RRD_HEAD: u16 = 0x0138;
const BOUND_SHEET: u16 = 0x0085;

/// The keystream is re-keyed every this many bytes of the stream.
const BLOCK: usize = 1024;

/// The workbook's bytes decrypted with the default password, with the FILEPASS record blanked so a reader
/// sees a plain workbook; `None` when it is not an RC4-encrypted XLS or the default password does not open it.
pub(super) fn decrypt(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes.to_vec())).ok()?;
    let name = ["/Workbook", "/Book"].into_iter().find(|n| file.is_stream(n))?;
    let mut stream = Vec::new();
    file.open_stream(name).ok()?.read_to_end(&mut stream).ok()?;
    let plain = decrypt_stream(&stream)?;
    let mut out = file.open_stream(name).ok()?;
    out.seek(SeekFrom::Start(0)).ok()?;
    out.write_all(&plain).ok()?;
    drop(out);
    file.flush().ok()?;
    Some(file.into_inner().into_inner())
}

/// The decrypted workbook stream, the same length as the encrypted one.
fn decrypt_stream(stream: &[u8]) -> Option<Vec<u8>> {
    let records = records(stream)?;
    let filepass = records.iter().find(|r| r.kind == FILEPASS)?;
    let info = &stream[filepass.data..filepass.data + filepass.len];
    // wEncryptionType 1 (RC4), then EncryptionVersionInfo 1.1 (RC4 encryption header), salt, verifier, its hash.
    if info.len() < 54 || info[..6] != [1, 0, 1, 0, 1, 0] {
        return None;
    }
    let (salt, verifier, verifier_hash) = (&info[6..22], &info[22..38], &info[38..54]);
    let base = base_key(DEFAULT_PASSWORD, salt);
    if !verifies(&base, verifier, verifier_hash) {
        return None;
    }
    let mut keystream = Keystream::new(base);
    let mut plain = stream.to_vec();
    for r in &records {
        let clear = match r.kind {
            FILEPASS => {
                // Blanked: a record of type 0 that readers skip, so the stream keeps its length and offsets.
                plain[r.data - 4..r.data - 2].copy_from_slice(&[0, 0]);
                plain[r.data..r.data + r.len].fill(0);
                continue;
            }
            BOF | USR_EXCL | FILE_LOCK | INTERFACE_HDR | RRD_INFO | RRD_HEAD => continue,
            // The sheet's stream position (lbPlyPos) is left in the clear.
            BOUND_SHEET => 4.min(r.len),
            _ => 0,
        };
        keystream.apply(r.data + clear, &mut plain[r.data + clear..r.data + r.len]);
    }
    Some(plain)
}

/// A record: its type, where its data starts and its length.
struct Record {
    kind: u16,
    data: usize,
    len: usize,
}

/// The records of a stream; `None` when one runs past the end.
fn records(stream: &[u8]) -> Option<Vec<Record>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[at], stream[at + 1]]);
        let len = usize::from(u16::from_le_bytes([stream[at + 2], stream[at + 3]]));
        if at + 4 + len > stream.len() {
            // Padding after the last record is zeros; anything else is a damaged stream.
            return stream[at..].iter().all(|b| *b == 0).then_some(out);
        }
        out.push(Record { kind, data: at + 4, len });
        at += 4 + len;
    }
    Some(out)
}

/// The first five bytes of MD5 of the MD5 of the password and the salt ([MS-OFFCRYPTO] 2.3.6.2).
fn base_key(password: &str, salt: &[u8]) -> [u8; 5] {
    let utf16: Vec<u8> = password.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let h0 = Md5::digest(&utf16);
    let mut intermediate = Vec::with_capacity(16 * 21);
    for _ in 0..16 {
        intermediate.extend_from_slice(&h0[..5]);
        intermediate.extend_from_slice(salt);
    }
    let h1 = Md5::digest(&intermediate);
    let mut base = [0; 5];
    base.copy_from_slice(&h1[..5]);
    base
}

/// The RC4 key of one block of the stream.
fn block_key(base: &[u8; 5], block: u32) -> [u8; 16] {
    let mut input = [0u8; 9];
    input[..5].copy_from_slice(base);
    input[5..].copy_from_slice(&block.to_le_bytes());
    Md5::digest(input).into()
}

/// Whether the password opens the file: the decrypted verifier's MD5 is the decrypted verifier hash.
fn verifies(base: &[u8; 5], verifier: &[u8], verifier_hash: &[u8]) -> bool {
    let mut rc4 = Rc4::new(&block_key(base, 0));
    let mut both = [verifier, verifier_hash].concat();
    rc4.apply(&mut both);
    Md5::digest(&both[..16])[..] == both[16..]
}

/// RC4 over the whole stream: the keystream byte for stream offset `p` is byte `p % 1024` of the stream
/// keyed for block `p / 1024`, whether or not the bytes before it were encrypted.
struct Keystream {
    base: [u8; 5],
    block: u32,
    rc4: Rc4,
    /// Offset in the stream of the next keystream byte.
    at: usize,
}

impl Keystream {
    fn new(base: [u8; 5]) -> Self {
        Self { base, block: 0, rc4: Rc4::new(&block_key(&base, 0)), at: 0 }
    }

    /// XORs `data`, which starts at stream offset `offset` (never before bytes already done), with the keystream.
    fn apply(&mut self, offset: usize, data: &mut [u8]) {
        for (k, byte) in data.iter_mut().enumerate() {
            self.seek(offset + k);
            *byte ^= self.rc4.next();
            self.at += 1;
        }
    }

    fn seek(&mut self, offset: usize) {
        let block = u32::try_from(offset / BLOCK).unwrap_or(u32::MAX);
        if block != self.block {
            self.block = block;
            self.rc4 = Rc4::new(&block_key(&self.base, block));
            self.at = offset - offset % BLOCK;
        }
        while self.at < offset {
            self.rc4.next();
            self.at += 1;
        }
    }
}

/// The RC4 stream cipher.
struct Rc4 {
    s: [u8; 256],
    i: u8,
    j: u8,
}

impl Rc4 {
    fn new(key: &[u8]) -> Self {
        let mut s = [0u8; 256];
        for (k, v) in s.iter_mut().enumerate() {
            *v = k as u8;
        }
        let mut j = 0u8;
        for i in 0..256 {
            j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
            s.swap(i, usize::from(j));
        }
        Self { s, i: 0, j: 0 }
    }

    fn next(&mut self) -> u8 {
        self.i = self.i.wrapping_add(1);
        self.j = self.j.wrapping_add(self.s[usize::from(self.i)]);
        self.s.swap(usize::from(self.i), usize::from(self.j));
        self.s[usize::from(self.s[usize::from(self.i)].wrapping_add(self.s[usize::from(self.j)]))]
    }

    fn apply(&mut self, data: &mut [u8]) {
        for b in data {
            *b ^= self.next();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rc4_matches_the_published_test_vector() {
        // RFC 6229-style vector: key "Key", plaintext "Plaintext" → BBF316E8D940AF0AD3.
        let mut data = *b"Plaintext";
        Rc4::new(b"Key").apply(&mut data);
        assert_eq!(data, [0xBB, 0xF3, 0x16, 0xE8, 0xD9, 0x40, 0xAF, 0x0A, 0xD3]);
    }

    #[test]
    fn the_key_and_verifier_match_the_worked_example_of_msoffcrypto() {
        // password1 with this salt opens the verifier (the example in msoffcrypto-tool's rc4 module).
        let salt = b"\xe8w,\x1d\x91\xc5j7\x96Ga\xb2\x80\x182\x17";
        let base = base_key("password1", salt);
        assert_eq!(block_key(&base, 0), *b" \xbf2\xdd\xf5@\x85\x8cQ7D\xaf\x0f$\xe0<");
        let verifier = b"\xc9\xe9\x97\xd4T\x97=1\x0b\xb1\xbap\x14&\x83~";
        let hash = b"\xb1\xde\x17\x8f\x07\xe9\x89\xc4M\xae^L\xf9j\xc4\x07";
        assert!(verifies(&base, verifier, hash));
        assert!(!verifies(&base_key("password2", salt), verifier, hash));
    }

    #[test]
    fn a_file_that_is_not_a_compound_file_is_not_decrypted() {
        assert_eq!(decrypt(b"not a workbook"), None);
    }
}
