<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_FI" sourcelanguage="fi_FI">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>{day}: {n} toimintaa</source>
        <translation>{day}: {n} activities</translation>
    </message>
    <message>
        <source> · PERUTTU</source>
        <translation> · CANCELLED</translation>
    </message>
    <message>
        <source>Ei toimintaa tänä päivänä. Lisää uusi: ”Uusi toiminto”.</source>
        <translation>Nothing on this day. Add one: “New activity”.</translation>
    </message>
    <message>
        <source>Ilmoittautuneita {n}</source>
        <translation>Signed up {n}</translation>
    </message>
    <message>
        <source>tulleita {n}</source>
        <translation>came {n}</translation>
    </message>
    <message>
        <source>paikkoja {n}</source>
        <translation>seats {n}</translation>
    </message>
    <message>
        <source>henkilömäärä {n}</source>
        <translation>headcount {n}</translation>
    </message>
    <message>
        <source> (paikan päällä)</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <source> — ilmoittautunut</source>
        <translation> — signed up</translation>
    </message>
    <message>
        <source>Vapaaehtoinen: {name}, {hours} h</source>
        <translation>Volunteer: {name}, {hours} h</translation>
    </message>
    <message>
        <source>Ohjaus: {name}, {topic}, {minutes} min</source>
        <translation>Guidance: {name}, {topic}, {minutes} min</translation>
    </message>
    <message>
        <source>Palauta tämä kerta</source>
        <translation>Restore this session</translation>
    </message>
    <message>
        <source>Peru tämä kerta</source>
        <translation>Cancel this session</translation>
    </message>
    <message>
        <source>Henkilömäärä numeroina, esim. 23.</source>
        <translation>The headcount in figures, e.g. 23.</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Valitse vapaaehtoinen ja kirjoita tunnit, esim. 2,5.</source>
        <translation>Choose a volunteer and write the hours, e.g. 2.5.</translation>
    </message>
    <message>
        <source>Kirjoita nimi ja kesto minuutteina, esim. 30.</source>
        <translation>Write the name and the length in minutes, e.g. 30.</translation>
    </message>
    <message>
        <source>Ohjaus kirjattu.</source>
        <translation>Guidance recorded.</translation>
    </message>
    <message>
        <source>Perutaanko tämä kerta? Napauta uudelleen vahvistaaksesi.</source>
        <translation>Cancel this session? Tap again to confirm.</translation>
    </message>
    <message>
        <source>Kerta palautettu.</source>
        <translation>Session restored.</translation>
    </message>
    <message>
        <source>Kerta peruttu.</source>
        <translation>Session cancelled.</translation>
    </message>
    <message>
        <source>Toiminto tallennettu.</source>
        <translation>Activity saved.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Toiminnot</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Uusi toiminto</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Edellinen päivä</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Seuraava päivä</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Paikan päällä: nimi</source>
        <translation>Walk-in: name</translation>
    </message>
    <message>
        <source>Lisää</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Henkilömäärä (myös nimettömät)</source>
        <translation>Headcount (also without names)</translation>
    </message>
    <message>
        <source>Tallenna määrä</source>
        <translation>Save the count</translation>
    </message>
    <message>
        <source>Muistiinpano</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vapaaehtoinen</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Tunnit</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Kirjaa tunnit</source>
        <translation>Record hours</translation>
    </message>
    <message>
        <source>Kesto</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Ohjattu: nimi</source>
        <translation>Helped: name</translation>
    </message>
    <message>
        <source>Kirjaa ohjaus</source>
        <translation>Record guidance</translation>
    </message>
    <message>
        <source>Aihe</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Päivän toiminnot</source>
        <translation>The day&apos;s activities</translation>
    </message>
    <message>
        <source>Muokkaa toimintoa</source>
        <translation>Edit the activity</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Alkupäivä muodossa 27.11.2026.</source>
        <translation>The first day as 27.11.2026.</translation>
    </message>
    <message>
        <source>Viimeinen päivä muodossa 27.11.2026 tai tyhjä.</source>
        <translation>The last day as 27.11.2026, or empty.</translation>
    </message>
    <message>
        <source>Kellonaika muodossa 17.30.</source>
        <translation>The time as 17.30.</translation>
    </message>
    <message>
        <source>Kesto minuutteina, esim. 90.</source>
        <translation>The length in minutes, e.g. 90.</translation>
    </message>
    <message>
        <source>Paikat numerona tai tyhjä.</source>
        <translation>Seats as a number, or empty.</translation>
    </message>
    <message>
        <source>Anna toiminnolle nimi.</source>
        <translation>Give the activity a name.</translation>
    </message>
    <message>
        <source>Viimeinen päivä vain viikoittaiselle, eikä ennen alkupäivää.</source>
        <translation>A last day only for a weekly one, and not before the first day.</translation>
    </message>
    <message>
        <source>Kesto 1–1440 minuuttia.</source>
        <translation>The length 1–1440 minutes.</translation>
    </message>
    <message>
        <source>Paikkoja vähintään yksi, tai tyhjä.</source>
        <translation>At least one seat, or empty.</translation>
    </message>
    <message>
        <source>Tarkista tiedot.</source>
        <translation>Check the details.</translation>
    </message>
    <message>
        <source>Muokkaa toimintoa</source>
        <translation>Edit the activity</translation>
    </message>
    <message>
        <source>Uusi toiminto</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Nimi, esim. Ompeluseura</source>
        <translation>Name, e.g. Sewing circle</translation>
    </message>
    <message>
        <source>Järjestäjä tai kumppani</source>
        <translation>Organiser or partner</translation>
    </message>
    <message>
        <source>Paikka (tyhjä: työhuone)</source>
        <translation>Place (empty: the room)</translation>
    </message>
    <message>
        <source>Päivä: 27.11.2026</source>
        <translation>Day: 27.11.2026</translation>
    </message>
    <message>
        <source>Viimeinen päivä (viikoittainen)</source>
        <translation>Last day (weekly)</translation>
    </message>
    <message>
        <source>Alkaa klo: 17.30</source>
        <translation>Starts at: 17.30</translation>
    </message>
    <message>
        <source>Kesto, min</source>
        <translation>Length, min</translation>
    </message>
    <message>
        <source>Paikkoja (tyhjä: ei rajaa)</source>
        <translation>Seats (empty: no limit)</translation>
    </message>
    <message>
        <source>Joka viikko</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Lasketaan kävijämääriin</source>
        <translation>Counts in visitor figures</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AnonymousScreen</name>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Käynti ilman nimeä</source>
        <translation>Visit without a name</translation>
    </message>
    <message>
        <source>Kirjaamme vain, että kävit täällä. Jos haluat, kerro tilanteesi: se auttaa rahoittajia.</source>
        <translation>We only note that you came. If you like, tell us your situation: it helps our funders.</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <source>Ei työkokeilijoita eikä kuntouttavan työtoiminnan osallistujia näinä päivinä.</source>
        <translation>No work-trial or rehabilitative work participants on these days.</translation>
    </message>
    <message>
        <source>Oma sairaus</source>
        <translation>Own illness</translation>
    </message>
    <message>
        <source>Sairaus, todistus</source>
        <translation>Illness, certificate</translation>
    </message>
    <message>
        <source>Lapsen sairaus</source>
        <translation>Child&apos;s illness</translation>
    </message>
    <message>
        <source>Työhaastattelu</source>
        <translation>Job interview</translation>
    </message>
    <message>
        <source>Luottamustehtävä</source>
        <translation>Public office</translation>
    </message>
    <message>
        <source>Muu syy</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>läsnä {hours} h</source>
        <translation>present {hours} h</translation>
    </message>
    <message>
        <source>käynti jäi auki: korjaa ajat (Käynnit)</source>
        <translation>visit left open: fix the times (Visits)</translation>
    </message>
    <message>
        <source>paikalla nyt</source>
        <translation>here now</translation>
    </message>
    <message>
        <source>ei järjestetty: {reason}</source>
        <translation>not arranged: {reason}</translation>
    </message>
    <message>
        <source>tila suljettu</source>
        <translation>room closed</translation>
    </message>
    <message>
        <source>tulossa</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>poissa: syy puuttuu</source>
        <translation>absent: reason missing</translation>
    </message>
    <message>
        <source> (ei etuutta)</source>
        <translation> (no benefit)</translation>
    </message>
    <message>
        <source>poissa: {reason}</source>
        <translation>absent: {reason}</translation>
    </message>
    <message>
        <source>alle 4 tuntia</source>
        <translation>under 4 hours</translation>
    </message>
    <message>
        <source>yli 8 tuntia</source>
        <translation>over 8 hours</translation>
    </message>
    <message>
        <source>enemmän päiviä viikossa kuin sovittu</source>
        <translation>more days a week than agreed</translation>
    </message>
    <message>
        <source>{n} poissaoloa peräkkäin ilman hyväksyttävää syytä</source>
        <translation>{n} absences in a row without an accepted reason</translation>
    </message>
    <message>
        <source>käynnin ajat korjattava</source>
        <translation>the visit&apos;s times need fixing</translation>
    </message>
    <message>
        <source>sairaus yli 3 päivää: lääkärintodistus</source>
        <translation>illness over 3 days: doctor&apos;s certificate</translation>
    </message>
    <message>
        <source>sovitut viikonpäivät puuttuvat</source>
        <translation>agreed weekdays missing</translation>
    </message>
    <message>
        <source>sovittuja päiviä enemmän kuin laki sallii</source>
        <translation>more agreed days than the law allows</translation>
    </message>
    <message>
        <source>Tallennettu: {name}, {day}: {reason}</source>
        <translation>Saved: {name}, {day}: {reason}</translation>
    </message>
    <message>
        <source>Tila merkitty suljetuksi: {day}</source>
        <translation>Room marked closed: {day}</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Läsnäolo</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Edelliset kaksi viikkoa</source>
        <translation>Previous two weeks</translation>
    </message>
    <message>
        <source>Seuraavat kaksi viikkoa</source>
        <translation>Next two weeks</translation>
    </message>
    <message>
        <source>Lisätieto tai suljetun päivän syy</source>
        <translation>Note, or why the day is closed</translation>
    </message>
    <message>
        <source>Tila suljettu tänä päivänä</source>
        <translation>Room closed this day</translation>
    </message>
    <message>
        <source>Suunnitellut päivät</source>
        <translation>Planned days</translation>
    </message>
    <message>
        <source>Huomiot</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Näytä korttisi kameralle</source>
        <translation>Show your card to the camera</translation>
    </message>
