"""The monthly (quarterly, yearly) report for the funders laid out as an A4 PDF in Finnish, Swedish
or English, from the values handed in (``ReportData``, made by kiosk/report.py from the services):
no SQL, no Qt, no reading of settings. Sections in order: key figures beside the previous period,
the year and the project to date; charts; breakdowns of distinct and of new visitors with small
numbers hidden; the ESF+ indicator table and its check against EURA; volunteers, staff,
attendance, lending, lunch and targets; the coordinator's notes; how it was counted; signature
lines. The aggregate report holds no names, codes or notes about people. With ``listing`` a
participant list follows on pages marked confidential in their header, with ``cards`` the
attendance cards. Printed text, not shown on screen: no tr(), a dict of strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk import __version__, municipalities
from kiosk.documents.figures_table import GRID, INK, figures_table
from kiosk.documents.pdf import LEADING, Fonts, draw_lines, fit_text, number_at, pdf_fonts, write_numbered
from kiosk.clock import local
from kiosk.collation import name_key
from kiosk.profile import (
    AGE_BANDS,
    CITIZENSHIPS,
    EDUCATIONS,
    MOTHER_TONGUES,
    ROLES,
    SITUATIONS,
    SITUATIONS_NO_LONGER_ASKED,
)
from kiosk.statistics import (
    ABSENCE_GROUPS,
    Breakdown,
    EsfTable,
    Hidden,
    PeriodFigures,
    PlannedAttendance,
    suppress,
    suppress_one,
)

if TYPE_CHECKING:
    from kiosk.lending import LoanFigures
    from kiosk.lunch import LunchDay


LANGUAGES = ("fi", "sv", "en")
LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}  # the PDF's /Lang

# Every printed string in Finnish, Swedish and English, in that order.
_STRINGS = {
    "title": ("Kuukausiraportti", "Månadsrapport", "Monthly report"),
    "made": ("Laadittu {day}", "Uppgjord {day}", "Made on {day}"),
    "incomplete": ("Kuukausi on vielä kesken: luvut muuttuvat.", "Månaden pågår ännu: siffrorna ändras.",
                   "The month is not over yet: the figures will change."),
    "page": ("sivu {page}/{pages}", "sida {page}/{pages}", "page {page}/{pages}"),
    "project": ("Hanke", "Projekt", "Project"),
    "funders": ("Rahoittajat", "Finansiärer", "Funders"),
    "confidential": ("LUOTTAMUKSELLINEN / CONFIDENTIAL", "KONFIDENTIELLT / CONFIDENTIAL",
                     "CONFIDENTIAL / LUOTTAMUKSELLINEN"),
    # key figures
    "key_figures": ("Tunnusluvut", "Nyckeltal", "Key figures"),
    "this_month": ("Tämä kuukausi", "Denna månad", "This month"),
    "previous_month": ("Edellinen kuukausi", "Föregående månad", "Previous month"),
    "this_quarter": ("Tämä neljännes", "Detta kvartal", "This quarter"),
    "previous_quarter": ("Edellinen neljännes", "Föregående kvartal", "Previous quarter"),
    "this_year": ("Tämä vuosi", "Detta år", "This year"),
    "previous_year": ("Edellinen vuosi", "Föregående år", "Previous year"),
    "title_quarter": ("Neljännesvuosiraportti", "Kvartalsrapport", "Quarterly report"),
    "title_year": ("Vuosiraportti", "Årsrapport", "Yearly report"),
    "year_to_date": ("Vuoden alusta", "Från årets början", "Year to date"),
    "project_to_date": ("Hankkeen alusta", "Från projektets början", "Project to date"),
    "visits": ("Käynnit", "Besök", "Visits"),
    "distinct_visitors": ("Eri kävijät", "Olika besökare", "Distinct visitors"),
    "new_visitors": ("Uudet kävijät", "Nya besökare", "New visitors"),
    "anonymous_visits": ("Nimettömät käynnit", "Anonyma besök", "Anonymous visits"),
    "open_days": ("Päivät, joina oli käyntejä", "Dagar med besök", "Days with visits"),
    "days_offered": ("Aukiolopäivät (aukioloaikojen mukaan)", "Öppetdagar (enligt öppettiderna)",
                     "Days open (by the opening hours)"),
    "hours_offered": ("Aukiolotunnit (aukioloaikojen mukaan)", "Öppettimmar (enligt öppettiderna)",
                      "Hours open (by the opening hours)"),
    "average_per_open_day": ("Käyntejä keskimäärin päivässä", "Besök per öppetdag i medeltal",
                             "Average visits per open day"),
    "busiest_day": ("Vilkkain päivä", "Livligaste dagen", "Busiest day"),
    "busiest_day_visits": ("Käynnit vilkkaimpana päivänä", "Besök den livligaste dagen", "Visits on the busiest day"),
    "hours_total": ("Tunnit yhteensä", "Timmar totalt", "Hours in total"),
    "hours_average": ("Tunteja käyntiä kohden", "Timmar per besök", "Hours per visit"),
    "left_open": ("Käynnit ilman uloskirjautumista", "Besök utan utcheckning", "Visits left open"),
    "imported_visits": ("Paperilistoilta tuodut käynnit", "Besök från papperslistor", "Visits imported from sign-in sheets"),
    "lunches_served": ("Tarjoillut lounaat", "Serverade luncher", "Lunches served"),
    "loans": ("Lainaukset", "Lån", "Loans"),
    # charts
    "charts": ("Kaaviot", "Diagram", "Charts"),
    "chart_days": ("Käynnit päivittäin", "Besök per dag", "Visits per day"),
    "chart_hours": ("Käynnit viikonpäivän ja tuloajan mukaan", "Besök efter veckodag och ankomsttimme",
                    "Visits by weekday and hour of arrival"),
    "other_times": ("Muina aikoina (viikonloppuna tai klo 8–17 ulkopuolella) alkaneet käynnit: {n}",
                    "Besök som började vid andra tider (veckoslut eller utanför kl. 8–17): {n}",
                    "Visits begun at other times (weekends or outside 8–17): {n}"),
    "chart_situation": ("Eri kävijät elämäntilanteen mukaan", "Olika besökare efter livssituation",
                        "Distinct visitors by situation"),
    "weekdays": ("ma ti ke to pe la su", "mån tis ons tors fre lör sön", "Mon Tue Wed Thu Fri Sat Sun"),
    # breakdowns
    "breakdowns_visitors": ("Eri kävijät taustatietojen mukaan", "Olika besökare efter bakgrund",
                            "Distinct visitors by background"),
    "breakdowns_new": ("Uudet kävijät taustatietojen mukaan", "Nya besökare efter bakgrund",
                       "New visitors by background"),
    "new_and_returning": ("Uudet ja palaavat kävijät", "Nya och återkommande besökare", "New and returning visitors"),
    "returning_visitors": ("Palaavat kävijät", "Återkommande besökare", "Returning visitors"),
    "visits_per_visitor": ("Käyntejä rekisteröitynyttä kävijää kohden", "Besök per registrerad besökare",
                           "Visits per registered visitor"),
    "age_band": ("Ikäryhmä", "Åldersgrupp", "Age group"),
    "situation": ("Elämäntilanne", "Livssituation", "Situation"),
    "education": ("Koulutus", "Utbildning", "Education"),
    "citizenship": ("Kansalaisuus", "Medborgarskap", "Citizenship"),
    "municipality": ("Kotikunta", "Hemkommun", "Home municipality"),
    "mother_tongue": ("Äidinkieli", "Modersmål", "Mother tongue"),
    "role": ("Rooli", "Roll", "Role"),
    "women": ("Naiset", "Kvinnor", "Women"),
    "men": ("Miehet", "Män", "Men"),
    "other": ("Muu", "Annat", "Other"),
    "not_told": ("Ei kerrottu", "Ej uppgett", "Not told"),
    "total": ("Yhteensä", "Totalt", "Total"),
    "no_people": ("Ei kävijöitä.", "Inga besökare.", "No visitors."),
    "suppressed_note": (("<5 = 1–4 henkilöä: pienet luvut on piilotettu, ettei ketään voi tunnistaa. x = luku on "
                         "piilotettu vain, jottei piilotettua pientä lukua voisi laskea summasta (toissijainen "
                         "piilotus); se voi olla mikä tahansa. Piilotetun rivin prosenttiosuus jää tyhjäksi."),
                        ("<5 = 1–4 personer: små tal är dolda så att ingen kan identifieras. x = talet är dolt bara "
                         "för att det dolda lilla talet inte ska kunna räknas ut ur summan (sekundärt döljande); det "
                         "kan vara vilket tal som helst. En dold rads procentandel lämnas tom."),
                        ("<5 = 1–4 people: small numbers are hidden so that no one can be identified. x = hidden only "
                         "so that a hidden small number cannot be worked out from the total (secondary suppression); "
                         "it may be any number. A hidden row's percentage is left blank.")),
    "authorised": ("LUOTTAMUKSELLINEN – tarkat luvut ESR+-tarkastusta varten (--authorised)",
                   "KONFIDENTIELLT – exakta tal för ESF+-granskningen (--authorised)",
                   "CONFIDENTIAL – exact counts for the ESF+ audit (--authorised)"),
    "authorised_only": (("Työkokeilun, koulutuskokeilun ja kuntouttavan työtoiminnan luvut ovat vain raportin "
                         "luottamuksellisessa versiossa (kiosk report --authorised)."),
                        ("Siffrorna för arbetsprövning, utbildningsprövning och arbetsverksamhet finns bara i "
                         "rapportens konfidentiella version (kiosk report --authorised)."),
                        ("Work-trial, education-trial and rehabilitative work figures are only in the report's "
                         "confidential version (kiosk report --authorised).")),
    "count": ("Henkilöitä", "Personer", "People"),
    "exact_note": ("Tarkat luvut: luottamuksellinen versio ESR+-tarkastusta varten; pieniä lukuja ei ole piilotettu.",
                   "Exakta tal: den konfidentiella versionen för ESF+-granskningen; små tal är inte dolda.",
                   "Exact counts: the confidential version for the ESF+ audit; small numbers are not hidden."),
    "suppression_off": ("Pienten lukujen piilotus on poistettu käytöstä (asetus suppress_small_numbers).",
                        "Döljandet av små tal är avstängt (inställningen suppress_small_numbers).",
                        "Hiding small numbers is turned off (setting suppress_small_numbers)."),
    # ESF+
    "esf": ("ESR+-seurantaindikaattorit", "ESF+-indikatorer", "ESF+ output indicators"),
    "esf_internal": ("Sisäinen seuranta – viralliset luvut EURA-järjestelmästä",
                     "Intern uppföljning – de officiella siffrorna finns i EURA-systemet",
                     "Internal follow-up – official figures from the EURA system"),
    "code": ("Koodi", "Kod", "Code"),
    "indicator": ("Indikaattori", "Indikator", "Indicator"),
    "esf_new": ("Uudet tässä kuussa", "Nya denna månad", "New this month"),
    "esf_cumulative": ("Yhteensä {day} alkaen", "Totalt sedan {day}", "Cumulative since {day}"),
    "esf_columns": ("N M EB EK", "K M IB EU", "W M NB NT"),
    "esf_legend": (("N = naiset, M = miehet, EB = muu / ei-binäärinen, EK = ei kerrottu. Osallistujat ovat hankkeeseen "
                    "ESR+-osallistujiksi merkityt henkilöt, joilla on EURA-aloituspäivä; kukin lasketaan aloituspäivän "
                    "tilanteen mukaan (myöhempi vastaus ei muuta sitä), ikä aloitusvuoden mukaan."),
                   ("K = kvinnor, M = män, IB = annat / icke-binär, EU = ej uppgett. Deltagarna är de personer som "
                    "projektet har markerat som ESF+-deltagare och som har en startdag i EURA; var och en räknas "
                    "enligt situationen på startdagen (ett senare svar ändrar den inte), åldern enligt startåret."),
                   ("W = women, M = men, NB = other / non-binary, NT = not told. Participants are the people the "
                    "project flagged as ESF+ participants with a EURA start day; each counts by their situation on "
                    "that day (a later answer does not change it), age as in the year they started.")),
    "esf_not_collected": (("Kioski ei kysy näitä, joten niitä ei raportoida tässä: {codes} (vammaiset, ulkomaalaistaustaiset, "
                           "vähemmistöt, asunnottomat, maaseudulta tulevat)."),
                          ("Kiosken frågar inte om dessa, så de redovisas inte här: {codes} (personer med funktionsnedsättning, "
                           "med utländsk bakgrund, minoriteter, bostadslösa, från landsbygden)."),
                          ("The kiosk does not ask about these, so they are not reported here: {codes} (participants with "
                           "disabilities, with a foreign background, minorities, homeless, from rural areas).")),
    "eura_check": ("Kioskissa – tarkistettava EURAsta", "I kiosken – att kontrollera i EURA", "In the kiosk – to check in EURA"),
    "eura_enrolled": ("Osallistujia aloitettu {day} mennessä", "Deltagare som börjat senast {day}", "Participants started by {day}"),
    "eura_started": ("joista aloittanut tässä kuussa", "varav började denna månad", "of whom started this month"),
    "eura_exited": ("Lopettaneita {day} mennessä", "Avslutade senast {day}", "Left by {day}"),
    "eura_exited_month": ("joista lopettanut tässä kuussa", "varav slutade denna månad", "of whom left this month"),
    "eura_active": ("Mukana kuun lopussa", "Med i slutet av månaden", "Taking part at the end of the month"),
    "eura_todo": ("Tehtävää koordinaattorille ({day})", "Att göra för koordinatorn ({day})", "To do for the coordinator ({day})"),
    "eura_missing": ("Merkitty osallistujaksi, EURA-aloituspäivä puuttuu", "Markerad som deltagare, startdag i EURA saknas",
                     "Flagged as a participant, EURA start day missing"),
    "eura_exit_due": ("Ei käynyt 8 viikkoon: onko lopettanut?", "Inte kommit på 8 veckor: har slutat?",
                      "Not seen for 8 weeks: has left?"),
    "eura_result_missing": ("Lopetuspäivä ilman tilannetta lopettaessa", "Slutdag utan situation vid avslut",
                            "Exit day without the situation upon leaving"),
    "eura_follow_up": ("Kuuden kuukauden seuranta tekemättä", "Uppföljning efter sex månader inte gjord",
                       "Six-month follow-up not done"),
    # volunteers, attendance, lending, lunch, targets
    "other_activities": ("Vapaaehtoiset, osallistujat, lainaus ja lounas", "Frivilliga, deltagare, utlåning och lunch",
                         "Volunteers, participants, lending and lunch"),
    "volunteers": ("Vapaaehtoiset (eivät sisälly kävijälukuihin)", "Frivilliga (ingår inte i besökarsiffrorna)",
                   "Volunteers (not in the visitor figures)"),
    "people": ("Henkilöt", "Personer", "People"),
    "staff": ("Henkilökunta ja palkkatuetut (eivät sisälly kävijälukuihin)", "Personal och lönesubventionerade (ingår inte i besökarsiffrorna)",
              "Staff and pay-subsidised workers (not in the visitor figures)"),
    "days": ("Päivät", "Dagar", "Days"),
    "sessions": ("Käynnit", "Besök", "Sessions"),
    "hours": ("Tunnit", "Timmar", "Hours"),
    "attendance": ("Työkokeilu, koulutuskokeilu ja kuntouttava työtoiminta: läsnäolo",
                   "Arbetsprövning, utbildningsprövning och arbetsverksamhet i rehabiliteringssyfte: närvaro",
                   "Work trial, education trial and rehabilitative work: attendance"),
    "participants_count": ("Osallistujat", "Deltagare", "Participants"),
    "attendance_days": ("Läsnäolopäivät", "Närvarodagar", "Attendance days"),
    "short_days": ("Alle 4 tunnin päivät", "Dagar under 4 timmar", "Days under 4 hours"),
    "no_attendance": ("Ei osallistujia tässä kuussa.", "Inga deltagare denna månad.", "No participants this month."),
    "planned_days": ("Suunnitellut päivät", "Planerade dagar", "Planned days"),
    "present_days": ("Läsnäolopäivät", "Närvarodagar", "Days present"),
    "no_departure": ("Päivät, joiden ajat korjattava (käynti jäi auki)", "Dagar med tider att rätta (besöket lämnades öppet)",
                     "Days with times to fix (a visit left open)"),
    "absent_days": ("Poissaolopäivät", "Frånvarodagar", "Days absent"),
    "not_arranged_days": ("Päivät, joina palvelua ei järjestetty", "Dagar då tjänsten inte ordnades",
                          "Days the service was not arranged"),
    "absence_illness": ("oma sairaus", "egen sjukdom", "own illness"),
    "absence_child_ill": ("alle 10-vuotiaan lapsen sairaus", "sjukt barn under 10 år", "a child under 10 ill"),
    "absence_interview_or_office": ("työhaastattelu tai luottamustehtävä", "anställningsintervju eller förtroendeuppdrag",
                                    "job interview or public office"),
    "absence_other": ("muu syy", "annan orsak", "other reason"),
    "absence_missing": ("syy puuttuu", "orsak saknas", "reason missing"),
    "absence_excused": ("näistä päivistä etuus maksetaan", "för dessa dagar betalas förmånen", "days for which the benefit is paid"),
    "attendance_note": (("Suunnitellut päivät ovat jakson sovittuja viikonpäiviä, joina palvelu järjestettiin; läsnäolopäivät "
                         "sisältävät myös muut tulopäivät. Päivä, jona palvelua ei järjestetty (tila suljettu, loma), ei ole "
                         "poissaolo. Henkilökohtaiset tiedot: kiosk absences ja --attendance-cards."),
                        ("Planerade dagar är periodens överenskomna veckodagar då tjänsten ordnades; närvarodagarna omfattar "
                         "även andra dagar personen kom. En dag då tjänsten inte ordnades (stängt, semester) är ingen frånvaro. "
                         "Personliga uppgifter: kiosk absences och --attendance-cards."),
                        ("Planned days are the period's agreed weekdays on which the service was arranged; days present "
                         "include other days the person came. A day the service was not arranged (room closed, holiday) is "
                         "not an absence. Individual figures: kiosk absences and --attendance-cards.")),
    "attendance_upcoming": ("Suunnitelluista päivistä {n} on vielä tulossa.", "Av de planerade dagarna återstår ännu {n}.",
                            "{n} of the planned days are still to come."),
    "attendance_fix": (("Korjattavat ajat: käynti jäi auki, joten päivällä ei ole tunteja ennen kuin ohjaaja korjaa ajat."),
                       ("Tider att rätta: besöket lämnades öppet, så dagen har inga timmar förrän handledaren rättar tiderna."),
                       ("Times to fix: a visit was left open, so the day has no hours until the supervisor fixes the times.")),
    "fix_times_cell": ("korjaa ajat", "rätta tiderna", "fix the times"),
    "cards_fix": (("Käynti jäi auki {n} päivänä ({days}): ohjaaja korjaa ajat ennen allekirjoitusta; niitä ei ole "
                   "laskettu läsnäolopäiviin eikä tunteihin."),
                  ("Besöket lämnades öppet {n} dagar ({days}): handledaren rättar tiderna före underskriften; de ingår "
                   "inte i närvarodagarna eller timmarna."),
                  ("A visit was left open on {n} days ({days}): the supervisor fixes the times before signing; they "
                   "are not counted in the days present or the hours.")),
    "lending": ("Lainaus", "Utlåning", "Lending"),
    "category": ("Luokka", "Kategori", "Category"),
    "hours_on_loan": ("Lainassa (tuntia)", "Utlånat (timmar)", "On loan (hours)"),
    "borrowers": ("Eri lainaajia: {n}", "Olika låntagare: {n}", "Distinct borrowers: {n}"),
    "overdue": ("Myöhässä palautetut lainat: {n}", "Lån som returnerades för sent: {n}", "Loans returned late: {n}"),
    "no_loans": ("Ei lainoja tässä kuussa.", "Inga lån denna månad.", "No loans this month."),
    "lunch": ("Lounas", "Lunch", "Lunch"),
    "day": ("Päivä", "Dag", "Day"),
    "signed_up": ("Ilmoittautuneet", "Anmälda", "Signed up"),
    "guests": ("Vieraat", "Gäster", "Guests"),
    "served": ("Tarjoiltu", "Serverade", "Served"),
    "no_shows": ("Ei saapunut", "Uteblev", "No-shows"),
    "no_lunches": ("Ei lounaita tässä kuussa.", "Inga luncher denna månad.", "No lunches this month."),
    "targets": ("Tavoitteet", "Mål", "Targets"),
    "target": ("Tavoite", "Mål", "Target"),
    "actual": ("Toteutunut", "Utfall", "Actual"),
    "of_target": ("% tavoitteesta", "% av målet", "% of target"),
    "target_visits": ("Käynnit kuukaudessa", "Besök per månad", "Visits per month"),
    "target_new": ("Uudet kävijät kuukaudessa", "Nya besökare per månad", "New visitors per month"),
    "no_targets": ("Tavoitteita ei ole asetettu.", "Inga mål har angetts.", "No targets have been set."),
    # notes, method, signature, participants
    "notes": ("Kuukauden huomiot", "Månadens anteckningar", "Notes for the month"),
    "no_notes": ("Ei huomioita.", "Inga anteckningar.", "No notes."),
    "method": ("Näin luvut on laskettu", "Så har siffrorna räknats", "How it was counted"),
    "def_day": ("Käynti lasketaan sille päivälle ja kuukaudelle, jona se alkoi, Suomen aikaa (Europe/Helsinki).",
                "Ett besök räknas till den dag och den månad då det började, finsk tid (Europe/Helsinki).",
                "A visit counts on the day and in the month it began, Helsinki time (Europe/Helsinki)."),
    "def_open": (("Käynnit, joilta uloskirjautuminen puuttuu, suljetaan sulkemisaikaan ja lasketaan käynneiksi, "
                  "mutta niiden kestoa ei lasketa tunteihin. Tässä kuussa tällaisia käyntejä oli {n}."),
                 ("Besök utan utcheckning stängs vid stängningstid och räknas som besök, men deras längd räknas "
                  "inte in i timmarna. Denna månad fanns det {n} sådana besök."),
                 ("Visits left open are closed at closing time and counted as visits, but their length is left "
                  "out of the hours. This month there were {n} such visits.")),
    "def_erasure": ("Henkilön tietojen poistaminen ei muuta yhtään lukua: karkeat taustatiedot säilyvät ilman nimeä.",
                    ("Att radera en persons uppgifter ändrar inga siffror: de grova bakgrundsuppgifterna blir kvar "
                     "utan namn."),
                    "Erasing a person changes no figure: the coarse answers are kept without the name."),
    "def_distinct": (("Eri kävijät: jokainen rekisteröitynyt henkilö lasketaan jaksossa kerran. Uusi kävijä: "
                      "henkilön ensimmäinen käynti koskaan osuu jaksoon."),
                     ("Olika besökare: varje registrerad person räknas en gång per period. Ny besökare: personens "
                      "första besök någonsin infaller under perioden."),
                     ("Distinct visitors: each registered person counts once in a period. New visitor: the "
                      "person's first visit ever falls in the period.")),
    "def_anonymous": ("Nimettömät käynnit ovat käyntejä, eivät henkilöitä, eikä niillä ole kestoa.",
                      "Anonyma besök är besök, inte personer, och de har ingen längd.",
                      "Anonymous visits are visits, not people, and have no length."),
    "def_apart": (("Kukin käynti lasketaan sen roolin mukaan, joka henkilöllä oli käynnin päivänä (päivätyt jaksot); "
                   "vastaukset ovat viimeisimmät jakson loppuun mennessä annetut. Vapaaehtoiset sekä henkilökunta ja "
                   "palkkatuetut eivät sisälly kävijä- eivätkä ESR+-lukuihin; heidät raportoidaan erikseen. Työ- ja "
                   "koulutuskokeilijat ja kuntouttavan työtoiminnan osallistujat ovat kävijöitä, ja heidän läsnäolonsa "
                   "lasketaan lisäksi erikseen."),
                  ("Varje besök räknas enligt den roll personen hade på besöksdagen (daterade perioder); svaren är de "
                   "senaste som gavs före periodens slut. Frivilliga samt personal och lönesubventionerade ingår inte "
                   "i besökar- eller ESF+-siffrorna; de redovisas skilt. Deltagare i arbets- och utbildningsprövning "
                   "och arbetsverksamhet är besökare, och deras närvaro räknas dessutom skilt."),
                  ("Each visit counts by the role its visitor had on that day (dated periods); answers are the latest "
                   "given by the end of the period. Volunteers, staff and pay-subsidised workers are kept out of the "
                   "visitor and ESF+ figures and reported apart. Work-trial, education-trial and rehabilitative work "
                   "participants are visitors, and their attendance is also counted apart.")),
    "def_dst": ("Tunnit ovat todellisia tunteja: kesäajan alkamispäivä on 23 ja päättymispäivä 25 tuntia pitkä.",
                "Timmarna är verkliga timmar: den dag sommartiden börjar är 23 och den dag den slutar 25 timmar lång.",
                "Hours are real hours: the day summer time begins is 23 hours long and the day it ends 25."),
    "def_small": (("Julkisessa versiossa jokainen henkilömäärä 1–4 näytetään muodossa <5 ja sen prosenttiosuus jätetään "
                   "tyhjäksi; jos rivillä, jonka summa näkyy, piilotettaisiin vain yksi luku, myös rivin pienin muu luku "
                   "piilotetaan ja merkitään x. Työ- ja koulutuskokeilun ja kuntouttavan työtoiminnan luvut ovat vain "
                   "luottamuksellisessa versiossa."),
                  ("I den offentliga versionen visas varje antal personer från 1 till 4 som <5 och dess procentandel "
                   "lämnas tom; om bara ett tal på en rad med synlig summa skulle döljas, döljs även radens minsta andra "
                   "tal och märks x. Siffrorna för arbets- och utbildningsprövning och arbetsverksamhet finns bara i "
                   "den konfidentiella versionen."),
                  ("In the public version every count of 1 to 4 people is printed <5 with its percentage blank; where "
                   "only one number of a line with a printed total would be hidden, the smallest other one is hidden "
                   "too and marked x. Work-trial, education-trial and rehabilitative work figures are only in the "
                   "confidential version.")),
    "def_source": (("Tietolähde: kioskin sisään- ja uloskirjautumiset; niistä {n} käyntiä on tuotu paperisilta "
                    "nimilistoilta."),
                   "Datakälla: kioskens in- och utcheckningar; av dem har {n} besök förts in från papperslistor.",
                   "Data source: kiosk check-ins, {n} imported from sign-in sheets."),
    "signature": ("Vahvistus", "Bekräftelse", "Confirmation"),
    "certify": ("Vakuutan, että raportin tiedot ovat oikein.", "Jag intygar att uppgifterna i rapporten är riktiga.",
                "I confirm that the information in this report is correct."),
    "place_date": ("Paikka ja päivämäärä", "Ort och datum", "Place and date"),
    "responsible": ("Vastuuhenkilön nimi", "Ansvarig persons namn", "Name of the person responsible"),
    "sign_here": ("Allekirjoitus", "Underskrift", "Signature"),
    "participants": ("Osallistujaluettelo", "Deltagarförteckning", "Participant list"),
    "participants_note": (("Sisältää henkilötietoja: säilytä lukitussa paikassa ja anna vain niille, joilla on "
                           "oikeus nähdä ne. Kävijät (ei vapaaehtoisia eikä henkilökuntaa), joilla oli käyntejä "
                          "tässä kuussa."),
                          ("Innehåller personuppgifter: förvara inlåst och ge endast till dem som har rätt att se "
                           "dem. Besökare (inte frivilliga eller personal) med besök denna månad."),
                          ("Holds personal data: keep it locked away and give it only to those entitled to see it. "
                           "Visitors (not volunteers or staff) with visits this month.")),
    "cards": ("Läsnäolokortti", "Närvarokort", "Attendance card"),
    "cards_note": (("Työkokeilu, koulutuskokeilu ja kuntouttava työtoiminta: jokainen jakson aikainen läsnäolopäivä "
                    "tuloineen ja lähtöineen. Alle 4 tunnin päivät on merkitty *."),
                   ("Arbets- och utbildningsprövning och arbetsverksamhet i rehabiliteringssyfte: varje närvarodag "
                    "under perioden med ankomst och avfärd. Dagar under 4 timmar är märkta *."),
                   ("Work trial, education trial and rehabilitative work activity: each day present during the "
                    "period, with arrival and departure. Days under 4 hours are marked *.")),
    "arrival": ("Saapui", "Ankomst", "Arrival"),
    "departure": ("Lähti", "Avfärd", "Departure"),
    "short_mark": ("* alle 4 h", "* under 4 h", "* under 4 h"),
    "days_total": ("Läsnäolopäiviä {days}, joista alle 4 tunnin {short}; tunteja {hours}",
                   "Närvarodagar {days}, varav under 4 timmar {short}; timmar {hours}",
                   "Days present {days}, of which under 4 hours {short}; hours {hours}"),
    "participant_sign": ("Osallistujan allekirjoitus", "Deltagarens underskrift", "Participant's signature"),
    "supervisor_sign": ("Ohjaajan allekirjoitus", "Handledarens underskrift", "Supervisor's signature"),
    "role_work_trial": ("Työkokeilu", "Arbetsprövning", "Work trial"),
    "role_rehab_work": ("Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity"),
    "role_education_trial": ("Koulutuskokeilu", "Utbildningsprövning", "Education trial"),
    "first_name": ("Etunimi", "Förnamn", "First name"),
    "last_name": ("Sukunimi", "Efternamn", "Last name"),
    "first_visit": ("Ensimmäinen käynti", "Första besök", "First visit"),
    "last_visit": ("Viimeinen käynti", "Sista besök", "Last visit"),
}

# The words for each answer code, per breakdown (municipalities are printed as they are kept).
_ANSWERS = {
    "situation": {
        "unemployed_under_6": ("Työtön (alle 6 kk)", "Arbetslös (under 6 mån)", "Unemployed (under 6 months)"),
        "unemployed_6_12": ("Työtön (6–11 kk)", "Arbetslös (6–11 mån)", "Unemployed (6–11 months)"),
        "unemployed_short": ("Työtön (alle 12 kk)", "Arbetslös (under 12 mån)", "Unemployed (under 12 months)"),
        "unemployed_long": ("Pitkäaikaistyötön (12 kk tai yli)", "Långtidsarbetslös (12 mån eller mer)",
                            "Long-term unemployed (12 months or more)"),
        "employed": ("Työssä", "I arbete", "Employed"),
        "self_employed": ("Yrittäjä tai freelancer", "Företagare eller frilansare", "Self-employed or freelancer"),
        "remote_worker": ("Etätyössä", "Distansarbetare", "Remote worker"),
        "student": ("Opiskelija", "Studerande", "Student"),
        "pensioner": ("Eläkeläinen", "Pensionär", "Pensioner"),
        "inactive_other": ("Muu työelämän ulkopuolella", "Annan utanför arbetslivet", "Other outside working life"),
    },
    "education": {
        "basic": ("Perusaste (ISCED 0–2)", "Grundnivå (ISCED 0–2)", "Basic (ISCED 0–2)"),
        "secondary": ("Toinen aste (ISCED 3–4)", "Andra stadiet (ISCED 3–4)", "Upper secondary (ISCED 3–4)"),
        "post_secondary": ("Ammatti- tai erikoisammattitutkinto (ISCED 4)", "Yrkes- eller specialyrkesexamen (ISCED 4)",
                           "Further or specialist vocational (ISCED 4)"),
        "college": ("Opistoaste (ISCED 5)", "Institutnivå (ISCED 5)", "College level (ISCED 5)"),
        "higher": ("Korkea-aste (ISCED 5–8)", "Högre utbildning (ISCED 5–8)", "Tertiary (ISCED 5–8)"),
    },
    "citizenship": {
        "fi": ("Suomi", "Finland", "Finland"),
        "eu": ("Muu EU-maa", "Annat EU-land", "Other EU country"),
        "non_eu": ("EU:n ulkopuolinen maa", "Land utanför EU", "Outside the EU"),
    },
    "mother_tongue": {
        "fi": ("Suomi", "Finska", "Finnish"),
        "sv": ("Ruotsi", "Svenska", "Swedish"),
        "se": ("Saame", "Samiska", "Sámi"),
        "other": ("Muu", "Annat", "Other"),
    },
    "age_band": {
        "under_18": ("Alle 18", "Under 18", "Under 18"),
        "18_29": ("18–29", "18–29", "18–29"),
        "30_54": ("30–54", "30–54", "30–54"),
        "55_64": ("55–64", "55–64", "55–64"),
        "65_plus": ("65 tai yli", "65 eller äldre", "65 and over"),
    },
    "role": {
        "visitor": ("Kävijä", "Besökare", "Visitor"),
        "volunteer": ("Vapaaehtoinen", "Frivillig", "Volunteer"),
        "work_trial": ("Työkokeilu", "Arbetsprövning", "Work trial"),
        "education_trial": ("Koulutuskokeilu", "Utbildningsprövning", "Education trial"),
        "rehab_work": ("Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work"),
        "pay_subsidy": ("Palkkatuki", "Lönesubvention", "Pay subsidy"),
        "staff": ("Henkilökunta", "Personal", "Staff"),
    },
    "municipality": {},
}
_ORDER = {"situation": SITUATIONS, "education": EDUCATIONS, "citizenship": CITIZENSHIPS,
          "mother_tongue": MOTHER_TONGUES, "age_band": AGE_BANDS, "role": ROLES, "municipality": ()}

_ESF_NAMES = {
    "EECO01": ("Osallistujat yhteensä", "Deltagare totalt", "Total participants"),
    "EECO02": ("Työttömät, ml. pitkäaikaistyöttömät", "Arbetslösa, inkl. långtidsarbetslösa",
               "Unemployed, including long-term unemployed"),
    "EECO03": ("Pitkäaikaistyöttömät (yli 12 kk; alle 25-v. yli 6 kk)", "Långtidsarbetslösa (över 12 mån; under 25 år över 6 mån)",
               "Long-term unemployed (over 12 months; under 25, over 6 months)"),
    "EECO04": ("Työvoiman ulkopuolella olevat", "Personer utanför arbetskraften", "Inactive"),
    "EECO05": ("Työlliset, ml. itsensä työllistäjät", "Sysselsatta, inkl. egenföretagare",
               "Employed, including self-employed"),
    "EECO06": ("Alle 18-vuotiaat", "Under 18 år", "Children below 18 years of age"),
    "EECO07": ("18–29-vuotiaat", "18–29 år", "Young people aged 18–29"),
    "EECO08": ("55 vuotta täyttäneet", "55 år och äldre", "Participants aged 55 and over"),
    "EECO09": ("Enintään perusaste (ISCED 0–2)", "Högst grundnivå (ISCED 0–2)", "At most lower secondary (ISCED 0–2)"),
    "EECO10": ("Toinen aste tai sen jälkeinen (ISCED 3–4)", "Andra stadiet eller eftergymnasial (ISCED 3–4)",
               "Upper secondary or post-secondary (ISCED 3–4)"),
    "EECO11": ("Korkea-aste (ISCED 5–8)", "Högre utbildning (ISCED 5–8)", "Tertiary education (ISCED 5–8)"),
    "EECO12": ("Vammaiset henkilöt", "Personer med funktionsnedsättning", "Participants with disabilities"),
    "EECO13": ("Kolmansien maiden kansalaiset", "Medborgare i tredjeland", "Third-country nationals"),
}

_MONTHS = (
    "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "January February March April May June July August September October November December",
)


def _by_language(table: dict) -> dict[str, dict]:
    for key, words in table.items():
        assert len(words) == len(LANGUAGES) and all(words), key
    return {lang: {key: words[i] for key, words in table.items()} for i, lang in enumerate(LANGUAGES)}


TEXT = _by_language(_STRINGS)  # TEXT["sv"]["visits"] == "Besök"
ANSWERS = {name: _by_language(codes) for name, codes in _ANSWERS.items()}
ESF_NAMES = _by_language(_ESF_NAMES)
MONTHS = {lang: _MONTHS[i].split() for i, lang in enumerate(LANGUAGES)}

# The key figures' rows, in order: KeyFigures fields, then lunches served and loans.
KEY_ROWS = ("visits", "distinct_visitors", "new_visitors", "anonymous_visits", "days_offered", "hours_offered", "open_days",
            "average_per_open_day",
            "busiest_day", "busiest_day_visits", "hours_total", "hours_average", "left_open", "imported_visits",
            "lunches_served", "loans")

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BOTTOM = 16 * mm
WIDTH = PAGE_W - 2 * MARGIN  # 174 mm
RED = colors.Color(0.7, 0, 0)


# ---------------------------------------------------------------------------------------------
# The figures, gathered once for the PDF and the CSV files.

@dataclass(frozen=True)
class Period:
    name: str  # this_month, previous_month, year_to_date, project_to_date
    figures: PeriodFigures
    lunches_served: int
    loans: int

    @property
    def start(self) -> date:
        return self.figures.start

    @property
    def last_day(self) -> date:
        return self.figures.end - timedelta(days=1)


@dataclass(frozen=True)
class Participant:
    first_name: str
    last_name: str
    first_visit: date
    last_visit: date
    visits: int
    hours: float  # checked-out visits only, unrounded


@dataclass(frozen=True)
class ReportData:
    year: int
    month: int
    today: date
    periods: tuple[Period, ...]  # this month first
    lunch_days: tuple[LunchDay, ...]
    loans: LoanFigures
    esf: EsfTable
    esf_start: date
    room: dict[str, str]  # the settings the header prints
    suppress: bool  # the public version hides small numbers (setting suppress_small_numbers)
    targets: dict[str, int | None]  # target_visits, target_new
    authorised: bool = False  # exact counts, gender cross-tables and attendance; confidential on every page
    months: int = 1  # 3: a quarter, 12: a year, starting with (year, month)
    logos: tuple = ()  # the funders' logos (ImageReaders), from the setting funder_logos
    programme: object = None  # kiosk.activity_statistics.ProgrammeFigures: the activities' pages (issue 21)
    attendance: tuple[PlannedAttendance, ...] = ()  # planned days by role; only in the authorised version

    @property
    def month_figures(self) -> PeriodFigures:
        """The figures of the report's own span (a month, a quarter or a year)."""
        return self.periods[0].figures

    @property
    def end(self) -> date:
        return months_later(month_start(self.year, self.month), self.months)

    def span_name(self, lang: str) -> str:
        if self.months == 3:
            return f"{self.year} Q{(self.month - 1) // 3 + 1}"
        if self.months == 12:
            return str(self.year)
        return month_name(self.year, self.month, lang)

    def title(self, lang: str) -> str:
        key = {1: "title", 3: "title_quarter", 12: "title_year"}[self.months]
        return f"{TEXT[lang][key]} – {self.span_name(lang)}"


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def months_later(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


KINDS = {1: "month", 3: "quarter", 12: "year"}


@dataclass(frozen=True)
class AttendanceDay:
    day: date
    arrival: datetime
    departure: datetime | None  # None: the visit was left open
    hours: float
    fix_times: bool = False  # a visit left open: no hours until the supervisor fixes the times


@dataclass(frozen=True)
class AttendanceCard:
    first_name: str
    last_name: str
    role: str
    days: tuple[AttendanceDay, ...]


# ---------------------------------------------------------------------------------------------
# Numbers and words, shared with the CSV files.

def decimal(value: float, lang: str, places: int = 1) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang in ("fi", "sv") else text


def day_text(day: date | None, lang: str) -> str:
    if day is None:
        return "–"
    return day.isoformat() if lang == "en" else f"{day.day}.{day.month}.{day.year}"


def month_name(year: int, month: int, lang: str) -> str:
    return f"{MONTHS[lang][month - 1]} {year}"


def key_value(period: Period, row: str):
    """One key figure of a period, as its raw value (int, float or date)."""
    if row == "lunches_served":
        return period.lunches_served
    if row == "loans":
        return period.loans
    if row in ("days_offered", "hours_offered"):
        return getattr(period.figures.offered, row.removesuffix("_offered"))
    return getattr(period.figures.key, row)


def key_text(value, row: str, lang: str) -> str:
    if isinstance(value, date) or value is None:
        return day_text(value, lang)
    if isinstance(value, float):
        return decimal(value, lang, 1)
    return str(value)


def answer_label(breakdown: str, value: str | None, lang: str) -> str:
    if value is None:
        return TEXT[lang]["not_told"]
    if breakdown == "municipality":  # counted by code (a name that found none by the name)
        name = municipalities.name_for(value)
        return f"{name} ({value})" if name else value
    return ANSWERS[breakdown][lang].get(value, value)


@dataclass(frozen=True)
class ShownRow:
    label: str
    cells: tuple[int | Hidden, ...]  # woman, man, other, not told
    total: int | Hidden
    percent: float | None  # None when the total is hidden


def sorted_rows(breakdown: Breakdown) -> list:
    """A breakdown's rows in the questionnaire's order, "not told" last."""
    order = _ORDER[breakdown.name]
    return sorted(breakdown.rows, key=lambda r: (r[0] is None, order.index(r[0]) if r[0] in order else len(order),
                                                 name_key(municipalities.name_for(r[0]) or str(r[0]))))


def shown_rows(breakdown: Breakdown, lang: str, hide_small: bool) -> list[ShownRow]:
    """A breakdown's rows as printed: each row's gender cells and the column of row totals passed
    through statistics.suppress."""
    rows = sorted_rows(breakdown)
    totals = [sum(cells) for _, cells in rows]
    shown_totals = suppress(totals) if hide_small else totals
    result = []
    for (value, cells), total, shown_total in zip(rows, totals, shown_totals):
        shown = suppress(list(cells)) if hide_small else list(cells)
        percent = None if isinstance(shown_total, Hidden) or not breakdown.total else 100 * total / breakdown.total
        result.append(ShownRow(answer_label(breakdown.name, value, lang), tuple(shown), shown_total, percent))
    return result


def count_text(value: int | Hidden) -> str:
    return value.value if isinstance(value, Hidden) else str(value)


def people_text(count: int, data: ReportData) -> str:
    """A count of people printed alone: hidden in the public version when it is 1 to 4."""
    return count_text(suppress_one(count) if data.suppress else count)



# ---------------------------------------------------------------------------------------------
# The PDF.

def write_pdf(data: ReportData, out: Path, lang: str = "fi", notes: str = "", listing: list[Participant] | None = None,
              cards: list[AttendanceCard] | None = None, invariant: bool = False) -> None:
    """Lay the report out into ``out``. A real file carries its creation time, language, title and
    author, and its text is set in embedded fonts only; ``invariant`` (tests, samples) fixes the
    time so that the same input gives the same bytes."""
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
    fonts = pdf_fonts()
    title = data.title(lang)
    story_parts = (data, lang, fonts, notes, listing, cards)
    head = _header(data, lang, fonts)

    def build(buffer, canvasmaker) -> None:
        doc = BaseDocTemplate(buffer, pagesize=A4, invariant=1 if invariant else 0, title=title, lang=LOCALES[lang],
                              author=data.room["organisation_name"] or data.room["room_name"], subject=title,
                              creator=f"workroom kiosk {__version__}", displayDocTitle=1, initialFontName=fonts.regular,
                              leftMargin=MARGIN, rightMargin=MARGIN, topMargin=head.top, bottomMargin=BOTTOM)
        frame = Frame(MARGIN, BOTTOM, WIDTH, PAGE_H - head.top - BOTTOM, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)

        def header(confidential: bool):
            def draw(canvas, doc):
                _draw_header(canvas, head, fonts, data, lang, confidential)
            return draw

        doc.addPageTemplates([PageTemplate("report", [frame], onPage=header(data.authorised)),
                              PageTemplate("confidential", [frame], onPage=header(True))])
        doc.build(_story(*story_parts), canvasmaker=canvasmaker)

    write_numbered(out, build, number_at(PAGE_W - MARGIN, PAGE_H - 16.6 * mm, fonts.regular, TEXT[lang]["page"],
                                         fill=colors.Color(0.3, 0.3, 0.3)))


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis where it would be wider than ``width`` (our own labels only:
    a name the room typed is never cut)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class HeaderLines:
    """One item of the header's left column (a name, the project, the funders), set in lines."""

    font: str
    size: float
    lines: list[str]
    baseline: float  # the first line's, measured down from the page's top edge
    colour: colors.Color


@dataclass(frozen=True)
class Header:
    """The header, laid out once for every page: its left column, the span on the right, and the
    rule under it, which moves down when long names need more lines."""

    items: tuple[HeaderLines, ...]
    width: float  # of the left column
    span: str
    span_w: float  # the right column: the span, and under it the page number
    rule: float  # measured down from the page's top edge

    @property
    def top(self) -> float:
        """The body's top margin: under the rule, room for the confidential line."""
        return self.rule + 11 * mm


def _set_in(text: str, font: str, width: float, size: float, smallest: float) -> tuple[float, list[str]]:
    """``text`` on one line, in smaller type down to ``smallest`` if need be, else wrapped in lines
    of ``smallest``: never cut."""
    return fit_text(text, font, width, [(1, size, smallest), (len(text), smallest, smallest)])


def _header(data: ReportData, lang: str, fonts: Fonts) -> Header:
    """The room and the organisation (the names the room typed: up to 80 and 120 characters), the
    project and the funders. Each is printed whole: smaller first, then wrapped, and the header
    grows downward to hold it (it was cut to "Kylätoimint…" in the sample)."""
    text, room = TEXT[lang], data.room
    span = data.span_name(lang)
    span_w = max(stringWidth(span, fonts.bold, 10.5), stringWidth(text["page"].format(page=99, pages=99), fonts.regular, 8.5))
    width = WIDTH - span_w - _logos_width(data.logos) - 4 * mm
    names = [name for name in (room["room_name"], room["organisation_name"]) if name] or [text["title"]]
    set_names = [_set_in(" · ".join(names), fonts.bold, width, 10.5, 9)]
    if len(set_names[0][1]) > 1:  # the room's name on one line, the organisation's under it
        set_names = [_set_in(name, fonts.bold, width, 10.5, 9) for name in names]
    project = " ".join(part for part in (room["project_name"], f"({room['project_code']})" if room["project_code"] else "")
                       if part)
    small = [f"{text['project']}: {project}" if project else "", f"{text['funders']}: {room['funders']}" if room["funders"] else ""]
    parts = [(fonts.bold, size, lines, INK) for size, lines in set_names]
    parts += [(fonts.regular, *_set_in(line, fonts.regular, width, 8.5, 7), colors.Color(0.3, 0.3, 0.3))
              for line in small if line]
    items, baseline = [], 12 * mm
    for font, size, lines, colour in parts:
        if items:  # a little more between items than between the lines of one
            baseline += max(items[-1].size * LEADING, size * 1.4)
        items.append(HeaderLines(font, size, lines, baseline, colour))
        baseline += (len(lines) - 1) * size * LEADING
    return Header(tuple(items), width, span, span_w, rule=max(23 * mm, baseline + 2.2 * mm))


def _draw_header(canvas, header: Header, fonts: Fonts, data: ReportData, lang: str, confidential: bool) -> None:
    """Everything at the top of a page but its number (written when the page count is known)."""
    canvas.saveState()
    right = PAGE_W - MARGIN
    _draw_logos(canvas, data.logos, right - header.span_w - 2 * mm, PAGE_H - 21 * mm)
    for item in header.items:
        canvas.setFillColor(item.colour)
        draw_lines(canvas, item.font, item.size, item.lines, MARGIN, PAGE_H - item.baseline, header.width)
    canvas.setFillColor(INK)
    canvas.setFont(fonts.bold, 10.5)
    canvas.drawRightString(right, PAGE_H - 12 * mm, header.span)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, PAGE_H - header.rule, right, PAGE_H - header.rule)
    if confidential:
        canvas.setFillColor(RED)
        canvas.setFont(fonts.bold, 12)
        canvas.drawCentredString(PAGE_W / 2, PAGE_H - header.rule - 6 * mm, TEXT[lang]["confidential"])
        canvas.setFont(fonts.bold, 9)
        canvas.drawCentredString(PAGE_W / 2, 8 * mm, TEXT[lang]["confidential"])
    canvas.restoreState()


