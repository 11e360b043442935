"""The in-app help pages, in our own words: what the methods alsdesk supports are.

Each topic has a key (the viewer opens one by it), a title and an HTML body; both are
marked for translation under the context ``Help``. The run-chart page describes the rules
as ``alsdesk.services.run_chart`` and ``alsdesk.services.spc`` apply them.
"""

from __future__ import annotations

from dataclasses import dataclass

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    body: str

    def translated_title(self) -> str:
        return translate("Help", self.title)

    def translated_body(self) -> str:
        return translate("Help", self.body)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "action-learning",
        QT_TRANSLATE_NOOP("Help", "Action learning"),
        QT_TRANSLATE_NOOP(
            "Help",
            "<h2>Action learning</h2>"
            "<p>Action learning, after Reg Revans, is learning from real work problems that "
            "have no known answer yet. A small <b>set</b> of four to eight people meets "
            "through the year; each brings a problem they own and are trying to move, and "
            "the others help them think by asking questions, not by giving advice.</p>"
            "<h3>A meeting day</h3>"
            "<ol><li><b>Check-in</b>: a short round, each in turn, on how they arrive.</li>"
            "<li><b>Bids for airtime</b>: who wants time today, and roughly how much.</li>"
            "<li><b>Airtime</b>: one presenter at a time reports on last time's actions, "
            "presents the issue, answers the set's questions, reflects, and commits to "
            "actions before the next meeting.</li>"
            "<li><b>Process review</b>: how the set worked today and what to change.</li>"
            "<li><b>Close</b>: when and where the set meets next.</li></ol>"
            "<h3>Ground rules</h3>"
            "<p>Agreed at the first meeting and revisited: what is said in the set stays in "
            "the set; questions, not advice; on time and full attendance; respect; phones "
            "away. The facilitator may <i>stop the set</i> to look at how it is working, for "
            "example when advice is dressed up as a question; the meeting page marks such a "
            "moment with one click.</p>"
            "<h3>In alsdesk</h3>"
            "<p>The set's page holds its members, schedule, register and actions. The meeting "
            "page runs a day from check-in to close. The record keeps what was agreed, not "
            "what was said in confidence.</p>",
        ),
    ),
    Topic(
        "airtime",
        QT_TRANSLATE_NOOP("Help", "Airtime"),
        QT_TRANSLATE_NOOP(
            "Help",
            "<h2>Airtime</h2>"
            "<p>Airtime is one member's time as the presenter, with the set's full "
            "attention. On a full day it is commonly 30 to 60 minutes each.</p>"
            "<h3>Sharing the day</h3>"
            "<ul><li><b>Equal time</b>: everyone presents and the time left is divided "
            "evenly. Fair, and keeps momentum.</li>"
            "<li><b>Bids</b>: members ask for time by need; two or three go deeper and "
            "others wait for another day.</li></ul>"
            "<p>alsdesk proposes the shares from the bids, the breaks still to come and the "
            "process review, and keeps a tally across the year so that fairness can be "
            "seen.</p>"
            "<h3>Within one airtime</h3>"
            "<p>Facilitators often time sub-phases: presenting (2 to 10 minutes), clarifying "
            "questions (5 to 10), reflective and analytical questions (10 to 15), questions "
            "about future action, the presenter's summary and actions (2 to 5), and how the "
            "process felt.</p>"
            "<h3>The timer</h3>"
            "<p>Space starts or pauses the clock; the timer can be extended, shortened, set, "
            "or shown full screen for the room. Its face turns amber two minutes before the "
            "end and red when time is over; a sound at those cues can be switched on in "
            "Settings or beside the timer.</p>",
        ),
    ),
    Topic(
        "reflective-models",
        QT_TRANSLATE_NOOP("Help", "Reflective models"),
        QT_TRANSLATE_NOOP(
            "Help",
            "<h2>Reflective models</h2>"
            "<p>A model gives a journal entry a shape: a sequence of prompts that moves from "
            "what happened to what you will do. None is better than the others; choose the "
            "one that fits the event, or write freely. Your journal is private and sealed "
            "with your passphrase: write so that no patient could be identified.</p>"
            "<h3>Gibbs' reflective cycle (1988)</h3>"
            "<p>Six stages round a cycle: <i>description</i> (what happened), <i>feelings</i> "
            "(what you thought and felt), <i>evaluation</i> (what was good and bad), "
            "<i>analysis</i> (what sense you make of it), <i>conclusion</i> (what else you "
            "could have done) and <i>action plan</i> (what you will do if it happens again). "
            "</p>"
            "<h3>Kolb's learning cycle (1984)</h3>"
            "<p>Learning as a loop through four moments: a <i>concrete experience</i>, "
            "<i>reflective observation</i> of it, <i>abstract conceptualisation</i> (the idea "
            "or theory it suggests) and <i>active experimentation</i> (trying the idea in "
            "the next experience).</p>"
            "<h3>Driscoll and Rolfe: What? So what? Now what?</h3>"
            "<p>Three short questions: what happened; why it matters and what it tells you; "
            "and what you will do now. Quick to use after a busy shift.</p>"
            "<h3>Johns' model of structured reflection</h3>"
            "<p>Built on Carper's ways of knowing. <i>Looking in</i> at your own thoughts and "
            "feelings, and <i>looking out</i> at the situation and what mattered in it; then "
            "<i>aesthetics</i> (what you were trying to achieve, why you responded as you "
            "did, the consequences, how others felt), <i>personal</i> (why you felt as you "
            "did), <i>ethics</i> (whether you acted for the best), <i>empirics</i> (what "
            "knowledge informed you, or could have) and <i>reflexivity</i> (how it connects "
            "with past experience, what else you could have done, how you feel now).</p>"
            "<h3>Schön</h3>"
            "<p><i>Reflection-in-action</i> is thinking on your feet while the event unfolds; "
            "<i>reflection-on-action</i> is looking back afterwards. An entry can hold both: "
            "what you noticed and changed at the time, and what you see now.</p>"
            "<h3>Brookfield's four lenses</h3>"
            "<p>Look at your practice through <i>your own experience</i>, <i>the eyes of "
            "those you serve</i> (patients, service users, staff you lead), <i>colleagues' "
            "perceptions</i>, and <i>theory and research</i>. Each lens shows assumptions "
            "the others miss.</p>",
        ),
    ),
    Topic(
        "run-charts",
        QT_TRANSLATE_NOOP("Help", "Run charts and XmR charts"),
        QT_TRANSLATE_NOOP(
            "Help",
            "<h2>Run charts and XmR charts</h2>"
            "<p>An improvement goal's measure is plotted over time with its <b>median</b>. "
            "Some variation is always there; the rules below say when a pattern is unlikely "
            "to be chance, so that a change can be believed. Points exactly on the median "
            "neither break nor count towards a run. Until there are enough points, alsdesk "
            "says which rules cannot be judged yet.</p>"
            "<h3>The IHI rules (Perla, Provost and Murray, 2011)</h3>"
            "<ul><li><b>Shift</b>: six or more consecutive points all above, or all below, "
            "the median.</li>"
            "<li><b>Trend</b>: five or more consecutive points all going up, or all going "
            "down (equal neighbours count once).</li>"
            "<li><b>Too few or too many runs</b>: a run is a stretch of points on one side of "
            "the median. From ten useful points, fewer or more runs than the published table "
            "allows suggest a non-random pattern.</li></ul>"
            "<p>On a long series the trend rule signals by chance quite often.</p>"
            "<h3>The Anhøj rules</h3>"
            "<p>Two rules that hold up better on long series:</p>"
            "<ul><li><b>Unusually long run</b>: a run longer than log<sub>2</sub>(n) + 3 "
            "points (rounded), where n is the number of points not on the median.</li>"
            "<li><b>Too few crossings</b>: the line crosses the median fewer times than "
            "chance would allow nineteen times in twenty.</li></ul>"
            "<h3>XmR charts</h3>"
            "<p>The next step, as NHS England's <i>Making Data Count</i> draws it: each value "
            "(X) with its mean, and process limits at the mean plus and minus 2.66 times the "
            "average moving range (the difference between neighbouring values). A special "
            "cause is a point outside the limits; seven points in a row each higher (or "
            "lower) than the last; two of three points near one limit; or seven points in a "
            "row on one side of the mean. Whether it is an improvement or a concern depends "
            "on which way is better for the measure. After a deliberate change, the chart "
            "can start a new period with its own mean and limits.</p>",
        ),
    ),
)


def topic(key: str) -> Topic:
    return next(t for t in TOPICS if t.key == key)
