from hypothesis import given
from hypothesis import strategies as st

from kiosk import codes
from kiosk.codes import Code, Kind, ScanProblem


def test_new_code_reads_back_as_a_person_code():
    code = codes.new_code(Kind.PERSON)
    assert codes.parse_scan(code) == Code(Kind.PERSON, code)
    assert len(code) == codes.CODE_LENGTH


def test_codes_carry_at_least_96_random_bits_and_differ():
    assert codes.RANDOM_LENGTH * 5 >= 96
    assert len({codes.new_code(Kind.PERSON) for _ in range(1000)}) == 1000


def test_scanner_with_caps_lock_or_spaces_still_reads():
    code = codes.new_code(Kind.PERSON)
    assert codes.parse_scan(f"  {code.lower()} \n") == Code(Kind.PERSON, code)


def test_item_codes_are_told_from_person_codes():
    code = codes.new_code(Kind.ITEM)
    assert codes.parse_scan(code) == Code(Kind.ITEM, code)


def test_other_systems_codes_are_not_ours():
    assert codes.parse_scan("6414893001234") is ScanProblem.NOT_OURS
    assert codes.parse_scan("https://example.org/x") is ScanProblem.NOT_OURS
    assert codes.parse_scan("") is ScanProblem.NOT_OURS


def test_one_changed_character_is_garbled_not_someone_else():
    code = codes.new_code(Kind.PERSON)
    for i in range(len(codes.SYSTEM_PREFIX) + 1, len(code)):
        replacement = "0" if code[i] != "0" else "1"
        assert codes.parse_scan(code[:i] + replacement + code[i + 1 :]) is ScanProblem.GARBLED


def test_two_swapped_characters_are_garbled():
    code = codes.new_code(Kind.PERSON)
    body_end = len(code) - codes.CHECK_LENGTH
    for i in range(len(codes.SYSTEM_PREFIX), body_end):
        for j in range(i + 1, body_end):
            if code[i] != code[j]:
                swapped = code[:i] + code[j] + code[i + 1 : j] + code[i] + code[j + 1 :]
                assert isinstance(codes.parse_scan(swapped), ScanProblem)


def test_a_truncated_scan_is_garbled_and_a_doubled_one_is_read_once():
    code = codes.new_code(Kind.PERSON)
    assert codes.parse_scan(code[:-1]) is ScanProblem.GARBLED
    assert codes.parse_scan(code + code) == Code(Kind.PERSON, code)  # a scanner that fired twice, no suffix between
    assert codes.parse_scan(code[:-1] + code) == Code(Kind.PERSON, code)


@given(st.text(max_size=200))
def test_any_text_from_a_scanner_gives_an_answer_never_an_error(raw):
    result = codes.parse_scan(raw)
    assert isinstance(result, (Code, ScanProblem))
    if isinstance(result, Code):
        assert "".join(raw.split()).upper().endswith(result.text)


@given(st.sampled_from(list(Kind)))
def test_every_new_code_is_accepted(kind):
    assert codes.parse_scan(codes.new_code(kind)).kind is kind


@given(before=st.text(st.characters(blacklist_categories=("Cs",)), max_size=8))
def test_a_code_with_anything_typed_before_it_is_still_read(before):
    """A letter typed a moment before the card was shown, or a scanner's own prefix, is left out."""
    code = codes.new_code(codes.Kind.PERSON)
    assert codes.parse_scan(before + code) == codes.Code(codes.Kind.PERSON, code)


def test_a_damaged_code_after_a_prefix_is_garbled_not_another_card():
    code = codes.new_code(codes.Kind.PERSON)
    damaged = code[:10] + ("0" if code[10] != "0" else "1") + code[11:]
    assert codes.parse_scan("]Q1" + damaged) is codes.ScanProblem.GARBLED
