"""Filling our forms the way a respondent's PDF reader would: with pypdf, or with qpdf."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from alsdesk.services.feedback import forms


def answer_keys(path: Path) -> list[str]:
    """The prompt keys of a form's answer boxes, in page order."""
    return [
        name.removeprefix("answer_")
        for name in PdfReader(path).get_fields()
        if name.startswith("answer_")
    ]


def fill(
    path: Path,
    out: Path,
    answers: dict[str, str] | None = None,
    ratings: dict[int, int] | None = None,
    *,
    relationship: str | None = None,
    consent: bool = False,
    extra: dict[str, str] | None = None,
) -> Path:
    """``path`` filled in with pypdf and saved as ``out`` (as a reader saves a form)."""
    values: dict[str, str] = {forms.answer_field(k): v for k, v in (answers or {}).items()}
    values.update({forms.rating_field(d): str(v) for d, v in (ratings or {}).items()})
    if relationship:
        values[forms.FIELD_RELATIONSHIP] = relationship
    if consent:
        values[forms.FIELD_CONSENT] = "/Yes"
    values.update(extra or {})
    writer = PdfWriter(clone_from=str(path))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    with open(out, "wb") as handle:
        writer.write(handle)
    return out


def qpdf_available() -> bool:
    return shutil.which("qpdf") is not None


def qpdf_fill(path: Path, out: Path, values: dict[str, str], work: Path) -> Path:
    """``path`` with field values set by qpdf (JSON update), rewritten deterministically.

    qpdf rewrites the whole file (object streams, a cross-reference stream), as a
    reader other than pypdf would.
    """
    dumped = subprocess.run(
        ["qpdf", "--json=2", "--json-key=qpdf", str(path), "-"],
        check=True,
        capture_output=True,
    )
    objects = json.loads(dumped.stdout)["qpdf"][1]
    changed = {}
    for ref, obj in objects.items():
        value = obj.get("value")
        if isinstance(value, dict) and isinstance(value.get("/T"), str):
            name = value["/T"].removeprefix("u:")
            if name in values:
                new = values[name]
                value = dict(value)
                value["/V"] = new if new.startswith("/") else "u:" + new
                changed[ref] = {"value": value}
    update = work / "qpdf-update.json"
    update.write_text(
        json.dumps(
            {
                "qpdf": [
                    {
                        "jsonversion": 2,
                        "pushedinheritedpageresources": False,
                        "calledgetallpages": False,
                        "maxobjectid": 0,
                    },
                    changed,
                ]
            }
        ),
        encoding="utf-8",
    )
    subprocess.run(
        [
            "qpdf",
            str(path),
            str(out),
            f"--update-from-json={update}",
            "--object-streams=generate",
            "--deterministic-id",
        ],
        check=True,
        capture_output=True,
    )
    return out
