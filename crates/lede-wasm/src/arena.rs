//! A per-call bump arena: the global allocator of lede-wasm's wasm build.
//!
//! What it does: while one of the exported calls runs (`extract`,
//! `extractJson`, `countAnnotations`, inside [`call`]), blocks of up to
//! [`MAX_BLOCK`] bytes are cut from one region by moving a pointer (a "bump"),
//! and freeing one only decrements the region's count of live blocks (and
//! takes the newest block back, so a growing `Vec` at the top reallocates in
//! place). When the count reaches zero, during the call or after it, the
//! whole region is free again and the next block starts at its beginning.
//! Larger blocks, blocks that do not fit any more, and everything allocated
//! outside a call go to the normal allocator (`System`, dlmalloc in wasm).
//!
//! Why: the extraction makes about 1,200 allocations per 22 KB of news (one
//! per ~20 bytes of input: small `Vec`s, `String`s of annotations, hash
//! maps); dlmalloc's malloc and free took ~5% of the wasm core's time in
//! Node. A bump allocation is a handful of instructions, and the memory of a
//! call is reused, hot in the cache, by the next call.
//!
//! Safety of the scheme: a region is reset or given back only when its live
//! count is zero, so nothing that is still referenced is ever overwritten.
//! Blocks that outlive their call (a returned `String`, freed by the
//! JavaScript glue right after; a table in a `OnceLock` initialised during a
//! call, never freed) keep their region's count above zero: such a region is
//! set aside (it still frees its blocks, and is given back to `System` when
//! its last block is freed) and the next call gets a new region. The first
//! call runs without the arena, so most `OnceLock` tables are made in
//! `System` memory.
//!
//! Example: `countAnnotations` of 22 KB makes ~1,200 allocations in a region
//! of ~0.5 MB; all are freed by the end of the call, and the next call
//! allocates from the same addresses.
//!
//! The bookkeeping ([`Arena`]) is plain safe Rust over addresses, tested
//! natively. The allocator itself ([`CallArena`], the only unsafe code of the
//! workspace) is a thin `GlobalAlloc` over it and `System`; it is the global
//! allocator only on wasm32 without threads (no locking).

use std::cell::UnsafeCell;

/// Blocks larger than this always go to `System` (token arrays proportional
/// to the input): the region holds many small blocks rather than a few big ones.
pub const MAX_BLOCK: usize = 64 * 1024;

/// Size of the first region.
pub const FIRST_REGION: usize = 1 << 20;

/// The largest region: a call that needs more puts the rest in `System`.
/// 1 MB of news needs less; with 8 MB, wasm memory after a 10 MB call was
/// 446 MB against 426 MB with dlmalloc alone, with 4 MB 427 MB, and no slower.
pub const MAX_REGION: usize = 4 << 20;

/// Regions set aside with live blocks, at most (then calls run without the arena).
const SLOTS: usize = 8;

/// One region of memory: `[start, end)`, blocks cut at `top`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Region {
    start: usize,
    end: usize,
    top: usize,
    live: usize,
}

impl Region {
    fn contains(&self, addr: usize) -> bool {
        self.start <= addr && addr < self.end
    }
    fn is_empty_slot(&self) -> bool {
        self.end == 0
    }
}

/// What the caller of [`Arena::enter`] must do before the call runs.
#[derive(Debug, PartialEq, Eq)]
pub struct Enter {
    /// Give this region (start, size) back to `System`.
    pub release: Option<(usize, usize)>,
    /// Get a region of this many bytes from `System` and [`Arena::install`] it.
    pub acquire: Option<usize>,
}

/// The arena's bookkeeping over addresses; no memory is touched here.
#[derive(Debug)]
pub struct Arena {
    /// `regions[0]` is the current region; the others are set aside (live blocks).
    regions: [Region; SLOTS],
    /// Inside a call: small blocks come from the current region.
    active: bool,
    /// Calls entered so far (the first one runs without the arena).
    calls: u64,
    /// A block that would have fitted a region did not fit the current one.
    overflowed: bool,
    /// Size of the next region to acquire.
    next_size: usize,
}

