"""Lesson Markdown to safe HTML for QTextBrowser.

Raw HTML is escaped, images load only from inside the course folder, remote
resources are never referenced, and country notes appear only for the
participant's country. Rendering a long lesson costs tens of milliseconds, so
results are cached per file version, language and country.
"""

import re
import unicodedata
from functools import lru_cache
from html import escape
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin

from trainer.countries import country_name

INTERNAL_SCHEMES = ("lesson", "lab", "quiz")
WEB_SCHEMES = ("http", "https", "mailto")
IMAGE_TYPES = {".png", ".jpg", ".jpeg", ".gif"}
MAX_IMAGE_BYTES = 5_000_000
NOTE_LABEL = {"es": "Nota para {countries}", "en": "Note for {countries}"}
# Layout only: colours come from whoever shows the lesson (the GUI takes them from the system's palette, so a
# dark theme stays readable), for headings, `th`, `code` and `table.country-note`.
STYLE = "td, th { padding: 6px; }"


def slugify(text: str) -> str:
    """Heading anchor: lowercase ASCII words joined by '-' ("¿Qué es?" -> "que-es")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def note_countries(info: str) -> list[str]:
    """The country codes named by a '::: country GT CR' line."""
    return [code.upper() for code in info.split()[1:]]


def link_scheme(href: str) -> str:
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", href)
    return match.group(1).lower() if match else ""


def resolve_image(src: str, lesson_file: Path, course_root: Path) -> tuple[Path | None, str | None]:
    """The image file a lesson may show, or the problem code explaining why it may not."""
    if link_scheme(src) or src.startswith("//"):
        return None, "remote-image"
    target = (lesson_file.parent / src).resolve()
    if not target.is_relative_to(course_root.resolve()):
        return None, "image-outside"
    if target.suffix.lower() not in IMAGE_TYPES:
        return None, "bad-image-type"
    if not target.is_file() or target.stat().st_size > MAX_IMAGE_BYTES:
        return None, "broken-image"
    return target, None


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    container_plugin(md, "country")
    md.add_render_rule("container_country_open", _render_note_open)
    md.add_render_rule("container_country_close", _render_note_close)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("table_open", lambda *a: '<table border="1" cellspacing="0" cellpadding="6" width="98%">\n')
    md.add_render_rule("heading_open", _render_heading_open)
    md.add_render_rule("link_open", _render_link_open)
    return md


def _render_note_open(renderer, tokens, idx, options, env) -> str:
    lang = env.get("lang", "en")
    names = ", ".join(country_name(code, lang) for code in note_countries(tokens[idx].info))
    label = escape(NOTE_LABEL.get(lang, NOTE_LABEL["en"]).format(countries=names))
    return (
        '<table class="country-note" width="100%" cellspacing="0" cellpadding="10" border="1">'
        f"<tr><td><p><b>{label}</b></p>\n"
    )


def _render_note_close(renderer, tokens, idx, options, env) -> str:
    return "</td></tr></table>\n"


def _render_image(renderer, tokens, idx, options, env) -> str:
    token = tokens[idx]
    alt = escape(renderer.renderInlineAsText(token.children or [], options, env))
    target, problem = resolve_image(token.attrGet("src") or "", env["lesson_file"], env["course_root"])
    if problem:
        return f"<i>[{alt}]</i>"
    return f'<img src="{escape(target.as_uri())}" alt="{alt}" />'


def _render_heading_open(renderer, tokens, idx, options, env) -> str:
    anchor = slugify(tokens[idx + 1].content)
    return f'<{tokens[idx].tag} id="{anchor}"><a name="{anchor}"></a>'


def _render_link_open(renderer, tokens, idx, options, env) -> str:
    href = tokens[idx].attrGet("href") or ""
    scheme = link_scheme(href)
    if scheme in INTERNAL_SCHEMES or href.startswith("#"):
        return f'<a href="{escape(href)}">'
    if scheme in WEB_SCHEMES:
        return f'<a href="{escape(href)}" title="{escape(href)}">'
    return "<a>"


def filter_country_notes(tokens: list, country: str | None) -> list:
    """Drop the country notes (and everything inside them) that are not for `country`."""
    kept, skipping = [], 0
    for token in tokens:
        if token.type == "container_country_open":
            if skipping or not country or country.upper() not in note_countries(token.info):
                skipping += 1
                continue
        elif token.type == "container_country_close" and skipping:
            skipping -= 1
            continue
        if not skipping:
            kept.append(token)
    return kept


def render_markdown(text: str, lang: str, country: str | None, lesson_file: Path, course_root: Path) -> str:
    md = parser()
    env = {"lang": lang, "lesson_file": Path(lesson_file), "course_root": Path(course_root)}
    tokens = filter_country_notes(md.parse(text, env), country)
    body = md.renderer.render(tokens, md.options, env)
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


@lru_cache(maxsize=256)
def _render_file(path: Path, mtime_ns: int, lang: str, country: str | None, course_root: Path) -> str:
    from trainer.courses.loader import split_front_matter

    body = split_front_matter(path.read_text(encoding="utf-8"))[1]
    return render_markdown(body, lang, country, path, course_root)


def render_lesson(course, lesson, lang: str, country: str | None) -> str:
    """The lesson as HTML in `lang` (or the course's first language) with the notes for `country`."""
    path = lesson.files.get(lang) or next(iter(lesson.files.values()))
    return _render_file(path, path.stat().st_mtime_ns, lang, country, course.path)


def lesson_headings(course, lesson, lang: str, country: str | None) -> list[tuple[int, str, str]]:
    """The lesson's table of contents as (level, text, anchor), as the participant of `country` sees it."""
    from trainer.courses.loader import split_front_matter

    path = lesson.files.get(lang) or next(iter(lesson.files.values()))
    body = split_front_matter(path.read_text(encoding="utf-8"))[1]
    tokens = filter_country_notes(parser().parse(body, {"lang": lang}), country)
    return [(int(t.tag[1]), tokens[i + 1].content, slugify(tokens[i + 1].content))
            for i, t in enumerate(tokens) if t.type == "heading_open"]


def lesson_sections(course, lesson, lang: str, country: str | None) -> list[str]:
    """The lesson cut at its level-2 headings, each part as HTML: one slide each in presentation mode."""
    from trainer.courses.loader import split_front_matter

    path = lesson.files.get(lang) or next(iter(lesson.files.values()))
    body = split_front_matter(path.read_text(encoding="utf-8"))[1]
    parts, current = [], []
    for line in body.splitlines(keepends=True):
        if line.startswith("## ") and current and "".join(current).strip():
            parts.append("".join(current))
            current = []
        current.append(line)
    if "".join(current).strip():
        parts.append("".join(current))
    return [render_markdown(part, lang, country, path, course.path) for part in parts]
