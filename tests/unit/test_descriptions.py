"""Descriptions of named actors (tui/analysis/descriptions.py) on small
invented texts through the real model."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import pipeline
from tui.analysis.actors import find_actors
from tui.analysis.coref import resolve_references
from tui.analysis.model import Article


def run(nlp, text: str):
    doc = pipeline.parse(nlp, text)  # paragraph breaks start sentences, as in the app
    drafts = find_actors(doc, Article(text=text, title=text.split("\n", 1)[0], source="-"))
    resolve_references(doc, drafts)
    for d in drafts:
        for m in d.mentions:
            assert text[m.start : m.end] == m.text
    return drafts


def nominals(drafts, name_part: str) -> list[tuple[str, str | None]]:
    d = next(d for d in drafts if name_part in d.name)
    return [(m.text, m.rule) for m in d.mentions if m.kind == "nominal"]


def test_apposition_after_a_name_is_its_mention(nlp):
    drafts = run(nlp, "Headline\n\nJohn Carter, a singer from Leeds, opened the festival on Monday.")
    assert ("a singer", "nom_apposition") in nominals(drafts, "Carter")


def test_apposition_whose_closing_comma_the_parser_hung_on_it_is_set_off(nlp):
    text = ("Headline\n\nJohn Carter grew up near Leeds. [3] Carter was educated at Lyonesse School, an independent "
            "school in Leeds, Kent, [4] followed by the University of York.")
    assert ("an independent school", "nom_apposition") in nominals(run(nlp, text), "Lyonesse School")


def test_apposition_with_another_name_before_its_head_starts_after_that_name(nlp):
    drafts = run(nlp, "Headline\n\nOn Monday, John Carter, the Lyonesse Bank chairman, resigned.")
    assert nominals(drafts, "Carter") == [("chairman", "nom_apposition")]
    assert any(m.text == "Lyonesse Bank" for d in drafts if d.name == "Lyonesse Bank" for m in d.mentions)


def test_predicate_of_a_name_is_its_mention_and_gives_its_class(nlp):
    text = ("Headline\n\nDenver is a large city in the west of the country. "
            "Mills were built there in 1820, and the city grew around them.")
    got = nominals(run(nlp, text), "Denver")
    assert ("a large city", "nom_predicate") in got
    assert ("the city", "nom_place_class") in got


def test_negated_predicate_is_no_description(nlp):
    drafts = run(nlp, "Headline\n\nDenver is not a small town, whatever the signs say.")
    assert nominals(drafts, "Denver") == []


def test_the_city_without_a_class_is_not_guessed(nlp):
    text = "Headline\n\nJohn Carter visited Chicago and Denver in May. The city was quiet."
    drafts = run(nlp, text)
    assert not any(m.text == "The city" for d in drafts for m in d.mentions)


def test_a_gendered_description_tells_a_persons_gender(nlp):
    text = "Headline\n\nSam Ashby, an actor from Leeds, met Kim Roe in Paris on Monday. She said the talks went well."
    drafts = run(nlp, text)
    assert not any(m.kind == "pronoun" for d in drafts if "Ashby" in d.name for m in d.mentions)


def test_the_country_is_the_one_the_article_names_most(nlp):
    text = ("Headline\n\nPeru holds elections on Sunday. Voters in Peru queued early, "
            "and observers from Canada arrived on Friday. The country has a new electoral law.")
    assert ("The country", "nom_main_place") in nominals(run(nlp, text), "Peru")


def test_a_country_in_dotted_initials_is_a_country(nlp):
    text = ("Headline\n\nThe U.S. has a new trade envoy. John Carter met farmers in Iowa on Monday, "
            "and this country needs better roads, he said.")
    assert nominals(run(nlp, text), "U.S.") == [("this country", "nom_place_class")]


def test_georgia_beside_the_united_states_is_the_state_not_a_country(nlp):
    # "Georgia" is a country's name and a US state's: beside the United States, "the country" is not it
    text = ("Headline\n\nThe United States has a new Senate. On Monday it swore in a senator from Georgia "
            "and another from Ohio. The United States will now pass its budget.\n\n"
            "Farmers in Georgia still wait for rain. The roads of the country need money.")
    drafts = run(nlp, text)
    assert ("the country", "nom_main_place") in nominals(drafts, "United States")
    assert not any(m.text == "the country" for m in next(d for d in drafts if d.name == "Georgia").mentions)


def test_georgia_alone_is_still_a_country(nlp):
    text = ("Headline\n\nGeorgia held elections on Sunday. Voters in Georgia queued early, "
            "and observers came from Armenia. The country has a new electoral law.")
    assert ("The country", "nom_main_place") in nominals(run(nlp, text), "Georgia")


def test_that_country_is_the_one_named_last(nlp):
    text = ("Headline\n\nPeru holds elections on Sunday. Voters in Peru queued early, "
            "and observers came from Canada. That country sent forty of them.")
    drafts = run(nlp, text)
    assert not any(m.text == "That country" for m in next(d for d in drafts if d.name == "Peru").mentions)


def test_a_us_state_is_the_state(nlp):
    text = ("Headline\n\nSince 1982 Nebraska has paid a yearly dividend to every resident. "
            "The payments have lifted the state's economy.")
    assert nominals(run(nlp, text), "Nebraska") == [("the state", "nom_place_class")]


def test_the_state_is_not_one_said_of_a_person_when_another_is_in_reach(nlp):
    text = ("Headline\n\nPolls opened in Iowa on Monday. John Roe of Missouri is running radio spots "
            "in the state for its farmers.")
    drafts = run(nlp, text)
    assert nominals(drafts, "Iowa") == [("the state", "nom_place_class")]
    assert nominals(drafts, "Missouri") == []
    text = "Headline\n\nThe Kansas senator sent two aides to the state to help farmers."
    assert nominals(run(nlp, text), "Kansas") == [("the state", "nom_place_class")]


def test_the_state_with_no_state_in_reach_is_not_the_main_state(nlp):
    text = ("Headline\n\nOhio voted on Tuesday. Turnout in Ohio was high, and Ohio counted fast.\n\n"
            "Critics say it is a matter for the state.\n\nMore follows.\n\nThe vote was calm.\n\n"
            "Few expected that.\n\nThe state has no role in the church.")
    assert ("The state", "nom_main_place") not in nominals(run(nlp, text), "Ohio")


def test_a_lead_sentence_with_a_bracket_describes_the_name(nlp):
    text = ("Denver\n\nDenver (Arapaho: Heetoo) is a small town in Colorado. "
            "Its market is busy in summer.\n\nThe town has two hotels.")
    got = nominals(run(nlp, text), "Denver")
    assert ("a small town", "nom_lead_predicate") in got
    assert ("The town", "nom_place_class") in got


def test_a_place_named_island_is_the_island(nlp):
    text = "Headline\n\nWe sailed to Tresco Island in June. The island has one shop and no cars."
    assert ("The island", "nom_place_class") in nominals(run(nlp, text), "Tresco")


def test_the_city_of_a_place_names_it_and_gives_its_class(nlp):
    text = ("Headline\n\nJohn Carter moved to the city of Denver in 1990 and later to Boston. "
            "He still owns a house in Boston.\n\nThe city keeps a statue of him.")
    got = nominals(run(nlp, text), "Denver")
    assert ("the city", "nom_class_of") in got
    assert ("The city", "nom_place_class") in got


def test_the_capital_or_largest_town_of_a_place_is_another_place(nlp):
    text = "Headline\n\nJohn Carter flew to the capital of France and then to the largest town of Kent."
    drafts = run(nlp, text)
    assert not any(m.rule == "nom_class_of" for d in drafts for m in d.mentions)


def test_the_city_is_the_place_the_article_is_about(nlp):
    text = ("Headline\n\nDenver hosts a fair each May. Visitors come to Denver from Utah and from far away. "
            "Hotels in Denver fill up early.\n\nThe city also has a zoo.")
    assert ("The city", "nom_main_place") in nominals(run(nlp, text), "Denver")


def test_a_city_named_once_by_a_name_saying_city_does_not_hide_the_place_named_most(nlp):
    # "Carson City" gives the class "city" once; the article is about Denver all the same
    text = ("Headline\n\nSome drive all night from Carson City.\n\nDenver hosts a fair each May. Visitors come to "
            "Denver from Utah and from far away. Hotels in Denver fill up early.\n\nThe city also has a zoo.")
    assert ("The city", "nom_main_place") in nominals(run(nlp, text), "Denver")


def test_a_place_the_text_calls_a_town_is_the_town_whatever_its_type(nlp):
    # spaCy's small model calls "Fort Berg" a person; the text says it is a town
    text = "Headline\n\nFort Berg is a small town in Kent. Fishing boats leave Fort Berg at dawn. The town has two pubs."
    got = nominals(run(nlp, text), "Fort Berg")
    assert ("The town", "nom_place_class") in got


def test_one_of_a_group_describes_a_name(nlp):
    text = "Headline\n\nJohn Carter was one of the founders of the club. He left in 1990."
    assert ("one", "nom_predicate") in nominals(run(nlp, text), "Carter")


def test_a_superlative_picking_one_of_a_group_describes_a_name(nlp):
    assert ("the youngest", "nom_predicate") in nominals(
        run(nlp, "Headline\n\nMary Smith is the youngest of four children. She grew up in Leeds."), "Smith")
    assert ("the eldest", "nom_apposition") in nominals(
        run(nlp, "Headline\n\nMary Smith, the eldest of three daughters, runs the farm."), "Smith")
    assert ("the first", "nom_predicate") in nominals(
        run(nlp, "Headline\n\nJohn Carter was the first to climb the peak. He did it in 1950."), "Carter")


def test_a_superlative_of_no_group_describes_nothing(nlp):
    assert nominals(run(nlp, "Headline\n\nJohn Carter was the last of the line."), "Carter") == []
    assert nominals(run(nlp, "Headline\n\nJohn Carter was the best in the class."), "Carter") == []


def test_an_opening_sentence_whose_subject_holds_a_bracket_describes_the_name(nlp):
    text = "Denver (Arapaho: Heetoo), is a small city in Colorado with a long history. The city has a zoo."
    got = nominals(run(nlp, text), "Denver")
    assert ("a small city", "nom_lead_predicate") in got
    assert ("The city", "nom_place_class") in got


def test_the_predicate_of_a_linked_pronoun_describes_its_actor(nlp):
    text = "Headline\n\nJohn Carter grew up in Leeds. He was a singer in a small band."
    assert ("a singer", "nom_pronoun_predicate") in nominals(run(nlp, text), "Carter")


def test_a_negated_predicate_of_a_pronoun_is_no_description(nlp):
    text = "Headline\n\nJohn Carter grew up in Leeds. He was not a singer."
    assert nominals(run(nlp, text), "Carter") == []


def test_become_makes_a_predicate_of_a_name(nlp):
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. In 1995 Carter became a member of the club."
    assert ("a member", "nom_predicate") in nominals(run(nlp, text), "Carter")


def test_a_nationality_inside_a_description_keeps_its_own_mention(nlp):
    text = "Headline\n\nMany Americans love art. John Carter moved to Leeds in 1990. Carter is an American painter."
    drafts = run(nlp, text)
    assert ("painter", "nom_predicate") in nominals(drafts, "Carter")
    assert any(m.text == "American" for d in drafts if d.type == "NORP" for m in d.mentions)


def test_a_be_coordinated_with_an_opening_sentences_verb_describes_the_name(nlp):
    text = ("Denver\n\nDenver (Arapaho: Heetoo, also known as Queen City) is a city in central Colorado, "
            "south of Boulder and is the capital of Adams County. Its market is busy.")
    got = nominals(run(nlp, text), "Denver")
    assert ("a city", "nom_lead_predicate") in got and ("the capital", "nom_conjoined_predicate") in got


def test_an_opening_sentence_with_nested_brackets_and_a_title_describes_the_name(nlp):
    text = ("Dame Jane Ann Doe (Latin: Jana (Doe); 3 May 1900 – 4 June 1980) [2] was an English singer. "
            "She sang in Leeds.")
    # (the nationality before one person's occupation is no actor, so it stays in the description)
    assert ("an English singer", "nom_lead_predicate") in nominals(run(nlp, text), "Doe")


def test_the_nation_written_with_a_capital_is_the_main_country(nlp):
    text = ("Thank you\n\nI came to France in 1990. France has been good to me, and France will be good to you. "
            "I will serve the Nation as long as I can, and our Nation's future is bright.")
    got = nominals(run(nlp, text), "France")
    # "our" is the speakers' own mention, not the place's: the description is the noun
    assert ("the Nation", "nom_main_place") in got and ("Nation", "nom_main_place") in got
    assert ("our Nation", "nom_main_place") not in got


def test_this_state_written_with_a_capital_is_the_state_named_last(nlp):
    text = ("Thank you\n\nI grew up in Nebraska and I went to school in Nebraska. "
            "I am proud to serve the people of this State every day.")
    assert ("this State", "nom_place_class") in nominals(run(nlp, text), "Nebraska")


def test_a_capitalised_country_word_ending_a_title_is_no_country(nlp):
    text = ("Thank you\n\nI came to France in 1990. France has been good to me, and France will be good to you. "
            "I played in A Month in the Country in 1995.")
    assert nominals(run(nlp, text), "France") == []


def test_a_noun_phrase_right_before_a_persons_name_describes_them(nlp):
    text = "Headline\n\nIn 1990 the painter Tom Roe moved to Leeds."
    assert ("the painter", "nom_preposed") in nominals(run(nlp, text), "Roe")


def test_a_pseudonym_before_a_name_is_no_description(nlp):
    text = "Headline\n\nShe was better known by her pseudonym Jane Roe in Leeds."
    assert nominals(run(nlp, text), "Roe") == []


def test_the_predicate_of_a_speakers_i_describes_the_speaker(nlp):
    text = ("Letter to the voters\n\nDear friends,\n\nI am the only candidate who grew up in this town. "
            "I am a teacher, and I know your schools.\n\nSincerely,\nTom Roe")
    got = analysed_nominals(nlp, text, "Tom Roe")
    assert ("the only candidate", "nom_speaker_predicate") in got and ("a teacher", "nom_speaker_predicate") in got


def test_a_measure_is_no_description(nlp):
    text = "Headline\n\nTom Roe moved to Leeds in 1990. He was a bit of a loner there. Roe was a lot of fun."
    assert nominals(run(nlp, text), "Roe") == []


def analysed_nominals(nlp, text: str, name: str) -> list[tuple[str, str | None]]:
    from tui.analysis.nlp import model_info

    analysis = pipeline.analyze_parsed(Article(text=text, title=text.split("\n", 1)[0], source="-"),
                                       pipeline.parse(nlp, text), model_info(nlp))
    actor = next(a for a in analysis.actors if a.name == name)
    return [(m.text, m.rule) for m in actor.mentions if m.kind == "nominal"]


def test_as_a_role_describes_the_subject(nlp):
    text = "Headline\n\nTom Roe moved to Leeds in 1990. He worked as a teacher there."
    assert ("a teacher", "nom_as_role") in analysed_nominals(nlp, text, "Tom Roe")


def test_as_a_role_of_an_object_or_an_idiom_is_no_description_of_the_subject(nlp):
    text = "Headline\n\nTom Roe moved to Leeds in 1990. Roe saw the move as a challenge. As a result, Roe left in 1995."
    assert analysed_nominals(nlp, text, "Tom Roe") == []


def test_a_persons_role_written_with_a_capital_describes_them(nlp):
    text = "Headline\n\nThe talk was given by Tom Roe, Professor of Law at Leeds, on Monday."
    assert ("Professor", "nom_apposition") in nominals(run(nlp, text), "Roe")
    text = "Headline\n\nTom Roe moved to Leeds in 1990. Roe is Professor of Law at the university."
    assert ("Professor", "nom_predicate") in nominals(run(nlp, text), "Roe")


def test_the_region_is_no_organisation_named_after_it(nlp):
    text = ("Headline\n\nShares of Bexley Energy South rose on Monday. Bexley Energy South hired ten people. "
            "Tom Roe said the south needs more jobs.")
    assert nominals(run(nlp, text), "Bexley") == []


def test_the_islands_are_no_single_island(nlp):
    text = "Headline\n\nTom Roe lives on Lyonesse Island. The island is small. He loves the islands."
    assert nominals(run(nlp, text), "Lyonesse") == [("The island", "nom_place_class")]


def test_a_deputys_title_is_not_the_holders(nlp):
    text = "Headline\n\nChairman Tom Roe met Ann Lee on Monday. The Vice Chairman left early, Roe said."
    drafts = run(nlp, text)
    assert nominals(drafts, "Roe") == []


def test_a_be_coordinated_with_the_subjects_verb_describes_the_subject(nlp):
    text = "Headline\n\nTom Roe moved to Leeds in 1990 and became a teacher at the school."
    assert ("a teacher", "nom_conjoined_predicate") in nominals(run(nlp, text), "Roe")
    text = "Headline\n\nTom Roe grew up in York. He moved to Leeds in 1990 and became a teacher at the school."
    assert ("a teacher", "nom_conjoined_predicate") in nominals(run(nlp, text), "Roe")


@pytest.mark.parametrize(
    ("relative", "rule"),
    [("father", "nom_relation"),  # one father: anywhere later
     ("brother", "nom_relation_near")],  # one of maybe several brothers: only nearby
)
def test_his_relative_again_is_the_one_his_relative_was_named(nlp, relative, rule):
    text = (f"Headline\n\nTom Roe grew up in York. His {relative}, Sam Berg, was a baker there. "
            f"In 1990 Roe left York. His {relative} stayed in the town.")
    got = analysed_nominals(nlp, text, "Sam Berg")
    assert (relative, "nom_apposition") in got and (relative, rule) in got


def test_his_friend_again_is_not_guessed(nlp):
    text = ("Headline\n\nTom Roe grew up in York. His friend, Sam Berg, was a baker there. "
            "In 1990 Roe left York. His friend stayed in the town.")
    assert ("friend", "nom_relation") not in analysed_nominals(nlp, text, "Sam Berg")


def test_his_brother_paragraphs_later_is_not_guessed(nlp):
    text = ("Headline\n\nTom Roe grew up in York. His brother, Sam Berg, was a baker there.\n\n"
            "The town grew fast.\n\nThe mill closed in 1950.\n\n"
            "In 1990 Roe left York. His brother stayed in the town.")
    assert ("brother", "nom_relation_near") not in analysed_nominals(nlp, text, "Sam Berg")


def test_his_father_is_the_parent_a_son_of_names(nlp):
    """`nom_parent`: "the son of Anna Kovacs and Peter Varga" makes the man of
    the two (by his given name, or as the other of a woman) the "his father"
    of the son; a parent of unknown gender is no one's father."""
    text = "Bakers honoured\n\nTom Varga is the son of Peter Varga, a baker. His father ran a bakery in Leeds."
    assert ("father", "nom_parent") in analysed_nominals(nlp, text, "Peter Varga")
    text = ("Bakers honoured\n\nTom Varga was born in Leeds, the son of Anna Kovacs and Corin Varga. "
            "His father ran a bakery.")
    assert ("father", "nom_parent") in analysed_nominals(nlp, text, "Corin Varga")
    # the son is the one born, not the place of the birth (`nom_born_apposition`)
    assert ("the son", "nom_born_apposition") in analysed_nominals(nlp, text, "Tom Varga")
    assert not any(noun == "the son" for noun, _ in analysed_nominals(nlp, text, "Leeds"))
    text = "Bakers honoured\n\nTom Varga is the son of Corin Varga, a baker. His father ran a bakery in Leeds."
    assert ("father", "nom_parent") not in analysed_nominals(nlp, text, "Corin Varga")
    # a gendered title tells the parent's sex as it does for pronouns (`gender.known_gender`)
    text = "Bakers honoured\n\nTom Varga is the son of Congressman Corin Varga. His father ran a bakery in Leeds."
    assert ("father", "nom_parent") in analysed_nominals(nlp, text, "Corin Varga")