impl Default for Arena {
    fn default() -> Self {
        Arena::new()
    }
}

impl Arena {
    /// An arena with no region yet.
    pub const fn new() -> Arena {
        Arena {
            regions: [Region {
                start: 0,
                end: 0,
                top: 0,
                live: 0,
            }; SLOTS],
            active: false,
            calls: 0,
            overflowed: false,
            next_size: FIRST_REGION,
        }
    }

    /// Starts a call: decides whether the current region can be reused, must
    /// grow, or must be set aside because blocks in it are still alive.
    pub fn enter(&mut self) -> Enter {
        let mut enter = Enter {
            release: None,
            acquire: None,
        };
        self.calls += 1;
        if self.calls == 1 {
            // The first call warms up (OnceLock tables) without the arena.
            return enter;
        }
        let current = self.regions[0];
        let size = current.end - current.start;
        if self.overflowed && size >= self.next_size {
            // The last call wanted more: the next region is twice as large.
            self.next_size = (size * 2).min(MAX_REGION);
        }
        self.overflowed = false;
        if current.is_empty_slot() {
            enter.acquire = Some(self.next_size);
        } else if current.live == 0 {
            if size < self.next_size {
                enter.release = Some((current.start, size));
                self.regions[0] = Region::default();
                enter.acquire = Some(self.next_size);
            } else {
                self.regions[0].top = current.start;
                self.active = true;
            }
        } else if let Some(free) = self.regions[1..].iter().position(Region::is_empty_slot) {
            // Live blocks: set the region aside until they are freed.
            self.regions[1 + free] = current;
            self.regions[0] = Region::default();
            enter.acquire = Some(self.next_size);
        }
        // else: every slot holds live blocks; this call runs without the arena.
        enter
    }

    /// Installs a region `[start, start + size)` acquired for [`Enter::acquire`]
    /// and starts serving from it.
    pub fn install(&mut self, start: usize, size: usize) {
        self.regions[0] = Region {
            start,
            end: start + size,
            top: start,
            live: 0,
        };
        self.active = true;
    }

    /// Ends a call: later blocks go to `System` (blocks of the call stay valid).
    pub fn leave(&mut self) {
        self.active = false;
    }

    /// A block of `size` bytes aligned to `align` from the current region, or
    /// `None` (then the caller uses `System`).
    #[inline]
    pub fn alloc(&mut self, size: usize, align: usize) -> Option<usize> {
        if !self.active || size > MAX_BLOCK {
            return None;
        }
        let region = &mut self.regions[0];
        let start = region.top.checked_add(align - 1)? & !(align - 1);
        let end = start.checked_add(size)?;
        if end > region.end {
            self.overflowed = true;
            return None;
        }
        region.top = end;
        region.live += 1;
        Some(start)
    }

    /// Whether `addr` is a block of the arena (else it belongs to `System`).
    #[inline]
    pub fn owns(&self, addr: usize) -> bool {
        self.regions.iter().any(|r| r.contains(addr))
    }

    /// Frees the block at `addr` of `size` bytes if it is the arena's:
    /// `None` when it is not; `Some(None)` when done; `Some(Some((start,
    /// size)))` when a set-aside region became empty and must be given back
    /// to `System`.
    #[inline]
    pub fn dealloc(&mut self, addr: usize, size: usize) -> Option<Option<(usize, usize)>> {
        let current = &mut self.regions[0];
        if current.contains(addr) {
            current.live -= 1;
            if current.live == 0 {
                current.top = current.start;
            } else if addr + size == current.top {
                // The newest block: take it back.
                current.top = addr;
            }
            return Some(None);
        }
        self.dealloc_set_aside(addr)
    }

    /// [`Arena::dealloc`] outside the current region.
    fn dealloc_set_aside(&mut self, addr: usize) -> Option<Option<(usize, usize)>> {
        let region = self.regions[1..].iter_mut().find(|r| r.contains(addr))?;
        region.live -= 1;
        if region.live == 0 {
            let freed = (region.start, region.end - region.start);
            *region = Region::default();
            return Some(Some(freed));
        }
        Some(None)
    }

