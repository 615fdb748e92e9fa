// Packs bytes with a canonical Huffman code: the build script writes the
// claims weights this way (`src/claims/packed.rs` reads them back), and the
// tests of `packed.rs` include this file to check the round trip.
//
// (Plain comments, not `//!`: the file is `include!`d into other modules.)
//
// Layout: 256 code lengths (one byte per byte value, 0 = absent), the
// number of bytes as a little-endian u32, then the codes, most significant
// bit first, in canonical order (shorter codes first, then by byte value).

/// The packed form of `bytes` (under 3 million bytes, so that no code is
/// longer than 32 bits).
pub fn pack(bytes: &[u8]) -> Vec<u8> {
    let lengths = code_lengths(bytes);
    let mut codes = [0u32; 256];
    let mut code = 0u32;
    for len in 1..=32u8 {
        for (value, &l) in lengths.iter().enumerate() {
            if l == len {
                codes[value] = code;
                code += 1;
            }
        }
        code <<= 1;
    }
    let mut out = lengths.to_vec();
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    let (mut acc, mut filled) = (0u8, 0u32);
    for &b in bytes {
        let len = u32::from(lengths[usize::from(b)]);
        for bit in (0..len).rev() {
            acc = (acc << 1) | ((codes[usize::from(b)] >> bit) & 1) as u8;
            filled += 1;
            if filled == 8 {
                out.push(acc);
                acc = 0;
                filled = 0;
            }
        }
    }
    if filled > 0 {
        out.push(acc << (8 - filled));
    }
    out
}

/// Huffman code lengths of the byte values of `bytes` (0 for absent ones;
/// a lone value gets length 1).
fn code_lengths(bytes: &[u8]) -> [u8; 256] {
    let mut counts = [0u64; 256];
    for &b in bytes {
        counts[usize::from(b)] += 1;
    }
    // Nodes: the present values, then the merged pairs; each knows its parent.
    let mut weight: Vec<u64> = Vec::new();
    let mut value_of: Vec<Option<usize>> = Vec::new();
    for (value, &c) in counts.iter().enumerate() {
        if c > 0 {
            weight.push(c);
            value_of.push(Some(value));
        }
    }
    let mut parent: Vec<Option<usize>> = vec![None; weight.len()];
    let mut open: Vec<usize> = (0..weight.len()).collect();
    while open.len() > 1 {
        // The two lightest open nodes (ties to the older node).
        open.sort_by_key(|&n| (weight[n], n));
        let (a, b) = (open[0], open[1]);
        let merged = weight.len();
        weight.push(weight[a] + weight[b]);
        value_of.push(None);
        parent.push(None);
        parent[a] = Some(merged);
        parent[b] = Some(merged);
        open.drain(..2);
        open.push(merged);
    }
    let mut lengths = [0u8; 256];
    for (node, value) in value_of.iter().enumerate() {
        if let Some(value) = value {
            let (mut depth, mut at) = (0u8, node);
            while let Some(p) = parent[at] {
                depth += 1;
                at = p;
            }
            lengths[*value] = depth.max(1);
        }
    }
    lengths
}
