"""Every visible string is extracted for translators and found again at run time.

Three checks. The source check reads the code: ``self.tr`` only where the class
that says it is the class it is looked up under. The catalogue check runs
``pyside6-lupdate`` and compares with resources/translations/alsdesk.ts, so the
file a translator receives is never stale. The pseudo-translation check builds a
catalogue in which every string is a third longer and bracketed, renders each
page with it, and finds any visible text that is not bracketed (a string that
escaped extraction, or was looked up under another context) or that no longer
fits its widget.
"""

from __future__ import annotations

import ast
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from alsdesk.services.demo import create_demo
from alsdesk.ui.common.translations import install_translations, remove_translations
from tests.ui.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "alsdesk"
TEMPLATE = ROOT / "resources" / "translations" / "alsdesk.ts"
OPEN, CLOSE = "⟦", "⟧"
BRACKETED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # innermost first: they nest
# What a page shows that is not ours to translate: dates, times, numbers, file paths.
NOT_WORDS = re.compile(
    r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b"
    r"|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\b|\d+"
)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.fail(f"{name} is missing: it comes with PySide6")
    return found


def _sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py"))


def extract(ts: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *_sources(), "-ts", str(ts), "-no-obsolete"],
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


# -- the source ---------------------------------------------------------------


def _classes() -> dict[str, tuple[Path, ast.ClassDef]]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found[node.name] = (path, node)
    return found


def _base_names(node: ast.ClassDef) -> list[str]:
    return [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]


def _tr_calls(node: ast.AST) -> list[ast.Call]:
    return [
        call
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
    ]


def test_tr_is_called_on_self_only():
    """``view.tr`` is extracted under the name "view" and looked up under QListView."""
    wrong = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path in PACKAGE.rglob("*.py")
        for call in _tr_calls(ast.parse(path.read_text(encoding="utf-8")))
        if not (isinstance(call.func.value, ast.Name) and call.func.value.id == "self")
    ]
    assert wrong == []


def test_self_tr_is_looked_up_under_the_class_that_says_it():
    """``self.tr`` looks up under the object's class: not in mixins, not in base classes."""
    classes = _classes()
    subclassed = {base for _path, node in classes.values() for base in _base_names(node)}
    wrong = []
    for name, (path, node) in classes.items():
        if not _tr_calls(node):
            continue
        if name in subclassed:
            wrong.append(f"{name} ({path.relative_to(ROOT)}) is subclassed")
        if not node.bases:
            wrong.append(f"{name} ({path.relative_to(ROOT)}) is a mixin, not a QObject")
    assert wrong == []


def test_every_context_is_a_class_or_a_named_area():
    """A context lupdate made up from a variable's name ("parent", "") finds nothing."""
    with_tr = {name for name, (_p, node) in _classes().items() if _tr_calls(node)}
    contexts = {context for context, _source in messages(TEMPLATE)}
    assert "" not in contexts
    areas = {"services", "store", "documents"}  # Qt-free code: alsdesk.i18n.translate
    assert {c for c in contexts if not c[0].isupper()} <= areas
    assert with_tr <= contexts


# Errors whose message reaches the screen; raised with a literal, it would stay English.
USER_FACING_ERRORS = {
    "UserError",
    "NotFoundError",
    "ChangedElsewhereError",
    "StoreError",
    "StoreTooNewError",
    "BackupError",
    "JournalLockedError",
    "WrongPassphraseError",
    "BadPassphraseError",
    "BadRecoveryKeyError",
    "VaultLockedError",
    "WrongRecoveryKeyError",
    "KeyringDamagedError",
    "KeyringReplacedError",
}


def test_messages_raised_below_the_ui_are_marked_where_they_are_raised():
    """``raise UserError("...")`` must say ``translate("services", "...")`` instead."""
    wrong = []
    for folder in ("services", "store", "crypto", "documents"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                    continue
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                message = node.exc.args[0] if node.exc.args else None
                if isinstance(message, ast.BinOp):
                    message = message.left
                if name in USER_FACING_ERRORS and isinstance(message, ast.Constant | ast.JoinedStr):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert wrong == []


def test_the_translators_template_is_up_to_date(tmp_path):
    """resources/translations/alsdesk.ts holds exactly what the code says.

    Regenerate it with ``python packaging/update_translations.py``.
    """
    fresh = tmp_path / "fresh.ts"
    extract(fresh)
    assert messages(fresh) == messages(TEMPLATE)
    assert len(messages(TEMPLATE)) > 700


# -- at run time ----------------------------------------------------------------


def pseudo(text: str) -> str:
    """Bracketed and a third longer; placeholders, accelerators and tags kept."""
    return f"{OPEN}{text}{'~' * math.ceil(len(text) / 3)}{CLOSE}"


@pytest.fixture
def pseudo_language(qapp, tmp_path):
    source = tmp_path / "source.ts"
    extract(source)
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        text = pseudo(message.findtext("source") or "")
        if message.get("numerus") == "yes":  # "%n entries": one form per plural
            for form in translation.findall("numerusform") or [
                ET.SubElement(translation, "numerusform")
            ]:
                form.text = text
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    folder = tmp_path / "qm"
    folder.mkdir()
    tree.write(tmp_path / "pseudo.ts", encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            str(tmp_path / "pseudo.ts"),
            "-qm",
            str(folder / "alsdesk_eo.qm"),
        ],
        check=True,
        capture_output=True,
    )
    translators = install_translations(qapp, QLocale(QLocale.Language.Esperanto), folder)
    assert translators, "the pseudo catalogue did not load"
    yield
    remove_translations(qapp, translators)


