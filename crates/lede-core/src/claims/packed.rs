//! The shipped weights file, stored packed and unpacked once on first use.
//!
//! What it does: `build.rs` packs `weights.bin` with a canonical Huffman
//! code (`build/pack.rs`: 256 code lengths, the byte count, then the codes);
//! [`weights`] unpacks it the first time a model is built and keeps the
//! bytes, identical to `weights.bin`, for the life of the program.
//!
//! Why: the 65,536 int8 bucket weights are nearly random bytes with a skewed
//! distribution (a quarter are 0, most are within ±8). gzip, which serves the
//! web app, codes them in about 42 KB; a Huffman code over the whole file
//! takes about 37 KB, a tenth of the gzipped app.
//!
//! Example: `weights()` is the 65,592 bytes of `weights.bin`;
//! `unpack(&pack(b"abracadabra"))` is `b"abracadabra"`.

use std::sync::OnceLock;

static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/weights.packed"));

/// The bytes of `weights.bin` (empty if the packed form were corrupt, which
/// a test rules out; the model then scores everything 0.5).
pub fn weights() -> &'static [u8] {
    static WEIGHTS: OnceLock<Vec<u8>> = OnceLock::new();
    WEIGHTS.get_or_init(|| unpack(PACKED).unwrap_or_default())
}

/// Unpacks what `build/pack.rs` packed; `None` if `packed` is not such.
fn unpack(packed: &[u8]) -> Option<Vec<u8>> {
    let (lengths, rest) = packed.split_at_checked(256)?;
    let (count, bits) = rest.split_at_checked(4)?;
    let count = u32::from_le_bytes(count.try_into().ok()?) as usize;
    // How many codes of each length, and the byte values in code order.
    let mut per_length = [0u32; 33];
    for &l in lengths {
        *per_length.get_mut(usize::from(l))? += 1;
    }
    let mut values: Vec<u8> = (0..=255).filter(|&v| lengths[usize::from(v)] > 0).collect();
    values.sort_by_key(|&v| lengths[usize::from(v)]);
    let mut out = Vec::with_capacity(count);
    let mut at = 0usize;
    while out.len() < count {
        // Canonical decoding, one bit at a time (as zlib's puff.c): `first`
        // is the first code of the current length, `index` its position in
        // `values`.
        // Codes are at most 32 bits, so `first` and `code` fit a u64, and
        // `code >= first` holds at every length.
        let (mut code, mut first, mut index) = (0u64, 0u64, 0u64);
        let mut length = 1;
        loop {
            let byte = *bits.get(at / 8)?;
            code |= u64::from(byte >> (7 - at % 8)) & 1;
            at += 1;
            let n = u64::from(*per_length.get(length)?);
            if code < first + n {
                out.push(*values.get(usize::try_from(index + code - first).ok()?)?);
                break;
            }
            index += n;
            first = (first + n) << 1;
            code <<= 1;
            length += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    mod pack {
        include!("../../build/pack.rs");
    }

    /// Packs and unpacks `bytes`.
    fn check(bytes: &[u8]) {
        assert_eq!(unpack(&pack::pack(bytes)).as_deref(), Some(bytes));
    }

    #[test]
    fn shipped_weights_unpack_to_the_file() {
        assert_eq!(weights(), include_bytes!("weights.bin"));
    }

    #[test]
    fn round_trips() {
        check(b"");
        check(b"a");
        check(b"aaaa");
        check(b"abracadabra");
        check(&(0..=255).collect::<Vec<u8>>());
        check(include_bytes!("weights.bin"));
        // Corrupt input is `None` or some bytes, never a panic.
        let packed = pack::pack(b"abracadabra");
        for cut in 0..packed.len() {
            let _ = unpack(&packed[..cut]);
        }
        assert_eq!(unpack(&[]), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in proptest::collection::vec(0u8..12, 0..300)) {
            check(&bytes);
        }
    }
}
