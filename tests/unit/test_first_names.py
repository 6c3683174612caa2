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


def test_names_of_one_gender_in_one_country_and_the_other_elsewhere_are_unknown():
    # "Jan" is a man in Dutch or Polish and a woman in American English; "Ali" a man in
    # Arabic and a woman as short for Alison; "Joan" a man in Catalan; and so on
    from tui.analysis.first_names import is_given_name

    for name in ("Jan", "Ali", "Mel", "Nicola", "Joan", "Evelyn"):
        assert gender_of_first_name(name) is None, name
        assert is_given_name(name), name  # still a person's given name


def test_names_used_for_both_genders_are_given_names_of_no_gender():
    # they show a person's name ("Jean Roe") without saying which pronoun fits
    from tui.analysis.first_names import is_given_name

    for name in ("Jean", "Sam", "Casey", "Robin"):
        assert is_given_name(name) and gender_of_first_name(name) is None, name
    assert is_given_name("Noam") and gender_of_first_name("Iain") == "m"
    for word in ("Jordan", "Devon", "Harbor"):  # a country, a county, a word
        assert not is_given_name(word), word


def test_common_given_names_of_news_have_their_gender():
    # given names frequent in news that the table once lacked (a person's full name
    # with one of them was typed as an organisation or a place)
    assert [gender_of_first_name(n) for n in ("Ted", "Merrick", "Glen", "Matt", "Josh", "Trey")] == ["m"] * 6
    assert [gender_of_first_name(n) for n in ("Loretta", "Debbie", "Jeanne", "Robyn", "Carole")] == ["f"] * 5
    # left out: "Marty" (Martin or Martha), "Michele" (a man in Italian), "Mika" (a man in Finnish)
    assert [gender_of_first_name(n) for n in ("Marty", "Michele", "Mika")] == [None] * 3
