"""No import circles inside the lower layers: each module of a package can be read on its own.

A circle hidden by an import inside a function (``model/articles`` and ``model/loader`` once)
still ties two files together; grimp sees function-level imports too, so this finds those.
"""

from __future__ import annotations

import grimp
import pytest

# tui.app has its own circle to break (app/commands and app/reader); it joins this list then.
PACKAGES = ["tui.model", "tui.extract", "tui.commands"]


def _circles(graph: grimp.ImportGraph, package: str) -> list[tuple[str, ...]]:
    """Every direct import a -> b inside ``package`` for which b also reaches back to a."""
    found: list[tuple[str, ...]] = []
    inside = graph.find_descendants(package) | {package}
    for importer in sorted(inside):
        for imported in sorted(graph.find_modules_directly_imported_by(importer) & inside):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                found.append((importer, *back))
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_package_has_no_import_circle(package: str) -> None:
    graph = grimp.build_graph("tui")
    assert _circles(graph, package) == []
