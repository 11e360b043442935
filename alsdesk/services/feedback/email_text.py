"""The plain-text version of a form, for people who cannot fill a PDF, and its parser.

Sections are marked by short lines of their own (``=== ANSWER 3 [key] ===``),
kept under 60 characters so no mail program wraps them; lines starting with
``##`` are our guidance and are ignored when the text comes back, as are the
``>`` of a quoted reply. The identifiers sit in an ``=== ID ===`` section, one
per line, and are checked like a form's.
"""

from __future__ import annotations

import re

from alsdesk.i18n import translate
from alsdesk.services.feedback import forms
from alsdesk.services.feedback.model import Answers, Relationship
from alsdesk.services.leadership import DIMENSIONS, Level

_MARKER = re.compile(r"^=== ([A-Z]+)(?: (\d+))?(?: \[([0-9a-z]+)\])? ===$")
_QUOTE = re.compile(r"^(?:> ?)+")
GUIDE = "## "


def render_email(content: forms.FormContent) -> str:
    """The whole form as text to paste into an email."""
    lines = [content.heading, content.title, ""]
    for paragraph in content.purpose:
        lines += [paragraph, ""]
    lines += [
        GUIDE
        + translate(
            "services",
            "Write your answers under each question. Keep the lines that start with === "
            "as they are, and reply with the whole text.",
        ),
        "",
        "=== ID ===",
        f"round: {content.round_uid}",
        f"request: {content.request_uid}",
        f"check: {content.check}",
        "",
        "=== RELATIONSHIP ===",
        GUIDE
        + translate("services", "How do you know them? One of: %s")
        % "; ".join(r.label for r in Relationship),
        content.relationship.label,
        "",
    ]
    for number, prompt in enumerate(content.prompts, start=1):
        lines.append(f"=== ANSWER {number} [{prompt.key}] ===")
        lines += [GUIDE + line for line in prompt.text.splitlines()]
        lines += ["", ""]
    if content.ratings:
        levels = ", ".join(level.label for level in Level)
        lines += [
            GUIDE
            + translate(
                "services", "Ratings (optional): write one of %s after a dimension, or nothing."
            )
            % levels,
            "",
        ]
        for dimension in DIMENSIONS:
            lines += [f"=== RATING {dimension.number} ===", GUIDE + dimension.name, "", ""]
    lines += [
        "=== CONSENT ===",
        GUIDE
        + translate(
            "services", "Line managers only: write yes to agree to be named in the summary."
        ),
        "",
        "=== END ===",
    ]
    return "\n".join(lines) + "\n"


def parse_email(text: str) -> forms.ReturnedForm | None:
    """What a pasted reply says; None if it has no identifiers section of ours."""
    sections: list[tuple[str, str, str, list[str]]] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _QUOTE.sub("", raw).rstrip()
        marker = _MARKER.match(line.strip())
        if marker:
            kind, number, key = marker.groups()
            sections.append((kind, number or "", key or "", []))
        elif sections and not line.lstrip().startswith(GUIDE.strip()):
            sections[-1][3].append(line)
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    ratings: dict[int, int] = {}
    relationship, may_name = None, False
    for kind, number, key, body in sections:
        value = "\n".join(body).strip()
        if kind == "ID":
            for line in body:
                name, _, found = line.partition(":")
                ids[name.strip().lower()] = found.strip()
        elif kind == "ANSWER" and key:
            texts[key] = value
        elif kind == "RATING" and number:
            level = forms.parse_level(value)
            if level is not None:
                ratings[int(number)] = level
        elif kind == "RELATIONSHIP":
            relationship = forms.parse_relationship(value)
        elif kind == "CONSENT":
            may_name = value.casefold() in {"yes", "y", translate("services", "yes").casefold()}
    if not {"round", "request", "check"} <= set(ids):
        return None
    return forms.ReturnedForm(
        round_uid=ids["round"],
        request_uid=ids["request"],
        check=ids["check"],
        answers=Answers(texts, ratings),
        relationship=relationship,
        may_name=may_name,
    )
