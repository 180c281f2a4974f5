"""Lessons render to HTML that is safe offline: nothing remote, no raw HTML, notes only for the right country."""

from trainer.courses.markdown import render_lesson, render_markdown, slugify


def render(text, tmp_path, country=None, lang="en"):
    lesson = tmp_path / "lesson.en.md"
    lesson.write_text(text, encoding="utf-8")
    return render_markdown(text, lang, country, lesson, tmp_path)


def test_raw_html_is_shown_as_text_never_interpreted(tmp_path):
    html = render('<script>alert(1)</script>\n\nHi <img src="http://evil.example/x.png"> there', tmp_path)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html


def test_remote_images_are_never_referenced(tmp_path):
    html = render("![tracker](https://evil.example/pixel.png) and ![p](//evil.example/p.png)", tmp_path)
    assert "evil.example" not in html
    assert "<i>[tracker]</i>" in html


def test_course_images_load_from_the_course_folder(example_course):
    html = render_lesson(example_course, example_course.lesson("online-order"), "es", None)
    image = (example_course.path / "images" / "order-flow.png").resolve().as_uri()
    assert f'<img src="{image}" alt="Comprador, tienda y banco" />' in html


def test_tables_render_with_borders(example_course):
    html = render_lesson(example_course, example_course.lesson("online-order"), "en", None)
    assert '<table border="1"' in html and "<th>Party</th>" in html and "<td>Authorizes and moves the money</td>" in html


def test_country_notes_only_for_that_country(example_course):
    lesson = example_course.lesson("welcome")
    guatemala = render_lesson(example_course, lesson, "es", "GT")
    mexico = render_lesson(example_course, lesson, "es", "MX")
    nobody = render_lesson(example_course, lesson, "es", None)
    assert "Nota para Guatemala" in guatemala and "esta nota solo la ven" in guatemala
    assert "Costa Rica o de México" not in guatemala
    assert "Nota para Costa Rica, México" in mexico and "esta nota solo la ven" not in mexico
    assert "Nota para" not in nobody


def test_internal_links_and_anchors_survive(example_course):
    html = render_lesson(example_course, example_course.lesson("welcome"), "en", None)
    assert '<a href="lesson:online-order">second lesson</a>' in html
    assert '<a href="quiz:basics-quiz">' in html
    assert '<h2 id="objectives"><a name="objectives"></a>Objectives</h2>' in html


def test_unsafe_link_schemes_lose_their_target(tmp_path):
    html = render("[click](javascript:alert(1)) [f](file:///etc/passwd) [ok](https://example.org)", tmp_path)
    assert 'href="javascript:' not in html and 'href="file:' not in html
    assert '<a href="https://example.org"' in html


def test_heading_anchors_drop_accents_and_punctuation():
    assert slugify("¿Qué es una firma electrónica?") == "que-es-una-firma-electronica"


def test_rendering_is_cached_until_the_file_changes(course_copy):
    from trainer.courses.loader import load_course

    course = load_course(course_copy).course
    lesson = course.lesson("welcome")
    first = render_lesson(course, lesson, "en", None)
    assert render_lesson(course, lesson, "en", None) is first
    path = lesson.files["en"]
    path.write_text(path.read_text(encoding="utf-8").replace("How a lesson is made", "How lessons are made"), encoding="utf-8")
    import os
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert "How lessons are made" in render_lesson(course, lesson, "en", None)
