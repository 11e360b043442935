"""The Qt binding itself: a build that leaks references would crash a long session."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12; nothing to lose"
)
def test_repainting_does_not_use_up_references_to_none(qtbot):
    # PySide6 6.12.0 on Python 3.11 dropped one reference to None per call returning
    # nothing; a chart or the airtime clock repaints often enough to abort the app.
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) >= before - 10
