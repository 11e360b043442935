"""SteadyLabel: its room is the same empty or full, and a long message is cut, not grown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from alsdesk.ui.common.steady import ELLIPSIS, SteadyLabel

LONG = "The arrival time must fall within the meeting. " * 6


def test_a_message_takes_the_room_it_had_when_empty(qtbot):
    label = SteadyLabel(2)
    qtbot.addWidget(label)
    label.resize(240, label.height())
    empty = label.sizeHint().height(), label.height()

    label.setText(LONG)

    assert (label.sizeHint().height(), label.height()) == empty
    assert label.text() == LONG  # the whole message for whoever reads it
    assert label.toolTip() == LONG
    assert shown_text(label).endswith(ELLIPSIS)

    label.setText("Saved")
    assert label.toolTip() == "" and shown_text(label) == "Saved"


def test_a_label_sized_for_its_notes_keeps_that_width(qtbot):
    label = SteadyLabel(widths=("Changes are saved as you go", "All changes saved"))
    qtbot.addWidget(label)
    width = label.width()
    label.setText("Not saved: the disk is full and nothing more can be written to it")
    assert label.width() == width
    assert label.toolTip().startswith("Not saved")


def shown_text(label: SteadyLabel) -> str:
    """What Qt paints (SteadyLabel.text() is the whole message)."""
    return QLabel.text(label)
