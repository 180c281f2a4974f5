"""Trainer: offline courseware for e-commerce training in Latin America and the Caribbean."""

__version__ = "0.1.0"
