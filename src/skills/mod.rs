//! Skills: the vocabulary of technology. Owns the taxonomy (names, aliases, categories,
//! implications), the mention finder that finds skill names in text, and the lexicon that makes
//! that scan fast. It knows no profile and no job.

#[cfg(test)]
mod frozen;
pub mod fxhash;
pub mod lexicon;
pub mod mentions;
mod packed;
pub mod taxonomy;