</context>
<context>
    <name>CardStep</name>
    <message>
        <source>Tervetuloa, {name}! Olet nyt kirjautunut sisään.</source>
        <translation>Welcome, {name}! You are now checked in.</translation>
    </message>
    <message>
        <source>Ota kuva koodista puhelimellasi: näytä se lukijalle ensi kerralla. Saat myös tulostetun kortin tilavastaavalta.</source>
        <translation>Take a photo of the code with your phone and show it to the reader next time. The room attendant can also give you a printed card.</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>vapaana</source>
        <translation>available</translation>
    </message>
    <message>
        <source>lainassa</source>
        <translation>on loan</translation>
    </message>
    <message>
        <source>pois käytöstä</source>
        <translation>out of service</translation>
    </message>
    <message>
        <source>poistettu</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>lainattu</source>
        <translation>lent</translation>
    </message>
    <message>
        <source>palautettu</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>ongelma</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>korjattu</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>{item} lisätty. Tulosta sille tarra (kiosk labels).</source>
        <translation>{item} added. Print a label for it (kiosk labels).</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Kirjoita syy, esimerkiksi ”näyttö rikki”.</source>
        <translation>Write the reason, for example “screen broken”.</translation>
    </message>
    <message>
        <source>Poistetaanko tavara käytöstä pysyvästi? Sen historia säilyy. Napauta uudelleen vahvistaaksesi.</source>
        <translation>Retire the item for good? Its history is kept. Tap again to confirm.</translation>
    </message>
    <message>
        <source>Poistettu käytöstä.</source>
        <translation>Retired.</translation>
    </message>
    <message>
        <source>Kirjoita uuden luokan nimi (eri kuin ennestään).</source>
        <translation>Type the new category’s name (one not used yet).</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Luokka</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Huomiot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pois käytöstä, syy</source>
        <translation>Out of service, reason</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Uusi tavara</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Pois käytöstä</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Korjattu</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Poista pysyvästi</source>
        <translation>Retire for good</translation>
    </message>
    <message>
        <source>Luokat (itsepalvelu: kävijä voi lainata itse, jos asetus sallii)</source>
        <translation>Categories (self-service: visitors can borrow by themselves if the setting allows it)</translation>
    </message>
    <message>
        <source>Itsepalvelu</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>Tavarat</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Tavaran historia</source>
        <translation>Item history</translation>
    </message>
    <message>
        <source>Luokan nimi</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>Tallenna luokka</source>
        <translation>Save category</translation>
    </message>
    <message>
        <source>Uusi luokka</source>
        <translation>New category</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Varmuuskopio tehty.</source>
        <translation>Backup made.</translation>
    </message>
    <message>
        <source>Varmuuskopio epäonnistui: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <source>suljettu tänään</source>
        <translation>closed today</translation>
    </message>
    <message>
        <source>Sulkeminen · {time}</source>
        <translation>Closing · {time}</translation>
    </message>
    <message>
        <source>Paikalla vielä: {n}</source>
        <translation>Still here: {n}</translation>
    </message>
    <message>
        <source>{name} — sisään klo {time}</source>
        <translation>{name} — in at {time}</translation>
    </message>
    <message>
        <source>Kirjaa kaikki ulos ({n})</source>
        <translation>Check out everyone ({n})</translation>
    </message>
    <message>
        <source>Lainassa: {n}, myöhässä: {late}</source>
        <translation>On loan: {n}, overdue: {late}</translation>
    </message>
    <message>
        <source>{item} — {name}, palautus klo {time}</source>
        <translation>{item} — {name}, due at {time}</translation>
    </message>
    <message>
        <source> · MYÖHÄSSÄ</source>
        <translation> · OVERDUE</translation>
    </message>
    <message>
        <source>{item} — {name}, palautus {day} klo {time}</source>
        <translation>{item} — {name}, due {day} at {time}</translation>
    </message>
    <message>
        <source>Seuraava lounas: ei tiedossa</source>
        <translation>Next lunch: not known</translation>
    </message>
    <message>
        <source>Seuraava lounas: {line}</source>
        <translation>Next lunch: {line}</translation>
    </message>
    <message>
        <source>Ilmoittautuneita: {n}</source>
        <translation>Signed up: {n}</translation>
    </message>
    <message>
        <source>Varmuuskopio: ei vielä tehty</source>
        <translation>Backup: not made yet</translation>
    </message>
    <message>
        <source>Varmuuskopio {when}: kunnossa</source>
        <translation>Backup {when}: OK</translation>
    </message>
    <message>
        <source>Varmuuskopio {when}: EPÄONNISTUI</source>
        <translation>Backup {when}: FAILED</translation>
    </message>
    <message>
        <source>Tarkista, että muistitikku tai verkkokansio on paikallaan, ja paina Varmuuskopioi nyt.</source>
        <translation>Check that the USB stick or network folder is in place, and press Back up now.</translation>
    </message>
    <message>
        <source>Etäkopio: yli kaksi päivää vanha</source>
        <translation>Off-site copy: more than two days old</translation>
    </message>
    <message>
        <source>Etäkopio: ei vielä tehty</source>
        <translation>Off-site copy: not made yet</translation>
    </message>
    <message>
        <source>Viimeisin etäkopio {when}</source>
        <translation>Last off-site copy {when}</translation>
    </message>
    <message>
        <source>Tarkista verkkoyhteys. Kioski yrittää uudelleen seuraavan varmuuskopion jälkeen.</source>
        <translation>Check the network connection. The kiosk tries again after the next backup.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Sulkeminen</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Varmuuskopioi nyt</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Kirjaa kaikki ulos</source>
        <translation>Check out everyone</translation>
    </message>
    <message>
        <source>Sulkemisen tarkistuslista</source>
        <translation>Closing checklist</translation>
    </message>
</context>
<context>
    <name>DuplicateStep</name>
    <message>
        <source>Täällä on jo samanniminen kävijä. Jos se olet sinä, napauta nimeäsi.</source>
        <translation>There is already a visitor with this name. If it is you, tap your name.</translation>
    </message>
    <message>
        <source>En ole mikään näistä: olen uusi</source>
        <translation>None of these: I am new</translation>
    </message>
</context>
<context>
    <name>FieldKeyboard</name>
    <message>
        <source>Valmis</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Valmis: piilota näppäimistö</source>
        <translation>Done: hide the keyboard</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Tervetuloa työhuoneeseen!</source>
        <translation>Welcome to the workroom!</translation>
    </message>
    <message>
        <source>Näytä korttisi lukijalle, niin kirjaan sinut sisään tai ulos.</source>
        <translation>Show your card to the reader and I will check you in or out.</translation>
    </message>
    <message>
        <source>Sisään tai ulos nimellä</source>
        <translation>In or out by name</translation>
    </message>
    <message>
        <source>Olen täällä ensimmäistä kertaa</source>
        <translation>I am here for the first time</translation>
    </message>
    <message>
        <source>Käyn ilman nimeä</source>
        <translation>Visit without a name</translation>
    </message>
    <message>
        <source>Lainaa laite</source>
        <translation>Borrow a device</translation>
    </message>
    <message>
        <source>Tänään</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Lounas {day} klo {time} · vapaita paikkoja {seats}</source>
        <translation>Lunch {day} at {time} · {seats} seats free</translation>
    </message>
    <message>
        <source>Henkilökunta: pidä painettuna</source>
        <translation>Staff: press and hold</translation>
    </message>
    <message>
        <source>Suurempi teksti</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Suuri kontrasti</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Lue ääneen</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Aukioloajat. Sulkemisaikaan lainat erääntyvät ja unohtuneet uloskirjautumiset tehdään.</source>
        <translation>Opening hours. At closing time loans fall due and forgotten check-outs are made.</translation>
    </message>
    <message>
        <source>{day} auki</source>
        <translation>{day} open</translation>
    </message>
    <message>
        <source>aukeaa</source>
        <translation>opens</translation>
    </message>
    <message>
        <source>sulkeutuu</source>
        <translation>closes</translation>
    </message>
    <message>
        <source>{day} {what} aiemmin</source>
        <translation>{day} {what} earlier</translation>
    </message>
    <message>
        <source>{day} {what} myöhemmin</source>
        <translation>{day} {what} later</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
</context>
<context>
    <name>LendingScreen</name>
    <message>
        <source>Skannaa ensin kävijän kortti tai etsi nimi.</source>
        <translation>First scan the visitor’s card or find the name.</translation>
    </message>
    <message>
        <source>Palautuspäivä muodossa 15.12. tai 15.12.2026.</source>
        <translation>Return date as 15.12. or 15.12.2026.</translation>
    </message>
    <message>
        <source>Alkamisaika muodossa 10.30.</source>
        <translation>Start time as 10.30.</translation>
    </message>
    <message>
        <source>Skannaa palautettavan tavaran tarra tai valitse laina listasta.</source>
        <translation>Scan the label of the item being returned, or pick the loan in the list.</translation>
    </message>
    <message>
        <source>{item} on taas lainattavissa.</source>
        <translation>{item} can be lent again.</translation>
    </message>
    <message>
        <source>✓ {item} lainattu: {name}. Palautus {when}.</source>
        <translation>✓ {item} lent to {name}. Due {when}.</translation>
    </message>
    <message>
        <source>✓ {item} palautettu ({name}).</source>
        <translation>✓ {item} returned ({name}).</translation>
    </message>
    <message>
        <source>Palautus myöhässä.</source>
        <translation>Returned late.</translation>
    </message>
    <message>
        <source>Pois käytöstä, kunnes merkitset sen korjatuksi.</source>
        <translation>Out of service until you mark it fixed.</translation>
    </message>
    <message>
        <source>Tarraa ei tunnistettu.</source>
        <translation>Label not recognised.</translation>
    </message>
    <message>
        <source>Kävijää ei löytynyt.</source>
        <translation>Visitor not found.</translation>
    </message>
    <message>
        <source>Kävijän tiedot on poistettu.</source>
        <translation>The visitor’s data has been erased.</translation>
    </message>
    <message>
        <source>{item} on jo lainassa.</source>
        <translation>{item} is already on loan.</translation>
    </message>
    <message>
        <source>{item} on pois käytöstä.</source>
        <translation>{item} is out of service.</translation>
    </message>
    <message>
        <source>{item} on poistettu käytöstä pysyvästi.</source>
        <translation>{item} has been retired for good.</translation>
    </message>
    <message>
        <source>{item} ei ole lainassa.</source>
        <translation>{item} is not on loan.</translation>
    </message>
    <message>
        <source>Kävijällä on myöhässä oleva laina. {item} lainataan vain, jos valitset ”Lainaa silti”.</source>
        <translation>The visitor has an overdue loan. {item} is lent only if you choose “Lend anyway”.</translation>
    </message>
    <message>
        <source>{item} lainataan vain tilavastaavan kautta.</source>
        <translation>{item} is lent only by the room attendant.</translation>
    </message>
    <message>
        <source>Palautusaika on jo mennyt.</source>
        <translation>The return time has already passed.</translation>
    </message>
    <message>
        <source>Skannaa kävijän kortti tai etsi nimi</source>
        <translation>Scan the visitor’s card or find the name</translation>
    </message>
    <message>
        <source>Kävijä: {name}</source>
        <translation>Visitor: {name}</translation>
    </message>
    <message>
        <source>lainassa: {items}</source>
        <translation>borrowed: {items}</translation>
    </message>
    <message>
        <source>MYÖHÄSSÄ · </source>
        <translation>OVERDUE · </translation>
    </message>
    <message>
        <source>{late}{item} — {name}
lainattu {since}, palautus {due}</source>
        <translation>{late}{item} — {name}
