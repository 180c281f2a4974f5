"""Small widgets several screens use: headings, error lines, progress bars drawn with Qt."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget

PASSED_COLOR = QColor("#2e7d32")
PROGRESS_COLOR = QColor("#1d5fa7")
TRACK_COLOR = QColor("#dfe4ea")


def heading(text: str, size: int = 20) -> QLabel:
    """A bold title; `size` is relative to 13, the body text (20 is about one and a half times larger)."""
    label = QLabel(text)
    font = label.font()
    scale = size / 13
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.PlaceholderText)
    return label


class ErrorLine(QLabel):
    """A message under a form; starts with a warning sign so it does not rely on its colour."""

    def __init__(self):
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("color: #a4161a;")
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.setAccessibleName(text)
        self.show()


class ProgressBar(QWidget):
    """A bar that shows a share with its number printed on it, so it reads without colour."""

    def __init__(self, value: float = 0.0, text: str = "", passed: bool = False, parent=None):
        super().__init__(parent)
        self.value, self.text, self.passed = value, text, passed
        self.setMinimumHeight(22)
        self.setAccessibleName(text)

    def set(self, value: float, text: str, passed: bool = False) -> None:
        self.value, self.text, self.passed = max(0.0, min(1.0, value)), text, passed
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 22)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.NoPen)
        painter.setBrush(TRACK_COLOR)
        painter.drawRoundedRect(rect, 5, 5)
        if self.value > 0:
            filled = QRectF(rect.x(), rect.y(), rect.width() * self.value, rect.height())
            painter.setBrush(PASSED_COLOR if self.passed else PROGRESS_COLOR)
            painter.drawRoundedRect(filled, 5, 5)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        # dark text with a light halo reads on both the filled and the empty part
        painter.setPen(QColor("white"))
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            painter.drawText(rect.translated(dx, dy), Qt.AlignCenter, self.text)
        painter.setPen(QColor("#111111"))
        painter.drawText(rect, Qt.AlignCenter, self.text)


class FingerprintLabel(QLabel):
    """A laptop's fingerprint (16 digits in four groups) in large fixed-width digits, to read aloud and compare;
    it can be selected and copied."""

    def __init__(self, fingerprint: str = "", size: int = 26, parent=None):
        super().__init__(parent)
        from PySide6.QtGui import QFontDatabase

        font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        font.setPointSizeF(size)
        font.setBold(True)
        font.setWordSpacing(size * 0.7)  # wider gaps between the groups of four
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.StrongFocus)
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        self.setText(fingerprint)
        self.setAccessibleName(fingerprint)
