//! FxHash: a small, fast hasher for short keys, for the hash maps of the taxonomy, the lexicon's
//! users and extraction.
//!
//! Owns the hasher and its `BuildHasher`. It must not be used where keys are attacker-chosen in
//! a way that matters (it is not DoS-resistant), and it knows nothing about skills or text.

use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast hasher for short keys (FxHash's mixing); keys here are not attacker-chosen
/// in any way that matters (a slow lookup is the worst case).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    /// Eight bytes at a time, then the rest one by one (as rustc's FxHasher).
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        for &b in chunks.remainder() {
            self.add(b as u64);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// `BuildHasher` for `FxHasher`.
pub type FxBuild = BuildHasherDefault<FxHasher>;
