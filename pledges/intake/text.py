"""A source's text: HTML reduced to plain text, and the text cut into numbered paragraphs.

The rule (docs/data-files.md, "Paragraphs"): a paragraph is a line of the body with text on it;
blank lines only separate. The body starts after the heading block when the text has one (a
title, a photo caption, a byline and an "Updated:" or "Published:" line), and ends with the credit
line ("... contributed to this report") when there is one. Paragraph 1 is the body's first.
"""

import html
import re
from html.parser import HTMLParser

# Lines that end a heading block: the date line of a news page.
DATE_LINE = re.compile(r"^(updated|published|posted)\b.{0,60}$", re.IGNORECASE)
CREDIT_LINE = re.compile(r"contributed to this (report|article|story)", re.IGNORECASE)
BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
          "section", "article", "header", "footer", "figcaption"}  # fmt: skip


class _TextOnly(HTMLParser):
    """HTML to its text: block elements become line breaks, scripts and styles are dropped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skipping += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def plain_text(text: str) -> str:
    """The text as plain text: HTML pasted in is reduced to its words, one block a line."""
    if re.search(r"<(p|div|br|span|a|h[1-6]|li|article)\b", text, re.IGNORECASE):
        parser = _TextOnly()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    text = html.unescape(text) if "&" in text else text
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n"))
    return "\n".join(lines).strip()


def paragraphs(text: str) -> list[str]:
    """The body's paragraphs, in order: paragraph N is `paragraphs(text)[N - 1]`."""
    lines = [line for line in plain_text(text).split("\n") if line.strip()]
    for index, line in enumerate(lines[:12]):  # a heading block is short
        if DATE_LINE.match(line):
            lines = lines[index + 1 :]
            break
    for index, line in enumerate(lines):
        if CREDIT_LINE.search(line):
            lines = lines[: index + 1]
            break
    return lines


MAX_TEXT = 1_000_000  # bytes of UTF-8: a longer text is not an article
# The commonest words of English: an English text of a few sentences uses many of them.
ENGLISH = set(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "was",
        "were",
        "it",
        "its",
        "at",
        "from",
        "has",
        "have",
        "had",
        "will",
        "be",
        "said",
        "this",
        "which",
        "are",
        "an",
        "not",
        "but",
        "also",
        "their",
        "after",
        "more",
        "than",
        "after",
        "who",
        "would",
        "they",
        "been",
    ]
)


def too_long(text: str) -> bool:
    return len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT


def _empty(text) -> bool:
    """Whether there is no text to read: not a string, or only blanks."""
    return not isinstance(text, str) or not text.strip()


def _binary(text: str) -> bool:
    """Whether the text holds a NUL, or control characters in more than one character of a
    hundred: binary data, not words."""
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t")
    return "\x00" in text or controls > len(text) / 100


def _not_english(text: str) -> bool:
    """Whether the text is too short, or too few of its words among English's commonest, to
    read as English."""
    words = re.findall(r"[^\W\d_]+", plain_text(text).lower())
    common = sum(1 for word in words if word in ENGLISH)
    return len(words) < 8 or common < len(words) * 0.12


# Why a text cannot be drafted: each test, in the order they are made, and what the editor is told.
UNREADABLE = (
    (_empty, "The text is empty: paste the article's text."),
    (too_long, "The text is over 1 MB: an article is far shorter. Paste one article."),
    (_binary, "The text holds binary data, not words: paste the article's text."),
    (_not_english, "The text does not read as English, the only language the intake reads: "
                   "paste an English article, or enter its records by hand."),
)  # fmt: skip


def readable(text) -> None:
    """Raise IntakeError, with a message for the editor, for a text that cannot be drafted."""
    from pledges.intake.drafts import IntakeError

    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise IntakeError("The file is not text: paste the article's words, or upload a "
                              "UTF-8 text file.") from None  # fmt: skip
    for unreadable, message in UNREADABLE:
        if unreadable(text):
            raise IntakeError(message)


def printed_date(text: str):
    """The publication date the heading block prints ("Published: 2022-03-16", "Updated: March
    5, 2022"), when no other is given; None when it prints none with a year."""
    import datetime

    from pledges.intake.numbers import dates

    for line in plain_text(text).split("\n")[:15]:
        if DATE_LINE.match(line.strip()):
            iso = re.search(r"\b(20\d\d)-(\d\d)-(\d\d)\b", line)
            if iso:
                try:
                    return datetime.date(*map(int, iso.groups()))
                except ValueError:
                    return None
            found = [when for when in dates(line, None) if when.on and when.precision == "day"]
            return found[0].on if found else None
    return None
