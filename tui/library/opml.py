"""OPML subscription lists: the format newsboat, nom and every feed reader
import and export (an ``<outline xmlUrl="...">`` per feed, folders nested)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.utils import formatdate

MAX_OPML_BYTES = 5 * 1024 * 1024


class OpmlError(Exception):
    """Not a readable OPML file; `str()` is the one-line reason."""


@dataclass(frozen=True)
class Outline:
    url: str
    title: str | None = None


def parse_opml(data: bytes) -> list[Outline]:
    """Every feed (an outline with an ``xmlUrl``) in document order, nested
    folders included, each address once."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError("too large for a subscription list")
    head = data[:2048].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise OpmlError("document type declarations are not accepted in OPML")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise OpmlError(f"not valid XML ({exc})") from None
    if root.tag.lower() != "opml":
        raise OpmlError(f"not an OPML file (the root element is <{root.tag}>)")
    found: list[Outline] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        title = (outline.get("title") or outline.get("text") or "").strip() or None
        found.append(Outline(url, title))
    return found


def write_opml(feeds: list[Outline], title: str = "newsreader subscriptions") -> str:
    """An OPML 2.0 document listing `feeds` (UTF-8 text, ends with a newline)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = formatdate(usegmt=True)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        name = feed.title or feed.url
        ET.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=feed.url)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