    /// Grows or shrinks the arena block at `addr` in place to `new_size`
    /// bytes if it is the newest block of the current region and the region
    /// has room (during a call only): true when done.
    #[inline]
    pub fn resize_in_place(&mut self, addr: usize, old_size: usize, new_size: usize) -> bool {
        let region = &mut self.regions[0];
        if !self.active || !region.contains(addr) || addr + old_size != region.top {
            return false;
        }
        match addr.checked_add(new_size) {
            Some(end) if end <= region.end && new_size <= MAX_BLOCK => {
                region.top = end;
                true
            }
            _ => false,
        }
    }
}

/// Runs `f` as one exported call: with the arena when it is the global allocator.
pub fn call<R>(f: impl FnOnce() -> R) -> R {
    #[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
    {
        GLOBAL.enter();
        let result = f();
        GLOBAL.leave();
        result
    }
    #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
    {
        f()
    }
}

/// lede-wasm's allocator on wasm32 (single-threaded: no atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static GLOBAL: CallArena = CallArena::new();

/// The global allocator: [`Arena`] for small blocks during calls, `System` otherwise.
pub struct CallArena {
    arena: UnsafeCell<Arena>,
}

impl Default for CallArena {
    fn default() -> Self {
        CallArena::new()
    }
}

// Implementing `GlobalAlloc` and calling `System` needs unsafe code: this
// module is the only one allowed to (lib.rs, Cargo.toml's lints).
mod imp {
    use super::{Arena, CallArena};
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::UnsafeCell;

    /// Alignment of regions (and the largest alignment the arena serves).
    const REGION_ALIGN: usize = 16;

    // SAFETY: wasm32 without the atomics feature has one thread, so the
    // state is never reached from two threads.
    #[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
    unsafe impl Sync for CallArena {}

    impl CallArena {
        /// An allocator with no region yet.
        pub const fn new() -> CallArena {
            CallArena {
                arena: UnsafeCell::new(Arena::new()),
            }
        }

        /// Runs `f` on the bookkeeping.
        #[inline]
        pub(super) fn with<R>(&self, f: impl FnOnce(&mut Arena) -> R) -> R {
            // SAFETY: one thread (see `Sync` above), and no `&mut Arena`
            // escapes `f`; `f` is always one of Arena's methods, which never
            // allocate, so this is never re-entered while `f` runs.
            f(unsafe { &mut *self.arena.get() })
        }

        /// Starts a call (see [`Arena::enter`]); regions come from `System`.
        pub fn enter(&self) {
            let enter = self.with(Arena::enter);
            if let Some((start, size)) = enter.release {
                // SAFETY: the region was allocated below with this layout and
                // its live count is zero: nothing in it is referenced.
                unsafe { System.dealloc(start as *mut u8, region_layout(size)) };
            }
            if let Some(size) = enter.acquire {
                // SAFETY: the layout has a non-zero size.
                let start = unsafe { System.alloc(region_layout(size)) };
                if !start.is_null() {
                    self.with(|arena| arena.install(start as usize, size));
                }
            }
        }

        /// Ends a call.
        pub fn leave(&self) {
            self.with(Arena::leave);
        }
    }

    fn region_layout(size: usize) -> Layout {
        Layout::from_size_align(size, REGION_ALIGN).unwrap_or(Layout::new::<u8>())
    }

