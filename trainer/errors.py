"""Errors a user can act on, as values: a code, its parameters and the sentence in each language.

The CLI prints `error.message(lang)`; the GUI shows it in a dialog. Each domain
keeps its own catalog of sentences next to the code that raises them.
"""


class UserError(Exception):
    def __init__(self, catalog: dict[str, dict[str, str]], code: str, **params):
        self.catalog = catalog
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        texts = self.catalog[self.code]
        return texts.get(lang, texts["en"]).format(**self.params)
