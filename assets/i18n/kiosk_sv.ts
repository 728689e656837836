<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="fi_FI">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>{day}: {n} toimintaa</source>
        <translation>{day}: {n} aktiviteter</translation>
    </message>
    <message>
        <source> · PERUTTU</source>
        <translation> · INSTÄLLT</translation>
    </message>
    <message>
        <source>Ei toimintaa tänä päivänä. Lisää uusi: ”Uusi toiminto”.</source>
        <translation>Ingen verksamhet denna dag. Lägg till: ”Ny aktivitet”.</translation>
    </message>
    <message>
        <source>Ilmoittautuneita {n}</source>
        <translation>Anmälda {n}</translation>
    </message>
    <message>
        <source>tulleita {n}</source>
        <translation>kom {n}</translation>
    </message>
    <message>
        <source>paikkoja {n}</source>
        <translation>platser {n}</translation>
    </message>
    <message>
        <source>henkilömäärä {n}</source>
        <translation>antal personer {n}</translation>
    </message>
    <message>
        <source> (paikan päällä)</source>
        <translation> (på plats)</translation>
    </message>
    <message>
        <source> — ilmoittautunut</source>
        <translation> — anmäld</translation>
    </message>
    <message>
        <source>Vapaaehtoinen: {name}, {hours} h</source>
        <translation>Frivillig: {name}, {hours} h</translation>
    </message>
    <message>
        <source>Ohjaus: {name}, {topic}, {minutes} min</source>
        <translation>Handledning: {name}, {topic}, {minutes} min</translation>
    </message>
    <message>
        <source>Palauta tämä kerta</source>
        <translation>Återställ detta tillfälle</translation>
    </message>
    <message>
        <source>Peru tämä kerta</source>
        <translation>Ställ in detta tillfälle</translation>
    </message>
    <message>
        <source>Henkilömäärä numeroina, esim. 23.</source>
        <translation>Antal personer i siffror, t.ex. 23.</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Valitse vapaaehtoinen ja kirjoita tunnit, esim. 2,5.</source>
        <translation>Välj en frivillig och skriv timmarna, t.ex. 2,5.</translation>
    </message>
    <message>
        <source>Kirjoita nimi ja kesto minuutteina, esim. 30.</source>
        <translation>Skriv namnet och längden i minuter, t.ex. 30.</translation>
    </message>
    <message>
        <source>Ohjaus kirjattu.</source>
        <translation>Handledningen registrerad.</translation>
    </message>
    <message>
        <source>Perutaanko tämä kerta? Napauta uudelleen vahvistaaksesi.</source>
        <translation>Ställa in detta tillfälle? Tryck igen för att bekräfta.</translation>
    </message>
    <message>
        <source>Kerta palautettu.</source>
        <translation>Tillfället återställt.</translation>
    </message>
    <message>
        <source>Kerta peruttu.</source>
        <translation>Tillfället inställt.</translation>
    </message>
    <message>
        <source>Toiminto tallennettu.</source>
        <translation>Aktiviteten sparad.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Toiminnot</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Uusi toiminto</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Edellinen päivä</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <source>Seuraava päivä</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <source>Paikan päällä: nimi</source>
        <translation>På plats: namn</translation>
    </message>
    <message>
        <source>Lisää</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Henkilömäärä (myös nimettömät)</source>
        <translation>Antal personer (även utan namn)</translation>
    </message>
    <message>
        <source>Tallenna määrä</source>
        <translation>Spara antalet</translation>
    </message>
    <message>
        <source>Muistiinpano</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Vapaaehtoinen</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Tunnit</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Kirjaa tunnit</source>
        <translation>Registrera timmar</translation>
    </message>
    <message>
        <source>Kesto</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Ohjattu: nimi</source>
        <translation>Handledd: namn</translation>
    </message>
    <message>
        <source>Kirjaa ohjaus</source>
        <translation>Registrera handledning</translation>
    </message>
    <message>
        <source>Aihe</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Osallistujat</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Päivän toiminnot</source>
        <translation>Dagens aktiviteter</translation>
    </message>
    <message>
        <source>Muokkaa toimintoa</source>
        <translation>Redigera aktiviteten</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Alkupäivä muodossa 27.11.2026.</source>
        <translation>Första dagen som 27.11.2026.</translation>
    </message>
    <message>
        <source>Viimeinen päivä muodossa 27.11.2026 tai tyhjä.</source>
        <translation>Sista dagen som 27.11.2026 eller tom.</translation>
    </message>
    <message>
        <source>Kellonaika muodossa 17.30.</source>
        <translation>Klockslaget som 17.30.</translation>
    </message>
    <message>
        <source>Kesto minuutteina, esim. 90.</source>
        <translation>Längden i minuter, t.ex. 90.</translation>
    </message>
    <message>
        <source>Paikat numerona tai tyhjä.</source>
        <translation>Platserna som ett tal eller tomt.</translation>
    </message>
    <message>
        <source>Anna toiminnolle nimi.</source>
        <translation>Ge aktiviteten ett namn.</translation>
    </message>
    <message>
        <source>Viimeinen päivä vain viikoittaiselle, eikä ennen alkupäivää.</source>
        <translation>Sista dag bara för en veckovis aktivitet, och inte före första dagen.</translation>
    </message>
    <message>
        <source>Kesto 1–1440 minuuttia.</source>
        <translation>Längden 1–1440 minuter.</translation>
    </message>
    <message>
        <source>Paikkoja vähintään yksi, tai tyhjä.</source>
        <translation>Minst en plats, eller tomt.</translation>
    </message>
    <message>
        <source>Tarkista tiedot.</source>
        <translation>Kontrollera uppgifterna.</translation>
    </message>
    <message>
        <source>Muokkaa toimintoa</source>
        <translation>Redigera aktiviteten</translation>
    </message>
    <message>
        <source>Uusi toiminto</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Nimi, esim. Ompeluseura</source>
        <translation>Namn, t.ex. Syförening</translation>
    </message>
    <message>
        <source>Järjestäjä tai kumppani</source>
        <translation>Arrangör eller partner</translation>
    </message>
    <message>
        <source>Paikka (tyhjä: työhuone)</source>
        <translation>Plats (tomt: arbetsrummet)</translation>
    </message>
    <message>
        <source>Päivä: 27.11.2026</source>
        <translation>Dag: 27.11.2026</translation>
    </message>
    <message>
        <source>Viimeinen päivä (viikoittainen)</source>
        <translation>Sista dag (veckovis)</translation>
    </message>
    <message>
        <source>Alkaa klo: 17.30</source>
        <translation>Börjar kl.: 17.30</translation>
    </message>
    <message>
        <source>Kesto, min</source>
        <translation>Längd, min</translation>
    </message>
    <message>
        <source>Paikkoja (tyhjä: ei rajaa)</source>
        <translation>Platser (tomt: ingen gräns)</translation>
    </message>
    <message>
        <source>Joka viikko</source>
        <translation>Varje vecka</translation>
    </message>
    <message>
        <source>Lasketaan kävijämääriin</source>
        <translation>Räknas till besöksantalen</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AnonymousScreen</name>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Käynti ilman nimeä</source>
        <translation>Besök utan namn</translation>
    </message>
    <message>
        <source>Kirjaamme vain, että kävit täällä. Jos haluat, kerro tilanteesi: se auttaa rahoittajia.</source>
        <translation>Vi antecknar bara att du var här. Berätta gärna om din situation: det hjälper finansiärerna.</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <source>Ei työkokeilijoita eikä kuntouttavan työtoiminnan osallistujia näinä päivinä.</source>
        <translation>Inga deltagare i arbetsprövning eller arbetsverksamhet i rehabiliteringssyfte dessa dagar.</translation>
    </message>
    <message>
        <source>Oma sairaus</source>
        <translation>Egen sjukdom</translation>
    </message>
    <message>
        <source>Sairaus, todistus</source>
        <translation>Sjukdom, intyg</translation>
    </message>
    <message>
        <source>Lapsen sairaus</source>
        <translation>Barnets sjukdom</translation>
    </message>
    <message>
        <source>Työhaastattelu</source>
        <translation>Arbetsintervju</translation>
    </message>
    <message>
        <source>Luottamustehtävä</source>
        <translation>Förtroendeuppdrag</translation>
    </message>
    <message>
        <source>Muu syy</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <source>läsnä {hours} h</source>
        <translation>närvarande {hours} h</translation>
    </message>
    <message>
        <source>käynti jäi auki: korjaa ajat (Käynnit)</source>
        <translation>besöket lämnades öppet: rätta tiderna (Besök)</translation>
    </message>
    <message>
        <source>paikalla nyt</source>
        <translation>på plats nu</translation>
    </message>
    <message>
        <source>ei järjestetty: {reason}</source>
        <translation>inte ordnat: {reason}</translation>
    </message>
    <message>
        <source>tila suljettu</source>
        <translation>lokalen stängd</translation>
    </message>
    <message>
        <source>tulossa</source>
        <translation>kommande</translation>
    </message>
    <message>
        <source>poissa: syy puuttuu</source>
        <translation>frånvarande: orsak saknas</translation>
    </message>
    <message>
        <source> (ei etuutta)</source>
        <translation> (ingen förmån)</translation>
    </message>
    <message>
        <source>poissa: {reason}</source>
        <translation>frånvarande: {reason}</translation>
    </message>
    <message>
        <source>alle 4 tuntia</source>
        <translation>under 4 timmar</translation>
    </message>
    <message>
        <source>yli 8 tuntia</source>
        <translation>över 8 timmar</translation>
    </message>
    <message>
        <source>enemmän päiviä viikossa kuin sovittu</source>
        <translation>fler dagar i veckan än avtalat</translation>
    </message>
    <message>
        <source>{n} poissaoloa peräkkäin ilman hyväksyttävää syytä</source>
        <translation>{n} frånvarodagar i rad utan godtagbar orsak</translation>
    </message>
    <message>
        <source>käynnin ajat korjattava</source>
        <translation>besökets tider ska rättas</translation>
    </message>
    <message>
        <source>sairaus yli 3 päivää: lääkärintodistus</source>
        <translation>sjukdom över 3 dagar: läkarintyg</translation>
    </message>
    <message>
        <source>sovitut viikonpäivät puuttuvat</source>
        <translation>avtalade veckodagar saknas</translation>
    </message>
    <message>
        <source>sovittuja päiviä enemmän kuin laki sallii</source>
        <translation>fler avtalade dagar än lagen tillåter</translation>
    </message>
    <message>
        <source>Tallennettu: {name}, {day}: {reason}</source>
        <translation>Sparat: {name}, {day}: {reason}</translation>
    </message>
    <message>
        <source>Tila merkitty suljetuksi: {day}</source>
        <translation>Lokalen markerad stängd: {day}</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Läsnäolo</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Edelliset kaksi viikkoa</source>
        <translation>Föregående två veckor</translation>
    </message>
    <message>
        <source>Seuraavat kaksi viikkoa</source>
        <translation>Följande två veckor</translation>
    </message>
    <message>
        <source>Lisätieto tai suljetun päivän syy</source>
        <translation>Tilläggsuppgift eller orsak till stängd dag</translation>
    </message>
    <message>
        <source>Tila suljettu tänä päivänä</source>
        <translation>Lokalen stängd denna dag</translation>
    </message>
    <message>
        <source>Suunnitellut päivät</source>
        <translation>Planerade dagar</translation>
    </message>
    <message>
        <source>Huomiot</source>
        <translation>Observationer</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Näytä korttisi kameralle</source>
        <translation>Visa ditt kort för kameran</translation>
    </message>