    // SAFETY: blocks from the arena lie in regions owned by it and are not
    // handed out twice (the bump pointer only moves past them, and back over
    // a block only when it is freed, or over the whole region when its live
    // count is zero); every other block comes from `System` and goes back to it.
    unsafe impl GlobalAlloc for CallArena {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= REGION_ALIGN {
                if let Some(addr) = self.with(|arena| arena.alloc(layout.size(), layout.align())) {
                    return addr as *mut u8;
                }
            }
            System.alloc(layout)
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= REGION_ALIGN {
                if let Some(addr) = self.with(|arena| arena.alloc(layout.size(), layout.align())) {
                    // A reused region holds the bytes of earlier calls.
                    let ptr = addr as *mut u8;
                    ptr.write_bytes(0, layout.size());
                    return ptr;
                }
            }
            // dlmalloc skips zeroing memory that is fresh from the system.
            System.alloc_zeroed(layout)
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            let freed = self.with(|arena| arena.dealloc(ptr as usize, layout.size()));
            match freed {
                None => System.dealloc(ptr, layout),
                Some(None) => {}
                Some(Some((start, size))) => System.dealloc(start as *mut u8, region_layout(size)),
            }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let addr = ptr as usize;
            if self.with(|arena| arena.resize_in_place(addr, layout.size(), new_size)) {
                return ptr;
            }
            if !self.with(|arena| arena.owns(addr)) {
                return System.realloc(ptr, layout, new_size);
            }
            if new_size <= layout.size() {
                // Shrinking an arena block: it keeps its place (its free
                // passes the smaller size, which only matters for the newest
                // block, handled above).
                return ptr;
            }
            // Move: into the arena when it fits, else into `System`.
            // SAFETY: `new_size` with the old alignment is a valid layout (the
            // GlobalAlloc contract for realloc).
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            let new = self.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::{GlobalAlloc, Layout};

    /// A region at a made-up address for the bookkeeping tests.
    const BASE: usize = 0x10_0000;

    /// An arena past its warm-up call, inside a call, serving `[BASE, BASE + size)`.
    fn arena_with(size: usize) -> Arena {
        let mut arena = Arena::new();
        check_enter(&mut arena, None, None);
        arena.leave();
        check_enter(&mut arena, None, Some(FIRST_REGION));
        arena.install(BASE, size);
        arena
    }

    /// Enters a call and checks what the arena asks for.
    fn check_enter(arena: &mut Arena, release: Option<(usize, usize)>, acquire: Option<usize>) {
        assert_eq!(arena.enter(), Enter { release, acquire });
    }

    #[test]
    fn the_first_call_runs_without_the_arena() {
        let mut arena = Arena::new();
        check_enter(&mut arena, None, None);
        assert_eq!(arena.alloc(8, 8), None);
        arena.leave();
        check_enter(&mut arena, None, Some(FIRST_REGION));
    }

    #[test]
    fn every_block_is_aligned_and_apart_from_the_others() {
        let mut arena = arena_with(FIRST_REGION);
        let mut blocks: Vec<(usize, usize)> = Vec::new();
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in (1..=70).chain([255, 256, 1000, 4097, MAX_BLOCK]) {
                let addr = arena.alloc(size, align).unwrap();
                assert_eq!(addr % align, 0, "size {size} align {align}");
                assert!(addr >= BASE && addr + size <= BASE + FIRST_REGION);
                blocks.push((addr, size));
            }
        }
        blocks.sort_unstable();
        for pair in blocks.windows(2) {
            assert!(pair[0].0 + pair[0].1 <= pair[1].0, "{pair:?} overlap");
        }
    }

    #[test]
    fn large_blocks_and_blocks_outside_calls_are_not_the_arenas() {
        let mut arena = arena_with(FIRST_REGION);
        assert_eq!(arena.alloc(MAX_BLOCK + 1, 8), None);
        let inside = arena.alloc(24, 8).unwrap();
        arena.leave();
        assert_eq!(arena.alloc(24, 8), None);
        assert!(arena.owns(inside));
        assert!(!arena.owns(BASE + FIRST_REGION));
        // A block of the call freed after it is still the arena's to free.
        assert_eq!(arena.dealloc(inside, 24), Some(None));
        assert_eq!(arena.dealloc(BASE - 16, 24), None);
    }

    #[test]
    fn a_free_region_is_reused_from_its_start() {
        let mut arena = arena_with(FIRST_REGION);
        let a = arena.alloc(100, 4).unwrap();
        let b = arena.alloc(100, 4).unwrap();
        assert_eq!(a, BASE);
        // Freeing an older block keeps the top; the last free resets it.
        assert_eq!(arena.dealloc(a, 100), Some(None));
        assert_eq!(arena.alloc(8, 8), Some(b + 100));
        arena.dealloc(b, 100);
        arena.dealloc(b + 100, 8);
        assert_eq!(arena.alloc(8, 8), Some(BASE));
        arena.dealloc(BASE, 8);
        arena.leave();
        // The next call reuses the same region: nothing to acquire.
        check_enter(&mut arena, None, None);
        assert_eq!(arena.alloc(40, 8), Some(BASE));
    }

