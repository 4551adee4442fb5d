//! The read edge: user files to model values, with their sources kept for error messages.
//! Owns reading files within limits, telling file kinds apart, YAML and JSON parsing and turning
//! their errors and field paths into positioned diagnostics. It must not judge or render anything.

pub mod check;
pub mod collect;
pub mod guard;
pub mod json;
pub mod kind;
pub mod load;
pub mod mask;
pub mod postings;
pub mod read;
pub mod yaml;
