"""The colours and type sizes that alsdesk's windows and PDFs share, by meaning, without Qt.

Every colour in alsdesk is written here once, as a ``#rrggbb`` string, and read through
``current()``: Qt code converts with ``QColor(theme.current().screen.error)`` or puts the
string into a style sheet, reportlab with ``colors.HexColor(theme.current().paper.ink)``.
A dark or high-contrast theme is another ``Theme`` instance chosen in ``current()``.

The swatches below are the raw values; a swatch appears under two names only where the two
meanings really are the same colour (the PDFs' ink and the text on a search highlight, say).
Charts in a window pick ``chart_on_dark`` when the system palette is dark, because the shades
drawn on white lack contrast there; PDFs are always printed on ``paper``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# -- swatches: each colour literal in alsdesk, once ---------------------------------------

_WHITE = "#ffffff"
_INK = "#1f2933"
_SLATE_HINT = "#52606d"
_GREY_SECONDARY = "#4b5563"
_GREY_CLOSED = "#5f6673"
_GREY_DASH = "#b8c2cc"
_RED = "#b42318"
_RED_PROBLEM = "#b3261e"
_RED_BAR = "#d92d20"
_AMBER_BACK = "#fff4e5"
_AMBER_TEXT = "#7a4100"
_AMBER_BORDER = "#f0b860"
_AMBER_GUARD_TEXT = "#7a3e00"
_AMBER_GUARD_BORDER = "#f5c78a"
_AMBER_CAUTION_TEXT = "#7a2e0e"
_AMBER_BAR = "#f79009"
_AMBER_FAIR_TEXT = "#93370d"
_AMBER_FLAG = "#9a5b00"
_ORANGE_WARNING = "#a64b00"
_BLUE_BACK = "#dbeafe"
_BLUE_TEXT = "#1e3a8a"
_GREEN_BACK = "#dcfce7"
_GREEN_TEXT = "#14532d"
_GREEN_BAR = "#12b76a"
_GREEN_SUCCESS = "#05603a"
_PLANNED_BACK = "#e4e7eb"
_PLANNED_TEXT = "#323f4b"
_STOPPED_BACK = "#f3f4f6"
_APOLOGIES_BACK = "#fef3c7"
_ABSENT_BACK = "#fee2e2"
_MARK_BACK = "#fde68a"
_TIMER_TEXT = "#102a43"
_TIMER_BACK = "#f0f4f8"
_TIMER_SOON_TEXT = "#7c4a03"
_TIMER_SOON_BACK = "#fff3c4"
_ICON_STROKE = "#2f4f6f"
# Charts after Okabe & Ito, which stay apart for colour-blind readers.
_OI_BLUE = "#0072b2"
_OI_SKY = "#56b4e9"
_OI_VERMILION = "#d55e00"
_OI_VERMILION_LIGHT = "#f28c3b"
_OI_GREEN = "#009e73"
_OI_PURPLE = "#8e3b8a"
_OI_PURPLE_LIGHT = "#d08cc8"
_OI_PINK = "#cc79a7"
_GREEN_TARGET = "#00795c"
_GREEN_TARGET_LIGHT = "#2bc49a"
# The PDFs.
_PAPER_MUTED = "#616e7c"
_PAPER_ACCENT = "#1f4e79"
_PAPER_RULE = "#c3ccd6"
_PAPER_HEADER = "#e4ebf2"
_PAPER_ZEBRA = "#f5f7fa"
_PAPER_CODE = "#eef1f4"
_PAPER_MEDIAN = "#4d5a66"
_PAPER_TARGET = "#007a5a"
_PAPER_TREND = "#7b3294"
_PAPER_GRID = "#e6eaef"
# NHS England's Making Data Count (as NHSRplotthedots draws it): grey common cause,
# blue improvement, orange concern, a red target line.
_MDC_COMMON = "#a6a6a6"
_MDC_IMPROVEMENT = "#00b0f0"
_MDC_CONCERN = "#e46c0a"
_MDC_TARGET = "#de1b1b"
# The window itself (the Qt palette), light.
_L_WINDOW = "#f4f5f7"
_L_BUTTON = "#e9ecef"
_L_HIGHLIGHT = "#1f5fa8"
_L_LINK = "#1a56a8"
_L_PLACEHOLDER = "#5f6b78"
_L_DARK = "#7b8794"
_L_SHADOW = "#3e4c59"
_L_TOOLTIP = "#fffbe6"
_L_FOCUS = "#1a5fb4"
# Dark.
_D_WINDOW = "#1e2227"
_D_BASE = "#16191d"
_D_ALTERNATE = "#22272d"
_D_BUTTON = "#2c3239"
_D_TEXT = "#e8eaed"
_D_MID = "#4b535c"
_D_MIDLIGHT = "#363d45"
_D_LIGHT = "#434b54"
_D_DARK = "#0f1114"
_D_SHADOW = "#050607"
_D_HIGHLIGHT = "#2a64a8"
_D_LINK = "#8cc4ff"
_D_PLACEHOLDER = "#a0aab4"
_D_DISABLED = "#8b949e"
_D_HINT = "#aab4bf"
_D_SECONDARY = "#b9c2cc"
_D_ERROR = "#ff8a80"
_D_PROBLEM = "#ff9a90"
_D_SUCCESS = "#6fdc9c"
_D_ATTENTION = "#f5b94a"
_D_CLOSED = "#9ca3af"
_D_EMPTY_BORDER = "#5a646e"
_D_NEXT_ROW = "#1d3557"
_D_ICON_STROKE = "#9fc1e0"
_D_PRESENT = "#1f4d33"
_D_APOLOGIES = "#5a4a12"
_D_ABSENT = "#5c2626"
_D_FOCUS = "#7ab8ff"
_D_TIMER_SOON_BACK = "#4a3606"
_D_OUTLINE = "#7d8793"


# -- the roles ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Tone:
    """A fill and the text on it (a status pill, the timer's face, a strength meter's bar)."""

    fill: str
    text: str


@dataclass(frozen=True)
class Banner:
    """A notice box: its background, its text and its border (or left edge), if any."""

    fill: str
    text: str
    border: str | None = None


@dataclass(frozen=True)
class GoalStatusColours:
    planned: Tone
    active: Tone
    on_hold: Tone
    achieved: Tone
    stopped: Tone


@dataclass(frozen=True)
class AttendanceColours:
    """The background of a member's checked attendance button."""

    present: str
    apologies: str
    absent: str
    late: str
    checked_border: str