def test_the_role_a_passive_naming_verb_gives_describes_its_subject(nlp):
    """`nom_object_predicate`: "Tom Varga was named chairman of the board",
    "he was elected mayor": the role is a mention of the one named; not when
    negated, nor a noun of no role ("was named in the report")."""
    text = "Board changes\n\nTom Varga was named chairman of the board in May. In 2010 he was elected mayor of Leeds."
    got = analysed_nominals(nlp, text, "Tom Varga")
    assert ("chairman", "nom_object_predicate") in got and ("mayor", "nom_object_predicate") in got
    text = "Board changes\n\nTom Varga was not named chairman of the board in May."
    assert not any(rule == "nom_object_predicate" for _, rule in analysed_nominals(nlp, text, "Tom Varga"))


def test_what_a_passive_judging_verb_holds_its_subject_to_be_describes_it(nlp):
    """`nom_judged_predicate`: "Dorna Vesk was considered one of the finest
    weavers", "Lisa Brandt was ranked the second best archer": the noun is a
    mention of the subject's actor; not when negated, nor a bare noun."""
    text = ("Guild news\n\nDorna Vesk was considered one of the finest weavers of the valley. "
            "Lisa Brandt was ranked the second best archer at the spring fair. Vesk and Brandt met in May.")
    assert ("one", "nom_judged_predicate") in analysed_nominals(nlp, text, "Dorna Vesk")
    assert ("the second best archer", "nom_judged_predicate") in analysed_nominals(nlp, text, "Lisa Brandt")
    text = "Guild news\n\nDorna Vesk was not considered a serious rival. Vesk left the guild in May."
    assert not any(rule == "nom_judged_predicate" for _, rule in analysed_nominals(nlp, text, "Dorna Vesk"))
    text = "Guild news\n\nDorna Vesk was considered part of the old guard. Vesk left the guild in May."
    assert not any(rule == "nom_judged_predicate" for _, rule in analysed_nominals(nlp, text, "Dorna Vesk"))


