"""The given-name table: one gender per name, names used for both left out."""

from tui.analysis.first_names import FEMALE, MALE, gender_of_first_name


def test_no_name_is_in_both_lists():
    assert not MALE & FEMALE


def test_names_used_for_both_genders_are_unknown():
    for name in ("Alex", "Jordan", "Sam", "Casey", "Morgan", "Leslie", "Dana", "Jackie"):
        assert gender_of_first_name(name) is None, name


def test_everyday_and_short_forms():
    assert [gender_of_first_name(n) for n in ("Ronnie", "Geoff", "Wyatt")] == ["m", "m", "m"]
    assert [gender_of_first_name(n) for n in ("Betsy", "Peggy", "Phoebe")] == ["f", "f", "f"]
