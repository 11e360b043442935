"""The demonstration set's two held meetings, recorded through the real services.

The content is what a facilitator records, not what was said in confidence:
each issue in a line, the questions that opened it up, what the presenter now
sees differently, and the actions agreed. Nothing in it could identify a
patient. Times are the meeting day's wall-clock times; the airtime timer takes
them as they are (being an hour off UTC does not matter for demonstration data).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.airtime_phases import split_seconds
from alsdesk.services.meetings import AirtimeMode, AttendanceStatus, MeetingInfo


@dataclass(frozen=True)
class Outcome:
    """What the owner said about an action at the next meeting they came to."""

    status: ActionStatus
    comment: str


@dataclass(frozen=True)
class DemoAction:
    text: str
    # None: not reported back on yet (the owner sent apologies, or it is still ahead).
    reported: Outcome | None = None


@dataclass(frozen=True)
class DemoTurn:
    presenter: str
    bid_minutes: int | None  # None: an open bid, "some time"
    start: dt.time
    end: dt.time
    issue: str
    key_questions: str
    sees_differently: str
    actions: tuple[DemoAction, ...]
    extended_minutes: int = 0


@dataclass(frozen=True)
class DemoMeeting:
    title: str
    breaks_minutes: int
    review_minutes: int
    bids_at: dt.time
    late: tuple[str, dt.time]
    apologies: tuple[str, ...]
    turns: tuple[DemoTurn, ...]
    process_review: str
    # "{next_meeting}" becomes the date of the set's next meeting.
    next_meeting_notes: str


MEETING_1 = DemoMeeting(
    title="Set meeting 1",
    breaks_minutes=15,
    review_minutes=20,
    bids_at=dt.time(14, 0),
    late=("Priya Raman", dt.time(13, 45)),
    apologies=(),
    turns=(
        DemoTurn(
            presenter="Amira Hassan",
            bid_minutes=40,
            start=dt.time(14, 2),
            end=dt.time(14, 45),
            issue=(
                "Most patients leave the acute medical unit after 4pm, so the morning's "
                "admissions wait in the emergency department for a bed."
            ),
            key_questions=(
                "What would a discharge before midday look like from the patient's side?\n"
                "Who decides that someone can go home tomorrow, and when do they decide it?\n"
                "What happens on the unit between 8 and 11 in the morning?\n"
                "Who else would have to want this for it to work?"
            ),
            sees_differently=(
                "Amira came in seeing a late consultant ward round as the cause. She now sees "
                "that discharges are won or lost the day before: medicines to take home, "
                "transport and the discharge letter only start once the decision is made on "
                "the day."
            ),
            actions=(
                DemoAction(
                    "Map one week of discharges: time of the decision, time medicines to take "
                    "home were ready, time the patient left the unit.",
                    Outcome(
                        ActionStatus.DONE,
                        "Mapped 41 discharges; medicines to take home were the longest wait.",
                    ),
                ),
                DemoAction(
                    "Invite the consultant of the week and the pharmacy lead to a 30-minute "
                    "conversation about criteria-led discharge.",
                    Outcome(
                        ActionStatus.PARTLY_DONE,
                        "Met the pharmacy lead; the consultants' meeting is booked.",
                    ),
                ),
                DemoAction(
                    "Try a 'tomorrow's discharges' list at the evening board round for two weeks.",
                    Outcome(
                        ActionStatus.CARRIED_FORWARD,
                        "Board rounds stopped during the winter escalation; restart when it lifts.",
                    ),
                ),
            ),
        ),
        DemoTurn(
            presenter="Grace Mensah",
            bid_minutes=35,
            start=dt.time(14, 47),
            end=dt.time(15, 19),
            issue=(
                "A year after two practices merged, staff still work as two teams with two "
                "ways of doing things, and the smaller site feels the larger one has won."
            ),
            key_questions=(
                "What did each practice lose when they merged?\n"
                "Whose voice is missing when procedures are decided?\n"
                "What would tell you the two teams had become one?\n"
                "What are you holding on to yourself?"
            ),
            sees_differently=(
                "Grace had seen resistance to change. She now sees loss of the smaller "
                "practice's identity, and that coming from the larger site herself colours "
                "how her decisions land."
            ),
            actions=(
                DemoAction(
                    "Hold a listening session with the reception team at each site: what did "
                    "you value before the merger?",
                    Outcome(
                        ActionStatus.NOT_DONE,
                        "Short-staffed at the smaller site all month; no session could be covered.",
                    ),
                ),
                DemoAction(
                    "Pause the single appointments protocol until both sites have had a say.",
                    Outcome(
                        ActionStatus.DROPPED,
                        "The partners need it in place for the contract; working on how, not "
                        "whether.",
                    ),
                ),
            ),
        ),
        DemoTurn(
            presenter="Daniel Price",
            bid_minutes=None,
            start=dt.time(15, 30),
            end=dt.time(16, 8),
            issue=(
                "Ambulance crews routinely wait well beyond the 15-minute handover standard "
                "at the main emergency department, and both sides have come to accept it."
            ),
            key_questions=(
                "Who owns a handover: the crew or the department?\n"
                "What do emergency department colleagues see when a crew arrives?\n"
                "When did waiting stop feeling like a problem to crews?\n"
                "What is within your influence as an advanced practitioner?"
            ),
            sees_differently=(
                "Daniel had seen delays as the hospital's problem. He now sees that crews and "
                "the department never talk about it together, and that he could start that "
                "conversation from the ambulance side."
            ),
            actions=(
                DemoAction(
                    "Spend a shift in the emergency department's ambulance receiving area to "
                    "see handover from the hospital's side."
                ),
                DemoAction(
                    "Ask the hospital ambulance liaison officer who is already working on "
                    "handover delays, in the trust and in the service."
                ),
            ),
        ),
    ),
    process_review=(
        "Ground rules agreed: confidentiality, questions not advice, start and finish on "
        "time, send apologies in advance, phones away.\n"
        "Questions drifted into advice in the second airtime; the facilitator stopped the set "
        "to look at it, and members practised turning a suggestion into an open question.\n"
        "The afternoon felt rushed: keep check-in to a minute or two each next time."
    ),
    next_meeting_notes=(
        "Set meeting 2: {next_meeting}, 9.30am to 4.30pm, same room. A full day, so expect "
        "four or five airtimes. Bring your actions from today, what became of them, and a "
        "rough bid for time. Daniel is on the rota that week and will confirm whether he can "
        "come."
    ),
)

MEETING_2 = DemoMeeting(
    title="Set meeting 2",
    breaks_minutes=75,
    review_minutes=40,
    bids_at=dt.time(10, 0),
    late=("Tomasz Nowak", dt.time(9, 50)),
    apologies=("Daniel Price",),
    turns=(
        DemoTurn(
            presenter="Priya Raman",
            bid_minutes=60,
            start=dt.time(10, 5),
            end=dt.time(11, 8),
            issue=(
                "The wait for adult psychological therapy is over 40 weeks, and the team feel "
                "blamed for something they cannot fix by working harder."
            ),
            key_questions=(
                "What is the waiting list telling you about demand the service was not "
                "designed for?\n"
                "What do people on the list need while they wait?\n"
                "What does 'fixing it' mean to you, to the team and to commissioners?\n"
                "Where could you say no?"
            ),
            sees_differently=(
                "Priya had treated the list as the team's failure. She now sees it as "
                "evidence for commissioners, and looking after the team as a leadership task "
                "rather than a distraction from the list."
            ),
            actions=(
                DemoAction(
                    "Analyse six months of referrals by source to show where demand comes from."
                ),
                DemoAction(
                    "Run a team session on what 'waiting well' could look like, with a "
                    "service-user representative."
                ),
                DemoAction("Ask the commissioner for a meeting about the referral criteria."),
            ),
        ),
        DemoTurn(
            presenter="Tomasz Nowak",
            bid_minutes=60,
            start=dt.time(11, 20),
            end=dt.time(12, 16),
            issue=(
                "Medicines reconciliation within 24 hours of admission happens for about "
                "six patients in ten, and the gap is widest at weekends."
            ),
            key_questions=(
                "What would it take for reconciliation to be everyone's job, not only "
                "pharmacy's?\n"
                "Who carries the cost of the ones that are missed?\n"
                "What have you already tried, and what did it teach you?\n"
                "Which part of this keeps you awake?"
            ),
            sees_differently=(
                "Tomasz came to argue for more pharmacists. He now sees room to train "
                "pharmacy technicians and to share the work with admitting teams, and that "
                "his own wish to check everything himself is part of the bottleneck."
            ),
            actions=(
                DemoAction(
                    "Draft with the chief pharmacist a proposal for technicians to take the "
                    "first medication history."
                ),
                DemoAction(
                    "Collect a fortnight's reconciliation figures by day of the week to show "
                    "the weekend gap."
                ),
            ),
        ),
        DemoTurn(
            presenter="Siobhan Kelly",
            bid_minutes=50,
            start=dt.time(13, 0),
            end=dt.time(13, 54),
            extended_minutes=5,
            issue=(
                "About a third of care staff leave the home each year, most of them within "
                "their first three months."
            ),
            key_questions=(
                "What is different about the people who stay?\n"
                "What does a new starter's first week feel like?\n"
                "Who does a new starter talk to when a shift has been hard?\n"
                "What could you change that costs nothing?"
            ),
            sees_differently=(
                "Siobhan had focused on pay, which she cannot change. She now sees the first "
                "weeks as within her gift, and that night staff are hardly part of induction "
                "at all."
            ),
            actions=(
                DemoAction(
                    "Hold stay conversations with five staff who have been here over a year, "
                    "and ask recent leavers what would have kept them."
                ),
                DemoAction(
                    "Pair every new starter with a named buddy on their own shift pattern, "
                    "nights included."
                ),
            ),
        ),
        DemoTurn(
            presenter="Amira Hassan",
            bid_minutes=45,
            start=dt.time(13, 57),
            end=dt.time(14, 40),
            issue=(
                "Discharges before midday, continued: the ward and pharmacy measure the wait "
                "for medicines to take home differently, and each blames the other."
            ),
            key_questions=(
                "What does pharmacy need from the unit that it is not getting?\n"
                "What would a measure you both trust look like?\n"
                "What did the partly done action teach you?"
            ),
            sees_differently=(
                "Amira now sees the unit and pharmacy working to two different clocks; "
                "agreeing one measure may matter more than any single fix."
            ),
            actions=(
                DemoAction(
                    "Agree with pharmacy one measure, the time medicines to take home are "
                    "ready, and plot it weekly on a run chart."
                ),
            ),
        ),
        DemoTurn(
            presenter="Grace Mensah",
            bid_minutes=None,
            start=dt.time(14, 52),
            end=dt.time(15, 50),
            issue=(
                "The single appointments protocol goes ahead across both sites, so how it is "
                "introduced is now what matters to the smaller site."
            ),
            key_questions=(
                "What would being heard look like to the reception team?\n"
                "Who at the smaller site do colleagues listen to, whatever their role?\n"
                "What can you genuinely give them a say over?"
            ),
            sees_differently=(
                "Grace cannot offer a say over whether, but she can over how; the smaller "
                "site's informal leaders could lead the change with her."
            ),
            actions=(
                DemoAction(
                    "Invite two receptionists from the smaller site to plan the appointments "
                    "change with her."
                ),
                DemoAction("Hold the next whole-team meeting at the smaller site."),
            ),
        ),
    ),
    process_review=(
        "Questions were more open than last time, and members left the presenter more "
        "silence to think.\n"
        "When an issue was close to members' own work, the pull to offer solutions was "
        "strong; agreed that anyone may name it when it happens.\n"
        "Two airtimes ran over: the facilitator will give a five-minute warning from now on."
    ),
    next_meeting_notes=(
        "Set meeting 3: {next_meeting}, 9.30am to 4.30pm, same room. Daniel to report back "
        "on his actions from meeting 1. Priya will bring the short reading on compassionate "
        "leadership she mentioned. Parking at St Mary's is limited: the park-and-ride runs "
        "every 15 minutes."
    ),
)

HELD_MEETINGS = (MEETING_1, MEETING_2)


def hold_demo_meetings(services, set_id: int) -> None:
    """Run the held meetings in order: each reports back on the previous one's actions."""
    people = {m.person.full_name: m.person_id for m in services.members.list_members(set_id)}
    events = {e.title: e for e in services.schedule.list_events(set_id)}
    to_report: list[tuple[int, Outcome]] = []
    for held in HELD_MEETINGS:
        meeting = services.meetings.open_for_event(events[held.title].id)
        _take_attendance(services, meeting, held, people)
        for action_id, outcome in to_report:
            services.actions.review(action_id, meeting.id, outcome.status, outcome.comment)
        to_report = _run_airtime(services, meeting, held, people)
        _close(services, meeting, held)


