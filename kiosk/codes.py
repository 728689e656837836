"""Codes printed on cards and labels, and reading them back from a scanner.

A code is ``TH1`` (this system, version 1), a kind letter (``P`` person, ``I`` item), 20 random
characters (100 bits from ``secrets``) and 2 check characters. Only digits and capital letters are
used: they type the same on a Finnish and a US keyboard layout, which is what a USB scanner in
keyboard mode depends on, and they fit QR's compact alphanumeric mode.
"""

from __future__ import annotations

import enum
import secrets
from dataclasses import dataclass

SYSTEM_PREFIX = "TH1"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RANDOM_LENGTH = 20
CHECK_LENGTH = 2
CODE_LENGTH = len(SYSTEM_PREFIX) + 1 + RANDOM_LENGTH + CHECK_LENGTH


class Kind(enum.Enum):
    PERSON = "P"
    ITEM = "I"


class ScanProblem(enum.Enum):
    NOT_OURS = "not_ours"  # a code from another system: a bus card, a product barcode
    GARBLED = "garbled"  # our prefix, but damaged on the way (wrong length, typo, check fails)


@dataclass(frozen=True)
class Code:
    kind: Kind
    text: str


def _check(body: str) -> str:
    """A weighted sum modulo the prime 1021: every single wrong character and every swap of two
    characters changes it, so a misread is reported as garbled and never taken for another card."""
    total = sum(weight * ord(ch) for weight, ch in enumerate(body, start=1)) % 1021
    return ALPHABET[total // 32] + ALPHABET[total % 32]


def new_code(kind: Kind, choice=secrets.choice) -> str:
    """A fresh code. ``choice`` is replaceable only so that demo data can be made from a seed."""
    body = SYSTEM_PREFIX + kind.value + "".join(choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return body + _check(body)


def parse_scan(raw: str) -> Code | ScanProblem:
    """Read what a scanner typed. Scanners with caps lock on type lower case, some add spaces."""
    text = "".join(raw.split()).upper()
    if len(text) > CODE_LENGTH and text[-CODE_LENGTH:].startswith(SYSTEM_PREFIX):
        # Something came before the code: a letter typed a moment before the card was shown, a
        # scanner's own prefix. The code's check characters make a wrong tail fail as garbled.
        text = text[-CODE_LENGTH:]
    if not text.startswith(SYSTEM_PREFIX):
        return ScanProblem.NOT_OURS
    if len(text) != CODE_LENGTH or any(ch not in ALPHABET for ch in text[len(SYSTEM_PREFIX) + 1 :]):
        return ScanProblem.GARBLED
    body, check = text[:-CHECK_LENGTH], text[-CHECK_LENGTH:]
    if _check(body) != check:
        return ScanProblem.GARBLED
    try:
        kind = Kind(text[len(SYSTEM_PREFIX)])
    except ValueError:
        return ScanProblem.GARBLED
    return Code(kind, text)


def without_prefix(raw: str, prefix: str) -> str:
    """What a scanner typed, less the prefix its staff set it to send before every code (some send
    a symbology identifier such as ``]Q1``, others a shop's own mark). Caps Lock may have turned
    the prefix's letters round, so case does not count; a scan without the prefix is kept as is."""
    text = raw.lstrip()
    if prefix and text[: len(prefix)].upper() == prefix.upper():
        return text[len(prefix):]
    return raw
