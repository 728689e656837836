"""The visitor's rights: erasure as a pseudonym, retention, and a copy of one's own data.

Erasure keeps what a legal reporting duty needs (GDPR art. 17(3)(b)): the coarse answers that
the funders' monthly figures are made of, so that no figure of any past month changes. The age
band is kept for each year the person visited, since a band depends on the report's year.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk import settings_catalog
from kiosk.clock import local
from kiosk.db import Database, audit
from kiosk.db import answers as answers_table
from kiosk.db import people as people_table
from kiosk.db import periods as periods_table
from kiosk.db import visits as visits_table
from kiosk.db.timestamps import from_text
from kiosk.profile import age_band



@dataclass(frozen=True)
class Erased:
    person_id: int
    pseudonym: int


@dataclass(frozen=True)
class RetentionRun:
    erased: int
    kept_until: date | None  # the audit date from settings that held erasure back, if any


def erase(db: Database, clock, person_id: int, actor: str = "staff", reason: str = "request") -> Erased:
    now = clock.now()
    with db.transaction() as conn:
        person = people_table.details(db, person_id)
        if person is None or person["erased_at"] is not None:
            raise ValueError(f"no person {person_id} to erase")
        first, last = people_table.visit_span(conn, person_id)
        bands = None
        if person["birth_year"] is not None:
            years = range(local(from_text(first)).year, local(from_text(last)).year + 1) if first else [local(now).year]
            bands = " ".join(f"{y}={age_band(person['birth_year'], date(y, 12, 31))}" for y in years)
        pseudonym = people_table.next_pseudonym(conn)
        people_table.erase(conn, person_id, pseudonym, bands, now)
        audit.record(conn, now, actor, "erase", person_id, reason)
    return Erased(person_id, pseudonym)


def band_in_year(birth_year: int | None, kept_bands: str | None, year: int) -> str | None:
    """A person's age band in a report's year: from the birth year, or what erasure kept."""
    if birth_year is not None:
        return age_band(birth_year, date(year, 12, 31))
    for pair in (kept_bands or "").split():
        kept_year, band = pair.split("=")
        if int(kept_year) == year:
            return band
    return None


def apply_retention(db: Database, clock) -> RetentionRun:
    """Erase people unseen for the retention time (setting ``retention_months``, default 24),
    but not before the audit date in ``keep_for_audit_until`` (from the funding decision)."""
    now = clock.now()
    keep_until = settings_catalog.get(db, "keep_for_audit_until")
    if keep_until is not None and local(now).date() <= keep_until:
        return RetentionRun(0, keep_until)
    months = settings_catalog.get(db, "retention_months")
    cutoff = now - timedelta(days=round(months * 30.44))
    gone = people_table.unseen_since(db, cutoff)
    for person_id in gone:
        erase(db, clock, person_id, actor="retention", reason=f"no visit in {months} months")
    return RetentionRun(len(gone), keep_until)


def subject_access(db: Database, person_id: int) -> str:
    """Everything kept of a person, as JSON, for their subject access request."""
    person = people_table.details(db, person_id)
    if person is None:
        raise ValueError(f"no person {person_id}")
    data = {key: person[key] for key in person.keys()}
    data["visits"] = [dict(v) for v in visits_table.of_person(db, person_id)]
    data["answers"] = [dict(a) for a in answers_table.of_person(db, person_id)]  # each with the day it was given
    data["role_periods"] = [dict(p) for p in periods_table.of_person(db, person_id)]
    data["audit_log"] = [dict(e) for e in audit.entries(db, person_id)]
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
