"""The activities' types and guidance topics in the visitor's or attendant's language.

Built on each call, so that a language change shows at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Written out in full at each call: pyside6-lupdate finds only literal translate("context", "text") calls.
translate = QCoreApplication.translate


def kind_names() -> dict[str, str]:
    return {
        "course": translate("activities", "Kurssi"),
        "group": translate("activities", "Ryhmä"),
        "talkoot": translate("activities", "Talkoot"),
        "language_cafe": translate("activities", "Kielikahvila"),
        "pop_up": translate("activities", "Pop up"),
        "excursion": translate("activities", "Retki"),
        "guidance": translate("activities", "Ohjausaika"),
        "event": translate("activities", "Tapahtuma"),
        "other": translate("activities", "Muu"),
    }


def topic_names() -> dict[str, str]:
    return {
        "job_seeking": translate("activities", "Työnhaku"),
        "benefits": translate("activities", "Etuudet"),
        "digital_errands": translate("activities", "Digiasiointi"),
        "training": translate("activities", "Koulutus"),
        "housing": translate("activities", "Asuminen"),
        "other": translate("activities", "Muu aihe"),
    }