@dataclass(frozen=True)
class TimerColours:
    """The airtime clock's face: before anyone speaks, while speaking, near and past the end."""

    idle: Tone
    normal: Tone
    two_minutes: Tone
    over: Tone


@dataclass(frozen=True)
class StrengthColours:
    """A passphrase strength meter: bar fill and the darker word beside it."""

    weak: Tone
    fair: Tone
    strong: Tone


@dataclass(frozen=True)
class ScreenColours:
    """Colours the Qt widgets set on top of the system palette."""

    hint: str  # hints, summaries, prompts and asides beside the main text
    secondary: str  # a page's subtitle, the journal's counts and save state
    error: str  # error messages, invalid fields, overdue and absent rows, over a limit
    problem: str  # the problems found in a backup chosen for restore
    success: str  # a step done (the recovery key saved)
    attention: str  # a flagged clash or warning in a list or dialog
    closed: str  # a closed plan item
    empty_border: str  # the dashed frame around an empty list's hint
    next_row: str  # the background of the next meeting in an agenda
    icon_stroke: str  # line icons drawn in code (the journal's padlock)
    search_mark: Tone  # a search hit highlighted in the journal's list
    warning: Banner  # a due item, a member already known
    guard: Banner  # patient data suspected in a journal entry
    caution: Banner  # the journal's "no way back without the passphrase"
    damaged: Banner  # journal entries that cannot be read
    goal_status: GoalStatusColours
    attendance: AttendanceColours
    timer: TimerColours
    strength: StrengthColours


@dataclass(frozen=True)
class ChartColours:
    """Run chart and radar series in a window; ``profiles`` are the radar's outlines."""

    series: str
    shift: str
    trend: str
    target: str
    profiles: tuple[str, ...]


@dataclass(frozen=True)
class PaperChartColours:
    """The PDFs' charts; ``radar`` are the outlines from the latest assessment back."""

    median: str
    target: str
    shift: str
    trend: str
    grid: str
    radar: tuple[str, ...]


@dataclass(frozen=True)
class PaperColours:
    """The PDFs: text, accents, table rules and fills, the charts."""

    paper: str
    ink: str
    muted: str
    accent: str
    rule: str
    header_fill: str
    zebra_fill: str
    code_fill: str
    warning: str
    chart: PaperChartColours


@dataclass(frozen=True)
class PaperSizes:
    """Type sizes in points for the PDFs (leading is set beside each style)."""

    title: float = 20
    part: float = 16
    subtitle: float = 13
    section: float = 13
    stage: float = 12  # a journal entry's stage heading
    markdown_h1: float = 11.5
    markdown_h2: float = 10.5
    empty: float = 11
    meta: float = 10
    body: float = 9.5
    subsection: float = 9.5
    cell: float = 9
    head: float = 8.5
    printed: float = 8.5
    note: float = 8
    dense: float = 8
    footer: float = 8
    small: float = 7.5
    chart_label: float = 7.5
    chart_tick: float = 7
    chart_legend: float = 7
    footer_small: float = 7
    chart_hint: float = 9


