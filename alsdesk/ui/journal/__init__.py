"""The private reflective journal: set-up, unlocking, browsing and writing entries."""