</context>
<context>
    <name>CardStep</name>
    <message>
        <source>Tervetuloa, {name}! Olet nyt kirjautunut sisään.</source>
        <translation>Välkommen, {name}! Nu är du inloggad.</translation>
    </message>
    <message>
        <source>Ota kuva koodista puhelimellasi: näytä se lukijalle ensi kerralla. Saat myös tulostetun kortin tilavastaavalta.</source>
        <translation>Ta en bild av koden med telefonen och visa den för läsaren nästa gång. Lokalansvarig kan också ge dig ett utskrivet kort.</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>vapaana</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>lainassa</source>
        <translation>utlånad</translation>
    </message>
    <message>
        <source>pois käytöstä</source>
        <translation>ur bruk</translation>
    </message>
    <message>
        <source>poistettu</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>lainattu</source>
        <translation>utlånad</translation>
    </message>
    <message>
        <source>palautettu</source>
        <translation>återlämnad</translation>
    </message>
    <message>
        <source>ongelma</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>korjattu</source>
        <translation>reparerad</translation>
    </message>
    <message>
        <source>{item} lisätty. Tulosta sille tarra (kiosk labels).</source>
        <translation>{item} har lagts till. Skriv ut en etikett för den (kiosk labels).</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Kirjoita syy, esimerkiksi ”näyttö rikki”.</source>
        <translation>Skriv orsaken, till exempel ”skärmen är trasig”.</translation>
    </message>
    <message>
        <source>Poistetaanko tavara käytöstä pysyvästi? Sen historia säilyy. Napauta uudelleen vahvistaaksesi.</source>
        <translation>Ta föremålet ur bruk för gott? Dess historik sparas. Tryck igen för att bekräfta.</translation>
    </message>
    <message>
        <source>Poistettu käytöstä.</source>
        <translation>Tagen ur bruk.</translation>
    </message>
    <message>
        <source>Kirjoita uuden luokan nimi (eri kuin ennestään).</source>
        <translation>Skriv den nya kategorins namn (ett som inte redan finns).</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Luokka</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Huomiot</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Pois käytöstä, syy</source>
        <translation>Ur bruk, orsak</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Uusi tavara</source>
        <translation>Nytt föremål</translation>
    </message>
    <message>
        <source>Pois käytöstä</source>
        <translation>Ur bruk</translation>
    </message>
    <message>
        <source>Korjattu</source>
        <translation>Reparerad</translation>
    </message>
    <message>
        <source>Poista pysyvästi</source>
        <translation>Ta bort för gott</translation>
    </message>
    <message>
        <source>Luokat (itsepalvelu: kävijä voi lainata itse, jos asetus sallii)</source>
        <translation>Kategorier (självbetjäning: besökaren kan låna själv, om inställningen tillåter det)</translation>
    </message>
    <message>
        <source>Itsepalvelu</source>
        <translation>Självbetjäning</translation>
    </message>
    <message>
        <source>Tavarat</source>
        <translation>Föremål</translation>
    </message>
    <message>
        <source>Tavaran historia</source>
        <translation>Föremålets historik</translation>
    </message>
    <message>
        <source>Luokan nimi</source>
        <translation>Kategorins namn</translation>
    </message>
    <message>
        <source>Tallenna luokka</source>
        <translation>Spara kategori</translation>
    </message>
    <message>
        <source>Uusi luokka</source>
        <translation>Ny kategori</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Varmuuskopio tehty.</source>
        <translation>Säkerhetskopian är gjord.</translation>
    </message>
    <message>
        <source>Varmuuskopio epäonnistui: {reason}</source>
        <translation>Säkerhetskopieringen misslyckades: {reason}</translation>
    </message>
    <message>
        <source>suljettu tänään</source>
        <translation>stängt i dag</translation>
    </message>
    <message>
        <source>Sulkeminen · {time}</source>
        <translation>Stängning · {time}</translation>
    </message>
    <message>
        <source>Paikalla vielä: {n}</source>
        <translation>Ännu på plats: {n}</translation>
    </message>
    <message>
        <source>{name} — sisään klo {time}</source>
        <translation>{name} — in kl. {time}</translation>
    </message>
    <message>
        <source>Kirjaa kaikki ulos ({n})</source>
        <translation>Logga ut alla ({n})</translation>
    </message>
    <message>
        <source>Lainassa: {n}, myöhässä: {late}</source>
        <translation>Utlånat: {n}, försenat: {late}</translation>
    </message>
    <message>
        <source>{item} — {name}, palautus klo {time}</source>
        <translation>{item} — {name}, åter kl. {time}</translation>
    </message>
    <message>
        <source> · MYÖHÄSSÄ</source>
        <translation> · FÖRSENAT</translation>
    </message>
    <message>
        <source>{item} — {name}, palautus {day} klo {time}</source>
        <translation>{item} — {name}, åter {day} kl. {time}</translation>
    </message>
    <message>
        <source>Seuraava lounas: ei tiedossa</source>
        <translation>Nästa lunch: inte känd</translation>
    </message>
    <message>
        <source>Seuraava lounas: {line}</source>
        <translation>Nästa lunch: {line}</translation>
    </message>
    <message>
        <source>Ilmoittautuneita: {n}</source>
        <translation>Anmälda: {n}</translation>
    </message>
    <message>
        <source>Varmuuskopio: ei vielä tehty</source>
        <translation>Säkerhetskopia: inte gjord ännu</translation>
    </message>
    <message>
        <source>Varmuuskopio {when}: kunnossa</source>
        <translation>Säkerhetskopia {when}: i ordning</translation>
    </message>
    <message>
        <source>Varmuuskopio {when}: EPÄONNISTUI</source>
        <translation>Säkerhetskopia {when}: MISSLYCKADES</translation>
    </message>
    <message>
        <source>Tarkista, että muistitikku tai verkkokansio on paikallaan, ja paina Varmuuskopioi nyt.</source>
        <translation>Kontrollera att USB-minnet eller nätverksmappen finns på plats och tryck på Säkerhetskopiera nu.</translation>
    </message>
    <message>
        <source>Etäkopio: yli kaksi päivää vanha</source>
        <translation>Extern kopia: över två dagar gammal</translation>
    </message>
    <message>
        <source>Etäkopio: ei vielä tehty</source>
        <translation>Extern kopia: inte gjord ännu</translation>
    </message>
    <message>
        <source>Viimeisin etäkopio {when}</source>
        <translation>Senaste externa kopia {when}</translation>
    </message>
    <message>
        <source>Tarkista verkkoyhteys. Kioski yrittää uudelleen seuraavan varmuuskopion jälkeen.</source>
        <translation>Kontrollera nätverksanslutningen. Kiosken försöker igen efter nästa säkerhetskopia.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Sulkeminen</source>
        <translation>Stängning</translation>
    </message>
    <message>
        <source>Varmuuskopioi nyt</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Kirjaa kaikki ulos</source>
        <translation>Logga ut alla</translation>
    </message>
    <message>
        <source>Sulkemisen tarkistuslista</source>
        <translation>Checklista för stängning</translation>
    </message>
</context>
<context>
    <name>DuplicateStep</name>
    <message>
        <source>Täällä on jo samanniminen kävijä. Jos se olet sinä, napauta nimeäsi.</source>
        <translation>Det finns redan en besökare med samma namn. Om det är du, tryck på ditt namn.</translation>
    </message>
    <message>
        <source>En ole mikään näistä: olen uusi</source>
        <translation>Ingen av dem: jag är ny</translation>
    </message>
</context>
<context>
    <name>FieldKeyboard</name>
    <message>
        <source>Valmis</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Valmis: piilota näppäimistö</source>
        <translation>Klar: dölj tangentbordet</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Tervetuloa työhuoneeseen!</source>
        <translation>Välkommen till arbetsrummet!</translation>
    </message>
    <message>
        <source>Näytä korttisi lukijalle, niin kirjaan sinut sisään tai ulos.</source>
        <translation>Visa ditt kort för läsaren, så loggar jag in eller ut dig.</translation>
    </message>
    <message>
        <source>Sisään tai ulos nimellä</source>
        <translation>In eller ut med namn</translation>
    </message>
    <message>
        <source>Olen täällä ensimmäistä kertaa</source>
        <translation>Jag är här första gången</translation>
    </message>
    <message>
        <source>Käyn ilman nimeä</source>
        <translation>Besök utan namn</translation>
    </message>
    <message>
        <source>Lainaa laite</source>
        <translation>Låna en apparat</translation>
    </message>
    <message>
        <source>Tänään</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Lounas {day} klo {time} · vapaita paikkoja {seats}</source>
        <translation>Lunch {day} kl. {time} · lediga platser {seats}</translation>
    </message>
    <message>
        <source>Henkilökunta: pidä painettuna</source>
        <translation>Personal: håll intryckt</translation>
    </message>
    <message>
        <source>Suurempi teksti</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>Suuri kontrasti</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Lue ääneen</source>
        <translation>Läs upp</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Aukioloajat. Sulkemisaikaan lainat erääntyvät ja unohtuneet uloskirjautumiset tehdään.</source>
        <translation>Öppettider. Vid stängningsdags förfaller lånen och glömda utloggningar görs.</translation>
    </message>
    <message>
        <source>{day} auki</source>
        <translation>{day} öppet</translation>
    </message>
    <message>
        <source>aukeaa</source>
        <translation>öppnar</translation>
    </message>
    <message>
        <source>sulkeutuu</source>
        <translation>stänger</translation>
    </message>
    <message>
        <source>{day} {what} aiemmin</source>
        <translation>{day} {what} tidigare</translation>
    </message>
    <message>
        <source>{day} {what} myöhemmin</source>
        <translation>{day} {what} senare</translation>
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
        <translation>Skanna först besökarens kort eller sök namnet.</translation>
    </message>
    <message>
        <source>Palautuspäivä muodossa 15.12. tai 15.12.2026.</source>
        <translation>Återlämningsdag i formen 15.12. eller 15.12.2026.</translation>
    </message>
    <message>
        <source>Alkamisaika muodossa 10.30.</source>
        <translation>Starttid i formen 10.30.</translation>
    </message>
    <message>
        <source>Skannaa palautettavan tavaran tarra tai valitse laina listasta.</source>
        <translation>Skanna etiketten på föremålet som lämnas tillbaka, eller välj lånet i listan.</translation>
    </message>
    <message>
        <source>{item} on taas lainattavissa.</source>
        <translation>{item} kan lånas ut igen.</translation>
    </message>
    <message>
        <source>✓ {item} lainattu: {name}. Palautus {when}.</source>
        <translation>✓ {item} utlånad till {name}. Åter {when}.</translation>
    </message>
    <message>
        <source>✓ {item} palautettu ({name}).</source>
        <translation>✓ {item} återlämnad ({name}).</translation>
    </message>
    <message>
        <source>Palautus myöhässä.</source>
        <translation>Återlämnad för sent.</translation>
    </message>
    <message>
        <source>Pois käytöstä, kunnes merkitset sen korjatuksi.</source>
        <translation>Ur bruk tills du markerar den som reparerad.</translation>
    </message>
    <message>
        <source>Tarraa ei tunnistettu.</source>
        <translation>Etiketten kändes inte igen.</translation>
    </message>
    <message>
        <source>Kävijää ei löytynyt.</source>
        <translation>Besökaren hittades inte.</translation>
    </message>
    <message>
        <source>Kävijän tiedot on poistettu.</source>
        <translation>Besökarens uppgifter har raderats.</translation>
    </message>
    <message>
        <source>{item} on jo lainassa.</source>
        <translation>{item} är redan utlånad.</translation>
    </message>
    <message>
        <source>{item} on pois käytöstä.</source>
        <translation>{item} är ur bruk.</translation>
    </message>
    <message>
        <source>{item} on poistettu käytöstä pysyvästi.</source>
        <translation>{item} är tagen ur bruk för gott.</translation>
    </message>
    <message>
        <source>{item} ei ole lainassa.</source>
        <translation>{item} är inte utlånad.</translation>
    </message>
    <message>
        <source>Kävijällä on myöhässä oleva laina. {item} lainataan vain, jos valitset ”Lainaa silti”.</source>
        <translation>Besökaren har ett försenat lån. {item} lånas ut bara om du väljer ”Låna ut ändå”.</translation>
    </message>
    <message>
        <source>{item} lainataan vain tilavastaavan kautta.</source>
        <translation>{item} lånas bara ut av lokalansvarig.</translation>
    </message>
    <message>
        <source>Palautusaika on jo mennyt.</source>
        <translation>Återlämningstiden har redan gått ut.</translation>
    </message>
    <message>
        <source>Skannaa kävijän kortti tai etsi nimi</source>
        <translation>Skanna besökarens kort eller sök namnet</translation>
    </message>
    <message>
        <source>Kävijä: {name}</source>
        <translation>Besökare: {name}</translation>
    </message>
    <message>
        <source>lainassa: {items}</source>
        <translation>har lånat: {items}</translation>
    </message>
    <message>
        <source>MYÖHÄSSÄ · </source>
        <translation>FÖRSENAT · </translation>
    </message>
    <message>
        <source>{late}{item} — {name}
