"""One module per screen of the learner app; the main window switches between them."""
