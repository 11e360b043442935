"""The private vault's revisions, oldest first by ``down_revision``."""
