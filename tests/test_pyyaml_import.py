"""PyYAML imported by the reader: its pure reader's pattern made on first use, nothing else."""

import subprocess
import sys

# Run in a fresh interpreter: the test process has imported yaml long ago.
FRESH = """
import re, sys
from tui.model.pyyaml import LazyPattern, import_yaml
from tui.model.yaml_nodes import compose_yaml

root, problems = compose_yaml("a: [1, 2]\\n", "t.yaml")
yaml = sys.modules["yaml"]
assert isinstance(yaml.reader.Reader.NON_PRINTABLE, LazyPattern), "compiled at import"
assert re.compile is not None and re.compile.__module__ == "re", "re.compile left patched"
assert import_yaml() is yaml
# PyYAML's pure reader still refuses what is not printable, and still accepts the rest.
try:
    yaml.reader.Reader("ok\\x01")
except yaml.reader.ReaderError as error:
    assert "#x0001" in str(error)
else:
    raise AssertionError("a control character was accepted")
assert yaml.load("k: v\\u00e9\\n", Loader=yaml.SafeLoader) == {"k": "v\\u00e9"}
pattern = yaml.reader.Reader.NON_PRINTABLE
assert pattern.search("abc") is None and pattern.search("a\\x07").start() == 1
assert pattern.pattern == re.compile(pattern.pattern).pattern
print("fine")
"""


def test_the_pure_readers_pattern_waits_for_its_first_use_and_still_refuses() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FRESH], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "fine"