lent {since}, due {due}</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lainaus</source>
        <translation>Lending</translation>
    </message>
    <message>
        <source>Lainaa</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>Palauta</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Lainassa nyt</source>
        <translation>On loan now</translation>
    </message>
    <message>
        <source>Tavarat</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Tänään</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Huomiseen</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>Viikoksi</source>
        <translation>For a week</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Find by name</translation>
    </message>
    <message>
        <source>tai päivä: 15.12.</source>
        <translation>or day: 15.12.</translation>
    </message>
    <message>
        <source>jälkikäteen: alkoi klo 10.30</source>
        <translation>afterwards: started at 10.30</translation>
    </message>
    <message>
        <source>Ongelma lyhyesti, esim. ”neula katkesi”</source>
        <translation>The problem in short, e.g. “needle broke”</translation>
    </message>
    <message>
        <source>Palautuspäivä</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>Lainan alkamisaika</source>
        <translation>Loan start time</translation>
    </message>
    <message>
        <source>Ongelma</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Pois käytöstä, kunnes korjattu</source>
        <translation>Out of service until fixed</translation>
    </message>
    <message>
        <source>Kaikki kunnossa</source>
        <translation>All fine</translation>
    </message>
    <message>
        <source>Palauta ongelman kanssa</source>
        <translation>Return with a problem</translation>
    </message>
    <message>
        <source>Merkitse korjatuksi</source>
        <translation>Mark as fixed</translation>
    </message>
    <message>
        <source>Odottaa korjausta:</source>
        <translation>Waiting for repair:</translation>
    </message>
    <message>
        <source>Lainaa silti</source>
        <translation>Lend anyway</translation>
    </message>
</context>
<context>
    <name>LunchDaysPage</name>
    <message>
        <source>Minä päivinä on yhteinen lounas? Ruokalista ja paikat asetetaan lounaslistalla.</source>
        <translation>On which days is there a shared lunch? Menu and seats are set on the lunch list.</translation>
    </message>
</context>
<context>
    <name>LunchListScreen</name>
    <message>
        <source>Ei lounasta tiedossa.</source>
        <translation>No lunch planned.</translation>
    </message>
    <message>
        <source> · PERUTTU</source>
        <translation> · CANCELLED</translation>
    </message>
    <message>
        <source>Syöjiä {n} · tarjoiltu {served}</source>
        <translation>Diners {n} · served {served}</translation>
    </message>
    <message>
        <source> (paikan päällä)</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <source>+1 vieras</source>
        <translation>+1 guest</translation>
    </message>
    <message>
        <source>Tarjoiltujen määrä numeroina.</source>
        <translation>The number served in digits.</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Uusi päivä muodossa 27.11.</source>
        <translation>New day as 27.11.</translation>
    </message>
    <message>
        <source>Lounas siirretty; ilmoittautumiset siirtyivät mukana.</source>
        <translation>Lunch moved; the sign-ups moved with it.</translation>
    </message>
    <message>
        <source>Perutaanko tämä lounas? Napauta uudelleen vahvistaaksesi.</source>
        <translation>Cancel this lunch? Tap again to confirm.</translation>
    </message>
    <message>
        <source>Lounas peruttu.</source>
        <translation>Lunch cancelled.</translation>
    </message>
    <message>
        <source>Ei listaa tulostettavaksi.</source>
        <translation>No list to print.</translation>
    </message>
    <message>
        <source>Tulostetaan…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lounaslista</source>
        <translation>Lunch list</translation>
    </message>
    <message>
        <source>Paikan päällä: nimi</source>
        <translation>Walk-in: name</translation>
    </message>
    <message>
        <source>Lisää</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tarjoiltu yhteensä</source>
        <translation>Served in total</translation>
    </message>
    <message>
        <source>Tallenna määrä</source>
        <translation>Save count</translation>
    </message>
    <message>
        <source>Ruokalista</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Paikkoja</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Siirrä päivälle: 27.11.</source>
        <translation>Move to day: 27.11.</translation>
    </message>
    <message>
        <source>Ilmoittautuneet</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Peru lounas</source>
        <translation>Cancel lunch</translation>
    </message>
    <message>
        <source>Tulosta lista</source>
        <translation>Print list</translation>
    </message>
    <message>
        <source>Edellinen lounas</source>
        <translation>Previous lunch</translation>
    </message>
    <message>
        <source>Seuraava lounas</source>
        <translation>Next lunch</translation>
    </message>
</context>
<context>
    <name>LunchScreen</name>
    <message>
        <source>Seuraavaa lounasta ei ole vielä tiedossa.</source>
        <translation>The next lunch is not known yet.</translation>
    </message>
    <message>
        <source>Vapaita paikkoja: {n}</source>
        <translation>Seats free: {n}</translation>
    </message>
    <message>
        <source>Näytä korttisi lukijalle tai etsi nimesi.</source>
        <translation>Show your card to the reader or find your name.</translation>
    </message>
    <message>
        <source>Ilmoittautuminen on päättynyt tai lounas on täynnä. Kysy tilavastaavalta, hän auttaa.</source>
        <translation>Sign-up has closed or the lunch is full. Ask the room attendant for help.</translation>
    </message>
    <message>
        <source>Korttia ei tunnistettu. Etsi nimesi tai kysy tilavastaavalta.</source>
        <translation>Card not recognised. Find your name or ask the room attendant.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lounas</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Find by name</translation>
    </message>
    <message>
        <source>Mikä ruokavalio? Esim. ei sieniä</source>
        <translation>Which diet? E.g. no mushrooms</translation>
    </message>
    <message>
        <source>+1 vieras (ilman nimeä)</source>
        <translation>+1 guest (no name)</translation>
    </message>
    <message>
        <source>Ilmoittaudu</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Peru ilmoittautuminen</source>
        <translation>Cancel my sign-up</translation>
    </message>
    <message>
        <source>Hei {name}! Valitse ruokavaliosi, jos sinulla on.</source>
        <translation>Hi {name}! Choose your diet, if you have one.</translation>
    </message>
</context>
<context>
    <name>MunicipalityStep</name>
    <message>
        <source>Muu kunta: kirjoita alku</source>
        <translation>Other municipality: type the start</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Home municipality</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <source>ensikäynti {month}</source>
        <translation>since {month}</translation>
    </message>
    <message>
        <source>Haku ei onnistu juuri nyt. Yritä hetken päästä tai kysy tilavastaavalta.</source>
        <translation>Search is not working right now. Try again in a moment or ask the room attendant.</translation>
    </message>
    <message>
        <source>Kirjoita vähintään kaksi kirjainta nimestäsi.</source>
        <translation>Type at least two letters of your name.</translation>
    </message>
    <message>
        <source>Nimeä ei löytynyt. Tarkista kirjoitus tai kysy tilavastaavalta.</source>
        <translation>Name not found. Check the spelling or ask the room attendant.</translation>
    </message>
    <message>
        <source>Löytyi useita. Kirjoita lisää, esimerkiksi sukunimen alku.</source>
        <translation>Several found. Type more, for example the start of your last name.</translation>
    </message>
    <message>
        <source>Napauta nimeäsi.</source>
        <translation>Tap your name.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Etsi nimesi</source>
        <translation>Find your name</translation>
    </message>
    <message>
        <source>Etunimi, tai etunimi ja sukunimi</source>
        <translation>First name, or first and last name</translation>
    </message>
    <message>
        <source>Nimesi</source>
        <translation>Your name</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <source>Kirjoita ensin etunimesi tai kutsumanimesi.</source>
        <translation>First type your first name or the name you go by.</translation>
    </message>
    <message>
        <source>Etunimi tai kutsumanimi</source>
        <translation>First name or nickname</translation>
    </message>
    <message>
        <source>Sukunimi tai sen alkukirjain</source>
        <translation>Last name or its initial</translation>
    </message>
    <message>
        <source>Seuraava</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <source>Oma nimesi: olet työhuoneen ensimmäinen koordinaattori</source>
        <translation>Your name: you are the room&apos;s first coordinator</translation>
    </message>
