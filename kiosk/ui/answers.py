"""What the registration's questions and answers say, in the visitor's language.

Built on each call, so that a language change shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("answers", text)


def questions() -> dict[str, str]:
    return {
        "gender": _t("Sukupuoli"),
        "birth_year": _t("Syntymävuosi"),
        "situation": _t("Mikä on tilanteesi nyt?"),
        "education": _t("Korkein koulutuksesi"),
        "citizenship": _t("Kansalaisuus"),
        "municipality": _t("Kotikunta"),
        "mother_tongue": _t("Äidinkieli"),
    }


def choices() -> dict[str, dict[str, str]]:
    return {
        "gender": {"woman": _t("Nainen"), "man": _t("Mies"), "other": _t("Muu tai ei-binäärinen")},
        "situation": {
            "unemployed_short": _t("Työtön, alle 12 kk"),
            "unemployed_long": _t("Työtön, 12 kk tai kauemmin"),
            "employed": _t("Töissä"),
            "self_employed": _t("Yrittäjä tai freelancer"),
            "remote_worker": _t("Etätyössä"),
            "student": _t("Opiskelija"),
            "pensioner": _t("Eläkkeellä"),
            "inactive_other": _t("Muu, työelämän ulkopuolella"),
        },
        "education": {
            "basic": _t("Peruskoulu tai vähemmän"),
            "secondary": _t("Lukio tai ammatillinen"),
            "higher": _t("Korkeakoulu"),
        },
        "citizenship": {"fi": _t("Suomi"), "eu": _t("Muu EU-maa"), "non_eu": _t("EU:n ulkopuolelta")},
        "mother_tongue": {"fi": _t("Suomi"), "sv": _t("Ruotsi"), "other": _t("Muu")},
    }


def rather_not_say() -> str:
    return _t("En halua sanoa")


def diets() -> dict[str, str]:
    return {
        "vegetarian": _t("Kasvisruoka"),
        "gluten_free": _t("Gluteeniton"),
        "lactose_free": _t("Laktoositon"),
        "no_pork": _t("Ei sianlihaa"),
        "other": _t("Muu, mikä?"),
    }


def diets_short() -> dict[str, str]:
    """For the cook's list, where space is short."""
    return {
        "vegetarian": _t("Kasvis"),
        "gluten_free": _t("Gluteeniton"),
        "lactose_free": _t("Laktoositon"),
        "no_pork": _t("Ei sianlihaa"),
        "other": _t("Muu"),
    }
