"""Participants, trainers and organizers: their profiles and PINs."""
