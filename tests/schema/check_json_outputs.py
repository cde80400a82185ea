#!/usr/bin/env python3
"""Checks the JSON the CLI prints against schemas/*.schema.json, on the sample corpus.

Usage: check_json_outputs.py PARAGRAF_BINARY SOURCE_DIR
"""
import json
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import jsonschema

warnings.simplefilter("ignore", DeprecationWarning)  # RefResolver: newer jsonschema prefers referencing


def main() -> int:
    binary, source = sys.argv[1], Path(sys.argv[2])
    schemas = {}
    for name in ("search-result", "citation-results"):
        schema = json.loads((source / "schemas" / f"{name}.schema.json").read_text())
        schemas[schema["$id"]] = schema
    citation_id = json.loads((source / "schemas" / "citation-results.schema.json").read_text())["$id"]
    search_id = json.loads((source / "schemas" / "search-result.schema.json").read_text())["$id"]
    resolver = jsonschema.RefResolver(base_uri=citation_id, referrer=schemas[citation_id], store=schemas)

    def validate(output: str, schema_ref: str) -> list:
        validator = jsonschema.Draft202012Validator({"$ref": schema_ref}, resolver=resolver)
        return [e.message for e in validator.iter_errors(json.loads(output))]

    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "db")
        subprocess.run([binary, "index", "-q", "--db", db, str(source / "corpus")], check=True)
        runs = [
            (["search", "--parallel", "ru", "harm reduction"], search_id),
            (["cite", "E/C.12/XAR/CO/2, paras. 46-47", "--lang", "all"], citation_id + "#/$defs/cite"),
            (["cited-by", "E/C.12/XAR/CO/2, para. 47"], citation_id + "#/$defs/citedBy"),
            (["cites", "ngo-xar-lgbti-2025-ru"], citation_id + "#/$defs/cites"),
            (["sources", "opioid substitution therapy in prisons"], citation_id + "#/$defs/sources"),
        ]
        for args, schema_ref in runs:
            result = subprocess.run([binary, *args, "--db", db, "--format", "json"],
                                    capture_output=True, text=True)
            errors = validate(result.stdout, schema_ref) if result.returncode == 0 else [result.stderr]
            if errors:
                failures += 1
                print(f"FAIL paragraf {' '.join(args)}:", *errors[:5], sep="\n  ")
            else:
                print(f"ok   paragraf {' '.join(args)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