def _visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    texts: list[tuple[QWidget, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if isinstance(widget.parent(), QTabBar):
            continue  # the tab bar's scroll arrows: Qt's own words, in Qt's catalogue
        if isinstance(widget, QLabel):
            texts.append((widget, widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append((widget, widget.text()))
            texts.append((widget, widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            texts.append((widget, widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append((widget, widget.placeholderText()))
        elif isinstance(widget, QTabBar):
            texts.extend((widget, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTableView | QTreeView):
            model = widget.model()
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            texts.extend(
                (widget, str(model.headerData(c, header.orientation()) or ""))
                for c in range(model.columnCount())
                if not header.isSectionHidden(c)
            )
        if widget.accessibleName():
            texts.append((widget, widget.accessibleName()))
    return texts


def _escaped(text: str, data: set[str]) -> str:
    """What is left of ``text`` once translations, data and numbers are taken out."""
    left = text
    while BRACKETED.search(left):  # a translated sentence holding translated words
        left = BRACKETED.sub(" ", left)
    left = re.sub(r"<[^>]+>|&[a-z]+;", " ", left)
    for value in sorted(data, key=len, reverse=True):
        left = left.replace(value, " ")
    left = NOT_WORDS.sub(" ", left)
    return " ".join(w for w in re.findall(r"[^\W\d_]{2,}", left))


def _data_values(services) -> set[str]:
    """Names, titles and venues users typed: shown as they are, in any language."""
    values: set[str] = set()
    for info in services.sets.list_sets():
        values.update({info.name, info.programme, info.venue, info.facilitator})
        for member in services.members.list_members(info.id):
            person = member.person
            values.update({person.full_name, person.job_title, person.organisation, person.email})
            values.update(person.full_name.split())
        values.update(line.lstrip("• ").strip() for line in info.ground_rules.splitlines())
        for event in services.schedule.list_events(info.id):
            values.update({event.title, event.venue})
        for meeting in services.meetings.meetings(info.id):
            values.update({meeting.title, meeting.venue})
    for person in services.people.directory():
        for goal in services.goals.list_goals(person.id):
            values.update({goal.title, goal.measure.name, goal.measure.unit, goal.problem})
            values.update({goal.why_it_matters, goal.scope, goal.stakeholders})
    return {v for v in values if v}


def _truncated(widget: QWidget) -> bool:
    if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
        if widget.textFormat() != widget.textFormat().PlainText and "<" in widget.text():
            return False
        shown = re.sub(r"&(.)", r"\1", widget.text())  # a mnemonic's & is not drawn
        width = max(widget.fontMetrics().horizontalAdvance(line) for line in shown.split("\n"))
        return width > widget.contentsRect().width() + 1
    if isinstance(widget, QAbstractButton) and widget.text() and widget.isVisible():
        return widget.sizeHint().width() > widget.width() + 1
    return False


def _visit_every_page(window, services, size, screenshot):
    """Show each page with demonstration data; yield its name once it is laid out."""
    [demo] = services.sets.list_sets()
    meeting = services.meetings.meetings(demo.id)[0]
    person = services.people.directory()[0]
    visits = [("home", None), ("set", demo.id), ("meeting", meeting.id), ("person", person.id)]
    visits.append(("journal", None))
    for name, subject in visits:
        assert window.show_page(name, subject), name
        QApplication.processEvents()
        screenshot(window, f"pseudo-{name}-{size[0]}")
        yield name


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_pseudo_translation_reaches_every_visible_string(
    qtbot, pseudo_language, make_window, services, screenshot, size
):
    create_demo(services, TODAY)
    window = make_window()
    window.resize(*size)
    data = _data_values(services)
    escaped: list[str] = []
    for name in _visit_every_page(window, services, size, screenshot):
        for widget, text in _visible_texts(window):
            if left := _escaped(text, data):
                kind = type(widget).__name__
                escaped.append(f"{name}: {kind} {widget.objectName()!r}: {text!r} ({left})")
    assert not escaped, "\n".join(escaped)


def test_text_a_third_longer_still_fits_a_1366_by_768_window(
    qtbot, pseudo_language, make_window, services, screenshot
):
    """Nothing is cut off and the window does not grow past the screen.

    At 1024x768 the meeting and goal pages still need about 1,150 px with text
    this long (their panels' rows of controls do not wrap): see the issue notes.
    """
    create_demo(services, TODAY)
    window = make_window()
    window.resize(1366, 768)
    truncated: list[str] = []
    for name in _visit_every_page(window, services, (1366, 768), screenshot):
        assert window.width() <= 1366, f"{name} widened the window to {window.width()} px"
        for widget, text in _visible_texts(window):
            if _truncated(widget) and widget.window() is window:
                truncated.append(
                    f"{name}: {type(widget).__name__} {widget.objectName()!r} {text!r}"
                )
    assert not truncated, "\n".join(truncated)
