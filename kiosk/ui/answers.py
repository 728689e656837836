"""What the registration's questions and answers say, in the visitor's language.

Built on each call, so that a language change shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# Written out in full at each call: pyside6-lupdate finds only literal translate("context", "text") calls.
translate = QCoreApplication.translate


def questions() -> dict[str, str]:
    return {
        "gender": translate("answers", "Sukupuoli"),
        "birth_year": translate("answers", "Syntymävuosi"),
        "situation": translate("answers", "Mikä on tilanteesi nyt?"),
        "education": translate("answers", "Korkein koulutuksesi"),
        "citizenship": translate("answers", "Kansalaisuus"),
        "municipality": translate("answers", "Kotikunta"),
        "mother_tongue": translate("answers", "Äidinkieli"),
    }


def choices() -> dict[str, dict[str, str]]:
    return {
        "gender": {
            "woman": translate("answers", "Nainen"),
            "man": translate("answers", "Mies"),
            "other": translate("answers", "Muu tai ei-binäärinen"),
        },
        "situation": {
            "unemployed_under_6": translate("answers", "Työtön, alle 6 kk"),
            "unemployed_6_12": translate("answers", "Työtön, 6–11 kk"),
            "unemployed_long": translate("answers", "Työtön, 12 kk tai kauemmin"),
            "employed": translate("answers", "Töissä"),
            "self_employed": translate("answers", "Yrittäjä tai freelancer"),
            "remote_worker": translate("answers", "Etätyössä"),
            "student": translate("answers", "Opiskelija"),
            "pensioner": translate("answers", "Eläkkeellä"),
            "inactive_other": translate("answers", "Muu, työelämän ulkopuolella"),
        },
        "education": {
            "basic": translate("answers", "Peruskoulu tai vähemmän"),
            "secondary": translate("answers", "Lukio tai ammatillinen"),
            "post_secondary": translate("answers", "Ammatti- tai erikoisammattitutkinto"),
            "college": translate("answers", "Opistoaste"),
            "higher": translate("answers", "Korkeakoulu"),
        },
        "citizenship": {
            "fi": translate("answers", "Suomi", "citizenship"),
            "eu": translate("answers", "Muu EU-maa"),
            "non_eu": translate("answers", "EU:n ulkopuolelta"),
        },
        "mother_tongue": {
            "fi": translate("answers", "Suomi", "mother tongue"),
            "sv": translate("answers", "Ruotsi", "mother tongue"),
            "se": translate("answers", "Saame", "mother tongue"),
            "other": translate("answers", "Muu", "mother tongue"),
        },
    }


def with_earlier() -> dict[str, dict[str, str]]:
    """Every answer an old record may hold: those asked now, and those no longer asked (kept with
    their meaning: "under 12 months" was asked before the 6-month step)."""
    found = choices()
    found["situation"] = {**found["situation"],
                          "unemployed_short": translate("answers", "Työtön, alle 12 kk")}
    return found


def rather_not_say() -> str:
    return translate("answers", "En halua sanoa")


def diets() -> dict[str, str]:
    return {
        "vegetarian": translate("answers", "Kasvisruoka"),
        "gluten_free": translate("answers", "Gluteeniton"),
        "lactose_free": translate("answers", "Laktoositon"),
        "no_pork": translate("answers", "Ei sianlihaa"),
        "other": translate("answers", "Muu, mikä?"),
    }


def diets_short() -> dict[str, str]:
    """For the cook's list, where space is short."""
    return {
        "vegetarian": translate("answers", "Kasvis"),
        "gluten_free": translate("answers", "Gluteeniton"),
        "lactose_free": translate("answers", "Laktoositon"),
        "no_pork": translate("answers", "Ei sianlihaa"),
        "other": translate("answers", "Muu"),
    }
