"""The short code printed on a certificate, read aloud or typed from paper: `TRN-7K3Q-M9XA`.

The alphabet leaves out 0/O, 1/I/L and U so no character can be misread as
another; eight random characters give about 10^12 codes.
"""

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8
PREFIX = "TRN"


def new_code() -> str:
    """A fresh random code in its printed form."""
    return display_code("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def display_code(core: str) -> str:
    return f"{PREFIX}-{core[:4]}-{core[4:]}"


def code_core(text: str) -> str:
    """The eight code characters of what someone typed (any case, with or without TRN and dashes), or ''."""
    core = "".join(text.upper().split()).replace("-", "")
    if core.startswith(PREFIX) and len(core) > LENGTH:
        core = core[len(PREFIX):]
    return core if len(core) == LENGTH and all(c in ALPHABET for c in core) else ""

