//! `jobfit schema profile|job`: the JSON Schema of a profile or job file, generated from the
//! model types (published in `schema/`, a test keeps them equal).

use crate::app::cli::{SchemaArgs, SchemaKind};
use crate::app::output;
use crate::error::Error;

pub fn run(args: &SchemaArgs) -> Result<(), Error> {
    output::write_stdout(crate::model::schema::json(args.kind == SchemaKind::Job).as_bytes())
}