lainattu {since}, palautus {due}</source>
        <translation>{late}{item} — {name}
utlånad {since}, åter {due}</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Lainaus</source>
        <translation>Utlåning</translation>
    </message>
    <message>
        <source>Lainaa</source>
        <translation>Låna ut</translation>
    </message>
    <message>
        <source>Palauta</source>
        <translation>Återlämna</translation>
    </message>
    <message>
        <source>Lainassa nyt</source>
        <translation>Utlånat nu</translation>
    </message>
    <message>
        <source>Tavarat</source>
        <translation>Föremål</translation>
    </message>
    <message>
        <source>Tänään</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Huomiseen</source>
        <translation>Till i morgon</translation>
    </message>
    <message>
        <source>Viikoksi</source>
        <translation>En vecka</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Sök med namn</translation>
    </message>
    <message>
        <source>tai päivä: 15.12.</source>
        <translation>eller dag: 15.12.</translation>
    </message>
    <message>
        <source>jälkikäteen: alkoi klo 10.30</source>
        <translation>i efterhand: började kl. 10.30</translation>
    </message>
    <message>
        <source>Ongelma lyhyesti, esim. ”neula katkesi”</source>
        <translation>Problemet kort, t.ex. ”nålen gick av”</translation>
    </message>
    <message>
        <source>Palautuspäivä</source>
        <translation>Återlämningsdag</translation>
    </message>
    <message>
        <source>Lainan alkamisaika</source>
        <translation>Lånets starttid</translation>
    </message>
    <message>
        <source>Ongelma</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Pois käytöstä, kunnes korjattu</source>
        <translation>Ur bruk tills den är reparerad</translation>
    </message>
    <message>
        <source>Kaikki kunnossa</source>
        <translation>Allt i ordning</translation>
    </message>
    <message>
        <source>Palauta ongelman kanssa</source>
        <translation>Återlämna med problem</translation>
    </message>
    <message>
        <source>Merkitse korjatuksi</source>
        <translation>Markera som reparerad</translation>
    </message>
    <message>
        <source>Odottaa korjausta:</source>
        <translation>Väntar på reparation:</translation>
    </message>
    <message>
        <source>Lainaa silti</source>
        <translation>Låna ut ändå</translation>
    </message>
</context>
<context>
    <name>LunchDaysPage</name>
    <message>
        <source>Minä päivinä on yhteinen lounas? Ruokalista ja paikat asetetaan lounaslistalla.</source>
        <translation>Vilka dagar finns det gemensam lunch? Meny och platser ställs in på lunchlistan.</translation>
    </message>
</context>
<context>
    <name>LunchListScreen</name>
    <message>
        <source>Ei lounasta tiedossa.</source>
        <translation>Ingen lunch inplanerad.</translation>
    </message>
    <message>
        <source> · PERUTTU</source>
        <translation> · INSTÄLLD</translation>
    </message>
    <message>
        <source>Syöjiä {n} · tarjoiltu {served}</source>
        <translation>Matgäster {n} · serverade {served}</translation>
    </message>
    <message>
        <source> (paikan päällä)</source>
        <translation> (på plats)</translation>
    </message>
    <message>
        <source>+1 vieras</source>
        <translation>+1 gäst</translation>
    </message>
    <message>
        <source>Tarjoiltujen määrä numeroina.</source>
        <translation>Antalet serverade med siffror.</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Uusi päivä muodossa 27.11.</source>
        <translation>Ny dag i formen 27.11.</translation>
    </message>
    <message>
        <source>Lounas siirretty; ilmoittautumiset siirtyivät mukana.</source>
        <translation>Lunchen har flyttats; anmälningarna följde med.</translation>
    </message>
    <message>
        <source>Perutaanko tämä lounas? Napauta uudelleen vahvistaaksesi.</source>
        <translation>Ställa in den här lunchen? Tryck igen för att bekräfta.</translation>
    </message>
    <message>
        <source>Lounas peruttu.</source>
        <translation>Lunchen är inställd.</translation>
    </message>
    <message>
        <source>Ei listaa tulostettavaksi.</source>
        <translation>Ingen lista att skriva ut.</translation>
    </message>
    <message>
        <source>Tulostetaan…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Lounaslista</source>
        <translation>Lunchlista</translation>
    </message>
    <message>
        <source>Paikan päällä: nimi</source>
        <translation>På plats: namn</translation>
    </message>
    <message>
        <source>Lisää</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Tarjoiltu yhteensä</source>
        <translation>Serverade totalt</translation>
    </message>
    <message>
        <source>Tallenna määrä</source>
        <translation>Spara antal</translation>
    </message>
    <message>
        <source>Ruokalista</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Paikkoja</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Siirrä päivälle: 27.11.</source>
        <translation>Flytta till dag: 27.11.</translation>
    </message>
    <message>
        <source>Ilmoittautuneet</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Peru lounas</source>
        <translation>Ställ in lunchen</translation>
    </message>
    <message>
        <source>Tulosta lista</source>
        <translation>Skriv ut listan</translation>
    </message>
    <message>
        <source>Edellinen lounas</source>
        <translation>Föregående lunch</translation>
    </message>
    <message>
        <source>Seuraava lounas</source>
        <translation>Nästa lunch</translation>
    </message>
</context>
<context>
    <name>LunchScreen</name>
    <message>
        <source>Seuraavaa lounasta ei ole vielä tiedossa.</source>
        <translation>Nästa lunch är inte känd ännu.</translation>
    </message>
    <message>
        <source>Vapaita paikkoja: {n}</source>
        <translation>Lediga platser: {n}</translation>
    </message>
    <message>
        <source>Näytä korttisi lukijalle tai etsi nimesi.</source>
        <translation>Visa ditt kort för läsaren eller sök ditt namn.</translation>
    </message>
    <message>
        <source>Ilmoittautuminen on päättynyt tai lounas on täynnä. Kysy tilavastaavalta, hän auttaa.</source>
        <translation>Anmälan har stängt eller lunchen är full. Fråga lokalansvarig om hjälp.</translation>
    </message>
    <message>
        <source>Korttia ei tunnistettu. Etsi nimesi tai kysy tilavastaavalta.</source>
        <translation>Kortet kändes inte igen. Sök ditt namn eller fråga lokalansvarig.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Lounas</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Sök med namn</translation>
    </message>
    <message>
        <source>Mikä ruokavalio? Esim. ei sieniä</source>
        <translation>Vilken specialkost? T.ex. inga svampar</translation>
    </message>
    <message>
        <source>+1 vieras (ilman nimeä)</source>
        <translation>+1 gäst (utan namn)</translation>
    </message>
    <message>
        <source>Ilmoittaudu</source>
        <translation>Anmäl mig</translation>
    </message>
    <message>
        <source>Peru ilmoittautuminen</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Hei {name}! Valitse ruokavaliosi, jos sinulla on.</source>
        <translation>Hej {name}! Välj din specialkost, om du har någon.</translation>
    </message>
</context>
<context>
    <name>MunicipalityStep</name>
    <message>
        <source>Muu kunta: kirjoita alku</source>
        <translation>Annan kommun: skriv början</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Hemkommun</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <source>ensikäynti {month}</source>
        <translation>sedan {month}</translation>
    </message>
    <message>
        <source>Haku ei onnistu juuri nyt. Yritä hetken päästä tai kysy tilavastaavalta.</source>
        <translation>Sökningen fungerar inte just nu. Försök om en stund eller fråga lokalansvarig.</translation>
    </message>
    <message>
        <source>Kirjoita vähintään kaksi kirjainta nimestäsi.</source>
        <translation>Skriv minst två bokstäver av ditt namn.</translation>
    </message>
    <message>
        <source>Nimeä ei löytynyt. Tarkista kirjoitus tai kysy tilavastaavalta.</source>
        <translation>Namnet hittades inte. Kontrollera stavningen eller fråga lokalansvarig.</translation>
    </message>
    <message>
        <source>Löytyi useita. Kirjoita lisää, esimerkiksi sukunimen alku.</source>
        <translation>Flera hittades. Skriv mer, till exempel början av efternamnet.</translation>
    </message>
    <message>
        <source>Napauta nimeäsi.</source>
        <translation>Tryck på ditt namn.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Etsi nimesi</source>
        <translation>Sök ditt namn</translation>
    </message>
    <message>
        <source>Etunimi, tai etunimi ja sukunimi</source>
        <translation>Förnamn, eller för- och efternamn</translation>
    </message>
    <message>
        <source>Nimesi</source>
        <translation>Ditt namn</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <source>Kirjoita ensin etunimesi tai kutsumanimesi.</source>
        <translation>Skriv först ditt förnamn eller tilltalsnamn.</translation>
    </message>
    <message>
        <source>Etunimi tai kutsumanimi</source>
        <translation>Förnamn eller tilltalsnamn</translation>
    </message>
    <message>
        <source>Sukunimi tai sen alkukirjain</source>
        <translation>Efternamn eller initial</translation>
    </message>
    <message>
        <source>Seuraava</source>
        <translation>Nästa</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <source>Oma nimesi: olet työhuoneen ensimmäinen koordinaattori</source>
        <translation>Ditt namn: du är rummets första koordinator</translation>
    </message>