    #[test]
    fn the_newest_block_is_taken_back_and_resized_in_place() {
        let mut arena = arena_with(FIRST_REGION);
        let a = arena.alloc(16, 8).unwrap();
        let b = arena.alloc(16, 8).unwrap();
        assert!(arena.resize_in_place(b, 16, 64));
        assert!(!arena.resize_in_place(a, 16, 64), "not the newest");
        assert!(!arena.resize_in_place(b, 64, MAX_BLOCK + 1), "too large");
        assert!(
            !arena.resize_in_place(b, 64, FIRST_REGION),
            "past the region"
        );
        assert_eq!(arena.alloc(8, 8), Some(b + 64));
        arena.dealloc(b + 64, 8);
        arena.dealloc(b, 64);
        assert_eq!(
            arena.alloc(8, 8),
            Some(b),
            "b was the newest again, then taken back"
        );
    }

    #[test]
    fn a_region_with_live_blocks_is_set_aside_and_given_back_when_they_are_freed() {
        let mut arena = arena_with(4096);
        let kept = arena.alloc(32, 8).unwrap();
        arena.leave();
        // Still alive at the next call: a new region, the old one untouched.
        check_enter(&mut arena, None, Some(FIRST_REGION));
        arena.install(BASE + 4096, FIRST_REGION);
        let fresh = arena.alloc(32, 8).unwrap();
        assert_eq!(fresh, BASE + 4096);
        assert!(arena.owns(kept));
        assert_eq!(arena.dealloc(fresh, 32), Some(None));
        // Its last block freed, the set-aside region goes back to System.
        assert_eq!(arena.dealloc(kept, 32), Some(Some((BASE, 4096))));
        assert!(!arena.owns(kept));
    }

    #[test]
    fn calls_run_without_the_arena_when_every_slot_holds_live_blocks() {
        let mut arena = arena_with(4096);
        for i in 1..SLOTS {
            arena.alloc(8, 8).unwrap();
            arena.leave();
            check_enter(&mut arena, None, Some(FIRST_REGION));
            arena.install(BASE + i * 4096, 4096);
        }
        arena.alloc(8, 8).unwrap();
        arena.leave();
        check_enter(&mut arena, None, None);
        assert_eq!(arena.alloc(8, 8), None);
    }

    #[test]
    fn a_region_too_small_for_a_call_doubles_for_the_next_one() {
        let mut arena = arena_with(FIRST_REGION);
        let a = arena.alloc(MAX_BLOCK, 8).unwrap();
        while arena.alloc(MAX_BLOCK, 8).is_some() {}
        // The blocks that did not fit went to System; the arena's are freed.
        for i in 0..FIRST_REGION / MAX_BLOCK {
            arena.dealloc(a + i * MAX_BLOCK, MAX_BLOCK);
        }
        arena.leave();
        check_enter(
            &mut arena,
            Some((BASE, FIRST_REGION)),
            Some(2 * FIRST_REGION),
        );
        arena.install(BASE, 2 * FIRST_REGION);
        assert_eq!(arena.alloc(MAX_BLOCK, 8), Some(BASE));
    }

    #[test]
    fn regions_stop_growing_at_the_largest_size() {
        let mut arena = arena_with(MAX_REGION);
        assert_eq!(arena.alloc(MAX_BLOCK, 8), Some(BASE));
        arena.dealloc(BASE, MAX_BLOCK);
        arena.overflowed = true;
        arena.leave();
        check_enter(&mut arena, None, None);
        assert_eq!(arena.alloc(8, 8), Some(BASE));
    }

    /// Writes `byte` into the `size` bytes at `ptr`.
    ///
    /// SAFETY: `ptr` must be a live block of at least `size` bytes.
    unsafe fn fill(ptr: *mut u8, size: usize, byte: u8) {
        ptr.write_bytes(byte, size);
    }