def test_a_rank_written_with_a_capital_describes_its_holder(nlp):
    """`nom_capital_role`: a rank or an honour spelt with a capital, after "a"
    ("is a Senior Lecturer in ...", "a Visiting Fellow") or with an "of" and
    no article ("became Keeper of the ..."), is a mention of the person it is
    said of; not a word spaCy tagged as an entity ("a Democrat")."""
    text = ("Archives open\n\nMara Pell is a Senior Lecturer in Botany at Lyonesse College. "
            "In 1990 Pell became Keeper of the Royal Archives.")
    got = analysed_nominals(nlp, text, "Mara Pell")
    assert ("a Senior Lecturer", "nom_capital_role") in got and ("Keeper", "nom_capital_role") in got
    text = "Votes counted\n\nTom Varga has lived in Leeds since 1990. He is a Democrat."
    assert not any(rule == "nom_capital_role" for _, rule in analysed_nominals(nlp, text, "Tom Varga"))


def test_a_role_on_the_line_under_a_name_alone_is_that_persons(nlp):
    """`nom_role_line`: under a signature or in an address block, the
    capitalised role on the line after a line holding only a person's name
    names that person, up to its head word; not a line that opens with
    another actor's name."""
    text = ("Repairs to the bridge\n\nThe crews have worked through the winter and the road reopens soon. "
            "Thank you for your patience.\n\nWith best wishes,\n\nMara Pell\n\nMember of the Harbour Council\n")
    assert ("Member", "nom_role_line") in analysed_nominals(nlp, text, "Mara Pell")
    text = ("Repairs to the bridge\n\nThe crews have worked through the winter and the road reopens soon. "
            "Thank you for your patience.\n\nWith best wishes,\n\nMara Pell\n\nLyonesse College\n")
    assert not any(rule == "nom_role_line" for _, rule in analysed_nominals(nlp, text, "Mara Pell"))


def test_a_nationality_in_a_pronouns_predicate_keeps_its_own_mention(nlp):
    text = "Headline\n\nJohn Carter grew up in Leeds. He became an American citizen in 1990."
    drafts = run(nlp, text)
    assert ("citizen", "nom_pronoun_predicate") in nominals(drafts, "Carter")
    assert any(m.text == "American" for d in drafts if d.type == "NORP" for m in d.mentions)


def test_a_name_with_an_aside_is_the_subject_of_its_predicate(nlp):
    text = "Headline\n\nJohn Carter, the mayor of the town, was a singer in a small band."
    assert ("a singer", "nom_aside_predicate") in nominals(run(nlp, text), "Carter")


def test_a_noun_whose_apposition_is_a_name_gives_the_name_its_predicate(nlp):
    text = "Headline\n\nJane Roe grew up in Leeds. Her father, John Carter, was a geologist."
    assert ("a geologist", "nom_apposed_subject") in nominals(run(nlp, text), "Carter")
    assert not any(m.text == "a geologist" for d in drafts_named(run(nlp, text), "Roe") for m in d.mentions)