</context>
<context>
    <name>OffsiteScreen</name>
    <message>
        <source>Anna palvelimen osoite.</source>
        <translation>Ange serverns adress.</translation>
    </message>
    <message>
        <source>Testataan yhteyttä…</source>
        <translation>Anslutningen testas…</translation>
    </message>
    <message>
        <source>Yhteys toimii. Kopioita tallessa: {n}. Tallenna asetukset.</source>
        <translation>Anslutningen fungerar. Sparade kopior: {n}. Spara inställningarna.</translation>
    </message>
    <message>
        <source>Tallennettu. Etäkopio tehdään joka päivä sulkemisen jälkeen.</source>
        <translation>Sparat. En extern kopia görs varje dag efter stängningen.</translation>
    </message>
    <message>
        <source>Kopiota tehdään. Voit jatkaa muuta työtä.</source>
        <translation>Kopian görs. Du kan fortsätta med annat.</translation>
    </message>
    <message>
        <source>Kopiota tehdään jo.</source>
        <translation>En kopia görs redan.</translation>
    </message>
    <message>
        <source>Tallenna ensin etäkopion paikka.</source>
        <translation>Spara först var de externa kopiorna ska lagras.</translation>
    </message>
    <message>
        <source>Etäkopio tehty.</source>
        <translation>Extern kopia gjord.</translation>
    </message>
    <message>
        <source>Etäkopio epäonnistui: {reason}</source>
        <translation>Den externa kopian misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Viimeisin onnistunut etäkopio: ei vielä yhtään.</source>
        <translation>Senaste lyckade externa kopia: ingen ännu.</translation>
    </message>
    <message>
        <source>Viimeisin onnistunut etäkopio: {when} ({age} sitten).</source>
        <translation>Senaste lyckade externa kopia: {when} (för {age} sedan).</translation>
    </message>
    <message>
        <source>Salasanaa ei ole tallennettu tälle koneelle: kirjoita se ja tallenna.</source>
        <translation>Lösenordet är inte sparat på den här datorn: skriv det och spara.</translation>
    </message>
    <message>
        <source>tallessa; kirjoita vain vaihtaaksesi</source>
        <translation>sparat; skriv bara för att byta</translation>
    </message>
    <message>
        <source>{n} päivää</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <source>Palautusavain tulostettiin.</source>
        <translation>Återställningsnyckeln skrevs ut.</translation>
    </message>
    <message>
        <source>Palautusavainta ei voitu tulostaa.</source>
        <translation>Återställningsnyckeln kunde inte skrivas ut.</translation>
    </message>
    <message>
        <source>Tulosta se tiedostosta {file}, säilytä lukitussa laatikossa ja poista tiedosto. Ilman sitä kopioita ei voi avata.</source>
        <translation>Skriv ut den från filen {file}, förvara den i en låst låda och radera filen. Utan den kan kopiorna inte öppnas.</translation>
    </message>
    <message>
        <source>vain päivittäin</source>
        <translation>endast dagligen</translation>
    </message>
    <message>
        <source>{n} h välein</source>
        <translation>var {n}:e timme</translation>
    </message>
    <message>
        <source>Etäkopiot</source>
        <translation>Externa kopior</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Tallennuspaikka</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Palvelimen osoite</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access key</translation>
    </message>
    <message>
        <source>Käyttäjä</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>Salasana</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Ämpäri/kansio</source>
        <translation>Bucket/mapp</translation>
    </message>
    <message>
        <source>Kansio</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Kopio myös</source>
        <translation>Kopia även</translation>
    </message>
    <message>
        <source>Testaa yhteys</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Tee kopio nyt</source>
        <translation>Gör en kopia nu</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>välilyönti</source>
        <translation>mellanslag</translation>
    </message>
    <message>
        <source>Välilyönti</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>Poista kirjain</source>
        <translation>Radera bokstav</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Kortti: {code} · käyntejä {visits}</source>
        <translation>Kort: {code} · besök {visits}</translation>
    </message>
    <message>
        <source>Muista: EURA-aloitustiedot puuttuvat.</source>
        <translation>Kom ihåg: EURA-startuppgifterna saknas.</translation>
    </message>
    <message>
        <source>Ei käynyt 8 viikkoon: onko lopettanut? Tee EURA-lopetustiedot.</source>
        <translation>Inte kommit på 8 veckor: har slutat? Gör slutuppgifterna i EURA.</translation>
    </message>
    <message>
        <source>Muista: tilanne lopettaessa puuttuu.</source>
        <translation>Kom ihåg: situationen vid avslut saknas.</translation>
    </message>
    <message>
        <source>Muista: kuuden kuukauden seuranta.</source>
        <translation>Kom ihåg: uppföljningen efter sex månader.</translation>
    </message>
    <message>
        <source>palautettu {when}</source>
        <translation>återlämnad {when}</translation>
    </message>
    <message>
        <source>LAINASSA</source>
        <translation>UTLÅNAD</translation>
    </message>
    <message>
        <source>Lainat:</source>
        <translation>Lån:</translation>
    </message>
    <message>
        <source>Ei lainoja.</source>
        <translation>Inga lån.</translation>
    </message>
    <message>
        <source>Syntymävuosi: neljä numeroa tai tyhjä.</source>
        <translation>Födelseår: fyra siffror eller tomt.</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Kotikunnalla {name} ei ole kuntanumeroa (nimeä ei ole kuntaluettelossa): korjaa nimi.</source>
        <translation>Hemkommunen {name} har inget kommunnummer (namnet finns inte i kommunförteckningen): rätta namnet.</translation>
    </message>
    <message>
        <source>Uusi kortti tehty; vanha kortti ei enää käy. Tulosta uusi kortti.</source>
        <translation>Ett nytt kort är gjort; det gamla kortet fungerar inte längre. Skriv ut det nya kortet.</translation>
    </message>
    <message>
        <source>Kortti tallennettu tulostettavaksi: {path}</source>
        <translation>Kortet har sparats för utskrift: {path}</translation>
    </message>
    <message>
        <source>Ei korttia tulostettavaksi.</source>
        <translation>Inget kort att skriva ut.</translation>
    </message>
    <message>
        <source>Henkilön tiedot tallennettu: {path}</source>
        <translation>Personens uppgifter har sparats: {path}</translation>
    </message>
    <message>
        <source>Valitse listasta saman henkilön toinen tieto ja napauta ”Yhdistä” uudelleen. Sen käynnit ja kortit siirtyvät tähän.</source>
        <translation>Välj samma persons andra post i listan och tryck på ”Slå ihop” igen. Dess besök och kort flyttas hit.</translation>
    </message>
    <message>
        <source>Valitse toinen henkilö listasta.</source>
        <translation>Välj en annan person i listan.</translation>
    </message>
    <message>
        <source>Yhdistetty: {visits} käyntiä ja {cards} korttia siirretty.</source>
        <translation>Sammanslaget: {visits} besök och {cards} kort flyttade.</translation>
    </message>
    <message>
        <source>Poistetaanko henkilön tiedot pysyvästi? Tilastot säilyvät nimettöminä. Napauta ”Poista tiedot” uudelleen vahvistaaksesi.</source>
        <translation>Radera personens uppgifter för gott? Statistiken blir kvar utan namn. Tryck på ”Radera uppgifter” igen för att bekräfta.</translation>
    </message>
    <message>
        <source>Tiedot poistettu. Tilastoissa: poistettu kävijä #{n}.</source>
        <translation>Uppgifterna har raderats. I statistiken: raderad besökare #{n}.</translation>
    </message>
    <message>
        <source>jatkuu</source>
        <translation>fortsätter</translation>
    </message>
    <message>
        <source>{hours} h/pv</source>
        <translation>{hours} h/dag</translation>
    </message>
    <message>
        <source>Uusi jakso: valitse rooli ja kirjoita alkupäivä (esim. 2026-11-24), sitten ”Tallenna jakso”.</source>
        <translation>Ny period: välj roll och skriv startdagen (t.ex. 2026-11-24), sedan ”Spara period”.</translation>
    </message>
    <message>
        <source>Jakso tallennettu.</source>
        <translation>Perioden har sparats.</translation>
    </message>
    <message>
        <source>Poistetaanko jakso? Sen päivien käynnit lasketaan sitten kävijän käynteinä. Napauta ”Poista jakso” uudelleen vahvistaaksesi.</source>
        <translation>Ta bort perioden? Besöken under dess dagar räknas då som besökarens besök. Tryck på ”Ta bort period” igen för att bekräfta.</translation>
    </message>
    <message>
        <source>Jakso poistettu.</source>
        <translation>Perioden har tagits bort.</translation>
    </message>
    <message>
        <source>Koulutuskokeilija</source>
        <translation>Utbildningsprövning</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Henkilöt</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Sök med namn</translation>
    </message>
    <message>
        <source>Löydetyt henkilöt</source>
        <translation>Hittade personer</translation>
    </message>
    <message>
        <source>Etunimi</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Sukunimi</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Rooli</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Alkaa (pvm)</source>
        <translation>Börjar (datum)</translation>
    </message>
    <message>
        <source>Päättyy (pvm, tyhjä = jatkuu)</source>
        <translation>Slutar (datum, tom = fortsätter)</translation>
    </message>
    <message>
        <source>Viikonpäivät (1 = ma … 7 = su)</source>
        <translation>Veckodagar (1 = mån … 7 = sön)</translation>
    </message>
    <message>
        <source>Tunteja päivässä</source>
        <translation>Timmar per dag</translation>
    </message>
    <message>
        <source>Ohjaaja tai maksaja</source>
        <translation>Remitterande eller betalare</translation>
    </message>
    <message>
        <source>Huomautus</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Syntymävuosi</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>EURA-aloitustiedot tehty (pvm)</source>
        <translation>EURA-startuppgifter gjorda (datum)</translation>
    </message>
    <message>
        <source>EURA-lopetustiedot tehty (pvm)</source>
        <translation>EURA-slutuppgifter gjorda (datum)</translation>
    </message>
    <message>
        <source>Tilanne lopettaessa</source>
        <translation>Situation vid avslut</translation>
    </message>
    <message>
        <source>Kuuden kuukauden seuranta tehty (pvm)</source>
        <translation>Uppföljning efter sex månader gjord (datum)</translation>
    </message>
    <message>
        <source>Muistiinpanot</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Kävijä</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Napauta nimeä: henkilön tiedot aukeavat korjattaviksi.</source>
        <translation>Tryck på ett namn: personens uppgifter öppnas för att rättas.</translation>
    </message>
    <message>
        <source>Ei korjattavaa: kaikkien tiedot ovat kunnossa.</source>
        <translation>Inget att rätta: allas uppgifter är i ordning.</translation>
    </message>
    <message>
        <source>Henkilöt, joiden tiedoissa on korjattavaa</source>
        <translation>Personer vars uppgifter behöver rättas</translation>
    </message>
    <message>
        <source>Korjattavaa ({n})</source>
        <translation>Att rätta ({n})</translation>
    </message>
    <message>
        <source>Korjattavaa</source>
        <translation>Att rätta</translation>
    </message>
    <message>
        <source>EURA-aloitus puuttuu</source>
        <translation>EURA-start saknas</translation>
    </message>
    <message>
        <source>ei käynyt 8 viikkoon: lopettanut?</source>
        <translation>inte kommit på 8 veckor: har slutat?</translation>
    </message>
    <message>
        <source>tilanne lopettaessa puuttuu</source>
        <translation>situationen vid avslut saknas</translation>
    </message>
    <message>
        <source>kuuden kuukauden seuranta</source>
        <translation>uppföljningen efter sex månader</translation>
    </message>
    <message>
        <source>kotikunta {name} ilman kuntanumeroa</source>
        <translation>hemkommunen {name} utan kommunnummer</translation>
    </message>
    <message>
        <source>Vapaaehtoinen (kummi)</source>
        <translation>Frivillig (fadder)</translation>
    </message>
    <message>
        <source>Työkokeilija</source>
        <translation>I arbetsprövning</translation>
    </message>
    <message>
        <source>Kuntouttava työtoiminta</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Palkkatuettu</source>
        <translation>Med lönesubvention</translation>
    </message>
    <message>
        <source>Henkilökunta</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Roolijaksot (ilman jaksoa henkilö on kävijä)</source>
        <translation>Rollperioder (utan period är personen besökare)</translation>
    </message>
    <message>
        <source>Uusi jakso</source>
        <translation>Ny period</translation>
    </message>
    <message>
        <source>Tallenna jakso</source>
        <translation>Spara period</translation>
    </message>
    <message>
        <source>Poista jakso</source>
        <translation>Ta bort period</translation>
    </message>
    <message>
        <source>ei kerrottu</source>
        <translation>inte uppgivet</translation>
    </message>
    <message>
        <source>Työssä</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <source>Yrittäjänä</source>
        <translation>Företagare</translation>
    </message>
    <message>
        <source>Koulutuksessa</source>
        <translation>I utbildning</translation>
    </message>
    <message>
        <source>Työnhakijana</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <source>Sai tutkinnon tai todistuksen</source>
        <translation>Fick en examen eller ett intyg</translation>
    </message>
    <message>
        <source>Työelämän ulkopuolella</source>
        <translation>Utanför arbetslivet</translation>
    </message>
    <message>
        <source>ei vielä</source>
        <translation>inte ännu</translation>
    </message>
    <message>
        <source>ESR-hankkeen osallistuja</source>
        <translation>Deltagare i ESF-projektet</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Uusi kortti</source>
        <translation>Nytt kort</translation>
    </message>
    <message>
        <source>Kortti PDF:ksi</source>
        <translation>Kort som PDF</translation>
    </message>
    <message>
        <source>Vie tiedot</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Yhdistä</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Poista tiedot</source>
        <translation>Radera uppgifter</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Poista numero</source>
        <translation>Radera siffra</translation>
    </message>
    <message>
        <source>Vahvista PIN</source>
        <translation>Bekräfta PIN</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>PIN on 4–8 numeroa.</source>
        <translation>PIN-koden är 4–8 siffror.</translation>
    </message>
    <message>
        <source>PIN-koodit eivät olleet samat. Aloita alusta.</source>
        <translation>PIN-koderna var inte likadana. Börja om.</translation>
    </message>
    <message>
        <source>PIN-koodi (4–8 numeroa): sillä kirjaudutaan henkilökunnan näkymiin.</source>
        <translation>PIN-kod (4–8 siffror): med den loggar man in i personalvyerna.</translation>
    </message>
    <message>
        <source>Sama PIN uudelleen, niin tiedät sen varmasti.</source>
        <translation>Samma PIN igen, så att du säkert kommer ihåg den.</translation>
    </message>
    <message>
        <source>Pidä nykyinen PIN</source>
        <translation>Behåll nuvarande PIN</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Väärä PIN. Yrityksiä jäljellä: {n}</source>
        <translation>Fel PIN. Försök kvar: {n}</translation>
    </message>
    <message>
        <source>Liian monta väärää yritystä. Yritä uudelleen klo {time}.</source>
        <translation>För många felaktiga försök. Försök igen kl. {time}.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Kuka olet? Valitse nimesi.</source>
        <translation>Vem är du? Välj ditt namn.</translation>
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
        <translation>Bekräfta: stäng kiosken</translation>
    </message>
    <message>
        <source>Paikalla nyt: {count}</source>
        <translation>På plats nu: {count}</translation>
    </message>
    <message>
        <source>{name} — sisään klo {time}</source>
        <translation>{name} — in kl. {time}</translation>
    </message>
    <message>
        <source>Varmuuskopio epäonnistui {when}: {reason} Katso Sulkeminen.</source>
        <translation>Säkerhetskopieringen misslyckades {when}: {reason} Se Stängning.</translation>
    </message>
    <message>
        <source>Etäkopio on yli kaksi päivää vanha. Katso Sulkeminen.</source>
        <translation>Den externa kopian är över två dagar gammal. Se Stängning.</translation>
    </message>
    <message>
        <source>Paikalla nyt</source>
        <translation>På plats nu</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Henkilöt</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Lainaus</source>
        <translation>Utlåning</translation>
    </message>
    <message>
        <source>Lounas</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Raportti</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Käynnit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Läsnäolo</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Toiminnot</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Sulkeminen</source>
        <translation>Stängning</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Henkilökunta</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Lukitse</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Sulje kioski</source>
        <translation>Stäng kiosken</translation>
    </message>
    <message>
        <source>Paikalla olevat</source>
        <translation>De som är på plats</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Tiedosto on tallennettu: {path}</source>
        <translation>Filen har sparats: {path}</translation>
    </message>
    <message>
        <source>Lähetetty tulostimelle.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <source>Lähetetty tulostimelle {printer}.</source>
        <translation>Skickat till skrivaren {printer}.</translation>
    </message>
    <message>
        <source>Jonossa, tulostin on pysäytetty ({printer}).</source>
        <translation>I kö, skrivaren är pausad ({printer}).</translation>
    </message>
    <message>
        <source>Tulostin hylkää työt ({printer}).</source>
        <translation>Skrivaren avvisar jobb ({printer}).</translation>
    </message>
    <message>
        <source>Ei oletustulostinta — valitse tulostin asetuksista.</source>
        <translation>Ingen standardskrivare — välj en skrivare i inställningarna.</translation>
    </message>
    <message>
        <source>Tulostuspalvelin ei vastannut {n} sekunnissa.</source>
        <translation>Utskriftsservern svarade inte på {n} sekunder.</translation>
    </message>
    <message>
        <source>Tulostus ei onnistunut: {detail}</source>
        <translation>Utskriften misslyckades: {detail}</translation>
    </message>
    <message>
        <source>Tulostinta ei löytynyt.</source>
        <translation>Ingen skrivare hittades.</translation>
    </message>
