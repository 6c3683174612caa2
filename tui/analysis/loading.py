"""Loading articles from files and standard input into cleaned `Article`s.

Formats (chosen by extension; other names are sniffed as HTML or plain text):

- ``.txt``: the headline on the first line, a blank line, then paragraphs
  separated by blank lines. The text is the file exactly as decoded, then
  cleaned (`tui.analysis.clean`). A file without that shape loads too: its
  title is its first non-empty line, cut at a word boundary if long.
- ``.md`` / ``.markdown``: parsed with markdown-it; headings, emphasis, links
  (their text kept), images (dropped), code fences (their code kept as a
  paragraph), HTML tags and YAML front matter become plain text, one block per
  paragraph, blocks separated by a blank line. Title: the first heading.
- ``.html`` / ``.htm``: the main article is extracted with trafilatura (the
  site's navigation, scripts and footers dropped); the text is the headline, a
  blank line, then the paragraphs separated by blank lines. If trafilatura
  finds nothing, headings, paragraphs and list items are collected directly.
- ``-``: standard input, read whole by the caller and passed to `load_bytes`;
  sniffed as HTML when it starts like an HTML document, else plain text.

Encodings: a UTF-8, UTF-16 or UTF-32 byte-order mark wins; then strict UTF-8;
then (HTML) a declared ``<meta charset>`` (one that is unknown, not a text
encoding or fails, such as ``undefined`` or ``punycode``, is ignored); then charset-normalizer, limited to
the legacy Western single-byte encodings (cp1252, latin-1, ISO-8859-15),
because it misguesses short texts when offered every codec. Text that is
mostly valid UTF-8 with a few broken bytes is refused rather than misread.

Refused with `ArticleError` (one line, naming the path): a missing path, a
directory where a file is wanted, no permission, a file over `MAX_BYTES`
(20 MiB, checked before reading), HTML of more than `MAX_HTML_ELEMENTS`
elements (50,000; extraction time grows with the tree), binary data, undecodable bytes, an empty or
whitespace-only article, and HTML with no extractable text.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from .clean import clean_text, one_line
from .model import Article

MAX_BYTES = 20 * 1024 * 1024
MAX_HTML_ELEMENTS = 50_000
MAX_MARKDOWN_NESTING = 100_000
TITLE_LIMIT = 160
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_KIND_BY_SUFFIX = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
# Documentation that often sits beside articles in a folder; not listed as articles.
_NOT_ARTICLES = frozenset({"readme", "sources", "license", "licence", "changelog", "contributing"})
_LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15"]
# NUL bytes a text file may hold before it counts as binary: a few, or 0.1 %
_MAX_STRAY_NULS = 16
_MAX_NUL_SHARE = 0.001

_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (.docx, .epub, .zip ...)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
#: signs of Markdown in text of unknown kind (standard input): an ATX heading,
#: a fenced block, or a link, emphasis or list marker next to another sign
_MD_HEADING = re.compile(rb"^#{1,6}[ \t]+\S", re.M)
_MD_FENCE = re.compile(rb"^(?:```|~~~)", re.M)
_MD_SIGNS = (
    re.compile(rb"\[[^\]\n]+\]\([^)\s]+\)"),  # [text](address)
    re.compile(rb"(?:\*\*|__)[^*_\n]+(?:\*\*|__)"),  # **strong**
    re.compile(rb"^[ \t]{0,3}[-*+][ \t]+\S", re.M),  # - item
    re.compile(rb"^[ \t]{0,3}>[ \t]?\S", re.M),  # > quote
    re.compile(rb"^(?:=+|-+)[ \t]*$", re.M),  # setext underline
)


def looks_like_markdown(data: bytes) -> bool:
    """Whether text of unknown kind is Markdown: an ATX heading or a fence, or
    two different inline or block signs (plain prose rarely has both)."""
    head = data[:65536]
    if _MD_HEADING.search(head) or _MD_FENCE.search(head):
        return True
    return sum(1 for sign in _MD_SIGNS if sign.search(head)) >= 2


_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)


class ArticleError(Exception):
    """An article that cannot be loaded. `str()` is one line naming the source."""

    def __init__(self, source: str | os.PathLike[str], reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        label = "standard input" if self.source == "-" else one_line(self.source)
        super().__init__(f"{label}: {reason}")


# --------------------------------------------------------------------- files

def is_folder(path: Path) -> bool:
    """`path.is_dir()`, with a refusal the OS gives for the name itself (too
    long, a loop of links) as an `ArticleError` instead of an `OSError`."""
    try:
        return path.is_dir()
    except OSError as exc:
        raise _os_error(path, exc) from None


def _os_error(path: Path, exc: OSError, doing: str = "cannot read") -> ArticleError:
    """One line for an operating-system refusal, the same for files and folders."""
    if isinstance(exc, FileNotFoundError):
        return ArticleError(path, "no such file or directory")
    if isinstance(exc, PermissionError):
        return ArticleError(path, "permission denied")
    if isinstance(exc, NotADirectoryError):
        return ArticleError(path, "not a folder")
    if isinstance(exc, IsADirectoryError):
        return ArticleError(path, "is a folder, not an article file")
    return ArticleError(path, f"{doing} ({exc.strerror or exc})")


def list_articles(folder: str | os.PathLike[str]) -> list[Path]:
    """The article files directly inside `folder` (.txt/.md/.html/.htm), sorted
    by name; hidden files and README/SOURCES/LICENSE-style files are skipped.
    Raises `ArticleError` if the folder is unusable or holds no articles."""
    path = Path(folder)
    try:
        entries = list(os.scandir(path))
    except OSError as exc:
        raise _os_error(path, exc, "cannot read folder") from None
    found = []
    for entry in entries:
        name = entry.name
        suffix = os.path.splitext(name)[1].lower()
        if name.startswith(".") or suffix not in ARTICLE_SUFFIXES:
            continue
        if os.path.splitext(name)[0].lower() in _NOT_ARTICLES:
            continue
        try:
            if not entry.is_file():
                continue
        except OSError:
            continue
        found.append(Path(entry.path))
    if not found:
        raise ArticleError(path, "no articles here (looked for .txt, .md, .html and .htm files)")
    return sorted(found, key=lambda p: (p.name.lower(), p.name))


def load_article(path: str | os.PathLike[str]) -> Article:
    """Load one article file. Raises `ArticleError` with a one-line reason."""
    path = Path(path)
    data = read_file(path)
    kind = _KIND_BY_SUFFIX.get(path.suffix.lower())
    return load_bytes(data, str(path), kind)


def read_file(path: Path) -> bytes:
    """The bytes of `path`, refusing directories and anything over `MAX_BYTES`
    before reading it whole."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _os_error(path, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(path, "is a folder, not an article file")
    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:
        raise ArticleError(path, _too_large(info.st_size))
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # bounded: FIFOs and devices too
    except OSError as exc:
        raise _os_error(path, exc) from None
    if len(data) > MAX_BYTES:
        raise ArticleError(path, _too_large(None))
    return data


