"""相关文章: for each article, the few others that share its organisation, session, category or tags.

In the spirit of Hugo's related content: each shared trait adds weight, nearness in time breaks ties.
Linear in the number of articles: candidates come from inverted indexes (one posting list per trait
value), and each posting list contributes only a capped window of the articles nearest in date.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

#: weight of one shared trait
WEIGHTS = {"session": 3.0, "organisation": 2.0, "tag": 1.5, "category": 1.0}


class Relatable(Protocol):
    @property
    def slug(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def session(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def tags(self) -> list[str]: ...


@dataclass(frozen=True)
class Related:
    slug: str
    score: float
    #: the traits shared with the article, for the reader (e.g. 同一机构)
    reasons: tuple[str, ...]


def _traits(e: Relatable) -> list[tuple[str, str]]:
    out = [("category", e.category)]
    if e.organisation:
        out.append(("organisation", e.organisation))
    if e.session:
        # a session only means the same meeting within one organisation
        out.append(("session", f"{e.organisation}|{e.session}"))
    out += [("tag", t) for t in e.tags]
    return out


def related(ordered: Sequence[Relatable], limit: int = 5, minimum: int = 3, window: int = 40) -> dict[str, list[Related]]:
    """*ordered* newest first; returns up to *limit* related articles per slug (at least *minimum*
    when the archive has them, the nearest in date filling up), best first.

    >>> from types import SimpleNamespace as E
    >>> es = [E(slug=s, organisation=o, session="", category=c, tags=t) for s, o, c, t in
    ...       [("a", "平湖", "会议", ["提案"]), ("b", "秀洲", "会议", []), ("c", "平湖", "动态", ["提案"])]]
    >>> [r.slug for r in related(es, minimum=1)["a"]]
    ['c', 'b']
    """
    postings: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(ordered):
        for trait in _traits(e):
            postings.setdefault(trait, []).append(i)
    half = window // 2
    out: dict[str, list[Related]] = {}
    for i, e in enumerate(ordered):
        scores: dict[int, float] = {}
        reasons: dict[int, list[str]] = {}
        for kind, value in dict.fromkeys(_traits(e)):
            plist = postings[(kind, value)]
            j = bisect.bisect_left(plist, i)
            for k in plist[max(0, j - half): j + half + 1]:
                if k != i:
                    scores[k] = scores.get(k, 0.0) + WEIGHTS[kind]
                    reasons.setdefault(k, []).append(kind)
        # nearness in date (positions in the newest-first order) breaks ties, nearest first
        best = sorted(scores, key=lambda k: (-scores[k], abs(k - i), k))[:limit]
        for k in sorted(range(max(0, i - minimum), min(len(ordered), i + minimum + 1)), key=lambda k: (abs(k - i), k)):
            if len(best) >= minimum:
                break
            if k != i and k not in best:
                best.append(k)
        out[e.slug] = [Related(ordered[k].slug, scores.get(k, 0.0), tuple(dict.fromkeys(reasons.get(k, []))))
                       for k in best]
    return out
