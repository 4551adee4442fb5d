//! JSON Resume (<https://jsonresume.org/schema>, schema 1.x, and the older 0.x key names
//! `company`, `website`, `picture`): its document type, and the conversions to and from a jobfit
//! [`Profile`](crate::model::Profile).
//!
//! Owns the mapping between the two formats, field by field, and the list of what one format has
//! no place for. It must not read files, print, or invent content: a field with no home is
//! reported by name, never dropped silently or rewritten into something the candidate did not say.

pub mod doc;
pub mod export;
pub mod import;

pub use doc::Resume;
pub use export::export;
pub use import::{import, Imported};