@dataclass(frozen=True)
class ScreenSizes:
    """Widget type sizes, as multiples of the application font (which follows the system's)."""

    hint: float = 1.2  # an empty page's or empty pane's hint
    page_title: float = 1.5  # a set's or a person's name above its page
    welcome_title: float = 1.8
    meeting_title: float = 1.4
    recovery_key: float = 1.5
    plan_heading: float = 1.2
    prompt: float = 0.9  # the prompts under a self-assessment's questions
    chart_small: float = 0.9  # chart ticks, legends and notes


@dataclass(frozen=True)
class SpcColours:
    """The XmR chart's points, icons and lines, on screen and on paper alike."""

    common: str
    improvement: str
    concern: str
    target: str
    limit: str


@dataclass(frozen=True)
class ScreenPalette:
    """The window's own colours, given to Qt as its palette (``ui/common/appearance.py``).

    Each text colour is chosen against the background it is drawn on to meet WCAG AA
    (4.5:1; ``tests/test_theme_contrast.py`` computes every pair). ``focus`` is the ring
    drawn round the control that has the keyboard focus.
    """

    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled_text: str
    tooltip_base: str
    tooltip_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    focus: str
    outline: str  # the edge of a field, a tick box or a radio button (3:1 on the window)


@dataclass(frozen=True)
class Theme:
    name: str
    screen: ScreenColours
    chart: ChartColours  # on a light window
    chart_on_dark: ChartColours  # when the system palette is dark
    paper: PaperColours
    paper_sizes: PaperSizes
    screen_sizes: ScreenSizes
    spc: SpcColours
    palette: ScreenPalette

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light",
    screen=ScreenColours(
        hint=_SLATE_HINT,
        secondary=_GREY_SECONDARY,
        error=_RED,
        problem=_RED_PROBLEM,
        success=_GREEN_SUCCESS,
        attention=_AMBER_FLAG,
        closed=_GREY_CLOSED,
        empty_border=_GREY_DASH,
        next_row=_BLUE_BACK,
        icon_stroke=_ICON_STROKE,
        search_mark=Tone(fill=_MARK_BACK, text=_INK),
        warning=Banner(fill=_AMBER_BACK, text=_AMBER_TEXT, border=_AMBER_BORDER),
        guard=Banner(fill=_AMBER_BACK, text=_AMBER_GUARD_TEXT, border=_AMBER_GUARD_BORDER),
        caution=Banner(fill=_AMBER_BACK, text=_AMBER_CAUTION_TEXT, border=_AMBER_BAR),
        damaged=Banner(fill=_AMBER_BACK, text=_ORANGE_WARNING),
        goal_status=GoalStatusColours(
            planned=Tone(fill=_PLANNED_BACK, text=_PLANNED_TEXT),
            active=Tone(fill=_BLUE_BACK, text=_BLUE_TEXT),
            on_hold=Tone(fill=_AMBER_BACK, text=_AMBER_TEXT),
            achieved=Tone(fill=_GREEN_BACK, text=_GREEN_TEXT),
            stopped=Tone(fill=_STOPPED_BACK, text=_GREY_CLOSED),
        ),
        attendance=AttendanceColours(
            present=_GREEN_BACK,
            apologies=_APOLOGIES_BACK,
            absent=_ABSENT_BACK,
            late=_BLUE_BACK,
            checked_border=_SLATE_HINT,
        ),
        timer=TimerColours(
            idle=Tone(fill=_TIMER_BACK, text=_SLATE_HINT),
            normal=Tone(fill=_TIMER_BACK, text=_TIMER_TEXT),
            two_minutes=Tone(fill=_TIMER_SOON_BACK, text=_TIMER_SOON_TEXT),
            over=Tone(fill=_RED, text=_WHITE),
        ),
        strength=StrengthColours(
            weak=Tone(fill=_RED_BAR, text=_RED),
            fair=Tone(fill=_AMBER_BAR, text=_AMBER_FAIR_TEXT),
            strong=Tone(fill=_GREEN_BAR, text=_GREEN_SUCCESS),
        ),
    ),
    chart=ChartColours(
        series=_OI_BLUE,
        shift=_OI_VERMILION,
        trend=_OI_PURPLE,
        target=_GREEN_TARGET,
        profiles=(_OI_BLUE, _OI_VERMILION, _GREEN_TARGET, _OI_PURPLE),
    ),
    chart_on_dark=ChartColours(
        series=_OI_SKY,
        shift=_OI_VERMILION_LIGHT,
        trend=_OI_PURPLE_LIGHT,
        target=_GREEN_TARGET_LIGHT,
        profiles=(_OI_SKY, _OI_VERMILION_LIGHT, _GREEN_TARGET_LIGHT, _OI_PURPLE_LIGHT),
    ),
    paper=PaperColours(
        paper=_WHITE,
        ink=_INK,
        muted=_PAPER_MUTED,
        accent=_PAPER_ACCENT,
        rule=_PAPER_RULE,
        header_fill=_PAPER_HEADER,
        zebra_fill=_PAPER_ZEBRA,
        code_fill=_PAPER_CODE,
        warning=_ORANGE_WARNING,
        chart=PaperChartColours(
            median=_PAPER_MEDIAN,
            target=_PAPER_TARGET,
            shift=_OI_VERMILION,
            trend=_PAPER_TREND,
            grid=_PAPER_GRID,
            radar=(_PAPER_ACCENT, _OI_VERMILION, _OI_GREEN, _OI_PINK),
        ),
    ),
    paper_sizes=PaperSizes(),
    screen_sizes=ScreenSizes(),
    spc=SpcColours(
        common=_MDC_COMMON,
        improvement=_MDC_IMPROVEMENT,
        concern=_MDC_CONCERN,
        target=_MDC_TARGET,
        limit=_PAPER_MUTED,
    ),
    palette=ScreenPalette(
        window=_L_WINDOW,
        window_text=_INK,
        base=_WHITE,
        alternate_base=_PAPER_ZEBRA,
        text=_INK,
        button=_L_BUTTON,
        button_text=_INK,
        highlight=_L_HIGHLIGHT,
        highlighted_text=_WHITE,
        link=_L_LINK,
        placeholder=_L_PLACEHOLDER,
        disabled_text=_L_DARK,
        tooltip_base=_L_TOOLTIP,
        tooltip_text=_INK,
        light=_WHITE,
        midlight=_PLANNED_BACK,
        mid=_GREY_DASH,
        dark=_L_DARK,
        shadow=_L_SHADOW,
        focus=_L_FOCUS,
        outline=_L_DARK,
    ),
)