</context>
<context>
    <name>OffsiteScreen</name>
    <message>
        <source>Anna palvelimen osoite.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <source>Testataan yhteyttä…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Yhteys toimii. Kopioita tallessa: {n}. Tallenna asetukset.</source>
        <translation>The connection works. Copies stored: {n}. Save the settings.</translation>
    </message>
    <message>
        <source>Tallennettu. Etäkopio tehdään joka päivä sulkemisen jälkeen.</source>
        <translation>Saved. An off-site copy is made every day after closing.</translation>
    </message>
    <message>
        <source>Kopiota tehdään. Voit jatkaa muuta työtä.</source>
        <translation>The copy is being made. You can carry on with other work.</translation>
    </message>
    <message>
        <source>Kopiota tehdään jo.</source>
        <translation>A copy is already being made.</translation>
    </message>
    <message>
        <source>Tallenna ensin etäkopion paikka.</source>
        <translation>First save where the off-site copies go.</translation>
    </message>
    <message>
        <source>Etäkopio tehty.</source>
        <translation>Off-site copy made.</translation>
    </message>
    <message>
        <source>Etäkopio epäonnistui: {reason}</source>
        <translation>The off-site copy failed: {reason}</translation>
    </message>
    <message>
        <source>Viimeisin onnistunut etäkopio: ei vielä yhtään.</source>
        <translation>Last successful off-site copy: none yet.</translation>
    </message>
    <message>
        <source>Viimeisin onnistunut etäkopio: {when} ({age} sitten).</source>
        <translation>Last successful off-site copy: {when} ({age} ago).</translation>
    </message>
    <message>
        <source>Salasanaa ei ole tallennettu tälle koneelle: kirjoita se ja tallenna.</source>
        <translation>The password is not stored on this machine: type it and save.</translation>
    </message>
    <message>
        <source>tallessa; kirjoita vain vaihtaaksesi</source>
        <translation>stored; type only to change it</translation>
    </message>
    <message>
        <source>{n} päivää</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Palautusavain tulostettiin.</source>
        <translation>The recovery key was printed.</translation>
    </message>
    <message>
        <source>Palautusavainta ei voitu tulostaa.</source>
        <translation>The recovery key could not be printed.</translation>
    </message>
    <message>
        <source>Tulosta se tiedostosta {file}, säilytä lukitussa laatikossa ja poista tiedosto. Ilman sitä kopioita ei voi avata.</source>
        <translation>Print it from the file {file}, keep it in a locked drawer and delete the file. Without it the copies cannot be opened.</translation>
    </message>
    <message>
        <source>vain päivittäin</source>
        <translation>daily only</translation>
    </message>
    <message>
        <source>{n} h välein</source>
        <translation>every {n} h</translation>
    </message>
    <message>
        <source>Etäkopiot</source>
        <translation>Off-site copies</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Tallennuspaikka</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Palvelimen osoite</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access key</translation>
    </message>
    <message>
        <source>Käyttäjä</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>Salasana</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ämpäri/kansio</source>
        <translation>Bucket/folder</translation>
    </message>
    <message>
        <source>Kansio</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Kopio myös</source>
        <translation>Also a copy</translation>
    </message>
    <message>
        <source>Testaa yhteys</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tee kopio nyt</source>
        <translation>Make a copy now</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>välilyönti</source>
        <translation>space</translation>
    </message>
    <message>
        <source>Välilyönti</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Poista kirjain</source>
        <translation>Delete letter</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Kortti: {code} · käyntejä {visits}</source>
        <translation>Card: {code} · visits {visits}</translation>
    </message>
    <message>
        <source>Muista: EURA-aloitustiedot puuttuvat.</source>
        <translation>Remember: the EURA start details are missing.</translation>
    </message>
    <message>
        <source>Ei käynyt 8 viikkoon: onko lopettanut? Tee EURA-lopetustiedot.</source>
        <translation>Not seen for 8 weeks: has left? Enter the EURA exit.</translation>
    </message>
    <message>
        <source>Muista: tilanne lopettaessa puuttuu.</source>
        <translation>Remember: the situation upon leaving is missing.</translation>
    </message>
    <message>
        <source>Muista: kuuden kuukauden seuranta.</source>
        <translation>Remember: the six-month follow-up.</translation>
    </message>
    <message>
        <source>palautettu {when}</source>
        <translation>returned {when}</translation>
    </message>
    <message>
        <source>LAINASSA</source>
        <translation>ON LOAN</translation>
    </message>
    <message>
        <source>Lainat:</source>
        <translation>Loans:</translation>
    </message>
    <message>
        <source>Ei lainoja.</source>
        <translation>No loans.</translation>
    </message>
    <message>
        <source>Syntymävuosi: neljä numeroa tai tyhjä.</source>
        <translation>Year of birth: four digits or empty.</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Kotikunnalla {name} ei ole kuntanumeroa (nimeä ei ole kuntaluettelossa): korjaa nimi.</source>
        <translation>The home municipality {name} has no municipality code (the name is not on the list of municipalities): correct the name.</translation>
    </message>
    <message>
        <source>Uusi kortti tehty; vanha kortti ei enää käy. Tulosta uusi kortti.</source>
        <translation>New card made; the old card no longer works. Print the new card.</translation>
    </message>
    <message>
        <source>Kortti tallennettu tulostettavaksi: {path}</source>
        <translation>Card saved for printing: {path}</translation>
    </message>
    <message>
        <source>Ei korttia tulostettavaksi.</source>
        <translation>No card to print.</translation>
    </message>
    <message>
        <source>Henkilön tiedot tallennettu: {path}</source>
        <translation>The person’s data is saved: {path}</translation>
    </message>
    <message>
        <source>Valitse listasta saman henkilön toinen tieto ja napauta ”Yhdistä” uudelleen. Sen käynnit ja kortit siirtyvät tähän.</source>
        <translation>Pick the same person’s other record in the list and tap “Merge” again. Its visits and cards move to this one.</translation>
    </message>
    <message>
        <source>Valitse toinen henkilö listasta.</source>
        <translation>Pick another person in the list.</translation>
    </message>
    <message>
        <source>Yhdistetty: {visits} käyntiä ja {cards} korttia siirretty.</source>
        <translation>Merged: {visits} visits and {cards} cards moved.</translation>
    </message>
    <message>
        <source>Poistetaanko henkilön tiedot pysyvästi? Tilastot säilyvät nimettöminä. Napauta ”Poista tiedot” uudelleen vahvistaaksesi.</source>
        <translation>Erase this person’s data for good? The statistics stay, without a name. Tap “Erase data” again to confirm.</translation>
    </message>
    <message>
        <source>Tiedot poistettu. Tilastoissa: poistettu kävijä #{n}.</source>
        <translation>Data erased. In the statistics: erased visitor #{n}.</translation>
    </message>
    <message>
        <source>jatkuu</source>
        <translation>continues</translation>
    </message>
    <message>
        <source>{hours} h/pv</source>
        <translation>{hours} h/day</translation>
    </message>
    <message>
        <source>Uusi jakso: valitse rooli ja kirjoita alkupäivä (esim. 2026-11-24), sitten ”Tallenna jakso”.</source>
        <translation>New period: choose the role and type the first day (e.g. 2026-11-24), then ”Save period”.</translation>
    </message>
    <message>
        <source>Jakso tallennettu.</source>
        <translation>Period saved.</translation>
    </message>
    <message>
        <source>Poistetaanko jakso? Sen päivien käynnit lasketaan sitten kävijän käynteinä. Napauta ”Poista jakso” uudelleen vahvistaaksesi.</source>
        <translation>Remove the period? The visits of its days then count as a visitor&apos;s visits. Tap ”Remove period” again to confirm.</translation>
    </message>
    <message>
        <source>Jakso poistettu.</source>
        <translation>Period removed.</translation>
    </message>
    <message>
        <source>Koulutuskokeilija</source>
        <translation>Education trial</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Henkilöt</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Find by name</translation>
    </message>
    <message>
        <source>Löydetyt henkilöt</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Etunimi</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Sukunimi</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Alkaa (pvm)</source>
        <translation>Starts (date)</translation>
    </message>
    <message>
        <source>Päättyy (pvm, tyhjä = jatkuu)</source>
        <translation>Ends (date, empty = continues)</translation>
    </message>
    <message>
        <source>Viikonpäivät (1 = ma … 7 = su)</source>
        <translation>Weekdays (1 = Mon … 7 = Sun)</translation>
    </message>
    <message>
        <source>Tunteja päivässä</source>
        <translation>Hours a day</translation>
    </message>
    <message>
        <source>Ohjaaja tai maksaja</source>
        <translation>Referred or paid by</translation>
    </message>
    <message>
        <source>Huomautus</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Syntymävuosi</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>EURA-aloitustiedot tehty (pvm)</source>
        <translation>EURA start details done (date)</translation>
    </message>
    <message>
        <source>EURA-lopetustiedot tehty (pvm)</source>
        <translation>EURA exit details done (date)</translation>
    </message>
    <message>
        <source>Tilanne lopettaessa</source>
        <translation>Situation upon leaving</translation>
    </message>
    <message>
        <source>Kuuden kuukauden seuranta tehty (pvm)</source>
        <translation>Six-month follow-up done (date)</translation>
    </message>
    <message>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kävijä</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Napauta nimeä: henkilön tiedot aukeavat korjattaviksi.</source>
        <translation>Tap a name: the person&apos;s record opens to be fixed.</translation>
    </message>
    <message>
        <source>Ei korjattavaa: kaikkien tiedot ovat kunnossa.</source>
        <translation>Nothing to fix: everyone&apos;s records are in order.</translation>
    </message>
    <message>
        <source>Henkilöt, joiden tiedoissa on korjattavaa</source>
        <translation>People whose records need fixing</translation>
    </message>
    <message>
        <source>Korjattavaa ({n})</source>
        <translation>To fix ({n})</translation>
    </message>
    <message>
        <source>Korjattavaa</source>
        <translation>To fix</translation>
    </message>
    <message>
        <source>EURA-aloitus puuttuu</source>
        <translation>EURA start missing</translation>
    </message>
    <message>
        <source>ei käynyt 8 viikkoon: lopettanut?</source>
        <translation>not seen for 8 weeks: has left?</translation>
    </message>
    <message>
        <source>tilanne lopettaessa puuttuu</source>
        <translation>situation upon leaving missing</translation>
    </message>
    <message>
        <source>kuuden kuukauden seuranta</source>
        <translation>six-month follow-up</translation>
    </message>
    <message>
        <source>kotikunta {name} ilman kuntanumeroa</source>
        <translation>home municipality {name} without a code</translation>
    </message>
    <message>
        <source>Vapaaehtoinen (kummi)</source>
        <translation>Volunteer (buddy)</translation>
    </message>
    <message>
        <source>Työkokeilija</source>
        <translation>Work trial</translation>
    </message>
    <message>
        <source>Kuntouttava työtoiminta</source>
        <translation>Rehabilitative work</translation>
    </message>
    <message>
        <source>Palkkatuettu</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <source>Henkilökunta</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Roolijaksot (ilman jaksoa henkilö on kävijä)</source>
        <translation>Role periods (without one the person is a visitor)</translation>
    </message>
    <message>
        <source>Uusi jakso</source>
        <translation>New period</translation>
    </message>
    <message>
        <source>Tallenna jakso</source>
        <translation>Save period</translation>
    </message>
    <message>
        <source>Poista jakso</source>
        <translation>Remove period</translation>
    </message>
    <message>
        <source>ei kerrottu</source>
        <translation>not told</translation>
    </message>
    <message>
        <source>Työssä</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>Yrittäjänä</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Koulutuksessa</source>
        <translation>In education or training</translation>
    </message>
    <message>
        <source>Työnhakijana</source>
        <translation>Job seeking</translation>
    </message>
    <message>
        <source>Sai tutkinnon tai todistuksen</source>
        <translation>Gained a qualification</translation>
    </message>
    <message>
        <source>Työelämän ulkopuolella</source>
        <translation>Outside working life</translation>
    </message>
    <message>
        <source>ei vielä</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>ESR-hankkeen osallistuja</source>
        <translation>ESF project participant</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Uusi kortti</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>Kortti PDF:ksi</source>
        <translation>Card as PDF</translation>
    </message>
    <message>
        <source>Vie tiedot</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>Yhdistä</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Poista tiedot</source>
        <translation>Erase data</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Poista numero</source>
        <translation>Delete digit</translation>
    </message>
    <message>
        <source>Vahvista PIN</source>
        <translation>Confirm PIN</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>PIN on 4–8 numeroa.</source>
        <translation>The PIN is 4–8 digits.</translation>
    </message>
    <message>
        <source>PIN-koodit eivät olleet samat. Aloita alusta.</source>
        <translation>The PINs were not the same. Start again.</translation>
    </message>
    <message>
        <source>PIN-koodi (4–8 numeroa): sillä kirjaudutaan henkilökunnan näkymiin.</source>
        <translation>PIN (4–8 digits): it signs you in to the staff screens.</translation>
    </message>
    <message>
        <source>Sama PIN uudelleen, niin tiedät sen varmasti.</source>
        <translation>The same PIN again, to be sure you know it.</translation>
    </message>
    <message>
        <source>Pidä nykyinen PIN</source>
        <translation>Keep the current PIN</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Väärä PIN. Yrityksiä jäljellä: {n}</source>
        <translation>Wrong PIN. Tries left: {n}</translation>
    </message>
    <message>
        <source>Liian monta väärää yritystä. Yritä uudelleen klo {time}.</source>
        <translation>Too many wrong tries. Try again at {time}.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Kuka olet? Valitse nimesi.</source>
        <translation>Who are you? Choose your name.</translation>
    </message>
    <message>
        <source>PIN: {name}</source>
        <translation>PIN: {name}</translation>
    </message>
