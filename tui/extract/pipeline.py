"""From article texts to proposed actors and events, articles in parallel, merged in one place.

Stage one runs per article, in worker processes (:mod:`tui.extract.article_stage`): sentences,
temporal expressions, actor candidates and event drafts. Stage two runs once, in order
(:mod:`tui.extract.merge`): actors are registered (the user's first), mentions resolved, the
same happening told by several articles merged into one event with several sources, and
deterministic ids given. Nothing here writes a file. This module runs stage one over many
articles and names both stages' public parts for callers.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Callable, Sequence
from concurrent.futures import as_completed

from tui.extract.article_stage import (
    ArticleInput,
    ArticleResult,
    process_article,
    relevant_sentences,
)
from tui.extract.draft_keys import prepare
from tui.extract.merge import (
    MERGE_CANDIDATES,
    MERGE_REPORTS,
    Extraction,
    ProposedEvent,
    merge_results,
)
from tui.extract.workers import worker_pool
from tui.model.loader import collector_paused

__all__ = [
    "MERGE_CANDIDATES",
    "MERGE_REPORTS",
    "ArticleInput",
    "ArticleResult",
    "Extraction",
    "ProposedEvent",
    "merge_results",
    "process_article",
    "process_articles",
    "relevant_sentences",
    "warm_worker",
]


def _extract(item: ArticleInput) -> ArticleResult:
    """Stage one for ``item``, with what merging can make of it without the other articles
    (in a worker: merging runs alone, after every worker is done)."""
    return prepare(process_article(item))


def _process_chunk(items: list[ArticleInput]) -> list[ArticleResult]:
    with collector_paused():
        return [_extract(item) for item in items]


def warm_worker() -> None:
    """Load what every article needs, once for all workers (see ``worker_pool``): the date
    tagger's tables and the part-of-speech weights; then set them, and the modules, aside
    from the garbage collector, which would otherwise walk them again on every full
    collection (and, in a forked worker, copy every page it touches)."""
    from tui.extract.syntax.tagger import default_tagger
    from tui.extract.temporal import tag

    tag("On Monday.", dt.date(2000, 1, 3))
    default_tagger()
    gc.freeze()


def process_articles(
    items: Sequence[ArticleInput],
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    chunk_size: int = 8,
    meanwhile: Callable[[], None] | None = None,
) -> list[ArticleResult]:
    """Stage one over many articles, in input order; ``jobs`` > 1 uses that many processes.

    ``meanwhile`` runs in this process once the work is handed out (so, with workers, while
    they extract): serial work that does not need the results.
    """
    total = len(items)
    results: list[ArticleResult] = []
    if jobs <= 1 or total <= 1:
        if meanwhile is not None:
            meanwhile()
        # Every article leaves objects that live to the end (its results, the tagger's caches)
        # and next to no reference cycles (a few hundred in 500 articles): the cyclic collector
        # would only walk the growing heap again and again (5-10 % of the CPU).
        with collector_paused():
            for item in items:
                results.append(_extract(item))
                if progress:
                    progress(len(results), total)
        return results
    # Longest articles first, so that the last chunks handed out are the shortest and both
    # cores finish together (articles differ tenfold in length; in input order, one worker
    # could be left with a long chunk while the other waits). Small chunks for the same
    # reason; each costs a round trip of a few hundred microseconds. Merging needs every
    # result anyway, so their order of arrival costs nothing: they are put back in input
    # order here (stage one of an article does not depend on which articles came before).
    order = sorted(range(total), key=lambda index: -len(items[index].text))
    chunks = [order[i : i + chunk_size] for i in range(0, total, chunk_size)]
    arrived: list[ArticleResult | None] = [None] * total
    done = 0
    # Workers exit when this process dies (killed mid-run), instead of lingering for minutes.
    pool = worker_pool(min(jobs, os.cpu_count() or 1, len(chunks)), warm=warm_worker)
    try:
        pending = {
            pool.submit(_process_chunk, [items[index] for index in chunk]): chunk
            for chunk in chunks
        }  # every chunk is handed out now
        if meanwhile is not None:
            meanwhile()
        with collector_paused():  # (the results unpickled here all live on)
            for future in as_completed(pending):
                for index, result in zip(pending[future], future.result(), strict=True):
                    arrived[index] = result
                done += len(pending[future])
                if progress:
                    progress(done, total)
    except BaseException:
        # (As pool.map did: no waiting for chunks not started; then every worker is gone.)
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    # Every result is here: the workers are told to stop, and the pool's own thread waits
    # for them to exit (each frees a heap of hundreds of megabytes) while this process
    # merges, instead of this process waiting first.
    pool.shutdown(wait=False)
    results = [result for result in arrived if result is not None]
    assert len(results) == total
    return results
