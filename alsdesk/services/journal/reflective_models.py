"""The reflective models a journal entry can follow, and users' own templates as models.

The models and their stages are common knowledge in healthcare education; the
prompts under each stage are our own words, written for a manager in the NHS
or social care on a leadership course.
"""

from __future__ import annotations

from dataclasses import dataclass

from alsdesk.services.journal.entries import Section, Template

FREE_KEY = "free"
TEMPLATE_PREFIX = "template:"


@dataclass(frozen=True)
class ReflectiveModel:
    """A way of structuring an entry: one section per stage, each with a prompt."""

    key: str
    name: str
    summary: str
    stages: tuple[Section, ...]


def _stages(*pairs: tuple[str, str]) -> tuple[Section, ...]:
    return tuple(Section(heading, prompt, "") for heading, prompt in pairs)


MODELS: tuple[ReflectiveModel, ...] = (
    ReflectiveModel(
        "gibbs",
        "Gibbs",
        "Gibbs' reflective cycle: six stages that suit working through one event from start "
        "to finish.",
        _stages(
            ("Description", "What happened, where, and who was involved, in a few plain lines?"),
            (
                "Feelings",
                "What were you thinking and feeling at the time, and how do you feel now?",
            ),
            ("Evaluation", "What went well, and what was harder than you hoped?"),
            ("Analysis", "Why do you think it unfolded as it did, and what helps explain it?"),
            ("Conclusion", "What have you learned, and what else might you have done?"),
            (
                "Action plan",
                "If something like this happens again, what will you do and who could help?",
            ),
        ),
    ),
    ReflectiveModel(
        "kolb",
        "Kolb",
        "Kolb's learning cycle: suits turning an experience into something to try out next.",
        _stages(
            ("Concrete experience", "Describe something you did or lived through at work."),
            (
                "Reflective observation",
                "Looking back, what do you notice, and how might it have looked to others?",
            ),
            (
                "Abstract conceptualisation",
                "What sense do you make of it, and which ideas help you understand it?",
            ),
            (
                "Active experimentation",
                "What will you try next time, and how will you know whether it worked?",
            ),
        ),
    ),
    ReflectiveModel(
        "driscoll",
        "Driscoll / Rolfe",
        "Three short questions: suits a quick reflection at the end of a busy day.",
        _stages(
            ("What?", "What happened, and what part did you play in it?"),
            ("So what?", "Why does it matter to you, your team or the people you serve?"),
            ("Now what?", "What will you do now, and what would help you do it?"),
        ),
    ),
    ReflectiveModel(
        "johns",
        "Johns",
        "Johns' structured reflection: suits a rich or emotional experience you want to "
        "explore in depth.",
        _stages(
            (
                "Looking in",
                "Pause for a moment: what thoughts and feelings come up as you recall it?",
            ),
            ("Looking out", "Describe the situation and what mattered most in it."),
            (
                "Aesthetics",
                "What were you aiming for, why did you respond as you did, and how did it land "
                "for others?",
            ),
            ("Personal", "Why do you think you felt the way you did?"),
            ("Ethics", "Did you act for the best, and which values were pulling on you?"),
            ("Empirics", "What knowledge or evidence guided you, or could have?"),
            (
                "Reflexivity",
                "How does this connect with past experience, what else could you have done, and "
                "how do you feel now?",
            ),
        ),
    ),
    ReflectiveModel(
        "schon",
        "Schön",
        "Schön's reflection in and on action: suits thinking about decisions made on your feet.",
        _stages(
            (
                "Reflection-in-action",
                "In the moment, what were you noticing, and how did you adjust as it unfolded?",
            ),
            (
                "Reflection-on-action",
                "Now it is over, what do you make of it, and what will you carry forward?",
            ),
        ),
    ),
    ReflectiveModel(
        "brookfield",
        "Brookfield",
        "Brookfield's four lenses: suits testing your assumptions by looking from other "
        "points of view.",
        _stages(
            (
                "My own experience",
                "What does your own experience, as a leader and beyond, tell you?",
            ),
            (
                "Those I serve",
                "How might patients, service users or the staff you lead have seen it?",
            ),
            (
                "Colleagues' perceptions",
                "What might trusted colleagues or your set see that you missed?",
            ),
            (
                "Theory and research",
                "What do research and leadership ideas add to, or challenge in, your view?",
            ),
        ),
    ),
    ReflectiveModel(
        FREE_KEY,
        "Free writing",
        "No stages: suits writing freely, in your own way.",
        _stages(("Reflection", "Write about whatever is on your mind; there is no right way.")),
    ),
)

_BY_KEY = {m.key: m for m in MODELS}


def model(key: str) -> ReflectiveModel:
    """The built-in model with this key; ``KeyError`` for any other key (templates included)."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"No reflective model {key!r}") from None


def template_model(template: Template) -> ReflectiveModel:
    """A user's template seen as a model, keyed ``template:<uid>`` so entries outlive renames."""
    stages = template.draft.stages
    count = f"{len(stages)} stage" + ("" if len(stages) == 1 else "s")
    return ReflectiveModel(
        key=f"{TEMPLATE_PREFIX}{template.uid}",
        name=template.draft.name,
        summary=f"Your own template: {count}.",
        stages=tuple(Section(s.heading, s.prompt, "") for s in stages),
    )


def sections_for(model: ReflectiveModel) -> tuple[Section, ...]:
    """Empty sections for a new entry following ``model``, one per stage."""
    return tuple(Section(s.heading, s.prompt, "") for s in model.stages)
