from kiosk.db import open_database
from tests.helpers import focus_target, scan, enter_staff


def test_who_is_here_lists_people_with_check_in_times(window, people, checkin, clock):
    checkin.scan(people.add("Aino", "Virtanen").card_code)
    clock.advance(minutes=20)
    checkin.scan(people.add("Åsa", "Öberg").card_code)
    enter_staff(window)
    assert window.current() is window.present
    assert window.present.title.text() == "Paikalla nyt: 2"
    items = [window.present.list.item(i).text() for i in range(window.present.list.count())]
    assert items == ["Aino V. — sisään klo 10.00", "Åsa Ö. — sisään klo 10.20"]
    window.present.back_button.click()
    assert window.current() is window.home and window.present.list.count() == 0


def test_restart_keeps_the_data(make_window, db_path, db, people, clock):
    aino = people.add("Aino", "Virtanen")
    first = make_window()
    scan(focus_target(first), aino.card_code)
    first.close()
    db.close()
    reopened = open_database(db_path)
    try:
        second = make_window(database=reopened)
        enter_staff(second)
        assert second.present.title.text() == "Paikalla nyt: 1"
        assert second.present.list.item(0).text().startswith("Aino V.")
    finally:
        reopened.close()
