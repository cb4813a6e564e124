"""drafter: read Antworten der Bundesregierung, find what they leave open, draft the follow-up."""

__version__ = "0.1.0"