def read_stdin() -> bytes:
    """All of standard input as bytes (at most `MAX_BYTES`), for `-`."""
    import sys

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ArticleError("-", "standard input is not available")
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ArticleError("-", f"cannot read standard input ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ArticleError("-", _too_large(None))
    return data


def _too_large(size: int | None) -> str:
    limit = f"the limit is {MAX_BYTES // (1024 * 1024)} MB"
    if size is None:
        return f"too large ({limit})"
    return f"too large ({size / (1024 * 1024):.1f} MB; {limit})"


# --------------------------------------------------------------------- bytes

def load_bytes(data: bytes, source: str, kind: str | None = None) -> Article:
    """An `Article` from raw bytes. `kind` is "txt", "md" or "html"; None sniffs
    (HTML if it starts like an HTML document; on standard input, Markdown if it
    looks like it; else plain text)."""
    if len(data) > MAX_BYTES:
        raise ArticleError(source, _too_large(len(data)))
    if not data.strip():
        raise ArticleError(source, "is empty (no text to read)" if not data else "contains only whitespace")
    if kind is None:
        kind = ("html" if _HTML_START.match(data[:4096])
                else "md" if source == "-" and looks_like_markdown(data) else "txt")
    if kind not in ("txt", "md", "html"):
        raise ArticleError(source, f"unknown article kind {kind!r}")
    raw = decode(data, source, html=kind == "html")
    if kind == "html":
        title, text = _from_html(raw, source)
    elif kind == "md":
        title, text = _from_markdown(raw)
    else:
        text = clean_text(raw)
        title = _first_line(text)
    if not text.strip():
        raise ArticleError(source, "contains only whitespace" if not raw.strip() else "contains no readable text")
    return Article(text=text, title=one_line(title, TITLE_LIMIT) or "(untitled)", source=source)


def decode(data: bytes, source: str, html: bool = False) -> str:
    """Bytes to str by the rules in the module docstring; `ArticleError` if the
    data is binary or in no encoding we accept."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom):].decode(encoding), source)
            except UnicodeDecodeError as exc:
                raise ArticleError(source, f"not valid {encoding.upper()} despite its byte-order mark "
                                   f"(bad bytes at offset {exc.start + len(bom)})") from None
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ArticleError(source, f"binary data ({what}), not a text article")
    nuls = data.count(0)
    if nuls:
        text = _utf16_without_bom(data)
        if text is not None:
            return _check_text(text, source)
        if nuls > max(_MAX_STRAY_NULS, len(data) * _MAX_NUL_SHARE):
            raise ArticleError(source, "binary data (contains NUL bytes), not a text article")
        # a few stray NULs in a text file (a bad copy, a broken editor) do not make
        # it binary; cleaning removes them with the other control characters
    try:
        return _check_text(data.decode("utf-8"), source)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # Mostly-valid UTF-8 with broken bytes is damaged UTF-8, not a legacy file.
    valid = len(_UTF8_MULTIBYTE.findall(data))
    invalid = len(data.decode("utf-8", errors="replace")) - len(data.decode("utf-8", errors="ignore"))
    if valid and valid >= invalid:
        raise ArticleError(source, f"not valid UTF-8 (byte 0x{data[first_bad]:02X} at offset {first_bad} "
                           "cannot be decoded); re-save the file as UTF-8")
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                return _check_text(data.decode(declared.group(1).decode("ascii")), source)
            except (LookupError, UnicodeError, ValueError):
                pass  # unknown ("undefined"), not for text, or failing (punycode): guess instead
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is None:
        raise ArticleError(source, "cannot be decoded (not UTF-8, UTF-16 with a byte-order mark, "
                           "or a Western single-byte encoding such as cp1252)")
    return _check_text(str(best), source)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte for ASCII."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _check_text(text: str, source: str) -> str:
    """Refuse decoded text that is mostly control characters (binary data that
    happened to decode)."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\x0b\x0c\x1b") or "\x7f" <= ch <= "\x9f")
    if sample and controls > max(8, len(sample) // 20):
        raise ArticleError(source, "binary data (mostly control characters), not a text article")
    return text


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line
    return ""


# ------------------------------------------------------------------ markdown

def _from_markdown(raw: str) -> tuple[str, str]:
    from markdown_it import MarkdownIt

    source = _FRONT_MATTER.sub("", clean_text(raw), count=1)
    try:
        # commonmark's maxNesting (20) silently drops everything after a list or
        # quote nested ~10 deep; with no practical limit, deep nesting either
        # parses or ends in RecursionError, and then the plain blocks below keep
        # every word
        tokens = MarkdownIt("commonmark", {"maxNesting": MAX_MARKDOWN_NESTING}).enable("table").parse(source)
    except RecursionError:
        tokens = []
        blocks = re.split(r"\n\s*\n", source)
    else:
        blocks = []
    title = ""
    in_heading = False
    row: list[str] = []
    table: list[str] = []
    in_cell = False
    for token in tokens:
        kind = token.type
        if kind == "inline":
            text = _markdown_inline(token.children or [])
            if in_cell:
                row.append(text)
            else:
                blocks.append(text)
            if in_heading and not title:
                title = text
            in_heading = False
        elif kind in ("th_open", "td_open"):
            in_cell = True
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind == "tr_close":
            table.append("  ".join(cell for cell in row if cell))
            row = []
        elif kind == "table_close":
            blocks.append("\n".join(line for line in table if line))
            table = []
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif kind == "html_block":
            blocks.append(" ".join(_TAG.sub(" ", token.content).split()))
        elif kind == "heading_open":
            in_heading = True
    paragraphs = [b.strip() for b in blocks if b and b.strip()]
    text = clean_text("\n\n".join(paragraphs))
    if not title:
        title = _first_line(text)
    return title, text


_SPACES = re.compile(r"[ \t]{2,}")


def _markdown_inline(children: list) -> str:
    parts: list[str] = []
    for child in children:
        kind = child.type
        if kind == "image":
            continue  # alt text is not article prose
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "html_inline":
            continue
    return _SPACES.sub(" ", "".join(parts)).strip()


# ---------------------------------------------------------------------- html

def _from_html(raw: str, source: str) -> tuple[str, str]:
    cleaned = clean_text(raw)
    try:
        title, blocks = _trafilatura_blocks(cleaned, source)
        if sum(len(b) for b in blocks) < 500:
            # trafilatura is tuned for full pages; on a very short one it may
            # keep nothing or run headings and paragraphs together.
            fallback_title, fallback = _plain_html_blocks(cleaned, title)
            if len(fallback) > len(blocks):
                title, blocks = fallback_title, fallback
    except ArticleError:
        raise
    except RecursionError:
        raise ArticleError(source, "HTML too deeply nested to extract an article") from None
    except Exception as exc:  # lxml and trafilatura errors on malformed pages
        raise ArticleError(source, f"could not extract an article from the HTML ({exc.__class__.__name__})") from None
    blocks = [one_line(b) for b in blocks]
    blocks = [b for b in blocks if b]
    title = one_line(title or "")
    if not blocks:
        raise ArticleError(source, "no article text found in the HTML")
    if not title:  # no headline found: the first block serves as one
        title = blocks.pop(0)
    elif blocks[0] == title:
        blocks.pop(0)
    text = clean_text("\n\n".join([title, *blocks]))
    return title, text


def _load_tree(html: str):
    """The lxml tree of `html` as `trafilatura.load_html` builds it, but with
    libxml2's huge-tree option: without it a single node over ~10 MB (an inlined
    image, a big script or comment) silently ends the document there. The input
    is already capped at `MAX_BYTES`, which bounds what huge trees allow."""
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                        remove_comments=True, remove_pis=True, huge_tree=True)
    beginning = html[:50].lower()
    html = repair_faulty_html(html, beginning)
    try:
        tree = fromstring(html, parser=parser)
    except ValueError:  # a str with an encoding declaration: parse the bytes
        tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    if tree is not None and len(tree) < 1:
        tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


