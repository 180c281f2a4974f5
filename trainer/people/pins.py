"""PINs are stored only as salted scrypt hashes, in the local `accounts` table: they never leave the laptop.

A PIN has few digits, so whoever copies the database file can try them all;
the cost per try is what protects it. N=2^17, r=8 takes about 0.4 s and
128 MiB per try on a 2-core laptop (bench/trust.py measures it): every
4-digit PIN costs about an hour of one core, every 6-digit PIN about five
days, which is why trainers and organizers need 6 digits. Wrong tries in the
app are slowed further by a delay that grows and survives a restart
(trainer.people.service.verify_pin).
"""

import base64
import hashlib
import hmac
import os
import re

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAX_MEMORY = 2**28  # hashlib refuses more than 32 MiB unless told
PIN_PATTERN = re.compile(r"^\d{4,8}$")
LEADER_PIN_PATTERN = re.compile(r"^\d{6,8}$")


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32, maxmem=MAX_MEMORY)
    encode = lambda raw: base64.b64encode(raw).decode()  # noqa: E731
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt)}${encode(digest)}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        n, r, p = int(n), int(r), int(p)
    except ValueError:
        return False
    if scheme != "scrypt" or n > 2**20 or r > 16 or p > 4:  # a stored hash must not make a try take minutes
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=n, r=r, p=p, dklen=len(expected),
                            maxmem=2**31 - 1)
    return hmac.compare_digest(actual, expected)
