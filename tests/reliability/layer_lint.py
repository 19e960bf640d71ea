#!/usr/bin/env python3
"""The layer rule of Casebook (docs/architecture.md), checked on every build:

  app, cli -> services -> io -> storage -> domain

1. A file includes only headers of its own layer or of the layers below it.
2. The front ends (src/app, src/cli) reach the casebook only through src/services: they include no
   storage header, name nothing in namespace storage, and never call services::Casebook::database()
   (the handle for tests and tools below the services).
3. The domain layer includes neither Qt nor SQLite.

Usage: layer_lint.py SRC_DIR      exit 0 when the rule holds, 1 with each violation listed
       layer_lint.py --self-test  proves the lint catches a front end reaching past the services
"""
import os
import lint_main
import re
import sys
import tempfile

BELOW = {
    "domain": set(),
    "storage": {"domain"},
    "io": {"storage", "domain"},
    "services": {"io", "storage", "domain"},
    "cli": {"services", "io", "domain"},
    "app": {"services", "io", "domain"},
}
FRONT_ENDS = {"app", "cli"}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)
STORAGE_NAME = re.compile(r"\bstorage::")
DATABASE_CALL = re.compile(r"(?:\.|->)database\s*\(\s*\)")
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def check(src):
    problems = []
    for layer in BELOW:
        folder = os.path.join(src, layer)
        if not os.path.isdir(folder):
            continue
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(root, name)
                rel = os.path.relpath(path, src).replace(os.sep, "/")
                text = open(path, encoding="utf-8").read()
                code = COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
                for m in INCLUDE.finditer(code):
                    header = m.group(1)
                    top = header.split("/")[0]
                    if top in BELOW and "/" in header and top != layer and top not in BELOW[layer]:
                        problems.append(f"{rel}:{line_of(code, m.start())}: includes {header}: {layer} may use "
                                        f"{', '.join(sorted(BELOW[layer])) or 'no other layer'}")
                    if layer == "domain" and (header.startswith("Q") or header.startswith("sqlite")):
                        problems.append(f"{rel}:{line_of(code, m.start())}: includes {header}: the domain layer "
                                        "uses neither Qt nor SQLite")
                if layer in FRONT_ENDS:
                    for m in STORAGE_NAME.finditer(code):
                        problems.append(f"{rel}:{line_of(code, m.start())}: names storage::, the front ends reach "
                                        "the casebook through services::Casebook")
                    for m in DATABASE_CALL.finditer(code):
                        problems.append(f"{rel}:{line_of(code, m.start())}: calls database(), the storage handle "
                                        "that only tests and tools below the services use")
    return problems


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        for layer in BELOW:
            os.makedirs(os.path.join(tmp, layer))
        with open(os.path.join(tmp, "app", "sneaky.cpp"), "w") as f:
            f.write('#include "storage/repository.h"\n'
                    '#include "services/casebook.h"\n'
                    '// storage::get in a comment is fine\n'
                    'auto c = storage::get<Case>(session.casebook().database(), 1);\n')
        with open(os.path.join(tmp, "domain", "rule.cpp"), "w") as f:
            f.write('#include <QString>\n#include "io/paths.h"\n#include "domain/codes.h"\n')
        with open(os.path.join(tmp, "io", "fine.cpp"), "w") as f:
            f.write('#include "storage/repository.h"\n#include "domain/codes.h"\n')
        problems = check(tmp)
        expected = ["app/sneaky.cpp:1:", "app/sneaky.cpp:4: names", "app/sneaky.cpp:4: calls",
                    "domain/rule.cpp:1:", "domain/rule.cpp:2:"]
        missing = [e for e in expected if not any(p.startswith(e) for p in problems)]
        if missing or len(problems) != len(expected):
            print("self-test failed; expected", expected, "the lint reported:", *problems, sep="\n  ")
            return 1
    print("self-test: the lint catches a front end reaching past the services and a domain file using Qt or io")
    return 0


def main():
    return lint_main.run(__doc__, check, self_test, "layer lint: every include points down, and the front ends reach the casebook only through services")


if __name__ == "__main__":
    sys.exit(main())