</context>
<context>
    <name>PrinterEditor</name>
    <message>
        <source>Haetaan tulostimia…</source>
        <translation>Söker skrivare…</translation>
    </message>
    <message>
        <source>Tulostimet: napauta yhtä.</source>
        <translation>Skrivare: tryck på en.</translation>
    </message>
    <message>
        <source>Tulostimia ei löytynyt (CUPS ei vastannut tai jonoja ei ole).</source>
        <translation>Inga skrivare hittades (CUPS svarade inte eller det finns inga köer).</translation>
    </message>
    <message>
        <source>Hae tulostimet</source>
        <translation>Sök skrivare</translation>
    </message>
</context>
<context>
    <name>PrivacyStep</name>
    <message>
        <source>Hyväksyn</source>
        <translation>Jag godkänner</translation>
    </message>
    <message>
        <source>En hyväksy</source>
        <translation>Jag godkänner inte</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <source>Palauta varmuuskopio: kiosk restore VARMUUSKOPIO --db {path} --force</source>
        <translation>Återställ en säkerhetskopia: kiosk restore SÄKERHETSKOPIA --db {path} --force</translation>
    </message>
    <message>
        <source>Kioski on jo käynnissä</source>
        <translation>Kiosken är redan igång</translation>
    </message>
    <message>
        <source>Toinen kioski käyttää samaa tietokantaa ({path}). Sulje se ensin.</source>
        <translation>En annan kiosk använder samma databas ({path}). Stäng den först.</translation>
    </message>
    <message>
        <source>Tietokanta on uudemmasta versiosta</source>
        <translation>Databasen är från en nyare version</translation>
    </message>
    <message>
        <source>Päivitä kioski uusimpaan versioon. Tietokantaa ei muutettu.</source>
        <translation>Uppdatera kiosken till den senaste versionen. Databasen ändrades inte.</translation>
    </message>
    <message>
        <source>Tietokanta on vioittunut</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>Tietokantaan ei voi kirjoittaa</source>
        <translation>Det går inte att skriva i databasen</translation>
    </message>
    <message>
        <source>Tarkista tiedoston {path} käyttöoikeudet tai levy.</source>
        <translation>Kontrollera behörigheterna för filen {path} eller disken.</translation>
    </message>
    <message>
        <source>Levy on täynnä</source>
        <translation>Disken är full</translation>
    </message>
    <message>
        <source>Vapauta tilaa levyltä ja yritä uudelleen.</source>
        <translation>Frigör utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <source>Kioski ei käynnistynyt</source>
        <translation>Kiosken startade inte</translation>
    </message>
    <message>
        <source>Kerro tilavastaavalle. Mitään tallennettua ei ole menetetty.</source>
        <translation>Säg till lokalansvarig. Inget som sparats har gått förlorat.</translation>
    </message>
    <message>
        <source>Yritä uudelleen</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Tervetuloa! Kuka olet?</source>
        <translation>Välkommen! Vem är du?</translation>
    </message>
    <message>
        <source>Oletko sinä?</source>
        <translation>Är det du?</translation>
    </message>
    <message>
        <source>Tietosuoja</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <source>Korttisi</source>
        <translation>Ditt kort</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Raportti: {path} ({pages} sivua)</source>
        <translation>Rapport: {path} ({pages} sidor)</translation>
    </message>
    <message>
        <source>Tulostetaan…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Kuukausiraportti</source>
        <translation>Månadsrapport</translation>
    </message>
    <message>
        <source>Kuukauden tapahtumat, kurssit ja huomiot raporttiin</source>
        <translation>Månadens evenemang, kurser och anteckningar till rapporten</translation>
    </message>
    <message>
        <source>Esikatsele</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Tulosta</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Edellinen kuukausi</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <source>Seuraava kuukausi</source>
        <translation>Nästa månad</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>✓ Ilmoittauduttu lounaalle {day}</source>
        <translation>✓ Anmäld till lunchen {day}</translation>
    </message>
    <message>
        <source>Lounaalle ilmoittautuminen ei onnistunut: kysy tilavastaavalta.</source>
        <translation>Anmälan till lunchen lyckades inte: fråga lokalansvarig.</translation>
    </message>
    <message>
        <source>✓ Olet mukana: {name}</source>
        <translation>✓ Du är med: {name}</translation>
    </message>
    <message>
        <source>Ei onnistunut: kysy tilavastaavalta</source>
        <translation>Det gick inte: fråga personalen</translation>
    </message>
    <message>
        <source>Tervetuloa, {name}!</source>
        <translation>Välkommen, {name}!</translation>
    </message>
    <message>
        <source>Kirjauduit sisään klo {time}.
Työhuoneessa nyt: {count}</source>
        <translation>Du loggade in kl. {time}.
I arbetsrummet nu: {count}</translation>
    </message>
    <message>
        <source>Näkemiin, {name}!</source>
        <translation>Hej då, {name}!</translation>
    </message>
    <message>
        <source>Kirjauduit ulos klo {time}.
Olit täällä {stayed}.</source>
        <translation>Du loggade ut kl. {time}.
