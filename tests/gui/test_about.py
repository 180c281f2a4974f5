"""Help ▸ About says which version this is and lists every library and font it ships with their licences; the
CLI's --version says the same version (issue 13)."""


def test_about_lists_the_version_and_each_library_with_its_licence(window, qtbot, capsys):
    import pytest

    from trainer import __version__
    from trainer.cli import main

    from PySide6.QtWidgets import QTextBrowser

    window.about()
    shown = window.about_dialog.findChild(QTextBrowser).toPlainText()
    assert f"trainer {__version__}" in shown
    lines = shown.splitlines()  # a table's cells come one per line: name, version, licence
    for library, licence in (("SQLAlchemy", "MIT"), ("reportlab", "BSD"), ("cryptography", "Apache-2.0"),
                             ("PySide6_Essentials", "LGPL-3.0"), ("babel", "BSD-3-Clause")):
        at = next(n for n, line in enumerate(lines) if line.strip().lower() == library.lower())
        assert licence in lines[at + 2], lines[at:at + 3]
    assert "DejaVu fonts" in shown and "Bitstream Vera" in shown
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith(f"trainer {__version__} (Python ")
