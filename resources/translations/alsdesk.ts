<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;alsdesk %s&lt;/b&gt;&lt;p&gt;An offline companion for action learning sets in health and care leadership programmes. Free software under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk includes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and Qt for Python are used unmodified under the LGPL version 3: you may replace the Qt libraries in the installed folder with your own build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reported back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported back between meetings, on %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported back on %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what became of the action, heard between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the action&apos;s text, owner or due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between meetings: choose an action (double-click to report back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet.
Actions agreed in set meetings appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions match these filters.
Use “Clear filters” to see every action of the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d%% completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (left the set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Meeting agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this agenda for the set&apos;s future meetings too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of step decides which panel the workspace shows for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AirtimePanel</name>
    <message>
        <source>Presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has bid for airtime yet. Record bids on the Bids tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Presenters&lt;/b&gt; (drag to change the order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the phases of an airtime and their shares, for this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timer full screen (Esc to close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound at cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the phase before, its time carrying on (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this phase and begin the next (%s). A phase waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still planned %d min: %d min more than the %d min left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time planned: counting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %d min%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %d min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrives %s: called once here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace airtime ends %s, %d min behind the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace airtime ends %s, %d min ahead of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace airtime ends %s, on plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes in all for %s:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersEditor</name>
    <message>
        <source>(no rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Start of programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place yourself on each dimension of the Healthcare Leadership Model, from Essential to Exemplary, and note why in a line: an example helps you see the change next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the levels of “%s” (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? An example or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d dimensions rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>New self-assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessments by leadership dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column to edit or delete that assessment. An arrow marks a level that moved since the assessment before; point at a level to read why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate yourself on the nine leadership dimensions at the start of the programme, then at the mid-point and the end: the radar shows how you have moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the self-assessment “%s” of %s, with all nine ratings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>%s, up from %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, down from %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Check-in: a short round, each member in turn. Mark who is here with one click; a late arrival takes the time they came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone else present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (left the set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This set has no members yet. Add them on the Members tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceRow</name>
    <message>
        <source>Time of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s arrived at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BidsPanel</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes asked for; “Any” is any amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wants time today, and roughly how much? The proposal shares the time left before the planned end, less breaks and process review, by need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the proposed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Presenting order&lt;/b&gt; (drag to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal time: %d min among %d presenters, %s each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (an open bid counted as %d min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%d open bids counted as %d min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks %d min%s of %d min left: every ask in full, %d min to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open bid given %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open bids given %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks %d min%s of %d min left: every ask in full, %s, %d min spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks over %d min trimmed to %s, smaller ones in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each trimmed to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks %d min%s for %d min left: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %d min each: agree who presents today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %d min: %d min more than the %d min left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting an end time on the Schedule tab to share time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min left for airtime (to %s, less %d min breaks and %d min process review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away today: no bid. Mark them present or late to bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: can bid and is given time from %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d–%d min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <source>alsdesk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside alsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in alsdesk, not something you did, and you can carry on working: what was saved before stays saved.

To help fix it, copy the report below into an e-mail to whoever looks after alsdesk for you. It describes the program only and holds none of your journal, feedback or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has happened %d times; the latest is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is also saved in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries stay as they are; only the key that opens them changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartChoice</name>
    <message>
        <source>Run chart: the median and the run-chart rules. XmR chart: statistical process control as NHS England&apos;s Making Data Count draws it, with process limits, special causes and the variation and assurance icons (from %d points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Making Data Count advises: a moving range more than 3.267 times the average is left out before the limits are set, so one wild week does not widen them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;calculate limits from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a change to the process: new mean and limits from a chosen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave outlyin&amp;g moving ranges out of the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w the moving-range chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a recalculati&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %d measurements; this measure has %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits recalculated from %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One set of limits over all the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XmR chart from %d measurements (this measure has %d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculate the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first measurement after the change to the process. The points before it keep their own mean and limits; those from it get new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a recalculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits will no longer start again at the date you choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 12/1/27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date (12/1/27, 12 Jan 2027) or press Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>About this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme / cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed %s. A change after report-back keeps what the action was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (left the set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>new set &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set &quot;%s&quot; details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought back &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted set &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %d members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported 1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %s from the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstated &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %d events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated the programme schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryBrowser</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.

Choose New entry and a reflective model to write your first reflection. Only you can read what you write here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your %d entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry could not be opened: it was %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d entries could not be opened: they were %%s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk cannot trust it, so it is not shown. Your other entries are safe; a backup of the database has it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk cannot trust them, so they are not shown. Your other entries are safe; a backup of the database has them as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry the journal recorded is no longer in the database: it was deleted outside alsdesk, and a backup has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d entries the journal recorded are no longer in the database: they were deleted outside alsdesk, and a backup has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reporting this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>A few words to find this by later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. conflict, handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 360 feedback round this entry reflects on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link leadership dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;360 round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry as it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer in alsdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved once you start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day / no set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preparatory work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading, diagnostic tools, materials to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (kept in the schedule, struck through)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>• and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of the %d chosen entries may identify a patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing takes out NHS numbers, dates of birth and postcodes only. Names, wards, dates and rare conditions stay: read the entries yourself before you share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove those details, then export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>360 feedback is kept in your private vault with your journal. Unlock your journal to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounds yet. Start one with New round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen round&apos;s report as a PDF: the full one, or a shorter one for a tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People asked for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody asked yet. Add the people who know your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste email reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a reply given on paper by the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned forms can also be dropped onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthesis of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round, or start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360 feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of this round&apos;s data was changed outside alsdesk (deleted, damaged or put back from an older copy); what could not be trusted is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person who declined first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom to remind first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is ready to paste into an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose reply you are typing in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from %s saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the round to report on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the report for patient details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d forms made, each as PDF and as text for email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has replied or declined: no forms to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the round the replies belong to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %d files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d files imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the forms in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import returned forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF forms (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateScheduleDialog</name>
    <message>
        <source>Generate programme schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typical year: a two-day opening workshop whose second day holds the first set meeting, five one-day set meetings, and a two-day closing workshop with the final set meeting. Days that fall on a weekend or bank holiday move to the next working day. You can edit every event afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;workshop starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace only what is to come (after today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every event and add the new programme too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (has a meeting record): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events kept: %d; replaced: %d; new: %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything up to today and every meeting with a record stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings with a record (attendance, notes) always stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the new programme: %d (on or before today, or a kept event has the title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo brings back what is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>&amp;Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters to service users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet. Use “Edit goal…” to describe the problem, why it matters to service users, its scope and who is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure and chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IHI run chart rules: a shift of 6, a trend of 5 and the runs table, as taught on NHS programmes. Anhøj rules (as in qicharts2): limits that grow with the series, so a long series of chance variation rarely signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the first points the median is computed from; below 2 is all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the median on the points before a change, so that an improvement shows as a shift instead of moving the median with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from set meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions linked yet. Actions agreed at a set meeting are linked to this goal when they are recorded, or later with “Link an earlier action…”; they show here with their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link an earlier action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an action agreed before this goal was recorded, or without a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure yet. Use “Edit goal…” to name what you will count, with a baseline and a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest %s on %s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an earlier action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action agreed at a set meeting:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit improvement goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New improvement goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Discharge before noon on ward 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is not working, for whom, how do you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it &amp;matters
to service users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What patients, carers or families will notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it starts and stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;keholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs to be involved or kept informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;easure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Patients discharged before noon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %, days, patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value now, e.g. 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value you aim for, e.g. 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalFormat</name>
    <message>
        <source>Baseline %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <source>Improvement goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalMilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalMilestonesPanel</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestones yet. Break the goal into dated steps you can tick off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the milestone “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalUpdatesModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a signal on the chart: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalUpdatesPanel</name>
    <message>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;rrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress recorded yet. Add the measure&apos;s value each time you count it, with a line on what happened; the run chart grows from these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete u&amp;pdate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the progress update of %s? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>&amp;New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their improvement goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet.
Record an improvement you want to bring about in your workplace: the problem, why it matters to service users, and a measure with a baseline and a target to track on a run chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the goal “%s” with its progress updates and milestones?

Actions from set meetings linked to it stay in the set&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Action learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Action learning&lt;/h2&gt;&lt;p&gt;Action learning, after Reg Revans, is learning from real work problems that have no known answer yet. A small &lt;b&gt;set&lt;/b&gt; of four to eight people meets through the year; each brings a problem they own and are trying to move, and the others help them think by asking questions, not by giving advice.&lt;/p&gt;&lt;h3&gt;A meeting day&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Check-in&lt;/b&gt;: a short round, each in turn, on how they arrive.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bids for airtime&lt;/b&gt;: who wants time today, and roughly how much.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airtime&lt;/b&gt;: one presenter at a time reports on last time&apos;s actions, presents the issue, answers the set&apos;s questions, reflects, and commits to actions before the next meeting.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Process review&lt;/b&gt;: how the set worked today and what to change.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close&lt;/b&gt;: when and where the set meets next.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Ground rules&lt;/h3&gt;&lt;p&gt;Agreed at the first meeting and revisited: what is said in the set stays in the set; questions, not advice; on time and full attendance; respect; phones away. The facilitator may &lt;i&gt;stop the set&lt;/i&gt; to look at how it is working, for example when advice is dressed up as a question; the meeting page marks such a moment with one click.&lt;/p&gt;&lt;h3&gt;In alsdesk&lt;/h3&gt;&lt;p&gt;The set&apos;s page holds its members, schedule, register and actions. The meeting page runs a day from check-in to close. The record keeps what was agreed, not what was said in confidence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Airtime&lt;/h2&gt;&lt;p&gt;Airtime is one member&apos;s time as the presenter, with the set&apos;s full attention. On a full day it is commonly 30 to 60 minutes each.&lt;/p&gt;&lt;h3&gt;Sharing the day&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Equal time&lt;/b&gt;: everyone presents and the time left is divided evenly. Fair, and keeps momentum.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bids&lt;/b&gt;: members ask for time by need; two or three go deeper and others wait for another day.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;alsdesk proposes the shares from the bids, the breaks still to come and the process review, and keeps a tally across the year so that fairness can be seen.&lt;/p&gt;&lt;h3&gt;Within one airtime&lt;/h3&gt;&lt;p&gt;Facilitators often time sub-phases: presenting (2 to 10 minutes), clarifying questions (5 to 10), reflective and analytical questions (10 to 15), questions about future action, the presenter&apos;s summary and actions (2 to 5), and how the process felt.&lt;/p&gt;&lt;h3&gt;The timer&lt;/h3&gt;&lt;p&gt;Space starts or pauses the clock; the timer can be extended, shortened, set, or shown full screen for the room. Its face turns amber two minutes before the end and red when time is over; a sound at those cues can be switched on in Settings or beside the timer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reflective models&lt;/h2&gt;&lt;p&gt;A model gives a journal entry a shape: a sequence of prompts that moves from what happened to what you will do. None is better than the others; choose the one that fits the event, or write freely. Your journal is private and sealed with your passphrase: write so that no patient could be identified.&lt;/p&gt;&lt;h3&gt;Gibbs&apos; reflective cycle (1988)&lt;/h3&gt;&lt;p&gt;Six stages round a cycle: &lt;i&gt;description&lt;/i&gt; (what happened), &lt;i&gt;feelings&lt;/i&gt; (what you thought and felt), &lt;i&gt;evaluation&lt;/i&gt; (what was good and bad), &lt;i&gt;analysis&lt;/i&gt; (what sense you make of it), &lt;i&gt;conclusion&lt;/i&gt; (what else you could have done) and &lt;i&gt;action plan&lt;/i&gt; (what you will do if it happens again). &lt;/p&gt;&lt;h3&gt;Kolb&apos;s learning cycle (1984)&lt;/h3&gt;&lt;p&gt;Learning as a loop through four moments: a &lt;i&gt;concrete experience&lt;/i&gt;, &lt;i&gt;reflective observation&lt;/i&gt; of it, &lt;i&gt;abstract conceptualisation&lt;/i&gt; (the idea or theory it suggests) and &lt;i&gt;active experimentation&lt;/i&gt; (trying the idea in the next experience).&lt;/p&gt;&lt;h3&gt;Driscoll and Rolfe: What? So what? Now what?&lt;/h3&gt;&lt;p&gt;Three short questions: what happened; why it matters and what it tells you; and what you will do now. Quick to use after a busy shift.&lt;/p&gt;&lt;h3&gt;Johns&apos; model of structured reflection&lt;/h3&gt;&lt;p&gt;Built on Carper&apos;s ways of knowing. &lt;i&gt;Looking in&lt;/i&gt; at your own thoughts and feelings, and &lt;i&gt;looking out&lt;/i&gt; at the situation and what mattered in it; then &lt;i&gt;aesthetics&lt;/i&gt; (what you were trying to achieve, why you responded as you did, the consequences, how others felt), &lt;i&gt;personal&lt;/i&gt; (why you felt as you did), &lt;i&gt;ethics&lt;/i&gt; (whether you acted for the best), &lt;i&gt;empirics&lt;/i&gt; (what knowledge informed you, or could have) and &lt;i&gt;reflexivity&lt;/i&gt; (how it connects with past experience, what else you could have done, how you feel now).&lt;/p&gt;&lt;h3&gt;Schön&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Reflection-in-action&lt;/i&gt; is thinking on your feet while the event unfolds; &lt;i&gt;reflection-on-action&lt;/i&gt; is looking back afterwards. An entry can hold both: what you noticed and changed at the time, and what you see now.&lt;/p&gt;&lt;h3&gt;Brookfield&apos;s four lenses&lt;/h3&gt;&lt;p&gt;Look at your practice through &lt;i&gt;your own experience&lt;/i&gt;, &lt;i&gt;the eyes of those you serve&lt;/i&gt; (patients, service users, staff you lead), &lt;i&gt;colleagues&apos; perceptions&lt;/i&gt;, and &lt;i&gt;theory and research&lt;/i&gt;. Each lens shows assumptions the others miss.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run charts and XmR charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Run charts and XmR charts&lt;/h2&gt;&lt;p&gt;An improvement goal&apos;s measure is plotted over time with its &lt;b&gt;median&lt;/b&gt;. Some variation is always there; the rules below say when a pattern is unlikely to be chance, so that a change can be believed. Points exactly on the median neither break nor count towards a run. Until there are enough points, alsdesk says which rules cannot be judged yet.&lt;/p&gt;&lt;h3&gt;The IHI rules (Perla, Provost and Murray, 2011)&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Shift&lt;/b&gt;: six or more consecutive points all above, or all below, the median.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Trend&lt;/b&gt;: five or more consecutive points all going up, or all going down (equal neighbours count once).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Too few or too many runs&lt;/b&gt;: a run is a stretch of points on one side of the median. From ten useful points, fewer or more runs than the published table allows suggest a non-random pattern.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;On a long series the trend rule signals by chance quite often.&lt;/p&gt;&lt;h3&gt;The Anhøj rules&lt;/h3&gt;&lt;p&gt;Two rules that hold up better on long series:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Unusually long run&lt;/b&gt;: a run longer than log&lt;sub&gt;2&lt;/sub&gt;(n) + 3 points (rounded), where n is the number of points not on the median.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Too few crossings&lt;/b&gt;: the line crosses the median fewer times than chance would allow nineteen times in twenty.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;XmR charts&lt;/h3&gt;&lt;p&gt;The next step, as NHS England&apos;s &lt;i&gt;Making Data Count&lt;/i&gt; draws it: each value (X) with its mean, and process limits at the mean plus and minus 2.66 times the average moving range (the difference between neighbouring values). A special cause is a point outside the limits; seven points in a row each higher (or lower) than the last; two of three points near one limit; or seven points in a row on one side of the mean. Whether it is an improvement or a concern depends on which way is better for the measure. After a deliberate change, the chart can start a new period with its own mean and limits.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>alsdesk help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file whose first row names the columns: Name, Job title, Organisation, Email (other columns are left out). From Excel: File &gt; Save As &gt; CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a file&apos;s path, or choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see its rows here before anything is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %s text, columns separated by %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d rows will be added; the %d marked in red will not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %d rows will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no members below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %d members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d files imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the same file as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to replace the reply stored with this file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a file to replace the reply already stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins: %s, already in alsdesk%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person, not the %s already in alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Reading the data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>My journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSession</name>
    <message>
        <source>Opening entry %s of %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the journal searchable…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWorkspace</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new reflection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chosen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the entries chosen in the list to PDF (Ctrl+click to choose several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry in the list to read or go on writing it, or press New entry (Ctrl+N) and pick a reflective model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%s” from your journal? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes without typing or clicking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the entries to export in the list first: Ctrl+click or Shift+click chooses several.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print schedule (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export set &amp;record (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;actions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demonstration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic ba&amp;ckups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the sidebar, for more room on a small screen (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back from &amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tick “Show archived sets” to see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the set &quot;%s&quot; with its members list and schedule?
You can undo this until you close alsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demonstration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the demonstration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own goals and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it should appear on reports for your tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home: what today needs (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private reflective journal (Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360 feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative 360 feedback on your leadership (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>← Back to the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the moment the set stops to look at how it is working (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air&amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %s. What was happening? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s&apos;s airtime is still running. End it now, so the time after this does not count as airtime?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Already in alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a member of %s: changes apply there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member of this set: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same email: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in alsdesk: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %d more under “Already in alsdesk”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job or organisation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose above: the person already in alsdesk, or someone new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members from a CSV file (Excel: Save As CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.
Add the people in this set (up to %d): each needs only a name to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d members: %d over the programme&apos;s limit of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d places filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %s from this set? Their details stay in alsdesk; you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one person was entered twice: everything recorded for the person you merge moves to the person you keep, who stays in every set of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;in and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to it from %s, then removes that record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%d already recorded for both: kept once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • nothing: no sets, meetings, goals or plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept record takes the %s it lacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this (Edit &gt; Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged two records of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Huddle trialled on both wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>T&amp;ype it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how passphrases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Reply from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one answer or rating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste a reply from email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply pasted from email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole reply, including the lines that start with ===</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source>%s (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own goals and development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s
Member of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement goals and development plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own goals and plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one person was entered twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Improvement &amp;goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own goals and development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source>Phases of an airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase (tick to time it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each phase gets its share of the presenter&apos;s time. The clock shows the phase and cues its end; the facilitator moves on (Next phase). Untick every phase to time the airtime as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phases: the clock times each airtime as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a %d-minute airtime (minutes): %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemDetails</name>
    <message>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the review note of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue by %d days: add a review note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue by a day: add a review note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due today: add a review note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due in %d days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Edit plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to get better at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership &amp;dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific &amp;objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be different, how you will tell, and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice at work, shadowing, reading, a course, coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence of progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback, observations or results that will show the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <source>Development need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemsPanel</name>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add review note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a development need: the leadership dimensions it serves, a specific objective, what you will do, and the evidence that will show progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the plan item “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its review note goes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %d review notes go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the review note of %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Rate yourself on the nine dimensions of the Healthcare Leadership Model, then plan how to develop: each item names a need, an objective, what you will do and the evidence that will show progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their self-assessments and plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a self-assessment or a plan item first: there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Airtime: alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterList</name>
    <message>
        <source>Drag to change the order (or Alt+Up / Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <source>Report-back on earlier actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that opened things up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the presenter now sees differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions before the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will they do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s improvement goal this action serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presenter chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the clock now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %s&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier actions to report back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this action&apos;s text, owner or due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything below is %s&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s has the floor: you are editing these notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s has the floor: these notes are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · goal: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <source>Questions of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms made from now on ask these questions, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question of your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <source>Leadership self-assessment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-assessments yet. Rate yourself on the nine dimensions to see your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier assessments not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 earlier assessment not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebaseDialog</name>
    <message>
        <source>%s (%d points before, %d from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Open with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you stored when you set up the journal (capitals, spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key? Your current recovery key will stop working, so destroy the old copy once you have stored the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your journal. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it, or store it somewhere safe away from this computer: in a password manager, or on paper in a locked drawer. Anyone who has this key can open your journal, so keep it as private as the journal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk journal recovery key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk journal recovery key. If you forget your passphrase, choose &quot;Forgotten your passphrase?&quot; and type this key. Keep it away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved there: %s. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %s. Move the file off this computer (print it, or copy it to a USB stick you keep safe), then delete it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended, present or late, of those held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s at %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Attendance register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings held yet.
Open a set meeting from the Schedule tab to take attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.
Add the people in this set on the Members tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · %d%% attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBackPanel</name>
    <message>
        <source>Everyone here reports back on the actions they agreed at earlier meetings: presenters can do it in their airtime too. Carried forward, an action is due again at the next meeting unless you choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is marked present yet. Mark attendance on the Attendance tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier actions to report back on: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away today: %s. Their actions can be reported back on from the set&apos;s Actions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to hear about today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d earlier actions reported back on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBetweenDialog</name>
    <message>
        <source>Report back on an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: “%s”, agreed %s, now %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What became of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heard on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <source>Export feedback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which report do you want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full report is for your facilitated conversation: who was asked, the synthesis, yourself against others and your own view. The tutor&apos;s version holds only the synthesis and your themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter version for my tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feedback report may identify a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing takes out NHS numbers, dates of birth and postcodes only. Names, wards, dates and rare conditions stay: read the report yourself before you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove those details, then export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>Ask someone for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree to be &amp;named in the synthesis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the data you have now. What you have now is kept aside in the backups folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in %s yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk backup (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s cannot be restored: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How is it going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did, what you noticed, what the evidence shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the review date to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is now %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Process review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did we work together today? What did we learn about learning? What will we change next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, time and place of the next meeting; anything to bring or arrange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the meeting record (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the set stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a stop marked by mistake out of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Process review&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next meeting: practicalities&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was agreed, not what was said in confidence: the record goes to the set and, as a summary, to tutors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported back yet: %s. See the Report-back tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stops yet. “Stop the set” (Ctrl+Shift+S) marks the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward %s: was due %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %s’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was due %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed %s · due %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due date of an action carried forward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New 360 feedback round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round starts with a question for each leadership dimension and four open questions, all in plain words; you can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mid-programme 360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the forms will show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask for &amp;ratings on the four levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunChartWidget</name>
    <message>
        <source>Run chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements yet. Add a progress update with a value to start the run chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median of first %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Median carried on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %n more: hover the marked points for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Generate programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected set meeting to run or review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet.
Use “Generate programme…” to lay out the typical year from a start date, or add events one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d events, %d cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%s&quot;? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %d events? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Markdown works here: # heading, - list, *emphasis*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfViewPanel</name>
    <message>
        <source>Ratings from my latest &amp;self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own answers to the same questions, worded as your respondents read them: answer each about yourself. The synthesis sets them beside what others said, and your ratings beside theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-assessment yet: make one under your own goals and plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings taken from your latest self-assessment; Save keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your view is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetDialog</name>
    <message>
        <source>Edit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cedar set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme / cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MSc Healthcare Leadership 2026/27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetListModel</name>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPage</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions (%d)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetsPanel</name>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action learning sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New set…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sets, journal, backups and these settings are all in this folder. To use another, quit alsdesk, move or copy the folder, and start alsdesk with --data-dir and the new folder (or set ALSDESK_DATA_DIR): the change takes effect at that restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your journal first (My journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk backs up your data at most once a day when something changed, and when you quit after changes. Older backups are removed, keeping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept in %s, on this computer only: use File &gt; Back up now to keep one on a USB stick. The journal stays sealed inside every backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a day for the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then one a week for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default meeting start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default meeting end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound at the airtime timer&apos;s cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the airtime phases of a new set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each set keeps its own phases; this is what a new set starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new set&apos;s airtime phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime phases of a new set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: each airtime is timed as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard phases: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows the system&apos;s font size. A few colours change fully at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Your private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write honestly about your work, your colleagues and your own mistakes. Entries are encrypted on this computer with a passphrase you choose. Nobody can read them without it: not your facilitator, not your tutor, not IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase and have no recovery key, the journal cannot be opened by anyone, including us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make a &amp;recovery key (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key is a second, long key shown to you once, to print or keep in a password manager. It opens the journal if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls; Alt with an underlined letter opens a menu. Pages add their own keys while they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>alsdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Edit template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage becomes a box in the entry, with its prompt above it. Entries already written keep the stages they were written with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>My templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. A template is your own set of reflective stages, for example for a safety huddle or after a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 template is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d templates are damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 template was deleted outside alsdesk; a backup has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d templates were deleted outside alsdesk; a backup has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%s”? Entries written with it keep their stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Comments to mark themes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet. Themes are marked on the replies&apos; comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short label, in your words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;velopment area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;plan item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a development-plan item for this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes are kept in your private vault with the round. A plan item made from one holds only what you write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme saved in your private vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan item leaves your private vault: it is kept unencrypted with your plan. Write only what you want there; none of the comment is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item added to your development plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Phases: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes each phase took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d phases, first: %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phases start with the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d · %s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last phase: time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up: on to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour of alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal can only be opened with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key was made for it, and without the passphrase or a recovery key nobody can open it, not even us. That is what keeps it private.

Take your time: passphrases often come back when you try the words you usually choose, in the order you would say them. If it does not come back, you can start a new journal only by deleting this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Edit progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>overdue since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk keeps your action learning sets on this computer: members, the programme&apos;s year of meetings and workshops, and a calendar to share, with each person&apos;s improvement goals and development plan. It works without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demonstration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next set meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set meeting ahead. Add one on a set&apos;s Schedule tab, or generate the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions overdue or due in the next %d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an action to open its set&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open action is overdue or due soon. Actions agreed at meetings appear here as their due date comes near.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due in the next %d days. Plan items appear here as their review date comes near.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My improvement goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a goal to open it on your own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. Goals you add on your own page appear here with what their run chart shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home (%d due for review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting ahead of the day: its agenda and who will come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (in %d days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %s&apos;s development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowBackups</name>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups: the last %d days and %d weeks are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk backup (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %s in place of the data you have now? What you have now is kept in the backups folder, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %s; the data it replaced is in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %d older backups still open with the old passphrase. Re-seal them with the new one, or remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies you saved elsewhere with Back up now are not changed: they still open with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-seal them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %d older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sealed %d older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %d from an earlier journal still open with its old passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>Exported to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowHelp</name>
    <message>
        <source>alsdesk &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tour of alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What today needs: the next meetings, actions falling due and plans to review. Alt+Home comes back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action learning set, with its members, schedule, register and actions. File &gt; New set starts one; File &gt; Open the demonstration set shows a year&apos;s worth to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a set&apos;s schedule, run a meeting: check-in, bids, the airtime timer, actions and the process review, saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member&apos;s improvement goals, with run charts, and their development plan. Add yourself to keep goals and a plan of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private reflective journal, sealed with a passphrase, with prompts from Gibbs, Kolb, Johns and other models. Alt+J opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help explains action learning, airtime, the reflective models and run-chart rules (F1), lists the keyboard shortcuts and shows this tour again. Edit &gt; Settings holds backups, the journal&apos;s lock and the theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmrChartWidget</name>
    <message>
        <source>XmR chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit and miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving range (hollow: left out of the limits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>%d event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of %d meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of %d meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress report of &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s has no self-assessments or plan items yet; nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the development plan of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360 feedback for my tutor - %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360 feedback report - %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the synthesis of &quot;%s&quot; for a tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback report of &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of a held set meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meeting record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the meeting record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of the whole set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export set record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the set record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set&apos;s action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an improvement goal&apos;s progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export goal progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the goal progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s personal development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the development plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting journal entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 360 feedback round&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export feedback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the feedback report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %s: %s. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %s: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only or open in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write in the folder %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %s does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360 feedback - %s - %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you know them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each dimension of the NHS Healthcare Leadership Model, choose the level you have seen most often, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager: agree to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line managers only: tick to agree that %s may see your comments under your name. Without a tick they are mixed with everyone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Save the form and send it back by email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action has been reported back on; set its status to Dropped instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is reported back on at its own set&apos;s meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is reported back on at a later meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what became of the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was agreed later, on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an action to %s characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the meeting (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member of the set as the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry it forward to a day after %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid between 1 and %d minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not a member of this set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone marked apologies or absent cannot bid: mark them present, or late from the time they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives at %s: can bid from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has already had airtime today; it stays recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of presenters changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan between 0 and %d minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give between 1 and %d minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %s&apos;s airtime before handing the floor back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective and analytical questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about future action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the process felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep to %d phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phase needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep phase names to %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each phase a share between 1 and %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That presenter&apos;s turn no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, such as 42 or 3.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the goal a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A median needs at least 2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called &quot;%s&quot; is in alsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s has %d goals called &quot;%s&quot;; rename one in alsdesk to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal &quot;%s&quot; for %s; %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of a measurement after the first: the limits are recalculated from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits are already recalculated from %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the measure that the baseline and target count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the unit to %s characters (such as %%, days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is before the baseline date (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress updates dated before this: %d, the first on %s. Choose an earlier baseline date or change those updates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day has not come yet: record progress once it is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s baseline is dated %s; progress comes after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the measure&apos;s value, or say how things are going (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an update to %s characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspiring shared purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do people see why our work matters, through me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I notice how people are and look after them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I seek out evidence and think before I act?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting our service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I work across teams and organisations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing the vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can I describe where we are going so others want it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaging the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I involve people and value what they bring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I agree clear expectations and follow them up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I help others grow, and myself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencing for results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I win support for change beyond my authority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no leadership dimension %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-back round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids for airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone I manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague in another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient or service-user representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they help people see why our work matters, and keep to it when it is hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they notice how people are doing, and what do they do about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they gather evidence and different views before deciding? An example helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they work with teams and services beyond their own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clearly do they describe where things are going, and win people to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they involve others and make use of what each person brings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they agree what is expected and follow it through, fairly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they help others learn and grow, and keep learning themselves?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they build support for change where they have no authority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do they do well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could they do more of?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could they do less of?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they changed one thing, what should it be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep step titles to %s characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids by need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%s&quot; is not a set meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%s&quot; is cancelled; reinstate it to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%s&quot; has no set meeting on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step is not on this meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks take 0 to %s minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process review takes 0 to %s minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a late arrival has an arrival time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This set already has %d members; the programme&apos;s limit is %d. You can still add this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%s&quot; is not an email address (name@example.nhs.uk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + ( ) - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in alsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is already a member of this set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment does not rate leadership dimension %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the development need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a specific objective for this need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the %s to %s characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one leadership dimension this need serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write how the item is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a review note to %s characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review cannot be before this one (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That review note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the assessment, such as &quot;Start of programme&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name to %s characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate all nine dimensions; still unrated (%d): %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each dimension once; rated more than once: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each reason to %d characters (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a &quot;%s&quot; assessment on %s; change the name or the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %s no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %s was changed elsewhere since you opened it. Reload it and make your change again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IHI run chart rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhøj rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value on %s is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: signals of change: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: no signal of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s needs %d more points off the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s needs %d more points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a series this long the trend rule often signals by chance; the Anhøj rules do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run: needs %d more points off the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: %d points in a row %s the median, %s, where more than %d would be unusual for %d points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run: %d points on one side of the median; more than %d is a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings: needs %d more points off the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few crossings of the median: %d in %d points, %s, where %d or more would be expected by chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings: %d; fewer than %d would signal a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perla, Provost &amp; Murray (2011), Table 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Swed &amp; Eisenhart distribution (the published table stops at %d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits from %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spacing_weeks must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the programme starts (%s): check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the programme ends (%s): check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%s&quot; is not a kind of event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a start time as well as an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%s) must be after the start (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of those events no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%s&quot; has a meeting record (attendance and notes), so it cannot be deleted or replaced. Cancel it instead if it is not going ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That set no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start in %d? Check the year; you can keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than two years ahead: check the year; you can keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no set called &quot;%s&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the set a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set called &quot;%s&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a UK nation for bank holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That set no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, such as an odd little sentence only you would think of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable, though one more unrelated word would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: this would take %s to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key is 32 letters and digits in eight groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That journal entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was %s, so it cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was changed on disk since it was saved and cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has already replied; remove the reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply from this person is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feedback round was changed on disk since it was saved and cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That feedback round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer in the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was changed on disk and cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the title under %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round needs at least one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each prompt needs its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each prompt under %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two prompts share one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.nhs.uk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers are to prompts of another round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each answer under %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round does not ask for ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings are a level from 1 to 4 for a dimension from 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership dimensions are numbered 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage needs a heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the journal&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between %d and %d minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has not been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XmR chart (SPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the process limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven points going one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of three near a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven points on one side of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common cause variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause: improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause: concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit and miss: the target lies inside the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistently passing the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistently failing the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That stop is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the %s on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the %s to %d characters (it has %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the %s to %s characters (it has %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name under %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date, e.g. 12/1/27 or 12 Jan 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such day as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%s&apos; is not a date alsdesk can read: type e.g. 12/1/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a day without a time, e.g. 12/1/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XmR chart needs at least %d points to set its limits; this measure has %d, so the run chart is shown until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %s, process limits %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XmR chart of %d points: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XmR chart of %d points, limits recalculated from %s: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %s: mean %s, process limits %s to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d moving ranges more than 3.267 times their average were left out of the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moving range more than 3.267 times the average was left out of the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits from fewer than %d points are provisional: read them with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No special cause: all the variation is common cause, what the process gives by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concern at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest point shows common cause variation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest point is part of a special cause of improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest point is part of a special cause of concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target, %s, lies inside the limits: it will be met some of the time and missed some of the time (hit and miss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target, %s, lies outside the limits on the good side: the process consistently passes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target, %s, lies outside the limits on the wrong side: the process consistently fails it, and will not meet it without a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a year ago: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than two years ago: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a year ahead: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than two years ahead: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than three years ahead: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than a member list (over %d KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a workbook, not a CSV file: in Excel choose File &gt; Save As &gt; CSV UTF-8, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text alsdesk can read (UTF-8 or Windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of names: the first row should name the columns, for example Name, Job title, Organisation, Email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has over %d rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person as row %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is already a member of this set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would make %d members; the programme&apos;s limit is %d (add them with Add member if you must).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is no longer in alsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airtime bid or turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airtime bids and turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier owner of an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier owners of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development-plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development-plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person was changed after the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answers under each question. Keep the lines that start with === as they are, and reply with the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you know them? One of: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (optional): write one of %s after a dimension, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line managers only: write yes to agree to be named in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on %s&apos;s leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on a colleague&apos;s leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %s. Thank you for agreeing to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is on a leadership programme and has asked a few people who know their work to describe their leadership in their own words. There are no right answers: short examples of what you have seen help most. Leave out anything that could identify a patient or service user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %s reads your answers, in a summary that mixes them with everyone else&apos;s: comments are shuffled, and any group of fewer than three people (peers, say) is merged into a wider one, so what you write is not traced back to you. A line manager is named only if they tick the box at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please save the filled form and return it by email by %s. Ratings are optional; leave any box empty if you prefer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply from this person is already stored: replace it with this one, or keep the one stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form belongs to another of your rounds. Import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s hidden identifiers were changed, or it was made by another copy of alsdesk, so it cannot be trusted. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person this form was made for is no longer in the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form came back with nothing filled in. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a feedback form made by alsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged, or locked with a password, and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file (or an answer in it) is too large to be a returned form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues in other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient and service-user representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %s,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle reminder about the feedback form I sent you. The date I gave, %s, has passed, but your view would still be very welcome if you can send it in the next few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle reminder about the feedback form I sent you: I would be grateful for your answers by %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes about twenty minutes. Your answers are mixed with others&apos; before I read them, so they are not traced back to you. If you would rather not take part, just tell me; if you have lost the form, I will send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&apos; view (360: %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the label to %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That question is no longer in the round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>%s is not a database URL alsdesk understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %s %s was saved by a newer version of alsdesk (schema %s). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the %s %s: it could not be backed up before its upgrade (%s). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the %s %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is in use by another program (another alsdesk, a backup or sync tool); try again in a moment. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged. Restore it from a backup (File → Restore from backup…); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be written (it is read-only). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk could not save: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alsdesk could not read your data: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgraded database would have %s broken references; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private vault is always a file on this device (an SQLite URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds a journal, and without a data folder there is no private vault to move it into. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s cannot be restored: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s has no journal to re-seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-seal %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
