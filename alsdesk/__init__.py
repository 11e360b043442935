"""alsdesk: an offline desktop companion for action-learning sets."""

__version__ = "0.1.0"
APP_NAME = "alsdesk"
