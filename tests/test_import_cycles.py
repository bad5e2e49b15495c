"""No import circles anywhere in tui: each module can be read with only what it imports.

A circle hidden by an import inside a function (``model/articles`` and ``model/loader`` once)
still ties two files together; grimp sees function-level imports too, so this finds those.
"""

from __future__ import annotations

import grimp


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


def test_tui_has_no_import_circle() -> None:
    """Each circle found is listed as the import and the chain of imports back to its start."""
    assert _circles(grimp.build_graph("tui"), "tui") == []