def test_nouns_coordinated_with_a_predicate_describe_the_subject_too(nlp):
    text = "Headline\n\nJohn Carter is a singer, writer and painter from Leeds."
    got = nominals(run(nlp, text), "Carter")
    assert ("a singer", "nom_predicate") in got
    assert ("writer", "nom_predicate_conjunct") in got and ("painter", "nom_predicate_conjunct") in got


def drafts_named(drafts, name_part: str):
    return [d for d in drafts if name_part in d.name]


def test_as_a_bare_office_of_something_describes_the_subject(nlp):
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter served as president of the chess club for ten years."
    assert ("president", "nom_as_office") in analysed_nominals(nlp, text, "John Carter")
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter is known as one of the founders of the chess club."
    assert ("one", "nom_as_office") in analysed_nominals(nlp, text, "John Carter")
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. In 1995, Carter served as the host of a radio show."
    assert ("the host", "nom_as_office") in analysed_nominals(nlp, text, "John Carter")


def test_a_be_without_a_subject_of_its_own_describes_the_subject_above_it(nlp):
    text = "Headline\n\nJohn Carter grew up in Leeds. In 1990, Carter became famous by being the youngest mayor of York."
    assert ("the youngest mayor", "nom_controlled_predicate") in analysed_nominals(nlp, text, "John Carter")
    text = "Headline\n\nJohn Carter moved to Leeds in 1990 and quickly grew to become a famous painter."
    assert ("a famous painter", "nom_controlled_predicate") in analysed_nominals(nlp, text, "John Carter")
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter later went on to become a famous painter."
    assert ("a famous painter", "nom_controlled_predicate") in analysed_nominals(nlp, text, "John Carter")


def test_a_participle_be_set_off_by_a_comma_describes_the_subject_of_its_verb(nlp):
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter won the race in 1995, becoming the youngest mayor of York."
    assert ("the youngest mayor", "nom_participle_predicate") in analysed_nominals(nlp, text, "John Carter")
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter won the race in 1995, having been a judge for years."
    assert ("a judge", "nom_participle_predicate") in analysed_nominals(nlp, text, "John Carter")
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter won the race in 1995 without being a member of a party."
    assert not any(t == "a member" for t, _ in analysed_nominals(nlp, text, "John Carter"))


def test_as_part_or_as_evidence_is_no_role(nlp):
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter travelled to York as part of a tour of the north."
    assert analysed_nominals(nlp, text, "John Carter") == []


def test_a_be_after_an_object_describes_the_object_not_the_subject(nlp):
    text = "Headline\n\nJohn Carter met the mayor in Leeds. In 1990, Carter asked the mayor to be a judge at the fair."
    assert not any(t == "a judge" for t, _ in analysed_nominals(nlp, text, "John Carter"))



def test_a_be_through_for_describes_no_subject(nlp):
    text = "Headline\n\nJohn Carter met Tom Baker in Leeds. In 1990, Carter attacked Baker for being a failed candidate."
    assert not any(t == "a failed candidate" for t, _ in analysed_nominals(nlp, text, "John Carter"))


def test_a_role_denied_or_sought_describes_no_subject(nlp):
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter never claimed to be a doctor."
    assert not any(t == "a doctor" for t, _ in analysed_nominals(nlp, text, "John Carter"))
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter hopes to become the next mayor."
    assert not any(t == "the next mayor" for t, _ in analysed_nominals(nlp, text, "John Carter"))
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter stayed in the race to be the next mayor."
    assert not any(t == "the next mayor" for t, _ in analysed_nominals(nlp, text, "John Carter"))
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter said he was going to be the next mayor."
    assert not any(t == "the next mayor" for t, _ in analysed_nominals(nlp, text, "John Carter"))


def test_a_be_after_an_expletive_there_describes_no_subject(nlp):
    text = "Headline\n\nJohn Carter moved to Leeds in 1990. Carter warned the council, and there has to be a red line."
    assert not any(t == "a red line" for t, _ in analysed_nominals(nlp, text, "John Carter"))

def test_an_apposition_ending_its_line_describes_the_name(nlp):
    text = ("Reporters interview John Carter, Lyonesse Party presidential candidate\n\n"
            "John Carter spoke to us on Monday about his plans.")
    assert ("presidential candidate", "nom_apposition") in nominals(run(nlp, text), "Carter")


def test_a_lower_case_word_tagged_as_a_name_can_head_a_description():
    import spacy
    from spacy.tokens import Doc

    from tui.analysis.descriptions import _describing

    doc = Doc(spacy.blank("en").vocab, words=["our", "treasurer", "Lyonesse"], pos=["PRON", "PROPN", "PROPN"])
    assert _describing(doc[1]) and not _describing(doc[2])


@pytest.mark.parametrize("text, name, wanted", [
    # the subject's role after "a living", a reflexive or a coordinated verb
    ("John Carter grew up in Leeds. Carter made a living as a painter for ten years.", "John Carter",
     [("a painter", "nom_as_role")]),
    ("John Carter grew up in Leeds. In 1990, Carter moved to York and worked as a teacher.", "John Carter",
     [("a teacher", "nom_as_role")]),
    # a possessor's noun as a role: the possessor's
    ("John Carter grew up in Leeds. He is proud of his career as a teacher in York.", "John Carter",
     [("a teacher", "nom_possessor_as")]),
    # after the object of a casting verb: the object's
    ("Tom Roe moved to Leeds in 1990. The club hired him as a coach in 2001.", "Tom Roe",
     [("a coach", "nom_object_as")]),
    ("Critics describe Tom Roe as a populist.", "Tom Roe", [("a populist", "nom_object_as")]),
    # a noun coordinated with an "as" role: the same actor's
    ("Tom Roe grew up in Leeds. He worked there as a baker and a carpenter for years.", "Tom Roe",
     [("a baker", "nom_as_role"), ("a carpenter", "nom_as_conjunct")]),
    ("The club hired Jane Doe as a coach and a scout in 2001.", "Jane Doe", [("a scout", "nom_as_conjunct")]),
    # in a clause without a subject: the main subject's
    ("After working as a plumber in York, Tom Roe opened a small bakery.", "Tom Roe",
     [("a plumber", "nom_clause_as")]),
    ("Trained as a nurse, Jane Doe later ran the clinic in Leeds.", "Jane Doe", [("a nurse", "nom_clause_as")]),
    # a name before its head: the role starts after the name
    ("Tom Roe grew up in Leeds. He served as a Catholic bishop there for ten years.", "Tom Roe",
     [("bishop", "nom_as_role")]),
])
def test_an_as_role_describes_its_actor(nlp, text, name, wanted):
    found = analysed_nominals(nlp, "Headline\n\n" + text, name)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize("text, name, nominals_found", [
    # in an infinitive ("asked Roe to serve as"): the object's, and only asked for
    ("The mayor, Sarah Vance, asked Tom Roe to serve as a judge at the show.", "Sarah Vance",
     [("The mayor", "nom_apposition")]),
    # after a person the verb speaks of ("referring to her as"): that person's
    ("Tom Roe wrote about his old teacher on Monday, referring to her as a visionary.", "Tom Roe", []),
    ("Tom Roe defended the chef last week, after speaking of her as a genius.", "Tom Roe", []),
    # after the object of other verbs: not the object's ("replaced Doe as chairman": the subject holds it now)
    ("Tom Roe replaced Jane Doe as chairman of the bank.", "Jane Doe", []),
    ("Tom Roe met Jane Doe as a student in Leeds.", "Jane Doe", []),
    # past a name before its head, a second phrase: not the head's words
    ("In 2010, Tom Roe stood as a Republican - the party his uncle once led in Leeds - and lost.", "Tom Roe", []),
])
def test_an_as_role_that_is_not_the_actors_is_no_description(nlp, text, name, nominals_found):
    assert analysed_nominals(nlp, "Headline\n\n" + text, name) == nominals_found


def test_a_noun_set_against_an_as_role_is_no_description(nlp):
    # "rather than a ...": what the actor is not
    text = "Headline\n\nCritics describe Tom Roe as a showman rather than a statesman."
    assert ("a statesman", "nom_as_conjunct") not in analysed_nominals(nlp, text, "Tom Roe")


