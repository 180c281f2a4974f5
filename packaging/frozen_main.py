"""The one-folder app's program: with arguments it is the `trainer` command line, without it opens the window."""

import sys


def main() -> int:
    if len(sys.argv) > 1:
        from trainer.cli import main as command_line

        return command_line()
    from trainer.gui.app import main as window

    return window()


if __name__ == "__main__":
    sys.exit(main())
