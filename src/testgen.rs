//! Test support: reproducible random texts for the differential tests that compare a fast
//! routine with a plain reference one (tokens, URL masks, inline cues, the company guess).
//! Test-only: nothing here is in the binary.

/// xorshift64: small, fast, and the same sequence on every machine.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `count` texts, each of fewer than `max_pieces` pieces drawn from `pieces`, glued together.
pub fn texts(pieces: &[&str], max_pieces: u64, count: usize, seed: u64) -> Vec<String> {
    let mut rng = XorShift(seed);
    (0..count)
        .map(|_| {
            let n = rng.next() % max_pieces;
            (0..n)
                .map(|_| pieces[(rng.next() % pieces.len() as u64) as usize])
                .collect()
        })
        .collect()
}
