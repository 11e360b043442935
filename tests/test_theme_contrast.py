"""Every text colour in the light and dark themes meets WCAG AA (4.5:1) on its background."""

from __future__ import annotations

import pytest

from alsdesk import theme

AA = 4.5


def text_pairs(chosen: theme.Theme) -> dict[str, tuple[str, str]]:
    """Each (text, background) pair the window draws, by a name for the failure message."""
    pal = chosen.palette
    screen = chosen.screen
    pairs = {
        "window text on window": (pal.window_text, pal.window),
        "text on base": (pal.text, pal.base),
        "text on alternate rows": (pal.text, pal.alternate_base),
        "button text on button": (pal.button_text, pal.button),
        "selected text on selection": (pal.highlighted_text, pal.highlight),
        "link on base": (pal.link, pal.base),
        "placeholder on base": (pal.placeholder, pal.base),
        "tooltip": (pal.tooltip_text, pal.tooltip_base),
        "text on the next meeting's row": (pal.text, screen.next_row),
        "search hit": (screen.search_mark.text, screen.search_mark.fill),
    }
    for role in ("hint", "secondary", "error", "problem", "success", "attention", "closed"):
        for ground in ("window", "base"):
            pairs[f"{role} on {ground}"] = (getattr(screen, role), getattr(pal, ground))
    for name in ("warning", "guard", "caution", "damaged"):
        banner = getattr(screen, name)
        pairs[f"{name} notice"] = (banner.text, banner.fill)
    for group in ("goal_status", "timer"):
        colours = getattr(screen, group)
        for field in colours.__dataclass_fields__:
            tone = getattr(colours, field)
            pairs[f"{group} {field}"] = (tone.text, tone.fill)
    for field in screen.strength.__dataclass_fields__:
        pairs[f"strength word {field}"] = (getattr(screen.strength, field).text, pal.window)
    for field in ("present", "apologies", "absent", "late"):
        pairs[f"attendance {field}"] = (pal.button_text, getattr(screen.attendance, field))
    return pairs


@pytest.mark.parametrize("chosen", [theme.LIGHT, theme.DARK], ids=lambda t: t.name)
def test_every_text_colour_meets_wcag_aa_on_its_background(chosen):
    low = {
        name: round(theme.contrast_ratio(text, ground), 2)
        for name, (text, ground) in text_pairs(chosen).items()
        if theme.contrast_ratio(text, ground) < AA
    }
    assert low == {}, f"{chosen.name}: below {AA}:1"


@pytest.mark.parametrize("chosen", [theme.LIGHT, theme.DARK], ids=lambda t: t.name)
def test_the_focus_ring_stands_out_from_the_window_and_the_fields(chosen):
    # WCAG 2.2 asks 3:1 for a focus indicator against what is next to it.
    pal = chosen.palette
    assert theme.contrast_ratio(pal.focus, pal.window) >= 3
    assert theme.contrast_ratio(pal.focus, pal.base) >= 3


@pytest.mark.parametrize("chosen", [theme.LIGHT, theme.DARK], ids=lambda t: t.name)
def test_a_fields_and_a_tick_boxs_edge_can_be_seen(chosen):
    # WCAG 2.1 1.4.11: 3:1 for the edge of a control against what is beside it.
    pal = chosen.palette
    assert theme.contrast_ratio(pal.outline, pal.window) >= 3
    assert theme.contrast_ratio(pal.outline, pal.base) >= 3


def test_contrast_ratio_matches_the_wcag_examples():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)


def test_the_dark_theme_is_dark_and_the_light_one_light():
    assert theme.luminance(theme.DARK.palette.window) < 0.05
    assert theme.luminance(theme.LIGHT.palette.window) > 0.8
    assert theme.DARK.dark and not theme.LIGHT.dark
