"""The checks a lesson body must pass: country notes, images and links, each with its line."""

import re
from pathlib import Path

from trainer.countries import COUNTRIES
from trainer.courses.loader import split_front_matter
from trainer.courses.markdown import INTERNAL_SCHEMES, WEB_SCHEMES, link_scheme, parser, resolve_image, slugify
from trainer.courses.problems import Problem

NOTE_OPEN = re.compile(r"^\s{0,3}:::+\s*country\b(.*)$")
NOTE_CLOSE = re.compile(r"^\s{0,3}:::+\s*$")


def check_lesson(course, lesson, lang: str, path: Path) -> list[Problem]:
    raw = path.read_text(encoding="utf-8")
    _front, body, first_line = split_front_matter(raw)
    problems: list[Problem] = []

    def report(problem_code: str, body_line: int | None, **params) -> None:
        line = None if body_line is None else body_line + first_line - 1
        problems.append(Problem(path, line, problem_code, params))

    _check_country_notes(body, report)
    tokens = parser().parse(body, {"lang": lang})
    anchors = {slugify(tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"}
    targets = {"lesson": course.lesson, "lab": course.lab, "quiz": course.quiz}
    for block in tokens:
        if block.type != "inline":
            continue
        line = block.map[0] + 1 if block.map else None
        for token in block.children or []:
            if token.type in ("softbreak", "hardbreak") and line is not None:
                line += 1
            elif token.type == "image":
                src = token.attrGet("src") or ""
                _target, problem = resolve_image(src, path, course.path)
                if problem:
                    report(problem, line, src=src)
            elif token.type == "link_open":
                href = token.attrGet("href") or ""
                scheme = link_scheme(href)
                if href.startswith("#"):
                    if href[1:] not in anchors:
                        report("broken-anchor", line, target=href[1:])
                elif scheme in INTERNAL_SCHEMES:
                    target = href[len(scheme) + 1 :]
                    if targets[scheme](target) is None:
                        report("broken-link", line, kind=scheme, target=target)
                elif scheme not in WEB_SCHEMES:
                    report("broken-link", line, kind="lesson", target=href)
    return problems


def _check_country_notes(body: str, report) -> None:
    open_line = None
    for number, text in enumerate(body.splitlines(), start=1):
        opened = NOTE_OPEN.match(text)
        if opened:
            if open_line is not None:
                report("country-note-nested", number)
            open_line = number
            codes = opened.group(1).split()
            if not codes:
                report("country-note-empty", number)
            for code in codes:
                if code.upper() not in COUNTRIES:
                    report("bad-country", number, code=code)
        elif NOTE_CLOSE.match(text):
            open_line = None
    if open_line is not None:
        report("country-note-unclosed", open_line)