def test_apposition_the_parser_did_not_close_describes_a_person(nlp):
    # no closing comma: the parser's apposition runs on into the sentence
    text = "Headline\n\nTom Baxter, a spokesman for the mayor told reporters on Monday that the plan was dead."
    assert ("a spokesman", "nom_loose_apposition") in nominals(run(nlp, text), "Baxter")


def test_unclosed_apposition_that_is_a_subject_or_no_person_noun_is_no_description(nlp):
    for text in ("Headline\n\nTom Baxter, a top aide said, will resign in May.",
                 "Headline\n\nFor Tom Baxter, the bigger problem was money."):
        assert nominals(run(nlp, text), "Baxter") == []


def test_names_added_late_get_their_predicates(nlp):
    from dataclasses import replace

    from tui.analysis import descriptions

    text = "Headline\n\nJohn Carter grew up in Leeds. Carter is a painter."
    drafts = run(nlp, text)
    d = next(d for d in drafts if "Carter" in d.name)
    # as if a late stage (a speaker label, a byline) had found the name spaCy missed
    d.mentions = [replace(m, rule="late_name") for m in d.mentions if m.kind == "name"]
    descriptions.late_name_descriptions(pipeline.parse(nlp, text), drafts)
    assert ("a painter", "nom_predicate") in nominals(drafts, "Carter")
    descriptions.late_name_descriptions(pipeline.parse(nlp, text), drafts)  # never twice
    assert nominals(drafts, "Carter").count(("a painter", "nom_predicate")) == 1


def test_a_bare_office_is_the_predicate_of_a_persons_pronoun(nlp):
    text = "Headline\n\nJohn Carter grew up in Leeds. In 1990 he became chairman of the chess club."
    assert ("chairman", "nom_pronoun_predicate") in nominals(run(nlp, text), "Carter")
    text = "Headline\n\nJohn Carter grew up in Leeds. In 1990 he was part of the plan."
    assert nominals(run(nlp, text), "Carter") == []


def test_the_predicate_of_a_you_linked_to_the_one_spoken_to_describes_them(nlp):
    text = ("Interview with John Carter\n\nWe spoke to John Carter on Monday.\n\n"
            "John, you are a famous painter. Why do you paint?\n\nI paint because I love it.")
    assert ("a famous painter", "nom_addressee_predicate") in analysed_nominals(nlp, text, "John Carter")


def test_a_country_named_more_than_any_city_keeps_this_city_from_the_city_named_most(nlp):
    # a story about a country that names Denver twice: "this city" may be
    # another city, so it is not guessed
    text = ("Canada Plans Roads\n\nCanada will build roads. Canada and Mexico watch Canada closely. "
            "Denver got money, and Denver will build too. Canada said the people of this city must wait.")
    drafts = run(nlp, text)
    assert ("this city", "nom_main_place") not in nominals(drafts, "Denver")


def test_reference_marks_beside_a_subject_name_are_an_aside(nlp):
    text = ("Headline\n\nJohn Carter (born 12 May 1950 [1] [2]), better known by his pseudonym Jack Roe, "
            "is a singer from Leeds.")
    assert ("a singer", "nom_aside_predicate") in nominals(run(nlp, text), "Carter")


def test_a_bare_noun_after_a_name_and_be_is_no_description(nlp):
    # one predicate walker for every subject: a bare noun ("part of", "home to")
    # describes no name, as it describes no pronoun
    drafts = run(nlp, "Headline\n\nLyonesse is part of a wider region, and Lyonesse is home to a famous fair.")
    assert nominals(drafts, "Lyonesse") == []


def test_a_names_possessive_opens_a_predicate_of_anything(nlp):
    drafts = run(nlp, "Headline\n\nSpeaking on Monday, the mayor said Lyonesse is Kent's largest town.")
    assert ("largest town", "nom_predicate") in nominals(drafts, "Lyonesse")


def test_any_possessive_opens_a_predicate_of_a_person_pronoun(nlp):
    text = "Headline\n\nJohn Carter met the board on Monday. He is her closest adviser, the board said."
    assert ("closest adviser", "nom_pronoun_predicate") in nominals(run(nlp, text), "Carter")


def test_a_pronouns_old_self_is_no_description(nlp):
    text = "Headline\n\nJohn Carter returned to Leeds on Monday. He was his old self again, friends said."
    assert nominals(run(nlp, text), "Carter") == []


def test_an_opening_sentence_gives_its_coordinated_predicates_too(nlp):
    text = "Denver\n\nDenver (Arapaho: Heetoo) is a town, port and spa in Colorado."
    got = nominals(run(nlp, text), "Denver")
    assert ("a town", "nom_lead_predicate") in got
    assert ("spa", "nom_predicate_conjunct") in got


def test_the_predicate_of_a_relative_clause_on_a_name_describes_the_name(nlp):
    text = "Headline\n\nOn Monday the board heard John Carter, who is a former senator from Ohio."
    assert ("a former senator", "nom_relative_predicate") in nominals(run(nlp, text), "Carter")
    text = "Headline\n\nThe board met in Lyonesse, which is a small port in Kent."
    assert ("a small port", "nom_relative_predicate") in nominals(run(nlp, text), "Lyonesse")


def test_a_relative_pronoun_that_does_not_agree_describes_no_name(nlp):
    text = "Headline\n\nThe board met at the home of John Carter, which is a museum now."
    assert nominals(run(nlp, text), "Carter") == []


def test_a_relative_clause_after_a_name_inside_another_noun_phrase_describes_no_name(nlp):
    text = "Headline\n\nThe board met at the Grand Hotel in Lyonesse, which is a famous spa."
    assert nominals(run(nlp, text), "Lyonesse") == []


def test_a_size_is_no_description(nlp):
    text = "Headline\n\nThe board met in Lyonesse. Lyonesse, which is about half the size of Kent, has a port."
    assert nominals(run(nlp, text), "Lyonesse") == []


def test_a_noun_phrase_a_name_follows_through_named_or_called_describes_it(nlp):
    text = "Headline\n\nThe police arrested a man named Tom Berg on Monday. Berg was released later."
    assert ("a man", "nom_named") in nominals(run(nlp, text), "Berg")
    text = "Headline\n\nA company called Acme Corp bought the mill in May."
    assert ("A company", "nom_named") in nominals(run(nlp, text), "Acme")
    text = "Headline\n\nShe wrote under a pseudonym called Jane Roe."
    assert nominals(run(nlp, text), "Roe") == []


def test_the_city_before_a_noun_is_the_city_the_text_speaks_of(nlp):
    text = ("Headline\n\nDenver is a city of parks. Parking in the city centre is expensive, "
            "and the city council plans a new garage.")
    got = nominals(run(nlp, text), "Denver")
    assert got.count(("city", "nom_place_modifier")) == 2
    # a kind of life or of person, not the city
    text = "Headline\n\nDenver is a city of parks. John Carter prefers city life, and a city dweller needs no car."
    assert ("city", "nom_place_modifier") not in nominals(run(nlp, text), "Denver")
    # a campaign's town hall is a meeting
    for meeting in ("the town hall", "the town hall meeting"):
        text = f"Headline\n\nDenver is a town of parks. At {meeting}, John Carter spoke about roads."
        assert ("town", "nom_place_modifier") not in nominals(run(nlp, text), "Denver")


def test_a_class_word_after_a_hyphenated_word_or_a_noun_is_the_place_in_reach(nlp):
    text = ("Headline\n\nDoeville is a small town near the border. Years of neglect hurt the cash-strapped "
            "town. Guards watched the border town closely.")
    got = nominals(run(nlp, text), "Doeville")
    assert ("the cash-strapped town", "nom_place_described") in got
    assert ("the border town", "nom_place_described") in got
    # an adjective or a noun of another place may pick another one
    text = ("Headline\n\nDoeville is a small town near the border. Visitors from the sister town arrived, "
            "and the old town was busy.")
    assert [r for _, r in nominals(run(nlp, text), "Doeville")] == ["nom_predicate"]


