"""Validates JSON files against a JSON Schema (draft-07) with Debian's python3-jsonschema.

Usage: /usr/bin/python3 check_json_schema.py SCHEMA FILE...
"""
import json
import sys

import jsonschema


def main(schema_path, paths):
    schema = json.load(open(schema_path, encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    failed = False
    for path in paths:
        document = json.load(open(path, encoding="utf-8"))
        errors = list(validator.iter_errors(document))
        for error in errors:
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"FAIL {path}: at /{where}: {error.message}")
        failed = failed or bool(errors)
        if not errors and not document.get("deadlines") and "overdue" not in path:
            print(f"note: {path} lists no deadlines")
        if not errors:
            print(f"ok: {path}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
