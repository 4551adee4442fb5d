#!/usr/bin/env python3
"""Validate `jobfit export --format json-resume` against the official JSON Resume schema.

Usage: python3 tools/interop/validate_json_resume.py [JOBFIT_BINARY]

Exports every profile in profiles/ and tests/fixtures/*/profile.yaml, and validates each export with
the `jsonschema` package (pip install jsonschema) against tests/fixtures/jsonresume/schema.json
(jsonresume/resume-schema, MIT). The Rust test `interop::export_has_the_schema_shapes_...` checks
the schema's required forms without Python; this script runs the full schema.
"""
import glob
import json
import subprocess
import sys

import jsonschema

binary = sys.argv[1] if len(sys.argv) > 1 else "target/debug/jobfit"
schema = json.load(open("tests/fixtures/jsonresume/schema.json"))
profiles = sorted(glob.glob("profiles/*.yaml") + glob.glob("tests/fixtures/*/profile.yaml"))
failed = 0
for path in profiles:
    out = subprocess.run([binary, "export", path, "--format", "json-resume"],
                         capture_output=True, text=True, check=True).stdout
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(json.loads(out)))
    for e in errors:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
    failed += bool(errors)
    print(f"{path}: {'INVALID' if errors else 'valid'}")
print(f"{len(profiles) - failed}/{len(profiles)} exports valid")
sys.exit(1 if failed else 0)
