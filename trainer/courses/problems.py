"""What can be wrong in a course folder, said in the trainer's language with file and line."""

from dataclasses import dataclass, field
from pathlib import Path

MESSAGES: dict[str, dict[str, str]] = {
    "missing-file": {
        "en": "file not found: {name}",
        "es": "no se encuentra el archivo: {name}",
    },
    "too-large": {
        "en": "file is too large ({size} bytes; at most {limit})",
        "es": "el archivo es demasiado grande ({size} bytes; máximo {limit})",
    },
    "not-utf8": {
        "en": "file is not UTF-8 text (perhaps Latin-1 or Windows-1252); open it in a text editor and save it "
              "with the UTF-8 encoding",
        "es": "el archivo no es texto UTF-8 (quizá Latin-1 o Windows-1252); ábralo en un editor de texto y "
              "guárdelo con la codificación UTF-8",
    },
    "utf16": {
        "en": "file is UTF-16 text; open it in a text editor and save it with the UTF-8 encoding",
        "es": "el archivo es texto UTF-16; ábralo en un editor de texto y guárdelo con la codificación UTF-8",
    },
    "not-a-file": {
        "en": "'{name}' must be a file, but it is a folder (or a special file)",
        "es": "'{name}' debe ser un archivo, pero es una carpeta (o un archivo especial)",
    },
    "symlink-loop": {
        "en": "'{name}' is a link that leads back to itself (a symlink loop); replace it with the real file",
        "es": "'{name}' es un enlace que vuelve a sí mismo (un bucle de enlaces); reemplácelo por el archivo real",
    },
    "broken-symlink": {
        "en": "'{name}' is a link to a file that does not exist",
        "es": "'{name}' es un enlace a un archivo que no existe",
    },
    "unreadable": {
        "en": "the file cannot be read: {detail}",
        "es": "no se puede leer el archivo: {detail}",
    },
    "toml-too-deep": {
        "en": "malformed TOML: tables or lists are nested too deeply",
        "es": "TOML mal formado: las tablas o listas están anidadas a demasiada profundidad",
    },
    "nested-course": {
        "en": "the course '{name}' is inside the folder of the course '{outer}'; move the folder '{name}' out, "
              "next to '{outer}'",
        "es": "el curso '{name}' está dentro de la carpeta del curso '{outer}'; saque la carpeta '{name}' y "
              "póngala junto a '{outer}'",
    },
    "load-failed": {
        "en": "the course could not be read: {detail}",
        "es": "no se pudo leer el curso: {detail}",
    },
    "toml-syntax": {
        "en": "malformed TOML: {detail}",
        "es": "TOML mal formado: {detail}",
    },
    "front-matter-missing": {
        "en": "the lesson must start with front matter between two '+++' lines",
        "es": "la lección debe empezar con un encabezado entre dos líneas '+++'",
    },
    "front-matter-unclosed": {
        "en": "front matter opened with '+++' is never closed",
        "es": "el encabezado abierto con '+++' nunca se cierra",
    },
    "missing-key": {
        "en": "missing required key '{key}'",
        "es": "falta la clave obligatoria '{key}'",
    },
    "unknown-key": {
        "en": "unknown key '{key}' (see courses/FORMAT.md)",
        "es": "clave desconocida '{key}' (vea courses/FORMAT.md)",
    },
    "wrong-type": {
        "en": "'{key}' must be {expected}",
        "es": "'{key}' debe ser {expected}",
    },
    "bad-id": {
        "en": "invalid id '{id}': use lowercase letters, digits and '-', starting with a letter",
        "es": "id no válido '{id}': use minúsculas, dígitos y '-', empezando por una letra",
    },
    "id-mismatch": {
        "en": "id '{id}' must equal '{expected}'",
        "es": "el id '{id}' debe ser igual a '{expected}'",
    },
    "duplicate-id": {
        "en": "duplicate id '{id}' (also used in {other})",
        "es": "id duplicado '{id}' (también se usa en {other})",
    },
    "missing-translation": {
        "en": "'{key}' has no text in language '{lang}'",
        "es": "'{key}' no tiene texto en el idioma '{lang}'",
    },
    "missing-lesson-language": {
        "en": "lesson '{id}' has no '{lang}' version ({name})",
        "es": "la lección '{id}' no tiene versión en '{lang}' ({name})",
    },
    "minutes-differ": {
        "en": "minutes differ between languages ({values})",
        "es": "los minutos no coinciden entre idiomas ({values})",
    },
    "bad-language": {
        "en": "unknown language '{lang}' (supported: {supported})",
        "es": "idioma desconocido '{lang}' (admitidos: {supported})",
    },
    "bad-range": {
        "en": "'{key}' must be between {low} and {high}",
        "es": "'{key}' debe estar entre {low} y {high}",
    },
    "no-modules": {
        "en": "the course has no modules",
        "es": "el curso no tiene módulos",
    },
    "empty-module": {
        "en": "the module has no lessons",
        "es": "el módulo no tiene lecciones",
    },
    "bad-question-type": {
        "en": "question '{id}': unknown type '{type}' (single, multiple, true_false, numeric, text)",
        "es": "pregunta '{id}': tipo desconocido '{type}' (single, multiple, true_false, numeric, text)",
    },
    "too-few-options": {
        "en": "question '{id}' needs at least two options",
        "es": "la pregunta '{id}' necesita al menos dos opciones",
    },
    "no-correct-answer": {
        "en": "question '{id}' has no correct answer",
        "es": "la pregunta '{id}' no tiene respuesta correcta",
    },
    "several-correct": {
        "en": "single-choice question '{id}' has {count} correct options; it must have exactly one",
        "es": "la pregunta de opción única '{id}' tiene {count} opciones correctas; debe tener exactamente una",
    },
    "options-not-allowed": {
        "en": "question '{id}' of type '{type}' takes no options",
        "es": "la pregunta '{id}' de tipo '{type}' no lleva opciones",
    },
    "no-questions": {
        "en": "the quiz has no questions",
        "es": "la evaluación no tiene preguntas",
    },
    "unknown-lab": {
        "en": "unknown lab kind '{kind}' (known: {known})",
        "es": "tipo de laboratorio desconocido '{kind}' (conocidos: {known})",
    },
    "bad-lab-param": {
        "en": "lab '{id}': parameter '{param}' is not one of {known}",
        "es": "laboratorio '{id}': el parámetro '{param}' no es uno de {known}",
    },
    "bad-lab-param-type": {
        "en": "lab '{id}': parameter '{param}' must be {expected}",
        "es": "laboratorio '{id}': el parámetro '{param}' debe ser {expected}",
    },
    "remote-image": {
        "en": "remote image '{src}': images must come from the course folder",
        "es": "imagen remota '{src}': las imágenes deben estar en la carpeta del curso",
    },
    "broken-image": {
        "en": "image not found: '{src}'",
        "es": "no se encuentra la imagen: '{src}'",
    },
    "image-outside": {
        "en": "image '{src}' is outside the course folder",
        "es": "la imagen '{src}' está fuera de la carpeta del curso",
    },
    "bad-image-type": {
        "en": "image '{src}' must be PNG, JPEG or GIF",
        "es": "la imagen '{src}' debe ser PNG, JPEG o GIF",
    },
    "broken-link": {
        "en": "link to unknown {kind} '{target}'",
        "es": "enlace a {kind} inexistente '{target}'",
    },
    "broken-anchor": {
        "en": "link to '#{target}', but the lesson has no such heading",
        "es": "enlace a '#{target}', pero la lección no tiene ese título",
    },
    "bad-country": {
        "en": "unknown country code '{code}' in a country note",
        "es": "código de país desconocido '{code}' en una nota de país",
    },
    "country-note-empty": {
        "en": "a country note must name at least one country: '::: country GT'",
        "es": "una nota de país debe nombrar al menos un país: '::: country GT'",
    },
    "country-note-nested": {
        "en": "country notes cannot be nested",
        "es": "las notas de país no se pueden anidar",
    },
    "country-note-unclosed": {
        "en": "country note opened here is never closed with ':::'",
        "es": "la nota de país abierta aquí nunca se cierra con ':::'",
    },
    "not-a-course": {
        "en": "no course.toml here",
        "es": "aquí no hay course.toml",
    },
}

KIND_NAMES = {
    "lesson": {"en": "lesson", "es": "lección"},
    "lab": {"en": "lab", "es": "laboratorio"},
    "quiz": {"en": "quiz", "es": "evaluación"},
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a course, pointing at the file and line a trainer must edit."""

    path: Path
    line: int | None
    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        texts = MESSAGES[self.code]
        params = dict(self.params)
        if "kind" in params and params["kind"] in KIND_NAMES:
            params["kind"] = KIND_NAMES[params["kind"]].get(lang, params["kind"])
        return texts.get(lang, texts["en"]).format(**params)

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def describe(self, lang: str = "en") -> str:
        return f"{self.where()}: {self.message(lang)}"
