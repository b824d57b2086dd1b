"""The article model: one typed record, and the serialisers that every output is made from.

``Metadata`` (extract.py) says where each value came from; ``Record`` holds the plain
values every output needs. The article's front matter, the site's template data (and from
it the blog post, JSON-LD, feed and search document in ``publish.py``) are written from a
``Record`` by walking its fields, so a new field is one line here, not four copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from .dates import PartialDate
from .extract import Metadata


@dataclass
class Record:
    """An article's values, in the order its front matter lists them."""

    title: str
    subtitle: str = ""
    #: the date the article is filed under: the page's publication date, else the event's
    date: PartialDate | None = None
    #: the publication date the page or e-paper prints
    page_date: PartialDate | None = None
    #: the date of the event, where it differs from the page's date
    event_date: PartialDate | None = None
    category: str = ""
    organisation: str = ""
    column: str = ""
    authors: list[dict[str, str]] = field(default_factory=list)
    photo_credit: str = ""
    session: str = ""
    #: 来源: where the page says the report comes from
    source_name: str = ""
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    characters: int = 0
    reading_minutes: int = 0
    slug: str = ""
    #: the seed file
    source: str = ""
    draft: bool = False


def record_of(meta: Metadata, slug: str, source: str, draft: bool = False) -> Record:
    """The plain values of *meta*."""
    def text(value: Any) -> str:
        return str(value.value) if value is not None else ""

    return Record(
        slug=slug, title=meta.title.value, subtitle=text(meta.subtitle),
        date=meta.date.value if meta.date else None,
        page_date=meta.published.value if meta.published else None,
        event_date=meta.event_date.value if meta.event_date else None,
        category=meta.category.value, organisation=text(meta.organisation), column=text(meta.column),
        authors=[{"role": role, "name": name} for role, name in meta.authors.value],
        photo_credit=text(meta.photo_credit), session=meta.session.value.zh() if meta.session else "",
        source_name=text(meta.source_name), tags=list(meta.tags.value), summary=meta.summary.value,
        characters=meta.characters, reading_minutes=meta.reading_minutes, source=source, draft=draft)


#: front-matter names where they differ from the field's (the blog plugin reserves ``date``)
_FRONT_MATTER_NAME = {"date": "published"}
#: always written, even when empty
_ALWAYS = {"title", "category", "tags", "summary", "characters", "reading_minutes", "slug", "source"}


def front_matter(record: Record) -> dict[str, Any]:
    """The article's front matter: every field with a value, in the record's order.

    A date is written as ISO at its precision; the article's own date also with its
    precision and its Chinese form.
    """
    out: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name not in _ALWAYS and value in (None, "", [], False):
            continue
        name = _FRONT_MATTER_NAME.get(f.name, f.name)
        if isinstance(value, PartialDate):
            out[name] = value.iso()
            if f.name == "date":
                out["date_precision"] = value.precision
                out["date_zh"] = value.zh()
        elif f.name == "authors":
            out[name] = [{"role": a["role"], "name": a["name"]} if a["role"] else {"name": a["name"]} for a in value]
        else:
            out[name] = value
    return out


def template_values(record: Record) -> dict[str, Any]:
    """The record for templates: every field, dates as ``<name>_iso``, ``<name>_zh`` and precision.

    The article's own date keeps its short names (``date_iso``, ``date_zh``, ``precision``,
    ``year``); an unknown date reads ``日期不详``.
    """
    out: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if f.type == "PartialDate | None":  # every date field, set or not
            out[f"{f.name}_iso"] = value.iso() if value else ""
            out[f"{f.name}_zh"] = value.zh() if value else ""
            out[f"{f.name}_precision"] = value.precision if value else ""
        elif isinstance(value, list):
            out[f.name] = list(value)
        else:
            out[f.name] = value
    date = record.date
    out.update(date_zh=date.zh() if date else UNDATED, year=date.year if date else None,
               precision=date.precision if date else "")
    return out


UNDATED = "日期不详"
