"""Lesson completions, quiz attempts and the rules that turn them into completion and mastery."""