def _logos_width(logos: tuple) -> float:
    """The width the funders' logos take, 10 mm high with 2 mm before each."""
    return sum(10 * mm * reader.getSize()[0] / reader.getSize()[1] + 2 * mm for reader in logos)


def _draw_logos(canvas, logos: tuple, right: float, bottom: float) -> None:
    """The funders' logos, 10 mm high, ending at ``right``."""
    x = right
    for reader in reversed(logos):
        width, height = reader.getSize()
        w = 10 * mm * width / height
        x -= w
        canvas.drawImage(reader, x, bottom, w, 10 * mm, mask="auto")
        x -= 2 * mm


def _styles(fonts: Fonts) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.regular, bulletFontName=fonts.regular, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle("title", base, fontName=fonts.bold, fontSize=18, leading=22, textColor=INK),
        "h2": ParagraphStyle("h2", base, fontName=fonts.bold, fontSize=13, leading=16, textColor=INK,
                             spaceBefore=5 * mm, spaceAfter=2 * mm),
        "h3": ParagraphStyle("h3", base, fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=3 * mm,
                             spaceAfter=1.5 * mm, keepWithNext=1),  # never alone at a page's foot
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=colors.Color(0.3, 0.3, 0.3),
                                spaceBefore=1 * mm),
        "warn": ParagraphStyle("warn", base, fontName=fonts.bold, textColor=RED),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "cell_sub": ParagraphStyle("cell_sub", base, fontSize=8.5, leading=10.5, leftIndent=5 * mm),
        "warn_cell": ParagraphStyle("warn_cell", base, fontName=fonts.bold, fontSize=8.5, leading=10.5, textColor=RED,
                                    alignment=2),
        "head": ParagraphStyle("head", base, fontName=fonts.bold, fontSize=8, leading=9.5),
        "head_r": ParagraphStyle("head_r", base, fontName=fonts.bold, fontSize=8, leading=9.5, alignment=2),
        "head_c": ParagraphStyle("head_c", base, fontName=fonts.bold, fontSize=8, leading=9.5, alignment=1),
        "bullet": ParagraphStyle("bullet", base, leftIndent=4 * mm, bulletIndent=0, spaceAfter=1.2 * mm),
        "line": ParagraphStyle("line", base, fontSize=8.5, textColor=colors.Color(0.3, 0.3, 0.3)),
    }


