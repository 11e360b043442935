"""The synthesis as rich text for a QTextBrowser: self-view beside others', by dimension."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from alsdesk import theme
from alsdesk.services.feedback.synthesis import Gap, PromptView, Synthesis
from alsdesk.services.feedback.themes import comment_hash
from alsdesk.services.leadership import Level

SCREEN = theme.current().screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("SynthesisView", text)


def _level(value: float | int | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return Level(value).label
    return f"{value:.1f}"


def _comments(view: PromptView, marks: dict[tuple[str, str], str]) -> str:
    parts = []
    for group in view.groups:
        if group.label:
            parts.append(f"<p><b>{escape(group.label)}</b></p>")
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{escape(text).replace(chr(10), '<br>')}{_mark(view, text, marks)}</li>"
                for text in group.comments
            )
            + "</ul>"
        )
    if not view.groups:
        parts.append(f"<p><i>{escape(_tr('No comments on this question.'))}</i></p>")
    if view.self_answer:
        mine = escape(view.self_answer).replace("\n", "<br>")
        parts.append(f"<p><b>{escape(_tr('My own view'))}</b>: {mine}</p>")
    return "".join(parts)


def _mark(view: PromptView, text: str, marks: dict[tuple[str, str], str]) -> str:
    mark = marks.get((view.prompt.key, comment_hash(text)))
    return f" <b>[{escape(mark)}]</b>" if mark else ""


def synthesis_html(synthesis: Synthesis, marks: dict[tuple[str, str], str] | None = None) -> str:
    """``marks``: the member's themes, as text by (prompt key, comment hash)."""
    marks = marks or {}
    if synthesis.responses == 0:
        return f"<p>{escape(_tr('No replies yet. The synthesis appears as replies come in.'))}</p>"
    out = [
        f"<h2>{escape(synthesis.title)}</h2>",
        "<p>"
        + escape(
            _tr(
                "%d replies. Groups of fewer than three are merged into other colleagues, "
                "or shown without a group; comments are shuffled."
            )
            % synthesis.responses
        )
        + "</p>",
    ]
    if synthesis.has_ratings:
        out.append(f"<h3>{escape(_tr('Ratings: my view and others’'))}</h3>")
        out.append("<table cellspacing='0' cellpadding='4' border='1'>")
        out.append(
            "<tr>"
            + "".join(
                f"<th>{escape(h)}</th>"
                for h in (_tr("Dimension"), _tr("Me"), _tr("Others (mean)"), _tr("Difference"))
            )
            + "</tr>"
        )
        for d in synthesis.dimensions:
            mark = ""
            if d.gap is Gap.BLIND_SPOT:
                mark = f"<b style='color:{SCREEN.attention}'>{escape(d.gap.label)}</b>"
            elif d.gap is Gap.HIDDEN_STRENGTH:
                mark = f"<b>{escape(d.gap.label)}</b>"
            others = _level(d.others_mean)
            if d.others_mean is None and d.others_count:
                others = escape(_tr("fewer than three"))
            out.append(
                f"<tr><td>{d.number}. {escape(d.name)}</td><td>{escape(_level(d.self_level))}"
                f"</td><td>{others}</td><td>{mark}</td></tr>"
            )
        out.append("</table>")
    quiet = []
    for d in synthesis.dimensions:
        for view in d.prompts:
            if not view.groups and not view.self_answer:
                quiet.append(f"{d.number}. {d.name}")
                continue
            out.append(f"<h3>{d.number}. {escape(d.name)}</h3>")
            out.append(f"<p><i>{escape(view.prompt.text)}</i></p>")
            out.append(_comments(view, marks))
    for view in synthesis.open_questions:
        if not view.groups and not view.self_answer:
            quiet.append(view.prompt.text)
            continue
        out.append(f"<h3>{escape(view.prompt.text)}</h3>")
        out.append(_comments(view, marks))
    if quiet:
        out.append(f"<h3>{escape(_tr('No comments yet on'))}</h3>")
        out.append("<p>" + escape("; ".join(quiet)) + "</p>")
    return "".join(out)
