"""File ▸ Back up now, and the start-up dialog that offers the latest good backup for a damaged database."""

from PySide6.QtWidgets import QMessageBox

from trainer.storage.backups import list_backups


def test_back_up_now_makes_a_backup_off_the_gui_thread(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    before = len(list_backups())
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert len(list_backups()) == before + 1
    assert list_backups()[0].label == "manual" and str(list_backups()[0].path) in shown[0]


def test_damaged_database_at_start_up_offers_the_backup_and_restores_it(qtbot, courses, isolated, monkeypatch):
    from trainer.gui.i18n import install_language
    from trainer.gui.main_window import MainWindow
    from trainer.storage.database import open_database

    database = open_database()
    database.set_setting("mark", "kept")
    good = database.backup("manual")
    database.dispose()
    database.file.write_text("not a database any more")
    seen = []

    def click_restore(box):
        seen.append((box.text(), [button.text() for button in box.buttons()]))
        next(button for button in box.buttons() if "Restore" in button.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    install_language("en")
    main = MainWindow("en")
    qtbot.addWidget(main)
    main.show()
    main.load()
    qtbot.waitUntil(lambda: main.ready, timeout=10000)
    (text, buttons), = seen
    assert str(database.file) in text and str(good) in text and "Restore this backup" in buttons
    assert main.context.database.get_setting("mark") == "kept"
    main.context.database.dispose()


def test_restore_from_backup_lists_them_asks_and_reopens(window, qtbot, monkeypatch):
    from trainer.gui.backups import RestoreDialog

    database = window.context.database
    database.set_setting("mark", "before")
    good = database.backup("manual")
    database.set_setting("mark", "after")
    asked, listed = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.Yes)

    def choose_first(dialog):
        listed.extend(dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount()))
        assert dialog.table.item(0, 2).text().endswith("KB")
        dialog.table.selectRow(0)
        dialog.accept_chosen()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", choose_first)
    window.ready = False
    next(a for a in window.menuBar().actions()[0].menu().actions() if "Restore from backup" in a.text()).trigger()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    assert asked and "before a change or by hand" in listed and "daily" in listed
    assert window.context.database is not database
    assert window.context.database.get_setting("mark") == "before"
    assert good.exists()
