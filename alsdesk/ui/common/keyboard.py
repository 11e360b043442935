"""Conventions for keyboard use that several areas share.

A control that deliberately takes no keyboard focus (the airtime timer's buttons: Space
must start the clock, never press whichever button has the focus) carries its own
shortcut instead, and says so in the dynamic property ``KEYBOARD_ONLY_BY_SHORTCUT``
(the key, as text). The accessibility test accepts such a control as keyboard-reachable.
"""

from __future__ import annotations

KEYBOARD_ONLY_BY_SHORTCUT = "keyboard_shortcut"