</context>
<context>
    <name>PresentScreen</name>
    <message>
        <source>Vahvista: sulje kioski</source>
        <translation>Confirm: close the kiosk</translation>
    </message>
    <message>
        <source>Paikalla nyt: {count}</source>
        <translation>Here now: {count}</translation>
    </message>
    <message>
        <source>{name} — sisään klo {time}</source>
        <translation>{name} — in at {time}</translation>
    </message>
    <message>
        <source>Varmuuskopio epäonnistui {when}: {reason} Katso Sulkeminen.</source>
        <translation>The backup failed {when}: {reason} See Closing.</translation>
    </message>
    <message>
        <source>Etäkopio on yli kaksi päivää vanha. Katso Sulkeminen.</source>
        <translation>The off-site copy is more than two days old. See Closing.</translation>
    </message>
    <message>
        <source>Paikalla nyt</source>
        <translation>Here now</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Henkilöt</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Lainaus</source>
        <translation>Lending</translation>
    </message>
    <message>
        <source>Lounas</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Raportti</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Käynnit</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Läsnäolo</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Toiminnot</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Sulkeminen</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Henkilökunta</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Lukitse</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Sulje kioski</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>Paikalla olevat</source>
        <translation>People here now</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Tiedosto on tallennettu: {path}</source>
        <translation>The file is saved: {path}</translation>
    </message>
    <message>
        <source>Lähetetty tulostimelle.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Lähetetty tulostimelle {printer}.</source>
        <translation>Sent to the printer {printer}.</translation>
    </message>
    <message>
        <source>Jonossa, tulostin on pysäytetty ({printer}).</source>
        <translation>Queued, the printer is paused ({printer}).</translation>
    </message>
    <message>
        <source>Tulostin hylkää työt ({printer}).</source>
        <translation>The printer rejects jobs ({printer}).</translation>
    </message>
    <message>
        <source>Ei oletustulostinta — valitse tulostin asetuksista.</source>
        <translation>No default printer — choose a printer in the settings.</translation>
    </message>
    <message>
        <source>Tulostuspalvelin ei vastannut {n} sekunnissa.</source>
        <translation>The print server did not answer in {n} seconds.</translation>
    </message>
    <message>
        <source>Tulostus ei onnistunut: {detail}</source>
        <translation>Printing failed: {detail}</translation>
    </message>
    <message>
        <source>Tulostinta ei löytynyt.</source>
        <translation>No printer was found.</translation>
    </message>
</context>
<context>
    <name>PrinterEditor</name>
    <message>
        <source>Haetaan tulostimia…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <source>Tulostimet: napauta yhtä.</source>
        <translation>Printers: tap one.</translation>
    </message>
    <message>
        <source>Tulostimia ei löytynyt (CUPS ei vastannut tai jonoja ei ole).</source>
        <translation>No printers found (CUPS did not answer, or there are no queues).</translation>
    </message>
    <message>
        <source>Hae tulostimet</source>
        <translation>Find printers</translation>
    </message>
