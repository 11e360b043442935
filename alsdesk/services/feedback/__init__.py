"""Narrative 360-degree feedback, collected offline (issue 15); no Qt here.

- ``model``: rounds, prompts, respondents, requests, responses, as dataclasses;
- ``service``: ``FeedbackService``, everything sealed in the private vault;
- ``forms``: what a respondent's form or email holds, and its check value;
- ``email_text``: the plain-text version with marked sections, and its parser;
- ``importing``: returned PDFs read back, with one outcome per file;
- ``tracking``: who was asked, replied, is overdue or declined; reminders;
- ``synthesis``: the anonymised view by prompt and by dimension.
"""
