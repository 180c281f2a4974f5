"""`python -m trainer` opens the desktop app."""

import sys

from trainer.gui.app import main

sys.exit(main())