def test_a_noun_phrase_right_before_an_organisations_name_describes_it(nlp):
    text = ("Headline\n\nA projection by the consulting firm Oxley Partners shows prices rising. "
            "Oxley Partners declined to comment.")
    assert nominals(run(nlp, text), "Oxley") == [("the consulting firm", "nom_preposed_body")]
    text = "Headline\n\nThe advocacy group Northwind Action spent $2 million on ads. Northwind Action did not reply."
    assert nominals(run(nlp, text), "Northwind") == [("The advocacy group", "nom_preposed_body")]


def test_an_organisations_name_that_qualifies_the_noun_after_it_has_no_preposed_description(nlp):
    from tui.analysis.descriptions import _body_described

    text = "Headline\n\nTom Berg launched his underdog Northwind Action bid in May. Northwind Action did not reply."
    assert nominals(run(nlp, text), "Northwind") == []
    doc = nlp("Tom Berg launched his underdog Northwind Action bid, and a polarizing Northwind Action came of it.")
    words = [t.text for t in doc]
    assert not _body_described(doc[words.index("underdog")], words.index("bid"))  # the name qualifies "bid"
    assert not _body_described(doc[words.index("polarizing")], words.index("came"))  # an adjective, not a noun
    doc = nlp("The advocacy group Northwind Action spent $2 million.")
    assert _body_described(doc[2], 5)


def test_the_firm_is_the_one_organisation_a_description_called_a_firm(nlp):
    text = ("Headline\n\nA projection by the consulting firm Oxley Partners shows prices rising. "
            "The firm declined to comment.")
    assert ("The firm", "nom_org_class") in nominals(run(nlp, text), "Oxley")
    # another organisation named since: "the firm" may be that one
    text = ("Headline\n\nA projection by the consulting firm Oxley Partners was sent to Brandt Bank. "
            "The firm declined to comment.")
    assert not any(m.text == "The firm" for d in run(nlp, text) for m in d.mentions)


def test_the_firm_after_a_hyphenated_word_or_a_noun_is_the_one_called_a_firm(nlp):
    text = ("Headline\n\nOxbury Partners, a law firm in Leeds, lost two contracts in May. Workers at "
            "the 90-year-old firm blamed the weather, and the law firm hired nobody this spring.")
    got = nominals(run(nlp, text), "Oxbury")
    assert ("the 90-year-old firm", "nom_org_described") in got
    assert ("the law firm", "nom_org_described") in got


def test_an_apposition_after_a_bracket_describes_the_name(nlp):
    """`nom_bracket_apposition`: "Tom Berg (1801-1870), a sculptor," and "a
    large museum (the Varn Museum of Art)": the bracket beside the name does not
    part it from its apposition; a bracket that holds more than the name does."""
    text = "Headline\n\nHer teacher was Tom Berg (1801 – 1870), a sculptor who lived in Leeds."
    assert ("a sculptor", "nom_bracket_apposition") in nominals(run(nlp, text), "Berg")
    text = "Headline\n\nSenator Ann Kay (D-Kent), the chairwoman of the committee, said the bill would pass."
    assert ("the chairwoman", "nom_bracket_apposition") in nominals(run(nlp, text), "Kay")
    text = "Headline\n\nThe town has a famous orchestra, a large art museum (the Varn Museum of Art), and a zoo."
    assert ("a large art museum", "nom_bracket_apposition") in nominals(run(nlp, text), "Varn")
    text = "Headline\n\nThe town has a famous orchestra, a large art museum (next to the Varn Museum of Art), and a zoo."
    assert not any(m.rule == "nom_bracket_apposition" for d in run(nlp, text) for m in d.mentions)


def test_an_apposition_after_an_age_describes_the_name(nlp):
    """`nom_age_apposition`: "Tom Berg, 61, the owner of the bakery," - the
    age between the name and its apposition does not part them."""
    text = "Headline\n\nTom Berg, 61, the owner of the bakery, said he would reopen on Monday."
    assert ("the owner", "nom_age_apposition") in nominals(run(nlp, text), "Berg")


@pytest.mark.parametrize("rule, text, place", [
    # `nom_there`: "moved to Leeds ... lived there": the one place the same sentence named, where a
    # verb's action went or happened; not a place that only modifies a noun ("the far side of
    # Leeds"), nor a sentence that names two places, nor "there" in "there is"
    ("nom_there", "Marta Kowal moved to Leeds in 1990 and opened a bakery there two years later.", "Leeds"),
    ("nom_there", "The bakery on the far side of Leeds is closing, and the baker has worked there for ten years.",
     None),
    ("nom_there", "Marta Kowal moved from Leeds to Bristol in 1990 and opened a bakery there.", None),
    ("nom_there", "Marta Kowal moved to Leeds in 1990. There is a bakery on her street.", None),
    # `nom_here`: "here in Leeds", "here at the Varn Institute": the place or body the "in" or "at"
    # right after "here" names; a bare "here" is left alone
    ("nom_here", '"We are glad to be here in Leeds tonight," Marta Kowal told the crowd.', "Leeds"),
    ("nom_here", '"We are glad to be here tonight," Marta Kowal told the crowd in Leeds.', None),
    ("nom_here", "A rival bakery, 200 miles north of here in Leeds, charges twice as much.", None),
])
def test_there_and_here_are_the_place_their_sentence_names(nlp, rule, text, place):
    """"there" (`nom_there`) or "here" (`nom_here`) is a mention of `place`;
    with no place, the rule does not fire."""
    drafts = run(nlp, "Headline\n\n" + text)
    if place is None:
        assert not any(m.rule == rule for d in drafts for m in d.mentions)
    else:
        assert (rule.removeprefix("nom_"), rule) in nominals(drafts, place)


def test_we_as_a_nation_is_the_main_country(nlp):
    """`nom_we_as_nation`: "a nation" or "a country" in an "as" phrase that
    describes "we" is the country the article is about, not the people "we"
    are (the "as" role rule leaves it); no main country, no link."""
    text = ("Headline\n\nPeru holds elections on Sunday. Voters in Peru queued early. "
            '"As a nation, we have waited long for this day," said Ana Ruiz, a teacher.')
    drafts = run(nlp, text)
    assert ("a nation", "nom_we_as_nation") in nominals(drafts, "Peru")
    text = ("Headline\n\nPeru and Chile hold elections on Sunday. "
            '"As a nation, we have waited long for this day," said Ana Ruiz, a teacher.')
    assert not any(m.rule == "nom_we_as_nation" for d in run(nlp, text) for m in d.mentions)


def test_a_preposed_description_the_parser_did_not_hang_on_the_name(nlp):
    """`nom_preposed_run`: "his partner Sam Ortiz", "the mayor's chief adviser
    Sam Ortiz": a possessive or "the", then a singular noun for a person, right
    before a person's name, read from the words when the parse does not make
    the name its apposition; not a noun that names a name, nor a plural."""
    text = "Headline\n\nIn 2004, Lena Brook and her partner Sam Ortiz won the regional title."
    assert ("partner", "nom_preposed_run") in nominals(run(nlp, text), "Ortiz")
    text = "Headline\n\nIn 2004, Lena Brook and her partners Sam Ortiz and Al Kemp won the regional title."
    assert not any(m.rule == "nom_preposed_run" for d in run(nlp, text) for m in d.mentions)


def test_the_predicate_of_a_linked_description_describes_its_actor(nlp):
    """`nom_nominal_predicate`: a description already linked to an actor ("the
    island", "the firm") that is the subject of "be" gives it its predicate."""
    text = ("Headline\n\nHarold Voss lives on Farne Island, a small island off the coast. The island is the former "
            "base of a fishing fleet.\n\nPellan Works, a glass firm, was sold in May. The firm is now a unit of a "
            "larger group.")
    drafts = run(nlp, text)
    assert ("the former base", "nom_nominal_predicate") in nominals(drafts, "Farne")
    assert ("a unit", "nom_nominal_predicate") in nominals(drafts, "Pellan Works")


def test_a_curly_apostrophe_contraction_of_be_opens_a_predicate(nlp):
    """spaCy leaves "’s", "’re" unlemmatised and often parses the noun after
    "’s" as an object: the predicate is read as after "is"."""
    text = "Headline\n\nHarold Voss came to town in May. He’s a carpenter from Leeds, people say."
    assert ("a carpenter", "nom_pronoun_predicate") in nominals(run(nlp, text), "Harold")
    text = "Headline\n\nHarold Voss came to town in May. He’s not a carpenter, people say."
    assert not any(rule == "nom_pronoun_predicate" for _, rule in nominals(run(nlp, text), "Harold"))


