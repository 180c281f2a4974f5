"""The built-in hands-on labs: each kind's rules live in its own module here.

The course validator needs only the names and parameter types below, so this
file imports nothing heavy; a lab's module is imported when the lab opens.
"""

LAB_KINDS: dict[str, dict[str, type]] = {
    "hash-sign": {"document": str},
    "follow-the-money": {"sale_amount": float},
    "spot-the-scam": {},
    "landed-cost": {"fob_value": float, "freight": float, "insurance": float, "duty_rate": float},
}
