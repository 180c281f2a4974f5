"""Workshops, their sessions, enrollments and attendance."""
