<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en_GB">
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
        <source>Mem&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
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
        <source>Cancelled</source>
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
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still planned %d min: %d min more than the %d min left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the last airtime</source>
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
        <source>Delete the self-assessment “%s” of %s, with all nine ratings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete self-assessment</source>
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
</context>
<context>
    <name>BackupSettingsDialog</name>
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
        <source>Weekly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
        <source>They are kept in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies are on this computer only: use Back up now to keep one on a USB stick. The journal stays sealed inside every backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BidsPanel</name>
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
        <source>Replace the %d events already scheduled (events you added go too; Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the event already scheduled (Undo brings it back)</source>
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
        <source>Measure and run chart</source>
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
        <source>Part of a signal on the run chart: %s</source>
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
        <source>&amp;About alsdesk</source>
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
        <source>About alsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;alsdesk %s&lt;/b&gt;&lt;p&gt;An offline companion for action learning sets in health and care leadership programmes.&lt;/p&gt;&lt;p&gt;Your data: %s&lt;/p&gt;</source>
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
        <source>&amp;Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air&amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and close</source>
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
        <source>%s is already in alsdesk: choose them under “Already in alsdesk”, or go on if this is someone else.</source>
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
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from set</source>
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
        <source>Delete the review note of %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete review note</source>
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
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier actions to report back on.</source>
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
        <source>No actions agreed yet.</source>
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
        <source>How did we work together today? What did we learn about learning? What will we change next time?</source>
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
    <name>RunChartWidget</name>
    <message>
        <source>Run chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements yet. Add a progress update with a value to start the run chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
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
        <source>Show archived sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New set…</source>
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
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Two minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
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
        <source>Other</source>
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
        <source>The journal is locked. Unlock it with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the title under %d characters.</source>
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