</context>
<context>
    <name>PrivacyStep</name>
    <message>
        <source>Hyväksyn</source>
        <translation>I accept</translation>
    </message>
    <message>
        <source>En hyväksy</source>
        <translation>I do not accept</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <source>Palauta varmuuskopio: kiosk restore VARMUUSKOPIO --db {path} --force</source>
        <translation>Restore a backup: kiosk restore BACKUP --db {path} --force</translation>
    </message>
    <message>
        <source>Kioski on jo käynnissä</source>
        <translation>The kiosk is already running</translation>
    </message>
    <message>
        <source>Toinen kioski käyttää samaa tietokantaa ({path}). Sulje se ensin.</source>
        <translation>Another kiosk is using the same database ({path}). Close it first.</translation>
    </message>
    <message>
        <source>Tietokanta on uudemmasta versiosta</source>
        <translation>The database is from a newer version</translation>
    </message>
    <message>
        <source>Päivitä kioski uusimpaan versioon. Tietokantaa ei muutettu.</source>
        <translation>Update the kiosk to the latest version. The database was not changed.</translation>
    </message>
    <message>
        <source>Tietokanta on vioittunut</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Tietokantaan ei voi kirjoittaa</source>
        <translation>The database cannot be written to</translation>
    </message>
    <message>
        <source>Tarkista tiedoston {path} käyttöoikeudet tai levy.</source>
        <translation>Check the permissions of the file {path}, or the disk.</translation>
    </message>
    <message>
        <source>Levy on täynnä</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <source>Vapauta tilaa levyltä ja yritä uudelleen.</source>
        <translation>Free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>Kioski ei käynnistynyt</source>
        <translation>The kiosk did not start</translation>
    </message>
    <message>
        <source>Kerro tilavastaavalle. Mitään tallennettua ei ole menetetty.</source>
        <translation>Tell the room attendant. Nothing saved has been lost.</translation>
    </message>
    <message>
        <source>Yritä uudelleen</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Tervetuloa! Kuka olet?</source>
        <translation>Welcome! Who are you?</translation>
    </message>
    <message>
        <source>Oletko sinä?</source>
        <translation>Is this you?</translation>
    </message>
    <message>
        <source>Tietosuoja</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Korttisi</source>
        <translation>Your card</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Raportti: {path} ({pages} sivua)</source>
        <translation>Report: {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>Tulostetaan…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Kuukausiraportti</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Kuukauden tapahtumat, kurssit ja huomiot raporttiin</source>
        <translation>The month’s events, courses and notes for the report</translation>
    </message>
    <message>
        <source>Esikatsele</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Tulosta</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Edellinen kuukausi</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Seuraava kuukausi</source>
        <translation>Next month</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>✓ Ilmoittauduttu lounaalle {day}</source>
        <translation>✓ Signed up for lunch on {day}</translation>
    </message>
    <message>
        <source>Lounaalle ilmoittautuminen ei onnistunut: kysy tilavastaavalta.</source>
        <translation>Could not sign up for lunch: ask the room attendant.</translation>
    </message>
    <message>
        <source>✓ Olet mukana: {name}</source>
        <translation>✓ You&apos;re in: {name}</translation>
    </message>
    <message>
        <source>Ei onnistunut: kysy tilavastaavalta</source>
        <translation>That did not work: ask the attendant</translation>
    </message>
    <message>
        <source>Tervetuloa, {name}!</source>
        <translation>Welcome, {name}!</translation>
    </message>
    <message>
        <source>Kirjauduit sisään klo {time}.
Työhuoneessa nyt: {count}</source>
        <translation>You checked in at {time}.
In the workroom now: {count}</translation>
    </message>
    <message>
        <source>Näkemiin, {name}!</source>
        <translation>Goodbye, {name}!</translation>
    </message>
    <message>
        <source>Kirjauduit ulos klo {time}.
Olit täällä {stayed}.</source>
        <translation>You checked out at {time}.
You were here {stayed}.</translation>
    </message>
    <message>
        <source>Muista palauttaa lainasi tilavastaavalle: {items}</source>
        <translation>Remember to return what you borrowed to the room attendant: {items}</translation>
    </message>
    <message>
        <source>Ei voitu perua</source>
        <translation>Could not be undone</translation>
    </message>
    <message>
        <source>Kysy tilavastaavalta, hän korjaa käynnin.</source>
        <translation>Ask the room attendant, they will fix the visit.</translation>
    </message>
    <message>
        <source>Peruttu: {name} ei kirjautunut sisään</source>
        <translation>Undone: {name} did not check in</translation>
    </message>
    <message>
        <source>Etsi oma nimesi tai näytä korttisi.</source>
        <translation>Find your own name or show your card.</translation>
    </message>
    <message>
        <source>Peruttu: {name} on yhä sisällä</source>
        <translation>Undone: {name} is still in</translation>
    </message>
    <message>
        <source>Kiitos, tervetuloa!</source>
        <translation>Thank you, welcome!</translation>
    </message>
    <message>
        <source>Käyntisi on kirjattu klo {time}, ilman nimeä.</source>
        <translation>Your visit is noted at {time}, without a name.</translation>
    </message>
    <message>
        <source>Tämä kortti on korvattu uudella</source>
        <translation>This card has been replaced by a new one</translation>
    </message>
    <message>
        <source>Käytä uutta korttiasi tai etsi nimesi. Tilavastaava auttaa.</source>
        <translation>Use your new card or find your name. The room attendant can help.</translation>
    </message>
    <message>
        <source>Korttia ei tunnistettu</source>
        <translation>Card not recognised</translation>
    </message>
    <message>
        <source>Etsi nimesi, tai kysy tilavastaavalta uusi kortti.</source>
        <translation>Find your name, or ask the room attendant for a new card.</translation>
    </message>
    <message>
        <source>Koodi ei lukeutunut kunnolla</source>
        <translation>The code did not read properly</translation>
    </message>
    <message>
        <source>Näytä kortti lukijalle uudelleen, vähän kauempaa.</source>
        <translation>Show the card to the reader again, a little further away.</translation>
    </message>
    <message>
        <source>Tämä ei ole työhuoneen kortti</source>
        <translation>This is not a workroom card</translation>
    </message>
    <message>
        <source>Näytä työhuoneen QR-kortti tai etsi nimesi.</source>
        <translation>Show your workroom QR card or find your name.</translation>
    </message>
    <message>
        <source>Nähdään lounaalla, {name}!</source>
        <translation>See you at lunch, {name}!</translation>
    </message>
    <message>
        <source>{day} klo {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>Vieraasi on mukana.</source>
        <translation>Your guest is coming too.</translation>
    </message>
    <message>
        <source>Olit jo ilmoittautunut.</source>
        <translation>You were already signed up.</translation>
    </message>
    <message>
        <source>Ilmoittautuminen peruttu</source>
        <translation>Sign-up cancelled</translation>
    </message>
    <message>
        <source>{name}, paikkasi lounaalla {day} on vapautettu.</source>
        <translation>{name}, your seat at lunch on {day} is free again.</translation>
    </message>
    <message>
        <source>Lounaalle ilmoittautuminen ei onnistunut</source>
        <translation>Could not sign up for lunch</translation>
    </message>
    <message>
        <source>Lounas on täynnä. Kysy tilavastaavalta, hän auttaa.</source>
        <translation>The lunch is full. Ask the room attendant for help.</translation>
    </message>
    <message>
        <source>Ilmoittautumisaika on päättynyt. Kysy tilavastaavalta, hän auttaa.</source>
        <translation>Sign-up has closed. Ask the room attendant for help.</translation>
    </message>
    <message>
        <source>Tämä lounas on peruttu.</source>
        <translation>This lunch is cancelled.</translation>
    </message>
    <message>
        <source>Kysy tilavastaavalta, hän auttaa.</source>
        <translation>Ask the room attendant for help.</translation>
    </message>
    <message>
        <source>Tervetuloa mukaan, {name}!</source>
        <translation>Welcome along, {name}!</translation>
    </message>
    <message>
        <source>{activity} klo {time}</source>
        <translation>{activity} at {time}</translation>
    </message>
    <message>
        <source>Olit jo merkitty paikalle.</source>
        <translation>You were marked as here already.</translation>
    </message>
    <message>
        <source>Nähdään, {name}!</source>
        <translation>See you, {name}!</translation>
    </message>
    <message>
        <source>{name}, paikkasi on vapautettu: {activity}</source>
        <translation>{name}, your seat is free again: {activity}</translation>
    </message>
    <message>
        <source>Ei onnistunut</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Kaikki paikat on varattu. Kysy tilavastaavalta, hän auttaa.</source>
        <translation>All seats are taken. Ask the attendant, they will help.</translation>
    </message>
    <message>
        <source>Tämä kerta on peruttu.</source>
        <translation>This session is cancelled.</translation>
    </message>
    <message>
        <source>Tämä kerta on jo päättynyt.</source>
        <translation>This session is over already.</translation>
    </message>
    <message>
        <source>{item} on lainassa sinulla</source>
        <translation>You have borrowed {item}</translation>
    </message>
    <message>
        <source>Palauta se tilavastaavalle {when} mennessä. Kiitos, {name}!</source>
        <translation>Return it to the room attendant by {when}. Thank you, {name}!</translation>
    </message>
    <message>
        <source>Lainaus ei onnistunut</source>
        <translation>Could not borrow</translation>
    </message>
    <message>
        <source>Sinulla on palauttamaton laina. Palauta se ensin tai kysy tilavastaavalta.</source>
        <translation>You have a loan that is not returned. Return it first or ask the room attendant.</translation>
    </message>
    <message>
        <source>Selvä, ei rekisteröintiä</source>
        <translation>All right, no registration</translation>
    </message>
    <message>
        <source>Voit silti käydä täällä: valitse aloitusnäytöltä ”Käyn ilman nimeä”.</source>
        <translation>You can still come here: choose “Visit without a name” on the start screen.</translation>
    </message>
    <message>
        <source>Nyt ei onnistunut</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Jokin meni vikaan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Mitään ei menetetty. Yritä uudelleen tai kysy tilavastaavalta.</source>
        <translation>Nothing was lost. Try again or ask the room attendant.</translation>
    </message>
    <message>
        <source>Tuletko: {name}?</source>
        <translation>Joining: {name}?</translation>
    </message>
    <message>
        <source>Ilmoittaudu lounaalle {day}</source>
        <translation>Sign up for lunch on {day}</translation>
    </message>
    <message>
        <source>Tietokanta on hetken varattuna. Yritä uudelleen hetken päästä.</source>
        <translation>The database is busy for a moment. Try again shortly.</translation>
    </message>
    <message>
        <source>Laitteen muisti on täynnä. Kerro tilavastaavalle.</source>
        <translation>The device’s memory is full. Tell the room attendant.</translation>
    </message>
    <message>
        <source>Kioski ei juuri nyt voi kirjata käyntejä. Kerro tilavastaavalle.</source>
        <translation>The kiosk cannot record visits right now. Please tell the attendant.</translation>
    </message>
    <message>
        <source>Tietoja ei voitu tallentaa. Kerro tilavastaavalle.</source>
        <translation>The details could not be saved. Tell the room attendant.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Find by name</translation>
    </message>
    <message>
        <source>Et ollut sinä? Peru</source>
        <translation>Not you? Undo</translation>
    </message>
</context>
<context>
    <name>ScannerTestScreen</name>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>(ei merkkejä)</source>
        <translation>(no characters)</translation>
    </message>
    <message>
        <source>{n} merkkiä</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>loppumerkki {suffix}</source>
        <translation>suffix {suffix}</translation>
    </message>
    <message>
        <source>ei loppumerkkiä</source>
        <translation>no suffix</translation>
    </message>
    <message>
        <source>{key} painettu {n} kertaa</source>
        <translation>{key} pressed {n} times</translation>
    </message>
    <message>
        <source>merkkien väli {fastest}–{slowest} ms (mediaani {median} ms)</source>
        <translation>between characters {fastest}–{slowest} ms (median {median} ms)</translation>
    </message>
    <message>
        <source>Ohita etuliite {prefix}</source>
        <translation>Skip the prefix {prefix}</translation>
    </message>
    <message>
        <source>✗ Kioski ei lukenut tätä skannaukseksi: merkkien väli oli jopa {slowest} ms, asetus sallii {gap} ms. Nosta merkkiväliä alla.</source>
        <translation>✗ The kiosk did not read this as a scan: up to {slowest} ms between characters, the setting allows {gap} ms. Raise the character gap below.</translation>
    </message>
    <message>
        <source>✗ Kioski ei lukenut tätä skannaukseksi (liian lyhyt, tai näppäimistöltä kirjoitettu).</source>
        <translation>✗ The kiosk did not read this as a scan (too short, or typed on a keyboard).</translation>
    </message>
    <message>
        <source>henkilökortti</source>
        <translation>a person&apos;s card</translation>
    </message>
    <message>
        <source>lainattavan tavaran tarra</source>
        <translation>a label of a lendable item</translation>
    </message>
    <message>
        <source>✓ Kioski lukee tämän: {what}. Skanneri toimii.</source>
        <translation>✓ The kiosk reads this: {what}. The scanner works.</translation>
    </message>
    <message>
        <source>✗ Työhuoneen koodi, mutta se tuli perille vaurioituneena. Tarkista skannerin näppäimistöasettelu (US tai FI) ja etuliite.</source>
        <translation>✗ The workroom&apos;s code, but it arrived damaged. Check the scanner&apos;s keyboard layout (US or FI) and prefix.</translation>
    </message>
    <message>
        <source>Luettiin skannaukseksi, mutta se ei ole työhuoneen kortti (esimerkiksi bussikortti tai tuotteen viivakoodi). Kokeile jollakin työhuoneen kortilla.</source>
        <translation>Read as a scan, but it is not one of the workroom&apos;s cards (a bus card or a product barcode, say). Try one of the workroom&apos;s cards.</translation>
    </message>
    <message>
        <source>Etuliite, joka ohitetaan: {prefix}</source>
        <translation>Prefix skipped: {prefix}</translation>
    </message>
    <message>
        <source>Etuliite: ei ole</source>
        <translation>Prefix: none</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Skannerin testi</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <source>Skannaa mikä tahansa koodi. Näet tarkalleen, mitä skanneri lähetti ja lukeeko kioski sen kortiksi. Mitään ei kirjata.</source>
        <translation>Scan any code. You see exactly what the scanner sent and whether the kiosk reads it as a card. Nothing is recorded.</translation>
    </message>
    <message>
        <source>Suurin väli kahden merkin välillä (hitaat ja Bluetooth-skannerit tarvitsevat enemmän)</source>
        <translation>Longest gap between two characters (slow and Bluetooth scanners need more)</translation>
    </message>
    <message>
        <source>Lyhyempi merkkiväli</source>
        <translation>Shorter character gap</translation>
    </message>
    <message>
        <source>Pidempi merkkiväli</source>
        <translation>Longer character gap</translation>
    </message>
    <message>
        <source>Poista etuliite</source>
        <translation>Remove the prefix</translation>
    </message>
    <message>
        <source>Vastaanotetut merkit</source>
        <translation>Characters received</translation>
    </message>
</context>
<context>
    <name>ScreenSaver</name>
    <message>
        <source>Kosketa näyttöä tai näytä korttisi</source>
        <translation>Touch the screen or show your card</translation>
    </message>
</context>
<context>
    <name>SelfLendScreen</name>
    <message>
        <source>Korttia ei tunnistettu. Kysy tilavastaavalta.</source>
        <translation>Card not recognised. Ask the room attendant.</translation>
    </message>
    <message>
        <source>{name}, nyt ei ole vapaita laitteita. Kysy tilavastaavalta.</source>
        <translation>{name}, there are no free devices now. Ask the room attendant.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lainaa laite</source>
        <translation>Borrow a device</translation>
    </message>
    <message>
        <source>Näytä korttisi lukijalle.</source>
        <translation>Show your card to the reader.</translation>
    </message>
    <message>
        <source>{name}, napauta laitetta, jonka lainaat. Palauta se tilavastaavalle ennen sulkemista.</source>
        <translation>{name}, tap the device you are borrowing. Return it to the room attendant before closing time.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Työhuone</source>
        <translation>Workroom</translation>
    </message>
    <message>
        <source>Aukioloajat</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Ovella</source>
        <translation>At the door</translation>
    </message>
    <message>
        <source>Rekisteröityminen</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Lounas</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Lainaus</source>
        <translation>Lending</translation>
    </message>
    <message>
        <source>Raportit</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Skanneri ja kamera</source>
        <translation>Scanner and camera</translation>
    </message>
    <message>
        <source>Varmuuskopiot ja verkko</source>
        <translation>Backup and network</translation>
    </message>
    <message>
        <source>Saavutettavuus</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Työhuoneen nimi (näkyy aloitusnäytöllä ja korteissa)</source>
        <translation>The room&apos;s name (on the home screen and the cards)</translation>
    </message>
    <message>
        <source>Ylläpitäjä, esimerkiksi yhdistys tai kunta</source>
        <translation>Run by, for example an association or a municipality</translation>
    </message>
    <message>
        <source>Kioskin oma kieli</source>
        <translation>The kiosk&apos;s own language</translation>
    </message>
    <message>
        <source>Suomi</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Korttien logo (kuvatiedosto tietokannan kansiossa)</source>
        <translation>Logo for the cards (an image file in the database&apos;s folder)</translation>
    </message>
    <message>
        <source>Kuntanumero (kolme numeroa)</source>
        <translation>Municipality code (three digits)</translation>
    </message>
    <message>
        <source>Työpisteitä</source>
        <translation>Work places</translation>
    </message>
    <message>
        <source>Aukioloajat viikonpäivittäin</source>
        <translation>Opening hours by weekday</translation>
    </message>
    <message>
        <source>Näkymä palaa alkuun, kun kukaan ei koske</source>
        <translation>A screen goes home when no one touches it</translation>
    </message>
    <message>
        <source>Vahvistus näkyy</source>
        <translation>A confirmation shows for</translation>
    </message>
    <message>
        <source>”Oletko vielä siellä?” odottaa</source>
        <translation>&quot;Are you still there?&quot; waits</translation>
    </message>
    <message>
        <source>Henkilökunnan tila lukittuu</source>
        <translation>Staff mode locks after</translation>
    </message>
    <message>
        <source>Näytönsäästäjä, kun kukaan ei ole koskenut näyttöön</source>
        <translation>Screen saver, when no one has touched the screen</translation>
    </message>
    <message>
        <source>Juuri ilmestynyt painike ei ota napautusta</source>
        <translation>A button that just appeared ignores taps for</translation>
    </message>
    <message>
        <source>Kysytyt vapaaehtoiset kysymykset</source>
        <translation>Optional questions asked</translation>
    </message>
    <message>
        <source>Sukupuoli</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Syntymävuosi</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Tilanne</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Koulutus</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Kansalaisuus</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>Äidinkieli</source>
        <translation>Mother tongue</translation>
    </message>
    <message>
        <source>Kotikunnan pikavastaus</source>
        <translation>One-tap answer for home municipality</translation>
    </message>
    <message>
        <source>Kysy ”Onko tilanteesi yhä tämä?”, kun vastaus on näin vanha</source>
        <translation>Ask &quot;Is this still your situation?&quot; when the answer is this old</translation>
    </message>
    <message>
        <source>Tiedot poistetaan, kun käynnistä on kulunut</source>
        <translation>Data is erased this long after the last visit</translation>
    </message>
    <message>
        <source>Säilytä tarkastusta varten asti (VVVV-KK-PP)</source>
        <translation>Keep for audit until (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Lounaspäivät</source>
        <translation>Lunch days</translation>
    </message>
    <message>
        <source>Lounasaika</source>
        <translation>Lunch time</translation>
    </message>
    <message>
        <source>Lounaspaikkoja</source>
        <translation>Lunch seats</translation>
    </message>
    <message>
        <source>Tavallinen ruokalista</source>
        <translation>The usual menu</translation>
    </message>
    <message>
        <source>Hinta, esimerkiksi 3 €</source>
        <translation>Price, for example 3 €</translation>
    </message>
    <message>
        <source>Ilmoittautuminen sulkeutuu päivää ennen</source>
        <translation>Sign-up closes days before</translation>
    </message>
    <message>
        <source>Ilmoittautuminen sulkeutuu kello</source>
        <translation>Sign-up closes at</translation>
    </message>
    <message>
        <source>Kävijät voivat lainata itsepalvelutavaroita kioskilla</source>
        <translation>Visitors may borrow self-service items at the kiosk</translation>
    </message>
    <message>
        <source>Ei uutta lainaa, jos jokin laina on myöhässä</source>
        <translation>No new loan while a loan is overdue</translation>
    </message>
    <message>
        <source>Hankkeen nimi</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Hankekoodi</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>Rahoittajat</source>
        <translation>Funders</translation>
    </message>
    <message>
        <source>Rahoittajien logot (kuvatiedostot pilkuin erotettuina)</source>
        <translation>Funders&apos; logos (image files separated by commas)</translation>
    </message>
    <message>
        <source>Hankkeen alkupäivä (VVVV-KK-PP)</source>
        <translation>The project&apos;s first day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Tavoite: käyntejä kuukaudessa</source>
        <translation>Target: visits a month</translation>
    </message>
    <message>
        <source>Tavoite: uusia kävijöitä kuukaudessa</source>
        <translation>Target: new visitors a month</translation>
    </message>
    <message>
        <source>Julkinen raportti näyttää luvut 1–4 muodossa ”&lt;5”</source>
        <translation>The public report shows counts 1–4 as &quot;&lt;5&quot;</translation>
    </message>
    <message>
        <source>Varoitus, kun peräkkäisiä selvittämättömiä poissaoloja on</source>
        <translation>Warning after this many unexcused absences in a row</translation>
    </message>
    <message>
        <source>Skannerin pisin tauko merkkien välillä</source>
        <translation>The scanner&apos;s longest pause between characters</translation>
    </message>
    <message>
        <source>Skannerin etuliite, joka ohitetaan</source>
        <translation>The scanner&apos;s prefix, skipped</translation>
    </message>
    <message>
        <source>Kamera QR-korttien lukemiseen</source>
        <translation>Camera for reading QR cards</translation>
    </message>
    <message>
        <source>Etukamera</source>
        <translation>Front camera</translation>
    </message>
    <message>
        <source>Takakamera</source>
        <translation>Back camera</translation>
    </message>
    <message>
        <source>Ei kameraa</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>Päivittäisen varmuuskopion kansio (tyhjä: backups tietokannan vieressä)</source>
        <translation>Folder for the daily backup (empty: backups beside the database)</translation>
    </message>
    <message>
        <source>Verkoston kansio kuukauden vaihtotiedostolle</source>
        <translation>The network&apos;s folder for the month&apos;s exchange file</translation>
    </message>
    <message>
        <source>Yhteisrekisterinpitäjä: vaihtotiedostoon avainnetut pseudonyymit</source>
        <translation>Joint controller: keyed pseudonyms in the exchange file</translation>
    </message>
    <message>
        <source>Tulostin (tyhjä: järjestelmän oletustulostin)</source>
        <translation>Printer (empty: the system&apos;s default printer)</translation>
    </message>
    <message>
        <source>Kävijän näkymät suomeksi ja valitulla kielellä</source>
        <translation>Visitor screens in Finnish and the chosen language</translation>
    </message>
    <message>
        <source>Lue ääneen -painike, kun ääni on saatavilla</source>
        <translation>The read-aloud button, where a voice exists</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Tallennettu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>PIN vaihdettu.</source>
        <translation>PIN changed.</translation>
    </message>
    <message>
        <source>Oma PIN</source>
        <translation>My PIN</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Skannerin testi ›</source>
        <translation>Scanner test ›</translation>
    </message>
    <message>
        <source>Etäkopiot ›</source>
        <translation>Off-site copies ›</translation>
    </message>
    <message>
        <source>↻ = tulee voimaan, kun kioski käynnistetään seuraavan kerran.</source>
        <translation>↻ = taken up the next time the kiosk starts.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Anna työhuoneelle nimi.</source>
        <translation>Give the workroom a name.</translation>
    </message>
    <message>
        <source>Kirjoita oma nimesi: sillä kirjaudut henkilökunnan näkymiin.</source>
        <translation>Type your name: it signs you in to the staff screens.</translation>
    </message>
    <message>
        <source>Työhuone</source>
        <translation>Workroom</translation>
    </message>
    <message>
        <source>Aukioloajat</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Lounaspäivät</source>
        <translation>Lunch days</translation>
    </message>
    <message>
        <source>Kioski</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Käyttöönotto {n}/{total}</source>
        <translation>Setup {n}/{total}</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Seuraava ›</source>
        <translation>Next ›</translation>
    </message>
</context>
<context>
    <name>SituationCheckScreen</name>
    <message>
        <source>‹ Ohita</source>
        <translation>‹ Skip</translation>
    </message>
    <message>
        <source>Onko tilanteesi yhä tämä?</source>
        <translation>Is your situation still this?</translation>
    </message>
    <message>
        <source>Hei {name}! Viimeksi ({month}) kerroit: {answer}</source>
        <translation>Hi {name}! In {month} you said: {answer}</translation>
    </message>
    <message>
        <source>Kyllä, sama</source>
        <translation>Yes, the same</translation>
    </message>
</context>
<context>
    <name>StaffAccountsScreen</name>
    <message>
        <source>koordinaattori</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>tilavastaava</source>
        <translation>attendant</translation>
    </message>
    <message>
        <source>poistettu käytöstä</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Ota käyttöön</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Poista käytöstä</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>{name}: otettu käyttöön.</source>
        <translation>{name}: enabled.</translation>
    </message>
    <message>
        <source>{name}: poistettu käytöstä.</source>
        <translation>{name}: disabled.</translation>
    </message>
    <message>
        <source>Kirjoita nimi.</source>
        <translation>Type a name.</translation>
    </message>
    <message>
        <source>Uusi PIN: {name}</source>
        <translation>New PIN: {name}</translation>
    </message>
    <message>
        <source>{name} lisätty.</source>
        <translation>{name} added.</translation>
    </message>
    <message>
        <source>PIN vaihdettu.</source>
        <translation>PIN changed.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Henkilökunta</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Lisää henkilö</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Uusi PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Nimi (näkyy PIN-näytöllä ja lokissa)</source>
        <translation>Name (shown on the PIN screen and in the log)</translation>
    </message>
    <message>
        <source>Tilavastaava</source>
        <translation>Attendant</translation>
    </message>
    <message>
        <source>Koordinaattori</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Tilavastaava hoitaa päivän työt. Koordinaattori myös henkilökunnan, asetukset ja raportit.</source>
        <translation>The attendant runs the day. The coordinator also the staff, the settings and the reports.</translation>
    </message>
    <message>
        <source>Seuraava ›</source>
        <translation>Next ›</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <source>Oletko vielä siellä?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Palaan alkuun {seconds} sekunnin kuluttua, ja kesken jäänyt unohtuu.</source>
        <translation>Going back to the start in {seconds} s; anything unfinished will be forgotten.</translation>
    </message>
    <message>
        <source>Olen tässä</source>
        <translation>I&apos;m here</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Valitse, mihin tulet.</source>
        <translation>Choose what you are coming to.</translation>
    </message>
    <message>
        <source>Tänään ei ole kursseja eikä ryhmiä.</source>
        <translation>No courses or groups today.</translation>
    </message>
    <message>
        <source>täynnä</source>
        <translation>full</translation>
    </message>
    <message>
        <source>vapaita paikkoja {n}</source>
        <translation>free seats {n}</translation>
    </message>
    <message>
        <source>Näytä korttisi lukijalle tai etsi nimesi.</source>
        <translation>Show your card to the reader or find your name.</translation>
    </message>
    <message>
        <source>Valitse ensin, mihin tulet.</source>
        <translation>First choose what you are coming to.</translation>
    </message>
    <message>
        <source>Korttia ei tunnistettu. Etsi nimesi tai kysy tilavastaavalta.</source>
        <translation>The card was not recognised. Find your name or ask the attendant.</translation>
    </message>
    <message>
        <source>Hei {name}!</source>
        <translation>Hi {name}!</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Tänään</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Find by name</translation>
    </message>
    <message>
        <source>Olen täällä nyt</source>
        <translation>I am here now</translation>
    </message>
    <message>
        <source>Ilmoittaudu</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Peru ilmoittautuminen</source>
        <translation>Cancel sign-up</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <source> (automaattinen)</source>
        <translation> (automatic)</translation>
    </message>
    <message>
        <source>Tallennettu: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>Kirjattu ulos: {name}</source>
        <translation>Checked out: {name}</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Käynnit</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Edellinen päivä</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Seuraava päivä</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Sisään</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Ulos</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Tallenna ajat</source>
        <translation>Save times</translation>
    </message>
    <message>
        <source>Kirjaa ulos nyt</source>
        <translation>Check out now</translation>
    </message>
    <message>
        <source>Päivän käynnit</source>
        <translation>The day’s visits</translation>
    </message>
</context>
<context>
    <name>YearStep</name>
    <message>
        <source>Tarkista vuosi: {year} on vasta tulossa. Syntymävuosi, esimerkiksi 1975.</source>
        <translation>Check the year: {year} is still to come. Your year of birth, for example 1975.</translation>
    </message>
    <message>
        <source>Tarkista vuosi: syntymävuosi on 1900 tai myöhemmin, esimerkiksi 1975.</source>
        <translation>Check the year: a year of birth is 1900 or later, for example 1975.</translation>
    </message>
    <message>
        <source>Seuraava</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Poista numero</source>
        <translation>Delete digit</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <source>Kurssi</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Ryhmä</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Talkoot</source>
        <translation>Work party</translation>
    </message>
    <message>
        <source>Kielikahvila</source>
        <translation>Language café</translation>
    </message>
    <message>
        <source>Pop up</source>
        <translation>Pop-up</translation>
    </message>
    <message>
        <source>Retki</source>
        <translation>Excursion</translation>
    </message>
    <message>
        <source>Ohjausaika</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Työnhaku</source>
        <translation>Job seeking</translation>
    </message>
    <message>
        <source>Etuudet</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Digiasiointi</source>
        <translation>Digital errands</translation>
    </message>
    <message>
        <source>Koulutus</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Asuminen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Muu aihe</source>
        <translation>Other topic</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <source>Sukupuoli</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Syntymävuosi</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Mikä on tilanteesi nyt?</source>
        <translation>What is your situation now?</translation>
    </message>
    <message>
        <source>Korkein koulutuksesi</source>
        <translation>Your highest education</translation>
    </message>
    <message>
        <source>Kansalaisuus</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>Äidinkieli</source>
        <translation>Mother tongue</translation>
    </message>
    <message>
        <source>Nainen</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Mies</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Muu tai ei-binäärinen</source>
        <translation>Other or non-binary</translation>
    </message>
    <message>
        <source>Työtön, alle 6 kk</source>
        <translation>Unemployed, under 6 months</translation>
    </message>
    <message>
        <source>Työtön, 6–11 kk</source>
        <translation>Unemployed, 6–11 months</translation>
    </message>
    <message>
        <source>Työtön, 12 kk tai kauemmin</source>
        <translation>Unemployed, 12+ months</translation>
    </message>
    <message>
        <source>Töissä</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Yrittäjä tai freelancer</source>
        <translation>Self-employed or freelance</translation>
    </message>
    <message>
        <source>Etätyössä</source>
        <translation>Working remotely</translation>
    </message>
    <message>
        <source>Opiskelija</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Eläkkeellä</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Muu, työelämän ulkopuolella</source>
        <translation>Other, outside working life</translation>
    </message>
    <message>
        <source>Peruskoulu tai vähemmän</source>
        <translation>Comprehensive school or less</translation>
    </message>
    <message>
        <source>Lukio tai ammatillinen</source>
        <translation>Upper secondary or vocational</translation>
    </message>
    <message>
        <source>Ammatti- tai erikoisammattitutkinto</source>
        <translation>Further or specialist vocational qualification</translation>
    </message>
    <message>
        <source>Opistoaste</source>
        <translation>College level (opistoaste)</translation>
    </message>
    <message>
        <source>Korkeakoulu</source>
        <translation>University or college</translation>
    </message>
    <message>
        <source>Suomi</source>
        <comment>citizenship</comment>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Muu EU-maa</source>
        <translation>Another EU country</translation>
    </message>
    <message>
        <source>EU:n ulkopuolelta</source>
        <translation>Outside the EU</translation>
    </message>
    <message>
        <source>Suomi</source>
        <comment>mother tongue</comment>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Ruotsi</source>
        <comment>mother tongue</comment>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Saame</source>
        <comment>mother tongue</comment>
        <translation>Sámi</translation>
    </message>
    <message>
        <source>Muu</source>
        <comment>mother tongue</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Työtön, alle 12 kk</source>
        <translation>Unemployed, under 12 months</translation>
    </message>
    <message>
        <source>En halua sanoa</source>
        <translation>Rather not say</translation>
    </message>
    <message>
        <source>Kasvisruoka</source>
        <translation>Vegetarian</translation>
    </message>
    <message>
        <source>Gluteeniton</source>
        <translation>Gluten-free</translation>
    </message>
    <message>
        <source>Laktoositon</source>
        <translation>Lactose-free</translation>
    </message>
    <message>
        <source>Ei sianlihaa</source>
        <translation>No pork</translation>
    </message>
    <message>
        <source>Muu, mikä?</source>
        <translation>Other, which?</translation>
    </message>
    <message>
        <source>Kasvis</source>
        <translation>Vegetarian</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>Varmuuskopiokansioon ei voi kirjoittaa: onko muistitikku tai verkkokansio paikallaan?</source>
        <translation>The backup folder cannot be written: is the USB stick or network folder in place?</translation>
    </message>
    <message>
        <source>Varmuuskopiokansion levy on täynnä.</source>
        <translation>The backup folder&apos;s disk is full.</translation>
    </message>
    <message>
        <source>Tietokantaa ei voitu lukea.</source>
        <translation>The database could not be read.</translation>
    </message>
    <message>
        <source>Kopio ei läpäissyt tarkistusta.</source>
        <translation>The copy failed its check.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{weekday} {day}.{month}.</source>
        <translation>{weekday} {day}/{month}</translation>
    </message>
    <message>
        <source>{day} klo {time}</source>
        <translation>{day} at {time}</translation>
    </message>
</context>
<context>
    <name>offsite_texts</name>
    <message>
        <source>Palvelin ei hyväksynyt käyttäjää tai salasanaa. Tarkista ne.</source>
        <translation>The server did not accept the user or the password. Check them.</translation>
    </message>
    <message>
        <source>Palvelimen osoitetta ei löydy. Tarkista osoite.</source>
        <translation>The server&apos;s address cannot be found. Check the address.</translation>
    </message>
    <message>
        <source>Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys; kioski yrittää myöhemmin uudelleen.</source>
        <translation>The server could not be reached. Check the network; the kiosk tries again later.</translation>
    </message>
    <message>
        <source>Ämpäriä ei ole palvelimella. Tarkista ämpärin nimi (kioski ei tee ämpäriä itse).</source>
        <translation>The bucket is not on the server. Check the bucket&apos;s name (the kiosk never makes one itself).</translation>
    </message>
    <message>
        <source>Yhteys ei toiminut. Tarkista asetukset; tarkempi syy on lokissa.</source>
        <translation>The connection did not work. Check the settings; the exact reason is in the log.</translation>
    </message>
</context>
<context>
    <name>problem_texts</name>
    <message>
        <source>Tietokanta on hetken varattuna. Yritä uudelleen hetken päästä.</source>
        <translation>The database is busy for a moment. Try again shortly.</translation>
    </message>
    <message>
        <source>Levy on täynnä. Vapauta tilaa levyltä ja yritä uudelleen.</source>
        <translation>The disk is full. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>Tietokantaan ei voi kirjoittaa. Tarkista tietokantatiedoston käyttöoikeudet tai levy.</source>
        <translation>The database cannot be written to. Check the database file&apos;s permissions, or the disk.</translation>
    </message>
    <message>
        <source>Tietokanta on vioittunut. Palauta viimeisin varmuuskopio komennolla kiosk restore.</source>
        <translation>The database is damaged. Restore the latest backup with the command kiosk restore.</translation>
    </message>
    <message>
        <source>Tietokanta on uudemmasta versiosta. Päivitä kioski uusimpaan versioon.</source>
        <translation>The database is from a newer version. Update the kiosk to the latest version.</translation>
    </message>
    <message>
        <source>Tietokantatiedosto on poistettu tai vaihdettu. Mitään ei tallennettu. Tarkista tiedosto ja käynnistä kioski uudelleen.</source>
        <translation>The database file was removed or replaced. Nothing was saved. Check the file and restart the kiosk.</translation>
    </message>
    <message>
        <source>Kirjoita etunimi ja tallenna uudelleen.</source>
        <translation>Type the first name and save again.</translation>
    </message>
    <message>
        <source>Tarkista syntymävuosi tai jätä se tyhjäksi.</source>
        <translation>Check the year of birth or leave it empty.</translation>
    </message>
    <message>
        <source>Tarkista valinnat ja tallenna uudelleen.</source>
        <translation>Check the choices and save again.</translation>
    </message>
    <message>
        <source>Anna tavaralle nimi.</source>
        <translation>Give the item a name.</translation>
    </message>
    <message>
        <source>Tarkista ajat: ulos ei voi olla ennen sisään.</source>
        <translation>Check the times: out cannot be before in.</translation>
    </message>
    <message>
        <source>Tarkista ajat: käynti ei voi olla tulevaisuudessa.</source>
        <translation>Check the times: a visit cannot be in the future.</translation>
    </message>
    <message>
        <source>Anna työhuoneelle nimi.</source>
        <translation>Give the workroom a name.</translation>
    </message>
    <message>
        <source>PIN on 4–8 numeroa.</source>
        <translation>The PIN is 4–8 digits.</translation>
    </message>
    <message>
        <source>Merkkiväli on 20–500 ms.</source>
        <translation>The character gap is 20–500 ms.</translation>
    </message>
    <message>
        <source>Etuliite on enintään 12 merkkiä ilman välilyöntejä.</source>
        <translation>The prefix is at most 12 characters without spaces.</translation>
    </message>
    <message>
        <source>Tarkista päivämäärät: muodossa 2026-11-24 tai tyhjä.</source>
        <translation>Check the dates: as 2026-11-24 or empty.</translation>
    </message>
    <message>
        <source>Tarkista päivät: alku muodossa 2026-11-24, loppu tyhjä tai aikaisintaan alkupäivänä.</source>
        <translation>Check the days: the start as 2026-11-24, the end empty or not before the start.</translation>
    </message>
    <message>
        <source>Tarkista viikonpäivät (1 = maanantai … 7 = sunnuntai, esim. 1,2,4) ja tunnit päivässä (0–24).</source>
        <translation>Check the weekdays (1 = Monday … 7 = Sunday, e.g. 1,2,4) and the hours a day (0–24).</translation>
    </message>
    <message>
        <source>Henkilöllä on jo saman roolin jakso osittain samoille päiville.</source>
        <translation>The person already has a period of the same role on some of the same days.</translation>
    </message>
    <message>
        <source>Kirjoita nimi.</source>
        <translation>Type a name.</translation>
    </message>
    <message>
        <source>Tällä nimellä on jo tili. Lisää nimeen esimerkiksi sukunimen alkukirjain.</source>
        <translation>An account with this name exists. Add, for example, the initial of the last name.</translation>
    </message>
    <message>
        <source>Viimeistä koordinaattoria ei voi poistaa käytöstä: lisää ensin toinen koordinaattori.</source>
        <translation>The last coordinator cannot be disabled: add another coordinator first.</translation>
    </message>
    <message>
        <source>Jokin meni vikaan. Yritä uudelleen.</source>
        <translation>Something went wrong. Try again.</translation>
    </message>
    <message>
        <source>Tarkista asetuksen arvo.</source>
        <translation>Check the setting&apos;s value.</translation>
    </message>
    <message>
        <source>anna kokonaisluku {lowest}–{highest}.</source>
        <translation>enter a whole number {lowest}–{highest}.</translation>
    </message>
    <message>
        <source>anna luku väliltä {lowest}–{highest}.</source>
        <translation>enter a number from {lowest} to {highest}.</translation>
    </message>
    <message>
        <source>enintään {length} merkkiä.</source>
        <translation>at most {length} characters.</translation>
    </message>
    <message>
        <source>valitse jokin vaihtoehdoista.</source>
        <translation>choose one of the options.</translation>
    </message>
    <message>
        <source>anna kellonaika muodossa 14:00.</source>
        <translation>enter the time as 14:00.</translation>
    </message>
    <message>
        <source>anna päivä muodossa 2026-11-24 tai jätä tyhjäksi.</source>
        <translation>enter the day as 2026-11-24 or leave it empty.</translation>
    </message>
    <message>
        <source>ei voi olla tyhjä.</source>
        <translation>cannot be empty.</translation>
    </message>
    <message>
        <source>tarkista muoto.</source>
        <translation>check the form.</translation>
    </message>
    <message>
        <source>tarkista ajat: sulkeutuu vasta aukeamisen jälkeen.</source>
        <translation>check the times: closes only after it opens.</translation>
    </message>
    <message>
        <source>ohjausmerkkejä ei voi käyttää.</source>
        <translation>control characters cannot be used.</translation>
    </message>
    <message>
        <source>tarkista arvo.</source>
        <translation>check the value.</translation>
    </message>
</context>
<context>
    <name>setting_editors</name>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} ms</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <source>{n} kk</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>{what}: vähemmän</source>
        <translation>{what}: less</translation>
    </message>
    <message>
        <source>{what}: enemmän</source>
        <translation>{what}: more</translation>
    </message>
    <message>
        <source>{what}: aiemmin</source>
        <translation>{what}: earlier</translation>
    </message>
    <message>
        <source>{what}: myöhemmin</source>
        <translation>{what}: later</translation>
    </message>
    <message>
        <source>Käytössä</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Ei käytössä</source>
        <translation>Off</translation>
    </message>
</context>
</TS>
