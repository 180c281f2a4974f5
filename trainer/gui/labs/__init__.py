"""The faces of the hands-on labs: one screen module per lab kind, found through LAB_SCREENS.

Each screen's rules live in `trainer.labs.<kind>`; a screen module is imported
only when its lab opens, so start-up pays for none of them. Adding a lab means
a core module, a screen module and one entry here.
"""

from importlib import import_module

LAB_SCREENS: dict[str, str] = {
    "hash-sign": "trainer.gui.labs.hash_sign:HashSignScreen",
    "follow-the-money": "trainer.gui.labs.follow_the_money:FollowTheMoneyScreen",
    "spot-the-scam": "trainer.gui.labs.spot_the_scam:SpotTheScamScreen",
    "landed-cost": "trainer.gui.labs.landed_cost:LandedCostScreen",
}


def create_lab_screen(lab, lang: str, parent=None):
    """The screen for `lab` (a `trainer.courses.model.Lab`) in `lang`; it emits `finished(score)` when done.

    The course validator accepts only known kinds, so an unknown one here is a programming error.
    """
    module_name, class_name = LAB_SCREENS[lab.kind].split(":")
    screen_class = getattr(import_module(module_name), class_name)
    return screen_class(lab, lang, parent)
