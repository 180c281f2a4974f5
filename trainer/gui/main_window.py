"""The main window: menus, and one screen at a time (language, profiles, course, lesson, quiz, lab, progress).

Every place the learner can be is a `location` (a screen name and its
arguments), so switching the language rebuilds the current screen in the
new language and the learner stays exactly where they were.
"""

from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from trainer.gui.context import AppContext

# Only what the first paint needs is imported above: PySide6 builds each class's
# enums when first touched (the Qt namespace alone takes 12 ms), so screens,
# menus and dialogs import theirs after the first paint.

class MainWindow(QMainWindow):
    def __init__(self, lang: str):
        super().__init__()
        self.context = AppContext(lang)
        self.context.roles_changed.connect(self.roles_changed)
        self.location: tuple | None = None
        self.history: list[tuple] = []
        self.presentation = None
        self.ready = False
        self.loaded = False
        self.setWindowTitle("Trainer")
        from PySide6.QtGui import QIcon

        from trainer.paths import ASSETS

        self.setWindowIcon(QIcon(str(ASSETS / "logo.png")))  # read when first drawn, not now
        self.place_window()
        self.stack = QStackedWidget()
        self.current_screen: QWidget | None = None
        self.setCentralWidget(self.stack)
        loading = QLabel(self.tr("Loading…"))
        loading.setStyleSheet("qproperty-alignment: AlignCenter;")  # Qt's enums cost 12 ms before the first paint
        self.stack.addWidget(loading)

    def place_window(self) -> None:
        """Where the learner left it; the first time 1100 x 760, but never larger than the screen (a 1024 x 600
        netbook gets the whole screen)."""
        saved = self.context.preferences.window_geometry()
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width()), min(760, screen.height()))

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self._remember_geometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._remember_geometry()

    def closeEvent(self, event) -> None:
        if self.presentation is None:
            self.context.preferences.set_window_geometry(self.saveGeometry())
        super().closeEvent(event)

    def _remember_geometry(self) -> None:
        if self.isVisible() and self.presentation is None:
            if not hasattr(self, "_geometry_timer"):
                from PySide6.QtCore import QTimer

                self._geometry_timer = QTimer(self, singleShot=True, interval=500)
                self._geometry_timer.timeout.connect(
                    lambda: self.context.preferences.set_window_geometry(self.saveGeometry()))
            self._geometry_timer.start()  # once the dragging stops, not at every pixel

    # -- start-up ------------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.loaded:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.load)

    def load(self) -> None:
        """After the first paint: menus and courses, then the database off the GUI thread."""
        from trainer.courses.loader import load_library
        from trainer.gui.operations import run_in_background
        from trainer.paths import course_roots

        if self.loaded:
            return
        self.loaded = True
        from trainer.gui.backups import Backups

        self.backups = Backups(self)
        self.build_menus()
        self.context.course_loads = load_library(course_roots(), deep=False)
        run_in_background(lambda progress: _open_database(), self.database_ready, self.database_failed)

    def database_ready(self, database) -> None:
        from trainer.gui.operations import run_in_background

        self.context.database = database
        self.ready = True
        self.save_what_last_run_left(database)
        if self.context.preferences.language is None:
            self.show_language_choice()
        else:
            self.go("profiles")
        import gc

        gc.freeze()  # what start-up made lives on: full collections no longer walk it (a 170-210 ms freeze)
        run_in_background(_warm_up, lambda _result: None)

    def save_what_last_run_left(self, database) -> None:
        """Answers and lessons a previous run could not save (the database was busy, the disk full) are saved
        now, through the learner's writer, before anything new; the learner is told how many."""
        from trainer.gui.saving import writer_for
        from trainer.progress.journal import replay, waiting

        left = waiting(database)
        if not left:
            return
        courses = {course.id: course for course in self.context.courses}

        def saved(counts) -> None:
            done, refused = counts
            message = self.tr("Saved {count} answer(s) or lesson(s) that could not be saved last time.").format(
                count=done)
            if refused:
                message += " " + self.tr("{count} could not be saved: their course or quiz is no longer here.").format(
                    count=refused)
            self.statusBar().showMessage(message, 15000)

        writer_for(database).submit("journal", lambda db: replay(db, courses), owner=self, on_done=saved, journal=left)

    def database_failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from trainer.storage.backups import DatabaseProblem

        if isinstance(error, DatabaseProblem):  # damaged, emptied, not SQLite, or a failed upgrade: offer a backup
            from trainer.gui.backups import offer_restore

            offer_restore(self, error)
            return
        QMessageBox.critical(self, self.tr("Trainer"), self.tr("The database could not be opened:\n{error}").format(error=error))

    # -- menus ---------------------------------------------------------------------------------------

    def build_menus(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        bar = self.menuBar()
        bar.clear()
        self.actions_needing_profile: list[QAction] = []

        def action(menu, text, slot, shortcut=None, needs_profile=True):
            item = QAction(text, self)
            if shortcut:
                item.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            item.triggered.connect(slot)
            menu.addAction(item)
            if needs_profile:
                self.actions_needing_profile.append(item)
            return item

        file_menu = bar.addMenu(self.tr("&File"))
        action(file_menu, self.tr("Switch &profile…"), lambda: self.go("profiles"), "Ctrl+Shift+P")
        file_menu.addSeparator()
        action(file_menu, self.tr("&Save my progress to a USB stick…"), self.save_progress_to_usb, "Ctrl+Shift+S")
        action(file_menu, self.tr("Prepare this laptop for a &workshop…"), self.prepare_laptop, needs_profile=False)
        file_menu.addSeparator()
        self.backup_action = action(file_menu, self.tr("&Back up now"), lambda: self.backups.back_up_now(),
                                    needs_profile=False)
        action(file_menu, self.tr("&Restore from backup…"), lambda: self.backups.choose_and_restore(),
               needs_profile=False)
        file_menu.addSeparator()
        action(file_menu, self.tr("&Quit"), self.close, QKeySequence.Quit, needs_profile=False)
        go_menu = bar.addMenu(self.tr("&Go"))
        action(go_menu, self.tr("Course &home"), lambda: self.go("course", self.current_course_id()), "Alt+Home")
        action(go_menu, self.tr("&My progress"), lambda: self.go("progress", self.current_course_id()), "Ctrl+Shift+M")
        action(go_menu, self.tr("All &courses"), lambda: self.go("courses"), "Ctrl+Shift+C")
        action(go_menu, self.tr("&Back"), self.back, QKeySequence.Back)
        view_menu = bar.addMenu(self.tr("&View"))
        action(view_menu, self.tr("&Larger text"), lambda: self.text_size(+1),
               [QKeySequence(QKeySequence.ZoomIn), QKeySequence("Ctrl+=")])
        action(view_menu, self.tr("&Smaller text"), lambda: self.text_size(-1), QKeySequence.ZoomOut)
        action(view_menu, self.tr("&Normal text size"), lambda: self.text_size(None), "Ctrl+0")
        view_menu.addSeparator()
        action(view_menu, self.tr("&Presentation mode"), self.start_presentation, "F5")
        language_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for lang, label in (("es", "Español"), ("en", "English")):
            item = action(language_menu, label, lambda _=False, lang=lang: self.set_language(lang), needs_profile=False)
            item.setCheckable(True)
            item.setChecked(lang == self.context.lang)
            group.addAction(item)
        trainer_menu = bar.addMenu(self.tr("&Trainer"))
        self.console_action = action(trainer_menu, self.tr("Trainer &console…"), self.open_console, "Ctrl+Shift+T")
        trainer_menu.addSeparator()
        self.setup_action = action(trainer_menu, self.tr("Set &up the organization on this laptop…"),
                                   self.set_up_organization, needs_profile=False)
        help_menu = bar.addMenu(self.tr("&Help"))
        action(help_menu, self.tr("&Verify a certificate…"), self.verify_certificate, "Ctrl+Shift+V", needs_profile=False)
        action(help_menu, self.tr("&About Trainer"), self.about, needs_profile=False)
        self.update_actions()

    def update_actions(self) -> None:
        for item in self.actions_needing_profile:
            item.setEnabled(self.context.participant is not None)
        self.console_action.setEnabled(self.is_leader())
        database = self.context.database
        if database is None:
            self.setup_action.setEnabled(False)
        else:
            from trainer.trust import has_leaders

            self.setup_action.setEnabled(not has_leaders(database))

    def roles_changed(self) -> None:
        """A role changed in the console: the menus follow, and whoever is no longer a trainer leaves the console."""
        self.update_actions()
        if self.location == ("console",) and not self.is_leader():
            self.go("course", self.current_course_id())

    def is_leader(self) -> bool:
        """Whether the chosen profile is a trainer or organizer of this laptop (a role granted here, never chosen)."""
        participant, database = self.context.participant, self.context.database
        if participant is None or database is None:
            return False
        from trainer.trust import is_leader

        return is_leader(database, participant.id)

    # -- language and profile ------------------------------------------------------------------------

    def show_language_choice(self) -> None:
        from trainer.gui.screens.profiles import LanguageScreen

        screen = LanguageScreen()
        screen.chosen.connect(self.first_language)
        self.set_screen(screen)

    def first_language(self, lang: str) -> None:
        self.set_language(lang)
        self.go("profiles")

    def set_language(self, lang: str, reopen: bool = True) -> None:
        """Switch the whole interface, remember it, and come back to the same place (unless `reopen` is False:
        the caller goes somewhere else next)."""
        from trainer.gui.i18n import install_language

        install_language(lang)
        self.context.lang = lang
        self.context.preferences.language = lang
        participant = self.context.participant
        if participant is not None and participant.language != lang:
            from trainer.people.service import set_language

            set_language(self.context.database, participant.id, lang)
            participant.language = lang
        self.build_menus()
        if reopen and self.location is not None:
            self.open(*self.location)

    def choose_participant(self, person) -> None:
        self.context.proof = None
        self.context.participant = None  # the previous profile keeps its own language
        if person.language != self.context.lang:
            self.set_language(person.language, reopen=False)
        self.context.participant = person
        self.history.clear()
        self.update_actions()
        self.go("course", self.context.preferences.last_course(person.id) or self.default_course_id())

    # -- navigation ----------------------------------------------------------------------------------

    def default_course_id(self) -> str | None:
        courses = self.context.courses
        return courses[0].id if courses else None

    def current_course_id(self) -> str | None:
        if self.location and len(self.location) > 1 and self.location[0] != "profiles":
            return self.location[1]
        participant = self.context.participant
        return (participant and self.context.preferences.last_course(participant.id)) or self.default_course_id()

    def go(self, name: str, *args) -> None:
        """Open a location and remember where we came from."""
        if self.location is not None and self.location != (name, *args):
            self.history.append(self.location)
        self.open(name, *args)

    def back(self) -> None:
        if self.history:
            self.open(*self.history.pop())

    def open(self, name: str, *args) -> None:
        context = self.context
        if name != "console":
            context.proof = None  # the console's PIN is asked again next time: a trainer who steps away is safe
        if name == "profiles":
            from trainer.gui.screens.profiles import ProfilesScreen

            context.participant = None
            self.update_actions()
            self.history.clear()
            screen = ProfilesScreen(context)
            screen.chosen.connect(self.choose_participant)
        elif name == "console":
            from trainer.gui.console import ConsoleScreen

            participant = context.participant
            if context.proof is None or participant is None or context.proof.actor_id != participant.id:
                self.open_console()  # back to the console (Back, a stale place): the PIN is asked again
                return
            screen = ConsoleScreen(context)
        elif name == "courses":
            from trainer.gui.screens.courses import CoursesScreen

            screen = CoursesScreen(context)
            screen.open_course.connect(lambda course_id: self.go("course", course_id))
        else:
            course = context.course(args[0]) if args and args[0] else None
            if course is None:
                self.open("courses")
                return
            context.preferences.set_last_course(context.participant.id, course.id)
            screen = self.course_screen(name, course, *args[1:])
        self.location = (name, *args)
        self.set_screen(screen)

    def course_screen(self, name: str, course, *args) -> QWidget:
        context = self.context
        if name == "course":
            from trainer.gui.screens.course_home import CourseHome

            screen = CourseHome(context, course)
            screen.course_chosen.connect(lambda course_id: self.go("course", course_id))
        elif name == "lesson":
            from trainer.gui.screens.lesson import LessonReader

            screen = LessonReader(context, course, args[0])
        elif name == "quiz":
            from trainer.gui.screens.quiz import QuizScreen

            screen = QuizScreen(context, course, args[0])
        elif name == "lab":
            from trainer.gui.screens.lab import LabScreen

            screen = LabScreen(context, course, args[0])
        else:
            from trainer.gui.screens.progress import ProgressScreen

            screen = ProgressScreen(context, course)
        for signal, target in (("open_lesson", "lesson"), ("open_quiz", "quiz"), ("open_lab", "lab")):
            if hasattr(screen, signal):
                getattr(screen, signal).connect(lambda course_id, item_id, target=target: self.go(target, course_id, item_id))
        if hasattr(screen, "back_to_course"):
            screen.back_to_course.connect(lambda course_id: self.go("course", course_id))
        return screen

    def set_screen(self, screen: QWidget) -> None:
        old = self.stack.currentWidget()
        self.current_screen = screen  # the screen as built (its Python attributes), for menus and tests
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def open_console(self) -> None:
        """The console holds everyone's data: its PIN is asked again, so a trainer who steps away is safe."""
        from trainer.gui.screens.profiles import PinDialog, leader_pin_check

        participant = self.context.participant
        if not self.is_leader() or self.location == ("console",):
            return
        database = self.context.database
        self.pin_dialog = PinDialog(database, [(participant.id, participant.name)],
                                    leader_pin_check(database, "open-console"), self.context.lang, self,
                                    title=self.tr("Trainer console"))
        self.pin_dialog.proved.connect(self.console_proved)
        self.pin_dialog.open()

    def console_proved(self, proof) -> None:
        participant = self.context.participant
        if participant is None or proof.actor_id != participant.id:  # the profile changed meanwhile
            return
        self.context.proof = proof
        self.go("console")

    def set_up_organization(self) -> None:
        """First run on a laptop with no trainer or organizer: the organization, its key and its first organizer."""
        from trainer.gui.organization import SetUpDialog
        from trainer.trust import has_leaders

        if self.context.database is None or has_leaders(self.context.database):
            self.update_actions()
            return
        self.setup_dialog = SetUpDialog(self.context, self)
        self.setup_dialog.done_setting_up.connect(self.organization_set_up)
        self.setup_dialog.open()

    def organization_set_up(self, proof) -> None:
        """The first organizer is chosen as the profile and the console opens with the proof just made."""
        from trainer.people.service import get_participant

        person = get_participant(self.context.database, proof.actor_id)
        self.choose_participant(person)
        self.context.proof = proof
        self.go("console")

    # -- USB sticks and certificates -----------------------------------------------------------------

    def save_progress_to_usb(self) -> None:
        from trainer.gui.usb import save_my_progress

        if self.context.participant is not None:
            self.usb_job = save_my_progress(self, self.context)

    def prepare_laptop(self) -> None:
        from trainer.gui.usb import prepare_this_laptop

        if self.context.database is not None:
            self.usb_job = prepare_this_laptop(self, self.context)
            self.usb_job.prepared.connect(lambda: self.location == ("profiles",) and self.open("profiles"))

    def verify_certificate(self) -> None:
        from trainer.gui.verify import VerifyDialog

        if self.context.database is not None:
            self.verify_dialog = VerifyDialog(self.context, self)
            self.verify_dialog.open()

    # -- view ----------------------------------------------------------------------------------------

    def text_size(self, steps: int | None) -> None:
        screen = self.current_screen
        if hasattr(screen, "change_text_size"):
            screen.change_text_size(steps)

    def start_presentation(self) -> None:
        from trainer.gui.screens.presentation import PresentationWindow

        course = self.context.course(self.current_course_id() or "")
        if course is None:
            return
        if self.location and self.location[0] == "lesson":
            lesson_id = self.location[2]
        else:
            lesson_id = self.context.preferences.last_lesson(self.context.participant.id, course.id) or course.lessons()[0].id
        self.presentation = PresentationWindow(self.context, course, lesson_id)
        self.presentation.showFullScreen()

    def about(self) -> None:
        """The version, and what the app is made of with each licence (read from what is installed)."""
        from html import escape

        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        from trainer.about import FONTS, libraries, version_line

        rows = "".join(f"<tr><td>{escape(name)}</td><td>{escape(version)}</td><td>{escape(licence)}</td></tr>"
                       for name, version, licence in libraries())
        fonts, fonts_licence, fonts_file = FONTS
        text = (f"<h2>{escape(version_line())}</h2><p>"
                + escape(self.tr("Offline courseware for e-commerce training in Latin America and the Caribbean. "
                                 "Works with no internet connection.")) + "</p><h3>"
                + escape(self.tr("Made with")) + "</h3><table cellpadding='3'><tr><th align='left'>"
                + "</th><th align='left'>".join(escape(h) for h in (self.tr("Library"), self.tr("Version"),
                                                                    self.tr("Licence")))
                + f"</th></tr>{rows}<tr><td>{escape(fonts)}</td><td></td><td>{escape(fonts_licence)}</td></tr>"
                + "</table><p>" + escape(self.tr("The fonts' licence in full: {file}").format(file=fonts_file))
                + "</p>")
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("About Trainer"))
        browser = QTextBrowser()
        browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        dialog.resize(min(640, screen.width()), min(520, screen.height()))
        self.about_dialog = dialog
        dialog.open()


def _open_database():
    from trainer.files import remove_stale_parts
    from trainer.paths import data_dir, exports_dir
    from trainer.storage.database import open_database

    database = open_database()
    database.device_id()
    for folder in (exports_dir(), data_dir()):  # half-written files a crash left behind, hidden but not wanted
        remove_stale_parts(folder, recursive=True)
    return database


def _warm_up(progress) -> None:
    """Build the Markdown parser off the GUI thread while the learner picks a profile, so the first lesson
    opens as fast as the next."""
    from trainer.courses.markdown import parser

    parser()
