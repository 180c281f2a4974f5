"""Paper mode, for rooms where most participants have no laptop: printed handouts, quiz sheets and answer keys,
and typing the paper results back in as quiz attempts."""