def _trafilatura_blocks(html: str, source: str) -> tuple[str, list[str]]:
    import trafilatura

    tree = _load_tree(html)
    if tree is None:
        return "", []
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_HTML_ELEMENTS:
        # trafilatura's time grows with the tree (~10 s per 100,000 elements);
        # real article pages have a few thousand.
        raise ArticleError(source, f"HTML too complex to extract ({elements:,} elements; "
                           f"the limit is {MAX_HTML_ELEMENTS:,})")
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, favor_precision=False,
    )
    if document is None or document.body is None:
        return "", []
    blocks: list[str] = []
    _collect(document.body, blocks)
    return document.title or "", blocks


def _collect(element, blocks: list[str]) -> None:
    """Paragraph-level elements of trafilatura's output tree, in order."""
    stack = [iter([element])]
    while stack:  # iterative: no recursion limit on deep trees
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("p", "head", "item", "cell", "code") or (tag == "quote" and len(child) == 0):
            blocks.append(" ".join("".join(child.itertext()).split()))
        elif tag == "row":
            cells = [" ".join("".join(c.itertext()).split()) for c in child]
            blocks.append("  ".join(c for c in cells if c))
        else:
            stack.append(iter(child))
            if child.text and child.text.strip() and child is not element and tag not in ("list", "table"):
                blocks.append(" ".join(child.text.split()))


def _plain_html_blocks(html: str, title: str) -> tuple[str, list[str]]:
    """Fallback when trafilatura keeps nothing (very short pages): headings,
    paragraphs and list items, scripts and styles dropped."""
    root = _load_tree(html)  # copes with XML declarations and bad markup
    if root is None:
        return title, []
    for bad in root.xpath("//script|//style|//noscript|//template|//nav|//footer"):
        bad.drop_tree()
    if not title:
        found = root.xpath("//title/text()")
        title = found[0] if found else ""
    blocks = []
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre"):
        text = " ".join(element.text_content().split())
        if text:
            blocks.append(text)
    if not blocks:
        body = root.find("body")
        if body is not None:
            blocks = [" ".join(body.text_content().split())]
    return title, blocks