def test_a_curly_contractions_predicate_inside_a_quotation_describes_no_one(nlp):
    """In a quotation the speaker's "he" is often someone the link does not
    find ("‘He’s a fraud,’ Roe said"): no `nom_pronoun_predicate` after a curly
    "’s" there; outside one the predicate is read."""
    text = "Headline\n\nJohn Carter grew up in Leeds. “He’s a fraud and a liar,” his old neighbour said on Monday."
    drafts = run(nlp, text)
    assert not any(m.rule == "nom_pronoun_predicate" for d in drafts for m in d.mentions)
    text = "Headline\n\nJohn Carter grew up in Leeds. He’s a painter and a teacher, his old neighbour said."
    assert ("a painter", "nom_pronoun_predicate") in nominals(run(nlp, text), "Carter")


def test_the_noun_of_a_late_description_recalls_its_actor(nlp):
    """`nom_recalled_class`: "the bakery" recalls the organisation an "as"
    description (found after the coreference stage) gave that head noun."""
    text = ("Farm news\n\nThe Velling Group started out as a bakery in a side street. Now it runs forty shops.\n\n"
            "The bakery still opens at five every morning.")
    assert ("The bakery", "nom_recalled_class") in analysed_nominals(nlp, text, "Velling Group")


def test_the_noun_a_name_ends_in_recalls_the_one_so_named_in_its_paragraph(nlp):
    text = ("Museum news\n\nThe Pellan Museum opened in 1990 in the old port.\n\nTen years later the Corvo Museum "
            "opened across the street. Last week the museum sold its largest painting to a collector from abroad.")
    assert ("the museum", "nom_recalled_class") in analysed_nominals(nlp, text, "Corvo Museum")
    assert analysed_nominals(nlp, text, "Pellan Museum") == []


def test_the_noun_a_name_of_two_places_ends_in_recalls_it(nlp):
    """`nom_recalled_main` for a body named for two places ("<Place> and <Place> Court")."""
    text = ("Law news\n\nThe Alberta and Yukon Court of Appeal heard the case in May. Alberta and Yukon Court of "
            "Appeal judges rarely agree, but Alberta and Yukon Court of Appeal rulings carry weight.\n\n"
            "Rents rose in March.\n\nTenants kept their homes all spring.\n\n"
            "The court still sits at nine every morning.")
    assert ("The court", "nom_recalled_main") in analysed_nominals(nlp, text, "Alberta and Yukon Court of Appeal")


def test_the_noun_recalls_none_of_two_so_named_in_the_paragraph_before(nlp):
    text = ("Museum news\n\nThe Pellan Museum opened in 1990 in the old port. Ten years later the Corvo Museum "
            "opened across the street.\n\nLast week the museum sold its largest painting to a collector from abroad.")
    for name in ("Pellan Museum", "Corvo Museum"):
        assert analysed_nominals(nlp, text, name) == []


def test_the_noun_recalls_no_actor_out_of_reach_nor_before_of(nlp):
    text = ("Farm news\n\nThe Velling Group started out as a bakery in a side street.\n\nIt grew fast.\n\n"
            "Prices rose that winter.\n\nThe bakery still opens at five. The bakery of the Roe family closed.")
    assert [n for n in analysed_nominals(nlp, text, "Velling Group") if n[1] == "nom_recalled_class"] == []


def test_the_noun_out_of_reach_recalls_the_only_actor_of_its_class_named_often(nlp):
    """`nom_recalled_main`: no actor of the class in reach, but only one in the
    text, named three times: "the bakery" paragraphs later is still it; named
    once, it is not."""
    often = ("Farm news\n\nThe Velling Group started out as a bakery in a side street. Velling Group shops now sell "
             "bread in ten towns, and Velling Group vans deliver it.\n\nBread prices rose in March.\n\n"
             "Flour was scarce all spring.\n\nThe bakery still opens at five every morning.")
    assert ("The bakery", "nom_recalled_main") in analysed_nominals(nlp, often, "Velling Group")
    once = ("Farm news\n\nThe Velling Group started out as a bakery in a side street. Today its shops sell bread "
            "in ten towns.\n\nBread prices rose in March.\n\nFlour was scarce all spring.\n\n"
            "The bakery still opens at five every morning.")
    assert analysed_nominals(nlp, once, "Velling Group") == [("a bakery", "nom_as_role")]


def test_a_body_noun_recalls_the_one_organisation_named_in_the_last_two_sentences(nlp):
    """`nom_body_noun`: "the company" is the one organisation named in its
    sentence or the one before; not one whose name says another kind, not
    with two organisations in reach, not "the company of ...", nor an
    apposition ("Acme, the company, ...")."""
    text = ("Business news\n\nJane Doe joined Norland Freight in 1990. Ten years later she left the company "
            "to teach.")
    assert ("the company", "nom_body_noun") in analysed_nominals(nlp, text, "Norland Freight")
    school = ("Business news\n\nJane Doe joined Norland University in 1990. Ten years later she left the company "
              "to teach.")
    assert analysed_nominals(nlp, school, "Norland University") == []
    of = ("Business news\n\nJane Doe joined Norland Freight in 1990. Ten years later she left the company of "
          "actors she had founded.")
    assert analysed_nominals(nlp, of, "Norland Freight") == []
    two = ("Business news\n\nJane Doe left Norland Freight Inc. for Vesta Shipping Corp. in 1990. Ten years later "
           "she left the company to teach.")
    for name in ("Norland Freight Inc.", "Vesta Shipping Corp."):
        assert [n for n in analysed_nominals(nlp, two, name) if n[1] == "nom_body_noun"] == []
    cited = ("Business news\n\nThe Norland Gazette reported in 1991 that Jane Doe owned a mine. "
             "The firm was sold in 1995.")
    assert analysed_nominals(nlp, cited, "Norland Gazette") == []  # a cited outlet: another firm
    paper = cited.replace("The firm", "The newspaper")
    assert ("The newspaper", "nom_body_noun") in analysed_nominals(nlp, paper, "Norland Gazette")
    far = ("Business news\n\nJane Doe joined Norland Freight in 1990. She drove a truck. She liked the work. "
           "Ten years later she left the company to teach.")
    assert [n for n in analysed_nominals(nlp, far, "Norland Freight") if n[1] == "nom_body_noun"] == []


def test_a_form_of_address_is_the_one_a_you_beside_it_is(nlp):
    """`nom_vocative_you`: "Mr. President," set off as an address is the
    person a "you" of its sentence or the next one was linked to."""
    text = ("Ana Ruiz interviews Tom Berg\n\nTom Berg has led Lyonesse since 2010.\n\n"
            "Mr. President, after ten years in office, do you still enjoy the job?\n\n"
            "I do. Every morning I am glad to go to work.")
    assert ("Mr. President", "nom_vocative_you") in analysed_nominals(nlp, text, "Tom Berg")
    told = text.replace("Mr. President, after", "The President said that after").replace("do you", "did he")
    assert [n for n in analysed_nominals(nlp, told, "Tom Berg") if n[1] == "nom_vocative_you"] == []


def test_sir_in_a_letter_is_its_one_addressee(nlp):
    """`nom_vocative_addressee`: in a letter whose "you"s the narrator gave its
    one addressee, "Sir," set off as an address with no "you" beside it (the
    salutation, an aside in a question) is that addressee; "Sir" in a letter
    with no addressee is no one's."""
    text = ("Mr. Peter Smith,\n\nChairman of the Harbour Board\n\nSir,\n\n"
            "The new quay has been unsafe for a long time. The tide reaches the lamps at night.\n\n"
            "Why, Sir, has the board waited so long? The boats cannot land after dark.\n\n"
            "We urge you to close it, and we ask your board to meet us.\n\n"
            "Yours faithfully\n\nThe Residents' Committee")
    got = [n for n in analysed_nominals(nlp, text, "Peter Smith") if n[1] == "nom_vocative_addressee"]
    assert got == [("Sir", "nom_vocative_addressee")] * 2
    unsigned = text.split("\n\nYours")[0]
    assert [n for n in analysed_nominals(nlp, unsigned, "Peter Smith") if n[1] == "nom_vocative_addressee"] == []


