"""The optional questions a first-time visitor is asked, and the codes their answers are kept as.

The codes are what the database, the CSV import and the reports use; the words a person sees are
in the UI, through tr(). ``None`` everywhere means "I'd rather not say" (or not asked).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

GENDERS = ("woman", "man", "other")
SITUATIONS = (
    # Long-term unemployment is over 6 months under 25 and over 12 months at 25 or more
    # (Regulation (EU) 2021/1057 Annex I, EECO03): the months are asked in three steps, and each
    # answer keeps the age group it was given at (kiosk/db/answers.py), which erasure leaves.
    "unemployed_under_6",  # unemployed under 6 months
    "unemployed_6_12",  # unemployed 6 to 11 months
    "unemployed_long",  # unemployed 12 months or more
    "unemployed_short",  # unemployed under 12 months: no longer asked; answers given before keep it
    "employed",
    "self_employed",  # self-employed or freelancer
    "remote_worker",
    "student",
    "pensioner",
    "inactive_other",  # other outside working life
)
SITUATIONS_NO_LONGER_ASKED = ("unemployed_short",)  # kept with their meaning in the records that hold them
# ISCED 0-2; 3 (3-4 in answers given before post_secondary existed); 4 (specialist vocational);
# 5 (the old college level, "opistoaste"); 6-8 (5-8 before college existed). ESF+ bands: 0-2, 3-4, 5-8.
EDUCATIONS = ("basic", "secondary", "post_secondary", "college", "higher")
CITIZENSHIPS = ("fi", "eu", "non_eu")
MOTHER_TONGUES = ("fi", "sv", "se", "other")  # se: Sámi (any of the three spoken in Finland)
# A person is a visitor unless a dated role period (kiosk/periods.py) says otherwise on that day.
ROLES = ("visitor", "volunteer", "work_trial", "education_trial", "rehab_work", "pay_subsidy", "staff")
PERIOD_ROLES = ROLES[1:]
# The ESF+ participant's situation upon leaving (Regulation (EU) 2021/1057 Annex I, point 1's
# common result indicators), or outside working life.
EXIT_RESULTS = ("in_work", "self_employed", "in_education", "job_seeking", "qualification", "inactive")
AGE_BANDS = ("under_18", "18_29", "30_54", "55_64", "65_plus")

# Which optional questions the kiosk asks: a setting, since funders differ.
QUESTIONS = ("gender", "birth_year", "situation", "education", "citizenship", "municipality", "mother_tongue")
OLDEST_BIRTH_YEAR = 1900
# The answers kept with the day they were given (kiosk/dated.py); the birth year does not change.
DATED_QUESTIONS = ("gender", "situation", "education", "citizenship", "municipality", "mother_tongue")


@dataclass(frozen=True)
class Profile:
    """What a visitor told about themselves; every field may be left unsaid."""

    gender: str | None = None
    birth_year: int | None = None
    situation: str | None = None
    education: str | None = None
    citizenship: str | None = None
    municipality: str | None = None
    mother_tongue: str | None = None


CHOICES = {
    "gender": GENDERS,
    "situation": SITUATIONS,
    "education": EDUCATIONS,
    "citizenship": CITIZENSHIPS,
    "mother_tongue": MOTHER_TONGUES,
}


def problems(profile: Profile, today: date) -> list[str]:
    """What is wrong with a profile, as ``field: reason`` (empty when it is fine)."""
    found = []
    for f in fields(Profile):
        value = getattr(profile, f.name)
        if value is None:
            continue
        if f.name in CHOICES and value not in CHOICES[f.name]:
            found.append(f"{f.name}: '{value}' is not one of {', '.join(CHOICES[f.name])}")
    if profile.birth_year is not None and not OLDEST_BIRTH_YEAR <= profile.birth_year <= today.year:
        found.append(f"birth_year: {profile.birth_year} is not a year between {OLDEST_BIRTH_YEAR} and {today.year}")
    return found


def age_group(birth_year: int | None, on: date) -> str | None:
    """Under 25 or not when an answer is given (the age turned that year, as the age bands): kept
    with the answer for the long-term unemployment rule, which erasure must not lose."""
    if birth_year is None:
        return None
    return "under_25" if on.year - birth_year < 25 else "25_plus"


def age_band(birth_year: int, on: date) -> str:
    """The report's age band in the year of ``on`` (the age a person turns that year)."""
    age = on.year - birth_year
    if age < 18:
        return "under_18"
    if age < 30:
        return "18_29"
    if age < 55:
        return "30_54"
    if age < 65:
        return "55_64"
    return "65_plus"


@dataclass(frozen=True)
class StaffFields:
    role: str = "visitor"
    esf_participant: bool = False
    eura_start_on: date | None = None
    eura_exit_on: date | None = None
    notes: str = ""
    extra: dict = field(default_factory=dict)