    /// Checks that the `size` bytes at `ptr` all equal `byte`.
    ///
    /// SAFETY: `ptr` must be a live block of at least `size` bytes.
    unsafe fn check_bytes(ptr: *mut u8, size: usize, byte: u8) {
        for k in 0..size {
            assert_eq!(*ptr.add(k), byte, "byte {k} of a block filled with {byte}");
        }
    }

    /// The real allocator over real memory (System regions), outside wasm.
    #[test]
    fn the_allocator_keeps_bytes_through_realloc_and_reuses_its_region() {
        let allocator = CallArena::new();
        allocator.enter();
        allocator.leave();
        let shapes = [
            (1, 1),
            (3, 2),
            (24, 8),
            (100, 16),
            (5000, 4),
            (MAX_BLOCK * 2, 8),
        ];
        let mut starts = Vec::new();
        for call in 0..3 {
            allocator.enter();
            // SAFETY: non-zero sizes; every block is written within its
            // size, resized with realloc and freed with its layout.
            unsafe {
                let mut blocks = Vec::new();
                for (i, (size, align)) in shapes.into_iter().enumerate() {
                    let layout = Layout::from_size_align(size, align).unwrap();
                    let ptr = allocator.alloc(layout);
                    assert!(!ptr.is_null());
                    assert_eq!(ptr as usize % align, 0);
                    fill(ptr, size, i as u8 + 1);
                    blocks.push((ptr, layout));
                }
                // Grown in turn: all but the newest move, the newest grows in place.
                for (i, (ptr, layout)) in blocks.iter_mut().enumerate() {
                    let grown = allocator.realloc(*ptr, *layout, layout.size() * 3);
                    assert!(!grown.is_null());
                    assert_eq!(grown as usize % layout.align(), 0);
                    check_bytes(grown, layout.size(), i as u8 + 1);
                    *layout = Layout::from_size_align(layout.size() * 3, layout.align()).unwrap();
                    *ptr = grown;
                }
                starts.push(blocks[0].0 as usize);
                allocator.leave();
                for (ptr, layout) in blocks {
                    allocator.dealloc(ptr, layout);
                }
            }
            allocator.with(|arena| {
                assert_eq!(arena.regions[0].live, 0, "call {call}");
                assert_eq!(arena.regions[0].top, arena.regions[0].start, "call {call}");
                assert!(arena.regions[1..].iter().all(Region::is_empty_slot));
            });
        }
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}");
    }

    #[test]
    fn zeroed_blocks_are_zero_in_a_reused_region() {
        let allocator = CallArena::new();
        allocator.enter();
        allocator.leave();
        for (call, size) in [(0, 1000), (1, 1000), (2, MAX_BLOCK * 2)] {
            allocator.enter();
            let layout = Layout::from_size_align(size, 8).unwrap();
            // SAFETY: as above.
            unsafe {
                let ptr = allocator.alloc_zeroed(layout);
                check_bytes(ptr, size, 0);
                fill(ptr, size, 0xAB);
                allocator.dealloc(ptr, layout);
            }
            allocator.leave();
            assert_eq!(
                allocator.with(|arena| arena.regions[0].live),
                0,
                "call {call}"
            );
        }
    }

    #[test]
    fn the_allocator_never_reuses_a_live_block() {
        let allocator = CallArena::new();
        allocator.enter();
        allocator.leave();
        let layout = Layout::from_size_align(64, 8).unwrap();
        allocator.enter();
        // SAFETY: as above.
        unsafe {
            let kept = allocator.alloc(layout);
            fill(kept, 64, 7);
            allocator.leave();
            for call in 0..3 {
                allocator.enter();
                let other = allocator.alloc(layout);
                fill(other, 64, 9);
                check_bytes(kept, 64, 7);
                allocator.leave();
                allocator.dealloc(other, layout);
                assert!(
                    allocator.with(|arena| arena.owns(kept as usize)),
                    "call {call}"
                );
            }
            allocator.dealloc(kept, layout);
        }
        // The set-aside region went back to System with its last block.
        allocator.with(|arena| assert!(arena.regions[1..].iter().all(Region::is_empty_slot)));
    }
}