def _story(data: ReportData, lang: str, fonts: Fonts, notes: str, listing: list[Participant] | None,
           cards: list[AttendanceCard] | None = None) -> list:
    styles = _styles(fonts)
    text = TEXT[lang]
    story = [Paragraph(escape(data.title(lang)), styles["title"]),
             Paragraph(escape(text["made"].format(day=day_text(data.today, lang))), styles["line"])]
    if data.today < data.end:
        story.append(Paragraph(escape(text["incomplete"]), styles["warn"]))
    if data.authorised:
        story.append(Paragraph(escape(text["authorised"]), styles["warn"]))
    story += _key_figures(data, lang, fonts, styles)
    story += _charts(data, lang, fonts, styles)
    story += _breakdowns(data, lang, fonts, styles)
    story += _esf(data, lang, fonts, styles)
    story += _activities(data, lang, fonts, styles)
    if data.programme is not None:
        from kiosk.documents.activities import report_section

        story += report_section(data.programme, lang, fonts, data.suppress)
    story += [CondPageBreak(40 * mm), Paragraph(escape(text["notes"]), styles["h2"])]
    lines = [escape(line) for line in notes.strip().splitlines()]
    story.append(Paragraph("<br/>".join(lines) if lines else escape(text["no_notes"]), styles["body"]))
    story += _method(data, lang, styles)
    story += _signature(lang, styles)
    if listing is not None:
        story += _participants(listing, data, lang, fonts, styles)
    if cards is not None:
        story += _attendance_cards(cards, data, lang, fonts, styles)
    return story