def _take_attendance(
    services, meeting: MeetingInfo, held: DemoMeeting, people: dict[str, int]
) -> None:
    late_name, late_at = held.late
    for name, person_id in people.items():
        if name == late_name:
            services.meetings.mark(meeting.id, person_id, AttendanceStatus.LATE, late_at)
        elif name in held.apologies:
            services.meetings.mark(meeting.id, person_id, AttendanceStatus.APOLOGIES)
        else:
            services.meetings.mark(meeting.id, person_id, AttendanceStatus.PRESENT)


def _run_airtime(
    services, meeting: MeetingInfo, held: DemoMeeting, people: dict[str, int]
) -> list[tuple[int, Outcome]]:
    """Bids, the plan from the proposal, each turn timed and noted; the actions to report on."""

    def at(time: dt.time) -> dt.datetime:
        return dt.datetime.combine(meeting.date, time)

    services.meetings.set_timing(
        meeting.id,
        breaks_minutes=held.breaks_minutes,
        review_minutes=held.review_minutes,
        airtime_mode=AirtimeMode.BIDS,
    )
    turns = [
        services.airtime.bid(meeting.id, people[t.presenter], t.bid_minutes) for t in held.turns
    ]
    proposal = services.airtime.proposal(meeting.id, at(held.bids_at))
    services.airtime.plan(meeting.id, proposal.minutes)
    due = services.actions.default_due_date(meeting.id)
    to_report = []
    for turn, planned in zip(turns, held.turns, strict=True):
        services.airtime.start(turn.id, at(planned.start))
        if planned.extended_minutes:
            services.airtime.extend(turn.id, planned.extended_minutes * 60)
        _time_phases(services, meeting.set_id, turn.id, at(planned.start), at(planned.end))
        services.airtime.save_notes(
            turn.id,
            issue=planned.issue,
            key_questions=planned.key_questions,
            sees_differently=planned.sees_differently,
        )
        services.airtime.next_presenter(meeting.id, at(planned.end))
        for action in planned.actions:
            agreed = services.actions.add(meeting.id, ActionDraft(turn.person_id, action.text, due))
            if action.reported is not None:
                to_report.append((agreed.id, action.reported))
    return to_report


def _time_phases(services, set_id: int, turn_id: int, start: dt.datetime, end: dt.datetime) -> None:
    """The set's phases through the airtime, as a facilitator moves them on: each takes its
    share of the time, except that presenting runs a minute long and the reflective
    questions make up for it."""
    phases = services.phases
    phases.begin(turn_id)
    shares = [p.share for p in phases.set_phases(set_id)]
    spans = split_seconds(round((end - start).total_seconds()), shares)
    if len(spans) > 2 and spans[2] > 120:
        spans[0] += 60
        spans[2] -= 60
    moment = start
    for span in spans[:-1]:
        moment += dt.timedelta(seconds=span)
        phases.next_phase(turn_id, moment)


def _close(services, meeting: MeetingInfo, held: DemoMeeting) -> None:
    next_date = services.actions.default_due_date(meeting.id)
    next_meeting = f"{next_date:%A} {next_date.day} {next_date:%B %Y}" if next_date else "to be set"
    services.meetings.save_notes(
        meeting.id,
        process_review=held.process_review,
        next_meeting_notes=held.next_meeting_notes.format(next_meeting=next_meeting),
    )
    services.meetings.go_to_step(meeting.id, len(meeting.agenda) - 1)
