"""A member picks a reflective model and gets one section per stage, with a prompt."""

from __future__ import annotations

import pytest

from alsdesk.services.journal.entries import Section, Template, TemplateDraft
from alsdesk.services.journal.reflective_models import (
    FREE_KEY,
    MODELS,
    model,
    sections_for,
    template_model,
)


def headings(key: str) -> list[str]:
    return [s.heading for s in model(key).stages]


def test_models_are_offered_in_the_usual_order():
    assert [(m.key, m.name) for m in MODELS] == [
        ("gibbs", "Gibbs"),
        ("kolb", "Kolb"),
        ("driscoll", "Driscoll / Rolfe"),
        ("johns", "Johns"),
        ("schon", "Schön"),
        ("brookfield", "Brookfield"),
        ("free", "Free writing"),
    ]
    assert FREE_KEY == "free"


def test_gibbs_has_the_six_stages_of_the_cycle():
    assert headings("gibbs") == [
        "Description",
        "Feelings",
        "Evaluation",
        "Analysis",
        "Conclusion",
        "Action plan",
    ]


def test_kolb_has_the_four_stages_of_the_learning_cycle():
    assert headings("kolb") == [
        "Concrete experience",
        "Reflective observation",
        "Abstract conceptualisation",
        "Active experimentation",
    ]


def test_driscoll_asks_three_questions():
    assert headings("driscoll") == ["What?", "So what?", "Now what?"]


def test_johns_has_seven_cues_built_on_ways_of_knowing():
    assert headings("johns") == [
        "Looking in",
        "Looking out",
        "Aesthetics",
        "Personal",
        "Ethics",
        "Empirics",
        "Reflexivity",
    ]


def test_schon_reflects_in_and_on_action():
    assert headings("schon") == ["Reflection-in-action", "Reflection-on-action"]


def test_brookfield_looks_through_four_lenses():
    assert headings("brookfield") == [
        "My own experience",
        "Those I serve",
        "Colleagues' perceptions",
        "Theory and research",
    ]


def test_free_writing_is_one_section():
    assert headings(FREE_KEY) == ["Reflection"]


@pytest.mark.parametrize("reflective_model", MODELS, ids=lambda m: m.key)
def test_every_stage_has_one_short_prompt_and_no_text(reflective_model):
    assert reflective_model.summary.strip()
    assert "\n" not in reflective_model.summary
    for stage in reflective_model.stages:
        assert stage.text == ""
        assert 10 < len(stage.prompt) <= 120
        assert stage.prompt[-1] in ".?"
        assert stage.prompt.count("?") + stage.prompt.count(".") == 1


def test_an_unknown_model_key_is_an_error():
    with pytest.raises(KeyError):
        model("maslow")


def test_new_entry_gets_fresh_empty_sections():
    sections = sections_for(model("driscoll"))
    assert sections == tuple(Section(s.heading, s.prompt, "") for s in model("driscoll").stages)
    assert all(s.text == "" for s in sections)


def test_member_uses_their_own_template_as_a_model():
    template = Template(
        7,
        "3f2a",
        TemplateDraft(
            "Difficult conversation",
            (
                Section("Before", "What did you hope for?", "stray text"),
                Section("After", "What happened instead?"),
            ),
        ),
    )
    custom = template_model(template)
    assert custom.key == "template:3f2a"
    assert custom.name == "Difficult conversation"
    assert [s.heading for s in sections_for(custom)] == ["Before", "After"]
    assert all(s.text == "" for s in sections_for(custom))
    assert custom.summary
