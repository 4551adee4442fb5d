//! Other resume formats, in and out. Pure conversions over typed data: no file is read or written
//! here (that is `input::load`'s and the commands' job), and nothing is judged or rendered.

pub mod json_resume;