# The notices and pills (warning, guard, status, timer faces) carry their own fill and
# text, so they read the same on a dark window; what is drawn straight on the window's
# background, or behind its text, changes.
DARK = replace(
    LIGHT,
    name="dark",
    screen=replace(
        LIGHT.screen,
        hint=_D_HINT,
        secondary=_D_SECONDARY,
        error=_D_ERROR,
        problem=_D_PROBLEM,
        success=_D_SUCCESS,
        attention=_D_ATTENTION,
        closed=_D_CLOSED,
        empty_border=_D_EMPTY_BORDER,
        next_row=_D_NEXT_ROW,
        icon_stroke=_D_ICON_STROKE,
        attendance=AttendanceColours(
            present=_D_PRESENT,
            apologies=_D_APOLOGIES,
            absent=_D_ABSENT,
            late=_D_NEXT_ROW,
            checked_border=_D_HINT,
        ),
        timer=TimerColours(
            idle=Tone(fill=_D_ALTERNATE, text=_D_HINT),
            normal=Tone(fill=_D_ALTERNATE, text=_D_TEXT),
            two_minutes=Tone(fill=_D_TIMER_SOON_BACK, text=_D_ATTENTION),
            over=Tone(fill=_RED, text=_WHITE),
        ),
        strength=StrengthColours(
            weak=Tone(fill=_RED_BAR, text=_D_ERROR),
            fair=Tone(fill=_AMBER_BAR, text=_D_ATTENTION),
            strong=Tone(fill=_GREEN_BAR, text=_D_SUCCESS),
        ),
    ),
    palette=ScreenPalette(
        window=_D_WINDOW,
        window_text=_D_TEXT,
        base=_D_BASE,
        alternate_base=_D_ALTERNATE,
        text=_D_TEXT,
        button=_D_BUTTON,
        button_text=_D_TEXT,
        highlight=_D_HIGHLIGHT,
        highlighted_text=_WHITE,
        link=_D_LINK,
        placeholder=_D_PLACEHOLDER,
        disabled_text=_D_DISABLED,
        tooltip_base=_D_BUTTON,
        tooltip_text=_D_TEXT,
        light=_D_LIGHT,
        midlight=_D_MIDLIGHT,
        mid=_D_MID,
        dark=_D_DARK,
        shadow=_D_SHADOW,
        focus=_D_FOCUS,
        outline=_D_OUTLINE,
    ),
)

THEMES = {"light": LIGHT, "dark": DARK}
_chosen = LIGHT


def current() -> Theme:
    """The theme in use: light unless ``use`` chose another (at start-up, before the
    windows are built, as most widgets read their colours once)."""
    return _chosen


def use(name: str) -> Theme:
    """Make ``name`` ("light" or "dark") the theme ``current`` returns."""
    global _chosen
    _chosen = THEMES[name]
    return _chosen


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""

    def channel(text: str) -> float:
        value = int(text, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours, 1 to 21 (AA text needs 4.5)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