Du var här {stayed}.</translation>
    </message>
    <message>
        <source>Muista palauttaa lainasi tilavastaavalle: {items}</source>
        <translation>Kom ihåg att lämna tillbaka det du lånat till lokalansvarig: {items}</translation>
    </message>
    <message>
        <source>Ei voitu perua</source>
        <translation>Kunde inte ångras</translation>
    </message>
    <message>
        <source>Kysy tilavastaavalta, hän korjaa käynnin.</source>
        <translation>Fråga lokalansvarig, hen rättar besöket.</translation>
    </message>
    <message>
        <source>Peruttu: {name} ei kirjautunut sisään</source>
        <translation>Ångrat: {name} checkade inte in</translation>
    </message>
    <message>
        <source>Etsi oma nimesi tai näytä korttisi.</source>
        <translation>Sök ditt eget namn eller visa ditt kort.</translation>
    </message>
    <message>
        <source>Peruttu: {name} on yhä sisällä</source>
        <translation>Ångrat: {name} är fortfarande inne</translation>
    </message>
    <message>
        <source>Kiitos, tervetuloa!</source>
        <translation>Tack, välkommen!</translation>
    </message>
    <message>
        <source>Käyntisi on kirjattu klo {time}, ilman nimeä.</source>
        <translation>Ditt besök har antecknats kl. {time}, utan namn.</translation>
    </message>
    <message>
        <source>Tämä kortti on korvattu uudella</source>
        <translation>Det här kortet har ersatts med ett nytt</translation>
    </message>
    <message>
        <source>Käytä uutta korttiasi tai etsi nimesi. Tilavastaava auttaa.</source>
        <translation>Använd ditt nya kort eller sök ditt namn. Lokalansvarig hjälper dig.</translation>
    </message>
    <message>
        <source>Korttia ei tunnistettu</source>
        <translation>Kortet kändes inte igen</translation>
    </message>
    <message>
        <source>Etsi nimesi, tai kysy tilavastaavalta uusi kortti.</source>
        <translation>Sök ditt namn, eller be lokalansvarig om ett nytt kort.</translation>
    </message>
    <message>
        <source>Koodi ei lukeutunut kunnolla</source>
        <translation>Koden lästes inte ordentligt</translation>
    </message>
    <message>
        <source>Näytä kortti lukijalle uudelleen, vähän kauempaa.</source>
        <translation>Visa kortet för läsaren igen, lite längre ifrån.</translation>
    </message>
    <message>
        <source>Tämä ei ole työhuoneen kortti</source>
        <translation>Det här är inte arbetsrummets kort</translation>
    </message>
    <message>
        <source>Näytä työhuoneen QR-kortti tai etsi nimesi.</source>
        <translation>Visa arbetsrummets QR-kort eller sök ditt namn.</translation>
    </message>
    <message>
        <source>Nähdään lounaalla, {name}!</source>
        <translation>Vi ses på lunchen, {name}!</translation>
    </message>
    <message>
        <source>{day} klo {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
    <message>
        <source>Vieraasi on mukana.</source>
        <translation>Din gäst är med.</translation>
    </message>
    <message>
        <source>Olit jo ilmoittautunut.</source>
        <translation>Du var redan anmäld.</translation>
    </message>
    <message>
        <source>Ilmoittautuminen peruttu</source>
        <translation>Anmälan avbokad</translation>
    </message>
    <message>
        <source>{name}, paikkasi lounaalla {day} on vapautettu.</source>
        <translation>{name}, din plats på lunchen {day} är ledig igen.</translation>
    </message>
    <message>
        <source>Lounaalle ilmoittautuminen ei onnistunut</source>
        <translation>Anmälan till lunchen lyckades inte</translation>
    </message>
    <message>
        <source>Lounas on täynnä. Kysy tilavastaavalta, hän auttaa.</source>
        <translation>Lunchen är full. Fråga lokalansvarig om hjälp.</translation>
    </message>
    <message>
        <source>Ilmoittautumisaika on päättynyt. Kysy tilavastaavalta, hän auttaa.</source>
        <translation>Anmälningstiden har gått ut. Fråga lokalansvarig om hjälp.</translation>
    </message>
    <message>
        <source>Tämä lounas on peruttu.</source>
        <translation>Den här lunchen är inställd.</translation>
    </message>
    <message>
        <source>Kysy tilavastaavalta, hän auttaa.</source>
        <translation>Fråga lokalansvarig om hjälp.</translation>
    </message>
    <message>
        <source>Tervetuloa mukaan, {name}!</source>
        <translation>Välkommen med, {name}!</translation>
    </message>
    <message>
        <source>{activity} klo {time}</source>
        <translation>{activity} kl. {time}</translation>
    </message>
    <message>
        <source>Olit jo merkitty paikalle.</source>
        <translation>Du var redan antecknad som närvarande.</translation>
    </message>
    <message>
        <source>Nähdään, {name}!</source>
        <translation>Vi ses, {name}!</translation>
    </message>
    <message>
        <source>{name}, paikkasi on vapautettu: {activity}</source>
        <translation>{name}, din plats är frigjord: {activity}</translation>
    </message>
    <message>
        <source>Ei onnistunut</source>
        <translation>Det gick inte</translation>
    </message>
    <message>
        <source>Kaikki paikat on varattu. Kysy tilavastaavalta, hän auttaa.</source>
        <translation>Alla platser är tagna. Fråga personalen, de hjälper dig.</translation>
    </message>
    <message>
        <source>Tämä kerta on peruttu.</source>
        <translation>Detta tillfälle är inställt.</translation>
    </message>
    <message>
        <source>Tämä kerta on jo päättynyt.</source>
        <translation>Detta tillfälle är redan slut.</translation>
    </message>
    <message>
        <source>{item} on lainassa sinulla</source>
        <translation>Du har lånat {item}</translation>
    </message>
    <message>
        <source>Palauta se tilavastaavalle {when} mennessä. Kiitos, {name}!</source>
        <translation>Lämna tillbaka den till lokalansvarig senast kl. {when}. Tack, {name}!</translation>
    </message>
    <message>
        <source>Lainaus ei onnistunut</source>
        <translation>Det gick inte att låna</translation>
    </message>
    <message>
        <source>Sinulla on palauttamaton laina. Palauta se ensin tai kysy tilavastaavalta.</source>
        <translation>Du har ett lån som inte är återlämnat. Lämna tillbaka det först eller fråga lokalansvarig.</translation>
    </message>
    <message>
        <source>Selvä, ei rekisteröintiä</source>
        <translation>Okej, ingen registrering</translation>
    </message>
    <message>
        <source>Voit silti käydä täällä: valitse aloitusnäytöltä ”Käyn ilman nimeä”.</source>
        <translation>Du kan ändå komma hit: välj ”Besök utan namn” på startskärmen.</translation>
    </message>
    <message>
        <source>Nyt ei onnistunut</source>
        <translation>Det gick inte nu</translation>
    </message>
    <message>
        <source>Jokin meni vikaan</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Mitään ei menetetty. Yritä uudelleen tai kysy tilavastaavalta.</source>
        <translation>Inget gick förlorat. Försök igen eller fråga lokalansvarig.</translation>
    </message>
    <message>
        <source>Tuletko: {name}?</source>
        <translation>Kommer du: {name}?</translation>
    </message>
    <message>
        <source>Ilmoittaudu lounaalle {day}</source>
        <translation>Anmäl mig till lunchen {day}</translation>
    </message>
    <message>
        <source>Tietokanta on hetken varattuna. Yritä uudelleen hetken päästä.</source>
        <translation>Databasen är upptagen en stund. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Laitteen muisti on täynnä. Kerro tilavastaavalle.</source>
        <translation>Apparatens minne är fullt. Säg till lokalansvarig.</translation>
    </message>
    <message>
        <source>Kioski ei juuri nyt voi kirjata käyntejä. Kerro tilavastaavalle.</source>
        <translation>Kiosken kan inte registrera besök just nu. Säg till lokalansvarig.</translation>
    </message>
    <message>
        <source>Tietoja ei voitu tallentaa. Kerro tilavastaavalle.</source>
        <translation>Uppgifterna kunde inte sparas. Säg till lokalansvarig.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Sök med namn</translation>
    </message>
    <message>
        <source>Et ollut sinä? Peru</source>
        <translation>Inte du? Ångra</translation>
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
        <translation>(inga tecken)</translation>
    </message>
    <message>
        <source>{n} merkkiä</source>
        <translation>{n} tecken</translation>
    </message>
    <message>
        <source>loppumerkki {suffix}</source>
        <translation>sluttecken {suffix}</translation>
    </message>
    <message>
        <source>ei loppumerkkiä</source>
        <translation>inget sluttecken</translation>
    </message>
    <message>
        <source>{key} painettu {n} kertaa</source>
        <translation>{key} nedtryckt {n} gånger</translation>
    </message>
    <message>
        <source>merkkien väli {fastest}–{slowest} ms (mediaani {median} ms)</source>
        <translation>mellan tecknen {fastest}–{slowest} ms (median {median} ms)</translation>
    </message>
    <message>
        <source>Ohita etuliite {prefix}</source>
        <translation>Hoppa över prefixet {prefix}</translation>
    </message>
    <message>
        <source>✗ Kioski ei lukenut tätä skannaukseksi: merkkien väli oli jopa {slowest} ms, asetus sallii {gap} ms. Nosta merkkiväliä alla.</source>
        <translation>✗ Kiosken läste inte detta som en skanning: upp till {slowest} ms mellan tecknen, inställningen tillåter {gap} ms. Höj teckenintervallet nedan.</translation>
    </message>
    <message>
        <source>✗ Kioski ei lukenut tätä skannaukseksi (liian lyhyt, tai näppäimistöltä kirjoitettu).</source>
        <translation>✗ Kiosken läste inte detta som en skanning (för kort, eller skrivet på ett tangentbord).</translation>
    </message>
    <message>
        <source>henkilökortti</source>
        <translation>ett personkort</translation>
    </message>
    <message>
        <source>lainattavan tavaran tarra</source>
        <translation>en etikett på ett lånebart föremål</translation>
    </message>
    <message>
        <source>✓ Kioski lukee tämän: {what}. Skanneri toimii.</source>
        <translation>✓ Kiosken läser detta: {what}. Skannern fungerar.</translation>
    </message>
    <message>
        <source>✗ Työhuoneen koodi, mutta se tuli perille vaurioituneena. Tarkista skannerin näppäimistöasettelu (US tai FI) ja etuliite.</source>
        <translation>✗ Arbetsrummets kod, men den kom fram skadad. Kontrollera skannerns tangentbordslayout (US eller FI) och prefixet.</translation>
    </message>
    <message>
        <source>Luettiin skannaukseksi, mutta se ei ole työhuoneen kortti (esimerkiksi bussikortti tai tuotteen viivakoodi). Kokeile jollakin työhuoneen kortilla.</source>
        <translation>Lästes som en skanning, men det är inte arbetsrummets kort (till exempel ett busskort eller en streckkod på en vara). Prova med ett av arbetsrummets kort.</translation>
    </message>
    <message>
        <source>Etuliite, joka ohitetaan: {prefix}</source>
        <translation>Prefix som hoppas över: {prefix}</translation>
    </message>
    <message>
        <source>Etuliite: ei ole</source>
        <translation>Prefix: inget</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Skannerin testi</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <source>Skannaa mikä tahansa koodi. Näet tarkalleen, mitä skanneri lähetti ja lukeeko kioski sen kortiksi. Mitään ei kirjata.</source>
        <translation>Skanna vilken kod som helst. Du ser exakt vad skannern skickade och om kiosken läser det som ett kort. Inget registreras.</translation>
    </message>
    <message>
        <source>Suurin väli kahden merkin välillä (hitaat ja Bluetooth-skannerit tarvitsevat enemmän)</source>
        <translation>Längsta paus mellan två tecken (långsamma skannrar och Bluetooth-skannrar behöver mer)</translation>
    </message>
    <message>
        <source>Lyhyempi merkkiväli</source>
        <translation>Kortare teckenintervall</translation>
    </message>
    <message>
        <source>Pidempi merkkiväli</source>
        <translation>Längre teckenintervall</translation>
    </message>
    <message>
        <source>Poista etuliite</source>
        <translation>Ta bort prefixet</translation>
    </message>
    <message>
        <source>Vastaanotetut merkit</source>
        <translation>Mottagna tecken</translation>
    </message>
</context>
<context>
    <name>ScreenSaver</name>
    <message>
        <source>Kosketa näyttöä tai näytä korttisi</source>
        <translation>Rör vid skärmen eller visa ditt kort</translation>
    </message>
</context>
<context>
    <name>SelfLendScreen</name>
    <message>
        <source>Korttia ei tunnistettu. Kysy tilavastaavalta.</source>
        <translation>Kortet kändes inte igen. Fråga lokalansvarig.</translation>
    </message>
    <message>
        <source>{name}, nyt ei ole vapaita laitteita. Kysy tilavastaavalta.</source>
        <translation>{name}, det finns inga lediga apparater nu. Fråga lokalansvarig.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Lainaa laite</source>
        <translation>Låna en apparat</translation>
    </message>
    <message>
        <source>Näytä korttisi lukijalle.</source>
        <translation>Visa ditt kort för läsaren.</translation>
    </message>
    <message>
        <source>{name}, napauta laitetta, jonka lainaat. Palauta se tilavastaavalle ennen sulkemista.</source>
        <translation>{name}, tryck på apparaten du lånar. Lämna tillbaka den till lokalansvarig innan vi stänger.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Työhuone</source>
        <translation>Arbetsrum</translation>
    </message>
    <message>
        <source>Aukioloajat</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Ovella</source>
        <translation>Vid dörren</translation>
    </message>
    <message>
        <source>Rekisteröityminen</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>Lounas</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Lainaus</source>
        <translation>Utlåning</translation>
    </message>
    <message>
        <source>Raportit</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Skanneri ja kamera</source>
        <translation>Skanner och kamera</translation>
    </message>
    <message>
        <source>Varmuuskopiot ja verkko</source>
        <translation>Säkerhetskopior och nätverk</translation>
    </message>
    <message>
        <source>Saavutettavuus</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Työhuoneen nimi (näkyy aloitusnäytöllä ja korteissa)</source>
        <translation>Arbetsrummets namn (på startskärmen och korten)</translation>
    </message>
    <message>
        <source>Ylläpitäjä, esimerkiksi yhdistys tai kunta</source>
        <translation>Drivs av, t.ex. en förening eller kommun</translation>
    </message>
    <message>
        <source>Kioskin oma kieli</source>
        <translation>Kioskens eget språk</translation>
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
        <translation>Kortens logotyp (bildfil i databasens mapp)</translation>
    </message>
    <message>
        <source>Kuntanumero (kolme numeroa)</source>
        <translation>Kommunnummer (tre siffror)</translation>
    </message>
    <message>
        <source>Työpisteitä</source>
        <translation>Arbetsplatser</translation>
    </message>
    <message>
        <source>Aukioloajat viikonpäivittäin</source>
        <translation>Öppettider per veckodag</translation>
    </message>
    <message>
        <source>Näkymä palaa alkuun, kun kukaan ei koske</source>
        <translation>Skärmen går till start när ingen rör den</translation>
    </message>
    <message>
        <source>Vahvistus näkyy</source>
        <translation>Bekräftelsen visas</translation>
    </message>
    <message>
        <source>”Oletko vielä siellä?” odottaa</source>
        <translation>”Är du kvar?” väntar</translation>
    </message>
    <message>
        <source>Henkilökunnan tila lukittuu</source>
        <translation>Personalläget låses efter</translation>
    </message>
    <message>
        <source>Näytönsäästäjä, kun kukaan ei ole koskenut näyttöön</source>
        <translation>Skärmsläckare, när ingen har rört skärmen</translation>
    </message>
    <message>
        <source>Juuri ilmestynyt painike ei ota napautusta</source>
        <translation>En knapp som just dykt upp tar inte emot tryck</translation>
    </message>
    <message>
        <source>Kysytyt vapaaehtoiset kysymykset</source>
        <translation>Frivilliga frågor som ställs</translation>
    </message>
    <message>
        <source>Sukupuoli</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Syntymävuosi</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Tilanne</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Koulutus</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Kansalaisuus</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Äidinkieli</source>
        <translation>Modersmål</translation>
    </message>
    <message>
        <source>Kotikunnan pikavastaus</source>
        <translation>Snabbsvar för hemkommun</translation>
    </message>
    <message>
        <source>Kysy ”Onko tilanteesi yhä tämä?”, kun vastaus on näin vanha</source>
        <translation>Fråga ”Är din situation fortfarande denna?” när svaret är så gammalt</translation>
    </message>
    <message>
        <source>Tiedot poistetaan, kun käynnistä on kulunut</source>
        <translation>Uppgifterna raderas när det gått så länge sedan besöket</translation>
    </message>
    <message>
        <source>Säilytä tarkastusta varten asti (VVVV-KK-PP)</source>
        <translation>Spara för granskning till (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Lounaspäivät</source>
        <translation>Lunchdagar</translation>
    </message>
    <message>
        <source>Lounasaika</source>
        <translation>Lunchtid</translation>
    </message>
    <message>
        <source>Lounaspaikkoja</source>
        <translation>Lunchplatser</translation>
    </message>
    <message>
        <source>Tavallinen ruokalista</source>
        <translation>Vanlig meny</translation>
    </message>
    <message>
        <source>Hinta, esimerkiksi 3 €</source>
        <translation>Pris, till exempel 3 €</translation>
    </message>
    <message>
        <source>Ilmoittautuminen sulkeutuu päivää ennen</source>
        <translation>Anmälan stänger dagar före</translation>
    </message>
    <message>
        <source>Ilmoittautuminen sulkeutuu kello</source>
        <translation>Anmälan stänger klockan</translation>
    </message>
    <message>
        <source>Kävijät voivat lainata itsepalvelutavaroita kioskilla</source>
        <translation>Besökare kan låna självbetjäningssaker vid kiosken</translation>
    </message>
    <message>
        <source>Ei uutta lainaa, jos jokin laina on myöhässä</source>
        <translation>Inget nytt lån om ett lån är försenat</translation>
    </message>
    <message>
        <source>Hankkeen nimi</source>
        <translation>Projektets namn</translation>
    </message>
    <message>
        <source>Hankekoodi</source>
        <translation>Projektkod</translation>
    </message>
    <message>
        <source>Rahoittajat</source>
        <translation>Finansiärer</translation>
    </message>
    <message>
        <source>Rahoittajien logot (kuvatiedostot pilkuin erotettuina)</source>
        <translation>Finansiärernas logotyper (bildfiler åtskilda med komman)</translation>
    </message>
    <message>
        <source>Hankkeen alkupäivä (VVVV-KK-PP)</source>
        <translation>Projektets första dag (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Tavoite: käyntejä kuukaudessa</source>
        <translation>Mål: besök i månaden</translation>
    </message>
    <message>
        <source>Tavoite: uusia kävijöitä kuukaudessa</source>
        <translation>Mål: nya besökare i månaden</translation>
    </message>
    <message>
        <source>Julkinen raportti näyttää luvut 1–4 muodossa ”&lt;5”</source>
        <translation>Den offentliga rapporten visar talen 1–4 som ”&lt;5”</translation>
    </message>
    <message>
        <source>Varoitus, kun peräkkäisiä selvittämättömiä poissaoloja on</source>
        <translation>Varning vid så många oförklarade frånvaron i rad</translation>
    </message>
    <message>
        <source>Skannerin pisin tauko merkkien välillä</source>
        <translation>Skannerns längsta paus mellan tecken</translation>
    </message>
    <message>
        <source>Skannerin etuliite, joka ohitetaan</source>
        <translation>Skannerns prefix som hoppas över</translation>
    </message>
    <message>
        <source>Kamera QR-korttien lukemiseen</source>
        <translation>Kamera för att läsa QR-kort</translation>
    </message>
    <message>
        <source>Etukamera</source>
        <translation>Framkamera</translation>
    </message>
    <message>
        <source>Takakamera</source>
        <translation>Bakkamera</translation>
    </message>
    <message>
        <source>Ei kameraa</source>
        <translation>Ingen kamera</translation>
    </message>
    <message>
        <source>Päivittäisen varmuuskopion kansio (tyhjä: backups tietokannan vieressä)</source>
        <translation>Mapp för den dagliga säkerhetskopian (tom: backups bredvid databasen)</translation>
    </message>
    <message>
        <source>Verkoston kansio kuukauden vaihtotiedostolle</source>
        <translation>Nätverkets mapp för månadens utbytesfil</translation>
    </message>
    <message>
        <source>Yhteisrekisterinpitäjä: vaihtotiedostoon avainnetut pseudonyymit</source>
        <translation>Gemensamt personuppgiftsansvar: nyckelade pseudonymer i utbytesfilen</translation>
    </message>
    <message>
        <source>Tulostin (tyhjä: järjestelmän oletustulostin)</source>
        <translation>Skrivare (tom: systemets standardskrivare)</translation>
    </message>
    <message>
        <source>Kävijän näkymät suomeksi ja valitulla kielellä</source>
        <translation>Besökarens skärmar på finska och på det valda språket</translation>
    </message>
    <message>
        <source>Lue ääneen -painike, kun ääni on saatavilla</source>
        <translation>Knappen Läs upp, när en röst finns</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Tallennettu.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>PIN vaihdettu.</source>
        <translation>PIN-koden har bytts.</translation>
    </message>
    <message>
        <source>Oma PIN</source>
        <translation>Min PIN</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Skannerin testi ›</source>
        <translation>Skannertest ›</translation>
    </message>
    <message>
        <source>Etäkopiot ›</source>
        <translation>Externa kopior ›</translation>
    </message>
    <message>
        <source>↻ = tulee voimaan, kun kioski käynnistetään seuraavan kerran.</source>
        <translation>↻ = gäller från nästa gång kiosken startas.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Anna työhuoneelle nimi.</source>
        <translation>Ge arbetsrummet ett namn.</translation>
    </message>
    <message>
        <source>Kirjoita oma nimesi: sillä kirjaudut henkilökunnan näkymiin.</source>
        <translation>Skriv ditt namn: med det loggar du in i personalvyerna.</translation>
    </message>
    <message>
        <source>Työhuone</source>
        <translation>Arbetsrum</translation>
    </message>
    <message>
        <source>Aukioloajat</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Lounaspäivät</source>
        <translation>Lunchdagar</translation>
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
        <translation>Kom igång {n}/{total}</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Seuraava ›</source>
        <translation>Nästa ›</translation>
    </message>
</context>
<context>
    <name>SituationCheckScreen</name>
    <message>
        <source>‹ Ohita</source>
        <translation>‹ Hoppa över</translation>
    </message>
    <message>
        <source>Onko tilanteesi yhä tämä?</source>
        <translation>Är din situation fortfarande denna?</translation>
    </message>
    <message>
        <source>Hei {name}! Viimeksi ({month}) kerroit: {answer}</source>
        <translation>Hej {name}! Senast ({month}) sade du: {answer}</translation>
    </message>
    <message>
        <source>Kyllä, sama</source>
        <translation>Ja, samma</translation>
    </message>
</context>
<context>
    <name>StaffAccountsScreen</name>
    <message>
        <source>koordinaattori</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>tilavastaava</source>
        <translation>lokalansvarig</translation>
    </message>
    <message>
        <source>poistettu käytöstä</source>
        <translation>inaktiverad</translation>
    </message>
    <message>
        <source>Ota käyttöön</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>Poista käytöstä</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>{name}: otettu käyttöön.</source>
        <translation>{name}: aktiverad.</translation>
    </message>
    <message>
        <source>{name}: poistettu käytöstä.</source>
        <translation>{name}: inaktiverad.</translation>
    </message>
    <message>
        <source>Kirjoita nimi.</source>
        <translation>Skriv ett namn.</translation>
    </message>
    <message>
        <source>Uusi PIN: {name}</source>
        <translation>Ny PIN: {name}</translation>
    </message>
    <message>
        <source>{name} lisätty.</source>
        <translation>{name} har lagts till.</translation>
    </message>
    <message>
        <source>PIN vaihdettu.</source>
        <translation>PIN har bytts.</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Henkilökunta</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Lisää henkilö</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Uusi PIN</source>
        <translation>Ny PIN</translation>
    </message>
    <message>
        <source>Nimi (näkyy PIN-näytöllä ja lokissa)</source>
        <translation>Namn (visas på PIN-skärmen och i loggen)</translation>
    </message>
    <message>
        <source>Tilavastaava</source>
        <translation>Lokalansvarig</translation>
    </message>
    <message>
        <source>Koordinaattori</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Tilavastaava hoitaa päivän työt. Koordinaattori myös henkilökunnan, asetukset ja raportit.</source>
        <translation>Lokalansvarig sköter dagens arbete. Koordinatorn även personalen, inställningarna och rapporterna.</translation>
    </message>
    <message>
        <source>Seuraava ›</source>
        <translation>Nästa ›</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <source>Oletko vielä siellä?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>Palaan alkuun {seconds} sekunnin kuluttua, ja kesken jäänyt unohtuu.</source>
        <translation>Jag går tillbaka till början om {seconds} sekunder, och det som inte blev klart glöms.</translation>
    </message>
    <message>
        <source>Olen tässä</source>
        <translation>Jag är här</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Valitse, mihin tulet.</source>
        <translation>Välj vad du kommer till.</translation>
    </message>
    <message>
        <source>Tänään ei ole kursseja eikä ryhmiä.</source>
        <translation>I dag finns inga kurser eller grupper.</translation>
    </message>
    <message>
        <source>täynnä</source>
        <translation>fullt</translation>
    </message>
    <message>
        <source>vapaita paikkoja {n}</source>
        <translation>lediga platser {n}</translation>
    </message>
    <message>
        <source>Näytä korttisi lukijalle tai etsi nimesi.</source>
        <translation>Visa ditt kort för läsaren eller sök ditt namn.</translation>
    </message>
    <message>
        <source>Valitse ensin, mihin tulet.</source>
        <translation>Välj först vad du kommer till.</translation>
    </message>
    <message>
        <source>Korttia ei tunnistettu. Etsi nimesi tai kysy tilavastaavalta.</source>
        <translation>Kortet kändes inte igen. Sök ditt namn eller fråga personalen.</translation>
    </message>
    <message>
        <source>Hei {name}!</source>
        <translation>Hej {name}!</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Tänään</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Etsi nimellä</source>
        <translation>Sök med namn</translation>
    </message>
    <message>
        <source>Olen täällä nyt</source>
        <translation>Jag är här nu</translation>
    </message>
    <message>
        <source>Ilmoittaudu</source>
        <translation>Anmäl dig</translation>
    </message>
    <message>
        <source>Peru ilmoittautuminen</source>
        <translation>Ta tillbaka anmälan</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <source> (automaattinen)</source>
        <translation> (automatisk)</translation>
    </message>
    <message>
        <source>Tallennettu: {name}</source>
        <translation>Sparat: {name}</translation>
    </message>
    <message>
        <source>Kirjattu ulos: {name}</source>
        <translation>Utloggad: {name}</translation>
    </message>
    <message>
        <source>‹ Takaisin</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Käynnit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Edellinen päivä</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <source>Seuraava päivä</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <source>Sisään</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Ulos</source>
        <translation>Ut</translation>
    </message>
    <message>
        <source>Tallenna ajat</source>
        <translation>Spara tiderna</translation>
    </message>
    <message>
        <source>Kirjaa ulos nyt</source>
        <translation>Logga ut nu</translation>
    </message>
    <message>
        <source>Päivän käynnit</source>
        <translation>Dagens besök</translation>
    </message>
</context>
<context>
    <name>YearStep</name>
    <message>
        <source>Tarkista vuosi: {year} on vasta tulossa. Syntymävuosi, esimerkiksi 1975.</source>
        <translation>Kontrollera året: {year} har inte kommit än. Ditt födelseår, till exempel 1975.</translation>
    </message>
    <message>
        <source>Tarkista vuosi: syntymävuosi on 1900 tai myöhemmin, esimerkiksi 1975.</source>
        <translation>Kontrollera året: födelseåret är 1900 eller senare, till exempel 1975.</translation>
    </message>
    <message>
        <source>Seuraava</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Poista numero</source>
        <translation>Radera siffra</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <source>Kurssi</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Ryhmä</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Talkoot</source>
        <translation>Talko</translation>
    </message>
    <message>
        <source>Kielikahvila</source>
        <translation>Språkcafé</translation>
    </message>
    <message>
        <source>Pop up</source>
        <translation>Popup-träff</translation>
    </message>
    <message>
        <source>Retki</source>
        <translation>Utflykt</translation>
    </message>
    <message>
        <source>Ohjausaika</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Työnhaku</source>
        <translation>Jobbsökning</translation>
    </message>
    <message>
        <source>Etuudet</source>
        <translation>Förmåner</translation>
    </message>
    <message>
        <source>Digiasiointi</source>
        <translation>Digitala ärenden</translation>
    </message>
    <message>
        <source>Koulutus</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Asuminen</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Muu aihe</source>
        <translation>Annat ämne</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <source>Sukupuoli</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Syntymävuosi</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Mikä on tilanteesi nyt?</source>
        <translation>Vilken är din situation nu?</translation>
    </message>
    <message>
        <source>Korkein koulutuksesi</source>
        <translation>Din högsta utbildning</translation>
    </message>
    <message>
        <source>Kansalaisuus</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Äidinkieli</source>
        <translation>Modersmål</translation>
    </message>
    <message>
        <source>Nainen</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Mies</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Muu tai ei-binäärinen</source>
        <translation>Annat eller icke-binär</translation>
    </message>
    <message>
        <source>Työtön, alle 6 kk</source>
        <translation>Arbetslös, under 6 mån.</translation>
    </message>
    <message>
        <source>Työtön, 6–11 kk</source>
        <translation>Arbetslös, 6–11 mån.</translation>
    </message>
    <message>
        <source>Työtön, 12 kk tai kauemmin</source>
        <translation>Arbetslös, 12 mån. eller längre</translation>
    </message>
    <message>
        <source>Töissä</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <source>Yrittäjä tai freelancer</source>
        <translation>Företagare eller frilans</translation>
    </message>
    <message>
        <source>Etätyössä</source>
        <translation>Distansarbete</translation>
    </message>
    <message>
        <source>Opiskelija</source>
        <translation>Studerande</translation>
    </message>
    <message>
        <source>Eläkkeellä</source>
        <translation>Pensionär</translation>
    </message>
    <message>
        <source>Muu, työelämän ulkopuolella</source>
        <translation>Annat, utanför arbetslivet</translation>
    </message>
    <message>
        <source>Peruskoulu tai vähemmän</source>
        <translation>Grundskola eller mindre</translation>
    </message>
    <message>
        <source>Lukio tai ammatillinen</source>
        <translation>Gymnasium eller yrkesutbildning</translation>
    </message>
    <message>
        <source>Ammatti- tai erikoisammattitutkinto</source>
        <translation>Yrkes- eller specialyrkesexamen</translation>
    </message>
    <message>
        <source>Opistoaste</source>
        <translation>Examen på institutnivå</translation>
    </message>
    <message>
        <source>Korkeakoulu</source>
        <translation>Högskola eller universitet</translation>
    </message>
    <message>
        <source>Suomi</source>
        <comment>citizenship</comment>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Muu EU-maa</source>
        <translation>Annat EU-land</translation>
    </message>
    <message>
        <source>EU:n ulkopuolelta</source>
        <translation>Utanför EU</translation>
    </message>
    <message>
        <source>Suomi</source>
        <comment>mother tongue</comment>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Ruotsi</source>
        <comment>mother tongue</comment>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Saame</source>
        <comment>mother tongue</comment>
        <translation>Samiska</translation>
    </message>
    <message>
        <source>Muu</source>
        <comment>mother tongue</comment>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Työtön, alle 12 kk</source>
        <translation>Arbetslös, under 12 mån.</translation>
    </message>
    <message>
        <source>En halua sanoa</source>
        <translation>Vill inte säga</translation>
    </message>
    <message>
        <source>Kasvisruoka</source>
        <translation>Vegetarisk mat</translation>
    </message>
    <message>
        <source>Gluteeniton</source>
        <translation>Glutenfri</translation>
    </message>
    <message>
        <source>Laktoositon</source>
        <translation>Laktosfri</translation>
    </message>
    <message>
        <source>Ei sianlihaa</source>
        <translation>Inget svinkött</translation>
    </message>
    <message>
        <source>Muu, mikä?</source>
        <translation>Annat, vilket?</translation>
    </message>
    <message>
        <source>Kasvis</source>
        <translation>Vegetarisk</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>Varmuuskopiokansioon ei voi kirjoittaa: onko muistitikku tai verkkokansio paikallaan?</source>
        <translation>Det går inte att skriva i mappen för säkerhetskopior: sitter USB-minnet eller nätverksmappen på plats?</translation>
    </message>
    <message>
        <source>Varmuuskopiokansion levy on täynnä.</source>
        <translation>Disken för säkerhetskopiorna är full.</translation>
    </message>
    <message>
        <source>Tietokantaa ei voitu lukea.</source>
        <translation>Databasen kunde inte läsas.</translation>
    </message>
    <message>
        <source>Kopio ei läpäissyt tarkistusta.</source>
        <translation>Kopian klarade inte kontrollen.</translation>
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
        <translation>{weekday} {day}.{month}.</translation>
    </message>
    <message>
        <source>{day} klo {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
</context>
<context>
    <name>offsite_texts</name>
    <message>
        <source>Palvelin ei hyväksynyt käyttäjää tai salasanaa. Tarkista ne.</source>
        <translation>Servern godkände inte användaren eller lösenordet. Kontrollera dem.</translation>
    </message>
    <message>
        <source>Palvelimen osoitetta ei löydy. Tarkista osoite.</source>
        <translation>Serverns adress hittas inte. Kontrollera adressen.</translation>
    </message>
    <message>
        <source>Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys; kioski yrittää myöhemmin uudelleen.</source>
        <translation>Ingen kontakt med servern. Kontrollera nätverket; kiosken försöker igen senare.</translation>
    </message>
    <message>
        <source>Ämpäriä ei ole palvelimella. Tarkista ämpärin nimi (kioski ei tee ämpäriä itse).</source>
        <translation>Bucketen finns inte på servern. Kontrollera bucketens namn (kiosken skapar ingen bucket själv).</translation>
    </message>
    <message>
        <source>Yhteys ei toiminut. Tarkista asetukset; tarkempi syy on lokissa.</source>
        <translation>Anslutningen fungerade inte. Kontrollera inställningarna; orsaken finns i loggen.</translation>
    </message>
</context>
<context>
    <name>problem_texts</name>
    <message>
        <source>Tietokanta on hetken varattuna. Yritä uudelleen hetken päästä.</source>
        <translation>Databasen är upptagen en stund. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Levy on täynnä. Vapauta tilaa levyltä ja yritä uudelleen.</source>
        <translation>Disken är full. Frigör utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <source>Tietokantaan ei voi kirjoittaa. Tarkista tietokantatiedoston käyttöoikeudet tai levy.</source>
        <translation>Det går inte att skriva i databasen. Kontrollera databasfilens behörigheter eller disken.</translation>
    </message>
    <message>
        <source>Tietokanta on vioittunut. Palauta viimeisin varmuuskopio komennolla kiosk restore.</source>
        <translation>Databasen är skadad. Återställ den senaste säkerhetskopian med kommandot kiosk restore.</translation>
    </message>
    <message>
        <source>Tietokanta on uudemmasta versiosta. Päivitä kioski uusimpaan versioon.</source>
        <translation>Databasen är från en nyare version. Uppdatera kiosken till den senaste versionen.</translation>
    </message>
    <message>
        <source>Tietokantatiedosto on poistettu tai vaihdettu. Mitään ei tallennettu. Tarkista tiedosto ja käynnistä kioski uudelleen.</source>
        <translation>Databasfilen har tagits bort eller bytts ut. Inget sparades. Kontrollera filen och starta om kiosken.</translation>
    </message>
    <message>
        <source>Kirjoita etunimi ja tallenna uudelleen.</source>
        <translation>Skriv förnamnet och spara igen.</translation>
    </message>
    <message>
        <source>Tarkista syntymävuosi tai jätä se tyhjäksi.</source>
        <translation>Kontrollera födelseåret eller lämna det tomt.</translation>
    </message>
    <message>
        <source>Tarkista valinnat ja tallenna uudelleen.</source>
        <translation>Kontrollera valen och spara igen.</translation>
    </message>
    <message>
        <source>Anna tavaralle nimi.</source>
        <translation>Ge föremålet ett namn.</translation>
    </message>
    <message>
        <source>Tarkista ajat: ulos ei voi olla ennen sisään.</source>
        <translation>Kontrollera tiderna: ut kan inte vara före in.</translation>
    </message>
    <message>
        <source>Tarkista ajat: käynti ei voi olla tulevaisuudessa.</source>
        <translation>Kontrollera tiderna: besöket kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>Anna työhuoneelle nimi.</source>
        <translation>Ge arbetsrummet ett namn.</translation>
    </message>
    <message>
        <source>PIN on 4–8 numeroa.</source>
        <translation>PIN-koden är 4–8 siffror.</translation>
    </message>
    <message>
        <source>Merkkiväli on 20–500 ms.</source>
        <translation>Teckenintervallet är 20–500 ms.</translation>
    </message>
    <message>
        <source>Etuliite on enintään 12 merkkiä ilman välilyöntejä.</source>
        <translation>Prefixet är högst 12 tecken utan mellanslag.</translation>
    </message>
    <message>
        <source>Tarkista päivämäärät: muodossa 2026-11-24 tai tyhjä.</source>
        <translation>Kontrollera datumen: i formen 2026-11-24 eller tomt.</translation>
    </message>
    <message>
        <source>Tarkista päivät: alku muodossa 2026-11-24, loppu tyhjä tai aikaisintaan alkupäivänä.</source>
        <translation>Kontrollera dagarna: start i formen 2026-11-24, slut tomt eller tidigast på startdagen.</translation>
    </message>
    <message>
        <source>Tarkista viikonpäivät (1 = maanantai … 7 = sunnuntai, esim. 1,2,4) ja tunnit päivässä (0–24).</source>
        <translation>Kontrollera veckodagarna (1 = måndag … 7 = söndag, t.ex. 1,2,4) och timmarna per dag (0–24).</translation>
    </message>
    <message>
        <source>Henkilöllä on jo saman roolin jakso osittain samoille päiville.</source>
        <translation>Personen har redan en period med samma roll som delvis gäller samma dagar.</translation>
    </message>
    <message>
        <source>Kirjoita nimi.</source>
        <translation>Skriv ett namn.</translation>
    </message>
    <message>
        <source>Tällä nimellä on jo tili. Lisää nimeen esimerkiksi sukunimen alkukirjain.</source>
        <translation>Det finns redan ett konto med det namnet. Lägg till till exempel efternamnets initial.</translation>
    </message>
    <message>
        <source>Viimeistä koordinaattoria ei voi poistaa käytöstä: lisää ensin toinen koordinaattori.</source>
        <translation>Den sista koordinatorn kan inte inaktiveras: lägg först till en annan koordinator.</translation>
    </message>
    <message>
        <source>Jokin meni vikaan. Yritä uudelleen.</source>
        <translation>Något gick fel. Försök igen.</translation>
    </message>
    <message>
        <source>Tarkista asetuksen arvo.</source>
        <translation>Kontrollera inställningens värde.</translation>
    </message>
    <message>
        <source>anna kokonaisluku {lowest}–{highest}.</source>
        <translation>ange ett heltal {lowest}–{highest}.</translation>
    </message>
    <message>
        <source>anna luku väliltä {lowest}–{highest}.</source>
        <translation>ange ett tal mellan {lowest} och {highest}.</translation>
    </message>
    <message>
        <source>enintään {length} merkkiä.</source>
        <translation>högst {length} tecken.</translation>
    </message>
    <message>
        <source>valitse jokin vaihtoehdoista.</source>
        <translation>välj ett av alternativen.</translation>
    </message>
    <message>
        <source>anna kellonaika muodossa 14:00.</source>
        <translation>ange klockslaget som 14:00.</translation>
    </message>
    <message>
        <source>anna päivä muodossa 2026-11-24 tai jätä tyhjäksi.</source>
        <translation>ange dagen som 2026-11-24 eller lämna tomt.</translation>
    </message>
    <message>
        <source>ei voi olla tyhjä.</source>
        <translation>får inte vara tomt.</translation>
    </message>
    <message>
        <source>tarkista muoto.</source>
        <translation>kontrollera formen.</translation>
    </message>
    <message>
        <source>tarkista ajat: sulkeutuu vasta aukeamisen jälkeen.</source>
        <translation>kontrollera tiderna: stänger först efter att det öppnar.</translation>
    </message>
    <message>
        <source>ohjausmerkkejä ei voi käyttää.</source>
        <translation>styrtecken kan inte användas.</translation>
    </message>
    <message>
        <source>tarkista arvo.</source>
        <translation>kontrollera värdet.</translation>
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
        <translation>{n} mån</translation>
    </message>
    <message>
        <source>{what}: vähemmän</source>
        <translation>{what}: mindre</translation>
    </message>
    <message>
        <source>{what}: enemmän</source>
        <translation>{what}: mer</translation>
    </message>
    <message>
        <source>{what}: aiemmin</source>
        <translation>{what}: tidigare</translation>
    </message>
    <message>
        <source>{what}: myöhemmin</source>
        <translation>{what}: senare</translation>
    </message>
    <message>
        <source>Käytössä</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Ei käytössä</source>
        <translation>Av</translation>
    </message>
</context>
</TS>
