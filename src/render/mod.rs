//! Renderers: pure functions from a finished model to bytes. A renderer never decides what is
//! relevant; it lays out what it is given.

pub mod fonts;
pub mod html;
pub mod json;
pub mod layout;
pub mod markdown;
pub mod pdf;
pub mod report_html;
#[cfg(test)]
pub(crate) mod samples;
pub mod text;
pub mod url;
