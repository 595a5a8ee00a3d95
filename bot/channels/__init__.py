"""Rasa input channels of the project: the website (widget files and the text-only page) and
numbered options for messaging channels that cannot show buttons."""