def _p(value: str, style) -> Paragraph:
    return Paragraph(escape(value), style)


def _heads(words, styles, left: int = 1) -> list[Paragraph]:
    """A header row: the first ``left`` columns' words over words, the others right-aligned over
    their numbers."""
    return [_p(word, styles["head" if n < left else "head_r"]) for n, word in enumerate(words)]


def _sign_lines(labels, styles, height: float) -> Table:
    """A line to write on after each label (a signature, the place and date)."""
    table = Table([[_p(label, styles["line"]), ""] for label in labels], colWidths=[55 * mm, WIDTH - 55 * mm],
                  rowHeights=[height] * len(labels))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _key_figures(data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    text = TEXT[lang]
    heads = [_p("", styles["head"])]
    for period in data.periods:
        if period.name in ("this_month", "previous_month"):  # a quarter or a year is named by its days
            span = month_name(period.start.year, period.start.month, lang)
        else:
            span = f"{day_text(period.start, lang)} – {day_text(period.last_day, lang)}"
        heads.append(Paragraph(f"{escape(text[period.name])}<br/>"
                               f'<font name="{fonts.regular}">{escape(span)}</font>', styles["head_r"]))
    rows = [heads]
    for row in KEY_ROWS:
        people = row in ("distinct_visitors", "new_visitors")  # counts of people: hidden when small
        rows.append([_p(text[row], styles["cell"])]
                    + [people_text(key_value(period, row), data) if people else key_text(key_value(period, row), row, lang)
                       for period in data.periods])
    label_w = 66 * mm
    widths = [label_w] + [(WIDTH - label_w) / len(data.periods)] * len(data.periods)
    table = figures_table(fonts, rows, widths, extra=[("FONT", (1, 1), (1, -1), fonts.bold, 8.5)])
    return [Paragraph(escape(text["key_figures"]), styles["h2"]), table]


def _charts(data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    text = TEXT[lang]
    figures = data.month_figures
    days = [KeepTogether([_p(text["chart_days"], styles["h3"]), _days_chart(figures, data, fonts)])] if data.months == 1 else []
    return [
        CondPageBreak(80 * mm),
        Paragraph(escape(text["charts"]), styles["h2"]),
        *days,
        KeepTogether([_p(text["chart_hours"], styles["h3"]), *_hours_table(figures, lang, fonts, styles)]),
        KeepTogether([_p(text["chart_situation"], styles["h3"]), _situation_chart(figures, data, lang, fonts)]),
    ]


def _days_chart(figures: PeriodFigures, data: ReportData, fonts: Fonts) -> Drawing:
    start = month_start(data.year, data.month)
    days = [start + timedelta(days=i) for i in range((next_month(start) - start).days)]
    values = [figures.by_day.get(d, 0) for d in days]
    drawing = Drawing(WIDTH, 58 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 8 * mm, WIDTH - 12 * mm, 46 * mm
    chart.data = [values]
    chart.bars[0].fillColor = INK
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 2
    chart.valueAxis.valueMin = 0
    top = max(values + [1])
    chart.valueAxis.valueMax = top * 1.15 + 1
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = [str(d.day) for d in days]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.dy = -2
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 5.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def _hours_table(figures: PeriodFigures, lang: str, fonts: Fonts, styles) -> list:
    text = TEXT[lang]
    hours = range(8, 18)
    weekdays = text["weekdays"].split()
    cells = {(d, h): figures.by_weekday_hour.get((d, h), 0) for d in range(5) for h in hours}
    top = max(cells.values(), default=0) or 1
    rows = [[""] + [f"{h}–{h + 1}" for h in hours]]
    style = [("ALIGN", (1, 0), (-1, 0), "RIGHT")]
    for d in range(5):
        rows.append([weekdays[d]] + [str(cells[(d, h)]) if cells[(d, h)] else "" for h in hours])
        for i, h in enumerate(hours):
            share = cells[(d, h)] / top
            if share:
                shade = colors.Color(1 - 0.8 * share * (1 - INK.red), 1 - 0.8 * share * (1 - INK.green),
                                     1 - 0.8 * share * (1 - INK.blue))
                style.append(("BACKGROUND", (i + 1, d + 1), (i + 1, d + 1), shade))
                if share > 0.55:
                    style.append(("TEXTCOLOR", (i + 1, d + 1), (i + 1, d + 1), colors.white))
    style += [("GRID", (1, 1), (-1, -1), 0.25, GRID), ("ROWBACKGROUNDS", (0, 1), (0, -1), [colors.white])]
    table = figures_table(fonts, rows, [14 * mm] + [16 * mm] * len(hours), extra=style)
    other = sum(figures.by_weekday_hour.values()) - sum(cells.values())
    return [table, _p(text["other_times"].format(n=other), styles["small"])]


def _situation_chart(figures: PeriodFigures, data: ReportData, lang: str, fonts: Fonts) -> Drawing:
    breakdown = next((b for b in figures.visitors if b.name == "situation"), Breakdown("situation", ()))
    known = {value: cells for value, cells in breakdown.rows}
    # Every answer asked now, even at 0; one no longer asked only while some record still holds it.
    values = ([v for v in SITUATIONS if v not in SITUATIONS_NO_LONGER_ASKED or v in known]
              + sorted((v for v in known if v not in SITUATIONS and v is not None), key=str) + [None])
    totals = [sum(known.get(v, (0, 0, 0, 0))) for v in values]
    shown = suppress(totals) if data.suppress else totals
    bar_h, gap, label_w = 4.2 * mm, 1.6 * mm, 62 * mm
    height = len(values) * (bar_h + gap) + 2 * mm
    drawing = Drawing(WIDTH, height)
    scale = (WIDTH - label_w - 14 * mm) / max(max(totals, default=0), 1)
    for i, (value, count) in enumerate(zip(values, shown)):
        y = height - (i + 1) * (bar_h + gap)
        label = _fit(answer_label("situation", value, lang), fonts.regular, 8, label_w - 3 * mm)
        drawing.add(String(label_w - 2 * mm, y + 1.2 * mm, label, fontName=fonts.regular, fontSize=8, textAnchor="end"))
        width = 0 if isinstance(count, Hidden) else count * scale
        if width:
            drawing.add(Rect(label_w, y, width, bar_h, fillColor=INK, strokeColor=None))
        drawing.add(String(label_w + width + 1.5 * mm, y + 1.2 * mm, count_text(count), fontName=fonts.regular,
                           fontSize=8))
    return drawing


def _breakdown_table(breakdown: Breakdown, data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    text = TEXT[lang]
    if not data.authorised and data.months == 1:
        # The public monthly report: each answer once, without the gender split, which would leave
        # little but "<5" on a room's few dozen people a month (the quarter and the year have it).
        rows = [_heads([text[breakdown.name], text["count"], "%"], styles)]
        for row in shown_rows(breakdown, lang, data.suppress):
            rows.append([_p(row.label, styles["cell"]), count_text(row.total),
                         "" if row.percent is None else decimal(row.percent, lang, 1)])
        rows.append([_p(text["total"], styles["cell"]), str(breakdown.total), decimal(100.0, lang, 1) if breakdown.total else ""])
        table = figures_table(fonts, rows, [100 * mm, 30 * mm, 30 * mm], total_row=True)
        return [KeepTogether([Spacer(0, 3 * mm), table])]
    rows = [_heads([text[breakdown.name], *(text[k] for k in ("women", "men", "other", "not_told", "total")), "%"], styles)]
    for row in shown_rows(breakdown, lang, data.suppress):
        percent = "" if row.percent is None else decimal(row.percent, lang, 1)
        rows.append([_p(row.label, styles["cell"])] + [count_text(c) for c in row.cells]
                    + [count_text(row.total), percent])
    rows.append([_p(text["total"], styles["cell"]), "", "", "", "", str(breakdown.total),
                 decimal(100.0, lang, 1) if breakdown.total else ""])
    label_w = 60 * mm
    table = figures_table(fonts, rows, [label_w] + [(WIDTH - label_w) / 6] * 6, total_row=True,
                   extra=[("FONT", (0, -1), (-1, -1), fonts.bold, 8.5)])
    return [KeepTogether([Spacer(0, 3 * mm), table])]


def _breakdowns(data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    text = TEXT[lang]
    figures = data.month_figures
    key = figures.key
    # New and returning make up the distinct visitors printed among the key figures: one line.
    new, returning = (suppress([key.new_visitors, figures.returning_visitors]) if data.suppress
                      else (key.new_visitors, figures.returning_visitors))
    summary = [
        [_p(text["new_visitors"], styles["cell"]), count_text(new)],
        [_p(text["returning_visitors"], styles["cell"]), count_text(returning)],
        [_p(text["visits_per_visitor"], styles["cell"]), decimal(figures.visits_per_visitor, lang, 2)],
    ]
    story = [CondPageBreak(50 * mm), Paragraph(escape(text["new_and_returning"]), styles["h2"]),
             figures_table(fonts, summary, [100 * mm, 30 * mm], header_rows=0)]
    note = text["suppressed_note"] if data.suppress else text["exact_note"] if data.authorised else text["suppression_off"]
    for heading, tables in (("breakdowns_visitors", figures.visitors), ("breakdowns_new", figures.newcomers)):
        story += [CondPageBreak(60 * mm), Paragraph(escape(text[heading]), styles["h2"]), _p(note, styles["small"])]
        if not any(b.total for b in tables):
            story.append(_p(text["no_people"], styles["body"]))
            continue
        for breakdown in tables:
            if breakdown.name == "role" and not data.authorised:
                continue  # it would count work-trial and rehabilitative participants: confidential pages only
            story += _breakdown_table(breakdown, data, lang, fonts, styles)
    return story


def _esf(data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    text = TEXT[lang]
    genders = text["esf_columns"].split()
    heads = [
        [_p(text["code"], styles["head"]), _p(text["indicator"], styles["head"]),
         _p(text["esf_new"], styles["head_c"]), "", "", "",
         _p(text["esf_cumulative"].format(day=day_text(data.esf_start, lang)), styles["head_c"]), "", "", ""],
        ["", ""] + [_p(g, styles["head_r"]) for g in genders] * 2,
    ]
    def shown(cells):
        return [count_text(c) for c in (suppress(list(cells)) if data.suppress else cells)]

    rows = heads + [[code, _p(ESF_NAMES[lang][code], styles["cell"])] + shown(new) + shown(cumulative)
                    for code, new, cumulative in data.esf.rows]
    widths = [17 * mm, 53 * mm] + [13 * mm] * 8
    table = figures_table(fonts, rows, widths, header_rows=2, extra=[
        ("SPAN", (2, 0), (5, 0)), ("SPAN", (6, 0), (9, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
        ("LINEBELOW", (2, 0), (-1, 0), 0.4, GRID),
        ("LINEBEFORE", (6, 0), (6, -1), 0.6, GRID), ("LINEBEFORE", (2, 0), (2, -1), 0.6, GRID),
        ("ALIGN", (0, 2), (1, -1), "LEFT"),
    ])
    return [KeepTogether([
        Paragraph(escape(text["esf"]), styles["h2"]),
        Paragraph(escape(text["esf_internal"]), styles["warn"]),
        Spacer(0, 2 * mm),
        table,
        _p(text["esf_legend"], styles["small"]),
        _p(text["esf_not_collected"].format(codes=", ".join(data.esf.not_collected)), styles["small"]),
    ]), *_eura_check(data, lang, fonts, styles)]


def _eura_check(data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    """What the kiosk holds of the ESF+ cycle, for the coordinator to check against EURA."""
    text, cycle = TEXT[lang], data.esf.cycle
    last = day_text(data.end - timedelta(days=1), lang)
    # Those who left and those taking part add up to the enrolled printed above them: one line.
    exited, active = suppress([cycle.exited, cycle.active]) if data.suppress else (cycle.exited, cycle.active)
    rows = [[_p(text["eura_enrolled"].format(day=last), styles["cell"]), people_text(cycle.enrolled, data)],
            [_p("   " + text["eura_started"], styles["cell"]), people_text(cycle.started, data)],
            [_p(text["eura_exited"].format(day=last), styles["cell"]), count_text(exited)],
            [_p("   " + text["eura_exited_month"], styles["cell"]), people_text(cycle.exited_in_period, data)],
            [_p(text["eura_active"], styles["cell"]), count_text(active)]]
    todo = [[_p(text[key], styles["cell"]), people_text(len(ids), data)] for key, ids in (
        ("eura_missing", cycle.start_missing), ("eura_exit_due", cycle.exit_due),
        ("eura_result_missing", cycle.result_missing), ("eura_follow_up", cycle.follow_up_due))]
    return [KeepTogether([_p(text["eura_check"], styles["h3"]), figures_table(fonts, rows, [110 * mm, 20 * mm], header_rows=0),
                          _p(text["eura_todo"].format(day=day_text(data.today, lang)), styles["h3"]),
                          figures_table(fonts, todo, [110 * mm, 20 * mm], header_rows=0)])]


def _activities(data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    text = TEXT[lang]
    figures = data.month_figures
    story = [CondPageBreak(70 * mm), Paragraph(escape(text["other_activities"]), styles["h2"])]
    for heading, apart in (("volunteers", figures.volunteers), ("staff", figures.staff)):
        story += [_p(text[heading], styles["h3"]),
                  figures_table(fonts, [_heads([text[k] for k in ("people", "days", "hours")], styles, left=0),
                                 # person-days under 5 would tell as much as the people
                                 [people_text(apart.people, data), people_text(apart.days, data), decimal(apart.hours, lang)]],
                         [30 * mm] * 3,
                         extra=[("ALIGN", (0, 1), (-1, -1), "RIGHT")])]
    # Work trial and rehabilitative work: counts by role, never names.
    story.append(_p(text["attendance"], styles["h3"]))
    if not data.authorised:
        # Their participants are social-welfare and employment-service clients: a public document
        # names no count of them (issue 18); the authorised version has them.
        story.append(_p(text["authorised_only"], styles["body"]))
    elif data.attendance:
        story += _planned_attendance(data.attendance, lang, fonts, styles)
    else:
        story.append(_p(text["no_attendance"], styles["body"]))
    # Lending.
    loans = data.loans
    story.append(_p(text["lending"], styles["h3"]))
    categories = sorted(set(loans.loans_by_category) | set(loans.hours_by_category), key=name_key)
    if categories:
        rows = [_heads([text["category"], text["loans"], text["hours_on_loan"]], styles)]
        rows += [[_p(c, styles["cell"]), str(loans.loans_by_category.get(c, 0)),
                  decimal(loans.hours_by_category.get(c, 0.0), lang)] for c in categories]
        rows.append([_p(text["total"], styles["cell"]), str(sum(loans.loans_by_category.values())),
                     decimal(sum(loans.hours_by_category.values()), lang)])
        story.append(figures_table(fonts, rows, [62 * mm, 28 * mm, 34 * mm], total_row=True))
    else:
        story.append(_p(text["no_loans"], styles["body"]))
    story.append(_p(f"{text['borrowers'].format(n=people_text(loans.distinct_borrowers, data))}   ·   "
                    f"{text['overdue'].format(n=loans.overdue_returns)}", styles["line"]))
    # Lunch.
    story.append(_p(text["lunch"], styles["h3"]))
    if data.lunch_days:
        keys = ("signed_up", "guests", "served", "no_shows")
        rows = [_heads([text["day"], *(text[k] for k in keys)], styles)]
        rows += [[day_text(d.day, lang), str(d.signed_up), str(d.guests), str(d.served), str(d.no_shows)]
                 for d in data.lunch_days]
        rows.append([text["total"]] + [str(sum(getattr(d, k) for d in data.lunch_days)) for k in keys])
        story.append(figures_table(fonts, rows, [40 * mm] + [28 * mm] * 4, total_row=True))
    else:
        story.append(_p(text["no_lunches"], styles["body"]))
    # Targets.
    story.append(_p(text["targets"], styles["h3"]))
    actual = {"target_visits": figures.key.visits, "target_new": figures.key.new_visitors}
    set_targets = [(k, v) for k, v in data.targets.items() if v is not None]
    if set_targets:
        rows = [["", *_heads([text[k] for k in ("target", "actual", "of_target")], styles, left=0)]]
        rows += [[_p(text[k], styles["cell"]), str(target), str(actual[k]),
                  decimal(100 * actual[k] / target, lang, 0) if target else "–"] for k, target in set_targets]
        story.append(figures_table(fonts, rows, [62 * mm] + [28 * mm] * 3))
    else:
        story.append(_p(text["no_targets"], styles["body"]))
    return story


def _planned_attendance(groups: tuple[PlannedAttendance, ...], lang: str, fonts: Fonts, styles) -> list:
    """The planned days of each role against the days present, absent and not arranged, then the
    absences by reason group: the confidential version's attendance section (issue 19)."""
    text = TEXT[lang]
    rows = [["", *_heads([answer_label("role", g.role, lang) for g in groups], styles, left=0)]]

    def line(label: str, values, style: str = "cell") -> None:
        rows.append([_p(label, styles[style])] + list(values))

    line(text["participants_count"], (str(g.participants) for g in groups))
    line(text["planned_days"], (str(g.planned) for g in groups))
    line(text["present_days"], (str(g.present) for g in groups))
    line(text["hours"], (decimal(g.hours, lang) for g in groups))
    line(text["short_days"], (str(g.short_days) for g in groups))
    line(text["no_departure"], (str(g.no_departure) for g in groups))
    line(text["absent_days"], (str(g.absences) for g in groups))
    for n, (group, _) in enumerate(ABSENCE_GROUPS):
        line(text[f"absence_{group}"], (str(g.absent[n][1]) for g in groups), "cell_sub")
    line(text["absence_excused"], (str(g.excused) for g in groups), "cell_sub")
    line(text["not_arranged_days"], (str(g.not_arranged) for g in groups))
    story = [figures_table(fonts, rows, [90 * mm] + [28 * mm] * len(groups))]
    notes = [text["attendance_note"]]
    if any(g.upcoming for g in groups):
        notes.append(text["attendance_upcoming"].format(n=sum(g.upcoming for g in groups)))
    if any(g.no_departure for g in groups):
        notes.append(text["attendance_fix"])
    return story + [_p(" ".join(notes), styles["small"])]


def _method(data: ReportData, lang: str, styles) -> list:
    text = TEXT[lang]
    key = data.month_figures.key
    lines = [text["def_day"], text["def_open"].format(n=key.left_open), text["def_erasure"], text["def_distinct"],
             text["def_anonymous"], text["def_apart"], text["def_dst"], text["def_small"],
             text["def_source"].format(n=key.imported_visits)]
    return [CondPageBreak(60 * mm), Paragraph(escape(text["method"]), styles["h2"])] + [
        Paragraph(escape(line), styles["bullet"], bulletText="•") for line in lines]


def _signature(lang: str, styles) -> list:
    text = TEXT[lang]
    return [KeepTogether([Paragraph(escape(text["signature"]), styles["h2"]), _p(text["certify"], styles["body"]),
                          _sign_lines([text[k] for k in ("place_date", "responsible", "sign_here")], styles, 12 * mm)])]


def _participants(listing: list[Participant], data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    text = TEXT[lang]
    story = [NextPageTemplate("confidential"), PageBreak(), Paragraph(escape(text["participants"]), styles["h2"]),
             _p(text["participants_note"], styles["small"]), Spacer(0, 2 * mm)]
    if not listing:
        return story + [_p(text["no_people"], styles["body"])]
    rows = [_heads([text[k] for k in ("first_name", "last_name", "first_visit", "last_visit", "visits", "hours")], styles,
                   left=4)]
    rows += [[_p(p.first_name, styles["cell"]), _p(p.last_name, styles["cell"]), day_text(p.first_visit, lang),
              day_text(p.last_visit, lang), str(p.visits), decimal(p.hours, lang)] for p in listing]
    rows.append([_p(text["total"], styles["cell"]), "", "", "", str(sum(p.visits for p in listing)),
                 decimal(sum(p.hours for p in listing), lang)])
    story.append(figures_table(fonts, rows, [40 * mm, 46 * mm, 26 * mm, 26 * mm, 16 * mm, 20 * mm], total_row=True,
                        extra=[("ALIGN", (2, 1), (3, -1), "LEFT")]))
    return story


def _attendance_cards(cards: list[AttendanceCard], data: ReportData, lang: str, fonts: Fonts, styles) -> list:
    """One card a participant, each on its own confidential page, with lines for two signatures."""
    text = TEXT[lang]
    story: list = [NextPageTemplate("confidential")]
    if not cards:
        return story + [PageBreak(), Paragraph(escape(text["cards"]), styles["h2"]), _p(text["no_people"], styles["body"])]
    for card in cards:
        title = f"{text['cards']} – {card.first_name} {card.last_name} – {data.span_name(lang)}"
        story += [PageBreak(), Paragraph(escape(title), styles["h2"]), _p(text[f"role_{card.role}"], styles["line"]),
                  _p(text["cards_note"], styles["small"]), Spacer(0, 2 * mm)]
        rows = [[*_heads([text[k] for k in ("day", "arrival", "departure", "hours")], styles, left=3), ""]]
        present = [d for d in card.days if not d.fix_times]
        to_fix = [d for d in card.days if d.fix_times]
        for day in card.days:
            if day.fix_times:  # never "–" and 0 h: the supervisor fixes the times before signing
                rows.append([day_text(day.day, lang), local(day.arrival).strftime("%H.%M"), "?",
                             _p(text["fix_times_cell"], styles["warn_cell"]), ""])
                continue
            short = "*" if day.hours < 4 else ""
            rows.append([day_text(day.day, lang), local(day.arrival).strftime("%H.%M"),
                         local(day.departure).strftime("%H.%M"), decimal(day.hours, lang, 2), short])
        short_days = sum(1 for d in present if d.hours < 4)
        total = sum(d.hours for d in present)
        rows.append([_p(text["total"], styles["cell"]), "", "", decimal(total, lang, 2), ""])
        story.append(figures_table(fonts, rows, [40 * mm, 30 * mm, 30 * mm, 34 * mm, 12 * mm], total_row=True,
                            extra=[("ALIGN", (1, 1), (2, -1), "LEFT")]))
        story += [Spacer(0, 2 * mm), _p(text["days_total"].format(days=len(present), short=short_days,
                                                                   hours=decimal(total, lang, 2)), styles["body"])]
        if to_fix:
            story.append(_p(text["cards_fix"].format(n=len(to_fix), days=", ".join(day_text(d.day, lang) for d in to_fix)),
                            styles["warn"]))
        story.append(_p(text["short_mark"], styles["small"]))
        story.append(_sign_lines([text[k] for k in ("participant_sign", "supervisor_sign", "place_date")], styles, 14 * mm))
    return story
