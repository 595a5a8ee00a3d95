"""Rasa SDK action server: thin wrappers around bot/."""
