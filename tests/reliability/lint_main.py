"""The command line both source lints share (sql_lint.py, layer_lint.py)."""
import sys


def run(doc, check, self_test, ok_message):
    """`SCRIPT SRC_DIR` lists each violation (exit 1) or says `ok_message` (exit 0);
    `SCRIPT --self-test` proves the lint can fail."""
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(doc)
        return 2
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    if not problems:
        print(ok_message)
    return 1 if problems else 0
