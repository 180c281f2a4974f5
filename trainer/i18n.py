"""Language choice for the Qt-free core: errors and reports speak the user's language.

The GUI translates its own widgets with Qt's system; text produced by the core
(validation errors, report headings) comes from catalogs held next to the code
that produces it, keyed by language, and is chosen here.
"""

import locale
import os

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"


def system_language() -> str:
    """The language to speak when the user has not chosen one: TRAINER_LANG, then the OS locale."""
    wanted = os.environ.get("TRAINER_LANG") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    code = wanted[:2].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def pick(texts: dict[str, str], lang: str) -> str:
    """The text in `lang`, falling back to any language present rather than showing nothing."""
    if lang in texts:
        return texts[lang]
    for fallback in (DEFAULT_LANGUAGE, *LANGUAGES):
        if fallback in texts:
            return texts[fallback]
    return next(iter(texts.values()), "")
