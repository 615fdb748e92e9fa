//! One stable sort shared by the whole crate and the web app.
//!
//! What it does: [`stable_sort_by`] sorts a slice exactly like
//! `slice::sort_by` (stable, same comparator, same result), by sorting the
//! element indices and then moving the elements into place.
//!
//! Why: every `sort_by` call site with its own closure gets its own copy of
//! the standard library's driftsort (~4 KB of wasm each). Sorting `usize`
//! indices through one `dyn` comparator compiles that code once; the
//! per-type part left is a short permutation loop. Use it for short lists
//! (annotations, claims, rows), not in hot loops.
//!
//! Example: `stable_sort_by(&mut v, |a, b| a.start.cmp(&b.start))`.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (the same order as `v.sort_by(cmp)`).
pub fn stable_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_indices(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &order);
}

/// `0..n` sorted stably by `cmp` on indices.
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `v` so that `v[j]` becomes the old `v[order[j]]` (`order` is a
/// permutation of `0..v.len()`), following each cycle with swaps.
fn permute<T>(v: &mut [T], order: &[usize]) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        let mut j = start;
        while !done[j] {
            done[j] = true;
            let k = order[j];
            if k == start {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &[(u8, char)], expect: &[(u8, char)]) {
        let mut v = input.to_vec();
        stable_sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, expect);
        let mut std_sorted = input.to_vec();
        std_sorted.sort_by_key(|a| a.0);
        assert_eq!(v, std_sorted);
    }

    #[test]
    fn stable_like_std() {
        check(&[], &[]);
        check(&[(1, 'a')], &[(1, 'a')]);
        check(
            &[(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')],
            &[(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')],
        );
        check(
            &[(5, 'a'), (4, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')],
            &[(0, 'f'), (1, 'e'), (2, 'd'), (3, 'c'), (4, 'b'), (5, 'a')],
        );
    }

    #[test]
    fn many_cycles() {
        let input: Vec<(u8, char)> = (0..200u32)
            .map(|i| {
                (
                    (i * 37 % 11) as u8,
                    char::from_u32(0x100 + i).unwrap_or('?'),
                )
            })
            .collect();
        let mut expect = input.clone();
        expect.sort_by_key(|a| a.0);
        check(&input, &expect);
    }
}
