//! A minimal ZIP writer for the DOCX package: deflated entries in the order given, with a fixed
//! timestamp (1980-01-01 00:00, the earliest a ZIP can say), so that the same entries always give
//! the same bytes.
//!
//! Owns the ZIP container only (local headers, central directory, end record). It must not know
//! what the entries are. No ZIP64, no encryption, no data descriptors: the parts of a resume are
//! a few kilobytes. Deflate and CRC-32 come from flate2, which printpdf already builds; one
//! compressor serves every entry ([`Deflater`]).

use flate2::{Compression, Crc};

use super::deflate::Deflater;

/// MS-DOS date of 1980-01-01 (year 0 since 1980, month 1, day 1); the time is 00:00:00.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// Bit 11: the names are UTF-8.
const FLAGS: u16 = 1 << 11;
const DEFLATE: u16 = 8;
/// Version 2.0: deflate.
const VERSION: u16 = 20;

/// A ZIP archive of `entries` (name, content), deflated, in that order.
pub fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let mut deflater = Deflater::raw(Compression::default());
    for (name, data) in entries {
        let mut crc = Crc::new();
        crc.update(data);
        let packed = deflater.compress(data);
        let offset = u32_of(out.len());
        let common = Common {
            crc: crc.sum(),
            packed: u32_of(packed.len()),
            size: u32_of(data.len()),
            name_len: u16::try_from(name.len()).expect("a short part name"),
        };
        put32(&mut out, 0x0403_4b50);
        put16(&mut out, VERSION);
        common.put(&mut out);
        put16(&mut out, 0); // extra field length
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&packed);

        put32(&mut central, 0x0201_4b50);
        put16(&mut central, VERSION); // made by: MS-DOS, 2.0
        put16(&mut central, VERSION);
        common.put(&mut central);
        put16(&mut central, 0); // extra field length
        put16(&mut central, 0); // comment length
        put16(&mut central, 0); // disk number
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0); // external attributes
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let central_at = u32_of(out.len());
    let count = u16::try_from(entries.len()).expect("a few parts");
    out.extend_from_slice(&central);
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0); // this disk
    put16(&mut out, 0); // disk of the central directory
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, u32_of(central.len()));
    put32(&mut out, central_at);
    put16(&mut out, 0); // comment length
    out
}

/// The fields local and central headers share, from "flags" to "name length".
struct Common {
    crc: u32,
    packed: u32,
    size: u32,
    name_len: u16,
}

impl Common {
    fn put(&self, out: &mut Vec<u8>) {
        put16(out, FLAGS);
        put16(out, DEFLATE);
        put16(out, DOS_TIME);
        put16(out, DOS_DATE);
        put32(out, self.crc);
        put32(out, self.packed);
        put32(out, self.size);
        put16(out, self.name_len);
    }
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).expect("a resume package is far below 4 GiB")
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The entries of an archive written by [`zip`], inflated: for tests.
#[cfg(test)]
pub(crate) fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let le16 = |at: usize| usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let le32 =
        |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes")) as usize;
    let mut entries = Vec::new();
    let mut at = 0;
    while le32(at) == 0x0403_4b50 {
        let packed = le32(at + 18);
        let name_len = le16(at + 26);
        let data_at = at + 30 + name_len + le16(at + 28);
        let name = String::from_utf8(bytes[at + 30..at + 30 + name_len].to_vec()).expect("utf-8");
        let mut data = Vec::new();
        flate2::read::DeflateDecoder::new(&bytes[data_at..data_at + packed])
            .read_to_end(&mut data)
            .expect("inflates");
        entries.push((name, data));
        at = data_at + packed;
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::{unzip, zip};

    #[test]
    fn entries_round_trip_in_order_with_the_same_bytes_each_time() {
        let parts: [(&str, &[u8]); 2] = [("a.xml", b"<a/>"), ("dir/b.xml", &[b'x'; 5000])];
        let bytes = zip(&parts);
        assert!(bytes.starts_with(b"PK\x03\x04"));
        assert_eq!(bytes, zip(&parts));
        let back = unzip(&bytes);
        assert_eq!(back.len(), 2);
        assert_eq!(back[0], ("a.xml".to_string(), b"<a/>".to_vec()));
        assert_eq!(back[1].0, "dir/b.xml");
        assert_eq!(back[1].1, vec![b'x'; 5000]);
        // The end record counts both entries.
        let end = &bytes[bytes.len() - 22..];
        assert!(end.starts_with(b"PK\x05\x06"));
        assert_eq!(end[10], 2);
    }
}
