"""PyYAML imported by the reader: the patterns its modules compile at import made on first use,
with PyYAML's behaviour unchanged."""

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
resolvers = [p for rs in yaml.resolver.Resolver.yaml_implicit_resolvers.values() for _, p in rs]
assert resolvers and all(isinstance(p, LazyPattern) for p in resolvers)
assert isinstance(yaml.constructor.SafeConstructor.timestamp_regexp, LazyPattern)
# Another module's pattern compiled while yaml imported is a real one.
assert isinstance(re.compile("a+b"), re.Pattern)
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
# The implicit types resolve as ever, with the pure and the C loader.
import datetime
typed = "[yes, 12, 0x1f, 1.5e+3, .inf, ~, 2024-05-06, 2024-05-06 10:11:12, '7', x]\\n"
expected = [True, 12, 31, 1500.0, float("inf"), None, datetime.date(2024, 5, 6),
            datetime.datetime(2024, 5, 6, 10, 11, 12), "7", "x"]
assert yaml.load(typed, Loader=yaml.SafeLoader) == expected
assert yaml.load(typed, Loader=yaml.CSafeLoader) == expected
resolve = yaml.resolver.Resolver().resolve
assert resolve(yaml.ScalarNode, "<<", (True, False)) == "tag:yaml.org,2002:merge"
assert resolve(yaml.ScalarNode, "=", (True, False)) == "tag:yaml.org,2002:value"
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
