"""Every colour alsdesk draws is named once, in alsdesk/theme.py, which needs no Qt."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

import alsdesk
from alsdesk import theme

PACKAGE = Path(alsdesk.__file__).parent
THEME_FILE = PACKAGE / "theme.py"
HEX = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b")
# A colour written some other way: CSS functions, reportlab's named colours other than
# black and white, a reportlab or Qt colour built from numbers or a name, a Qt named colour
# (transparent is no colour: a pixmap's empty start).
OTHER_COLOUR = re.compile(
    r"\b(?:rgba?|hsla?)\("
    r"|\bcolors\.(?!(?:white|black|Color|HexColor)\b)[a-z]\w*"
    r"|\bcolors\.Color\(\s*[\d.]"
    r"|\bQColor(?:\.fromRgb\w*)?\(\s*[\"'\d]"
    r"|\bQt\.GlobalColor\.(?!transparent\b)\w+"
    # a named colour in a style sheet, or in reportlab's <font color=...> markup
    r"|\b(?:color|background(?:-color)?|border(?:-\w+)?)\s*:\s*(?:[^;\"'{}]*\s)?"
    r"(?:red|green|blue|white|black|gr[ae]y|yellow|orange|purple|pink|brown|navy|teal)\b"
    r"|\b(?:back)?[cC]olor=[\"'](?!\{)"
)


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != THEME_FILE)


def colour_lines(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in source_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("  # ", 1)[0]
            if code.lstrip().startswith("#"):
                continue
            if pattern.search(code):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    return found


def test_no_colour_is_written_outside_the_theme():
    assert source_files(), "the scan found no source files"
    assert colour_lines(HEX) == []
    assert colour_lines(OTHER_COLOUR) == []


def test_the_scan_would_catch_a_colour_written_in_a_style_sheet_or_a_pdf(tmp_path):
    lines = [
        'ERROR_STYLE = "color: #b42318;"',
        'QColor("#fff")',
        "QColor(255, 0, 0)",
        "colors.HexColor('#1f2933ff')",
        "colors.red",
        "colors.Color(1, 1, 1, alpha=0.5)",
        'label.setStyleSheet("background: rgba(0, 0, 0, 40);")',
        "painter.setPen(Qt.GlobalColor.darkGray)",
        'label.setStyleSheet("QLabel { border: 1px solid grey; }")',
        "f'<font color=\"red\">{text}</font>'",
    ]
    for line in lines:
        assert HEX.search(line) or OTHER_COLOUR.search(line), line
    harmless = (
        "colors.white",
        "colors.HexColor(theme.current().paper.ink)",
        "see #12 above",
        '"color: palette(mid); font-size: 11pt;"',
        "f'<font color=\"{MUTED_HEX}\">none</font>'",
    )
    for line in harmless:
        assert not (HEX.search(line) or OTHER_COLOUR.search(line)), line


def test_the_theme_needs_no_qt_and_no_reportlab():
    tree = ast.parse(THEME_FILE.read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    }
    assert imported <= {"__future__", "dataclasses"}


def colours(value) -> list[str]:
    """Every colour string in a theme, however deeply its groups nest."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [c for item in value for c in colours(item)]
    if dataclasses.is_dataclass(value):
        return [
            c
            for field in dataclasses.fields(value)
            if field.name != "name"
            for c in colours(getattr(value, field.name))
        ]
    return []


def test_every_colour_is_a_hex_rrggbb_and_each_value_is_written_once():
    found = colours(theme.LIGHT) + colours(theme.DARK)
    assert len(found) > 50
    assert [c for c in found if not re.fullmatch(r"#[0-9a-f]{6}", c)] == []
    written = HEX.findall(THEME_FILE.read_text(encoding="utf-8"))
    assert sorted(written) == sorted(set(written)), "a colour literal is written twice"
    assert set(found) == set(written), "a swatch no role uses, or a role with its own literal"


def test_the_theme_is_frozen_and_current_is_light_unless_chosen():
    assert theme.current() is theme.LIGHT
    with pytest.raises(dataclasses.FrozenInstanceError):
        theme.LIGHT.screen = theme.LIGHT.screen  # type: ignore[misc]
