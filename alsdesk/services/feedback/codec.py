"""The byte form of each sealed feedback row: compact UTF-8 JSON, with its parent's uid.

Nothing here knows about encryption or the database. Each value names the uid of
the row it belongs under (``"in"``), checked when it is read, so ciphertext moved
under another round or request does not read as its child.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from alsdesk.services.feedback.model import (
    Answers,
    Prompt,
    Relationship,
    RequestStatus,
    RespondentDraft,
    ResponseDraft,
    RoundDraft,
    Source,
)

FORMAT_VERSION = 1


class FeedbackFormatError(ValueError):
    """Opened bytes that are not in the form expected, or under the wrong parent."""


def _dump(data: dict[str, Any]) -> bytes:
    return json.dumps(
        {"v": FORMAT_VERSION, **data}, ensure_ascii=False, separators=(",", ":")
    ).encode()


def _load(raw: bytes, parent: str | None) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeError, ValueError) as exc:
        raise FeedbackFormatError("not JSON") from exc
    if not isinstance(data, dict) or data.get("v") != FORMAT_VERSION:
        raise FeedbackFormatError("unknown format")
    if data.get("in") != parent:
        raise FeedbackFormatError("sealed for another parent")
    return data


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def encode_round(draft: RoundDraft, form_key: bytes, created_at: dt.datetime) -> bytes:
    return _dump(
        {
            "in": None,
            "title": draft.title,
            "deadline": draft.deadline.isoformat(),
            "prompts": [[p.key, p.text, p.dimension] for p in draft.prompts],
            "ratings": draft.ratings,
            "about": draft.about,
            "form_key": form_key.hex(),
            "created": created_at.isoformat(),
        }
    )


def decode_round(raw: bytes) -> tuple[RoundDraft, bytes, dt.datetime]:
    data = _load(raw, None)
    try:
        draft = RoundDraft(
            title=data["title"],
            deadline=dt.date.fromisoformat(data["deadline"]),
            prompts=tuple(Prompt(k, t, d) for k, t, d in data["prompts"]),
            ratings=bool(data["ratings"]),
            about=data["about"],
        )
        return draft, bytes.fromhex(data["form_key"]), dt.datetime.fromisoformat(data["created"])
    except (KeyError, TypeError, ValueError) as exc:
        raise FeedbackFormatError("round not in the expected form") from exc


def _answers(data: dict[str, Any]) -> Answers:
    return Answers(
        texts={str(k): str(v) for k, v in data["texts"].items()},
        ratings={int(k): int(v) for k, v in data["ratings"].items()},
    )


def _answers_data(answers: Answers) -> dict[str, Any]:
    return {
        "texts": dict(answers.texts),
        "ratings": {str(k): v for k, v in answers.ratings.items()},
    }


def encode_self_view(round_uid: str, answers: Answers) -> bytes:
    return _dump({"in": round_uid, **_answers_data(answers)})


def decode_self_view(raw: bytes, round_uid: str) -> Answers:
    data = _load(raw, round_uid)
    try:
        return _answers(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FeedbackFormatError("self-view not in the expected form") from exc


def encode_respondent(round_uid: str, draft: RespondentDraft) -> bytes:
    return _dump(
        {
            "in": round_uid,
            "name": draft.name,
            "email": draft.email,
            "relationship": draft.relationship.value,
            "may_name": draft.may_name,
        }
    )


def decode_respondent(raw: bytes, round_uid: str) -> RespondentDraft:
    data = _load(raw, round_uid)
    try:
        return RespondentDraft(
            name=data["name"],
            email=data["email"],
            relationship=Relationship(data["relationship"]),
            may_name=bool(data["may_name"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise FeedbackFormatError("respondent not in the expected form") from exc


RequestDates = dict[str, dt.date | None]
REQUEST_DATES = ("asked_on", "reminded_on", "replied_on", "declined_on")


def encode_request(respondent_uid: str, status: RequestStatus, dates: RequestDates) -> bytes:
    return _dump(
        {
            "in": respondent_uid,
            "status": status.value,
            **{name: _iso(dates.get(name)) for name in REQUEST_DATES},
        }
    )


def decode_request(raw: bytes, respondent_uid: str) -> tuple[RequestStatus, RequestDates]:
    data = _load(raw, respondent_uid)
    try:
        return RequestStatus(data["status"]), {n: _date(data[n]) for n in REQUEST_DATES}
    except (KeyError, TypeError, ValueError) as exc:
        raise FeedbackFormatError("request not in the expected form") from exc


def encode_response(request_uid: str, draft: ResponseDraft, received_on: dt.date) -> bytes:
    return _dump(
        {
            "in": request_uid,
            **_answers_data(draft.answers),
            "relationship": draft.relationship.value if draft.relationship else None,
            "may_name": draft.may_name,
            "source": draft.source.value,
            "digest": draft.digest,
            "received": received_on.isoformat(),
        }
    )


def decode_response(raw: bytes, request_uid: str) -> tuple[ResponseDraft, dt.date]:
    data = _load(raw, request_uid)
    try:
        relationship = data["relationship"]
        draft = ResponseDraft(
            answers=_answers(data),
            relationship=Relationship(relationship) if relationship else None,
            may_name=bool(data["may_name"]),
            source=Source(data["source"]),
            digest=data["digest"],
        )
        return draft, dt.date.fromisoformat(data["received"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FeedbackFormatError("response not in the expected form") from exc
