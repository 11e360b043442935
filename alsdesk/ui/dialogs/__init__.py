"""Dialogs for entering and confirming data."""
