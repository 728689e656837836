import pytest

from kiosk.__main__ import main
from kiosk.backup import BackupError, backup, restore
from kiosk.db import open_database


def test_backup_and_restore_round_trip(db_path, db, people, checkin, clock, tmp_path):
    aino = people.add("Aino", "Virtanen")
    checkin.scan(aino.card_code)
    result = backup(db_path, tmp_path / "usb", clock)
    checkin.scan(people.add("Eino", "Äijälä").card_code)  # after the backup
    db.close()
    target = tmp_path / "new-tablet.sqlite"
    assert restore(result.path, target, clock) is None
    restored = open_database(target)
    assert restored.value("SELECT count(*) FROM visits") == 1
    restored.close()


def test_restore_refuses_to_overwrite_without_force_and_keeps_the_replaced_file(db_path, db, people, clock, tmp_path):
    people.add("Aino", "Virtanen")
    saved = backup(db_path, tmp_path / "b", clock).path
    people.add("Eino", "Äijälä")
    db.close()
    with pytest.raises(FileExistsError):
        restore(saved, db_path, clock)
    aside = restore(saved, db_path, clock, force=True)
    kept = open_database(aside)
    assert kept.value("SELECT count(*) FROM people") == 2  # nothing lost: the replaced file is aside
    kept.close()
    back = open_database(db_path)
    assert back.value("SELECT count(*) FROM people") == 1
    back.close()


def test_a_broken_file_is_neither_backed_up_nor_restored(tmp_path, clock):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    with pytest.raises(BackupError):
        restore(broken, tmp_path / "x.sqlite", clock)
    with pytest.raises(BackupError):
        backup(broken, tmp_path / "b", clock)
    assert list((tmp_path / "b").iterdir()) == []  # no half copy left behind


def test_only_the_last_thirty_are_kept(db_path, db, clock, tmp_path):
    for _ in range(33):
        result = backup(db_path, tmp_path / "b", clock)
        clock.advance(days=1)
    assert len(list((tmp_path / "b").glob("kiosk-backup-*.sqlite"))) == 30
    assert len(result.removed) == 1


def test_cli_backup_and_restore(db_path, db, people, tmp_path, capsys):
    people.add("Aino", "Virtanen")
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "b")]) == 0
    saved = capsys.readouterr().out.strip()
    assert main(["restore", saved, "--db", str(db_path)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["restore", saved, "--db", str(tmp_path / "fresh.sqlite")]) == 0
