"""The sets area: the sets list, a set's page (details, members, schedule, actions, register) and the undoable edits made there."""
