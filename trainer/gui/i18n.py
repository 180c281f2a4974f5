"""The interface language: Qt translators compiled from the `.ts` sources kept in translations/.

English is the source language of every `tr()` string, so English needs no
translator. Packages carry the `.qm` compiled at build time; a checkout
compiles it at start-up when its `.ts` is newer (see `compiled`).
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from trainer.i18n import LANGUAGES
from trainer.paths import PACKAGE_ROOT, SOURCE_ROOT

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LOCALE_NAMES = {"es": "es_419", "en": "en_US"}  # by name: QLocale's enums take 10 ms to build at start-up
_installed: list[QTranslator] = []


def compiled(lang: str) -> Path | None:
    """The `.qm` for `lang`.

    An installed app (wheel, offline kit, one-folder app) carries it compiled at build time (setup.py) and uses
    it as it is: nothing is compiled at run time or written beside the code. A source checkout has no build
    step, so it compiles its `.ts` into the checkout's `build/` folder whenever the `.ts` is newer (with
    pyside6-lrelease, which ships with PySide6)."""
    source = TRANSLATIONS / f"trainer_{lang}.ts"
    shipped = source.with_suffix(".qm")
    if not _source_checkout():
        return shipped if shipped.exists() else None
    target = SOURCE_ROOT / "build" / "translations" / shipped.name
    if not source.exists():
        return None
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        import shutil
        import subprocess
        import sys

        beside_python = str(Path(sys.executable).parent)  # the venv's bin/, on PATH or not
        lrelease = shutil.which("pyside6-lrelease", path=beside_python) or shutil.which("pyside6-lrelease") \
            or shutil.which("lrelease")
        if lrelease is None:
            return target if target.exists() else None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError):
            return target if target.exists() else None
    return target


def _source_checkout() -> bool:
    """Running from the repository (or an editable install of it), not from a built package."""
    return (SOURCE_ROOT / "pyproject.toml").is_file() and not (PACKAGE_ROOT / "bundled").is_dir()


class QtMnemonicFallback(QTranslator):
    """Qt's own Spanish file predates the shortcut letters Qt 6 added to some labels of its dialogs ("&Look in:",
    "Files of &type:" in the file chooser), so those stay in English: look them up again without the '&'."""

    def __init__(self, qt_own: QTranslator, parent=None):
        super().__init__(parent)
        self.qt_own = qt_own

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if "&" not in source or not context.startswith("Q"):
            return None  # not Qt's, or nothing to strip: the next translator answers
        return self.qt_own.translate(context, source.replace("&", ""), disambiguation, n) or None


def install_language(lang: str) -> None:
    """Switch every tr() string, date and number format to `lang` (es or en)."""
    lang = lang if lang in LANGUAGES else "es"
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale(LOCALE_NAMES[lang]))
    if lang == "en":
        return
    from PySide6.QtCore import QLibraryInfo

    qt_own = QTranslator(app)  # Qt's own dialogs and buttons (file chooser, Cancel, Yes/No)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        fallback = QtMnemonicFallback(qt_own, app)
        for translator in (fallback, qt_own):  # the last installed is asked first: Qt's own file, then the fallback
            app.installTranslator(translator)
            _installed.append(translator)
    qm = compiled(lang)
    translator = QTranslator(app)
    if qm is not None and translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)


def locale() -> QLocale:
    return QLocale()