def test_a_form_of_address_said_to_a_named_person_is_that_person_again(nlp):
    """`nom_vocative_same`: "Ruth Alder, Madam Chair, for your ..." made "Madam
    Chair" hers (an apposition); the same form later, with no holder of the
    office named, is her again."""
    text = ("Harbour bill debate\n\nI thank my colleague Ruth Alder, Madam Chair, for your patient work on this "
            "bill. The harbour towns have waited for it. I thank Ruth Alder again, Madam Chair.")
    nominals = analysed_nominals(nlp, text, "Ruth Alder")
    assert ("Madam Chair", "nom_apposition") in nominals
    assert ("Madam Chair", "nom_vocative_same") in nominals
    mister = text.replace("again, Madam Chair", "again, Mr. Chair")
    assert [n for n in analysed_nominals(nlp, mister, "Ruth Alder") if n[1] == "nom_vocative_same"] == []


def test_a_form_of_address_is_the_one_the_text_gives_that_office(nlp):
    """`nom_vocative_title`: "Madam Speaker," with no "you" beside it is the one
    person the text names Speaker, when she is a woman or not known to be a man;
    "Mr. Speaker" is not her."""
    text = ("Harbour bill debate\n\nYesterday Speaker Jane Doe heard the harbour bill.\n\n"
            "Madam Speaker, the harbour needs this bill. I urge a vote.")
    assert ("Madam Speaker", "nom_vocative_title") in analysed_nominals(nlp, text, "Jane Doe")
    mister = text.replace("Madam Speaker", "Mr. Speaker")
    assert [n for n in analysed_nominals(nlp, mister, "Jane Doe") if n[1] == "nom_vocative_title"] == []


def test_a_predicate_noun_the_parser_hung_on_the_verb_describes_the_subject(nlp):
    """`nom_split_conjunct`: "Tom Varga is a baker, and the mayor of Leeds"
    where the parser made "mayor" a conjunct of "is", not of "baker": the
    second noun describes the subject too; not a noun with a verb of its own."""
    text = "Town news\n\nTom Varga is a baker, and the mayor of Leeds since 2010. Varga opened a shop in May."
    assert ("the mayor", "nom_split_conjunct") in analysed_nominals(nlp, text, "Tom Varga")
    text = "Town news\n\nTom Varga is a baker, and the mayor is his cousin. Varga opened a shop in May."
    assert not any(rule == "nom_split_conjunct" for _, rule in analysed_nominals(nlp, text, "Tom Varga"))


def test_an_office_addressed_again_and_again_that_no_one_holds_is_an_unnamed_person(nlp):
    """`nom_vocative_office`: "Madam Speaker," said twice or more as an address,
    when the text names no Speaker, is one person without a name; said once,
    or with a Speaker named, no new actor."""
    from tui.analysis.nlp import model_info

    def analysed(text):
        return pipeline.analyze_parsed(Article(text=text, title=text.split("\n", 1)[0], source="-"),
                                       pipeline.parse(nlp, text), model_info(nlp))

    text = ("Harbour bill debate\n\nMadam Speaker, the harbour needs this bill. The committee met in May.\n\n"
            "Madam Speaker, I ask for a vote today. The harbour towns, Madam Speaker, are waiting for it.")
    office = [a for a in analysed(text).actors if a.name == "Madam Speaker"]
    assert len(office) == 1 and office[0].type == "PERSON" and not office[0].named
    assert [m.rule for m in office[0].mentions] == ["nom_vocative_office"] * 3
    once = text.replace("Madam Speaker, I ask", "I ask").replace(", Madam Speaker,", "")
    assert not any(a.name == "Madam Speaker" for a in analysed(once).actors)
    held = text.replace("The committee met", "Speaker Jane Doe met the committee")
    assert not any(a.name == "Madam Speaker" for a in analysed(held).actors)


def test_an_as_phrase_opening_the_sentence_describes_the_subject_past_an_object(nlp):
    """`nom_fronted_as`: "As a teacher, Jane Doe told her pupils ..." (the
    verb has an object, so `nom_as_role` does not read it); not an idiom."""
    text = ("School news\n\nAs a teacher, Jane Doe often told her pupils to read more. "
            "As a result, Jane Doe won a prize.")
    got = analysed_nominals(nlp, text, "Jane Doe")
    assert ("a teacher", "nom_fronted_as") in got
    assert not any(rule == "nom_fronted_as" and "result" in phrase for phrase, rule in got)
    point = "School news\n\nAs a point of order, Jane Doe asked her pupils to sit down."
    assert [n for n in analysed_nominals(nlp, point, "Jane Doe") if n[1] == "nom_fronted_as"] == []


_ADDRESS_WORDS = ["Mr.", "Mr", "Mister", "Madam", "Madame", "Mrs.", "Mrs", "M", "xMr.", "_Mr", "’Mrs", "'Madam",
                  ".Mr", "President", "Vice", "Chair", "Chairman", "Prime", "Minister", "Justice", "Doe", ",", "–",
                  "!", "\n", "1"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_WORDS), max_size=12).flatmap(
    lambda ws: st.lists(st.sampled_from([" ", ""]), min_size=len(ws), max_size=len(ws)).map(
        lambda seps: "".join(s + w for s, w in zip(seps, ws)))))
def test_office_address_finds_what_its_plain_form_finds(text):
    # (written for speed: the "M" before the test of the character in front of it)
    from tui.analysis.descriptions import _ADDRESS_OFFICES, OFFICE_ADDRESS

    plain = re.compile(r"(?<![\w.’'])(Mr\.?|Mister|Madam|Madame|Mrs\.?) ("
                       + "|".join(sorted(_ADDRESS_OFFICES, key=len, reverse=True)) + r")(?=\s*[,.!?–—])")
    assert [(m.span(), m.groups()) for m in OFFICE_ADDRESS.finditer(text)] \
        == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_the_city_is_the_city_named_most_beside_a_country_named_as_often(nlp):
    """`nom_main_place`: "the city" with no city in reach is the place the text names most
    among those that are no country, state or island, when no country is named more than
    twice as often; a country named more than twice as often leaves it unlinked."""
    opening = ("Headline\n\nJane Doe was born in Lyonesse in 1901. Her parents had come from France.\n\n"
               "France was at war then. Many families left France for good.\n\n")
    closing = ("Doe returned to Lyonesse in 1930 and opened a bakery in Lyonesse. Exports to France grew.\n\n"
               "Later she wrote letters to the newspapers in the city.\n")
    drafts = run(nlp, opening + closing)
    assert nominals(drafts, "Lyonesse") == [("the city", "nom_main_place")]
    more = "France lost many ships. France raised taxes. France closed its ports.\n\n"
    drafts = run(nlp, opening + more + closing)
    assert not any(m.text == "the city" for d in drafts for m in d.mentions)


def test_this_country_in_a_text_that_names_one_country_is_that_country(nlp):
    # named once, after the first "this country": no main country (named twice) and none in reach
    text = ("Headline\n\nThe rulers of this country have ignored the majority for a decade. We ask the "
            "opposition to speak for them.\n\nOur people want a new charter. The farmers of Peru "
            "marched in March.\n\nTheir voice will be heard in this country.")
    got = nominals(run(nlp, text), "Peru")
    assert [r for t, r in got if t == "this country"] == ["nom_only_country", "nom_place_class"]


def test_here_in_a_letter_is_the_place_on_its_heading(nlp):
    text = ("A letter home\n\nDenver, Colorado.\n\nMay 3, 1962.\n\nDear Jane:\n\n"
            "Thanks for the parcel. I am settling in here and the garden is growing. "
            "The birds come here every morning.\n\nLove, Mary")
    got = nominals(run(nlp, text), "Denver")
    assert [r for t, r in got if t == "here"] == ["nom_here_letter", "nom_here_letter"]


def test_the_region_is_the_region_named_last(nlp):
    text = ("Headline\n\nFarmers across Scandinavia had a wet summer. "
            "Grain prices in the region rose by a tenth, the ministry said.")
    assert nominals(run(nlp, text), "Scandinavia") == [("the region", "nom_region")]


def test_the_region_is_no_sea_named_last(nlp):
    # the land around a sea: not the sea itself
    text = ("Headline\n\nTankers crowded the Baltic Sea all winter. "
            "Ports across the region reported record traffic, the agency said.")
    drafts = run(nlp, text)
    assert [(d.name, d.type) for d in drafts if "Baltic" in d.name] == [("Baltic Sea", "LOC")]
    assert nominals(drafts, "Baltic") == []
