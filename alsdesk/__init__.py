"""alsdesk: an offline desktop companion for action-learning sets."""

__version__ = "0.1.0"
APP_NAME = "alsdesk"
APP_ID = "org.alsdesk.alsdesk"
"""Reverse-DNS id: the AppStream component, the desktop entry's file name, the macOS bundle."""
