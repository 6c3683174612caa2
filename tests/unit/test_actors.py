"""Actor clustering rules, each on small sentences through the real model."""

from __future__ import annotations

from collections import Counter

import pytest

from tui.analysis.actors import find_actors
from tui.analysis.model import Article


def actors_of(nlp, text: str):
    doc = nlp(text)
    drafts = find_actors(doc, Article(text=text, title=text.split("\n", 1)[0], source="-"))
    for d in drafts:
        for m in d.mentions:
            assert text[m.start : m.end] == m.text
    return drafts


def cues_of(nlp, text: str, surface: str) -> list[tuple[str | None, str | None]]:
    """(type cue, typing rule) of each name candidate written `surface`."""
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(nlp(text))
    return [(c.cue, c.cue_rule) for c in cands if c.text == surface]


def owner(drafts, text: str, surface: str, nth: int = 0):
    """The draft that has a mention covering the nth occurrence of `surface`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    for d in drafts:
        if any(m.start < end and start < m.end for m in d.mentions):
            return d
    return None


def test_title_is_in_mention_but_not_in_name(nlp):
    text = "Russian President Vladimir Putin arrived on Monday. Putin spoke to reporters."
    drafts = actors_of(nlp, text)
    putin = owner(drafts, text, "Vladimir Putin")
    assert putin.name == "Vladimir Putin" and putin.type == "PERSON"
    assert owner(drafts, text, "Putin", 1) is putin
    assert any(m.text.endswith("President Vladimir Putin") for m in putin.mentions)


def test_possessive_is_same_actor_without_s(nlp):
    text = "North Korea’s leader met officials. North Korea said the talks went well."
    drafts = actors_of(nlp, text)
    nk = owner(drafts, text, "North Korea")
    assert owner(drafts, text, "North Korea", 1) is nk
    assert all(not m.text.endswith("’s") for m in nk.mentions)


def test_dotted_and_undotted_abbreviations_merge(nlp):
    text = "The U.N. condemned the test. UN inspectors left, and the United Nations said more."
    drafts = actors_of(nlp, text)
    un = owner(drafts, text, "U.N.")
    assert un is not None
    assert owner(drafts, text, "UN") is un
    assert owner(drafts, text, "United Nations") is un


def test_acronym_from_initials_of_a_name_in_the_article(nlp):
    text = "The Associated Press reported the story. Editors at AP said it was checked twice."
    drafts = actors_of(nlp, text)
    ap = owner(drafts, text, "Associated Press")
    assert ap is not None and owner(drafts, text, "AP") is ap


def test_shared_family_name_goes_to_the_person_called_by_it(nlp):
    text = (
        "North Korean leader Kim Jong Un met the envoy. Kim said the talks were useful.\n\n"
        "His sister, Kim Yo Jong, also attended. Kim later thanked the visitors."
    )
    drafts = actors_of(nlp, text)
    jong_un = owner(drafts, text, "Kim Jong Un")
    yo_jong = owner(drafts, text, "Kim Yo Jong")
    assert jong_un is not yo_jong
    assert owner(drafts, text, "Kim said") is jong_un
    assert owner(drafts, text, "Kim later") is jong_un
    assert len([d for d in drafts if d.type == "PERSON"]) == 2


def test_jr_and_sr_stay_two_people(nlp):
    text = (
        "Martin Luther King Sr. was a pastor in Atlanta. "
        "Martin Luther King Jr. became a civil rights leader."
    )
    drafts = actors_of(nlp, text)
    sr = owner(drafts, text, "King Sr.")
    jr = owner(drafts, text, "King Jr.")
    assert sr is not None and jr is not None and sr is not jr


def test_surname_joins_the_one_full_name(nlp):
    text = "Sam Greene of the Center for European Policy Analysis spoke. Greene added that it mattered."
    drafts = actors_of(nlp, text)
    greene = owner(drafts, text, "Sam Greene")
    assert owner(drafts, text, "Greene added") is greene
    assert owner(drafts, text, "Center for European Policy Analysis") is not greene


def test_truncated_person_span_is_repaired(nlp):
    text = "Kim introduced key members, including Foreign Minister Choe Son Hui; and others."
    drafts = actors_of(nlp, text)
    choe = owner(drafts, text, "Choe Son Hui")
    assert choe is not None and choe.name == "Choe Son Hui"


def test_entity_across_a_line_break_is_cut(nlp):
    text = "A pact stronger than any since the Cold War\n\nSEOUL, South Korea (AP) — Leaders met in Seoul."
    drafts = actors_of(nlp, text)
    war = owner(drafts, text, "Cold War")
    assert war is not None and "\n" not in war.name
    seoul = owner(drafts, text, "SEOUL")
    assert seoul is not None and seoul is not war and seoul.type == "GPE"
    assert owner(drafts, text, "Seoul") is seoul


def test_the_north_joins_north_korea_and_keeps_gpe(nlp):
    text = (
        "North Korea tested a missile. Officials accused the North of supplying arms. "
        "The North denied it, and North Korea said nothing more."
    )
    drafts = actors_of(nlp, text)
    nk = owner(drafts, text, "North Korea")
    assert owner(drafts, text, "North of") is nk
    assert nk.type == "GPE"


def test_string_propagation_finds_names_spacy_missed(nlp):
    text = (
        "Vladimir Putin met the leaders. Later Putin left. The crowds chanted “Welcome Putin” "
        "as Putin’s car passed."
    )
    drafts = actors_of(nlp, text)
    putin = owner(drafts, text, "Vladimir Putin")
    names = [m for m in putin.mentions if m.kind == "name"]
    assert len(names) == 4


def test_propagation_finds_a_surname_after_an_honorific(nlp):
    """"Dr. Church's comments": spaCy misses the name, and "Dr." is no part of a
    longer name, so the known surname is found after it."""
    text = ("Council vote\n\nTom Church, the council leader, spoke on Monday. "
            "She asked the question to build on Dr. Church’s comments.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Church", nth=1) is owner(drafts, text, "Tom Church")


def test_lowercase_relation_prefix_is_not_an_actor(nlp):
    text = "Officials in Seoul handle inter-Korean affairs. The South broadcast anti-North Korean propaganda."
    drafts = actors_of(nlp, text)
    assert not any(d.name == "Korean" for d in drafts)


@pytest.mark.parametrize("junk", ["Related Posts", "2024", "the"])
def test_no_junk_actor_names(nlp, junk):
    text = "Putin visited Pyongyang on Wednesday, June 19, 2024.\n\nRelated Posts"
    drafts = actors_of(nlp, text)
    assert junk not in {d.name for d in drafts}


def test_organisation_in_front_of_a_role_stays_in_the_titled_mention(nlp):
    # The evaluation's convention ("Chinese Foreign Ministry spokesman Lin Jian" is one
    # titled mention of the person); the organisation keeps a nested mention of its own.
    text = "In an interview, Northwestern University public health expert Wendy Parmet said the name was bad."
    drafts = actors_of(nlp, text)
    person = owner(drafts, text, "Wendy Parmet")
    assert person.type == "PERSON" and person.name == "Wendy Parmet"
    assert [m.text for m in person.mentions] == ["Northwestern University public health expert Wendy Parmet"]
    org = next(d for d in drafts if d.name == "Northwestern University")
    assert org is not person and org.type == "ORG"
    assert [m.text for m in org.mentions] == ["Northwestern University"]


def test_a_word_named_in_quotation_marks_is_not_an_actor(nlp):
    text = 'Reportedly, "COVI" represents the coronavirus, "D" is for "disease," and "19" for the year.'
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "COVI") is None


def test_a_quoted_name_given_by_a_naming_verb_is_kept(nlp):
    text = 'He was given a 25-room home, known as the "Blue House", in exchange for his resignation.'
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Blue House") is not None


@pytest.mark.parametrize("text, surface", [
    ("Buyers were stocking up due to fears of COVID-19 in case people need to self-isolate.", "COVID-19"),
    ("The guidelines also list Middle East Respiratory Syndrome, from 2013, as an undesirable name.",
     "Middle East Respiratory Syndrome"),
])
def test_codes_and_diseases_are_not_actors(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is None


def test_code_rule_keeps_plain_names_with_hyphens(nlp):
    text = "Kimberly-Clark said on Monday that it was working to maintain the supply."
    assert owner(actors_of(nlp, text), text, "Kimberly-Clark") is not None


def test_coordinated_known_names_are_split(nlp):
    text = ("Greece sent troops to Cyprus on Monday. The ministers agreed to a future meet on Crete. "
            "Turkey claims the sea between Crete and Cyprus.")
    drafts = actors_of(nlp, text)
    crete = owner(drafts, text, "Crete", 1)
    cyprus = owner(drafts, text, "Cyprus", 1)
    assert crete is not None and cyprus is not None and crete is not cyprus
    assert crete is owner(drafts, text, "Crete") and cyprus is owner(drafts, text, "Cyprus")


def test_a_family_name_glued_to_a_place_by_at_is_the_person(nlp):
    text = ("Tomas Verlaine studied law in the north. After that he spent two winters with "
            "Verlaine at Ostravia, where he met the bishop.")
    drafts = actors_of(nlp, text)
    person = owner(drafts, text, "Tomas Verlaine")
    assert person is not None and owner(drafts, text, "Verlaine", 1) is person
    assert not any(" at " in d.name for d in drafts)


def test_a_name_glued_to_a_website_by_on_keeps_its_mentions(nlp):
    text = ("We watched the Gravedigger wrestle. The fan who always dresses like Gravedigger on "
            "Facebook posted again. Nobody misses the Gravedigger.")
    drafts = actors_of(nlp, text)
    glued = owner(drafts, text, "Gravedigger", 1)
    assert glued is not None and glued.name == "Gravedigger" and glued is owner(drafts, text, "Gravedigger")


def _split_texts(texts: list[tuple[str, str | None]], split=None) -> list[tuple[str, str | None]]:
    """Candidates made of `texts` (10 characters apart), after one split of splits.py
    (`_split_at_preposition` unless given)."""
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _split_at_preposition

    cands, at = [], 0
    for text, label in texts:
        cands.append(_Cand(at, at + len(text), text, label, at))
        at += len(text) + 10
    (split or _split_at_preposition)(cands)
    return [(c.text, c.label) for c in cands]


def test_a_work_and_the_part_played_in_it_are_split_at_as():
    got = _split_texts([("Night Harbour", "WORK_OF_ART"), ("Night Harbour as Jo", "ORG")])
    assert got == [("Night Harbour", "WORK_OF_ART"), ("Night Harbour", "WORK_OF_ART"), ("Jo", "PERSON")]


def test_a_role_after_as_is_no_name_of_its_own():
    assert _split_texts([("Jo", "PERSON"), ("Jo as Chairman", "PERSON")]) == [
        ("Jo", "PERSON"), ("Jo", "PERSON"), ("Chairman", None)]


@pytest.mark.parametrize("texts", [
    [("University of Lyonesse", "ORG"), ("Doeby", "GPE"), ("University of Lyonesse at Doeby", "ORG")],
    [("Doe School", "ORG"), ("Roe University", "ORG"), ("Doe School at Roe University", "ORG")],
    [("Mistake", "ORG"), ("Mistake on the Lake", "LOC")],
    [("Quiet Affair at Doeby Hall", "WORK_OF_ART")],
])
def test_names_holding_at_on_or_as_stay_whole(texts):
    assert _split_texts(texts) == list(texts)


def test_coordination_inside_one_name_is_kept(nlp):
    text = "The Food and Agriculture Organization said the cull was unnecessary."
    drafts = actors_of(nlp, text)
    fao = owner(drafts, text, "Food and Agriculture Organization")
    assert fao is not None and fao.name == "Food and Agriculture Organization"


@pytest.mark.parametrize("text, surface, want", [
    ("On Sunday, Australian store chains Woolworths and Coles lowered their limits on toilet paper.",
     "Woolworths", "ORG"),
    ("On Sunday, Australian store chains Woolworths and Coles lowered their limits on toilet paper.",
     "Coles", "ORG"),
    ("Similarly, on Sunday evening online British supermarket Ocado was observed limiting purchases.",
     "Ocado", "ORG"),
    ("The delay would make the planned EastMed gas pipeline cross Turkish waters.", "EastMed", "FAC"),
    ("The agreement assumes that our biggest island Crete does not have a zone.", "Crete", "GPE"),
    ("Kimberly-Clark, which makes Kleenex Toilet Tissue, said it was working to maintain supply.",
     "Kleenex Toilet Tissue", "PRODUCT"),
    ("Egyptian foreign minister Sameh Shoukry and his counterparts, Nikos Dendias, Nikos Christodoulides "
     "and Jean-Yves Le Drian, gathered in Cairo.", "Nikos Christodoulides", "PERSON"),
])
def test_context_cues_type_a_name(nlp, text, surface, want):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want


def test_context_cue_does_not_retype_a_person_by_a_soft_cue(nlp):
    text = "A Trump spokesman said on Monday that Donald Trump would not attend. Trump declined to comment."
    d = owner(actors_of(nlp, text), text, "Donald Trump")
    assert d.type == "PERSON"


@pytest.mark.parametrize("text, surface, want", [
    ("The officers shot him dead, reportedly outside a Boots store, at around 14:00.", "Boots", "ORG"),
    ("An eyewitness described for news agency PA Media how the attack unfolded.", "PA Media", "ORG"),
    ("The limits were posted on the checkouts and on the chains' Facebook pages.", "Facebook", "ORG"),
    ("Solaris Paper, which makes Sorbent, said it was working to maintain the supply.", "Sorbent", "PRODUCT"),
])
def test_untagged_names_found_by_context_cues(nlp, text, surface, want):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want


@pytest.mark.parametrize("text", [
    "The officers eventually shot him dead outside a local store, at around 14:00.",
    "Grocery store chains lowered their limits on Sunday.",
    "Online supermarket chains were observed limiting purchases.",
])
def test_no_cued_name_without_a_proper_noun(nlp, text):
    assert actors_of(nlp, text) == []


@pytest.mark.parametrize("text, surface", [
    # the head noun is the nearer name's: the chairwoman is the party's, not the state's
    ("At noon the Oregon GOP chairwoman, Ann Berg, called the meeting to order.", "Oregon"),
    # "the site of" an event is a place, not a website
    ("Delegates gathered in Tulsa, the site of the party's first convention, on Friday.", "Tulsa"),
    ("The rally moved to Reno, the site of last year's debate.", "Reno"),
])
def test_a_place_keeps_its_tag_beside_a_noun_of_an_organisation_that_is_not_its_own(nlp, text, surface):
    assert ("ORG", "context cue") not in cues_of(nlp, text, surface)
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == "GPE"


def test_the_site_of_an_event_is_a_building_not_a_website(nlp):
    text = "Fans visited the Marlowe Inn, the site of an uprising decades ago."
    assert cues_of(nlp, text, "Marlowe Inn") == [("FAC", "context cue")]  # ORG, a website, before
    assert owner(actors_of(nlp, text), text, "Marlowe Inn").type == "FAC"


@pytest.mark.parametrize("text, surface", [
    ("The mayor posted the clip on her Zintor channel before the vote.", "Zintor"),
    ("The senator's Blorpo feed went silent for a week after the vote.", "Blorpo"),
    ("Her Blorpo handle was changed twice during the campaign.", "Blorpo"),
])
def test_a_platform_named_by_its_channel_feed_or_handle_is_an_organisation(nlp, text, surface):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == "ORG"


def test_place_from_a_locative_verb(nlp):
    text = "The Thursday edition of NT News, a daily printed in Darwin, included an eight-page insert."
    d = owner(actors_of(nlp, text), text, "Darwin")
    assert d is not None and d.type == "GPE"


def test_known_name_propagates_to_a_sentence_start_that_spacy_tagged(nlp):
    text = ("Australian store chains Woolworths and Coles lowered their limits. "
            "The limits were introduced by Woolworths and Coles on March 4. Coles, in its media release, "
            "reported that stores sell out.")
    drafts = actors_of(nlp, text)
    coles = owner(drafts, text, "Coles")
    assert coles is not None and owner(drafts, text, "Coles", 2) is coles


@pytest.mark.parametrize("text, surface", [
    ('Saying "there are many abortions" ((es))Spanish language: hay muchos abortos, he left.', "Spanish"),
    ("Jane Doe (French pronunciation: [ʒan do]) was born in Lyon.", "French"),
    ("After the war he taught himself Japanese in a year.", "Japanese"),
    ("The booklet is written in Portuguese and sold at the station.", "Portuguese"),
    ("The guide reads Portuguese, Greek and Italian.", "Italian"),
    ("He spoke German and French fluently and some Japanese.", "German"),
    ("The recordings were made in two languages: Siwu, a Kwa language spoken in Ghana, and Lao, a Tai-Kadai "
     "language spoken in Laos.", "Lao"),
    ("He began a survey of the Wu dialects in 1926.", "Wu"),
])
def test_a_language_is_not_an_actor(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is None


@pytest.mark.parametrize("text, surface", [
    ("Jane Doe was a Swiss mathematician and physicist.", "Swiss"),
    ("He was inspired by the work of Danish philologist Karl Roe.", "Danish"),
    ("Karl Roe, a Portuguese painter, died in Lyon.", "Portuguese"),
    ("Her father is of Polish descent, while her mother has Danish and Irish ancestry.", "Polish"),
    ("Her father is of Polish descent, while her mother has Danish and Irish ancestry.", "Irish"),
    # one person's occupation after "a"/"an", whoever the sentence's subject is
    ("In 1911 a Portuguese doctor found a cure. The cure spread fast.", "Portuguese"),
])
def test_a_nationality_saying_what_a_person_is_is_not_an_actor(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is None


@pytest.mark.parametrize("text, surface", [
    # an office held for a state, or people of a nation acting: the group stays
    ("An Italian minister met Jane Doe in Lyon.", "Italian"),
    ("Italian doctors crossed the border to help.", "Italian"),
])
def test_a_nationality_before_an_office_or_a_group_stays(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is not None


@pytest.mark.parametrize("text, surface", [
    ("In Spanish poetry, the line often ends mid-phrase.", "Spanish"),
    ("The mosque is a fine example of Islamic architecture in the old town.", "Islamic"),
    ("The street has some of the best Korean and Ethiopian restaurants in town.", "Ethiopian"),
    ("He then starred in the comedy Leap Day (2010) and the Australian drama Lost Roads (2011).", "Australian"),
])
def test_a_demonym_naming_a_style_or_tradition_is_not_an_actor(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is None


@pytest.mark.parametrize("text, surface", [
    ("Jane Doe founded the field of Frame Semantics, and frame theory grew from semantics.", "Frame Semantics"),
    ("We test geographic information systems. Geographic Information Systems (GIS) store maps.", "GIS"),
    ("In 1943, she received her Ph.D. in Linguistics from the University of Lyonesse.", "Linguistics"),
    # a field's adjective the article never writes in lowercase, known by its ending
    ("Tom Berg wrote about rivers, and later Structural Phonetics and Analytic Syntax.", "Analytic Syntax"),
    ("Tom Berg wrote about rivers, and later Structural Phonetics and Analytic Syntax.", "Structural Phonetics"),
])
def test_a_field_or_method_named_in_title_case_is_not_an_actor(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is None


def test_a_firm_named_like_a_method_stays_an_actor(nlp):
    # "systems" ends firms' names as often as methods': an adjective's ending alone is no concept
    text = "Tom Berg founded Dynamic Systems, a firm in Lyon, in 1990."
    assert owner(actors_of(nlp, text), text, "Dynamic Systems") is not None


def test_a_word_of_a_quoted_title_is_not_an_actor(nlp):
    text = "Fans chanted “Marlow or Bust” outside the hall."
    assert owner(actors_of(nlp, text), text, "Bust") is None


@pytest.mark.parametrize("text, surface", [
    # a person named in a title, a nickname given by a naming word: kept
    ("Jane Doe appeared on “The Late Hour With Tom Berg” last week.", "Tom Berg"),
    ("The town is called the “Salt Capital of the North” by its people.", "Salt Capital of the North"),
])
def test_names_in_quoted_titles_that_stay(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is not None


@pytest.mark.parametrize("text, surface", [
    ("In 1943, Jane Doe received her Ph.D. in linguistics from the University of Lyonesse.", "Ph.D."),
    ("Tom Berg earned a PhD in anatomy at Lyon and then taught there.", "PhD"),
    ("The court may look at Tab 4 of the brief, and at Chapter 91 of the statutes.", "Chapter 91"),
    ("The figures for each town are given in Appendix S1 of the report.", "Appendix S1"),
])
def test_degrees_and_parts_of_a_document_are_not_actors(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is None


@pytest.mark.parametrize("text, surface", [
    ("The letters hint that Mlle. du Motel had confided in him.", "Mlle"),
    ("Holt was traded with Iván DeJesús, Jr.. He started the season in May.", "Jr"),
])
def test_a_title_or_suffix_alone_is_not_an_actor(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is None


@pytest.mark.parametrize("text, surface", [
    ("Love ya.\n\nMarcie\n\nP.S. What about Kittie?", "P.S."),
    ("There has been a lot of hyperbole about AI lately, and AI will not replace us.", "AI"),
])
def test_a_postscript_or_a_field_abbreviation_is_not_an_actor(nlp, text, surface):
    assert owner(actors_of(nlp, text), text, surface) is None


def test_what_points_into_a_text_is_told_from_names():
    from tui.analysis.actors.name_shapes import _degree, _part_of_a_document

    assert all(_part_of_a_document(t) for t in ("Tab 4", "Paragraph 1 & 2", "Appendix", "Figure 3b", "Chapter IV"))
    assert not any(_part_of_a_document(t) for t in ("Rule 37", "Table Mountain", "Section Nine Records", "Page Doe"))
    assert _degree("Ph.D.") and _degree("MSc") and not _degree("MA") and not _degree("PhDx")


@pytest.mark.parametrize("surface", ["Lost Harbour", "Stoker", "Belle"])
def test_titles_of_works_listed_with_their_years_are_not_actors(nlp, surface):
    text = ("Jane Doe is an English actor. Her notable film roles include The Lookout (2007), "
            "Lost Harbour (2010), Stoker (2013), Belle (2013) and The Imitation Game (2014).")
    assert owner(actors_of(nlp, text), text, surface) is None


@pytest.mark.parametrize("text, surface, kind", [
    # an author or a place given with a year is no title of a work listed with its year
    ("Earlier work (Doe, 2011) and Roe (2012) found the same.", "Roe", None),
    ("She received honorary degrees from Columbia University in New York (1910) and the Sorbonne in Paris (1927).",
     "New York", None),
    # an organisation named like a field is no concept
    ("Jane Doe joined Varnholt Systems, a software maker, in 2010.", "Varnholt Systems", None),
    ("He studied at the Institute for Coastal Studies in Lyon.", "Institute for Coastal Studies", None),
    # a nationality or a creed as a group is a group
    ("Dutch troops crossed the river on Monday, and Dutch officials confirmed it.", "Dutch", "NORP"),
    ("Jane Doe is working around the clock to rally the Republican establishment behind her.", "Republican", "NORP"),
    ("Catholics and Protestants marched together in Lyon.", "Catholics", "NORP"),
])
def test_a_name_shaped_like_no_actor_stays_an_actor(nlp, text, surface, kind):
    """A name a filter could take for no actor keeps its actor (of type
    `kind`, where given)."""
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and kind in (None, d.type)


def test_one_word_tagged_before_a_full_name_is_a_title(nlp):
    text = "The proceedings were criticised by archbishop Monsenor Jorge Eduardo Scheinig on Monday."
    drafts = actors_of(nlp, text)
    person = owner(drafts, text, "Jorge Eduardo Scheinig")
    assert person.type == "PERSON" and person.name == "Jorge Eduardo Scheinig"
    assert owner(drafts, text, "Monsenor") is person


def test_place_listed_beside_a_person_tag_stays_a_place(nlp):
    text = "We worked together on the album in his ARC Studio, Lagos, Nigeria. Sad to hear that he died."
    d = owner(actors_of(nlp, text), text, "Lagos")
    assert d is not None and d.type == "GPE"


# -- entity types from the words around a name (round 3) ---------------------


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("She starred in the film Alien and later in the comedy Ghostbusters.", "Alien", "WORK_OF_ART"),
        ("She starred in the film Alien and later in the comedy Ghostbusters.", "Ghostbusters", "WORK_OF_ART"),
        ("He was born when the country was a British colony called Southern Rhodesia.", "Southern Rhodesia", "GPE"),
        ('After retiring he lived in a mansion known as the "Grey Lodge" near the coast.', "Grey Lodge", "FAC"),
        ("The Mandoza massacres killed thousands of ethnic Kalenji villagers.", "Mandoza", "EVENT"),
        ("The Mandoza massacres killed thousands of ethnic Kalenji villagers.", "Kalenji", "NORP"),
        ("Last year, Zentrix tested its Falcon Heavy rocket over the desert.", "Falcon Heavy", "PRODUCT"),
        ("Last year, Zentrix tested its Falcon Heavy rocket over the desert.", "Zentrix", "ORG"),
    ],
)
def test_words_around_a_name_give_its_type(nlp, text, surface, want):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        # an event noun after a place names the place
        ("The Nanjing massacre was remembered in China.", "Nanjing", "GPE"),
        # a one-word name before a vehicle is its maker, not a model
        ("The Boeing jet landed safely in the rain.", "Boeing", "ORG"),
        # "its" does not outweigh a person's full name
        ("Martha Brown praised the plan. Later, Brown tested its engine in the lab.", "Martha Brown", "PERSON"),
    ],
)
def test_context_cues_leave_other_names_alone(nlp, text, surface, want):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("The crew docked with the International Space Station on Sunday.", "International Space Station", "FAC"),
        ("They recorded the album at Abbey Studio in London.", "Abbey Studio", "FAC"),
        ("The minister left 10 Downing Street on Monday.", "10 Downing Street", "FAC"),
        # a numbered road: no person's or firm's name ends in a number after a word for a road
        ("Drivers leave the valley on Hwy 12 (the Ridge Expressway) or on Route 9.", "Hwy 12", "FAC"),
        # a surname that is also a building word stays a person
        ("Bruce Arena coached the team for years.", "Bruce Arena", "PERSON"),
    ],
)
def test_facility_head_word_types_a_name(nlp, text, surface, want):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want


def test_bare_head_noun_joins_the_institution_the_article_is_about(nlp):
    text = ("The Court of Session in Edinburgh ruled on Wednesday. Only the Supreme Court of the United Kingdom "
            "can overturn it. Lawyers praised the Court of Session ruling. \"The Court will decide,\" the summary said.")
    drafts = actors_of(nlp, text)
    session = owner(drafts, text, "Court of Session")
    assert owner(drafts, text, "Court will") is session


def test_bare_head_noun_shared_evenly_stays_apart(nlp):
    text = ("The Court of Session in Edinburgh ruled on Wednesday. Only the Supreme Court of the United Kingdom "
            "can overturn it. \"The Court will decide,\" the summary said.")
    drafts = actors_of(nlp, text)
    court = owner(drafts, text, "Court will")
    assert court is not owner(drafts, text, "Court of Session")
    assert court is not owner(drafts, text, "Supreme Court")


def test_bare_head_noun_joins_the_institution_named_in_full_beside_a_body_it_opens(nlp):
    # "House Finance Committee" has its own head noun: it does not keep the bare
    # "House" from the one name of the chamber itself ("House of Delegates")
    text = ("The Lyonesse House of Delegates passed the budget on Monday. Members of the House Finance Committee "
            "had argued about it for weeks. The House also voted to delay the new tax. Jane Roe, who chairs the "
            "House Finance Committee, called it a fair plan.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "House also") is owner(drafts, text, "House of Delegates")
    assert owner(drafts, text, "House also") is not owner(drafts, text, "House Finance Committee")


def test_bare_head_noun_with_no_institution_named_in_full_stays_apart(nlp):
    text = ("Members of the House Finance Committee had argued about the budget for weeks. The House also voted "
            "to delay the new tax. Jane Roe, who visited the White House, called it a fair plan.")
    drafts = actors_of(nlp, text)
    house = owner(drafts, text, "House also")
    assert house is not owner(drafts, text, "House Finance Committee")
    assert house is not owner(drafts, text, "White House")


def test_a_court_of_a_polity_spacy_tagged_as_a_body_is_one_name(nlp):
    # spaCy may tag "the Republic of ..." apart, as a body: the court's name goes on over it
    from tui.analysis.actors.candidates import _candidates

    text = "Her lawyers will now ask the High Court of the Republic of Malta, which meets in Valletta."
    doc = nlp(text)
    at, bt = text.index("High Court"), text.index("the Republic")
    doc.set_ents([doc.char_span(at, at + 10, label="ORG"), doc.char_span(bt, bt + 21, label="ORG")],
                 default="outside")
    names = [(c.text, c.label) for c in _candidates(doc)[0]]
    assert ("High Court of the Republic of Malta", "ORG") in names
    assert not any(t == "Republic of Malta" for t, _ in names)


@pytest.mark.parametrize("place, label", [("GPE", True), ("NORP", False)])
def test_a_place_before_a_building_tagged_apart_is_one_name(nlp, place, label):
    from tui.analysis.actors.candidates import _candidates

    text = "She drew the plans for the Hangzhou Opera House in China."
    doc = nlp(text)
    at, bt = text.index("Hangzhou"), text.index("Opera House")
    doc.set_ents([doc.char_span(at, at + 8, label=place), doc.char_span(bt, bt + 11, label="ORG")],
                 default="outside")
    names = [(c.text, c.label) for c in _candidates(doc)[0]]
    # a place names the building spaCy tagged right after it (not a nationality: "the French House")
    assert (("Hangzhou Opera House", "ORG") in names) == label
    assert (("Opera House", "ORG") in names) == (not label)


@pytest.mark.parametrize("first, label, one", [("Alberta", "GPE", True), ("Senate", "ORG", False)])
def test_two_places_and_their_body_tagged_apart_are_one_name(nlp, first, label, one):
    """"the <Place> and <Place> <Body>", spaCy tagging the first place alone: one body of
    the two places; not when the first is itself a body ("the Senate and House ...")."""
    from tui.analysis.actors.candidates import _candidates

    body = "Yukon Court of Appeal" if one else "House Budget Committee"
    text = f"Last spring the {first} and {body} sided with the tenants."
    doc = nlp(text)
    at, bt = text.index(first), text.index(body)
    doc.set_ents([doc.char_span(at, at + len(first), label=label), doc.char_span(bt, bt + len(body), label="ORG")],
                 default="outside")
    names = [c.text for c in _candidates(doc)[0]]
    assert (f"{first} and {body}" in names) == one
    assert (first in names) == (not one)


def test_a_body_that_titles_a_person_after_a_name_and_stays_apart(nlp):
    from tui.analysis.actors.candidates import _candidates

    text = "Also on Monday, Brannock and Varnia Committee Chairman John Smith sent a letter."
    doc = nlp(text)
    at, bt = text.index("Brannock"), text.index("Varnia Committee")
    doc.set_ents([doc.char_span(at, at + 8, label="ORG"), doc.char_span(bt, bt + 16, label="ORG")], default="outside")
    assert "Brannock and Varnia Committee" not in [c.text for c in _candidates(doc)[0]]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("He still lived there when the 2012 documentary Beware of Mr. Baker was filmed.", "Beware of Mr. Baker"),
        ("She worked on the album Band on the Run with Paul McCartney in Lagos.", "Band on the Run"),
        ("They recorded the 'Band on the Run' album in his studio in Lagos.", "Band on the Run"),
    ],
)
def test_title_of_a_work_is_one_name(nlp, text, title):
    drafts = actors_of(nlp, text)
    d = owner(drafts, text, title)
    assert d is not None and d.name == title and d.type == "WORK_OF_ART"
    # the names inside or after the title are no actors of their own
    assert not any(d.name in ("Baker", "Band", "Run") for d in drafts)


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        # a person's full name as the subject after "the film" is no title
        ("In the film Tom Hanks plays a pilot who lands on a river.", "Tom Hanks", "PERSON"),
        # a title ends before a person, a date or a place after a function word
        ("She worked on the album Band on the Run with Paul McCartney in Lagos.", "Paul McCartney", "PERSON"),
        ("He played the album Blue on Tuesday in London.", "London", "GPE"),
    ],
)
def test_title_stops_at_other_names(nlp, text, surface, want):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want and d.name == surface


@pytest.mark.parametrize("text, zone", [
    ("The aircraft overshot the runway around 7:38 pm IST (1408 UTC) in the evening.", "IST"),
    ("The aircraft overshot the runway around 7:38 pm IST (1408 UTC) in the evening.", "UTC"),
    ("The launch is set for 10:15 am EDT on Friday.", "EDT"),
])
def test_time_zone_after_a_clock_time_is_no_actor(nlp, text, zone):
    assert owner(actors_of(nlp, text), text, zone) is None


def test_abbreviation_not_after_a_time_is_kept(nlp):
    text = "The IST team met officials from the Ministry of Defence in London on Monday."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "London") is not None
    assert owner(drafts, text, "Ministry of Defence") is not None


def test_hashtag_is_no_actor(nlp):
    text = 'Biden\'s account posted "My running mate will be a woman. #DemDebate" on Sunday.'
    assert owner(actors_of(nlp, text), text, "DemDebate") is None
    text2 = "Biden met DemDebate organisers. Joe Biden spoke first."
    assert owner(actors_of(nlp, text2), text2, "Biden") is not None


def test_capitalised_first_word_written_lowercase_elsewhere_is_no_name(nlp):
    text = ("Tributes paid to recently deceased US actor Chadwick Boseman\n\n"
            "Over the weekend, tributes were paid to actor Chadwick Boseman.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Tributes") is None
    assert owner(drafts, text, "Chadwick Boseman").type == "PERSON"


def test_first_word_never_written_lowercase_is_kept(nlp):
    text = "Caloundra opened the game with two tries. The Caloundra side won."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Caloundra") is not None


def test_place_in_front_of_a_person_is_its_own_mention(nlp):
    text = "In 2008, then-governor of Alaska Sarah Palin was chosen by John McCain as his running mate."
    drafts = actors_of(nlp, text)
    alaska = owner(drafts, text, "Alaska")
    assert alaska is not None and alaska.type == "GPE"
    assert owner(drafts, text, "Sarah Palin").type == "PERSON"


def test_given_name_alone_joins_the_one_person_it_begins(nlp):
    text = ("Civil Aviation Minister Hardeep Singh Puri said 18 people died. "
            "Hardeep also stated that both of the flight recorders have been recovered.")
    drafts = actors_of(nlp, text)
    puri = owner(drafts, text, "Hardeep Singh Puri")
    assert owner(drafts, text, "Hardeep", 1) is puri


def test_given_name_shared_by_two_people_is_not_propagated(nlp):
    from tui.analysis.actors.propagation import _propagate
    from tui.analysis.drafts import ActorDraft
    from tui.analysis.model import Mention
    text = "Hardeep Singh Puri and Hardeep Kaur Gill arrived. Then Hardeep also stated that it was late."
    doc = nlp(text)
    drafts = [
        ActorDraft(key="a", name="Hardeep Singh Puri", type="PERSON", mentions=[Mention(0, 18, "Hardeep Singh Puri", "name")]),
        ActorDraft(key="b", name="Hardeep Kaur Gill", type="PERSON", mentions=[Mention(23, 40, "Hardeep Kaur Gill", "name")]),
    ]
    _propagate(doc, drafts)
    assert [len(d.mentions) for d in drafts] == [1, 1]
    drafts = drafts[:1]
    _propagate(doc, drafts)
    # the one in "Hardeep Kaur Gill" is part of a longer name
    assert [m.text for m in drafts[0].mentions] == ["Hardeep Singh Puri", "Hardeep"]


def test_given_name_is_not_matched_inside_a_contraction(nlp):
    text = "Actor Don Cheadle attended the ceremony. Reporters asked, but he said: \"I Don't know.\""
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Don't") is None


@pytest.mark.parametrize("text, team", [
    ("Caloundra defeated Wynnum 45 points to 24 in their match on Saturday.", "Caloundra"),
    ("Caloundra defeated Wynnum 45 points to 24 in their match on Saturday.", "Wynnum"),
    ("In other results, Maroochydore defeated Caboolture 43–5 at home.", "Caboolture"),
    ('"It was a better performance", Wynnum coach Matt Myers said.', "Wynnum"),
])
def test_one_word_team_is_an_organisation(nlp, text, team):
    d = owner(actors_of(nlp, text), text, team)
    assert d is not None and d.type == "ORG"
    assert d.name == team  # a glued score is not part of the name


def test_person_who_defeats_someone_stays_a_person(nlp):
    text = "Rafael Nadal won the final on Sunday. Nadal defeated Djokovic 6–4 in the first set."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Nadal", 1).type == "PERSON"


def test_result_without_a_score_types_nothing(nlp):
    text = "In the election, Wynnum defeated the incumbent after a long campaign."
    from tui.analysis.actors.cues import _plays_match
    doc = nlp(text)
    wynnum = next(t for t in doc if t.text == "Wynnum")
    assert not _plays_match(wynnum)


def test_a_title_named_by_a_work_noun_types_its_other_mentions():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type
    # spaCy tags the title ORG four times; once a work noun names it ("the film X")
    cands = [_Cand(k * 20, k * 20 + 13, "Black Panther", "ORG", k * 20) for k in range(4)]
    cands.append(_Cand(100, 113, "Black Panther", "WORK_OF_ART", 100, cue="WORK_OF_ART"))
    assert _cluster_type(cands, list(range(5)))[0] == "WORK_OF_ART"
    assert _cluster_type(cands, list(range(4)))[0] == "ORG"
    # a person's full name outweighs it
    cands.append(_Cand(120, 129, "Tom Hanks", "PERSON", 120))
    assert _cluster_type(cands, list(range(6)))[0] != "WORK_OF_ART"


def test_a_person_named_in_full_is_not_retyped_by_a_work_noun(nlp):
    text = "Tom Hanks arrived on Monday. In the film Tom Hanks plays a pilot. Tom Hanks said it was hard."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Tom Hanks").type == "PERSON"


def test_a_surname_modifying_a_noun_after_the_is_no_evidence_against_a_person(nlp):
    text = (
        "Headline\n\nUS President David Stone lost the vote. Stone said he would appeal. Other Republicans "
        "have broken with Stone, such as former New Jersey governor Ann Lee, who denounced the Stone legal "
        "team's claims as a \"national embarrassment\". Businessman and Stone loyalist Tom Hill agreed."
    )
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "David Stone").type == "PERSON"


def test_the_name_as_a_head_noun_still_rules_out_a_person(nlp):
    text = "Headline\n\nVisitors came to see the Stone on Monday. The Stone was closed on Tuesday."
    drafts = actors_of(nlp, text)
    d = owner(drafts, text, "Stone")
    assert d is None or d.type != "PERSON"


def test_a_long_untagged_name_shortened_in_brackets_is_an_organisation(nlp):
    text = (
        "Headline\n\nThe wrestler Maria Lopez, age 22, has died, wrestling promotion Super Wonder Ring "
        "Glory (Glory) announced yesterday. She joined Glory in 2019."
    )
    drafts = actors_of(nlp, text)
    d = owner(drafts, text, "Super Wonder Ring Glory")
    assert d is not None and d.type == "ORG"
    assert owner(drafts, text, "Glory", 2) is d


def test_a_bracket_that_is_not_a_short_form_makes_no_name(nlp):
    from tui.analysis.actors.cues import _bracketed_short_form

    doc = nlp("The label Blue Harbor Sound Collective (Tokyo) and Red Hill Works (RHW) announced it.")
    words = [t.text for t in doc]
    blue, red = words.index("Blue"), words.index("Red")
    assert not _bracketed_short_form(doc, blue, blue + 4)
    assert _bracketed_short_form(doc, red, red + 3) == (not doc[red + 4].ent_type_)


def test_a_capitalised_role_after_a_name_is_not_a_person(nlp):
    text = "Headline\n\nDavid Stone, the Information Minister paid tribute to the singer on Monday."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Information Minister") is None or owner(drafts, text, "Information Minister").type != "PERSON"


def test_a_person_cue_still_finds_an_untagged_name(nlp):
    text = "Headline\n\nThe company's spokesperson Ula Tennant declined to comment."
    drafts = actors_of(nlp, text)
    d = owner(drafts, text, "Ula Tennant")
    assert d is not None and d.type == "PERSON"


def test_common_words_of_a_title_case_headline_are_not_actors(nlp):
    # the headline capitalises "bridge plan", which the body writes in lowercase; the council,
    # named in the body too, stays
    text = ("Harbor Council Backs The Bridge Plan\n\nThe Harbor Council voted on Monday for the bridge plan, "
            "the mayor said. The council meets at the harbor every week.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Bridge Plan") is None
    council = owner(drafts, text, "Harbor Council")
    assert council is not None and council.type == "ORG" and owner(drafts, text, "Harbor Council", 1) is council


@pytest.mark.parametrize(("body", "dropped"), [
    ("The rivals mocked the budget on Monday.", True),  # "rival", "mock": other forms of both words
    ("The council met on Monday.", False),  # neither word in lower case: it may be a name
])
def test_a_headline_word_written_in_another_form_in_lower_case_is_a_common_word(nlp, body, dropped):
    from tui.analysis.actors.filters import _drop_headline_common_words
    from tui.analysis.actors.records import _Cand

    text = f"Rival Mocks Budget Cuts\n\n{body}"
    kept, _ = _drop_headline_common_words(nlp(text), [_Cand(0, 11, "Rival Mocks", "PERSON", 0)], [])
    assert (kept == []) is dropped


@pytest.mark.parametrize("opening", ["Longer term", "Bloody hell", "Frankly"])
def test_sentence_opening_phrases_are_not_actors(nlp, opening):
    text = (f"Headline\n\nJane Doe spoke in Lyon. {opening}, the prices will rise, she said. '{opening}, we won', "
            f"said Tom Berg. It rained.  {opening}, it snowed.")  # two spaces before the last sentence
    drafts = actors_of(nlp, text)
    assert opening.split()[0] not in {d.name for d in drafts}
    assert owner(drafts, text, opening) is None


def test_one_word_tags_do_not_outvote_a_persons_full_name():
    # spaCy often tags a lone surname ORG or GPE; the cluster stays a person
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(0, 8, "Jane Doe", "PERSON", 0)] + [_Cand(20 + 10 * i, 23 + 10 * i, "Doe", "ORG", 20 + 10 * i) for i in range(6)]
    assert _cluster_type(cands, list(range(len(cands))))[0] == "PERSON"
    orgs = [_Cand(0, 9, "Acme Corp", "ORG", 0), _Cand(20, 24, "Acme", "PERSON", 20)]
    assert _cluster_type(orgs, [0, 1])[0] == "ORG"


def test_cited_authors_are_people(nlp):
    text = ("Headline\n\nEarlier work found the same effect (Kowalczyk and Marsh, 2011). "
            "Later studies by Warnock et al. agreed, and Dunmore (2015) repeated them.")
    drafts = actors_of(nlp, text)
    for surname in ("Kowalczyk", "Warnock", "Dunmore"):
        d = owner(drafts, text, surname)
        assert d is not None and d.type == "PERSON", (surname, d)


def test_merges_are_traced_by_pass(nlp):
    from tui.analysis.actors import Merge, PASSES

    text = ("Headline\n\nMarta Kowalczyk joined the Institute for Coastal Studies (ICS) in 2010.\n\n"
            "Kowalczyk moved to Lyon. Kowalczyk left ICS in 2015.")
    doc = nlp(text)
    trace: list[Merge] = []
    find_actors(doc, Article(text=text, title="Headline", source="-"), trace)
    assert all(m.rule in PASSES for m in trace)
    assert Merge("partial name", "Kowalczyk", "Marta Kowalczyk") in trace
    assert any(m.rule == "bracketed short form" and m.short == "ICS" for m in trace)


def test_display_name_is_the_most_frequent_full_form_outside_quotes():
    from tui.analysis.actors.display_names import _display_name

    # a person: full forms only, the one used most
    assert _display_name(["Mary Jane Doe", "Jane Doe", "Jane Doe", "Doe"], ["Mary Jane Doe", "Jane Doe", "Jane Doe", "Doe"],
                         "PERSON") == "Jane Doe"
    # a place: the form used outside quotes, not a rare official name
    assert _display_name(["Lyonesse", "Lyonesse"], ["Republic of Lyonesse", "Lyonesse", "Lyonesse"], "GPE") == "Lyonesse"
    # no part of a longer form, no acronym when spelt out
    assert _display_name(["House", "House", "House of Commons"], ["House", "House", "House of Commons"], "ORG") \
        == "House of Commons"
    assert _display_name(["ICS", "ICS", "Institute for Coastal Studies"],
                         ["ICS", "ICS", "Institute for Coastal Studies"], "ORG") == "Institute for Coastal Studies"


def test_quotation_marks_are_seen():
    from tui.analysis.actors.display_names import _in_quote

    text = 'Jane Doe said: “We love Lyonesse.” Lyonesse agreed.\n\n"Lyonesse" is'
    assert _in_quote(text, text.index("Lyonesse"))
    assert not _in_quote(text, text.index("Lyonesse agreed"))
    assert _in_quote(text, text.rindex("Lyonesse"))


def test_an_organisation_inside_a_persons_title_is_no_mention(nlp):
    text = ("Headline\n\nThe visit follows a meeting with Secretary of State John Carter last week. "
            "The State Department said the talks went well.")
    drafts = actors_of(nlp, text)
    title_state = text.index("State")
    for d in drafts:
        if d.type != "PERSON":
            assert not any(m.start <= title_state < m.end for m in d.mentions), d
    assert owner(drafts, text, "Secretary of State John Carter").name == "John Carter"


def test_a_place_does_not_join_what_is_named_after_it_or_of_it():
    from collections import Counter

    from tui.analysis.actors.clustering import _Group, _partial_ok

    def group(name, label):
        return _Group(name, tuple(name.split()), votes=Counter({label: 1}))

    lyon = group("Lyon", "GPE")
    assert not _partial_ok(lyon, group("University of Lyon", "ORG"), "ORG")
    assert not _partial_ok(group("San Marco", "GPE"), group("San Marco Bay", "LOC"), "LOC")
    assert not _partial_ok(group("Jane Doe", "PERSON"), group("Jane Doe Square", "FAC"), "FAC")
    assert _partial_ok(group("New Lyon", "GPE"), group("New Lyon City", "GPE"), "GPE")
    assert _partial_ok(group("Acme", "ORG"), group("Acme Foods", "ORG"), "ORG")


def test_a_party_branch_in_a_state_or_town_is_told_from_the_party():
    from tui.analysis.actors.clustering import _party_branch

    party = ("Democratic", "Party")
    assert _party_branch(party, ("Vermont", "Democratic", "Party"))
    assert _party_branch(party, ("Nevada", "State", "Democratic", "Party"))
    assert _party_branch(("GOP",), ("Ohio", "GOP"))
    # a country's party, or a longer name that is no place's branch, is no branch
    assert not _party_branch(party, ("Canada", "Democratic", "Party"))
    assert not _party_branch(("Liberal", "Party"), ("New", "Liberal", "Party"))
    assert not _party_branch(("House",), ("Ohio", "House"))


def test_the_party_named_alone_stays_apart_from_its_state_branch(nlp):
    text = ("Senator Jane Roe wants the Democratic Party behind her before the autumn vote.\n\nTom Doe, head "
            "of the Oregon Democratic Party, backs her bid. He expects the Democratic Party to rally by the summer.")
    drafts = actors_of(nlp, text)
    party = owner(drafts, text, "Democratic Party")
    assert party is owner(drafts, text, "Democratic Party", 2)
    assert party is not owner(drafts, text, "Oregon Democratic Party")


def test_a_party_beside_its_state_branch_joins_no_other_name_ending_in_it(nlp):
    # the branch left out, a district's committee would be the one longer name left
    text = ("The senator met Republican Party leaders on Friday. The Ohio Republican Party chose its delegates on "
            "Monday, and the Young Voters Republican Party met in June. A Republican Party official said the vote was fair.")
    drafts = actors_of(nlp, text)
    party = owner(drafts, text, "Republican Party leaders")
    assert party is not owner(drafts, text, "Ohio Republican Party")
    assert party is not owner(drafts, text, "Young Voters Republican Party")


def test_a_family_name_stays_apart_from_a_body_named_after_it_with_an_of_phrase(nlp):
    text = ("Anna Roe studied at the Kowalczyk Institute of Botany for ten years. The institute bears the name of a "
            "physicist, although Kowalczyk himself never grew a single plant.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Kowalczyk himself") is not owner(drafts, text, "Kowalczyk Institute")


def test_a_person_does_not_join_a_law_or_prize_named_after_them():
    from collections import Counter

    from tui.analysis.actors.clustering import _Group, _partial_ok

    def group(name, label, work=False):
        return _Group(name, tuple(name.split()), votes=Counter({label: 1}), work=work)

    person = group("Rosa Kettering", "PERSON")
    # the law's name written whole, and cut before its head word by the parser
    assert not _partial_ok(person, group("Rosa Kettering Clean Water Act", "ORG", work=True), "ORG")
    assert not _partial_ok(person, group("Rosa Kettering Clean Water", "ORG", work=True), "ORG")
    assert not _partial_ok(group("Rosa", "PERSON"), group("Rosa Kettering Clean Water", "ORG", work=True), "ORG")
    assert _partial_ok(group("Kettering", "PERSON"), group("Rosa Kettering", "PERSON", work=True), "PERSON")
    # the cut form followed by the rest of the law's name, taken for a person's: the law's
    assert not _partial_ok(person, group("Rosa Kettering Justice", "PERSON", work=True), "PERSON")
    # a longer name that is no law's: still hers
    assert _partial_ok(person, group("Rosa Kettering Vance", "PERSON"), "PERSON")


def test_a_person_stays_apart_from_a_law_named_after_them(nlp):
    text = ("Rosa Kettering ran a bakery for forty years. The Rosa Kettering Safe Streets Act passed in the "
            "spring, and she still reads every letter about it herself.")
    person = owner(actors_of(nlp, text), text, "Rosa Kettering")
    assert person.type == "PERSON" and not any("Act" in m.text for m in person.mentions)


def test_a_law_named_after_a_person_is_apart_when_cut_before_its_head_word():
    from tui.analysis.actors.clustering import _WORK_HEAD_AFTER

    text = "the Rosa Kettering Justice in Schools Act of 2030; Rosa Kettering Vance spoke"
    assert _WORK_HEAD_AFTER.match(text, text.index(" in Schools"))
    assert _WORK_HEAD_AFTER.match(text, text.index(" Act"))
    assert not _WORK_HEAD_AFTER.match(text, text.index(" spoke"))
    assert not _WORK_HEAD_AFTER.match(text, text.index("; Rosa"))
    headline = "Rosa Kettering Charged Over Reckless Act"
    assert not _WORK_HEAD_AFTER.match(headline, len("Rosa Kettering"))


def test_a_nationality_of_an_office_stays_an_actor(nlp):
    text = "The Italian foreign minister, Karl Roe, joined the talks as an observer."
    d = owner(actors_of(nlp, text), text, "Italian")
    assert d is not None and d.type == "NORP"


@pytest.mark.parametrize("text, authors", [
    ("Players react faster (Doe, Roe, & Poe, 2007) than others.", ["Doe", "Roe", "Poe"]),
    ("Players react faster (Dale & Baxter, 2010; Corrado & Biewick 2011) than others.",
     ["Dale", "Baxter", "Corrado", "Biewick"]),
])
def test_cited_authors_listed_with_a_year_are_one_person_each(nlp, text, authors):
    drafts = actors_of(nlp, text)
    seen = [owner(drafts, text, a) for a in authors]
    assert all(d is not None and d.type == "PERSON" and d.name == a for d, a in zip(seen, authors))
    assert len({id(d) for d in seen}) == len(authors)
    assert all("20" not in m.text for d in seen for m in d.mentions)


@pytest.mark.parametrize("text, term", [
    ("We measured the sea surface temperature (SST) daily. The SST rose in May.", "SST"),
    ("Noise comes from radio frequency interference (RFI) near the coast.", "RFI"),
    ("He hit .203 with 11 RBI last year.", "RBI"),
    ("The wall was built in 3000 BC around the hill.", "BC"),
    ("The board keeps Regional Grain Reserves (RGRs) in every province, Tom Berg said.", "Regional Grain Reserves"),
    ("Since 2010 the state has relied on Local Transit Compacts (LTCs) to pay for buses.", "Local Transit Compacts"),
])
def test_abbreviations_of_terms_and_units_are_not_actors(nlp, text, term):
    assert owner(actors_of(nlp, text), text, term) is None


@pytest.mark.parametrize("text, award", [
    ("Jane Doe was honored with the Marlow Memorial Award for excellence in reporting.", "Marlow Memorial Award"),
    ("Former Berwick Trophy winner Tom Berg spoke in Lyon.", "Berwick Trophy"),
])
def test_an_award_is_not_an_actor(nlp, text, award):
    assert owner(actors_of(nlp, text), text, award) is None


@pytest.mark.parametrize("text, category", [
    ("Jane Doe got a nomination for Best Actress at the Lyon Film Awards in 2019.", "Best Actress"),
    ("Tom Berg was up for Best Actor twice, and won in 2012.", "Best Actor"),
])
def test_a_category_of_an_award_is_not_an_actor(nlp, text, category):
    assert owner(actors_of(nlp, text), text, category) is None


def test_a_name_opening_with_best_outside_the_categories_stays_an_actor(nlp):
    text = "Jane Doe shops at Best Buy in Lyon every week."
    d = owner(actors_of(nlp, text), text, "Best Buy")
    assert d is not None and d.type == "ORG"


def test_the_name_of_a_period_of_history_is_not_an_actor(nlp):
    text = "The town lost half its people during the Middle Ages and grew again later."
    assert owner(actors_of(nlp, text), text, "Middle Ages") is None


@pytest.mark.parametrize("text, word", [
    ("Numbered streets take the suffix Lane or Drive: mind the difference between 3rd Lane and 3rd Drive.", "Lane"),
    ("The grid mixes the suffixes Place, Street and Avenue, so check the map.", "Place"),
    ("Streets run north to south and are called Avenue or Road, as in 12th Road.", "Avenue"),
])
def test_street_designators_written_alone_are_not_actors(nlp, text, word):
    assert owner(actors_of(nlp, text), text, word) is None


def test_the_supplement_of_a_paper_is_not_an_actor(nlp):
    text = "Readers will find every raw count in the Supporting Information for this study."
    assert owner(actors_of(nlp, text), text, "Supporting Information") is None


def test_a_phrase_in_the_plural_needs_a_plural_short_form_spelling_it():
    from tui.analysis.actors.filters import _plural_term
    from tui.analysis.actors.records import _Cand

    def term(full: str, name: str) -> bool:
        at = full.index(name)
        return _plural_term(full, _Cand(at, at + len(name), name, "ORG", at))

    assert term("the Harbour Toll Plans (HTPs) of the port", "Harbour Toll Plans")
    assert not term("the Harbour Toll Plans (HTP) of the port", "Harbour Toll Plans")  # one short form
    assert not term("the Harbour Toll Plans (ABCs) of the port", "Harbour Toll Plans")  # other initials


def test_the_last_word_of_a_title_written_alone_is_not_an_actor(nlp):
    text = "The film Ghost in the Lantern came out in 1990. Ghost in the Lantern still sells well in Lyon."
    assert owner(actors_of(nlp, text), text, "Lantern") is None


def test_the_last_word_of_a_longer_name_needs_the_same_lead_each_time():
    from tui.analysis.actors.filters import _drop_title_tails
    from tui.analysis.actors.records import _Cand

    def kept(full: str, word: str, label: str | None = "ORG") -> list[str]:
        cands = [_Cand(at, at + len(word), word, label, at) for at in range(len(full)) if full.startswith(word, at)]
        return [c.text for c in _drop_title_tails(cands, [], full)[0]]

    assert kept("Game of Harps won. Fans of Game of Harps wait.", "Harps") == []
    assert kept("Game of Harps won. Harps wait.", "Harps") == ["Harps", "Harps"]  # written alone once
    assert kept("Game of Harps won.", "Harps") == ["Harps"]  # written once
    assert kept("Bank of Harps won. The Bank of Harps pays.", "Harps") == ["Harps", "Harps"]  # a body's name
    assert kept("Game of Harps won. Fans of Game of Harps wait.", "Harps", "GPE") == ["Harps", "Harps"]


def test_the_head_of_an_award_name_comes_before_of_for_in():
    from tui.analysis.actors.filters import _award_name

    assert _award_name("Marlow Medal of Honor") and _award_name("Harlow Prize for Poetry")
    assert _award_name("Sustainable Harbour Goals") and _award_name("Award")
    assert not _award_name("Harlow Prize Foundation") and not _award_name("Office of Prize Claims")
    assert not _award_name("Silver Lantern Awards")  # the ceremony: an event
    assert _award_name("Best Supporting Actor") and not _award_name("Best Western")


def test_the_acronym_of_the_body_giving_an_award_stays(nlp):
    text = "Jane Doe won the NFCA Award for Best Actress for Seven Nights in 1965."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Award") is None
    d = owner(drafts, text, "NFCA")
    assert d is not None and d.name == "NFCA" and d.type == "ORG"


@pytest.mark.parametrize("text, term", [
    ("Jane Doe said every LLM is trained on stolen text. LLMs are everywhere.", "LLM"),
    ("The ROV dived at dawn. Two ROVs were lost in the storm last year.", "ROV"),
])
def test_an_acronym_used_as_a_common_noun_is_not_an_actor(nlp, text, term):
    assert owner(actors_of(nlp, text), text, term) is None


@pytest.mark.parametrize("text, term", [
    ("An EV and bike charger are by the gate of the campsite.", "EV"),
    ("An ATM and luggage storage are found in the arrivals hall.", "ATM"),
])
def test_an_acronym_after_an_article_and_before_and_is_a_common_noun(nlp, text, term):
    # the parse hangs "An" on the noun after "and" and the acronym on that noun as a modifier
    assert owner(actors_of(nlp, text), text, term) is None


def test_an_acronym_modifying_a_noun_after_an_article_stays_an_actor(nlp):
    text = "An FBI agent said the FBI would open an inquiry."
    drafts = actors_of(nlp, text)
    d = owner(drafts, text, "FBI", 1)
    assert d is not None and d is owner(drafts, text, "FBI") and d.type == "ORG"


def test_an_acronym_also_written_as_a_bare_name_stays_an_actor(nlp):
    text = "After the merger, a desperate VRT asked its workers to take a pay cut. VRT was bleeding cash, Jane Doe said."
    drafts = actors_of(nlp, text)
    d = owner(drafts, text, "VRT", 1)
    assert d is not None and d is owner(drafts, text, "VRT") and d.name == "VRT"


def test_an_acronym_written_bare_and_in_the_plural_is_a_common_noun(nlp):
    # a bare "HGL" alone would keep it a name; its plural says it is a kind of thing
    text = "Most towns recycle old lamps. Recycling HGL is hard, and HGLs break easily, Jane Doe said."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "HGL") is None and owner(drafts, text, "HGLs") is None
    assert owner(drafts, text, "Jane Doe") is not None


def test_the_long_form_of_an_acronym_used_as_a_common_noun_is_not_an_actor(nlp):
    text = ("Most homes in Lyonesse use the Harbour Glow Lamp (HGL). Recycling HGL is hard, "
            "and HGLs break easily, Jane Doe said.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Harbour Glow Lamp") is None
    assert owner(drafts, text, "Jane Doe") is not None


def test_an_acronym_of_a_capitalised_name_stays_an_actor(nlp):
    text = "The Coastal Research Institute (CRI) opened in Lyon. The CRI hired ten people."
    drafts = actors_of(nlp, text)
    d = owner(drafts, text, "CRI", 1)
    assert d is not None and d is owner(drafts, text, "Coastal Research Institute") and d.type == "ORG"


@pytest.mark.parametrize("text, word", [
    ("Jane Doe, Lyonesse Institute of Art, Acme City; jane.doe@acme.org Presented at the 3rd Lyonesse Congress, "
     "Acme City.", "Presented"),
    ("(Reporting by Jane Doe in Lyonesse; Writing by John Roe; Editing by Ann Poe.)", "Writing"),
])
def test_a_capitalised_word_tagged_as_a_verb_is_not_an_actor(nlp, text, word):
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, word) is None
    assert owner(drafts, text, "Jane Doe") is not None


def test_a_one_word_heading_is_not_an_actor(nlp):
    text = "The town grew fast.\n\nBackground\n\nThe town was founded by farmers in 1850."
    assert owner(actors_of(nlp, text), text, "Background") is None


def test_a_signature_on_its_own_line_stays_a_person(nlp):
    text = "I will write again soon.\n\nYours,\n\nBill\n"
    d = owner(actors_of(nlp, text), text, "Bill")
    assert d is not None and d.type == "PERSON"


def test_a_word_before_a_year_outside_a_citation_is_no_author(nlp):
    text = "Copyright 2024 Acme News. All rights reserved."
    d = owner(actors_of(nlp, text), text, "Copyright")
    assert d is None or d.type != "PERSON"


def test_authors_cited_by_number_and_named_again_are_one_person_each(nlp):
    text = ("Bones bend under load, as shown by Carra & Biewick [7] in birds. "
            "In Carra and Biewick's study, the birds grew faster.")
    drafts = actors_of(nlp, text)
    first, second = owner(drafts, text, "Carra", 1), owner(drafts, text, "Biewick", 1)
    assert first is not None and second is not None and first is not second


@pytest.mark.parametrize("text", [
    "The U.S. army left Lyon in May. Later the U.S sent ships to Lyon.",
    "The United States sent ships to Lyon. America has long sent ships there.",
])
def test_forms_of_one_country_are_one_actor(nlp, text):
    drafts = actors_of(nlp, text)
    places = {d.key for d in drafts if d.type == "GPE" and d.name != "Lyon"}
    assert len(places) == 1


def test_a_given_and_family_name_tagged_as_an_organisation_is_a_person(nlp):
    text = "The photograph by Marco Tarvel is licensed freely."
    d = owner(actors_of(nlp, text), text, "Marco Tarvel")
    assert d is not None and d.type == "PERSON"


def test_a_given_name_used_for_both_genders_starts_a_persons_name():
    from tui.analysis.actors.name_shapes import _given_and_family_name

    assert _given_and_family_name("Jean Tarvel")  # "Jean" is no one gender's, still a given name
    assert _given_and_family_name("Sam Tarvel")
    assert not _given_and_family_name("Jordan Tarvel Street")
    assert not _given_and_family_name("Mason City")  # a town
    assert not _given_and_family_name("Al Varna")  # "al": an article, not "Al"


def test_a_family_name_with_a_capitalising_prefix_has_a_persons_shape():
    from tui.analysis.actors.name_shapes import _full_name_shape, _given_and_family_name

    for name in ("Nora O'Varn", "Nora O’Varn", "Kyle McBerg", "Ian MacDoe", "Lena D’Arvo", "Tom T. McBerg"):
        assert _full_name_shape(name) and _given_and_family_name(name), name
    assert not _full_name_shape("Kyle McBerg Airways")  # a firm's word still rules it out
    assert not _full_name_shape("Nora VaRn")  # a capital inside a word without a prefix, as before


def test_a_company_named_with_a_given_name_stays_an_organisation(nlp):
    text = "The prize went to Jennifer Abara Group."
    d = owner(actors_of(nlp, text), text, "Jennifer Abara Group")
    assert d is not None and d.type == "ORG"


def test_a_name_in_a_list_of_places_is_a_place(nlp):
    text = "Ferries sail to Oslo, Bergen, Tromso and Larvik."
    d = owner(actors_of(nlp, text), text, "Larvik")
    assert d is not None and d.type == "GPE"


def test_the_place_an_institution_is_of_stays_apart(nlp):
    text = "He studied at the University of Lyonesse and later returned to Lyonesse in 1888."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Lyonesse", 1) is not owner(drafts, text, "University of Lyonesse")


@pytest.mark.parametrize("text, kept", [
    ("I grew up in Nebraska, and I am proud to serve my fellow citizens of this State every day.", False),
    ("Jane Doe represents Nebraska. She is the first teacher elected from her State to the Senate.", False),
    ("Jane Roe told reporters that the budget rows at State were the hardest part of her career.", True),
    ("Counsel for the State of Nebraska spoke first. The State argued that the search was lawful.", True),
])
def test_state_after_a_determiner_is_a_class_word(nlp, text, kept):
    """"this State", "her State": a speech's capitalised class word, not a name
    (filter "country class word"); bare "at State" (the department) and the short
    form of "the State of Nebraska" stay what spaCy made of them."""
    drops: list = []
    find_actors(nlp(text), Article(text=text, title="-", source="-"), None, drops)
    assert (("country class word", "State") in {(d.rule, d.name) for d in drops}) is not kept


def test_filters_record_what_they_drop(nlp):
    from tui.analysis.actors import Drop, FILTERS

    seen: set[tuple[str, str]] = set()
    for text in (
        "Jane Doe (French pronunciation: [ʒan do]) was a Swiss mathematician.",
        "The town grew fast.\n\nBackground\n\nThe town was founded by farmers in 1850.",
        "We measured the sea surface temperature (SST) daily. The SST rose in May.",
        "In Spanish poetry, the line often ends mid-phrase.",
        "Jane Doe founded the field of Frame Semantics, and frame theory grew from semantics.",
        "I thank the voters of Lyonesse. I will serve the Nation as long as I can.",
        "Love ya.\n\nMarcie\n\nP.S. What about Kittie?",
        "Jane Doe earned a PhD in anatomy at Lyon. Her roles include The Lookout (2007) and Stoker (2013).",
        "The figures for each town are given in Appendix S1 of the report.",
        "Jane Doe Wins Acme Award\n\nJane Doe won the award on Monday. Doe said she would win again.",
        "He said so on Monday.\n\nFollow Jane Doe on Twitter @JaneDoe",
        "As Secretary of State, Jane Doe traveled widely. The State Department said so.",
        "Beyond Doeville, few care.\n\nThe mayor of Doeville said so.",
        "Harbor Council Backs The Bridge Plan\n\nThe Harbor Council voted for the bridge plan, the mayor said.",
        "Jane Doe was honored with the Marlow Memorial Award for excellence in reporting.",
        "Jane Doe said every LLM is trained on stolen text. LLMs are everywhere.",
        "Fans chanted “Marlow or Bust” outside the hall.",
        "Top Whitcombe adviser quits\n\nThomas Whitcombe lost his top adviser. Whitcombe said so.",
        "Tom Berg obtained a master's degree in Medieval Latin Philology in 1972. Berg later taught at Marlow College.",
        "The hearing opened at nine.\n\nCounselor, you may proceed with your argument.",
        "2. Open Harbour Economics: Foundations and Uses in the Northern Ports\n\nThrough most of the last century, ports set their tolls alone.",
        "The town lost half its people during the Middle Ages and grew again later.",
        "The grid mixes the suffixes Place, Street and Avenue, so check the map.",
        "The film Ghost in the Lantern came out in 1990. Ghost in the Lantern still sells well in Lyon.",
        "Globex Bakery is on Oak Lane. Hours: Mon-Wed 07:45 am - 6 pm, Thu 07:45 am - 05:30 pm, Sun 10 am - 02:00 pm.",
        "Citizens for Responsible Harbours in Lyonesse (CRHL) sued the port on Monday.",
    ):
        drops: list[Drop] = []
        find_actors(nlp(text), Article(text=text, title="-", source="-"), None, drops)
        assert all(d.rule in FILTERS for d in drops)
        seen |= {(d.rule, d.name) for d in drops}
    assert seen >= {
        ("language", "French"), ("nationality of a person", "Swiss"), ("term abbreviation", "SST"),
        ("one-word heading", "Background"), ("style or tradition", "Spanish"), ("concept name", "Frame Semantics"),
        ("country class word", "Nation"), ("note mark", "P.S."), ("academic degree", "PhD"),
        ("work with a year", "Stoker"), ("part of a document", "Appendix S1"),
        ("words glued in a headline", "Jane Doe Wins Acme Award"),
        ("name in an office title", "State"), ("imperative before a name", "Follow Jane Doe"),
        ("preposition before a name", "Beyond Doeville"), ("common words in a headline", "Bridge Plan"),
        ("name of an award", "Marlow Memorial Award"), ("acronym of a common noun", "LLM"),
        ("part of a quoted title", "Bust"), ("common word before a family name", "Top Whitcombe"),
        ("field of study", "Medieval Latin Philology"), ("word of address", "Counselor"),
        ("name in a numbered heading", "Northern Ports"), ("name of a period", "Middle Ages"),
        ("street designator", "Place, Street"), ("last word of a longer name", "Lantern"),
        ("date or time", "Sun 10"), ("piece of a name its acronym spells", "Lyonesse"),
    }


@pytest.mark.parametrize("text", [
    "Voters of this State deserve better. Jane Doe is a candidate for governor of the State of Lyonesse. "
    "Our city and this State will gain.",
    "Tolls rose across this State. Tom Berg won a seat in the State of Doeland last year. Farmers thank this State.",
])
def test_this_state_beside_a_state_of_name_is_that_state(nlp, text):
    # "this State" beside "the State of <name>": that state's short form, a place, not an
    # organisation of its own
    states = [a for a in actors_of(nlp, text) if "State" in a.name]
    assert len(states) == 1 and states[0].type == "GPE" and {m.text for m in states[0].mentions} >= {"State"}


@pytest.mark.parametrize("text, names", [
    # spaCy cut the name before its acronym in two: the words the acronym spells are one name
    ("Citizens for Responsible Harbours in Lyonesse (CRHL) sued the port on Monday. CRHL said the tolls were too high.",
     [{"Citizens for Responsible Harbours in Lyonesse", "CRHL"}]),
    # a lower-case word it leaves out ("instruments")
    ("Jane Doe led the Combined Airborne Sonar instruments for Reef and Lagoon Surveys (CASRLS) campaigns.",
     [{"Combined Airborne Sonar instruments for Reef and Lagoon Surveys", "CASRLS"}, {"Jane Doe"}]),
    # a lower-case word it takes ("into"), a last word it leaves out ("Waters")
    ("The Bureau for Surveys into Lagoon Waters (BSIL) repository holds the data.",
     [{"Bureau for Surveys into Lagoon Waters", "BSIL"}]),
])
def test_a_name_its_acronym_spells_is_one_name(nlp, text, names):
    assert sorted(({m.text for m in a.mentions} for a in actors_of(nlp, text)), key=sorted) == names


def test_initials_are_searched_without_a_frame_per_word():
    from tui.analysis.actors.name_shapes import _abbreviates, _spelled_by

    assert _abbreviates("ACB", ("Acme", "Bolt", "Crane", "Bolt")) and not _abbreviates("ABC", ("Acme", "Crane", "Bolt"))
    assert _spelled_by("Acme instruments for Bolt Crane", "AIBC") and not _spelled_by("Acme for Bolt", "AFC")
    # a hostile name of thousands of words: a recursive search ran out of stack frames
    assert not _abbreviates("AXB", ("Acme", "Bolt") * 1500)
    assert not _spelled_by(" ".join(["Acme"] + ["and"] * 3000), "ABCDEFG")


@pytest.mark.parametrize("text, names", [
    # a weekday or a month with only numbers or clock times after it is a date or a time
    ("Globex Bakery is on Oak Lane. Hours: Mon-Wed 07:45 am - 6 pm, Thu 07:45 am - 05:30 pm, Sun 10 am - 02:00 pm.",
     ["Globex Bakery", "Oak Lane"]),
])
def test_a_date_or_a_time_is_no_actor(nlp, text, names):
    assert sorted(d.name for d in actors_of(nlp, text)) == names


def test_a_date_or_a_time_is_told_by_its_words():
    from tui.analysis.actors.filters import _date_or_time

    assert _date_or_time("March 1902") and _date_or_time("Tue 10:15") and _date_or_time("Fri. 7")
    # a given name, a month alone, or words after it: a name
    assert not _date_or_time("May") and not _date_or_time("May Doe") and not _date_or_time("Sun Valley 2")


@pytest.mark.parametrize("text, names", [
    # the words after an academic chair or degree name a field of study, not an actor
    ("Tom Berg obtained a master's degree in Medieval Latin Philology in 1972. Berg later taught at Marlow College.",
     ["Marlow College", "Tom Berg"]),
    ("In 1961 Jane Doe became Professor of Pacific Island Studies at the University of Lyonesse. Doe retired in 1990.",
     ["Jane Doe", "University of Lyonesse"]),
    ("Tom Berg was Doe Professor of Northern Languages and taught at Marlow College.", ["Marlow College", "Tom Berg"]),
    # after an article the words are the body itself: kept
    ("Jane Doe is a Doctor of the Church, said Tom Berg.", ["Church", "Jane Doe", "Tom Berg"]),
])
def test_a_field_of_study_after_a_chair_or_degree_is_no_actor(nlp, text, names):
    assert sorted(d.name for d in actors_of(nlp, text)) == names


@pytest.mark.parametrize("text, names", [
    # the rest written alone elsewhere: the preposition opening the sentence is no part of it
    ("Beyond Doeville, few care.\n\nThe mayor of Doeville said so.", ["Doeville"]),
    # a name that begins with one ("Beyond Compare"), or the rest never written alone: kept
    ("Beyond Compare released a new version. Beyond Compare is popular.", ["Beyond Compare"]),
    ("Beyond Doeville, few care.\n\nThe mayor said so.", ["Beyond Doeville"]),
    # no name begins with "Among": it goes even when the rest is written nowhere else
    ("Tom Berg gained ground. Among Latinos, he now leads by six points.", ["Latinos", "Tom Berg"]),
])
def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(nlp, text, names):
    assert sorted(d.name for d in actors_of(nlp, text)) == names


@pytest.mark.parametrize("text, names", [
    # a percentage spaCy ran the name over ("Hargrove - 60 percent"), or took for a
    # model number ("Hargrove 30" before "percent"), is cut off
    ("The survey found Hargrove - 60 percent to 30. Hargrove spoke.", ["Hargrove"]),
    ("Marlow 34 percent, Hargrove 30 percent. Marlow said the poll was good.", ["Hargrove", "Marlow"]),
    # a body's head word is no model's: the number after it opens an address
    ("Write to the Harwick State University 114 Elm Hall, Harwick.", ["Harwick", "Harwick State University"]),
])
def test_a_percentage_after_a_name_is_no_part_of_it(nlp, text, names):
    assert sorted(d.name for d in actors_of(nlp, text)) == names


def test_a_number_that_is_part_of_a_name_stays():
    import spacy

    from tui.analysis.actors.candidates import _before_a_quantity

    doc = spacy.blank("en")("Route 66 Doe 46 to 40 percent Roe at 8 percent")  # words only: no parse needed
    assert len(doc) == 11
    assert _before_a_quantity(doc, 0, 2) == 2  # "Route 66": no percentage
    assert _before_a_quantity(doc, 2, 7) == 3  # "Doe 46 to 40 percent": "Doe"
    assert _before_a_quantity(doc, 7, 9) == 8  # "Roe at" before "8 percent": "Roe"


def test_a_heading_word_also_written_inside_a_line_is_a_name():
    from tui.analysis.actors.candidates import _named_mid_line

    assert _named_mid_line("Intro.\nLyon\nWe went to Lyon.", "Lyon")
    assert not _named_mid_line("Intro.\nBackground\nBackground noise is low.", "Background")


@pytest.mark.parametrize("text, name", [
    ("Councillor Jane Marsh said the plan was sound. Marsh later left.", "Jane Marsh"),
    ("Chief Justice Tom Kenner asked a question. Kenner smiled.", "Tom Kenner"),
])
def test_a_title_is_not_part_of_the_name(nlp, text, name):
    d = owner(actors_of(nlp, text), text, name)
    assert d is not None and d.name == name and d.type == "PERSON"


def test_an_organisation_a_role_and_a_person_tagged_as_one_name_are_split(nlp):
    text = "Acme Space Agency Administrator Carl Borden spoke on Monday. Borden said the launch was safe."
    drafts = actors_of(nlp, text)
    person = owner(drafts, text, "Carl Borden")
    assert person.type == "PERSON" and person.name == "Carl Borden" and owner(drafts, text, "Borden", 1) is person
    org = next(d for d in drafts if d.name == "Acme Space Agency")
    assert org.type == "ORG" and [m.text for m in org.mentions] == ["Acme Space Agency"]


def test_a_place_qualified_chamber_is_the_chamber(nlp):
    from tui.analysis.actors import Merge

    text = "The House of Representatives voted on Monday. The U.S. House passed the bill, and the House will vote again."
    trace: list[Merge] = []
    drafts = find_actors(nlp(text), Article(text=text, title="-", source="-"), trace)
    house = owner(drafts, text, "House of Representatives")
    assert owner(drafts, text, "U.S. House") is house and owner(drafts, text, "House", 2) is house
    assert any(m.rule == "place-qualified name" for m in trace)


def test_a_language_translated_from_is_no_actor_but_an_author_adapted_from_is(nlp):
    text = "The poem was translated from Portuguese by a friend."
    assert owner(actors_of(nlp, text), text, "Portuguese") is None
    text = "The map below, adapted from Marinetti and Gazzo (1995), shows the area."
    d = owner(actors_of(nlp, text), text, "Marinetti")
    assert d is not None and d.type == "PERSON"


def test_the_writer_glued_to_a_name_by_and_i_is_cut_off(nlp):
    """spaCy takes "Jane Roe & I" for a firm: the name is "Jane Roe", a person, and
    "I" is the writer."""
    text = "On the drive home Jane Roe & I spotted deer by the road, so we slowed."
    drafts = actors_of(nlp, text)
    d = owner(drafts, text, "Jane Roe")
    assert d is not None and (d.name, d.type) == ("Jane Roe", "PERSON")
    assert owner(drafts, text, "I") is None


@pytest.mark.parametrize("name, tag, want, rule", [
    ("Varn River", "GPE", "LOC", "natural feature or region"),
    ("Lake Merrow", "ORG", "LOC", "natural feature or region"),
    ("Tarn Islands", "ORG", "LOC", "natural feature or region"),
    ("Tarn Islands", "GPE", "GPE", None),  # islands can have a government
    ("Jane Lake", "PERSON", "PERSON", None),  # a surname
    ("Molly Point", "PERSON", "GPE", "given name before a feature word"),
    ("Carol Springs", "PERSON", "GPE", "given name before a feature word"),
    ("Jane Hill", "PERSON", "PERSON", None),  # a common surname
    ("John Bay", "PERSON", "PERSON", None),
    ("Earth", "GPE", "LOC", "natural feature or region"),
    ("Varn Hotel", "ORG", "FAC", "facility head word"),
    ("Doeville Square", "PERSON", "FAC", "facility head word"),
    ("Doeville University", "FAC", "ORG", "institution word"),
    ("University of Doeville", "GPE", "ORG", "institution word"),
    ("Bohai sea", "GPE", "LOC", "natural feature or region"),
    ("Varn Airlines", "NORP", "ORG", "organisation head word"),
    ("Ministry of Tides", "GPE", "ORG", "organisation head word"),
    ("Varnian Union", "GPE", "GPE", None),  # a state can be a union
    ("Doeville Star", "FAC", "ORG", "organisation head word"),  # a newspaper spaCy took for a building
    ("Lyonesse Herald", "GPE", "ORG", "organisation head word"),
    ("Allied Nations", "FAC", "ORG", "organisation head word"),
    ("Jane Post", "PERSON", "PERSON", None),  # a given name in front: a person
    ("Jane Press", "PERSON", "PERSON", None),
    ("Harriet Marlow Foundation", "PERSON", "ORG", "body named after a person"),
    ("Marlow Campaign", "PERSON", "ORG", "body named after a person"),
    ("Rhode Island", "GPE", "GPE", None),  # a state of the gazetteer, not an island
    ("Moreno Valley", "GPE", "GPE", None),  # a town of the gazetteer, not a valley
    ("Moreno Valley", "ORG", "LOC", "natural feature or region"),  # spaCy's GPE is needed
    ("Varn County", "FAC", "GPE", "name of a division"),
    ("County Varn", "PERSON", "GPE", "name of a division"),
    ("Municipality of Doeville", "ORG", "GPE", "name of a division"),
    ("Greater Doeville Metropolitan Area", "ORG", "GPE", "name of a division"),
    ("Holy Varnian Empire", "ORG", "GPE", "name of a division"),
    ("Varn County Council", "ORG", "ORG", None),  # a body of the county
    ("Friends of Varn County", "ORG", "ORG", None),  # "of": named after the county
    ("Varn County Prison", "ORG", "FAC", "facility head word"),
    ("Center for Varn Studies", "FAC", "ORG", "centre of a field"),
    ("Doe Research Center", "FAC", "ORG", "centre of a field"),
    ("Doe Space Center", "FAC", "FAC", None),  # a launch site too
    ("Doeville Convention Center", "FAC", "FAC", None),  # a hall
    ("Doe Center", "FAC", "FAC", None),
    ("Doe Tower", "PERSON", "FAC", "facility head word"),  # no given name: named after a family
    ("Tom Tower", "PERSON", "PERSON", None),
    ("Doe Hall", "PERSON", "PERSON", None),  # a common surname
    ("Varn Avenue", "EVENT", "FAC", "facility head word"),  # spaCy's guess for a street it does not know
    ("Doeville Airport", "LAW", "FAC", "facility head word"),
    ("Varn Station", "PRODUCT", "FAC", "facility head word"),
    ("Varnholt Park", "WORK_OF_ART", "WORK_OF_ART", None),  # a novel or a film may be named so
    ("Doeville Marathon", "ORG", "EVENT", "name of an event"),
    ("Roe County Primary", "ORG", "EVENT", "name of an event"),
    ("Lyonesse Film Festival", "FAC", "EVENT", "name of an event"),
    ("Festival of Lanterns", "ORG", "EVENT", "name of an event"),  # the head before "of"
    ("Paralympics", "ORG", "EVENT", "name of an event"),  # the plural games, one word
    ("Hurricane Jane", "ORG", "EVENT", "name of an event"),
    ("Tropical Storm Roe", "GPE", "EVENT", "name of an event"),
    ("Hurricane Doe", "PERSON", "PERSON", None),  # a nickname too: never from a person's tag
    ("Marathon", "ORG", "ORG", None),  # one word: a firm as often
    ("Commission on Varn Debates", "ORG", "ORG", None),  # the head before "on": a body
    ("Varn Caucus", "ORG", "ORG", None),  # a body of members
    ("Doeville Convention", "ORG", "ORG", None),  # an assembly as often as a gathering
])
def test_head_words_type_a_name(name, tag, want, rule):
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    assert _cluster_type([_Cand(0, len(name), name, tag, 0)], [0])[:2] == (want, rule)


def test_an_event_name_beside_a_shorter_name_keeps_the_vote():
    """"Roe" in a cluster with "the Roe Primary" (a party the parse joined to its vote)
    keeps the cluster's type; the event's name alone is an event."""
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    primary = _Cand(0, 11, "Roe Primary", "ORG", 0)
    assert _cluster_type([primary], [0])[:2] == ("EVENT", "name of an event")
    assert _cluster_type([primary, _Cand(20, 23, "Roe", "ORG", 20), _Cand(40, 43, "Roe", "ORG", 40)], [0, 1, 2])[:2] == ("ORG", None)


def test_a_bare_one_word_facility_tag_yields_to_the_other_tags_and_cues():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    # "south of Varnby" three times tagged FAC, once a region, once "Varnby, the chief town of ..."
    cands = [_Cand(20 * k, 20 * k + 6, "Varnby", "FAC", 20 * k) for k in range(3)]
    cands += [_Cand(60, 66, "Varnby", "LOC", 60), _Cand(80, 86, "Varnby", "FAC", 80, cue="GPE", cue_rule="context cue")]
    assert _cluster_type(cands, list(range(5)))[:2] == ("GPE", "one-word facility tag")
    # alone: "people from Tarnel", "a walk along Tarnel" make a place; "in Tarnel" or no preposition leave the tag
    assert _cluster_type([_Cand(0, 6, "Tarnel", "FAC", 0, preposition="from")], [0])[:2] == ("GPE", "one-word facility tag")
    assert _cluster_type([_Cand(0, 6, "Tarnel", "FAC", 0, preposition="in")], [0])[:2] == ("FAC", None)
    assert _cluster_type([_Cand(0, 6, "Tarnel", "FAC", 0)], [0])[:2] == ("FAC", None)
    # "the Varnhall" names a building; so do a facility's word and a facility cue
    assert _cluster_type([_Cand(0, 8, "Varnhall", "FAC", 0, after_the=True)], [0])[:2] == ("FAC", None)
    assert _cluster_type([_Cand(0, 8, "Varnhall", "FAC", 0, cue="FAC", cue_rule="context cue")], [0])[:2] == ("FAC", None)
    assert _cluster_type([_Cand(0, 11, "Varn Street", "FAC", 0)], [0])[:2] == ("FAC", None)


def test_a_given_and_family_name_outweighs_the_repeated_tags_of_the_family_name():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    full = _Cand(0, 8, "Jane Doe", "ORG", 0, cue="PERSON", cue_rule="given and family name")
    cands = [full] + [_Cand(20 * k, 20 * k + 3, "Doe", "ORG", 20 * k) for k in range(1, 5)]
    assert _cluster_type(cands, list(range(5)))[:2] == ("PERSON", "given and family name")
    # a cue of another type on the full name ("Jane Doe Inc." cut short, "the Jane Doe store") leaves the vote
    other = _Cand(0, 8, "Jane Doe", "ORG", 0, cue="ORG", cue_rule="context cue")
    assert _cluster_type([other] + cands[1:], list(range(5)))[0] == "ORG"


@pytest.mark.parametrize("name, want, rule", [
    ("Varnani", "NORP", "demonym"),  # spaCy's GPE and NORP for a people's name
    ("Karachi", "GPE", None),  # a town of the gazetteer ending so stays one
])
def test_a_place_tagged_as_a_group_is_a_demonym_unless_a_known_town(name, want, rule):
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(0, len(name), name, "GPE", 0), _Cand(20, 20 + len(name), name, "NORP", 20)]
    assert _cluster_type(cands, [0, 1])[:2] == (want, rule)


def test_a_peoples_name_after_at_stays_a_place_whatever_its_ending():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    at = _Cand(0, 7, "Varnese", "NORP", 0, cue="GPE", cue_rule="people's name after at")
    cands = [at, _Cand(20, 27, "Varnese", "NORP", 20)]
    assert _cluster_type(cands, [0, 1])[:2] == ("GPE", "people's name after at")  # not "demonym"
    in_a_place = _Cand(0, 7, "Varnese", "NORP", 0, cue="GPE", cue_rule="context cue")
    assert _cluster_type([in_a_place, cands[1]], [0, 1])[:2] == ("NORP", None)  # the demonym rule


@pytest.mark.parametrize("text, surface, want", [
    ("Many Varnholt residents left the town in 1990.", "Varnholt", "GPE"),
    ("Troops crossed the Varnholt border at night.", "Varnholt", "GPE"),
    ("Tarnow sits inside the state of Varnia, by its coast.", "Varnia", "GPE"),
    ("She grew up in the kingdom of Varnia before the war.", "Varnia", "GPE"),
    ("The delegates of the member states of Varnia met.", "Varnia", None),  # a plural: a body's members
])
def test_a_place_noun_after_a_name_gives_a_place(nlp, text, surface, want):
    assert [cue for cue, _ in cues_of(nlp, text, surface)] == [want]


@pytest.mark.parametrize("text, surface, tag, want, rule", [
    ("Yesterday Julia arrived late.", "Julia", "ORG", "PERSON", "given name"),
    ("Yesterday Gérard arrived late.", "Gérard", "ORG", "PERSON", "given name"),
    ("They met Varnholt's widow at the station.", "Varnholt", "ORG", "PERSON", "a person's kin or life"),
    ("Varnholt died in 1990 after a long illness.", "Varnholt", "GPE", "PERSON", "a person's verb"),
    ("Varnholt was born in 1950.", "Varnholt", "ORG", "PERSON", "a person's verb"),
    ("The council appointed Varnholt to run the archive.", "Varnholt", "ORG", "PERSON", "object of a person's verb"),
    ("Border guards arrested Varnholt on Tuesday.", "Varnholt", "GPE", "PERSON", "object of a person's verb"),
    ("Varnholt was kidnapped in the spring.", "Varnholt", "ORG", "PERSON", "object of a person's verb"),
    ("Varnholt was elected in the spring.", "Varnholt", "ORG", None, None),  # a party is elected too
    ("The board appointed VARNHOLT to audit the books.", "VARNHOLT", "ORG", None, None),  # an acronym: a firm
    ("The council appointed the Varnholt to run the archive.", "Varnholt", "ORG", None, None),  # "the X"
    ("The council hired Varnholt to run the archive.", "Varnholt", "ORG", None, None),  # firms are hired
    ("Varnholt’s Jane Roe was interviewed on the radio.", "Varnholt", "ORG", None, None),  # the owner of who was
    ("Varnholt lost his notes on the train.", "Varnholt", "ORG", "PERSON", "subject of his or her"),
    ("Jane Doe said that Varnholt spoiled her plans.", "Varnholt", "ORG", None, None),  # her: Jane Doe's
    ("He said Varnholt lost his notes.", "Varnholt", "ORG", None, None),  # his: the speaker's
    ("Varnholt asked her about her plans.", "Varnholt", "ORG", None, None),  # her: the one asked
    ("Malawi lost his trust.", "Malawi", "GPE", None, None),  # a country: its leader's
    ("VARNHOLT lost his notes.", "VARNHOLT", "ORG", None, None),  # an acronym is no person
    ("Varnholt lost her notes on the train.", "Varnholt", "GPE", None, None),  # a country can be "her"
    ("They mourned Varnholt's founding father.", "Varnholt", "ORG", None, None),  # a figure of speech
    ("Fans mourned the end of Varnholt's career last week.", "Varnholt", "ORG", "PERSON", "a person's kin or life"),
    ("Varnholt's retirement surprised the fans.", "Varnholt", "ORG", "PERSON", "a person's kin or life"),
    ("The firm praised Varnholt's career plan.", "Varnholt", "ORG", None, None),  # the plan is the owner's
    ("In 1990 the family moved to Varnholt.", "Varnholt", "ORG", "GPE", "preposition of place"),
    ("They spent the winter in Varnholt.", "Varnholt", "ORG", "GPE", "preposition of place"),
    ("The bill stalled in Parliament for a year.", "Parliament", "ORG", None, None),  # heads names of bodies
    ("She danced in Varnholt, the varnholt of her youth.", "Varnholt", "ORG", None, None),  # a word, written so
    ("He flew in his Varnholt to the rally.", "Varnholt", "ORG", None, None),  # "his X": a thing
    ("The book is sold through Varnholt.", "Varnholt", "ORG", None, None),  # a seller, not a place
    ("The minister said to Varnholt that it was over.", "Varnholt", "ORG", None, None),  # a source, not a place
    ("They sailed to Varnholt and Jane Roe.", "Varnholt", "ORG", None, None),  # listed with a person
    ("Later the Bohai sea froze.", "Bohai sea", "GPE", None, None),  # head words are _cluster_type's
    ("They spent the winter at Varnholt.", "Varnholt", "ORG", None, None),  # schools and firms too
    ("The plan made deep cuts in Varnholt and other programs.", "Varnholt", "ORG", None, None),  # a measure's domain
    ("Just put your money in Varnholt, he said.", "Varnholt", "ORG", None, None),  # a holding, not a place
    ("The film won in Varnholt.", "Varnholt", "PERSON", None, None),  # a person's tag is left alone
    ("The monks settled at Varnese in the spring.", "Varnese", "NORP", "GPE", "people's name after at"),
    ("She stayed a teacher at Varnese for years.", "Varnese", "LANGUAGE", "GPE", "people's name after at"),
    ("She was always good at Varnese and maths.", "Varnese", "LANGUAGE", None, None),  # a language one is good at
    ("They laughed at the Varnese in the square.", "Varnese", "NORP", None, None),  # "the X": a people
    ("Critics looked at Varnholters in the polls.", "Varnholters", "NORP", None, None),  # a plural: a people
])
def test_type_evidence_from_the_name_and_the_sentence(nlp, text, surface, tag, want, rule):
    from tui.analysis.actors.cues import _type_evidence
    from tui.analysis.actors.tokens import _root

    doc = nlp(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface))
    after_the = span.start > 0 and doc[span.start - 1].lower_ == "the"
    lower_words = {t.text for t in doc if t.is_lower}
    cue, strong, got_rule = _type_evidence(
        doc, span.start, span.end, _root(doc, span.start, span.end), tag, after_the, lower_words
    )
    assert (cue, got_rule) == (want, rule)
    assert strong is (rule == "moved to or from")  # only a place moved to or from rules a person out


def test_a_place_moved_to_rules_out_a_person_by_its_strength(nlp):
    # the strength comes from _type_evidence as from _context_cue: "sailed to Kowalczyk" with
    # the name tagged as a person marks it as no person's, whatever the rule is called
    from tui.analysis.actors.candidates import _candidates
    from tui.analysis.actors.cues import _type_evidence
    from tui.analysis.actors.tokens import _root

    text = "The next day they sailed to Kowalczyk."
    doc = nlp(text)
    start = text.index("Kowalczyk")
    span = doc.char_span(start, start + len("Kowalczyk"))
    assert _type_evidence(doc, span.start, span.end, _root(doc, span.start, span.end), "PERSON", False) == (
        "GPE", True, "moved to or from"
    )
    cands = [c for c in _candidates(doc)[0] if c.text == "Kowalczyk"]
    assert cands and all(c.not_person for c in cands)


@pytest.mark.parametrize("text, surface, want", [
    ("As Varnholt’s (2011) model shows, the effect is small.", "Varnholt", True),
    ("The effect is small (Roe, 2010; Varnholt 2011).", "Varnholt", True),
    ("The effect is small (Varnholt, 2011).", "Varnholt", True),
    ("She studied in Varnholt (1925) and Lyon.", "Varnholt", True),  # the rule itself; the place guard is in _candidates
    ("Varnholt is a small town.", "Varnholt", False),
])
def test_cited_authors(nlp, text, surface, want):
    from tui.analysis.actors.cues import _cited_author

    doc = nlp(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface))
    assert _cited_author(doc, span.start, span.end) is want


def test_a_place_and_a_year_is_no_cited_author(nlp):
    text = "Jane Doe taught at Varn University in Scotland (1925)."
    assert owner(actors_of(nlp, text), text, "Scotland").type == "GPE"


def test_a_full_persons_name_is_a_person_after_on(nlp):
    # "on X" is evidence against a one-word name, not against a person's full name
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(0, 13, "Marcus Varney", "PERSON", 0, not_person=True)]
    assert _cluster_type(cands, [0])[0] == "PERSON"
    # a noun saying what it is still rules a person out ("the supergroup Blind Faith")
    cands = [_Cand(0, 11, "Blind Varney", "PERSON", 0, not_person=True, cue="ORG")]
    assert _cluster_type(cands, [0])[0] == "ORG"


def test_a_given_and_family_name_is_no_evidence_against_a_person():
    # "a group Marcus Varney won" (a misparse: the group in apposition) and one "The Varney"
    # beside two plain mentions: a given and family name tagged as a person's stays one
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(0, 13, "Marcus Varney", "PERSON", 0, not_person=True, cue="ORG", cue_rule="context cue")]
    cands += [_Cand(20 * k, 20 * k + 6, "Varney", "ORG", 20 * k) for k in (1, 2)]
    cands.append(_Cand(80, 86, "Varney", "PERSON", 80, not_person=True, after_the=True))
    assert _cluster_type(cands, [0, 1, 2, 3])[:2] == ("PERSON", None)
    # most mentions against: not a person after all
    cands += [_Cand(20 * k, 20 * k + 6, "Varney", "PERSON", 20 * k, not_person=True) for k in (5, 6)]
    assert _cluster_type(cands, [0, 3, 4, 5])[0] != "PERSON"


def test_retypes_are_recorded_by_rule(nlp):
    from tui.analysis.actors import Retype, TYPE_RULES

    text = "Jane Doe stayed at the Varn Hotel. The Varn Hotel was full."
    retypes: list[Retype] = []
    find_actors(nlp(text), Article(text=text, title="t", source="-"), None, None, retypes)
    assert all(r.rule in TYPE_RULES and r.type != r.spacy_type for r in retypes)
    hotel = [r for r in retypes if r.name == "Varn Hotel"]
    assert not hotel or hotel[0].type == "FAC"


def test_a_person_shown_by_the_sentences_outweighs_a_repeated_guess():
    # spaCy's ORG for the same unknown word, five times, is one guess; "Varnholt's widow"
    # and "Varnholt lost his notes" show a person
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(10 * k, 10 * k + 8, "Varnholt", "ORG", 10 * k) for k in range(5)]
    assert _cluster_type(cands, list(range(5)))[:2] == ("ORG", None)
    cands.append(_Cand(60, 68, "Varnholt", "ORG", 60, cue="PERSON", cue_rule="a person's kin or life"))
    assert _cluster_type(cands, list(range(6)))[:2] == ("PERSON", "a person's kin or life")


def test_the_recorded_spacy_type_is_the_vote_the_rule_is_judged_against():
    # "Jane Varnholt" once and "Varnholt" three times as an organisation: the plain count of
    # spaCy's tags says ORG, but its weighted vote (the one-word guesses do not count beside a
    # full person's name) says PERSON, and that is what a Retype records as spaCy's type
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(0, 13, "Jane Varnholt", "PERSON", 0)]
    cands += [_Cand(20 * k, 20 * k + 8, "Varnholt", "ORG", 20 * k) for k in range(1, 4)]
    assert _cluster_type(cands, list(range(4))) == ("PERSON", None, "PERSON")
    # a cue that decides it is judged against the same vote
    cands = [_Cand(20 * k, 20 * k + 8, "Varnholt", "ORG", 20 * k) for k in range(2)]
    cands.append(_Cand(60, 68, "Varnholt", "ORG", 60, cue="PERSON", cue_rule="a person's kin or life"))
    assert _cluster_type(cands, [0, 1, 2]) == ("PERSON", "a person's kin or life", "ORG")


def test_bare_head_noun_joins_the_one_institution_named_in_full(nlp):
    text = ("The House voted on Tuesday. Later the White House said the House had acted too fast. "
            "The House of Representatives meets again in May.")
    drafts = actors_of(nlp, text)
    house = owner(drafts, text, "House voted")
    assert house is owner(drafts, text, "House of Representatives")
    assert house is not owner(drafts, text, "White House")


def test_bare_head_noun_joins_the_one_place_institution_named_in_full(nlp):
    text = ("Springfield State University raised its fees on Monday. The University said the White House "
            "had cut its grants. University Hospital will close a ward, the University added.")
    drafts = actors_of(nlp, text)
    uni = owner(drafts, text, "University said")
    assert uni is owner(drafts, text, "Springfield State University")
    assert uni is not owner(drafts, text, "University Hospital")
    assert uni is not owner(drafts, text, "White House")
    text = "The White House said on Monday it would act. The House Budget Committee met, and the House voted."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "House voted") is not owner(drafts, text, "White House")


def test_a_demonstrative_cuts_an_entity_and_leaves_the_rest_untyped(nlp):
    from tui.analysis.actors.candidates import _pieces

    doc = nlp("Acme Bank this Court")
    assert _pieces(doc, 0, 4) == [(0, 2, False), (3, 4, True)]


def test_a_persons_full_name_is_not_split_into_given_names_and_surname(nlp):
    text = ("Mary Ann Varnholt arrived in Leeds on Monday. Mary Ann greeted the crowd at noon. "
            "Varnholt said the trip had been long.")
    drafts = actors_of(nlp, text)
    full = owner(drafts, text, "Mary Ann Varnholt")
    assert any(m.text == "Mary Ann Varnholt" for m in full.mentions)
    assert owner(drafts, text, "Varnholt", 1) is full


def test_a_name_given_family_name_first_is_the_same_person(nlp):
    text = ("Yuki Tanabe wrote her first novel in 1990. In Japan she is known as Tanabe Yuki. "
            "Yuki Tanabe died in 2011.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Tanabe Yuki") is owner(drafts, text, "Yuki Tanabe")


def test_a_name_written_with_and_without_accents_is_one_actor(nlp):
    text = "Tourists flock to Mérida every winter. Hotels in Merida are full in January."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Mérida") is owner(drafts, text, "Merida")


def test_a_given_name_after_a_surname_in_a_reading_list_is_one_person(nlp):
    text = ("Further reading:\n\nVarnholt, Jane. A History of the Northern Line\n\n"
            "Ashby, Mary and Roe, Thomas. Winter Roads\n\nSincerely, Mary Ashby\n")
    drafts = actors_of(nlp, text)
    jane = owner(drafts, text, "Jane")
    assert jane is not None and jane.name == "Jane Varnholt"
    assert jane is owner(drafts, text, "Varnholt")
    assert owner(drafts, text, "Mary Ashby").name == "Mary Ashby"


def test_a_given_name_tagged_a_place_after_a_surname_in_a_reading_list_is_one_person(nlp):
    # spaCy tags the lone "Agatha" a town; the reading list makes it Agatha Penhallow
    text = ("Further reading:\n\nVarnholt, Jane. A History of the Northern Line\n\n"
            "Penhallow, Agatha. The Lyonesse Affair at Winterby\n\nRoe, Thomas. Winter Roads\n")
    drafts = actors_of(nlp, text)
    agatha = owner(drafts, text, "Agatha")
    assert agatha is not None and (agatha.name, agatha.type) == ("Agatha Penhallow", "PERSON")


def test_a_state_after_a_town_at_the_start_of_a_line_is_no_inverted_name(nlp):
    # "Virginia" is a given name too, but a state of the tables: a town and its state
    text = "Dispatches from the valley:\n\nLynchburg, Virginia. The mill closed on Monday after a long strike.\n"
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Virginia").name == "Virginia"


def test_a_country_is_not_the_surname_of_a_name_misread_as_a_person(nlp):
    from tui.analysis.actors.clustering import _Group, _partial_ok

    taiwan = _Group("Taiwan", ("Taiwan",), votes=Counter({"GPE": 1}))
    assert not _partial_ok(taiwan, _Group("Biomed Taiwan", ("Biomed", "Taiwan")), "PERSON")
    doe = _Group("Doe", ("Doe",), votes=Counter({"PERSON": 1}))
    assert _partial_ok(doe, _Group("Jane Doe", ("Jane", "Doe")), "PERSON")


def test_a_name_ending_in_hotel_misread_as_a_person_takes_no_short_form():
    from tui.analysis.actors.clustering import _Group, _partial_ok

    lyonesse = _Group("Lyonesse", ("Lyonesse",), votes=Counter({"PERSON": 1}))
    assert not _partial_ok(lyonesse, _Group("Lyonesse Hotel", ("Lyonesse", "Hotel")), "PERSON")
    assert _partial_ok(lyonesse, _Group("Lyonesse Park", ("Lyonesse", "Park")), "PERSON")  # Park is a surname


def test_a_lone_word_heading_below_the_opening_is_no_name(nlp):
    from tui.analysis.actors.candidates import _lone_heading

    text = ("Lyonesse\n\nA guide to the town.\n\nLyonesse lies on the coast.\n\nBackground\n\n"
            "The town grew around its harbour.\n\nTregarth\n\nTregarth is the old quarter.\n")
    doc = nlp(text)
    word = {t.text: t for t in doc}
    assert _lone_heading(text, word["Background"])
    assert not _lone_heading(text, word["Tregarth"])  # named in the text as well
    assert not _lone_heading(text, doc[0])  # the headline


def test_a_lone_word_heading_below_a_first_paragraph_of_the_body_is_no_name(nlp):
    from tui.analysis.actors.candidates import _lone_heading

    body = "\n\nUnderstand\n\nThe town grew around its harbour in the middle ages, and it is busy in summer.\n"
    text = "Lyonesse is a harbour town on the rocky west coast, known for its fish market and old walls." + body
    assert _lone_heading(text, {t.text: t for t in nlp(text)}["Understand"])
    text = "Lyonesse by night" + body  # below a headline: the opening of the article
    assert not _lone_heading(text, {t.text: t for t in nlp(text)}["Understand"])


def test_an_honorific_in_front_of_a_name_tagged_otherwise_votes_person(nlp):
    from tui.analysis.actors.candidates import _candidates

    # spaCy tags the words after "Dr." as an organisation here; the honorific leaves the name
    cands, _ = _candidates(nlp("Then Dr. Quillfeather Corp arrived."))
    (cand,) = [c for c in cands if "Quillfeather" in c.text]
    assert cand.label == "ORG" and cand.text == "Quillfeather Corp"
    assert (cand.cue, cand.cue_rule) == ("PERSON", "honorific")


def test_a_military_rank_before_the_family_name_of_a_person_named_in_full_is_his_title(nlp):
    # spaCy tags "General Varnholt" as an organisation; the text names Marcus H. Varnholt in
    # full, so the rank is his title and the mention his
    text = ("Critics said the leak was worse than what happened to General Varnholt. "
            "Last year, Marcus H. Varnholt, a former spy chief, admitted he had shared secrets.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "General Varnholt") is owner(drafts, text, "Marcus H. Varnholt")
    assert owner(drafts, text, "General Varnholt").type == "PERSON"
    assert ("PERSON", "military rank before a family name") in cues_of(nlp, text, "Varnholt")


def test_a_military_rank_before_a_word_no_person_of_the_text_ends_with_stays_whole(nlp):
    # no full name of a person ends with "Brisk" nor "Motors": the tags stand, rank and all
    text = ("\"After consulting with General Varnholt, General Brisk and the staff, we have a plan,\" "
            "the memo reads. General Motors agreed.")
    names = {d.name: d.type for d in actors_of(nlp, text)}
    assert names.get("General Brisk") == "ORG" and names.get("General Motors") == "ORG"


def test_an_honorific_in_front_of_a_name_tagged_as_a_person_votes_person_too(nlp):
    # spaCy tags "Parker Lindqvist" and the first bare "Lindqvist" as organisations and
    # only "Dr. Lindqvist" as a person: the title is evidence, not one more tag in the vote
    text = "Parker Lindqvist ran for the seat in 2010. Lindqvist lost the primary. Dr. Lindqvist said the loss hurt."
    assert owner(actors_of(nlp, text), text, "Parker Lindqvist").type == "PERSON"


def test_a_name_after_an_honorific_is_no_evidence_against_a_person_wherever_it_stands(nlp):
    from tui.analysis.actors.candidates import _candidates

    # "on X" and "the X" count against a person; not once a title says one
    cands, _ = _candidates(nlp("The attacks on Ms. Halvorsen are unfair, an aide said."))
    (cand,) = [c for c in cands if c.text == "Halvorsen"]
    assert not cand.not_person and (cand.cue, cand.cue_rule) == ("PERSON", "honorific")


def test_a_signature_alone_on_the_last_line_is_no_heading(nlp):
    from tui.analysis.actors.candidates import _lone_heading

    text = "Dear Tom,\n\nThe roof is mended.\n\nThe garden is full of weeds again.\n\nLove,\n\nVarna\n"
    doc = nlp(text)
    assert not _lone_heading(text, next(t for t in doc if t.text == "Varna"))


def test_a_bare_name_and_the_name_with_island_are_one_place_whatever_its_tag():
    from tui.analysis.actors.clustering import _Group, _partial_ok

    lone = _Group("Lyonesse", ("Lyonesse",), votes=Counter({"PERSON": 1}))
    assert _partial_ok(lone, _Group("Lyonesse Island", ("Lyonesse", "Island")), "LOC")
    assert not _partial_ok(lone, _Group("Lyonesse Bay", ("Lyonesse", "Bay")), "LOC")


@pytest.mark.parametrize("text, surface", [
    ("The mayor of Varnholt resigned on Monday.", "Varnholt"),
    ("Last year the population of Varnholt grew by a tenth.", "Varnholt"),
    ("Last year Varnholt's population grew by a tenth.", "Varnholt"),
    ("The town has not grown like cities such as Varnholt and Roeburg.", "Varnholt"),
    ("The town has not grown like cities such as Varnholt and Roeburg.", "Roeburg"),
])
def test_a_noun_only_places_have_gives_a_place(nlp, text, surface):
    got = cues_of(nlp, text, surface)
    assert got and got[0][0] == "GPE", got


@pytest.mark.parametrize("text, surface", [
    ("Jane Doe's village was flooded.", "Jane Doe"),  # a person has a village
    ("The novel was written by Varnholt in a small town.", "Varnholt"),
])
def test_a_person_is_no_place_by_a_place_noun(nlp, text, surface):
    assert all(cue != "GPE" for cue, _ in cues_of(nlp, text, surface))


@pytest.mark.parametrize("text, surface, want", [
    ("There are two flights from Varnholt every week.", "Varnholt", ("GPE", "moved to or from")),
    ("In 1990 the family moved to Varnholt.", "Varnholt", ("GPE", "moved to or from")),
    ("The first prize went to Varnholt.", "Varnholt", (None, None)),  # a prize goes to a person
    ("The minister said to Varnholt that it was over.", "Varnholt", (None, None)),
    ("In 1990 the family moved to Julia.", "Julia", (None, None)),  # a given name
])
def test_a_place_travelled_to_is_no_person(nlp, text, surface, want):
    from tui.analysis.actors.cues import _type_evidence
    from tui.analysis.actors.tokens import _root

    doc = nlp(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface))
    cue, strong, rule = _type_evidence(doc, span.start, span.end, _root(doc, span.start, span.end), "PERSON", False)
    assert (cue, rule) == want
    assert strong is (cue is not None)  # a place moved to or from is strong evidence against a person


def test_a_place_shown_by_the_sentences_outweighs_a_repeated_guess():
    # spaCy's PERSON for the same unknown word, five times, is one guess once
    # "the mayor of Varnholt" shows a town
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(10 * k, 10 * k + 8, "Varnholt", "PERSON", 10 * k) for k in range(5)]
    assert _cluster_type(cands, list(range(5)))[:2] == ("PERSON", None)
    cands.append(_Cand(60, 68, "Varnholt", "PERSON", 60, cue="GPE", cue_rule="place noun"))
    assert _cluster_type(cands, list(range(6)))[:2] == ("GPE", "place noun")


@pytest.mark.parametrize("name, tag, want", [
    ("Malawi", "PERSON", ("GPE", "country name")),
    ("Malawi", "ORG", ("GPE", "country name")),
    ("Malawi", "LOC", ("GPE", "country name")),  # a country is no region without a government
    ("Malawi", "GPE", ("GPE", None)),
    ("Georgia", "PERSON", ("PERSON", None)),  # a given name too
])
def test_a_country_of_the_table_is_a_place(name, tag, want):
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    assert _cluster_type([_Cand(0, len(name), name, tag, 0)], [0])[:2] == want


@pytest.mark.parametrize("name, tag, where, want", [
    ("Odense", "ORG", {"preposition": "from"}, ("GPE", "known town")),  # "ferries from Odense"
    ("Odense", "PERSON", {"preposition": "in"}, ("GPE", "known town")),
    ("Odense", "PERSON", {"place_hint": True}, ("GPE", "known town")),  # listed with places, "flew to"
    ("Cancún", "PERSON", {"preposition": "near"}, ("GPE", "known town")),  # accents aside
    ("Odense", "ORG", {}, ("ORG", None)),  # nowhere a place stands
    ("Odense", "ORG", {"preposition": "at"}, ("ORG", None)),  # "studied at X": a school of the town's name
    ("Odense", "ORG", {"preposition": "from", "after_the": True}, ("ORG", None)),  # "the X railroad"
    ("Odense", "PERSON", {"preposition": "in", "speaks": True}, ("PERSON", None)),  # "Odense said"
    ("Odense", "PERSON", {"preposition": "in", "cue": "PERSON"}, ("PERSON", None)),  # "Odense's widow"
    ("Varnholt", "ORG", {"preposition": "from"}, ("ORG", None)),  # no town of the gazetteer
    # a town spaCy tags as a people ("airstrikes around X", "cities like X"), not a people's shape
    ("Odense", "NORP", {"place_hint": True}, ("GPE", "known town")),
    ("Odense", "NORP", {}, ("NORP", None)),  # nowhere a place stands
    ("Roman", "NORP", {"place_hint": True}, ("NORP", None)),  # a people's ending: a town of that name aside
    # a town spaCy tags as a region is a town wherever it stands
    ("Odense", "LOC", {}, ("GPE", "known town tagged a region")),
    ("Asia", "LOC", {}, ("LOC", None)),  # a continent of the region table, whatever town shares its name
    ("Varnholt", "LOC", {}, ("LOC", None)),
    ("Sun Valley", "LOC", {}, ("LOC", None)),  # a name of more words may be the valley
])
def test_a_town_of_the_gazetteer_spacy_took_for_a_person_or_a_firm_is_a_place(name, tag, where, want):
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    assert _cluster_type([_Cand(0, len(name), name, tag, 0, **where)], [0])[:2] == want


@pytest.mark.parametrize("where, want", [
    ({"preposition": "in"}, ("GPE", "known town of several words")),  # "in Fort Wayne"
    ({"place_hint": True}, ("GPE", "known town of several words")),  # "from Fort Wayne, Indiana"
    ({}, ("PERSON", None)),  # nowhere a place stands
    ({"preposition": "in", "speaks": True}, ("PERSON", None)),  # "Fort Wayne said"
])
def test_a_town_of_several_words_that_spacy_tagged_as_a_person_is_a_place(where, want):
    # spaCy's person tag of a whole name of several words otherwise outweighs every other tag
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    name = "Fort Wayne"
    assert _cluster_type([_Cand(0, len(name), name, "PERSON", 0, **where)], [0])[:2] == want


def test_a_town_that_is_the_family_name_of_a_person_in_the_text_stays_a_person():
    # "Tom Austin" named in the text: "a letter from Austin" is more likely him than the town
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(0, 10, "Tom Austin", "PERSON", 0), _Cand(40, 46, "Austin", "PERSON", 40, preposition="from")]
    assert _cluster_type(cands, [1])[:2] == ("PERSON", None)
    assert _cluster_type(cands[1:], [0])[:2] == ("GPE", "known town")


def test_a_town_spacy_tags_as_an_organisation_after_from_is_a_place(nlp):
    from tui.analysis.actors import Retype

    text = "A market town.\n\nThe ferry leaves from Odense twice a day."
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("Odense", "ORG")]
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    assert owner(drafts, text, "Odense").type == "GPE"
    assert [(r.rule, r.spacy_type) for r in retypes] == [("known town", "ORG")]


def test_the_gazetteer_knows_towns_and_states_accents_aside():
    from tui.analysis.gazetteer import is_town

    assert is_town("Odense") and is_town("Cancún") and is_town("Cancun") and is_town("New Hampshire")
    assert not is_town("Varnholt") and not is_town("Acme")


def test_a_dash_dateline_of_a_known_town_is_a_place_and_cut_from_a_name_glued_to_it(nlp):
    from tui.analysis.actors.candidates import _datelines
    from tui.analysis.actors.records import _Cand

    text = "Envoys meet.\n\nROME - Jane Doe met the envoys on Monday."
    cands = [_Cand(14, 29, "ROME - Jane Doe", "ORG", 14)]  # spaCy's one entity across the dash
    _datelines(nlp(text), cands)
    assert sorted((c.text, c.label, c.dateline) for c in cands) == [("Jane Doe", "PERSON", False), ("ROME", "GPE", True)]
    text = "Envoys meet.\n\nROME - Democrats met the envoys on Monday."
    cands = [_Cand(14, 30, "ROME - Democrats", "NORP", 14)]
    _datelines(nlp(text), cands)
    assert sorted((c.text, c.label) for c in cands) == [("Democrats", None), ("ROME", "GPE")]  # typed by its cluster


@pytest.mark.parametrize("text, want", [
    ("Envoys meet.\n\nDES MOINES - The talks went well, officials said.", [("Des Moines", "GPE")]),
    ("Envoys meet.\n\nBERLIN - Donald Roe may be testing the patience of his allies.",
     [("Berlin", "GPE"), ("Donald Roe", "PERSON")]),
    ("Envoys meet.\n\nUPDATE - The talks went well, officials said.", []),  # no place
])
def test_a_dash_dateline_through_the_model(nlp, text, want):
    drafts = actors_of(nlp, text)
    assert [(d.name, d.type) for d in drafts] == want


def test_a_court_joined_to_its_countrys_name_stays_an_organisation():
    # "the Malawi Court of Appeals" and a bare "Malawi" in one cluster: the court is named,
    # not the country; a state's own body ("Malawi Parliament") does not block the country
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    court = [_Cand(0, 24, "Malawi Court of Appeals", "ORG", 0), _Cand(40, 46, "Malawi", "ORG", 40)]
    assert _cluster_type(court, [0, 1])[:2] == ("ORG", None)
    union = [_Cand(0, 12, "Soviet Union", "ORG", 0)]
    assert _cluster_type(union, [0])[:2] == ("GPE", "country name")


def test_a_country_name_tagged_as_a_person_who_acts_stays_a_person():
    # "Chad said ...": a nickname or given name that happens to be a country's
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    assert _cluster_type([_Cand(0, 6, "Malawi", "PERSON", 0, subject=True)], [0])[:2] == ("PERSON", None)


@pytest.mark.parametrize("text, surface, want, rule", [
    ("Isabelle called me twice yesterday about the house.", "Isabelle", "PERSON", "untagged given name"),  # subject
    ("I gave the keys to Isabelle and she left.", "Isabelle", "PERSON", "untagged given name"),
    # an organisation's head word: no given name, an organisation
    ("She sent it to the Ivy League schools.", "Ivy League", "ORG", "untagged name with a head word"),
    # untagged, the subject, and the only one a later "he" can be
    ("Varnow knows much of what he knows because of the tests he runs at his lab.", "Varnow", "PERSON",
     "subject of a later he or she"),
    ("Varnow said Acme hired him after he left.", "Varnow", None, None),  # someone else comes between
    ("Varnow knows what the council wants.", "Varnow", None, None),  # no he or she at all
])
def test_an_untagged_name_is_a_person_by_its_given_name_or_a_later_he_or_she(nlp, text, surface, want, rule):
    from tui.analysis.actors import Retype

    doc = nlp(text)
    assert not any(e.text == surface for e in doc.ents)  # the rules are about names spaCy missed
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    d = owner(drafts, text, surface)
    assert (d.type if d else None) == want
    if want:
        assert [(r.rule, r.spacy_type) for r in retypes] == [(rule, None)]


@pytest.mark.parametrize("name, want", [
    ("Lynn Hartley", "PERSON"),  # no word tagged: "-Lynn" read as one proper noun
    ("Anna Berger", "PERSON"),  # tagged with its dash, which made it no name
    ("Lynn Berger", "PERSON"),  # the family name tagged alone takes the given name in
    ("Lynn Vardon", "PERSON"),  # ... also when spaCy calls it a place
    ("Lynn Quell Cohen", "PERSON"),  # ... and with the untagged words between
    ("Acme", None),  # one word: no name of a person
])
def test_a_name_behind_a_glued_bullet_dash_is_a_person(nlp, name, want):
    from tui.analysis.actors import Retype

    text = f"Reading for the weekend:\n\n-{name} argues that the ferry fares must fall.\n"
    doc = nlp(text)
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    d = owner(drafts, text, name)
    if want is None:
        assert d is None
        return
    assert d is not None and d.type == want and d.name == name
    assert any(m.text == name for m in d.mentions)  # the bullet's dash stays out of the name
    if name not in ("Lynn Berger", "Lynn Quell Cohen"):  # (spaCy tags a person there: no retype to record)
        assert "name after a glued dash" in [r.rule for r in retypes]


@pytest.mark.parametrize("name", ["Kristen Varna Anderson", "Kristen Quell Anderson"])
def test_a_name_behind_a_glued_bullet_dash_is_one_name_over_spacys_pieces(nlp, name):
    # "-Kristen" and "Varna" untagged, "Anderson" tagged, with "Varna" as its title;
    # "-Kristen Quell" and "Anderson" two names
    text = f"Reading for the weekend:\n\n-{name} (R) weighs what the Lyonesse turnout meant.\n"
    drafts = find_actors(nlp(text), Article(text=text, title="t", source="-"))
    d = owner(drafts, text, name)
    assert d is not None and d.name == name and d.type == "PERSON"
    assert [m.text for m in d.mentions] == [name]


def test_a_glued_dash_before_no_given_name_makes_no_name(nlp):
    text = "Reading for the weekend:\n\n-One poll shows the mayor ahead.\n\n-Acme Widgets offers advice.\n"
    drafts = find_actors(nlp(text), Article(text=text, title="t", source="-"))
    assert owner(drafts, text, "One poll") is None  # no given name
    assert owner(drafts, text, "Acme Widgets") is None  # no given name
    text = "Reading for the weekend:\n\n-Acme Berger argues that the ferry fares must fall.\n"
    doc = nlp(text)
    assert ("Berger", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    d = owner(find_actors(doc, Article(text=text, title="t", source="-")), text, "Berger")
    assert d is not None and d.name == "Berger"  # no given name taken in


@pytest.mark.parametrize("text, surface, want, rule", [
    # one untagged word right after a noun for a relative: the relative's name
    ("The widow sold it to her grandson Hollis in the spring.", "Hollis", "PERSON", "named relative or friend"),
    # after a possessive name the word may be that family's name: nothing decided
    ("The widow sold it to Marta's grandson Hollis in the spring.", "Hollis", None, None),
    ("The widow sold it to her grandson HOLLIS in the spring.", "HOLLIS", None, None),  # capitals
    # a fiancé, friend or cousin describes a person as a wife or a brother does
    ("The notes went to her fiancé Brannock Quell.", "Brannock Quell", "PERSON", "context cue"),
])
def test_a_name_a_relative_or_friend_is_given_is_a_person(nlp, text, surface, want, rule):
    from tui.analysis.actors import Retype

    doc = nlp(text)
    assert not any(e.text == surface and e.label_ == "PERSON" for e in doc.ents)
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    d = owner(drafts, text, surface)
    assert (d.type if d else None) == want
    if want:
        assert [r.rule for r in retypes] == [rule]


@pytest.mark.parametrize("text, surface, want, spacy_type", [
    # a one-word name coordinated with "I" or "me": a person the writer lists beside themself
    ("The work goes on slowly. Quillon and Jane and I all have plenty to do this week.", "Quillon", "PERSON", None),
    ("It rained all week, so Osric and I stayed home.", "Osric", "PERSON", None),
    # so where spaCy tags it a town or a firm
    ("It rained all week, so Tobin and I stayed home.", "Tobin", "PERSON", "GPE"),
    ("The letter was written by Osric and me last winter.", "Osric", "PERSON", "ORG"),
    # where the parser gives the name no conjunct, the words "and I" after it say so; and
    # a name it reads as no proper noun at a sentence's start is kept for them
    ("Nobody had the money -- Sabine and I paid for it ourselves.", "Sabine", "PERSON", "GPE"),
    ("It was a hard winter. Yolanda and I kept the shop open anyway.", "Yolanda", "PERSON", "ORG"),
    # not a town of the tables, not in capitals, not after an article or a possessive
    ("It rained all week, so Paris and I stayed home.", "Paris", "GPE", None),
    ("It rained all week, so OSRIC and I stayed home.", "OSRIC", "ORG", None),
    ("It rained all week, so the Varnholt and I stayed in port.", "Varnholt", None, None),
    ("It rained all week, so my Anselm and I stayed home.", "Anselm", "ORG", None),
])
def test_a_name_beside_i_or_me_is_a_person(nlp, text, surface, want, spacy_type):
    from tui.analysis.actors import Retype

    doc = nlp(text)
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    d = owner(drafts, text, surface)
    assert (d.type if d else None) == want
    rules = [(r.rule, r.spacy_type) for r in retypes if r.rule == "named beside I or me"]
    assert rules == ([("named beside I or me", spacy_type)] if want == "PERSON" else [])


def test_the_end_of_a_hyphened_name_before_and_i_is_no_person(nlp):
    # spaCy may tag the first word of "Lamb-Frost" (a bill named for two people) alone and
    # leave the second untagged: "Frost and I" is then the end of a longer name, no one
    # the speaker names beside themself
    from spacy.tokens import Span

    from tui.analysis.actors import Retype

    text = 'She praised the Lamb-Frost bill. "We will keep Lamb-Frost and I will fight for it," she said.'
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Lamb"]
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    assert owner(drafts, text, "Frost") is None
    assert not [r for r in retypes if r.rule == "named beside I or me"]


@pytest.mark.parametrize("text, surface, want", [
    ("The award went to Tidewater Rowing Association last spring.", "Tidewater Rowing Association", "ORG"),
    ("He received the medal of Society for Coastal Lichenology in 2009.", "Society for Coastal Lichenology", "ORG"),
    ("Ferries leave from under Anselmo Bay Bridge every hour.", "Anselmo Bay Bridge", "FAC"),
    ("We did the floors of Corwin Residential Hall this summer.", "Corwin Residential Hall", "FAC"),
    # a lab, an observatory and a bus or shipping firm's "Lines" are bodies; a cemetery,
    # a trail and an air base are places
    ("The samples went to the Quellbrook Lab for testing.", "Quellbrook Lab", "ORG"),
    ("She studied comets at Tidewater Ridge Observatory for years.", "Tidewater Ridge Observatory", "ORG"),
    ("Tickets are sold by Varnholt Coach Lines at the depot.", "Varnholt Coach Lines", "ORG"),
    ("He was buried in Varnholt Hill Cemetery beside his wife.", "Varnholt Hill Cemetery", "FAC"),
    ("We hiked the Anselmo Ridge Trail at dawn.", "Anselmo Ridge Trail", "FAC"),
    ("The jets flew out of Corder Air Base on Monday.", "Corder Air Base", "FAC"),
    # a headline capitalises every word: no name found by its last word there
    ("Rowing Team Wins Again At Harbour Regatta\n\nThe crew won on Sunday.", "Team", None),
])
def test_an_untagged_name_is_found_by_its_head_word(nlp, text, surface, want):
    # spaCy tags such names in short sentences and misses them in long ones: the
    # test takes its entities away
    from tui.analysis.actors import Retype

    doc = nlp(text)
    doc.ents = ()
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    d = owner(drafts, text, surface)
    assert (d.type if d else None) == want
    if want:
        assert d.name == surface
        assert ("untagged name with a head word", want) in [(r.rule, r.type) for r in retypes]


@pytest.mark.parametrize("text, tagged, fragment", [
    # "Pelican" tagged, "Residential Hall" not: no fragment of the name is one
    ("We did the floors of Pelican Residential Hall this summer.", "Pelican", "Residential Hall"),
    ("She marched with Students for a Democratic Society in 1968.", None, "Democratic Society"),
    ("A designer for G-III Apparel Group watched the speech.", None, "III Apparel Group"),
])
def test_no_name_is_found_by_its_head_word_inside_a_longer_name(nlp, text, tagged, fragment):
    doc = nlp(text)
    spans = []
    if tagged:
        at = text.index(tagged)
        spans = [doc.char_span(at, at + len(tagged), label="NORP")]
    doc.set_ents(spans, default="outside")
    drafts = find_actors(doc, Article(text=text, title="t", source="-"))
    assert owner(drafts, text, fragment) is None


@pytest.mark.parametrize("text, word, kept", [
    ("Polls close early on Super Tuesday in most states.", "Super", False),  # the name of a day
    ("The mayor spoke in Lyon Tuesday about the budget.", "Lyon", True),  # a place the day follows
])
def test_the_first_word_of_a_days_name_is_no_actor(nlp, text, word, kept):
    from tui.analysis.actors import Drop

    doc = nlp(text)
    assert any(e.text == word for e in doc.ents)
    drops: list[Drop] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, drops)
    assert (owner(drafts, text, word) is not None) == kept
    assert (Drop("name of a day", word) in drops) == (not kept)


@pytest.mark.parametrize("text, word, kept", [
    # spaCy tags the common word opening the paragraph
    ("The race was close.\n\nExit polls showed a close race in the state.", "Exit", False),
    # the article capitalises it inside a sentence too: a name
    ("The race was close.\n\nExit polls showed a close race. The band Exit played at the rally.", "Exit", True),
])
def test_a_common_word_opening_a_line_is_no_actor(nlp, text, word, kept):
    from tui.analysis.actors import Drop

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.ent_type_ and tok.pos_ == "NOUN"
    drops: list[Drop] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, drops)
    assert (owner(drafts, text, word) is not None) == kept
    assert (Drop("common word opening a line", word) in drops) == (not kept)


def test_a_name_in_a_list_mostly_of_places_is_a_place(nlp):
    from tui.analysis.actors.candidates import _candidates

    text = "The coach stops at Oslo, Bergen, Varnholt, Tromso, Jane and Larvik."
    doc = nlp(text)
    tags = {e.text: e.label_ for e in doc.ents}
    assert tags.get("Jane") == "PERSON" and tags.get("Larvik") == "PERSON"  # two people in a list of places
    cands, _ = _candidates(doc)
    assert {c.text: (c.cue, c.cue_rule) for c in cands if c.text in ("Jane", "Larvik")} == {
        "Jane": ("GPE", "listed with places"), "Larvik": ("GPE", "listed with places"),
    }


def test_a_month_or_a_brand_that_is_a_given_name_is_no_person(nlp):
    from tui.analysis.actors.cues import _untagged_given_name

    doc = nlp("Last year August 8 was one of the happiest days for me.")
    i = next(t.i for t in doc if t.text == "August")
    assert not _untagged_given_name(doc, i, i + 1)
    doc = nlp("Shops limited purchases of Isabelle toilet paper to two packs.")
    i = next(t.i for t in doc if t.text == "Isabelle")
    assert doc[i].ent_type_ == "" and doc[i].head.text == "paper"
    assert not _untagged_given_name(doc, i, i + 1)  # a brand in front of a noun
    doc = nlp("I gave the keys to Isabelle and she left.")
    i = next(t.i for t in doc if t.text == "Isabelle")
    assert _untagged_given_name(doc, i, i + 1)


def test_a_persons_name_glued_to_of_and_an_organisation_is_the_person(nlp):
    text = "Wikinews interviews Isabel Lund of Heaven Sent Gaming\n\nIsabel Lund started the studio in 2005."
    drafts = actors_of(nlp, text)
    lund = owner(drafts, text, "Isabel Lund")
    assert lund.name == "Isabel Lund" and lund.type == "PERSON"
    assert owner(drafts, text, "Isabel Lund", 1) is lund


def test_a_verb_inside_an_entity_cuts_it_and_leaves_the_rest_untyped(nlp):
    # spaCy sometimes runs a name over a verb ("Doe composed Nightfall" as one organisation)
    from tui.analysis.actors.candidates import _pieces

    doc = nlp("Later that year Varnholt composed Thyrza, a series of elegies.")
    assert [t.text for t in doc[3:6]] == ["Varnholt", "composed", "Thyrza"] and doc[4].pos_ == "VERB"
    assert _pieces(doc, 3, 6) == [(3, 4, False), (5, 6, True)]


@pytest.mark.parametrize("text, surface, rule", [
    ('He later added "Protector of Mexico" to this title.', "Mexico", "country name"),
    ("Then the family moved south to Vichy.", "Vichy", "moved to or from"),
])
def test_an_untagged_country_or_place_travelled_to_is_a_place(nlp, text, surface, rule):
    from tui.analysis.actors import Retype

    doc = nlp(text)
    assert not any(e.text == surface for e in doc.ents)  # the rule is about names spaCy missed
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    assert owner(drafts, text, surface).type == "GPE"
    assert [(r.rule, r.spacy_type) for r in retypes if r.name == surface] == [(rule, None)]


def test_a_country_is_no_short_form_of_a_longer_place_that_qualifies_it():
    from tui.analysis.actors.clustering import _Group, _partial_ok

    def group(key: str, after_the: bool = False) -> _Group:
        return _Group(key, tuple(key.split()), votes=Counter(GPE=1), after_the=after_the)

    assert not _partial_ok(group("Netherlands", after_the=True), group("Spanish Netherlands"), "GPE")
    assert not _partial_ok(group("South Africa"), group("Western South Africa"), "GPE")
    assert _partial_ok(group("United States"), group("These United States"), "GPE")  # a determiner glued on


def test_a_name_the_text_says_a_person_is_also_known_by_is_the_same_actor(nlp):
    from tui.analysis.actors import Merge

    text = ("Headline\n\nMarta Kowalczyk (born 12 May 1950), better known by her pseudonym Anna Vero, is a novelist. "
            "Vero lives in Lyon.\n\nTomasz Nowak (born Tomasz Jan Wisniewski; 1948) is a painter. "
            "Wisniewski was the name on his first show.")
    doc = nlp(text)
    trace: list[Merge] = []
    drafts = find_actors(doc, Article(text=text, title="Headline", source="-"), trace)
    assert owner(drafts, text, "Anna Vero") is owner(drafts, text, "Marta Kowalczyk")
    assert owner(drafts, text, "Tomasz Jan Wisniewski") is owner(drafts, text, "Tomasz Nowak")
    assert sum(m.rule == "known as" for m in trace) == 2


def test_a_date_or_place_of_birth_is_no_other_name(nlp):
    text = "Headline\n\nTomasz Nowak (born in Lyon in 1948) is a painter. Lyon has a museum of his work."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Lyon") is not owner(drafts, text, "Tomasz Nowak")


def _name_mention(text: str, surface: str, nth: int = 0):
    """The name mention of the nth occurrence of `surface` in `text`."""
    from tui.analysis.model import Mention

    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return Mention(at, at + len(surface), surface, "name")


def test_a_surname_two_people_share_goes_where_the_clustering_put_it_alone(nlp):
    from tui.analysis.actors import Merge
    from tui.analysis.actors.propagation import _propagate
    from tui.analysis.drafts import ActorDraft
    from tui.analysis.model import Mention

    text = "Headline\n\nMarta Kowalczyk met Piotr Kowalczyk. Kowalczyk wrote a book.\n\nKowalczyk moved to Paris."
    doc = nlp(text)

    def mention(surface: str, nth: int = 0) -> Mention:
        return _name_mention(text, surface, nth)

    marta = ActorDraft(key="d0", name="Marta Kowalczyk", type="PERSON",
                       mentions=[mention("Marta Kowalczyk"), mention("Kowalczyk", 2)])
    piotr = ActorDraft(key="d1", name="Piotr Kowalczyk", type="PERSON", mentions=[mention("Piotr Kowalczyk")])
    trace: list[Merge] = []
    _propagate(doc, [marta, piotr], trace)
    assert [m.start for m in marta.mentions if m.text == "Kowalczyk"] == [mention("Kowalczyk", 2).start,
                                                                         mention("Kowalczyk", 3).start]
    assert not any(m.text == "Kowalczyk" for m in piotr.mentions)
    assert Merge("shared form", "Kowalczyk", "Marta Kowalczyk") in trace


def _towns(n: int) -> list:
    from tui.analysis.actors.records import _Cand

    return [_Cand(20 * k, 20 * k + 8, f"Town{k}ville", "GPE", 20 * k) for k in range(n)]


def test_a_one_word_name_with_a_capital_inside_is_no_person():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _capital_inside, _cluster_type

    # "GlobexNet will disagree", "with TrekPal": the way firms and websites write their names
    for name in ("GlobexNet", "TrekPal"):
        assert _cluster_type([_Cand(0, len(name), name, "PERSON", 0, subject=True)], [0])[:2] == (
            "ORG", "name with a capital inside")
    # a family name's particle ("McAllister", "DeWitt", "VanDerBerg"), a given name ("JoAnne",
    # "RoseAnn"), a word in capitals or with a hyphen: no brand's shape
    for word in ("McAllister", "MacLeod", "DeWitt", "LaRue", "VanDerBerg", "FitzRoy", "JoAnne", "RoseAnn", "ACME",
                 "Doe-Roe", "Doeville"):
        assert not _capital_inside(word)
    # nor with a title in front ("Dr. GlobexNet"), nor beside a full name of a person
    titled = _Cand(4, 13, "GlobexNet", "PERSON", 0)
    assert _cluster_type([titled], [0])[0] == "PERSON"
    full = [_Cand(0, 14, "Ann GlobexNet", "PERSON", 0), _Cand(20, 29, "GlobexNet", "PERSON", 20)]
    assert _cluster_type(full, [0, 1])[0] == "PERSON"


def test_a_name_guessed_a_person_among_many_places_is_a_place():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type, _places_among_places

    def typed_of(cands):
        clusters = [[i] for i in range(len(cands))]
        return _places_among_places(cands, clusters, [_cluster_type(cands, ix) for ix in clusters])

    guess = _Cand(500, 508, "Varnholt", "PERSON", 500, place_hint=True)  # "ferries from Varnholt"
    assert typed_of(_towns(8) + [guess])[-1] == ("GPE", "place among places", "PERSON")
    # an organisation guessed so, too, unless its name or the text shows one
    org = _Cand(500, 508, "Varnholt", "ORG", 500, place_hint=True)
    assert typed_of(_towns(8) + [org])[-1] == ("GPE", "place among places", "ORG")
    hospital = _Cand(500, 517, "Varnholt Hospital", "ORG", 500, place_hint=True)
    assert typed_of(_towns(8) + [hospital])[-1][0] == "ORG"
    # too few places, or a given name: spaCy's guess stands; nowhere a place stands, the rule is
    # another one (a name written once or twice: "seldom-named name among places")
    assert typed_of(_towns(3) + [guess])[-1][0] == "PERSON"
    nowhere = _Cand(500, 508, "Varnholt", "PERSON", 500)
    assert typed_of(_towns(8) + [nowhere])[-1][1] == "seldom-named name among places"
    jane = _Cand(500, 513, "Jane Varnholt", "PERSON", 500, place_hint=True)
    assert typed_of(_towns(8) + [jane])[-1][0] == "PERSON"
    # "Varnholt said": a speaker is a person
    speaker = _Cand(500, 508, "Varnholt", "PERSON", 500, place_hint=True, speaks=True)
    assert typed_of(_towns(8) + [speaker])[-1][0] == "PERSON"
    # people the text shows outnumbering the places a fifth of the time: no document of places
    people = [_Cand(300 + 20 * k, 313 + 20 * k, "Jane Roe", "PERSON", 300 + 20 * k) for k in range(2)]
    assert typed_of(_towns(8) + people + [guess])[-1][0] == "PERSON"


def test_a_document_of_places_counts_mentions_not_names():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type, _places_among_places

    def typed_of(cands, clusters):
        return _places_among_places(cands, clusters, [_cluster_type(cands, ix) for ix in clusters])

    def named(name, label, at, times, **kw):
        return [_Cand(at + 20 * k, at + 20 * k + len(name), name, label, at + 20 * k, **kw) for k in range(times)]

    def grouped(*groups):
        cands, clusters = [], []
        for group in groups:
            clusters.append(list(range(len(cands), len(cands) + len(group))))
            cands += group
        return cands, clusters

    guess = named("Varnholt", "PERSON", 9000, 1, place_hint=True)  # "ferries from Varnholt"
    towns = [named(f"Town{k}ville", "GPE", 1000 * k, 3) for k in range(10)]
    # a guide naming ten towns three times each and two people once each ("Jane Roe said"):
    # still a document of places, where counting names with one person more for caution
    # (10 against 3 x 5) said it was not
    people = [named(n, "PERSON", 8000 + 200 * k, 1, speaks=True) for k, n in enumerate(("Jane Roe", "Tom Berg"))]
    cands, clusters = grouped(*towns, *people, guess)
    assert typed_of(cands, clusters)[-1] == ("GPE", "place among places", "PERSON")
    # a traveller's life: ten towns named once each, the one person shown named again and
    # again (counting names, 10 against 2 x 5, made it a document of places)
    towns = [named(f"Town{k}ville", "GPE", 1000 * k, 1) for k in range(10)]
    traveller = named("Jane Roe", "PERSON", 8000, 4, speaks=True)
    cands, clusters = grouped(*towns, traveller, guess)
    assert typed_of(cands, clusters)[-1][0] == "PERSON"
    # an essay on twelve countries, each named three times, naming three people once each:
    # few mentions of people, but too many people for a document of places
    towns = [named(f"Town{k}ville", "GPE", 1000 * k, 3) for k in range(12)]
    people = [named(n, "PERSON", 8000 + 200 * k, 1, speaks=True) for k, n in enumerate(("Jane Roe", "Tom Berg", "Ann Poe"))]
    cands, clusters = grouped(*towns, *people, guess)
    assert typed_of(cands, clusters)[-1][0] == "PERSON"


def test_a_name_after_a_preposition_among_many_places_is_a_place():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type, _places_among_places

    def typed_of(cands):
        clusters = [[i] for i in range(len(cands))]
        return _places_among_places(cands, clusters, [_cluster_type(cands, ix) for ix in clusters])

    # "From Varnholt there is a ferry", "a connection to Varnholt", "on Varnholt": no word of
    # moving before the preposition (no place hint), in a guide to many places
    for preposition in ("from", "to", "on", "via"):
        for label in ("PERSON", "ORG"):
            guess = _Cand(500, 508, "Varnholt", label, 500, preposition=preposition)
            assert typed_of(_towns(8) + [guess])[-1] == ("GPE", "after a preposition among places", label)
    # not "at Varnholt" (a shop or a school), nor in a text of few places, nor a name that shows a body
    assert typed_of(_towns(8) + [_Cand(500, 508, "Varnholt", "ORG", 500, preposition="at")])[-1][0] == "ORG"
    assert typed_of(_towns(3) + [_Cand(500, 508, "Varnholt", "ORG", 500, preposition="on")])[-1][0] == "ORG"
    hospital = _Cand(500, 517, "Varnholt Hospital", "ORG", 500, preposition="to")
    assert typed_of(_towns(8) + [hospital])[-1][0] == "ORG"


def test_the_to_of_whom_a_thing_is_given_is_no_preposition_of_a_name(nlp):
    from tui.analysis.actors.candidates import _candidates

    text = "Jane Doe sent a long letter to Tom Berg. Then she drove to Varnholt."
    names = {c.text: c.preposition for c in _candidates(nlp(text))[0]}
    assert names.get("Varnholt") == "to"
    assert "Tom Berg" in names and names["Tom Berg"] is None


def test_a_known_town_guessed_a_person_or_a_firm_among_many_places_is_a_place_wherever_it_stands():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type, _places_among_places

    def typed_of(cands):
        clusters = [[i] for i in range(len(cands))]
        return _places_among_places(cands, clusters, [_cluster_type(cands, ix) for ix in clusters])

    # "Odense: ferries every hour" in a guide to many towns: a town of the gazetteer, standing nowhere a place stands
    for label in ("ORG", "PERSON"):
        town = _Cand(500, 506, "Odense", label, 500)
        assert typed_of(_towns(8) + [town])[-1] == ("GPE", "known town among places", label)
    # not a name the gazetteer does not know, nor in a text of few places
    assert typed_of(_towns(8) + [_Cand(500, 508, "Varnholt", "ORG", 500)])[-1][0] == "ORG"
    assert typed_of(_towns(3) + [_Cand(500, 506, "Odense", "ORG", 500)])[-1][0] == "ORG"
    # nor when the text shows a person or a firm: "Odense said", "the Odense"
    assert typed_of(_towns(8) + [_Cand(500, 506, "Odense", "PERSON", 500, speaks=True)])[-1][0] == "PERSON"
    assert typed_of(_towns(8) + [_Cand(500, 506, "Odense", "ORG", 500, after_the=True)])[-1][0] == "ORG"


def test_a_name_guessed_a_person_and_seldom_written_among_many_places_is_a_place():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type, _places_among_places

    def typed_of(cands, full=""):
        clusters = [[i] for i in range(len(cands))]
        return _places_among_places(cands, clusters, [_cluster_type(cands, ix) for ix in clusters], full)

    # "Korrivik lakes are worth a detour", a heading "Korrivik.": nothing shows a person, and
    # the guide to many places writes the name once, nowhere a place stands
    guess = _Cand(500, 508, "Korrivik", "PERSON", 500)
    assert typed_of(_towns(8) + [guess])[-1] == ("GPE", "seldom-named name among places", "PERSON")
    # written twice so, too; not three times, nor "the Korrivik" each time ("the Korrivik era")
    twice = [_Cand(500, 508, "Korrivik", "PERSON", 500), _Cand(600, 608, "Korrivik", "PERSON", 600)]
    clusters = [[i] for i in range(8)] + [[8, 9]]
    cands = _towns(8) + twice
    assert _places_among_places(cands, clusters, [_cluster_type(cands, ix) for ix in clusters])[-1][0] == "GPE"
    thrice = twice + [_Cand(700, 708, "Korrivik", "PERSON", 700)]
    clusters = [[i] for i in range(8)] + [[8, 9, 10]]
    cands = _towns(8) + thrice
    assert _places_among_places(cands, clusters, [_cluster_type(cands, ix) for ix in clusters])[-1][0] == "PERSON"
    the = _Cand(500, 508, "Korrivik", "PERSON", 500, after_the=True)
    assert typed_of(_towns(8) + [the])[-1][0] == "PERSON"
    # nor a name owning something ("Korrivik's film"), a given name, a speaker, or a firm's guess
    full = " " * 500 + "Korrivik's film"
    assert typed_of(_towns(8) + [guess], full)[-1][0] == "PERSON"
    assert typed_of(_towns(8) + [_Cand(500, 513, "Jane Korrivik", "PERSON", 500)])[-1][0] == "PERSON"
    # nor a name shaped like a person's full name, given name or not ("Lorn Vasko." signing a letter)
    assert typed_of(_towns(8) + [_Cand(500, 510, "Lorn Vasko", "PERSON", 500)])[-1][0] == "PERSON"
    assert typed_of(_towns(8) + [_Cand(500, 508, "Korrivik", "PERSON", 500, speaks=True)])[-1][0] == "PERSON"
    assert typed_of(_towns(8) + [_Cand(500, 508, "Korrivik", "ORG", 500)])[-1][0] == "ORG"
    # nor in a text of few places
    assert typed_of(_towns(3) + [guess])[-1][0] == "PERSON"
    # nor whom something is sent to ("the ruling sends a message to Korrivik"): the dative "to",
    # no preposition of the name; a place gone to ("a road to Korrivik") has its "to"
    full = " " * 497 + "to Korrivik"
    assert typed_of(_towns(8) + [guess], full)[-1][0] == "PERSON"
    gone_to = _Cand(500, 508, "Korrivik", "PERSON", 500, preposition="to")
    assert typed_of(_towns(8) + [gone_to], full)[-1][0] == "GPE"


def test_a_firm_at_a_place_in_a_news_story_of_many_towns_stays_an_organisation(nlp):
    # a news story naming a dozen towns is no guide to a region: "workers at Acme
    # Stores" name a firm ("at" is where firms and schools stand as often as places)
    text = (
        "Storm floods towns across the north\n\n"
        "Heavy rain flooded homes in Ashworth, Dunmere, Ilverton and Lowther overnight, and the river "
        "burst its banks in Brackenford, Port Alder and New Thornby.\n"
        "Roads around Wexham, Stallbridge and Norwood Abbey were closed, and hundreds of homes lost power "
        "in Kelsby and Upper Farrow.\n"
        "Workers at Acme Stores in Kelsby spent the night moving stock upstairs.\n"
        "Police said more rain was expected in Ashworth and Dunmere on Wednesday.\n"
    )
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Acme Stores").type == "ORG"
    # a town listed with towns is still one
    assert owner(drafts, text, "Upper Farrow").type == "GPE"


def test_a_name_listed_with_firms_and_one_place_stands_nowhere_a_place_stands(nlp):
    from tui.analysis.actors.cues import _place_hint

    def hint(sentence: str, word: str) -> bool:
        return _place_hint(next(t for t in nlp(sentence) if t.text == word))

    # a list of airlines at a terminal, one town among them: a list of firms
    assert not hint("Gates 4 to 9: Acme Air, Corvair, Bexley Airways, Ilverton and Northwind Air.", "Corvair")
    # listed with names most of which are tagged as places: where a place stands
    assert hint("Buses run daily to Wexham, Stallbridge, Corvair and Kelsby.", "Corvair")

def test_one_the_x_does_not_outweigh_more_person_tags():
    # "the Varnholt versus Roe matter" once beside two mentions spaCy tags as a person
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(20 * k, 20 * k + 8, "Varnholt", "PERSON", 20 * k) for k in range(2)]
    cands.append(_Cand(60, 68, "Varnholt", "PERSON", 60, not_person=True, after_the=True))
    assert _cluster_type(cands, [0, 1, 2])[:2] == ("PERSON", None)
    # as many mentions against as for, or a cue of another type: not a person
    assert _cluster_type(cands, [0, 2])[:2] == ("ORG", "not a person")
    cands.append(_Cand(80, 88, "Varnholt", "PERSON", 80, cue="ORG", cue_rule="context cue"))
    assert _cluster_type(cands, [0, 1, 2, 3])[0] == "ORG"
    # "the Jane Varnholt Act" beside two "Jane Varnholt": a thing named after a person
    act = [_Cand(20 * k, 20 * k + 13, "Jane Varnholt", "PERSON", 20 * k) for k in range(2)]
    act.append(_Cand(60, 77, "Jane Varnholt Act", "ORG", 60, not_person=True, after_the=True))
    assert _cluster_type(act, [0, 1, 2])[:2] == ("ORG", "not a person")


def test_a_bare_family_name_typed_a_place_beside_the_persons_full_name_is_that_person():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _bare_family_name

    def run(bare: _Cand, *people: str, lower: frozenset[str] = frozenset()):
        cands = [_Cand(30 * k, 30 * k + len(p), p, "PERSON", 30 * k) for k, p in enumerate(people)] + [bare]
        clusters = [[k] for k in range(len(cands))]
        typed = [("PERSON", None, "PERSON")] * len(people) + [(bare.label, None, bare.label)]
        return _bare_family_name(cands, clusters, typed, lower)

    def bare(**kw) -> _Cand:
        return _Cand(200, 208, kw.pop("text", "Varnholt"), kw.pop("label", "GPE"), 200, **kw)

    # "Varnholt landed a sharp jab" tagged a place, beside "Jane Varnholt": her, joined to her
    clusters, typed = run(bare(subject=True), "Jane Varnholt", "Tom Quillby")
    assert clusters == [[0, 2], [1]] and typed[0][0] == "PERSON"
    # two people of that family name: a person, joined to neither
    clusters, typed = run(bare(), "Jane Varnholt", "Ivo Varnholt")
    assert len(clusters) == 3 and typed[2][:2] == ("PERSON", "bare family name of a person named in full")
    # no person's full name ends with it, or not a one-word cluster of a place, firm or people
    assert run(bare(), "Jane Quillby")[1][1][0] == "GPE"
    assert run(bare(label="WORK_OF_ART"), "Jane Varnholt")[1][1][0] == "WORK_OF_ART"
    cands = [_Cand(0, 13, "Jane Varnholt", "PERSON", 0), bare(label="ORG"), _Cand(300, 314, "Varnholt Group", "ORG", 300)]
    typed = [("PERSON", None, "PERSON"), ("ORG", None, "ORG")]
    assert _bare_family_name(cands, [[0], [1, 2]], typed)[1][1][0] == "ORG"
    # guards: a place of the tables, a word the text writes in lower case, "the X",
    # a cue of another type, a preposition of place
    assert run(bare(text="Houston"), "Ann Houston")[1][1][0] == "GPE"
    assert run(bare(), "Jane Varnholt", lower=frozenset({"varnholt"}))[1][1][0] == "GPE"
    assert run(bare(after_the=True), "Jane Varnholt")[1][1][0] == "GPE"
    assert run(bare(cue="GPE", cue_rule="place noun"), "Jane Varnholt")[1][1][0] == "GPE"
    assert run(bare(preposition="in"), "Jane Varnholt")[1][1][0] == "GPE"


def test_a_mention_after_an_honorific_keeps_a_person_typed_against(nlp):
    # "Kemal Varnholt of the Delmor Group, a consulting firm": a parse that hangs the
    # firm on the person gives his full name an organisation's cue; "Mr. Varnholt said"
    # later in the article still says a person
    from tui.analysis.actors.candidates import _candidates
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [
        _Cand(10, 24, "Kemal Varnholt", "PERSON", 10, not_person=True, cue="ORG", cue_rule="context cue"),
        _Cand(90, 98, "Varnholt", "PERSON", 86, cue="PERSON", cue_rule="honorific", honorific=True),
    ]
    assert _cluster_type(cands, [0, 1])[0] == "PERSON"
    # without the honorific: not a person
    cands[1] = _Cand(90, 98, "Varnholt", "PERSON", 90)
    assert _cluster_type(cands, [0, 1])[:2] == ("ORG", "not a person")
    # the candidates mark a name after an honorific or a person's title, not a bare one
    text = "Ms. Varnholt left early. Senator Quandry stayed. Delmor said nothing."
    marks = {c.text: c.honorific for c in _candidates(nlp(text))[0]}
    assert marks.get("Varnholt") and marks.get("Quandry") and marks.get("Delmor") is False


@pytest.mark.parametrize("text, want", [
    ("Doe", True), ("Jane Doe", True), ("AP", False), ("Latinos", False), ("Congress", False),
    ("Acme Foods", False), ("Varn-Holt", False), ("House", False), ("Corvane Society", False),
])
def test_person_shaped_names(text, want):
    from tui.analysis.actors.name_shapes import _person_shaped

    assert _person_shaped(text, {"house"}) is want


@pytest.mark.parametrize("text, tag, want", [
    # a town in front of an organisation's noun says where it is
    ("Aides cheered at the campaign's Varnholt headquarters on Tuesday.", "GPE", None),
    ("She wrote for a Varnholt newspaper for years.", "GPE", None),
    ("Aides cheered at the campaign's Varnholt headquarters on Tuesday.", "ORG", "ORG"),  # a firm's
    # a person's noun beside a town after "from" describes no town
    ("He was a kid from Varnholt, the son of a baker.", "GPE", None),  # the son is the kid
    ("He met Varnholt, the son of a baker.", "PERSON", "PERSON"),
])
def test_a_town_takes_no_organisations_or_persons_cue_from_its_neighbours(nlp, text, tag, want):
    from spacy.tokens import Span

    from tui.analysis.actors.cues import _context_cue

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == "Varnholt")
    doc.ents = [Span(doc, i, i + 1, label=tag)]
    assert _context_cue(doc, doc[i])[0] == want


def test_one_cue_against_a_full_name_does_not_outweigh_its_person_tags():
    # "Jane Varnholt" twice and "Varnholt's website" once: the website's ORG cue on the one
    # word is one guess against a name spaCy knows as a person's
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(20 * k, 20 * k + 13, "Jane Varnholt", "PERSON", 20 * k) for k in range(2)]
    cands.append(_Cand(60, 68, "Varnholt", "PERSON", 60))
    cands.append(_Cand(80, 88, "Varnholt", "PERSON", 80, not_person=True, cue="ORG", cue_rule="context cue"))
    assert _cluster_type(cands, [0, 1, 2, 3])[:2] == ("PERSON", None)
    # without the full name the same mentions still make an organisation
    assert _cluster_type(cands, [2, 3])[0] == "ORG"


@pytest.mark.parametrize("text, surface, person", [
    ("The guests were Ana Ruiz, Tom Berg and the Corvane Society.", "Corvane Society", False),
    ("The guests were Ana Ruiz, Tom Berg and Corvane Sachs.", "Corvane Sachs", True),
    # a list a place noun describes is a list of places, whatever spaCy tags a member
    ("From the fort you can see the islands La Varnholt, Marie Galtane, Les Corvanes and La Doe.", "Les Corvanes", False),
    ("Their guests were Marie Galtane, Les Corvanes and La Doe.", "Les Corvanes", True),
])
def test_listed_with_people_only_a_name_shaped_like_a_persons(nlp, text, surface, person):
    # "the X Society" listed beside people is no person; "Corvane Sachs", a full name in shape, is
    # ("Les Corvanes" by the cue of its own words, a given and family name, which the listing leaves it)
    listed = (("PERSON", "listed with people"), ("PERSON", "given and family name"))
    assert (cues_of(nlp, text, surface)[0] in listed) == person


@pytest.mark.parametrize("text, name, person", [
    # spaCy's place for one word no table knows, joined by "and" to a one-word person's name
    ("We spoke to both Varnholt and Tomas about the festival.", "Varnholt", True),
    # a place of the tables keeps its tag, and so does a place's name of several words
    ("We spoke to both Oslo and Tomas about the festival.", "Oslo", False),
    ("We spoke to both San Corvano and Tomas about the festival.", "San Corvano", False),
    # a longer name spaCy tags a person's beside it (here a firm's) says nothing
    ("Tours leave from Acme Travel in Varnholt or Vagabond Tours in Doeville.", "Varnholt", False),
])
def test_listed_with_people_one_word_place_beside_a_one_word_person(nlp, text, name, person):
    assert (("PERSON", "listed with people") in cues_of(nlp, text, name)) == person


@pytest.mark.parametrize("text, name", [
    # a title beside a person describes the person ("a ... Committeeman"), it names nobody
    ("Tom Berg, a Regional Committeeman from Doeshire, spoke first at the meeting on Friday.", "Regional Committeeman"),
    # a headline's capitalised words beside a person's name are no name of a person
    ("Wealthy Donor Varnholt And Jane Roe May Be Merging Their Firms\n\nThe talks began in May.", "Wealthy Donor Varnholt"),
])
def test_listed_with_people_not_a_title_or_a_headline(nlp, text, name):
    assert not [d for d in actors_of(nlp, text) if d.name == name and d.type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("(Reporting by Ana Ruiz; Editing by Tom Berg and Lincoln Varnholt.)", "Lincoln Varnholt"),  # a credit line
    ("His cousins Paul Varnholt and Tom Berg moved to Lyon.", "Paul Varnholt"),  # "his" goes with "cousins"
])
def test_listed_with_people_still_a_name_in_a_list(nlp, text, name):
    assert [d.type for d in actors_of(nlp, text) if d.name == name] == ["PERSON"]


def test_listed_with_people_leaves_a_given_and_family_name_its_own_cue(nlp):
    # a three-word given and family name tagged ORG in a list of people takes the cue of its
    # own words, which outweighs the three-word ORG tag; the listing cue alone would not
    from spacy.tokens import Span

    from tui.analysis.actors.candidates import _candidates

    doc = nlp("The board named Ana Ruiz, Maria Lopez Varnholt and Tom Berg as trustees.")
    words = [t.text for t in doc]
    i, j, k = words.index("Ana"), words.index("Maria"), words.index("Tom")
    doc.ents = [Span(doc, i, i + 2, label="PERSON"), Span(doc, j, j + 3, label="ORG"), Span(doc, k, k + 2, label="PERSON")]
    cands, _ = _candidates(doc)
    assert [(c.cue, c.cue_rule) for c in cands if c.text == "Maria Lopez Varnholt"] == [("PERSON", "given and family name")]


def test_not_a_person_in_a_place_is_a_place():
    # "in the Varnholt" with nothing else to go by: a place, not an organisation; "on
    # Varnholt" can be a website or a topic and stays an organisation
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    inside = _Cand(0, 8, "Varnholt", "PERSON", 0, not_person=True, after_the=True, preposition="in")
    assert _cluster_type([inside], [0])[:2] == ("GPE", "not a person")
    on = _Cand(0, 8, "Varnholt", "PERSON", 0, not_person=True, preposition="on")
    assert _cluster_type([on], [0])[:2] == ("ORG", "not a person")
    via = _Cand(0, 8, "Varnholt", "PERSON", 0, not_person=True, preposition="via")  # "said via Varnholt"
    assert _cluster_type([via], [0])[:2] == ("ORG", "not a person")


@pytest.mark.parametrize("text, surface, want", [
    ("There are daily ferries from Varnholt.", "Varnholt", True),
    ("They stayed two nights in Varnholt.", "Varnholt", True),
    ("The old road runs via Varnholt.", "Varnholt", False),  # "via", "at", "on": a firm or a website as often
    ("Workers at Varnholt were sent home.", "Varnholt", False),
    ("They sent signals to Varnholt and his allies.", "Varnholt", False),  # "to" after no word of moving
    ("Varnholt wrote the report.", "Varnholt", False),
])
def test_where_a_place_can_stand(nlp, text, surface, want):
    from tui.analysis.actors.cues import _place_hint
    from tui.analysis.actors.tokens import _root

    doc = nlp(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface))
    assert _place_hint(_root(doc, span.start, span.end)) is want


@pytest.mark.parametrize("text, surface", [
    ("In 1820 he met the King of Dorvania.", "Dorvania"),  # spaCy's PERSON over "the King of Dorvania"
    ("Jane Roe married Tom Berg, 1st Earl of Kessington, in 1960.", "Kessington"),
])
def test_the_place_of_a_title_is_a_place(nlp, text, surface):
    from tui.analysis.actors.candidates import _candidates

    cands = [c for c in _candidates(nlp(text))[0] if surface in c.text]
    assert [(c.text, c.cue, c.cue_rule) for c in cands] == [(surface, "GPE", "title of a place")]
    assert all(c.label != "PERSON" for c in cands)


def test_a_shared_surname_goes_to_no_organisation_named_after_the_person(nlp):
    from tui.analysis.actors import Merge
    from tui.analysis.actors.propagation import _propagate
    from tui.analysis.drafts import ActorDraft
    from tui.analysis.model import Mention

    text = "Headline\n\nJane Doe founded Doe University. Doe grew fast.\n\nDoe said she was proud."
    doc = nlp(text)

    def mention(surface: str, nth: int = 0) -> Mention:
        return _name_mention(text, surface, nth)

    jane = ActorDraft(key="d0", name="Jane Doe", type="PERSON", mentions=[mention("Jane Doe")])
    school = ActorDraft(key="d1", name="Doe University", type="ORG",
                        mentions=[mention("Doe University"), mention("Doe", 2)])
    trace: list[Merge] = []
    _propagate(doc, [jane, school], trace)
    assert not any(m.start == mention("Doe", 3).start for m in school.mentions)
    assert not any(m.rule == "shared form" for m in trace)


def test_a_verb_glued_to_a_name_in_a_title_case_headline_is_no_part_of_it(nlp):
    # spaCy reads "Jane Doe Wins Acme Award" as one name; the article names "Jane
    # Doe" below and uses "win" as a verb, so the headline's name ends before "Wins"
    text = "Jane Doe Wins Acme Award\n\nJane Doe won the award on Monday. Doe said she would win again."
    drafts = actors_of(nlp, text)
    doe = owner(drafts, text, "Jane Doe")
    assert doe.name == "Jane Doe" and owner(drafts, text, "Jane Doe", 1) is doe
    assert [m.text for m in doe.mentions][0] == "Jane Doe"


def test_a_preposition_glued_to_a_persons_name_in_a_title_case_headline_is_no_part_of_it(nlp):
    # spaCy reads "Doe In" as one name; the article calls her "Mr. Doe" below and
    # writes "in" in lower case, so the headline's name ends before "In" (else
    # "Doe In" is the name the person is shown by)
    text = ("With Roe Out, and Doe In, What Comes Next at Acme?\n\n"
            "John Roe left Acme on Monday. Mr. Doe took over as chief in the afternoon.")
    drafts = actors_of(nlp, text)
    doe = owner(drafts, text, "Doe In")
    assert doe is owner(drafts, text, "Mr. Doe")
    assert doe.name == "Doe" and doe.mentions[0].text == "Doe"


def test_an_irregular_verb_glued_to_a_name_in_a_headline_is_no_part_of_it(nlp):
    # "Said" that the parser took for a proper noun: the article writes "said" as a
    # verb (its lemma "say" is no form of "Said"), so the name ends before it
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _split_headline_words

    text = "Doe Said The Seven Words Every Sailor Was Thinking.\n\nJane Doe answered from the harbour. Doe said the port was safe."
    doc = nlp(text)
    doc[1].pos_ = "PROPN"
    at = text.index("Doe said")
    cands = [_Cand(0, 8, "Doe Said", "PERSON", 0), _Cand(at, at + 3, "Doe", "PERSON", at)]
    _split_headline_words(doc, cands, text)
    assert cands[0].text == "Doe" and cands[0].end == 3


def test_a_group_named_after_a_place_is_not_the_place(nlp):
    # "Lyonesse Americans" (a community) beside "Americans" on its own: "Lyonesse"
    # is the island, not a short form of the group
    text = "Many Lyonesse Americans voted. Lyonesse is a small island. Americans of every origin voted."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Lyonesse", 1) is not owner(drafts, text, "Lyonesse Americans")


def test_a_unisex_given_name_alone_on_a_line_is_no_heading(nlp):
    # "Robin" (a given name of either gender) over what the person says, not a section heading
    text = ("We met in the old town by the river.\n\nIt was a cold and windy day.\n\nRobin\n\n"
            "I grew up here and I have lived in the town for many years now.\n")
    d = owner(actors_of(nlp, text), text, "Robin")
    assert d is not None and d.type == "PERSON"


def test_an_imperative_opening_a_line_is_no_part_of_the_name(nlp):
    text = "He said so on Monday.\n\nFollow Jane Doe on Twitter @JaneDoe"
    d = owner(actors_of(nlp, text), text, "Jane Doe")
    assert d.name == "Jane Doe" and [m.text for m in d.mentions] == ["Jane Doe"]


def test_an_organisation_is_not_run_over_a_persons_title_and_name(nlp):
    # spaCy tags "Senate" and "Tom Berg" apart; the name is not lengthened over
    # the title ("Majority Leader") up to the person
    text = "Shortly after the vote, Senate Majority Leader Tom Berg issued a statement. Berg said the Senate would wait."
    drafts = actors_of(nlp, text)
    berg = owner(drafts, text, "Tom Berg")
    assert berg.name == "Tom Berg" and berg.type == "PERSON"
    senate = owner(drafts, text, "Senate")
    assert senate is not berg and senate.name == "Senate"
    assert owner(drafts, text, "Senate", 1) is senate


def test_a_chamber_opening_a_persons_title_is_not_a_building_ending_in_its_name(nlp):
    # "House" opens "House Speaker Tom Berg": the chamber, not "White House"
    text = "The White House said on Monday that House Speaker Tom Berg would vote. Berg left."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "House", 1) is not owner(drafts, text, "White House")


@pytest.mark.parametrize("text", [
    # "Secretary of State" names an office: "State" is no mention of the State Department
    "As Secretary of State, Jane Doe traveled widely. The State Department said so.",
    # news style writes the office in lowercase: "State" still names the office
    "Jane Roe, once secretary of State under Doe, spoke in Lyon. The State Department said so.",
])
def test_the_field_of_an_office_is_no_mention_of_an_organisation(nlp, text):
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "State") is None
    assert owner(drafts, text, "State Department") is not None


def test_the_field_of_an_office_gets_no_mention_of_a_body_known_elsewhere(nlp):
    # "at State" makes "State" a known name of the State Department; "Twice secretary of State"
    # names the office, and the search for names spaCy missed leaves it alone
    text = ("The State Department said so. Jane Doe served four years at State.\n\n"
            "Twice secretary of State, Doe signed the harbour pact. Junior State staff were blamed.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "State", 2) is None
    assert owner(drafts, text, "State", 1) is owner(drafts, text, "State Department")
    # a name spaCy took for a person after "minister of" is no body's field: its mention stays
    text = "Lyonesse held talks on Monday. Jane Doe, the prime minister of Lyonesse, said so."
    assert owner(actors_of(nlp, text), text, "Lyonesse", 1) is not None


def test_law_of_a_lawyers_title_is_no_organisation(nlp):
    # "Attorney at Law" under a letter's signature: the title of a lawyer, no body called "Law"
    text = ("Dear Mr. Roe:\n\nPlease find the deed enclosed.\n\nJohn Q. Doe, Esquire\n\nAttorney at Law\n\n"
            "Doe Building East Main Street\n\nLyon, Ohio")
    assert owner(actors_of(nlp, text), text, "Law") is None
    # a firm after "Attorney at" is the lawyer's employer: it stays
    text = "Jane Roe, attorney at Globex Corporation, said the deed was void."
    assert owner(actors_of(nlp, text), text, "Globex Corporation") is not None


def test_a_word_of_address_said_to_someone_is_no_actor(nlp):
    text = "Thank you, Counselor. The court will now hear the other side."
    assert owner(actors_of(nlp, text), text, "Counselor") is None
    text = "We sat by the fire all evening.\n\nWell, Mum, the snow kept us in again. Tell me how you are."
    assert owner(actors_of(nlp, text), text, "Mum") is None


@pytest.mark.parametrize("text", [
    "Lyon, June 4\n\nMum,\n\nThank you for the parcel. Did you get my card? The exams start on Monday.",
    "Lyon, June 4\n\nDear Grandma,\n\nThank you for the parcel. Did you get my card? The exams start on Monday.",
])
def test_a_letters_salutation_names_its_addressee(nlp, text):
    # "Mum," alone on its line opens a letter to her: she is the one its "you" means
    word = "Mum" if "Mum" in text else "Grandma"
    found = owner(actors_of(nlp, text), text, word)
    assert found is not None and found.type == "PERSON"


def test_an_honorific_and_an_office_said_to_someone_is_no_actor(nlp):
    # "Madam Chair" set off as an address: a form of address, not a work or a person of its own
    text = ("Harbour bill debate\n\nI thank my colleague Ruth Alder, Madam Chair, for your patient work on this "
            "bill. The harbour towns have waited for it. I thank Ruth Alder again, Madam Chair.")
    drafts = actors_of(nlp, text)
    for nth in (0, 1):
        found = owner(drafts, text, "Madam Chair", nth)
        assert found is None or found.type == "PERSON" and found.name == "Ruth Alder"


def test_a_word_of_address_used_of_someone_stays(nlp):
    # "Mom" as the one spoken of, not to: whatever spaCy made of it stays
    text = "I asked Mom about the trip, and Mom said no."
    assert owner(actors_of(nlp, text), text, "Mom", 1) is not None


def test_names_only_on_numbered_section_headings_are_no_actors(nlp):
    text = ("3.1. Tidal Ledger Accounting, Harbour Fees, and the Trust of Shippers\n\n"
            "For decades the ports set their fees alone. Jane Roe said so.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Trust of Shippers") is None
    assert owner(drafts, text, "Jane Roe") is not None


def test_people_on_numbered_lines_stay(nlp):
    text = "1. Jane Doe (last week: 2)\n\n2. Tom Berg (last week: 1)\n\nDoe gained ground this week."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Jane Doe") is not None and owner(drafts, text, "Tom Berg") is not None


def test_known_name_propagates_to_a_sentence_start_when_the_word_is_never_lowercase(nlp):
    """A first word spaCy took for a common noun is still the known name when the
    text never writes that word in lower case."""
    text = "The firm Zentrix sells data. Analysts trust it. Zentrix ranks sites by traffic."
    drafts = actors_of(nlp, text)
    firm = owner(drafts, text, "Zentrix")
    assert firm is not None and owner(drafts, text, "Zentrix", 1) is firm


def test_known_name_does_not_propagate_to_a_sentence_start_that_is_a_common_word(nlp):
    text = "The bakery Summit opened in May. Summit is important for bread, and the summit was good."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Summit", 1) is None


def test_mr_and_mrs_with_a_shared_family_name_join_the_man_and_the_woman(nlp):
    """"Mr. Doe" and "Ms. Doe" beside "John Doe" and "Jane Doe" are two people: the
    title's gender picks the one whose given name marks it (pass "gendered title")."""
    text = "John Doe and his wife Jane Doe own the bakery. Ms. Doe bakes the bread. Mr. Doe sells it at the market."
    trace = []
    doc = nlp(text)
    drafts = find_actors(doc, Article(text=text, title="-", source="-"), trace)
    john, jane = owner(drafts, text, "John Doe"), owner(drafts, text, "Jane Doe")
    assert john is not jane
    assert owner(drafts, text, "Ms. Doe") is jane and owner(drafts, text, "Mr. Doe") is john
    assert {m.rule for m in trace} >= {"gendered title"}


def test_a_bare_family_name_beside_mr_and_mrs_stays_a_persons_not_a_firms_named_after_them():
    """Where "Mr. Doe" and "Mrs. Doe" take the man and the woman, the bare "Doe" that spaCy
    tags as an organisation ("the Doe brand") is still the family's name: it goes to a person,
    not to "Doe Golf Club"."""
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import _Cand

    text = "John Doe and Jane Doe came. Mr. Doe spoke. Mr. Doe left. Doe Golf Club opened. The Doe brand grew."

    def cand(at: str, surface: str, label: str, title: str = "") -> _Cand:
        start = text.index(at) + len(title)
        return _Cand(start, start + len(surface), surface, label, start - len(title))
    cands = [cand("John Doe", "John Doe", "PERSON"), cand("Jane Doe", "Jane Doe", "PERSON"),
             cand("Mr. Doe spoke", "Doe", "PERSON", "Mr. "), cand("Mr. Doe left", "Doe", "PERSON", "Mr. "),
             cand("Doe Golf", "Doe Golf Club", "ORG"), cand("Doe brand", "Doe", "ORG")]
    clusters = list(_cluster(cands, [], text=text).values())
    club = next(c for c in clusters if 4 in c)
    assert 5 not in club
    assert any(5 in c and (0 in c or 1 in c) for c in clusters)


def test_an_untagged_cited_author_among_names_tagged_as_places_is_an_author(nlp):
    # spaCy tags the other authors of "(Li, Polat, Scalzo, & Kowalczyk, 2010)" as places;
    # the citation says what the untagged last one is, as it does for a tagged name
    from tui.analysis.actors.candidates import _candidates

    cands = [c for c in _candidates(nlp("Skills improve with practice (Li, Polat, Scalzo, & Kowalczyk, 2010)."))[0]
             if c.text == "Kowalczyk"]
    assert [(c.cue, c.cue_rule) for c in cands] == [("PERSON", "cited author")]


def test_a_laureate_or_an_occupation_before_a_name_is_a_person_cue(nlp):
    # spaCy takes the laureate's name for an organisation; the noun before it says a person
    assert ("PERSON", "context cue") in cues_of(
        nlp, "Our club hosted the chemistry laureate Wiesław Tumko in March.", "Wiesław Tumko")


@pytest.mark.parametrize("text, surface, want", [
    ("The party backed state Treasurer Kelly Mitchell.", "Mitchell", None),  # "state" qualifies the title
    ("The committee heard county Commissioner Jane Doe on Monday.", "Doe", None),
    ("He works for law firm Perkins Coie.", "Coie", "ORG"),  # no title between: the noun says what it is
    # listed after a common noun: the noun's own modifiers ("district") say nothing of the names
    ("The slates named several district GOP leaders, State Treasurer Jane Varnholt, Secretary of State Ann Roe,"
     " Congressman John Corvane.", "Varnholt", None),
])
def test_a_noun_in_front_of_a_title_is_no_cue_for_the_name(nlp, text, surface, want):
    from tui.analysis.actors.cues import _context_cue

    doc = nlp(text)
    tok = next(t for t in doc if t.text == surface)
    assert _context_cue(doc, tok)[0] == want


@pytest.mark.parametrize("text, surface", [
    # spaCy tags "Rendell 2014" a date: the family name before the year is the author
    ("Art asks how we see (Rendell 2014; Quillan et al., 2005) and why.", "Rendell"),
    # the last authors of a long list of citations, far from the bracket; one written with a hyphen
    ("Few studies replicate (Doe & Roe, 2011; Kesting & Amari, 2013; Poe & Lee, 2017; Selden & Farrow, 2016;"
     " Mabry, Holt, Varga-Sollis, & Ebbert, 2012) the work.", "Ebbert"),
    ("Few studies replicate (Doe & Roe, 2011; Poe, Heil, Garza-Merrow, & Ebbert, 2012) the work.", "Garza-Merrow"),
    ("Sales rose (Doe 2011; Summer 2014) and fell.", "Doe"),
])
def test_an_author_in_a_date_or_far_in_a_list_of_citations_is_cited(nlp, text, surface):
    from tui.analysis.actors.candidates import _candidates

    cands = [c for c in _candidates(nlp(text))[0] if c.text == surface]
    assert [(c.cue, c.cue_rule) for c in cands] == [("PERSON", "cited author")]


@pytest.mark.parametrize("text, surface", [
    ("Sales rose (March 2014; see below) and fell.", "March"),
    ("Sales rose (see Spring 2014; Doe 2011) and fell.", "Spring"),  # "Doe 2011" is cited
])
def test_a_month_or_season_before_a_year_is_no_cited_author(nlp, text, surface):
    from tui.analysis.actors.candidates import _candidates

    assert not [c for c in _candidates(nlp(text))[0] if c.text == surface]


@pytest.mark.parametrize("text, surface", [
    ("She starred in Elevator to the Gallows (1958), directed by Jane Roe.", "Gallows"),  # the end of a title
    ("Awards\nAll-Varnholt (2015)\nStatistics", "Varnholt"),  # a heading line, not a citation
    ("Career\nVarnholt Pirates (2012)\nStatistics", "Varnholt Pirates"),
])
def test_a_name_before_a_year_in_a_title_or_heading_is_no_cited_author(nlp, text, surface):
    from tui.analysis.actors.candidates import _candidates

    doc = nlp(text)
    assert not [c for c in _candidates(doc)[0] if c.text == surface and c.cue_rule == "cited author"]


def test_a_surname_spacy_tags_as_a_group_joins_the_person(nlp):
    """spaCy takes "Brist" alone for a nationality (NORP); it is the family name
    of "Tom Brist" (pass "surname tagged as a group"); words shaped like a
    demonym or a plural group stay apart."""
    text = "Tom Brist ran for governor in Florida. Brist lost the race, and Brist later joined Congress."
    trace = []
    drafts = find_actors(nlp(text), Article(text=text, title="-", source="-"), trace)
    tom = owner(drafts, text, "Tom Brist")
    assert owner(drafts, text, "Brist", 1) is tom and tom.type == "PERSON"
    assert any(m.rule == "surname tagged as a group" for m in trace)


@pytest.mark.parametrize("word", ["Cuban", "Jewish", "Democrats"])
def test_a_demonym_shaped_group_word_is_no_surname(word):
    from tui.analysis.actors.clustering import _Group, _surname_tagged_as_group
    assert not _surname_tagged_as_group(_Group(word, (word,)), _Group("Jane " + word, ("Jane", word)))
    assert _surname_tagged_as_group(_Group("Brist", ("Brist",)), _Group("Tom Brist", ("Tom", "Brist")))


@pytest.mark.parametrize("text, surface, want", [
    ("It was hard, said Ben Varnholt, publisher of The Courier, a weekly.", "Varnholt", None),  # a trade
    ("It was hard, said Bob Varnholt, a retired Postal Service letter carrier.", "Varnholt", None),
    ("The role went to theater producer Charles Varnholt.", "Varnholt", None),
    ("The book came out with publisher Corvane Books.", "Books", "ORG"),  # tagged as a firm: a firm
])
def test_a_trade_noun_is_no_firm_cue_for_a_persons_full_name(nlp, text, surface, want):
    from tui.analysis.actors.cues import _context_cue

    doc = nlp(text)
    tok = next(t for t in doc if t.text == surface)
    assert _context_cue(doc, tok)[0] == want


@pytest.mark.parametrize("name", ["Ted Varnholt", "Merrick Varnholt", "Glen Varnholt", "Loretta Varnholt"])
def test_a_full_name_with_a_common_given_name_stays_a_person_where_not_a_person_would_fire(name):
    # "Ted Varnholt's shareholders" twice: a use no person has (a cue of an organisation),
    # but a given name of the table (`first_names`) and a family name make it a person's
    # full name all the same
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(30 * k, 30 * k + len(name), name, "PERSON", 30 * k, not_person=True,
                   cue="ORG", cue_rule="context cue") for k in range(2)]
    assert _cluster_type(cands, [0, 1])[0] == "PERSON"
    # the same shape with a word that is no given name: not a person
    other = [_Cand(30 * k, 30 * k + 13, "Varn Holtberg", "PERSON", 30 * k, not_person=True,
                    cue="ORG", cue_rule="context cue") for k in range(2)]
    assert _cluster_type(other, [0, 1])[:2] == ("ORG", "not a person")


def test_names_listed_under_a_plural_title_are_people_and_their_places_places(nlp):
    text = "At the summit Presidents Abdou Salifou of Niger and Patrice Talbot of Benin signed the treaty."
    types = {d.name: d.type for d in actors_of(nlp, text)}
    assert types.get("Abdou Salifou") == "PERSON" and types.get("Patrice Talbot") == "PERSON"
    assert types.get("Niger") == "GPE" and types.get("Benin") == "GPE"
    text = ("Leaders met in Varnholt for a summit where on Sunday Presidents Muhammadu Okonjo of Kanoria "
            "and Patrice Lemaire of Tovalu signed the accord.")
    assert {d.name: d.type for d in actors_of(nlp, text)}.get("Tovalu") == "GPE"


@pytest.mark.parametrize("text", [
    "Governors Island and Ellis Island were closed on Monday.",  # the title word begins a name
    "The Presidents Cup starts on Friday in Varnholt.",  # no list of names after it
])
def test_a_plural_title_word_inside_a_name_types_nothing(nlp, text):
    assert all(d.type != "PERSON" for d in actors_of(nlp, text))


def test_a_birth_name_said_of_a_person_joins_them(nlp):
    text = ("Skip Varnell was born Peter Edward Varnell in Lyonesse in 1939. Varnell played drums "
            "for forty years.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Skip Varnell") is owner(drafts, text, "Peter Edward Varnell")


# Cues that vote for a type or for none (want None): rule -> (text, surface, want).
_CUE_CASES = {
    "place and its region": [  # a place written with its region votes for a place
        ("She grew up in Brisbane, Kowalczyk. Her mother taught there.", "Kowalczyk", "GPE"),  # a town's region
        ("He was raised in Corvetto, Liguria.", "Liguria", "GPE"),
        ("The trial opened in Brandt Wells, Texas on Monday.", "Brandt Wells", "GPE"),  # a town with its state
        ("Brandt Wells, Texas\n\nJuly 4, 1951\n\nDear Tom,\n\nThe rain came early.", "Brandt Wells", "GPE"),  # over a letter
        ("In Paris, Smith, who was tired, left early.", "Smith", None),  # a subject set off after the town
        ("Jim Roe, Kim Wellman, Laurin Manning, Le Frye and Matt Moore signed.", "Laurin Manning", None),  # a list
    ],
    "listed with organisations": [  # a one-word name listed with organisations is one
        ("Search engines including Google, Bing, and Yahoo! dominate the web.", "Bing", "ORG"),
        ("Carriers include Air Canada, British Airways, Southwest, Volaris, WestJet and Delta.", "Volaris", "ORG"),
        ("Apple, Google, Microsoft and Jane Doe testified.", "Jane Doe", None),  # a person's full name
        ("Sanctions by the EU, NATO, Russia and the UN followed.", "Russia", None),  # a country
    ],
    "one-word names listed with an organisation": [  # are organisations
        # spaCy's small model guesses "Snapchat" and "Twitter" to be people, "Tumblr" an organisation
        ("Regulators met Snapchat, Twitter and Tumblr on Monday to talk about hateful posts.", "Twitter", "ORG"),
        ("Regulators met Snapchat, Twitter and Tumblr on Monday to talk about hateful posts.", "Snapchat", "ORG"),
        # no commas: "X and Y and even Z" is as often a series of people named for effect
        ("Regulators met Snapchat and Twitter and Tumblr on Monday to talk about hateful posts.", "Twitter", None),
        # "Maas" is the family name of "Piet Maas": a list of people named by their family names
        ("Ana Lund and Piet Maas met on Monday. Lund, Maas and Google then signed the deal.", "Lund", None),
    ],
    "who after the name": [  # votes for a person
        ("The night slot passed to Varnholt, who had hosted the show for years.", "Varnholt", "PERSON"),
        ("The prize went to Varnholt, whom the jury praised.", "Varnholt", "PERSON"),
        # a bracketed note mark between the name's comma and its "who"
        ("The night slot passed to Varnholt, [7] who had hosted the show for years.", "Varnholt", "PERSON"),
        ("Lyonesse, whose economy is small, joined.", "Lyonesse", None),  # a town or a firm has a "whose" too
        ("The deal was announced by Acme, which makes phones.", "Acme", None),
    ],
    "who after a trade noun's name": [  # a publisher or producer "who" is a person, not a firm
        ("Tom Roe introduced Jane Doe to his publisher, Varnholt, who later printed her first songs.",
         "Varnholt", "PERSON"),  # spaCy's organisation, the clause hung on the noun
        ("Tom Roe introduced Jane Doe to his publisher, Marrock, who later printed her first songs.",
         "Marrock", "PERSON"),  # the clause hung on the name
        ("Roe sent the score to his publisher, Varnholt, whom he trusted.", "Varnholt", "PERSON"),
    ],
    "place noun": [  # a stretch of land only a place has: spaCy's person tags
        ("Nomads crossed the desert of Calbert with their herds.", "Calbert", "GPE"),
        ("The boat sank off the coast of Mulvane on Sunday.", "Mulvane", "GPE"),
    ],
    "age after the name": [  # only a person has an age set off by commas
        ("Marquello Varn, 24, won the chess cup on Sunday.", "Marquello Varn", "PERSON"),
        ("Ducks followed Dashiki Roe, 26, a clerk with bread.", "Dashiki Roe", "PERSON"),
        ("Doeville, 12, and Roeburg, 9, took the prizes.", "Roeburg", None),  # tagged a place: a count
        ("VARNHOLT, 45, is old.", "VARNHOLT", None),  # a word in capitals
        ("Varnholt Bank, 45, is old.", "Varnholt Bank", None),  # a body's head word
        ("Varnholt College, 45, is old.", "Varnholt College", None),  # a school's
        ("Marquello Varn, 240, won the chess cup on Sunday.", "Marquello Varn", None),  # no age
        ("Marquello Varn, 0, won the chess cup on Sunday.", "Marquello Varn", None),
        ("Marquello Varn, 24 , won the chess cup on Sunday.", "Marquello Varn", None),  # not set off so
    ],
}


@pytest.mark.parametrize("rule, text, surface, want",
                         [(rule, *case) for rule, cases in _CUE_CASES.items() for case in cases])
def test_a_cue_votes_for_its_type_or_for_none(nlp, rule, text, surface, want):
    """The name written `surface` has one cue: `want` by `rule`, or none where `want` is None."""
    assert cues_of(nlp, text, surface) == [(want, rule if want else None)]


def test_a_town_and_its_region_type_the_town_a_place(nlp):
    text = "Ana Ruiz was born in Exeter, Kowalczyk. Her father was a geologist."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Kowalczyk").type == "GPE"


@pytest.mark.parametrize("name, quoted", [("Harwick", "Look at Harwick"), ("Pellham", "Or Pellham")])
def test_a_town_spacy_tags_a_place_with_its_region_outvotes_its_guesses_elsewhere(nlp, name, quoted):
    # spaCy tags the town a place where its state follows it ("X, Missouri,") and an
    # organisation or a person in the headline, a quote and a subject: the region votes too
    text = (f"{name} Is Safer Than You Think\n\nThe senator claimed that {name}, Missouri, is more violent "
            f"than Kabul. “{quoted},” he said. {name} counted three thefts last spring, the police said.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, f"{name} counted").type == "GPE"


def test_a_website_listed_with_websites_is_no_person(nlp):
    text = "Regulators met Snapchat, Twitter and Tumblr on Monday to talk about hateful posts."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Twitter").type == "ORG"


def test_who_after_a_trade_nouns_untagged_name_makes_it_a_person(nlp):
    """A one-word name spaCy leaves untagged needs a cue as strong as a given name's to
    be a person's: "his publisher, Varnholt, who ..." is one."""
    from tui.analysis.actors.candidates import _candidates

    doc = nlp("Tom Roe introduced Jane Doe to his publisher, Varnholt, who later printed her first songs.")
    doc.ents = [e for e in doc.ents if e.text != "Varnholt"]  # as spaCy leaves it in some articles
    cands, _ = _candidates(doc)
    assert [(c.label, c.cue, c.cue_rule) for c in cands if c.text == "Varnholt"] == [
        ("PERSON", "PERSON", "who after a trade noun's name")]  # (none without the rule)


@pytest.mark.parametrize("text", [
    "Roe sent the score to his publisher, Varnholt, which printed it at once.",  # "which": a firm
    "Roe sent the score to his publisher, Varnholt, and then he left.",  # no relative clause
])
def test_a_trade_noun_without_who_keeps_its_organisation_cue(nlp, text):
    assert cues_of(nlp, text, "Varnholt") == [("ORG", "context cue")]


def test_who_after_a_noun_and_its_preposition_is_the_nouns(nlp):
    text = "But that is not enough, said Tom Berg, a senior analyst at Varnholt, who notes the cuts."
    assert [rule for _, rule in cues_of(nlp, text, "Varnholt")] != ["who after the name"]


def test_a_family_name_beside_things_named_after_the_family_is_the_person():
    """"Marlow" beside "Harriet Marlow", "Marlow Records" and "Marlow Tower",
    spaCy tagging it a person once and an organisation twice: the label
    and the tower are named after her, the bare name is hers (pass "family name
    before things named after it"); with no person tag it is left to the vote."""
    from tui.analysis.actors import Merge
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import _Cand

    text = ("Harriet Marlow opened the Marlow Records and Marlow Tower. Marlow said it was paid for. "
            "Critics of Marlow disagreed. The fees went to Marlow.")

    def cand(at: str, surface: str, label: str) -> _Cand:
        start = text.index(at)
        return _Cand(start, start + len(surface), surface, label, start)
    cands = [cand("Harriet Marlow", "Harriet Marlow", "PERSON"), cand("Marlow Records", "Marlow Records", "ORG"),
             cand("Marlow Tower", "Marlow Tower", "FAC"), cand("Marlow said", "Marlow", "PERSON"),
             cand("Marlow disagreed", "Marlow", "ORG"), cand("Marlow.", "Marlow", "ORG")]
    trace: list[Merge] = []
    clusters = list(_cluster(cands, [], trace, text=text).values())
    harriet = next(c for c in clusters if 0 in c)
    assert {3, 4, 5} <= set(harriet) and 1 not in harriet and 2 not in harriet
    assert Merge("family name before things named after it", "Marlow", "Harriet Marlow") in trace
    untagged = [c for c in cands if c.text != "Marlow"] + [cand("Marlow disagreed", "Marlow", "ORG")]
    clusters = list(_cluster(untagged, [], text=text).values())
    assert not any(0 in c and 3 in c for c in clusters)  # no person tag: no evidence it is hers


def _clusters_of(text: str, spans: list[tuple[str, str, str]]) -> tuple[list[list[int]], list]:
    """The clusters of candidates given as (text the name starts at, name, spaCy's tag), and the trace."""
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import _Cand

    cands = []
    for at, surface, label in spans:
        start = text.index(at)
        cands.append(_Cand(start, start + len(surface), surface, label, start))
    trace: list = []
    return list(_cluster(cands, [], trace, text=text).values()), trace


def test_a_body_named_after_a_person_does_not_take_the_persons_names():
    """"Harriet Marlow Foundation" (spaCy taking it for a person) and "Marlow
    Organization" are named after her: neither her full name nor the bare family
    name (tagged a person once, an organisation once) is a short form of theirs."""
    text = ("Harriet Marlow set up the Harriet Marlow Foundation. Marlow said the Marlow Organization "
            "paid for it. Critics of Marlow disagreed.")
    clusters, _ = _clusters_of(text, [
        ("Harriet Marlow set", "Harriet Marlow", "PERSON"), ("Harriet Marlow Foundation", "Harriet Marlow Foundation", "PERSON"),
        ("Marlow said", "Marlow", "PERSON"), ("Marlow Organization", "Marlow Organization", "ORG"),
        ("Marlow disagreed", "Marlow", "ORG"),
    ])
    harriet = next(c for c in clusters if 0 in c)
    assert sorted(harriet) == [0, 2, 4]


def test_a_bare_name_joins_a_body_named_after_no_person_of_the_text():
    """"Varncorp" (spaCy: a person) is the short form of "Varncorp Inc.": no person
    of the text has it as family name, and a firm goes by its first word; a
    "Marlow" spaCy takes for a person is not the "Marlow Campaign"."""
    text = "Varncorp Inc. bought the mill. Varncorp said so. The Marlow Campaign paid. Marlow said so."
    clusters, _ = _clusters_of(text, [
        ("Varncorp Inc.", "Varncorp Inc.", "ORG"), ("Varncorp said", "Varncorp", "PERSON"),
        ("Marlow Campaign", "Marlow Campaign", "ORG"), ("Marlow said", "Marlow", "PERSON"),
    ])
    assert [0, 1] in [sorted(c) for c in clusters]
    assert not any(2 in c and 3 in c for c in clusters)


def test_a_government_named_after_its_leader_does_not_take_the_leaders_name():
    """"the Marlow Government" is named after the one who leads it: "Dr. Marlow",
    tagged a person, is no short form of it."""
    text = "The Marlow Government will sign the treaty. Dr. Marlow leads the talks."
    clusters, _ = _clusters_of(text, [
        ("Marlow Government", "Marlow Government", "ORG"), ("Marlow leads", "Marlow", "PERSON"),
    ])
    assert [1] in clusters


def test_a_family_name_inside_longer_names_is_the_persons():
    """A bare "Marlow" spaCy tagged only as an organisation, beside "Harriet
    Marlow" and "the Harriet Marlow Foundation" (which holds her full name whole),
    or beside her and a headline read as a body, "Recall Judge Marlow": the bare
    name is hers (pass "family name inside longer names"), not the foundation's
    or the headline's."""
    from tui.analysis.actors import Merge

    text = "Harriet Marlow set up the Harriet Marlow Foundation. Marlow paid. The fees of Marlow rose."
    clusters, trace = _clusters_of(text, [
        ("Harriet Marlow set", "Harriet Marlow", "PERSON"), ("Harriet Marlow Foundation", "Harriet Marlow Foundation", "ORG"),
        ("Marlow paid", "Marlow", "ORG"), ("Marlow rose", "Marlow", "ORG"),
    ])
    assert [0, 2, 3] in [sorted(c) for c in clusters]
    assert Merge("family name inside longer names", "Marlow", "Harriet Marlow") in trace
    text = "Recall Judge Marlow. Harriet Marlow heard the case. Marlow ruled. The clerk of Marlow left."
    clusters, _ = _clusters_of(text, [
        ("Recall Judge Marlow", "Recall Judge Marlow", "ORG"), ("Harriet Marlow", "Harriet Marlow", "PERSON"),
        ("Marlow ruled", "Marlow", "ORG"), ("Marlow left", "Marlow", "ORG"),
    ])
    assert [1, 2, 3] in [sorted(c) for c in clusters]


def test_a_family_name_inside_longer_names_stays_apart_without_evidence():
    """The bare "Marlow" (an organisation's tag) does not go to the person when
    a longer name opens with it ("Marlow Records Group"), when the other name is a
    firm of two words ending in it ("Varncorp Marlow"), when the person's first
    name is no given name of the table and the body does not hold the full name
    ("Tobiah Marlow" beside "Recall Judge Marlow"), when two people share it,
    or when the person's name does not end in it ("Marlow Tobiah", "Harriet
    Tobiah" beside a bare "Harriet": a family name only)."""
    def together(text: str, spans: list[tuple[str, str, str]], person: str, bare: str) -> bool:
        clusters, _ = _clusters_of(text, spans)
        p = next(i for i, (at, _, _) in enumerate(spans) if at == person)
        b = next(i for i, (at, _, _) in enumerate(spans) if at == bare)
        return any(p in c and b in c for c in clusters)

    text = "Harriet Marlow runs the Marlow Records Group. Marlow paid."
    assert not together(text, [("Harriet Marlow", "Harriet Marlow", "PERSON"),
                               ("Marlow Records Group", "Marlow Records Group", "ORG"),
                               ("Marlow paid", "Marlow", "ORG")], "Harriet Marlow", "Marlow paid")
    text = "Harriet Marlow left Varncorp Marlow. Marlow paid."
    assert not together(text, [("Harriet Marlow", "Harriet Marlow", "PERSON"),
                               ("Varncorp Marlow", "Varncorp Marlow", "ORG"),
                               ("Marlow paid", "Marlow", "ORG")], "Harriet Marlow", "Marlow paid")
    text = "Recall Judge Marlow. Tobiah Marlow heard the case. Marlow ruled."
    assert not together(text, [("Recall Judge Marlow", "Recall Judge Marlow", "ORG"),
                               ("Tobiah Marlow", "Tobiah Marlow", "PERSON"),
                               ("Marlow ruled", "Marlow", "ORG")], "Tobiah Marlow", "Marlow ruled")
    text = "Recall Judge Marlow. Harriet Marlow and Thomas Marlow heard the case. Marlow ruled."
    spans = [("Recall Judge Marlow", "Recall Judge Marlow", "ORG"), ("Harriet Marlow", "Harriet Marlow", "PERSON"),
             ("Thomas Marlow", "Thomas Marlow", "PERSON"), ("Marlow ruled", "Marlow", "ORG")]
    assert not together(text, spans, "Harriet Marlow", "Marlow ruled")
    assert not together(text, spans, "Thomas Marlow", "Marlow ruled")
    text = "Recall Judge Marlow. Marlow Tobiah heard the case. Marlow ruled."
    assert not together(text, [("Recall Judge Marlow", "Recall Judge Marlow", "ORG"),
                               ("Marlow Tobiah", "Marlow Tobiah", "PERSON"),
                               ("Marlow ruled", "Marlow", "ORG")], "Marlow Tobiah", "Marlow ruled")
    text = "Recall Judge Harriet. Harriet Tobiah heard the case. Harriet ruled."
    assert not together(text, [("Recall Judge Harriet", "Recall Judge Harriet", "ORG"),
                               ("Harriet Tobiah", "Harriet Tobiah", "PERSON"),
                               ("Harriet ruled", "Harriet", "ORG")], "Harriet Tobiah", "Harriet ruled")


def test_a_family_name_ending_a_body_for_the_person_or_opening_a_thing_is_the_persons():
    """"Marlow" beside "Harriet Marlow", "Pensioners for Marlow" (a body for her,
    the family name after "for") and "Marlow Links" (a golf course spaCy took for a
    person, whose first word is no given name): the bare name, tagged a person once
    and an organisation twice, is hers (pass "family name before things named after
    it"), not the body's nor the course's."""
    from tui.analysis.actors import Merge

    text = ("Harriet Marlow teed off at Marlow Links at dawn. Pensioners for Marlow cheered from the stands. "
            "Marlow said the wind was fierce. Rivals of Marlow stayed home. A bus took fans to Marlow.")
    clusters, trace = _clusters_of(text, [
        ("Harriet Marlow", "Harriet Marlow", "PERSON"), ("Marlow Links", "Marlow Links", "PERSON"),
        ("Pensioners for Marlow", "Pensioners for Marlow", "ORG"), ("Marlow said", "Marlow", "PERSON"),
        ("Marlow stayed", "Marlow", "ORG"), ("Marlow.", "Marlow", "ORG"),
    ])
    harriet = next(c for c in clusters if 0 in c)
    assert sorted(harriet) == [0, 3, 4, 5]
    assert Merge("family name before things named after it", "Marlow", "Harriet Marlow") in trace


def test_a_family_name_joins_a_headline_glued_to_the_persons_full_name():
    """A title-case headline spaCy reads as one organisation ending in a person's
    name ("Vote Against Harriet Marlow") takes her full name; the bare "Marlow",
    tagged an organisation and opening the title of someone else ("Marlow
    campaign manager Tom Berg"), is still hers, not a head noun of its own ("House"
    beside "White House")."""
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import _Cand

    text = ("Why The Vote Against Harriet Marlow Backfired\n\nHarriet Marlow lost the vote. "
            "Marlow campaign manager Tom Berg said so. Critics blamed Marlow.")

    def cand(at: str, surface: str, label: str, title: str | None = None) -> _Cand:
        start = text.index(at)
        return _Cand(start, start + len(surface), surface, label, text.index(title) if title else start)
    cands = [cand("Vote Against", "Vote Against Harriet Marlow", "ORG"), cand("Harriet Marlow lost", "Harriet Marlow", "PERSON"),
             cand("Marlow campaign", "Marlow", "ORG"), cand("Tom Berg", "Tom Berg", "PERSON", title="Marlow campaign"),
             cand("Marlow.", "Marlow", "ORG")]
    clusters = [sorted(c) for c in _cluster(cands, [], text=text).values()]
    assert [0, 1, 2, 4] in clusters


def test_a_family_name_shaped_like_a_nationality_that_speaks_is_the_persons():
    """"Veronese" (spaCy: a group, and shaped like "Chinese") is the family name of
    "Tomas Veronese" when it is the subject of "said" on its own, as no nationality
    is (pass "surname tagged as a group"); written only before a noun ("a Veronese
    fresco") it stays a word of its own."""
    from tui.analysis.actors import Merge
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import _Cand

    text = "Tomas Veronese runs the harbour. Veronese said the cranes are old. A Veronese fresco hangs there."

    def cand(at: str, surface: str, label: str, speaks: bool = False) -> _Cand:
        start = text.index(at)
        return _Cand(start, start + len(surface), surface, label, start, speaks=speaks)
    trace: list = []
    clusters = list(_cluster([cand("Tomas Veronese", "Tomas Veronese", "PERSON"),
                              cand("Veronese said", "Veronese", "NORP", speaks=True)], [], trace, text=text).values())
    assert [0, 1] in [sorted(c) for c in clusters]
    assert Merge("surname tagged as a group", "Veronese", "Tomas Veronese") in trace
    clusters = list(_cluster([cand("Tomas Veronese", "Tomas Veronese", "PERSON"),
                              cand("Veronese fresco", "Veronese", "NORP")], [], text=text).values())
    assert [0, 1] not in [sorted(c) for c in clusters]


def test_a_plural_group_word_is_not_a_short_form_of_a_narrower_group():
    """"Republicans" beside "Lyonesse Republicans": the party's members and the
    members from one place are two groups, not one group under a long and a short
    name; the singular "Republican" still joins the plural (pass "plural demonym")."""
    text = ("Lyonesse Republicans met on Friday. Republicans elsewhere were split, "
            "and one Republican walked out. Lyonesse Republicans voted first.")
    clusters, _ = _clusters_of(text, [
        ("Lyonesse Republicans met", "Lyonesse Republicans", "NORP"), ("Republicans elsewhere", "Republicans", "NORP"),
        ("Republican walked", "Republican", "NORP"), ("Lyonesse Republicans voted", "Lyonesse Republicans", "NORP"),
    ])
    assert sorted(sorted(c) for c in clusters) == [[0, 3], [1, 2]]


def test_a_family_name_inside_a_name_named_after_the_family_is_the_persons():
    """"Marlow" beside "Harriet Marlow" and "Eastern Marlow University", a name the
    family name stands inside: the university is named after the family, the bare
    name (a person once) is hers, whatever spaCy tagged it most."""
    text = ("Eastern Marlow University hired Harriet Marlow. Marlow said yes. Critics of Marlow "
            "disagreed. The fees went to Marlow.")
    clusters, trace = _clusters_of(text, [
        ("Eastern Marlow University", "Eastern Marlow University", "ORG"), ("Harriet Marlow", "Harriet Marlow", "PERSON"),
        ("Marlow said", "Marlow", "PERSON"), ("Marlow disagreed", "Marlow", "ORG"), ("Marlow.", "Marlow", "ORG"),
    ])
    harriet = next(c for c in clusters if 1 in c)
    assert sorted(harriet) == [1, 2, 3, 4]


def test_a_town_is_not_the_given_name_of_a_person(nlp):
    text = "Austin Pell grew up on a farm. In 2010 Pell moved to Austin, where he opened a bakery in Austin."
    drafts = actors_of(nlp, text)
    pell = owner(drafts, text, "Austin Pell")
    town = owner(drafts, text, "Austin", 1)
    assert pell.type == "PERSON" and town is not pell and town.type == "GPE"


@pytest.mark.parametrize("text, one, other", [
    ("The Green Party won four seats. A spokesman for the Green party said the result was historic.",
     "Green Party", "Green party"),
    # one word with a capital inside, written once without it
    ("Tickets for TerraCon sold out in an hour. Fans said Terracon had never been so full.", "TerraCon", "Terracon"),
])
def test_a_name_written_in_two_cases_is_one_name(nlp, text, one, other):
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, one) is not None and owner(drafts, text, one) is owner(drafts, text, other)


def test_a_pen_name_and_the_name_it_stands_for_are_one_actor(nlp):
    from tui.analysis.actors import Merge

    text = "Mira Solde (1901 - 1960) was the pen name of Dutch novelist Anna Verhoef. Verhoef wrote nine novels."
    doc = nlp(text)
    trace: list[Merge] = []
    drafts = find_actors(doc, Article(text=text, title="T", source="-"), trace)
    assert owner(drafts, text, "Mira Solde") is owner(drafts, text, "Anna Verhoef")
    assert Merge("known as", "Anna Verhoef", "Mira Solde") in trace


@pytest.mark.parametrize("text, name, want", [
    # spaCy tags each of these names a place; the naming verb gives it to no place
    ('The crew flew a mannequin nicknamed "Moscow" for Jane Doe\'s character in the film.', "Moscow", "PERSON"),
    ("The lab built a robot called Sophia.", "Sophia", "PERSON"),
    ('Engineers tested a drone dubbed "Georgia" over the desert.', "Georgia", "PRODUCT"),
    ("The team built a satellite named Chile.", "Chile", "PRODUCT"),
    # nothing in the sentence says what a doll or a horse is named as: no actor rather than a place
    ("The museum displayed a doll called Paris.", "Paris", None),
    ("The farm kept a horse named Denver for twenty years.", "Denver", None),
    # a place keeps its place
    ("They lived in a village called Doeville near the river.", "Doeville", "GPE"),
    ("At the border, at a place known as Varnholt to the locals, a market grew.", "Varnholt", "any but gone"),
    ("The FBI named Cleveland as the most dangerous city in America.", "Cleveland", "GPE"),
])
def test_a_name_given_to_a_thing_that_is_no_place_is_no_place(nlp, text, name, want):
    from tui.analysis.actors import Drop, Retype

    drops: list[Drop] = []
    retypes: list[Retype] = []
    drafts = find_actors(nlp(text), Article(text=text, title="t", source="-"), None, drops, retypes)
    found = owner(drafts, text, name)
    if want is None:
        assert found is None
        assert Drop("name given to a thing of no known kind", name) in drops
    elif want == "any but gone":
        assert found is not None and not any(r.rule == "name given to a thing" for r in retypes)
    else:
        assert found is not None and found.type == want
        if want not in ("GPE",):
            assert ("name given to a thing", name, want) in [(r.rule, r.name, r.type) for r in retypes]


@pytest.mark.parametrize("text, name, kept", [
    ("The judge issued an Order that barred the sale, Jane Doe said.", "Order", False),
    ("The council granted a Licence to the Lyonesse firm on Monday.", "Licence", False),
    ("He is a Kennedy, after all, and he said so.", "Kennedy", True),
    ("He became an American in 1990.", "American", True),
    ("She is a Democrat from Ohio.", "Democrat", True),
    ("A Times reporter asked the mayor about the budget.", "Times", True),
    ('"I don\'t think this is an ISIS-condoned attack," he said.', "ISIS", True),
])
def test_a_capitalised_common_noun_after_a_or_an_is_no_name(nlp, text, name, kept):
    from tui.analysis.actors import Drop

    drops: list[Drop] = []
    drafts = find_actors(nlp(text), Article(text=text, title="t", source="-"), None, drops)
    assert (owner(drafts, text, name) is not None) == kept
    assert (Drop("common noun after a or an", name) in drops) == (not kept)


@pytest.mark.parametrize("text, name, kept, rule", [
    ("The mayor ignored our Royal decree of last winter, the council said.", "Royal", False,
     "adjective tagged as a name"),
    # a hyphen glued to the name makes the compound the adjective, not the name
    ("Delegates from all the UN-backed agencies met in Lyon on Monday.", "UN", True, "adjective tagged as a name"),
    ("She sat the Chem. exam and passed with ease.", "Chem", False, "abbreviated common word"),
    ("We met at the Presb. hall so we went in with Jane Doe.", "Presb", False, "abbreviated common word"),
    # a place's abbreviation is a place
    ("The mayor of Springfield, Ill. said on Monday that the plant would close.", "Springfield", True,
     "abbreviated common word"),
    ("She advanced the theories of Drift and Anchor in two essays.", "Anchor", False, "name of a theory"),
    ("The term Anchor is used for whole clauses.", "Anchor", False, "name of a theory"),
    ("It later grew into a theory called Frame Analysis, which spread to other fields.", "Frame Analysis", False,
     "name of a theory"),
    # a person named so stays
    ("The notion of Tom Berg as a centrist was rejected by Jane Doe, who said so twice.", "Tom Berg", True,
     "name of a theory"),
])
def test_adjectives_abbreviated_words_and_theories_are_no_names(nlp, text, name, kept, rule):
    # an adjective spaCy tagged an organisation or a place, a short word cut by a full
    # stop mid-sentence, a name only given to a theory or a term
    from tui.analysis.actors import Drop

    drops: list[Drop] = []
    drafts = find_actors(nlp(text), Article(text=text, title="t", source="-"), None, drops)
    assert (owner(drafts, text, name) is not None) == kept
    assert (Drop(rule, name) in drops) == (not kept)


@pytest.mark.parametrize("text, name, rule", [
    ("Was it hard work?\n\nNah, I'm kidding. Jane Doe said it was fun.", "Nah", "interjection"),
    ("Welcome back to the show.\n\nHowdy!\n\nTonight I am joined by Tom Berg.", "Howdy", "interjection"),
    ("Good afternoon. Aloha everyone. Today the court will hear the case of Jane Doe.", "Aloha", "interjection"),
    ("Altho the roof still leaks, the barn is dry, Tom Berg wrote.", "Altho", "interjection"),
    # each short form of a bracket list spells one of the lowercase phrases before it
    ("We used the small-angle approximation/thin screen model (SAA / TSM) for the hull. "
     "The TSM works well.", "TSM", "term abbreviation"),
    ("We used the small-angle approximation/thin screen model (SAA / TSM) for the hull. "
     "The TSM works well.", "SAA", "term abbreviation"),
])
def test_an_interjection_or_a_listed_short_form_of_a_term_is_no_name(nlp, text, name, rule):
    from tui.analysis.actors import Drop

    drops: list[Drop] = []
    drafts = find_actors(nlp(text), Article(text=text, title="t", source="-"), None, drops)
    assert owner(drafts, text, name) is None
    assert Drop(rule, name) in drops


@pytest.mark.parametrize("text, piece, kept", [
    # a quoted word whose first letter an editor bracketed is no name
    ("The union met on Friday in Lyonesse, the board said.\n\n"
     "\u201c[W]e urge every member to vote in the spring,\u201d he said.", "W]e", None),
    ("Jane Doe spoke on Friday.\n\n\u201c[T]hey left the harbour early,\u201d she said.", "T]hey", None),
    # a bracketed insertion of a whole name stays that person's mention
    ("John Roe spoke on Friday.\n\n\u201c[Jane Doe] is right about the harbour,\u201d he said.", "Jane Doe",
     "Jane Doe"),
])
def test_a_bracketed_letter_in_a_quoted_word_is_no_name(nlp, text, piece, kept):
    from tui.analysis.actors import Drop

    drops: list[Drop] = []
    drafts = find_actors(nlp(text), Article(text=text, title="t", source="-"), None, drops)
    found = owner(drafts, text, piece)
    assert (found.name if found is not None else None) == kept
    assert (Drop("bracket inside a word", piece) in drops) == (kept is None)


def test_markup_glued_to_a_name_is_no_bracketed_letter(nlp):
    # "Jane Doe[bold]": a bracket after a whole word, no editor's letter: nothing dropped
    from tui.analysis.actors import Drop

    text = "Mayor Jane Doe[bold] said the harbour would open. Mayor Jane Doe spoke again."
    drops: list[Drop] = []
    find_actors(nlp(text), Article(text=text, title="t", source="-"), None, drops)
    assert not [d for d in drops if d.rule == "bracket inside a word"]


def test_capitals_and_short_forms_of_names_are_no_interjections_nor_terms(nlp):
    from tui.analysis.actors.filters import _listed_short_forms

    text = "The storm hit OH and Indiana on Monday, Jane Doe said."
    assert owner(actors_of(nlp, text), text, "OH") is not None  # a state's code, not "oh"
    # capitalised phrases before the bracket: names of bodies, not terms
    assert _listed_short_forms("The Lyonesse Harbour Board/Marlow Port Authority (LHB / MPA) signed.") == set()
    assert _listed_short_forms("the small-angle approximation/thin screen model (SAA / TSM)") == {"SAA", "TSM"}


def test_a_persons_name_cut_after_a_given_name_is_one_name(nlp):
    text = "Two years later the baker wed María Elena Castellano-Roe, a violinist. They moved to Lyon."
    drafts = actors_of(nlp, text)
    assert "María" not in {d.name for d in drafts}
    assert owner(drafts, text, "María").name == "María Elena Castellano-Roe"
    trace: list = []
    find_actors(nlp(text), Article(text=text, title="t", source="-"), trace=trace)
    assert ("person name cut in two", "Elena Castellano-Roe", "María Elena Castellano-Roe") in {
        (m.rule, m.short, m.long) for m in trace
    }


def _person_pieces(nlp, text: str, *pieces: str):
    """The candidates glued (`_glue_person_pieces`) from persons at `pieces` of `text`."""
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _glue_person_pieces

    cands = [_Cand(text.index(p), text.index(p) + len(p), p, "PERSON", text.index(p)) for p in pieces]
    return [c.text for c in _glue_person_pieces(nlp(text), cands, [], text)[0]]


def test_person_pieces_glue_after_a_given_name_or_around_the(nlp):
    text = "They have a son and a daughter, Lottie Ann Rose Doe, born in 2013."
    assert _person_pieces(nlp, text, "Lottie Ann", "Rose Doe") == ["Lottie Ann Rose Doe"]
    text = "The abbey was led by Anselm the Wise until he died, and then by his son."
    assert _person_pieces(nlp, text, "Anselm", "Wise") == ["Anselm the Wise"]
    # a headline, a family name before the next piece, a word glued to a hyphen: two names
    text = "Mark Roe Endorses Tom Berg\n\nMark Roe endorsed Tom Berg on Monday."
    assert _person_pieces(nlp, text, "Mark Roe Endorses", "Tom Berg") == ["Mark Roe Endorses", "Tom Berg"]
    text = "On Monday the panel heard Jane Doe Tom Berg and others."
    assert _person_pieces(nlp, text, "Jane Doe", "Tom Berg") == ["Jane Doe", "Tom Berg"]
    text = "He was able to out-Roe Jane Roe in the debate."
    assert _person_pieces(nlp, text, "Roe", "Jane Roe") == ["Roe", "Jane Roe"]


def test_a_persons_name_cut_by_an_editors_bracket_is_one_name(nlp):
    text = '"It was [Martha] Pemberton who called," Lee Roe said. Martha Pemberton later denied it.'
    drafts = actors_of(nlp, text)
    glued = owner(drafts, text, "[Martha] Pemberton")
    assert "[Martha] Pemberton" in {m.text for m in glued.mentions}
    assert glued is owner(drafts, text, "Martha Pemberton")  # the brackets are no part of the name's key
    text = '"I campaigned with [Edward] Hartley and with Joan [Brannigan]," said Lee Roe.'
    drafts = actors_of(nlp, text)
    assert "Joan [Brannigan]" in {m.text for m in owner(drafts, text, "Joan").mentions}
    trace: list = []
    find_actors(nlp(text), Article(text=text, title="t", source="-"), trace=trace)
    assert ("person name cut by a bracket", "Brannigan", "Joan [Brannigan]") in {
        (m.rule, m.short, m.long) for m in trace
    }
    # the bracket closes after a name it did not open on, or opens on more than a name: two names
    text = "[Photo by Jane Roe] John Doe spoke on Monday."
    assert _person_pieces(nlp, text, "Jane Roe", "John Doe") == ["Jane Roe", "John Doe"]
    text = "The editor Martha Pemberton [Edward Hartley disagrees] left early."
    assert _person_pieces(nlp, text, "Martha Pemberton", "Edward Hartley") == ["Martha Pemberton", "Edward Hartley"]


@pytest.mark.parametrize("text, name, gone", [
    ("The memorial stands in the cemetery of Bourg-la-Varne, near the river.", "Bourg-la-Varne", "Varne"),
    ("Visitors crowd the Bagh-e Varan at dusk.", "Bagh-e Varan", "Varan"),
    ("She studied at the Casa do Cerrado for three years before moving to Lyon.", "Casa do Cerrado", "Cerrado"),
])
def test_a_name_goes_on_over_a_particle_of_another_language(nlp, text, name, gone):
    drafts = find_actors(nlp(text), Article(text=text, title="t", source="-"))
    names = {d.name for d in drafts}
    assert name in names and gone not in names


def test_a_capitalised_common_noun_stays_when_the_article_names_it_otherwise(nlp):
    text = "The Order was signed on Monday. The minister said an Order like it was rare."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Order", 1) is owner(drafts, text, "Order") is not None


def _found_without_its_tag(nlp, text: str, surface: str):
    """The draft owning `surface` and the typing rules applied, once spaCy's entity over
    `surface` (if it tagged one) is taken away: the rules are about names it misses."""
    from tui.analysis.actors import Retype

    doc = nlp(text)
    doc.ents = [e for e in doc.ents if surface not in e.text]
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    return owner(drafts, text, surface), retypes


def _assert_found_as(nlp, text: str, surface: str, want: str | None, rule: str) -> None:
    """Without spaCy's tag, `surface` is an actor of type `want` under its own name,
    typed by `rule`; or, `want` None, no actor at all."""
    d, retypes = _found_without_its_tag(nlp, text, surface)
    assert (d.type if d else None) == want
    if want:
        assert d.name == surface
        assert (rule, want) in [(r.rule, r.type) for r in retypes]


@pytest.mark.parametrize("text, surface, want", [
    # a headline (spaCy reads "Quillpost interviews ..." as a noun phrase), a sentence's subject
    ("Quillpost interviews Dana Whitcombe on coral reefs\n\nDana Whitcombe studies corals.", "Quillpost", "ORG"),
    ("Dana Whitcombe is a marine biologist. Quillpost interviewed her about the reefs.", "Quillpost", "ORG"),
    ("Quillpost spoke with Dana Whitcombe, a marine biologist, about the reefs.", "Quillpost", "ORG"),
    # a person after all: a "he" follows in the sentence
    ("Varnow interviewed the driver on Monday, and he said little.", "Varnow", None),
    # the noun "interviews", not the verb
    ("Exclusive interviews with Dana Whitcombe\n\nDana Whitcombe studies corals.", "Exclusive", None),
])
def test_the_outlet_that_conducts_an_interview_is_an_organisation(nlp, text, surface, want):
    _assert_found_as(nlp, text, surface, want, "conducts an interview")


def _typed_with_its_tag(nlp, text: str, surface: str, label: str):
    """The draft owning `surface` and the typing rules applied, every `surface` tagged
    `label` by spaCy (the guess it makes for a name it does not know)."""
    from spacy.util import filter_spans

    from tui.analysis.actors import Retype

    doc = nlp(text)
    spans = [e for e in doc.ents if surface not in e.text]
    start = text.find(surface)
    while start >= 0:
        spans.append(doc.char_span(start, start + len(surface), label=label))
        start = text.find(surface, start + 1)
    doc.ents = filter_spans(spans)
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    return owner(drafts, text, surface), retypes


@pytest.mark.parametrize("text, label, want", [
    ("Senator Jane Roe will retire next year, Quillpost reported on Monday.", "PERSON", "ORG"),
    ("Senator Jane Roe will retire next year, Quillpost first reported.", "GPE", "ORG"),
    ("\u201cWe will win,\u201d Jane Roe told Quillpost on Monday.", "PERSON", "ORG"),
    ("The plan costs $4 billion, according to Quillpost.", "GPE", "ORG"),
    # something shows a person: a verb of speech, an honorific, a given name elsewhere,
    # a reporter's credit line, being told to do a thing; or a town of the gazetteer
    ("The plan costs $4 billion, according to Quillpost. Quillpost said she would vote no.", "PERSON", "PERSON"),
    ("The plan costs $4 billion, according to Quillpost. Mr. Quillpost is a senator.", "PERSON", "PERSON"),
    ("Dana Quillpost covers the city. The mayor resigned, Quillpost reported.", "PERSON", "PERSON"),
    ("Her aide was Dana \u201cSam\u201d Quillpost. The plan costs $4 billion, according to Quillpost.", "PERSON", "PERSON"),
    ("The storm killed four people. Quillpost reported from the capital.", "PERSON", "PERSON"),
    ("Please tell Quillpost to cash the check before Friday.", "PERSON", "PERSON"),
    ("A 2010 memo published by Quillpost set out the plan.", "PERSON", "ORG"),
    ("Jane Roe denied a report in Quillpost that she would quit.", "GPE", "ORG"),
    ("Cases rose sharply, Florida reported on Monday.", "GPE", "GPE"),
])
def test_a_name_cited_as_a_source_with_no_person_shown_is_an_organisation(nlp, text, label, want):
    """spaCy guesses a person or a place for an outlet's name it does not know; "X
    reported", "told X", "according to X" with nothing showing a person make it an organisation."""
    surface = "Florida" if "Florida" in text else "Quillpost"
    d, retypes = _typed_with_its_tag(nlp, text, surface, label)
    assert d.type == want
    assert (("cited source with no person", "ORG") in [(r.rule, r.type) for r in retypes]) == (want == "ORG")


@pytest.mark.parametrize("text, surface, want", [
    ("Teachers who belong to the QRTA voted to strike.", "QRTA", "ORG"),  # "the X" after a preposition
    ("Last year the QRTA endorsed the mayor.", "QRTA", "ORG"),  # the subject of a verb
    ("QRTA President Jane Roe said the union would strike.", "QRTA", "ORG"),  # before a body's office
    # a common noun's abbreviation, a line in capitals, the end of a longer name
    ("He studied the DNA of the patients.", "DNA", None),
    ("THE QRTA HAS ENDORSED THE MAYOR\n\nThe union said so.", "QRTA", None),
    ("He joined Purple PAC last year.", "PAC", None),
])
def test_an_untagged_acronym_is_an_organisation_by_what_only_a_body_does(nlp, text, surface, want):
    _assert_found_as(nlp, text, surface, want, "acronym of a body")


@pytest.mark.parametrize("text, surface", [
    ("Many Varnos voted for the mayor on Tuesday. The party has courted Varnos for years.", "Varnos"),
    ("Thousands of Quellos marched in the capital. Police fired on the crowd.", "Quellos"),
    ("The senator's standing among Brestovs has fallen, a poll found.", "Brestovs"),
    ("The governor said fellow Kettanos deserve better. Most Kettanos agree with him.", "Kettanos"),
    ("He fought in two wars against the Turks and Quellos in the south.", "Quellos"),  # listed with a people
    ("Attacks on Muslims, Varnos and women drew criticism.", "Varnos"),
])
def test_a_plural_name_used_for_a_group_is_a_group(nlp, text, surface):
    """spaCy tags these plural names as a person or an organisation; "many X",
    "thousands of X", "among X", "fellow X", "the Turks and X" show the members
    of a people or a group (rule "plural group name")."""
    assert owner(actors_of(nlp, text), text, surface).type == "NORP"


@pytest.mark.parametrize("text, surface, want", [
    ("The Varnos family moved to Ohio. Jane Varno said many Varnos were happy there.", "Jane Varno", "PERSON"),
    ("Many Yankees fans were upset after the game.", "Yankees", "ORG"),  # the name modifies "fans"
    ("Many Corvane Partners clients left the firm.", "Corvane Partners", "ORG"),
    ("Store chains Koreans and Brestovs cut prices. Brestovs said sales rose.", "Brestovs", "ORG"),
])
def test_a_family_a_team_or_a_firm_is_no_plural_group(nlp, text, surface, want):
    """The singular is a person's family name ("Jane Varno"), the plural name
    modifies a noun ("many Yankees fans"), ends in a firm's word, or a noun
    says what it is ("store chains"): no group."""
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want


@pytest.mark.parametrize("text, want", [
    ("Democrats won the vote. The bill was blocked by House Democrats on Monday.", "NORP"),
    ("Republicans won the vote on Tuesday. Vulnerable Senate Republicans are worried.", "NORP"),
    ("The bill was blocked by House Democrats on Monday.", "ORG"),  # the members' word never alone
])
def test_members_named_by_a_word_the_article_tags_as_a_group(nlp, text, want):
    """A body's name in front of a plural that the article tags alone as a group
    ("House Democrats" beside "Democrats") names some of the group's members
    (rule "members of a group"); without the word alone, spaCy's tag stands."""
    name = "House Democrats" if "House" in text else "Senate Republicans"
    assert owner(actors_of(nlp, text), text, name).type == want


def test_a_known_name_written_in_capitals_is_its_actor(nlp):
    """"BRADLEY WIERZBICKI" under a letter's signature, "WIERZBICKI" in a heading
    written in capitals: spaCy misses them, the known name's capitals find them
    (pass "name in capitals"); a capitalised common word is no name's capitals."""
    from tui.analysis.actors import Merge
    from tui.analysis.actors.propagation import _propagate
    from tui.analysis.drafts import ActorDraft

    text = ("Bradley Wierzbicki wrote to the council about the bridge over the river.\n\n"
            "Yours faithfully\n\nBRADLEY WIERZBICKI\n\nVOTERS BACK WIERZBICKI.\n\n"
            "The Media Hub said the media were told. THE MEDIA WERE TOLD.")
    doc = nlp(text)
    tomasz = ActorDraft(key="d0", name="Bradley Wierzbicki", type="PERSON",
                        mentions=[_name_mention(text, "Bradley Wierzbicki")])
    hub = ActorDraft(key="d1", name="Media Hub", type="ORG", mentions=[_name_mention(text, "Media Hub")])
    trace: list[Merge] = []
    _propagate(doc, [tomasz, hub], trace)
    assert _name_mention(text, "BRADLEY WIERZBICKI").start in [m.start for m in tomasz.mentions]
    assert any(m.text == "WIERZBICKI" and m.start == text.index("BACK WIERZBICKI") + 5 for m in tomasz.mentions)
    assert Merge("name in capitals", "BRADLEY WIERZBICKI", "Bradley Wierzbicki") in trace
    assert [m.text for m in hub.mentions] == ["Media Hub"]


def test_a_name_is_cut_at_a_hyphen_written_for_a_dash(nlp):
    """spaCy runs a name over a spaced hyphen standing for a dash ("the Harbour
    Authority - before and after the storm"): the name ends there, and the word
    after a dash that merely opens the clause is no name."""
    from tui.analysis.actors.candidates import _candidates

    text = "Boats were kept by the Harbour Authority - before, during and after the storm - in the old dock."
    doc = nlp(text)
    assert [e.text for e in doc.ents] == ["the Harbour Authority - before"]  # what the rule is about
    assert [c.text for c in _candidates(doc)[0]] == ["Harbour Authority"]
    text = "Marek Kowalczyk, the harbour master, spoke. KRAKOW - Harbour rules were changed on Monday."
    assert "Harbour" not in [c.text for c in _candidates(nlp(text))[0]]


def test_a_family_name_joins_its_given_and_family_name_spacy_tagged_as_no_person():
    """spaCy tags "Bradley Wierzbicki" as an organisation and "Wierzbicki" alone as a
    place: the full name is a person's by its given name (cue "given and family
    name"), so the family name joins it (pass "short form of a given and family
    name") and the actor is a person, spaCy's place tags of the lone word being
    guesses."""
    from tui.analysis.actors import Merge
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    text = ("A suit by Bradley Wierzbicki was filed. Wierzbicki said so. Wierzbicki left. "
            "Wierzbicki wrote. Wierzbicki sued. Wierzbicki won.")
    def cand(surface: str, nth: int, label: str, **kw) -> _Cand:
        at = -1
        for _ in range(nth + 1):
            at = text.index(surface, at + 1)
        return _Cand(at, at + len(surface), surface, label, at, **kw)

    cands = [cand("Bradley Wierzbicki", 0, "ORG", cue="PERSON", cue_rule="given and family name")]
    cands += [cand("Wierzbicki", n, "GPE") for n in range(1, 6)]
    trace: list[Merge] = []
    clusters = list(_cluster(cands, [], trace, [], text).values())
    assert sorted(map(sorted, clusters)) == [list(range(6))]
    assert Merge("short form of a given and family name", "Wierzbicki", "Bradley Wierzbicki") in trace
    assert _cluster_type(cands, list(range(6)))[0] == "PERSON"
    # without the given name's cue the firm and the place stay apart
    cands[0] = cand("Bradley Wierzbicki", 0, "ORG")
    assert len(_cluster(cands, [], None, [], text)) == 2


def test_a_body_is_no_short_form_of_the_group_of_its_members():
    """"Quorn Assembly Democrats", "Varno Charter Conservatives": a name closed by
    a word for the members or backers of a party or a body (`_MEMBER_WORDS`) is a
    group of people in or behind the body, not a longer name of it; the body
    keeps its own actor, and the group another."""
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import _Cand

    text = ("The Quorn Assembly met. Quorn Assembly Democrats walked out. The Quorn Assembly voted. "
            "Critics of the Varno Charter and Varno Charter Conservatives met.")

    def cand(surface: str, nth: int, label: str) -> _Cand:
        at = -1
        for _ in range(nth + 1):
            at = text.index(surface, at + 1)
        return _Cand(at, at + len(surface), surface, label, at)

    cands = [cand("Quorn Assembly", 0, "ORG"), cand("Quorn Assembly Democrats", 0, "ORG"), cand("Quorn Assembly", 2, "ORG"),
             cand("Varno Charter", 0, "LAW"), cand("Varno Charter Conservatives", 0, "LAW")]
    clusters = sorted(map(sorted, _cluster(cands, [], None, [], text).values()))
    assert clusters == [[0, 2], [1], [3], [4]]
    # the party's word right after the body's name: its caucus, its short plural
    text = "The Quorn Assembly met. The Quorn Assembly Democratic Caucus and Quorn Assembly Dems left. The Quorn Assembly voted."
    cands = [cand("Quorn Assembly", 0, "ORG"), cand("Quorn Assembly Democratic Caucus", 0, "ORG"),
             cand("Quorn Assembly Dems", 0, "ORG"), cand("Quorn Assembly", 3, "ORG")]
    clusters = sorted(map(sorted, _cluster(cands, [], None, [], text).values()))
    assert clusters == [[0, 3], [1], [2]]
    # a longer name of the body itself still takes the short one
    text = "The Quorn Assembly Chamber met. The Quorn Assembly voted."
    cands = [cand("Quorn Assembly Chamber", 0, "ORG"), cand("Quorn Assembly", 1, "ORG")]
    assert len(_cluster(cands, [], None, [], text)) == 1


def test_an_actor_named_in_capitals_is_shown_as_the_text_writes_it(nlp):
    """"NEW YORK" in a headline, "New York" in the text: the actor is shown as
    the text writes it; an acronym stays as it is; a title is no part of it."""
    from tui.analysis.actors.display_names import _name_out_of_capitals
    from tui.analysis.model import Mention

    text = "Morning news.\n\nSTORMS IN LOS ANGELES. Rain fell for days and Los Angeles was cut off."
    assert owner(actors_of(nlp, text), text, "LOS ANGELES").name == "Los Angeles"

    ms = [Mention(0, 8, "NEW YORK"), Mention(20, 28, "New York"), Mention(40, 48, "New York"), Mention(50, 58, "New york")]
    assert _name_out_of_capitals("NEW YORK", ms) == "New York"
    ms = [Mention(0, 10, "JANE ROWAN"), Mention(20, 40, "Senator Jane Rowan", title=8), Mention(50, 53, "she", "pronoun")]
    assert _name_out_of_capitals("JANE ROWAN", ms) == "Jane Rowan"
    assert _name_out_of_capitals("NATO", [Mention(0, 4, "NATO")]) == "NATO"
    assert _name_out_of_capitals("Acme", [Mention(0, 4, "ACME"), Mention(9, 13, "Acme")]) == "Acme"


@pytest.mark.parametrize("text, want", [
    ("Jane Roe took to Quillpost on Monday to answer her critics.", "ORG"),
    # something taken there: the one it is taken to may be a person
    ("Jane Roe took the case to Quillpost on Monday.", "PERSON"),
])
def test_where_one_takes_to_with_nothing_taken_is_no_person(nlp, text, want):
    """spaCy guesses a person for a platform's name; "took to X" is said of a medium, not of one."""
    d, retypes = _typed_with_its_tag(nlp, text, "Quillpost", "PERSON")
    assert d.type == want
    assert (("not a person", "ORG") in [(r.rule, r.type) for r in retypes]) == (want == "ORG")


def test_family_names_listed_as_one_entity_are_the_people_named_in_full():
    """"Okafor, Lindqvist and Brandt" tagged as one name (a headline listing people
    by family name): each is the family name of a person named in full, so each is
    a name of its own; "Lyon, France" names no such person and stays one name."""
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _split_family_names

    text = "Okafor, Lindqvist and Brandt took fees. Adaeze Okafor, Tomas Lindqvist and Greta Brandt spoke in Lyon, France."
    listed = "Okafor, Lindqvist and Brandt"
    cands = [_Cand(0, len(listed), listed, "ORG", 0)]
    for name in ("Adaeze Okafor", "Tomas Lindqvist", "Greta Brandt", "Lyon, France"):
        at = text.index(name)
        cands.append(_Cand(at, at + len(name), name, "GPE" if name.startswith("Lyon") else "PERSON", at))
    _split_family_names(cands)
    found = sorted((c.text, c.start, c.end) for c in cands if c.start < len(listed))
    assert found == [("Brandt", 22, 28), ("Lindqvist", 8, 17), ("Okafor", 0, 6)]
    assert all(text[s:e] == t for t, s, e in found)
    assert any(c.text == "Lyon, France" for c in cands)
    # two family names joined by "and" alone, tagged a building; not with a place
    text = "She backed Okafor and Brandt. Adaeze Okafor and Greta Brandt spoke. Okafor and Lyon met."
    cands = [_Cand(11, 28, "Okafor and Brandt", "FAC", 11), _Cand(68, 83, "Okafor and Lyon", "ORG", 68)]
    for name in ("Adaeze Okafor", "Greta Brandt"):
        at = text.index(name)
        cands.append(_Cand(at, at + len(name), name, "PERSON", at))
    _split_family_names(cands)
    assert sorted((c.text, c.start) for c in cands if c.label != "PERSON") \
        == [("Brandt", 22), ("Okafor", 11), ("Okafor and Lyon", 68)]


def test_a_headline_form_is_not_the_name_an_actor_is_shown_by(nlp):
    """A title-case headline glues its words to a name ("The Harbour Union’s Move
    Against Tomas Lindqvist"); the actor is shown by the full name the body uses."""
    text = ("Why The Harbour Union’s Move Against Tomas Lindqvist Is A Gift\n\nThe union cut its ties with "
            "Tomas Lindqvist on Friday. Lindqvist told reporters that the move was petty. Lindqvist said he would fight on.")
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Lindqvist", 2).name == "Tomas Lindqvist"


@pytest.mark.parametrize("text", [
    # the heading or an address line gives the body's whole name, which the body then
    # calls by its head noun alone: the actor is shown by the whole name
    "Office of the Dean\n\nThe Doeville State University 12 Main Hall Doeville\n\nDear Jane,\n\n"
    "The University has agreed to the plan. The state budget is tight, and the University will pay half. "
    "We thank the University for its help.\n",
    "Doeville State University Opens New Library\n\nThe University has agreed to the plan. "
    "The state budget is tight, and the University will pay half.\n",
])
def test_a_body_called_by_its_head_noun_is_shown_by_its_whole_name(nlp, text):
    assert owner(actors_of(nlp, text), text, "University", 1).name == "Doeville State University"


@pytest.mark.parametrize("text, titles", [
    # the mark that closes a quoted title is of the kind that opens it (double or single):
    # an apostrophe inside ("Doe’ Town") closes no “…” title
    ("She released the album “Walls of Doe’ Town” in May.", []),
    ("The “Songs of the Does’ Valley” album came out in May.", []),
    ("He wrote the song ‘Rivers of Gold’ for the band.", ["Rivers of Gold"]),
    ("Her novel 'Light on the Water' sold well.", ["Light on the Water"]),
    # a title closed with the opening mark again is still one
    ("They watched the animated film “Snowline“ twice.", ["Snowline"]),
])
def test_a_quoted_title_ends_at_a_mark_of_its_own_kind(nlp, text, titles):
    from tui.analysis.actors.candidates import _work_titles

    doc = nlp(text)
    assert [doc[s:e].text for s, e in _work_titles(doc)] == titles


@pytest.mark.parametrize("text, name", [
    # a word the text writes in lower case, capitalised by the start of a line or of a
    # sentence, glued to a family name: the person the text names in full elsewhere
    ("Top Whitcombe adviser quits\n\nThomas Whitcombe lost his top adviser on Friday. "
     "Whitcombe said the budget was not to blame.", "Top Whitcombe"),
    ("Thomas Whitcombe spoke on Monday about the harbour.\n\nWill Whitcombe stay on as mayor? "
     "Whitcombe said he would decide in May, and he will.", "Will Whitcombe"),
])
def test_a_common_word_glued_to_a_family_name_is_no_given_name(nlp, text, name):
    drafts = actors_of(nlp, text)
    assert [d.name for d in drafts if d.type == "PERSON"] == ["Thomas Whitcombe"]
    assert owner(drafts, text, name).name == "Thomas Whitcombe"


@pytest.mark.parametrize("text, name", [
    # a given name of the tables ("Mark"), a particle of a family name ("de"): kept
    ("Mark Whitcombe wins the harbour race\n\nThomas Whitcombe watched his brother win. "
     "Mark Whitcombe said he would race again, to mark the day.", "Mark Whitcombe"),
    ("The council met Thomas de Whitcombe on Monday.\n\nDe Whitcombe: the harbour must grow\n\n"
     "De Whitcombe said the harbour must grow.", "De Whitcombe"),
])
def test_a_given_name_or_a_particle_before_a_family_name_stays(nlp, text, name):
    assert name in {m.text for d in actors_of(nlp, text) for m in d.mentions}


@pytest.mark.parametrize("text, surface, name", [
    # the plural name of a team or of islands and something named after it by one word
    # the text also writes in lower case ("poet", "air"): two actors, not a short form
    ('The Hawks lost again on Sunday. A local writer calls himself the "Hawks Poet" and reads a poem '
     'after every game. The Hawks fans cheer the poet.', "Hawks", "Hawks"),
    ("Ferries reach the Sorrells twice a week. Air Sorrells flies there daily from the mainland, and the "
     "air fare is low. The Sorrells have two villages.", "Sorrells", "Sorrells"),
])
def test_a_plural_name_is_no_short_form_of_a_name_made_from_it(nlp, text, surface, name):
    assert owner(actors_of(nlp, text), text, surface).name == name


def test_a_headline_is_a_short_line_in_title_case():
    """One notion of a headline for the name passes (`tokens._headline`): a line in
    title case of at most _HEADLINE_MAX_WORDS words, each line read once."""
    from tui.analysis.actors.tokens import _HEADLINE_MAX_WORDS, _headline

    long_line = " ".join(["Harbour Board Meets Again"] * (_HEADLINE_MAX_WORDS // 4 + 1))
    text = f"Harbour Board Backs New Ferry Plan\n\nThe board met on Monday.\n{long_line}\n"
    memo: dict[int, bool] = {}
    assert _headline(text, 3, memo)
    assert not _headline(text, text.index("board"), memo)
    assert not _headline(text, text.rindex("Again"), memo)
    assert memo == {0: True, text.index("The board"): False, text.index(long_line): False}


@pytest.mark.parametrize("text, short, name", [
    # a group of islands or hills called by its first word made plural: one actor, shown
    # under the full name; not the one island of the group ("Marrow Island"), nor an
    # airline named after the short form ("Air Marrows")
    ("Walkers head for the Marrow Islands each spring.\n\nMost visitors reach the Marrows by ferry, though "
     "Air Marrows lands on Marrow Island by air twice a week. Life on the Marrows is quiet.",
     "Marrows", "Marrow Islands"),
    ("Hikers crowd the Fenny Hills in summer. The trails of the Fennies are steep, and snow closes the "
     "Fennies in winter.", "Fennies", "Fenny Hills"),
])
def test_a_plural_short_form_joins_its_group_of_features(nlp, text, short, name):
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, short).name == name
    assert owner(drafts, text, f"the {short}", text.count(f"the {short}") - 1).name == name
    if "Air Marrows" in text:
        assert owner(drafts, text, "Air Marrows").name == "Air Marrows"
        assert owner(drafts, text, "Marrow Island by").name == "Marrow Island"


def nested_of(nlp, text: str):
    """The drafts after `nested_names`: the known names inside other actors' names."""
    from tui.analysis.actors import nested_names

    doc = nlp(text)
    drafts = find_actors(doc, Article(text=text, title=text.split("\n", 1)[0], source="-"))
    nested_names(doc, drafts)
    return drafts


def test_a_known_name_inside_a_longer_name_is_a_mention_of_it_too(nlp):
    text = ("Delegates flew to Oslo on Monday. The Oslo Energy Forum opened in the afternoon, and the "
            "mayor of Oslo spoke first.")
    drafts = nested_of(nlp, text)
    oslo = owner(drafts, text, "Oslo")
    inner = text.index("Oslo Energy")
    assert any(m.start == inner and m.text == "Oslo" and m.rule == "nested_name" for m in oslo.mentions)
    forum = next(d for d in drafts if any(m.text == "Oslo Energy Forum" for m in d.mentions))
    assert forum is not oslo


@pytest.mark.parametrize("text, inner", [
    # the head of a compound name is no mention of another thing of that name
    ("The House of Representatives passed the bill on Friday. The House will vote on the budget next week. "
     "The White House said the president would sign it within days.", "House said"),
    # nor a word the text writes in lower case ("court")
    ("The Supreme Court heard the appeal in May. The Court said the Circuit Court had erred, and the court "
     "sent the case back.", "Court had"),
])
def test_no_nested_mention_for_the_head_of_another_name(nlp, text, inner):
    drafts = nested_of(nlp, text)
    at = text.index(inner)
    assert not any(m.rule == "nested_name" and m.start == at for d in drafts for m in d.mentions)


def test_a_family_name_in_a_body_s_name_is_its_one_bearer_s(nlp):
    # one Lopez in the text: "the Lopez Family Trust" mentions her; two Rowes: neither
    text = "Maria Lopez opened a bakery in 1998. The Lopez Family Trust bought the building, and Lopez still bakes every morning."
    drafts = nested_of(nlp, text)
    inner = text.index("Lopez Family")
    assert any(m.start == inner and m.rule == "nested_name" for m in owner(drafts, text, "Maria Lopez").mentions)
    text = ("Jane Rowe and her husband Tom Rowe started a charity in 2001. The Rowe Foundation now gives grants "
            "to schools, and Jane Rowe still runs it.")
    drafts = nested_of(nlp, text)
    assert not any(m.rule == "nested_name" for d in drafts for m in d.mentions)


def test_an_untagged_given_name_before_a_tagged_name_is_that_persons():
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import Merge, _Cand
    # "Marta Ilse Vrana ... Marta Vrana ... Vrana": spaCy tagged only "Ilse Vrana"
    text = "Marta Ilse Vrana was born in 1901. Marta Vrana later moved. Vrana wrote."
    cands = [
        _Cand(6, 16, "Ilse Vrana", "PERSON", 6),
        _Cand(35, 46, "Marta Vrana", "PERSON", 35),
        _Cand(60, 65, "Vrana", "PERSON", 60),
        _Cand(0, 5, "Marta", "PERSON", 0, cue="PERSON", cue_rule="untagged given name", untagged=True),
    ]
    trace: list[Merge] = []
    clusters = _cluster(cands, [], trace, [], text)
    assert [sorted(c) for c in clusters.values()] == [[0, 1, 2, 3]]
    assert Merge("given name before a name", "Marta", "Ilse Vrana") in trace
    # not across a comma ("Marta, Ilse Vrana"), nor before a name with a title of its own
    for first, name in ((_Cand(0, 5, "Marta", "PERSON", 0, cue="PERSON", cue_rule="untagged given name"),
                         _Cand(7, 17, "Ilse Vrana", "PERSON", 7)),
                        (_Cand(0, 5, "Marta", "PERSON", 0, cue="PERSON", cue_rule="untagged given name"),
                         _Cand(10, 15, "Vrana", "PERSON", 6))):
        apart: list[Merge] = []
        _cluster([name, first], [], apart, [], "Marta, Ilse Vrana spoke." if name.start == 7 else "Marta Dr. Vrana spoke.")
        assert not any(m.rule == "given name before a name" for m in apart)


def test_no_nested_mention_inside_a_name_written_in_capitals(nlp):
    # an outlet or a heading in capitals ("USA TODAY") is no mention of the country
    text = ("The USA beat Canada on Sunday. Fans of the USA cheered for hours. "
            "The coach told USA TODAY that the USA had earned it.")
    drafts = nested_of(nlp, text)
    at = text.index("USA TODAY")
    assert any(d.name == "USA TODAY" for d in drafts)
    assert not any(m.rule == "nested_name" and m.start == at for d in drafts for m in d.mentions)


def _cands_of(text: str, spec):
    """_Cand records of `spec`: (the text from which on the name stands, the name, its tag, its title)."""
    from tui.analysis.actors.records import _Cand

    out = []
    for at, surface, label, title in spec:
        start = text.index(at) + len(title)
        out.append(_Cand(start, start + len(surface), surface, label, start - len(title)))
    return out


def test_a_short_form_of_a_given_name_is_the_same_person():
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import Merge

    # "Larry Voss" and "Lawrence Voss": one person, so the bare "Voss" is no longer ambiguous
    text = "Lawrence Voss founded the press. Larry Voss says so. Voss laughed. Ada Voss did not."
    cands = _cands_of(text, [("Lawrence Voss", "Lawrence Voss", "PERSON", ""), ("Larry Voss", "Larry Voss", "PERSON", ""),
                             ("Voss laughed", "Voss", "PERSON", ""), ("Ada Voss", "Ada Voss", "PERSON", "")])
    trace: list[Merge] = []
    clusters = sorted(sorted(c) for c in _cluster(cands, [], trace, [], text).values())
    assert clusters == [[0, 1, 2], [3]]
    assert Merge("short form of a given name", "Larry Voss", "Lawrence Voss") in trace
    # not two given names that are no short form of one another, nor across "Jr."
    for other in ("Lewis Voss", "Larry Voss Jr."):
        text = f"Lawrence Voss founded the press. {other} says so."
        cands = _cands_of(text, [("Lawrence Voss", "Lawrence Voss", "PERSON", ""), (other, other, "PERSON", "")])
        assert len(_cluster(cands, [], [], [], text)) == 2


def test_a_titled_family_name_goes_to_the_one_person_given_that_title():
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import Merge

    # Tom Quill is named first, but "Dr. Quill" is the Quill introduced as a doctor
    text = "Thanks to Tom Quill, and to our adviser, Dr. Mara Quill. Tom, thank you. And Dr. Quill, welcome."
    cands = _cands_of(text, [("Tom Quill", "Tom Quill", "PERSON", ""), ("Dr. Mara", "Mara Quill", "PERSON", "Dr. "),
                             ("Dr. Quill", "Quill", "PERSON", "Dr. ")])
    trace: list[Merge] = []
    clusters = sorted(sorted(c) for c in _cluster(cands, [], trace, [], text).values())
    assert clusters == [[0], [1, 2]]
    assert Merge("same title", "Quill", "Mara Quill") in trace


def test_a_saints_name_is_the_person_the_text_calls_by_the_one_name():
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import Merge

    text = "Aldric was a monk, known as Saint Aldric. Aldric wrote much. St. Aldric in His Cell is a painting."
    cands = _cands_of(text, [("Aldric was", "Aldric", "PERSON", ""), ("Saint Aldric", "Saint Aldric", "LOC", ""),
                             ("Aldric wrote", "Aldric", "PERSON", ""), ("St. Aldric", "St. Aldric", "GPE", "")])
    trace: list[Merge] = []
    assert len(_cluster(cands, [], trace, [], text)) == 1
    assert Merge("saint's name", "Saint Aldric", "Aldric") in trace
    # a town ("in St. Aldric") is not the saint
    text = "Aldric was a monk. Aldric wrote much. She lives in St. Aldric now."
    cands = _cands_of(text, [("Aldric was", "Aldric", "PERSON", ""), ("Aldric wrote", "Aldric", "PERSON", ""),
                             ("St. Aldric", "St. Aldric", "GPE", "")])
    cands[2].preposition = "in"
    assert len(_cluster(cands, [], [], [], text)) == 2


def test_a_teams_plural_name_tagged_as_a_place_joins_the_team():
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import Merge
    from tui.analysis.actors.type_vote import _cluster_type

    text = "He signed with the Varnton Otters in May. The Otters won twice. The Otters lost once. The Varnton Otters fired him."
    cands = _cands_of(text, [("Varnton Otters in", "Varnton Otters", "ORG", ""), ("Otters won", "Otters", "GPE", ""),
                             ("Otters lost", "Otters", "GPE", ""), ("Varnton Otters fired", "Varnton Otters", "ORG", "")])
    trace: list[Merge] = []
    clusters = list(_cluster(cands, [], trace, [], text).values())
    assert len(clusters) == 1 and Merge("plural short form of a team", "Otters", "Varnton Otters") in trace
    assert _cluster_type(cands, clusters[0])[0] == "ORG"  # the lone plural's place tags do not count
    # not a plural written "in X" (a place), nor a state's name that ends in "s"
    text = "He lives in Otters. The Varnton Otters won."
    cands = _cands_of(text, [("Otters.", "Otters", "GPE", ""), ("Varnton Otters", "Varnton Otters", "ORG", "")])
    cands[0].preposition = "in"
    assert len(_cluster(cands, [], [], [], text)) == 2
    text = "Texas Democrats met. The paper Varnton Texas reported it."
    cands = _cands_of(text, [("Texas", "Texas", "GPE", ""), ("Varnton Texas", "Varnton Texas", "ORG", "")])
    assert len(_cluster(cands, [], [], [], text)) == 2


def _nested_by_hand(nlp, text: str, actors):
    """nested_names over drafts made by hand: (name, type, [the surfaces of its mentions, first occurrence each])."""
    from tui.analysis.actors import nested_names
    from tui.analysis.drafts import ActorDraft
    from tui.analysis.model import Mention

    doc = nlp(text)
    drafts = []
    for n, (name, typ, surfaces) in enumerate(actors):
        mentions = [Mention(text.index(s), text.index(s) + len(s), s, "name") for s in surfaces]
        drafts.append(ActorDraft(key=f"d{n}", name=name, type=typ, mentions=mentions))
    nested_names(doc, drafts)
    return {d.name: [(m.text, m.start) for m in d.mentions if m.rule == "nested_name"] for d in drafts}


def test_no_nested_family_name_of_a_name_not_shaped_like_a_persons(nlp):
    # "Quorum United" taken for a person ("quorum" is a word of the text) lends no "United"
    # to "United Harbour Board"; "Maria Lopez" (a given name of the table) and "Zorvan Quill"
    # (a name in shape) still lend their family names to the bodies named after them
    text = ("Quorum United sued the county for want of a quorum. The United Harbour Board disagreed. "
            "Maria Lopez testified. The Lopez Family Trust paid. Zorvan Quill wrote for the Quill Review.")
    nested = _nested_by_hand(nlp, text, [("Quorum United", "PERSON", ["Quorum United"]),
                                         ("United Harbour Board", "ORG", ["United Harbour Board"]),
                                         ("Maria Lopez", "PERSON", ["Maria Lopez"]),
                                         ("Lopez Family Trust", "ORG", ["Lopez Family Trust"]),
                                         ("Zorvan Quill", "PERSON", ["Zorvan Quill"]),
                                         ("Quill Review", "ORG", ["Quill Review"])])
    assert nested["Quorum United"] == [] and nested["Maria Lopez"] == [("Lopez", text.index("Lopez Family"))]
    assert nested["Zorvan Quill"] == [("Quill", text.index("Quill Review"))]


def test_no_nested_name_at_the_start_of_a_places_name(nlp):
    # "Panama City" is no mention of the country, nor "United States" of a "Tarn United"
    # taken for a person; the country still has its mention in "Panama Canal Authority"
    text = ("Tarn United sued the port. The United States Harbour Board disagreed. Panama voted in May. "
            "Fares rose in Panama City. The Panama Canal Authority paid.")
    nested = _nested_by_hand(nlp, text, [("Tarn United", "PERSON", ["Tarn United"]),
                                         ("United States Harbour Board", "ORG", ["United States Harbour Board"]),
                                         ("Panama", "GPE", ["Panama"]),
                                         ("Panama City", "GPE", ["Panama City"]),
                                         ("Panama Canal Authority", "ORG", ["Panama Canal Authority"])])
    assert nested["Tarn United"] == []
    assert nested["Panama"] == [("Panama", text.index("Panama Canal"))]


def test_no_nested_place_before_a_newspapers_nameplate(nlp):
    # GUM marks no town inside a paper's name, and a reader sees none there: "Doeville" of
    # "the Doeville Daily News" or "the Doeville Sun-Times" is no mention of the town. The
    # town stays inside a name whose nameplate word is not its last ("the Doeville Post
    # Office", a building) or does not follow the town ("the Doeville Harbour News"); a
    # body's name stays inside the paper named after it ("Acme" of "the Acme Daily News")
    text = ("Jane Doe grew up in Doeville. She told the Doeville Daily News that she would run, and the "
            "Doeville Sun-Times agreed. The Doeville Post Office closed. The Doeville Harbour News printed it. "
            "Acme owns the Acme Daily News. Ann Daily wrote it.")
    nested = _nested_by_hand(nlp, text, [("Doeville", "GPE", ["Doeville"]),
                                         ("Doeville Daily News", "ORG", ["Doeville Daily News"]),
                                         ("Doeville Sun-Times", "ORG", ["Doeville Sun-Times"]),
                                         ("Doeville Post Office", "FAC", ["Doeville Post Office"]),
                                         ("Doeville Harbour News", "ORG", ["Doeville Harbour News"]),
                                         ("Acme", "ORG", ["Acme"]),
                                         ("Acme Daily News", "ORG", ["Acme Daily News"]),
                                         ("Ann Daily", "PERSON", ["Ann Daily"])])
    assert nested["Doeville"] == [("Doeville", text.index("Doeville Post")), ("Doeville", text.index("Doeville Harbour"))]
    assert nested["Acme"] == [("Acme", text.index("Acme Daily"))]
    # nor is a name after the town there one's own ("Daily" of "Ann Daily" in "the Doeville Daily News")
    assert nested["Ann Daily"] == [("Daily", text.index("Daily News", text.index("Acme Daily")))]


def test_a_nested_given_name_runs_on_through_the_family_name(nlp):
    # "Ellen Quist" is named with an initial in her foundation's name and in full in a show's:
    # the nested mention is her whole name, not "Ellen" alone
    text = ("Ellen Quist gave a speech. The Ellen T. Quist Foundation paid for it. "
            "She later hosted the Ellen Quist Hour on Sundays.")
    nested = _nested_by_hand(nlp, text, [("Ellen Quist", "PERSON", ["Ellen Quist"]),
                                         ("Ellen T. Quist Foundation", "ORG", ["Ellen T. Quist Foundation"]),
                                         ("Ellen Quist Hour", "WORK_OF_ART", ["Ellen Quist Hour"])])
    assert nested["Ellen Quist"] == [("Ellen T. Quist", text.index("Ellen T.")), ("Ellen Quist", text.index("Ellen Quist Hour"))]


def test_no_nested_place_after_a_given_name_inside_a_longer_name(nlp):
    # "George Brandville University" is named after a person, not after the town Brandville
    text = "She grew up in Brandville. She studied at George Brandville University and at Brandville College."
    nested = _nested_by_hand(nlp, text, [("Brandville", "GPE", ["Brandville"]),
                                         ("George Brandville University", "ORG", ["George Brandville University"]),
                                         ("Brandville College", "ORG", ["Brandville College"])])
    assert nested["Brandville"] == [("Brandville", text.index("Brandville College"))]


def test_name_like_shortcut_agrees_with_the_letter_count():
    # a capital or a digit first, a capital somewhere, two letters or more; the
    # all-letters shortcut must say what the count says, accented and titlecase letters too
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tui.analysis.actors.name_shapes import _is_name_like

    def counted(text: str) -> bool:
        if len(text) < 2 or not text[0].isupper() and not text[0].isdigit():
            return False
        return any(c.isupper() for c in text) and sum(c.isalpha() for c in text) >= 2

    @settings(max_examples=3000, deadline=None)
    @given(st.text(alphabet="aZ1 .-'ÉéßǅⅫ²ªʰᾈ", max_size=6))
    def check(text: str) -> None:
        assert _is_name_like(text) == counted(text)

    check()
    assert _is_name_like("Doe") and _is_name_like("3Com") and not _is_name_like("3M") and not _is_name_like("iPod") and not _is_name_like("A.")


def test_title_case_lines_read_once_say_the_same(nlp):
    from tui.analysis.actors.tokens import _headline, _title_case_line

    full = "Harbour Board Approves New Ferry Route\nThe board met on Monday to approve a new route.\n"
    assert _title_case_line(full, 3) and not _title_case_line(full, full.index("board"))
    assert _title_case_line(full, 3)  # asked again: the kept answer
    assert _headline(full, 0, {}) and not _headline(full, full.index("met"), {})


def test_initials_for_a_longer_names_first_words_are_that_name():
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import Merge

    # "UC Lyonesse" is the "University of Castile, Lyonesse" of the text, and then the bare
    # "Lyonesse" that both names end in is the university's too
    text = ("She taught at the University of Castile, Lyonesse for years. UC Lyonesse made her a dean, "
            "and Lyonesse gave her a chair.")
    cands = _cands_of(text, [("University of Castile, Lyonesse", "University of Castile, Lyonesse", "ORG", ""),
                             ("UC Lyonesse", "UC Lyonesse", "ORG", ""), ("Lyonesse gave", "Lyonesse", "ORG", "")])
    trace: list[Merge] = []
    clusters = sorted(sorted(c) for c in _cluster(cands, [], trace, [], text).values())
    assert clusters == [[0, 1, 2]]
    assert Merge("initials of a longer name", "UC Lyonesse", "University of Castile, Lyonesse") in trace
    # initials that open two longer names ending in the same words decide nothing
    text = "University of Castile, Lyonesse and Union College, Lyonesse: UC Lyonesse won."
    cands = _cands_of(text, [("University", "University of Castile, Lyonesse", "ORG", ""),
                             ("Union", "Union College, Lyonesse", "ORG", ""), ("UC Lyonesse", "UC Lyonesse", "ORG", "")])
    assert len(_cluster(cands, [], [], [], text)) == 3


@pytest.mark.parametrize("second, want", [
    # "Zarvex normally does not ...", "a film at Zarvex": a tie of a person and a firm
    (("ORG", {"preposition": "at"}), ("ORG", "tied with a one-word person tag")),
    (("ORG", {"speaks": True}), ("PERSON", None)),  # "Zarvex said": a verb of speech shows a person
    (("ORG", {"title_start": -1}), ("PERSON", None)),  # "Dr. Zarvex"
    (("GPE", {}), ("PERSON", None)),  # a tie with a place is not broken ("Zarvex's cabinet", "on Zarvex")
    (("PERSON", {}), ("PERSON", None)),  # no tie
])
def test_a_one_word_name_tagged_a_person_and_a_firm_as_often_is_a_firm(second, want):
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    name = "Zarvex"
    label, where = second
    where = dict(where)
    title = where.pop("title_start", 0)
    cands = [_Cand(0, 6, name, "PERSON", 0, subject=True), _Cand(40, 46, name, label, 40 + title, **where)]
    assert _cluster_type(cands, [0, 1])[:2] == want


@pytest.mark.parametrize("name, tag, alone, extra, want", [
    ("Upper Doeville", "ORG", "GPE", {}, ("GPE", "part of a named place")),  # "Doeville" tagged GPE alone
    ("Lower Doeville", "ORG", "GPE", {}, ("GPE", "part of a named place")),
    ("Northeast Doeville", "LOC", "GPE", {}, ("GPE", "part of a named place")),
    ("Eastern Bolivia", "LOC", None, {}, ("GPE", "part of a named place")),  # a country of the table
    ("Upper Doeville", "ORG", "ORG", {}, ("ORG", None)),  # "Doeville" a firm here
    ("Upper Doeville", "ORG", None, {}, ("ORG", None)),  # nor written alone
    ("New Doeville", "ORG", "GPE", {}, ("ORG", None)),  # another town
    ("Old Doeville", "FAC", "GPE", {}, ("FAC", None)),  # "Old Doeville glamour": an era, a style
    ("North Doeville College", "ORG", "GPE", {}, ("ORG", None)),
    ("North America", "LOC", "GPE", {}, ("LOC", None)),  # a continent, whatever "America" is tagged
    ("East Doeland", "LOC", "GPE", {"feature": True}, ("LOC", None)),  # "the East Doeland sea"
])
def test_a_part_of_a_place_the_text_names_is_a_place(name, tag, alone, extra, want):
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    cands = [_Cand(0, len(name), name, tag, 0, **extra)]
    if alone is not None:
        rest = name.split(" ", 1)[1]
        cands.append(_Cand(100, 100 + len(rest), rest, alone, 100))
    assert _cluster_type(cands, [0])[:2] == want


def test_a_name_before_a_lower_case_feature_word_says_so(nlp):
    text = "Ships cross the East Doeland sea each spring. Doeland is far away."
    doc = nlp(text)
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(doc)
    assert any(c.feature for c in cands if c.text.endswith("Doeland") and c.start < 30)


@pytest.mark.parametrize("text, surface, want", [
    ("Fishing boats work the Varnok sea each spring.", "Varnok", "LOC"),  # spaCy: GPE
    ("They sailed up the Qelvar river to the old fort.", "Qelvar", "LOC"),
    ("They bought a Varnok island last year.", "Varnok", "GPE"),  # "a ... island": some island of it
    ("You don't have to pick some Tobin Varrow mountain man to win.", "Tobin Varrow", "ORG"),  # a kind of man
])
def test_a_name_before_a_lower_case_feature_word_names_the_feature(nlp, text, surface, want):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want


def test_a_town_of_several_words_over_a_letter_with_its_state_is_a_place(nlp):
    # spaCy tags the town's two words a person's, which outweighs the cue of its region
    text = "Brandt Wells, Texas\n\nJuly 4, 1951\n\nDear Tom,\n\nThe rain came early. Brandt Wells has grown."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Brandt Wells").type == "GPE"


@pytest.mark.parametrize("name, extra, want", [
    ("Zarvel Pond", {}, ("GPE", "town of several words with its region")),
    ("Zarvel Pond", {"speaks": True}, ("PERSON", None)),  # "Zarvel Pond said"
    ("Anna Zarvel", {}, ("PERSON", None)),  # a given name shows a person
])
def test_a_full_person_tag_yields_to_a_region_only_with_nothing_showing_a_person(name, extra, want):
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    n = len(name)
    cands = [_Cand(0, n, name, "PERSON", 0, cue="GPE", cue_rule="place and its region"),
             _Cand(50, 50 + n, name, "PERSON", 50, subject=True, **extra)]
    assert _cluster_type(cands, [0, 1])[:2] == want


@pytest.mark.parametrize("name, label, extra, want", [
    ("Zarvel Pond N.Y.", "PERSON", {}, ("GPE", "town with its state")),  # "from Zarvel Pond N.Y."
    ("Zarvel Pond Fla.", "ORG", {}, ("GPE", "town with its state")),
    ("Zarvel Pond NY", "PERSON", {}, ("PERSON", None)),  # only the abbreviations with a full stop
    ("Zarvel Pond N.Y.", "PERSON", {"speaks": True}, ("PERSON", None)),
])
def test_a_name_ending_in_a_state_abbreviation_is_a_town(name, label, extra, want):
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    assert _cluster_type([_Cand(0, len(name), name, label, 0, **extra)], [0])[:2] == want


@pytest.mark.parametrize("text, word, want", [
    ("The judges cited Pellworth v. Quenby in their ruling.", "Pellworth", True),
    ("The judges cited Pellworth v. Quenby in their ruling.", "Quenby", True),
    ("The ruling in Pellworth versus Quenby still stands.", "Quenby", True),
    ("The judges cited Pellworth v. Texas in their ruling.", "Pellworth", False),  # a state as a party
    ("The judges cited Pellworth v. FEC in their ruling.", "Pellworth", False),  # an acronym as a party
    ("The match was Pellworth v Quenby on Sunday.", "Pellworth", False),  # a bare "v": teams
    ("The judges cited Pellworth in their ruling.", "Pellworth", False),
])
def test_a_party_to_a_court_case_by_the_word_versus(nlp, text, word, want):
    from tui.analysis.actors.cues import _party_to_a_case

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    assert _party_to_a_case(doc, i, i + 1) is want


def test_name_in_capitals_takes_its_short_forms(nlp):
    # "JANET COLLINS" in a line of capitals: "Janet" of the later lines is hers
    text = "MY ROOMMATES WERE JANET COLLINS AND MARY HAYES, FROM BOSTON.\n\nJanet kept the keys, and Janet paid the bills."
    drafts = actors_of(nlp, text)
    janet = owner(drafts, text, "JANET COLLINS")
    assert janet.type == "PERSON"
    assert owner(drafts, text, "Janet") is janet and owner(drafts, text, "Janet", 1) is janet
    assert owner(drafts, text, "MARY HAYES") is not janet


def test_name_in_capitals_only_with_a_word_written_in_title_case():
    from tui.analysis.actors.clustering import _in_title_case

    assert _in_title_case("JANET B. O'NEILL", {"Janet"}) == "Janet B. O'Neill"
    assert _in_title_case("USA TODAY", {"Janet"}) is None  # no word of it written in title case
    assert _in_title_case("CC BY 4.0", {"By"}) is None  # not words of a name
    assert _in_title_case("JANET", {"Janet"}) is None  # one word: the typed spelling decides (`_cluster`)


def test_heading_in_capitals_ends_the_name_at_a_preposition(nlp):
    text = ("ORAL ARGUMENT OF JOHN T. HARMON ON BEHALF OF THE RESPONDENT\n\n"
            "Mr. Harmon argued that the statute is unclear.")
    drafts = actors_of(nlp, text)
    harmon = owner(drafts, text, "JOHN T. HARMON")
    assert harmon.type == "PERSON" and harmon.name == "JOHN T. HARMON"
    assert owner(drafts, text, "Harmon") is harmon
    assert not any("BEHALF" in m.text for m in harmon.mentions)


def test_role_after_a_signature_name_is_cut_off():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _cut_role_after_name

    # "Thomas Whitfield Vice President" under a date, and "Dr. Whitfield" in the salutation
    cands = [_Cand(0, 31, "Thomas Whitfield Vice President", "PERSON", 0), _Cand(37, 46, "Whitfield", "PERSON", 33)]
    _cut_role_after_name(cands)
    assert (cands[0].text, cands[0].end) == ("Thomas Whitfield", 16)
    # a chair named after a person the text names no other way stays whole
    cands = [_Cand(0, 19, "Marian Pryce Chair", "PERSON", 0), _Cand(30, 40, "Tom Harlow", "PERSON", 30)]
    _cut_role_after_name(cands)
    assert cands[0].text == "Marian Pryce Chair"


def test_role_glued_to_a_body_is_cut_before_its_holder():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _cut_role_after_body

    def cut(text: str, body: str, label: str = "ORG", alone: str = "") -> tuple[str, list]:
        """`body` tagged `label`, "Carla Mendel" a person, `alone` a name written after them."""
        s, p = text.index(body), text.index("Carla Mendel")
        cands = [_Cand(s, s + len(body), body, label, s), _Cand(p, p + 12, "Carla Mendel", "PERSON", p)]
        if alone:
            a = text.rindex(alone)
            cands.append(_Cand(a, a + len(alone), alone, "ORG", a))
        drops: list = []
        _cut_role_after_body(cands, text, drops)
        assert text[cands[0].start : cands[0].end] == cands[0].text
        return cands[0].text, [d.rule for d in drops]

    # the role, with what makes it another, ends the body's name when its holder follows
    assert cut("Globex Chairman Carla Mendel spoke. Globex fell.", "Globex Chairman", alone="Globex") \
        == ("Globex", ["role glued to a body's name"])
    assert cut("the Acme Agency Acting Director, Dr. Carla Mendel, spoke.", "Acme Agency Acting Director")[0] \
        == "Acme Agency"
    assert cut("the Council on Doeish Relations National Executive Director Carla Mendel said",
               "Council on Doeish Relations National Executive")[0] == "Council on Doeish Relations"
    assert cut("GLX Editor-in-Chief Carla Mendel said", "GLX Editor")[0] == "GLX"
    assert cut("ACU Chief Of Staff Carla Mendel said", "ACU Chief", label="GPE")[0] == "ACU"
    assert cut("the Lyonesse Attorney General Carla Mendel said. Lyonesse sued.", "Lyonesse Attorney General",
               alone="Lyonesse")[0] == "Lyonesse"
    # other words between: the role word is part of the name ("Union Leader", a paper)
    assert cut("The Lyonesse Union Leader said on Monday that Carla Mendel lost.", "Lyonesse Union Leader",
               alone="Lyonesse Union")[0] == "Lyonesse Union Leader"
    assert cut("from Doeville Head, Lyonesse, Carla Mendel wrote. Doeville", "Doeville Head", label="GPE",
               alone="Doeville")[0] == "Doeville Head"
    # no person after it; a function word before the role; nothing but the role left
    assert cut("the GLX Chairman said. Carla Mendel", "GLX Chairman")[0] == "GLX Chairman"
    assert cut("Carla Mendel met the GLX Chairman.", "GLX Chairman")[0] == "GLX Chairman"
    assert cut("the Doe Surveyor General Carla Mendel said. Doe Surveyor", "Doe Surveyor General",
               alone="Doe Surveyor")[0] == "Doe Surveyor General"
    assert cut("the Office of the Chief Economist Carla Mendel said", "Office of the Chief Economist")[0] \
        == "Office of the Chief Economist"
    assert cut("the National Director Carla Mendel said", "National Director")[0] == "National Director"
    # the rest no body's name: the role's words run on ("Foreign Minister")
    assert cut("the Doeish Assistant Foreign Minister Carla Mendel said", "Doeish Assistant Foreign Minister")[0] \
        == "Doeish Assistant Foreign Minister"
    # a role in lower case; a person's own name (another rule's: `_cut_role_after_name`)
    assert cut("the GLX chairman Carla Mendel said", "GLX chairman")[0] == "GLX chairman"
    assert cut("Jane Roe Chairman Carla Mendel said. Jane Roe", "Jane Roe Chairman", label="PERSON",
               alone="Jane Roe")[0] == "Jane Roe Chairman"


def test_name_joined_to_a_person_s_title_is_cut_off():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _cut_name_from_title

    def title(text: str, title: str, *names: str) -> tuple[str, list]:
        """"Tom Hale" a person whose title the parse starts at `title`; each of
        `names` tagged a body wherever the text writes it."""
        p = text.rindex("Tom Hale")
        cands = [_Cand(p, p + 8, "Tom Hale", "PERSON", text.rindex(title, 0, p))]
        for n in names:
            at = text.find(n)
            while at >= 0:
                cands.append(_Cand(at, at + len(n), n, "ORG", at))
                at = text.find(n, at + 1)
        drops: list = []
        _cut_name_from_title(cands, text, drops)
        return text[cands[0].title_start : cands[0].end], [d.rule for d in drops]

    # another name and "and" before the title: the title starts after "and"
    assert title("Pryce led. Then came Pryce and Lyonesse Gov. Tom Hale.", "Pryce and", "Pryce") \
        == ("Lyonesse Gov. Tom Hale", ["name joined to a person's title"])
    # one person's titles: no name before "and"
    assert title("Acme surrogate and actor Tom Hale said. Acme", "Acme surrogate", "Acme")[0] \
        == "Acme surrogate and actor Tom Hale"
    assert title("Mr. and Mrs. Tom Hale came.", "Mr. and")[0] == "Mr. and Mrs. Tom Hale"
    # a name written only there: a body's name run on into the title
    assert title("the Tide and Harbour Index Professor Tom Hale", "Tide and", "Tide")[0] \
        == "Tide and Harbour Index Professor Tom Hale"


def test_untagged_person_joined_to_a_person_s_title_is_cut_off():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _cut_name_from_title

    def title(text: str, left: str, label: str) -> tuple[str, list]:
        """"Tom Hale" a person whose title the parse starts at the last `left`,
        left untagged there; `left` tagged `label` where the text first writes it."""
        p = text.rindex("Tom Hale")
        first = text.index(left)
        cands = [_Cand(p, p + 8, "Tom Hale", "PERSON", text.rindex(left, 0, p)),
                 _Cand(first, first + len(left), left, label, first)]
        drops: list = []
        _cut_name_from_title(cands, text, drops)
        return text[cands[0].title_start : cands[0].end], [d.rule for d in drops]

    # a person's name elsewhere, untagged before "and": the title starts after "and"
    assert title("Pryce spoke. Pryce and Lyonesse Gov. Tom Hale were tied at the top.", "Pryce", "PERSON") \
        == ("Lyonesse Gov. Tom Hale", ["name joined to a person's title"])
    # the words before "and" tagged a body elsewhere: left as they were
    assert title("Acme grew. Acme and Lyonesse Gov. Tom Hale met.", "Acme", "ORG") \
        == ("Acme and Lyonesse Gov. Tom Hale", [])
    # only part of the words before "and" a person's name: left as they were
    assert title("Pryce spoke. Pryce aide and Lyonesse Gov. Tom Hale met.", "Pryce", "PERSON")[0] \
        == "Pryce aide and Lyonesse Gov. Tom Hale"


def test_author_name_spelled_by_its_e_mail():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _split_at_author_mail

    def split(text: str, *tagged: tuple[str, str | None]) -> list[tuple[str, str | None, str | None]]:
        cands = []
        for name, label in tagged:
            at = text.index(name)
            cands.append(_Cand(at, at + len(name), name, label, at))
        _split_at_author_mail(cands, text)
        for c in cands:
            assert text[c.start : c.end] == c.text
        return sorted((c.text, c.label, c.cue_rule) for c in cands)

    rule = "name spelled by its e-mail"
    # a place run on into the author's name before her address: two names, the person's typed
    line = "Acme University, Lyonesse Lotte Brandvik lotte.brandvik@globex.org Globex Library"
    assert split(line, ("Lyonesse Lotte Brandvik", "ORG")) == [("Lotte Brandvik", "PERSON", rule), ("Lyonesse", None, None)]
    # the whole name tagged otherwise; an initial and the family name; nothing tagged at all
    assert split("Bruna Tessaro brunatessaro@globex.org", ("Bruna Tessaro", "ORG")) == [("Bruna Tessaro", "PERSON", rule)]
    assert split("Oskar Velde o.velde@acme.edu", ("Oskar Velde", "GPE")) == [("Oskar Velde", "PERSON", rule)]
    assert split("Santa Lucia\n\nOskar Velde oskarvelde@acme.edu") == [("Oskar Velde", "PERSON", rule)]
    # an address the name does not spell; one too short to say; not right after the name
    assert split("Globex Library info@globex.org", ("Globex Library", "ORG")) == [("Globex Library", "ORG", None)]
    assert split("Ed Bo ebo@globex.org", ("Ed Bo", "ORG")) == [("Ed Bo", "ORG", None)]
    assert split("Oskar Velde  oskar.velde@acme.edu", ("Oskar Velde", "GPE")) == [("Oskar Velde", "GPE", None)]
    assert split("Oskar Velde\noskar.velde@acme.edu", ("Oskar Velde", "GPE")) == [("Oskar Velde", "GPE", None)]
    # words in lower case; a tagged name inside the words, which keeps them
    assert split("oskar velde oskar.velde@acme.edu") == []
    assert split("Oskar Velde oskar.velde@acme.edu", ("Oskar", "ORG")) == [("Oskar", "ORG", None)]
    assert split("Oskar Velde oskar.velde@acme.edu", ("Velde", "ORG")) == [("Velde", "ORG", None)]
    # a person already: nothing to say
    assert split("Oskar Velde oskar.velde@acme.edu", ("Oskar Velde", "PERSON")) == [("Oskar Velde", "PERSON", None)]


def test_short_form_of_a_place_qualified_name():
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import Merge

    # "the Coast Guard" is the "United States Coast Guard" of the text, not the
    # "Coast Guard Auxiliary" named after it
    text = ("He served in the United States Coast Guard for ten years. As a student he joined the "
            "Coast Guard Auxiliary. The Coast Guard later gave him a medal.")
    spec = [("United States Coast Guard", "United States Coast Guard", "ORG", ""),
            ("Coast Guard Auxiliary", "Coast Guard Auxiliary", "ORG", ""), ("Coast Guard later", "Coast Guard", "ORG", "")]
    trace: list[Merge] = []
    clusters = sorted(sorted(c) for c in _cluster(_cands_of(text, spec), [], trace, [], text).values())
    assert clusters == [[0, 2], [1]]
    assert Merge("short form of a place-qualified name", "Coast Guard", "United States Coast Guard") in trace
    # a second longer name that is no body named after it leaves the short form alone
    text = ("He served in the United States Coast Guard for ten years. He later led the Lyonesse "
            "Coast Guard. The Coast Guard gave him a medal.")
    spec = [("United States Coast Guard", "United States Coast Guard", "ORG", ""),
            ("Lyonesse Coast Guard", "Lyonesse Coast Guard", "ORG", ""), ("Coast Guard gave", "Coast Guard", "ORG", "")]
    assert len(_cluster(_cands_of(text, spec), [], [], [], text)) == 3


def test_a_teams_short_name_is_the_team_written_first_and_most():
    from tui.analysis.actors.clustering import _cluster
    from tui.analysis.actors.records import Merge

    # "the Blue Herons" ends two teams' names: the one named first and twice as often
    text = ("She pitched for the Riverton Blue Herons in spring. The Riverton Blue Herons sent her down to "
            "the Triple-A Doeburg Blue Herons. The Blue Herons called her back in May.")
    spec = [("Riverton Blue Herons in", "Riverton Blue Herons", "ORG", ""),
            ("Riverton Blue Herons sent", "Riverton Blue Herons", "ORG", ""),
            ("Triple-A Doeburg Blue Herons", "Triple-A Doeburg Blue Herons", "ORG", ""),
            ("Blue Herons called", "Blue Herons", "ORG", "")]
    trace: list[Merge] = []
    clusters = sorted(sorted(c) for c in _cluster(_cands_of(text, spec), [], trace, [], text).values())
    assert clusters == [[0, 1, 3], [2]]
    assert Merge("short form of the name written most", "Blue Herons", "Riverton Blue Herons") in trace
    # each team named once: the short name stays apart from both
    text = ("She pitched for the Riverton Blue Herons in spring and then for "
            "the Triple-A Doeburg Blue Herons. The Blue Herons called her back in May.")
    spec = [("Riverton Blue Herons", "Riverton Blue Herons", "ORG", ""),
            ("Triple-A Doeburg Blue Herons", "Triple-A Doeburg Blue Herons", "ORG", ""),
            ("Blue Herons called", "Blue Herons", "ORG", "")]
    assert len(_cluster(_cands_of(text, spec), [], [], [], text)) == 3


def test_a_team_named_for_its_town_is_not_split_into_the_town_and_the_team():
    from tui.analysis.actors.splits import _split_joined

    # the town and the team's short name are both written alone: the whole stays one body
    got = _split_texts([("Riverton", "GPE"), ("Blue Herons", "ORG"), ("Riverton Blue Herons", "ORG")], _split_joined)
    assert ("Riverton Blue Herons", "ORG") in got
    # two names of other kinds glued together are still cut apart
    got = _split_texts([("Acme", "ORG"), ("Star Glider", "PRODUCT"), ("Acme Star Glider", "PRODUCT")], _split_joined)
    assert ("Acme", None) in got and ("Star Glider", None) in got


def test_a_person_made_late_takes_the_bare_family_name_spacy_missed(nlp):
    from tui.analysis.actors.propagation import propagate_late_names
    from tui.analysis.drafts import ActorDraft

    # "Renzo Tamburelli" tagged as a firm, retyped a person as the byline's author:
    # the "(Tamburelli)" ending the headline is his
    text = ("Warm Soup for Cold Nights (Tamburelli)\n\nBy Renzo Tamburelli\n\n"
            "I bought a box of canned beans, and my friends laugh at me.")
    doc = nlp(text)
    author = ActorDraft(key="d0", name="Renzo Tamburelli", type="PERSON", mentions=[_name_mention(text, "Renzo Tamburelli")])
    propagate_late_names(doc, [author], {"d0"}, set())
    assert [(m.start, m.rule) for m in author.mentions if m.text == "Tamburelli"] == [(text.index("Tamburelli"), "retyped_name")]
    # a person from the start: find_actors already propagated its names
    author = ActorDraft(key="d0", name="Renzo Tamburelli", type="PERSON", mentions=[_name_mention(text, "Renzo Tamburelli")])
    propagate_late_names(doc, [author], {"d0"}, {"d0"})
    assert [m.text for m in author.mentions] == ["Renzo Tamburelli"]


def test_top_vote_is_the_counters_most_common():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tui.analysis.actors.records import top_vote

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(["PERSON", "ORG", "GPE", "LOC"]), st.integers(-2, 5)), min_size=1))
    def check(votes):
        counter = Counter()
        for label, weight in votes:
            counter[label] += weight
        assert top_vote(counter) == counter.most_common(1)[0][0]  # ties: the first counted

    check()


@pytest.mark.parametrize("text, surface, name", [
    # an untagged name after a personal honorific
    ("At the bakery Mrs. T handed me a loaf and waved.", "Mrs. T", "Mrs. T"),
    # an initial spaCy tags alone as a person, with and without its period: one person
    ("Never argue with Mrs. W. in class. Mrs. W always wins the argument.", "Mrs. W", "Mrs. W"),
    # the dignity of a form of address: "Your", "My" are the speaker's, no part of it
    ("No, respectfully, Your Honor, the invoice was paid in March.", "Honor", "Honor"),
    ("My Lords, the tenancy ended before the notice was served.", "Lords", "Lords"),
])
def test_a_name_after_an_honorific_or_a_dignity_of_address_is_one_person(nlp, text, surface, name):
    drafts = actors_of(nlp, text)
    person = owner(drafts, text, surface)
    assert person is not None and person.type == "PERSON" and person.name == name
    assert all(owner(drafts, text, surface, nth=k) is person for k in range(text.count(surface)))
    assert all(m.text == name for m in person.mentions)


def test_an_attorney_generals_abbreviated_title_is_no_part_of_her_name(nlp):
    # spaCy tags "AG" a body and the name after it a person: the title is not glued on
    text = ("Attorney General Jane Mulvane opened the case. AG Mulvane said the state would appeal. "
            "Shares of Varnholt AG fell.")
    drafts = actors_of(nlp, text)
    jane = owner(drafts, text, "Jane Mulvane")
    assert jane.type == "PERSON" and owner(drafts, text, "Mulvane said") is jane
    assert not any(d.name.startswith("AG") for d in drafts)
    assert owner(drafts, text, "Varnholt AG").name == "Varnholt AG"  # a firm's suffix stays its name's


def test_a_form_of_address_after_an_honorific_is_no_name(nlp):
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(nlp("Thank you, Mr. President. Mr. Speaker, I rise today to speak."))
    assert not [c for c in cands if c.cue_rule == "name after an honorific"]


def test_a_dignity_before_a_name_is_no_form_of_address(nlp):
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(nlp("The letter was sent to My Lady Rowena Vance at the manor."))
    assert not [c for c in cands if c.cue_rule == "form of address by a dignity"]


def test_a_name_with_bare_initials_is_a_person(nlp):
    text = "Portrait of interviewee R Velusamy. Image: R Velusamy.\n\nThe storm reached the coast at dawn."
    drafts = actors_of(nlp, text)
    person = owner(drafts, text, "R Velusamy")
    assert person is not None and person.type == "PERSON" and owner(drafts, text, "R Velusamy", nth=1) is person


@pytest.mark.parametrize("text", [
    "The lobbyists met on K Street on Monday.",  # a street
    "I want a sandwich, said Plan B Kitchen's owner.",  # inside a longer run of capitals
])
def test_bare_initials_before_no_name_are_no_person(nlp, text):
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(nlp(text))
    assert not [c for c in cands if c.cue_rule == "name with bare initials"]


def test_a_titled_form_with_a_body_before_the_role_stays_the_persons_mention(nlp):
    # The evaluation's gold (the seed's "<Ministry> spokesman <Name>") counts
    # "<body> <role> <Name>" as one titled mention of the person: a step that cut
    # the body's words out of it (version 282) lost quotes' speakers on our gold.
    from tui.analysis import pipeline

    text = ("Lyonesse Foreign Ministry spokesman Tam Rell told reporters the talks had ended. "
            "\"We are done,\" Rell said.")
    analysis = pipeline.analyze(Article(text=text, title="t", source="-"), nlp)
    person = next(a for a in analysis.actors if a.name == "Tam Rell")
    assert person.mentions[0].text == "Lyonesse Foreign Ministry spokesman Tam Rell"
    assert [q.speaker for q in analysis.quotes] == [person.id, person.id]


def test_a_nationality_before_a_word_for_a_state_is_one_name(nlp):
    # spaCy tags the adjective alone as a group and leaves "State" out: one name, the
    # state that acts (an organisation); a name that goes on is another's
    text = ("Two weeks after the raid on the grain depot near Varn, the Islamic State denied any part in it. "
            "Critics of the Islamic State's leaders were not convinced.")
    drafts = actors_of(nlp, text)
    group = owner(drafts, text, "Islamic State")
    assert group.name == "Islamic State" and group.type == "ORG"
    assert owner(drafts, text, "Islamic State", 1) is group
    assert not any(d.name == "Islamic" for d in drafts)
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(nlp("Jana Roe spent a month in the Greek State Archives, and the Greek State paid her fare."))
    assert ("Greek State", "ORG") in [(c.text, c.label) for c in cands]
    assert "Greek State Archives" in [c.text for c in cands]


def test_a_nationality_parsed_as_the_adjective_of_a_state_is_one_name_with_it(nlp):
    # spaCy parses "Islamic" as an adjective of "State" (amod, not compound) and tags the two apart
    text = "The herders feared an unexpected Islamic State raid on the dam. Villagers fled the Islamic State fighters."
    drafts = actors_of(nlp, text)
    group = owner(drafts, text, "Islamic State")
    assert group.name == "Islamic State" and group.type == "ORG" and group.mentions[0].text == "Islamic State"
    assert owner(drafts, text, "Islamic State", 1) is group
    assert not any(d.name == "Islamic" for d in drafts)


def test_a_word_for_a_state_tagged_alone_takes_the_untagged_nationality_before_it(nlp):
    from spacy.tokens import Doc

    from tui.analysis.actors.candidates import _state_after_group

    words = ["Roe", "fought", "the", "Islamic", "State", ".", "Islamic", "clerics", "agreed", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 4 + [False, True] * 3,
              pos=["PROPN", "VERB", "DET", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT"],
              deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct", "amod", "nsubj", "ROOT", "punct"],
              heads=[1, 1, 4, 4, 1, 1, 7, 8, 8, 8],
              ents=["B-PERSON", "O", "O", "O", "B-ORG", "O", "B-NORP", "O", "O", "O"])
    assert _state_after_group(doc, 4)  # "Islamic" is a group in the other sentence
    doc = Doc(nlp.vocab, words=words[:6], spaces=[True] * 4 + [False, False],
              pos=["PROPN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"],
              deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"], heads=[1, 1, 4, 4, 1, 1],
              ents=["B-PERSON", "O", "O", "O", "B-ORG", "O"])
    assert not _state_after_group(doc, 4)  # nothing says what "Islamic" is


def test_a_countrys_long_official_form_from_the_alias_table_is_one_name(nlp):
    # on an address line spaCy tags the adjective inside it alone as a group
    text = ("Jana Roe, Chair\n\nUnion of Soviet Socialist Republics\n\nDear Ms. Roe:\n\n"
            "Our committee hopes the Soviet Union will open its grain markets soon.")
    drafts = actors_of(nlp, text)
    union = owner(drafts, text, "Union of Soviet Socialist Republics")
    assert union.type == "GPE" and owner(drafts, text, "Soviet Union") is union
    assert not any(d.type == "NORP" for d in drafts)
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(nlp("Envoys sent by the Democratic People’s Republic of Korea met a Republic of Korea team."))
    assert [(c.text, c.label) for c in cands] == [
        ("Democratic People’s Republic of Korea", "GPE"), ("Republic of Korea", "GPE")]


def _split_possessives(texts: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    from tui.analysis.actors.splits import _split_possessive

    return _split_texts(texts, _split_possessive)


def test_a_person_after_a_possessive_is_the_mention():
    assert _split_possessives([("Lantern", "ORG"), ("Lantern’s Rob Feld", "ORG")]) == [
        ("Lantern", "ORG"), ("Rob Feld", "PERSON"), ("Lantern", "ORG")]
    assert _split_possessives([("Mara Quill", "PERSON"), ("Harbourtown's Quill", "ORG")]) == [
        ("Mara Quill", "PERSON"), ("Quill", "PERSON"), ("Harbourtown", None)]


def test_a_known_owner_keeps_the_mention_and_a_body_it_owns_is_a_name():
    assert _split_possessives([("Quill", "PERSON"), ("Quill’s Endorsement", "ORG")]) == [
        ("Quill", "PERSON"), ("Quill", "PERSON")]
    assert _split_possessives([("Quill", "PERSON"), ("Quill's Harbour Hall", "FAC")]) == [
        ("Quill", "PERSON"), ("Quill", "PERSON"), ("Harbour Hall", None)]


def test_a_division_after_a_possessive_is_the_mention_and_its_owner_a_place():
    assert _split_possessives([("Vandermere", "GPE"), ("Vandermere’s Oster County", "GPE")]) == [
        ("Vandermere", "GPE"), ("Oster County", "GPE"), ("Vandermere", "GPE")]
    assert _split_possessives([("Tarn Bay's Oster County", "GPE")]) == [("Oster County", "GPE"), ("Tarn Bay", "GPE")]
    assert _split_possessives([("Tarn Bay's Oster County Council", "ORG")]) == [("Tarn Bay's Oster County Council", "ORG")]


def test_a_holiday_named_with_a_possessive_stays_whole():
    assert _split_possessives([("Quill", "PERSON"), ("Quill’s Day", "EVENT")]) == [
        ("Quill", "PERSON"), ("Quill’s Day", "EVENT")]
    assert _split_possessives([("Old Moon", "DATE"), ("Old Moon's Eve", "EVENT")]) == [
        ("Old Moon", "DATE"), ("Old Moon's Eve", "EVENT")]


def test_a_year_after_a_possessive_is_no_part_of_the_name():
    assert _split_possessives([("Tarnfield Radio's 2019", "PRODUCT")]) == [("Tarnfield Radio", "PRODUCT")]


@pytest.mark.parametrize("texts", [
    [("Martha’s Garden", "GPE")],
    [("Quill", "PERSON"), ("That’s Rob Feld", "PERSON")],
    [("Doe’s Rules of Order", "WORK_OF_ART")],
])
def test_names_holding_a_possessive_stay_whole(texts):
    assert _split_possessives(texts) == list(texts)


def test_given_and_family_name_outweighs_its_tag_beside_a_persons_apposition(nlp):
    # a three-word given and family name spaCy tags ORG, described as a person by its
    # apposition: the context cue (3) alone only ties the three-word ORG tag (3), and the tie
    # went to the tag; the name's own words are the stronger cue of the two and decide
    from spacy.tokens import Span

    from tui.analysis.actors.candidates import _candidates
    from tui.analysis.actors.type_vote import _cluster_type

    doc = nlp("Glenn Ana Varnholt, a law professor at Acme College, sits on the board.")
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    cands, _ = _candidates(doc)
    mine = [i for i, c in enumerate(cands) if c.text == "Glenn Ana Varnholt"]
    assert [(cands[i].cue, cands[i].cue_rule) for i in mine] == [("PERSON", "given and family name")]
    assert _cluster_type(cands, mine)[:2] == ("PERSON", "given and family name")


def test_person_shaped_name_every_mention_a_place_is_no_person():
    # "the islands Doe Roe, ...", "Marie Galtane: the biggest island": a name shaped like a
    # person's that spaCy tags a person, but the words around every mention say a place
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    placed = [_Cand(0, 13, "Marie Galtane", "PERSON", 0, not_person=True, cue="GPE", cue_rule="context cue"),
              _Cand(40, 53, "Marie Galtane", "PERSON", 40, not_person=True, cue="GPE", cue_rule="context cue")]
    assert _cluster_type(placed, [0, 1])[:2] == ("GPE", "not a person")
    # one mention without a place's words keeps the person spaCy's tags say
    mixed = [placed[0], _Cand(40, 53, "Marie Galtane", "PERSON", 40, subject=True)]
    assert _cluster_type(mixed, [0, 1])[0] == "PERSON"
    # nor does a name with a title before it: "neighbouring states (Sen. Paul Doe of Lyonesse ...)"
    titled = [_Cand(5, 13, "Paul Doe", "PERSON", 0, not_person=True, cue="GPE", cue_rule="context cue")]
    assert _cluster_type(titled, [0])[0] == "PERSON"


@pytest.mark.parametrize("places, cue", [
    # a town and its state are one place: the given name after them is listed with one place only
    ("Doeville, New York,", (None, None)),
    # two towns are two places
    ("Doeville, Roeburg,", ("GPE", "listed with places")),
])
def test_listed_with_places_a_town_and_its_region_count_once(nlp, places, cue):
    from spacy.tokens import Span

    from tui.analysis.actors.candidates import _candidates
    from tui.analysis.parsed import conjuncts

    doc = nlp(f"Our first caller is out of {places} and independent Tom, good morning.")
    words = [t.text for t in doc]
    i, tom = words.index("Doeville"), words.index("Tom")
    second = i + 2
    end = second + (2 if words[second] == "New" else 1)
    doc.ents = [Span(doc, i, i + 1, label="GPE"), Span(doc, second, end, label="GPE"), Span(doc, tom, tom + 1, label="PERSON")]
    assert len(conjuncts(doc, tom)) == 2  # the parse lists Tom with the two names before it
    cands, _ = _candidates(doc)
    assert [(c.cue, c.cue_rule) for c in cands if c.text == "Tom"] == [cue]


def test_two_word_person_tag_after_via_is_no_person():
    # "flights from Doeville via Al Roeka", twice: a stop on a route; spaCy's person tag of a
    # name of two words (which a one-word "via X" would not outweigh) yields to it
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    via = [_Cand(0, 8, "Al Roeka", "PERSON", 0, not_person=True, preposition="via"),
           _Cand(40, 48, "Al Roeka", "PERSON", 40, not_person=True, preposition="via")]
    assert _cluster_type(via, [0, 1])[:2] == ("ORG", "not a person")
    # "on Al Roeka" (a topic, a show) still leaves a two-word person tag alone
    on = [_Cand(0, 8, "Al Roeka", "PERSON", 0, not_person=True, preposition="on")]
    assert _cluster_type(on, [0])[0] == "PERSON"


@pytest.mark.parametrize("text, roads", [
    # British road numbers after "the", repeated: one facility each (the parser takes "link" for a noun)
    ("From the south take the A12 northbound, then the M7 to Lyonesse. The A12 and the M7 link the town "
     "with the coast; the M7 is busy at night.", ["A12", "M7"]),
    # American ones with a hyphen, maybe with their direction
    ("Drivers reach Doeville on US-29 from the south, or along I-85. US-29 is slower. From the east take I-85 West.",
     ["US-29", "I-85", "I-85 West"]),
])
def test_a_road_number_is_a_facility(nlp, text, roads):
    drafts = actors_of(nlp, text)
    for road in roads:
        actor = owner(drafts, text, road)
        assert actor is not None and actor.type == "FAC" and actor.name == road
    first = roads[0]
    assert owner(drafts, text, first, nth=1) is owner(drafts, text, first)  # written twice: one road


@pytest.mark.parametrize("text", [
    "The firm hired him after he filled in an I-94 form and Form I-130.",
    "The A350 aircraft landed at dawn.",
])
def test_a_code_shaped_like_a_road_number_is_no_road(nlp, text):
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(nlp(text))
    assert not [c for c in cands if c.cue_rule == "road number"]


@pytest.mark.parametrize("text, buildings", [
    # an airport's terminals listed one a line, then named in a sentence
    ("Terminal 2: Acme Air, Globex\n\nTerminal 3: Initech, Umbrella\n\nTerminal 4: Hooli\n\n"
     "Night flights to Lyonesse board at Terminal 1.", ["Terminal 2", "Terminal 3", "Terminal 4", "Terminal 1"]),
    # a campus building in a sentence
    ("The samples went to the lab in Building 9 at the Doeville Space Center.", ["Building 9"]),
])
def test_a_numbered_building_is_a_facility(nlp, text, buildings):
    drafts = actors_of(nlp, text)
    for building in buildings:
        actor = owner(drafts, text, building)
        assert actor is not None and actor.type == "FAC" and actor.name == building


@pytest.mark.parametrize("text, town", [
    # a letterhead's town line in capitals, which spaCy leaves untagged
    ("Leader of the Acme Party,\n\nBRITON FERRY\n\nSir,\n\nThe board meets again on Monday.", "BRITON FERRY"),
    # a town of two words opening a run of proper nouns mid-sentence
    ("We spent the weekend around the Okanagan Mission waterfront and ate well.", "Okanagan Mission"),
])
def test_an_untagged_town_of_several_words_is_a_place(nlp, text, town):
    actor = owner(actors_of(nlp, text), text, town)
    assert actor is not None and actor.type == "GPE" and actor.name == town


@pytest.mark.parametrize("text, town", [
    # a town of the tables whose words hyphens join, which spaCy leaves untagged: a guide's
    # line "Town: description", and mid-sentence
    ("Boulogne-sur-Mer: the ferries leave from the harbour twice a day.", "Boulogne-sur-Mer"),
    ("We walked from Aix-en-Provence to the coast on foot.", "Aix-en-Provence"),
    # a hyphened name no table knows as a town: no town found by this rule
    ("Quillon-sur-Varn: the ferries leave from the harbour twice a day.", None),
])
def test_an_untagged_town_with_hyphens_is_a_place(nlp, text, town):
    from tui.analysis.actors import Retype

    doc = nlp(text)
    assert not doc.ents  # the rule is about a town spaCy missed
    retypes: list[Retype] = []
    drafts = find_actors(doc, Article(text=text, title="t", source="-"), None, None, retypes)
    found = [r.name for r in retypes if r.rule == "untagged town with hyphens"]
    assert found == ([town] if town else [])
    if town:
        actor = owner(drafts, text, town)
        assert actor is not None and actor.type == "GPE" and actor.name == town


@pytest.mark.parametrize("text, rule", [
    # a numbered building inside a longer name stays in it
    ("Guests of the Terminal 2 Hotel can walk to the gates.", "numbered building"),
    # an untagged town in a body's name is no place of its own
    ("He was named rector of Zion Church of Monte Alto in the spring.", "untagged town of several words"),
])
def test_a_name_inside_a_longer_name_gets_no_candidate_of_its_own(nlp, text, rule):
    from tui.analysis.actors.candidates import _candidates

    cands, _ = _candidates(nlp(text))
    assert not [c for c in cands if c.cue_rule == rule]


@pytest.mark.parametrize("text, want", [
    # an untagged town opening an address line, its region and postal code after it
    ("Miss Jane Doe\n\nRoe Academy\n\nVarnholt, Ohio 43210\n\nMay 30\n\nDear Mom,\n\nGot your note today.\n", "GPE"),
    # the same line without its region says nothing of the word
    ("Miss Jane Doe\n\nRoe Academy\n\nVarnholt\n\nMay 30\n\nDear Mom,\n\nGot your note today.\n", None),
])
def test_an_untagged_town_with_its_region_is_a_place(nlp, text, want):
    d = owner(actors_of(nlp, text), text, "Varnholt")
    assert (d.type if d else None) == want


def test_an_untagged_name_paired_with_a_place_is_a_place(nlp):
    from tui.analysis.actors.candidates import _candidates

    # one other name in the coordination, which spaCy tags a country: a place too
    text = "She drew on the dances of Poland and her native Dunmark."
    d = owner(actors_of(nlp, text), text, "Dunmark")
    assert d is not None and d.type == "GPE"
    assert [c.cue_rule for c in _candidates(nlp(text))[0] if c.text == "Dunmark"] == ["paired with a place"]


@pytest.mark.parametrize("text", [
    # three names coordinated: "listed with places" decides those
    "The songs of Poland, the sea and her native Roeland shaped the opera.",
    # paired with a person
    "The songs of Jane Doe and her native Roeland shaped the opera.",
])
def test_an_untagged_name_paired_with_no_place_or_listed_with_more_is_not(nlp, text):
    from tui.analysis.actors.candidates import _candidates

    assert not [c for c in _candidates(nlp(text))[0] if c.cue_rule == "paired with a place"]


@pytest.mark.parametrize("tag, before, want", [
    ("NNP", None, True),  # "They fought Doeland and Roeby."
    ("NNPS", None, False),  # a plural name: "Doeland and the Allies", a band's "Roes"
    ("NNP", "10,000", False),  # after a number: a band's name
    ("NNP", "\u2018", False),  # in quotation marks: a song's title
])
def test_paired_with_a_place_guards(nlp, tag, before, want):
    from spacy.tokens import Doc

    from tui.analysis.actors.cues import _paired_with_a_place

    # a parse built by hand: "They fought Doeland and [before] Roeby ."
    mark = [] if before is None else [before]
    words = ["They", "fought", "Doeland", "and", *mark, "Roeby", "."]
    i = len(words) - 2
    number = before is not None and before[0].isdigit()
    extra_tags = [] if before is None else ["CD" if number else "``"]
    extra_pos = [] if before is None else ["NUM" if number else "PUNCT"]
    extra_deps = [] if before is None else ["nummod" if number else "punct"]
    doc = Doc(nlp.vocab, words=words, tags=["PRP", "VBD", "NNP", "CC", *extra_tags, tag, "."],
              pos=["PRON", "VERB", "PROPN", "CCONJ", *extra_pos, "PROPN", "PUNCT"],
              deps=["nsubj", "ROOT", "dobj", "cc", *extra_deps, "conj", "punct"],
              heads=[1, 1, 1, 2, *([i] if before else []), 2, 1],
              ents=["O", "O", "B-GPE", "O", *(["O"] if before else []), "O", "O"])
    assert _paired_with_a_place(doc, i) is want


def test_a_family_name_before_a_town_is_no_untagged_town(nlp):
    # a reader's letter signed "-Jane Varnholt, Denver.": the tokenizer keeps the dash
    # on the given name, and the family name left alone before its town is no place
    text = "We have had enough of it.\"\n\n-Jane Varnholt, Denver.\n\nNext letter here."
    d = owner(actors_of(nlp, text), text, "Varnholt")
    assert d is None or d.type != "GPE"


@pytest.mark.parametrize("text, surface, want", [
    # a line of an affiliation or an address is in title case for its names, not for being a
    # headline: an untagged name with a head word opening it is found
    ("Better lamps for small towns\n\nJ K Doe and M R Roe\n\nMarine Biology Department, Varnholt State University, "
     "2100, Lyon\n\nAbstract. We study lamps.\n", "Marine Biology Department", "ORG"),
    ("May 11, 2022\n\nSouth Court Room\n\nCorder Executive Office Building\n\n6:13 P.M. EDT\n\nThank you. Thank you all.\n",
     "Corder Executive Office Building", "FAC"),
])
def test_an_untagged_name_opening_an_address_line_is_found(nlp, text, surface, want):
    d = owner(actors_of(nlp, text), text, surface)
    assert d is not None and d.type == want and surface in {m.text for m in d.mentions}


def test_a_two_word_name_tagged_a_firm_whose_part_alone_is_tagged_a_person_is_a_person(nlp):
    # spaCy tags "Kestrel Varga" a firm twice and "Kestrel" alone a person twice: a body
    # is seldom called by one word of a two-word name
    text = "Every paper has a Kestrel Varga story; the Kestrel Varga story sells well. Kestrel sang on Monday. Kestrel won."
    drafts = actors_of(nlp, text)
    kestrel = owner(drafts, text, "Kestrel Varga")
    assert kestrel.type == "PERSON" and kestrel is owner(drafts, text, "Kestrel", 2)


def test_a_name_and_its_part_tagged_a_person_stays_what_its_words_say():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    def cluster(name: str, tag: str, part: str):
        return [_Cand(0, len(name), name, tag, 0), _Cand(40, 40 + len(part), part, "PERSON", 40),
                _Cand(60, 60 + len(part), part, "PERSON", 60)]

    assert _cluster_type(cluster("Kestrel Varga", "ORG", "Varga"), [0, 1, 2])[:2] == ("PERSON", "name with its part a person")
    # a word the text writes in lower case ("a symphony") or a body's head word: spaCy's person tag is a guess
    assert _cluster_type(cluster("First Symphony", "ORG", "Symphony"), [0, 1, 2], frozenset({"symphony"}))[0] == "ORG"
    assert _cluster_type(cluster("Varga University", "ORG", "Varga"), [0, 1, 2])[0] == "ORG"


def test_a_town_named_with_a_given_name_and_a_feature_word_is_no_person(nlp):
    """spaCy reads "Molly Point" as a person for its given name; nothing else shows
    one, and "Point" ends a place's name. The same shape with a verb of speech or a
    title ("Jane Beach said", "Senator Molly Point") stays a person."""
    text = ("School shooting\n\nA gunman attacked a school in Molly Point last year. Families in "
            "Molly Point still grieve. Molly Point held a vigil.")
    d = owner(actors_of(nlp, text), text, "Molly Point")
    assert d is not None and d.type == "GPE"
    text = "Vote\n\nJane Beach said she would run. Senator Molly Point backed her."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Jane Beach").type == "PERSON"
    assert owner(drafts, text, "Molly Point").type == "PERSON"


@pytest.mark.parametrize("text, name", [
    # filter "species name": a capitalised kind of animal or plant after "the" or an
    # adjective, ending a clause
    ("Lyonesse Bay is home to many birds. The best known is the Marsh Harrier, which flies south each winter.",
     "Marsh Harrier"),
    ("Divers in the bay often meet the Grey Seal, a shy animal that lives here all year.", "Grey Seal"),
    ("Walkers on the ridge can see the extremely rare Lantern Tree. Jane Doe planted the first one.", "Lantern Tree"),
    # filter "piece of a title": a title in title case whose last word spaCy tagged alone
    ("My favourite book is Letters from the Marsh by John Roe.", "Marsh"),
])
def test_kind_of_living_thing_or_piece_of_a_title_is_no_actor(nlp, text, name):
    assert name not in {a.name for a in actors_of(nlp, text)}


@pytest.mark.parametrize("text, name", [
    # species-shaped: an inn's name, after a preposition once, so a name wherever the text writes it
    ("The inn's best-known rival is the Red Lion. We met at the Red Lion.", "Red Lion"),
    # species-shaped: a noun follows, a restaurant's name
    ("Jane Doe ate at the Blue Heron restaurant, which the Grey Heron family runs.", "Blue Heron"),
    # title-shaped: an office's word before "of the", the body after it stays
    ("Jane Doe served as Secretary of the Treasury for two years. A secretary there has little rest.", "Treasury"),
    # title-shaped: a body's head word after the members of it
    ("Jane Doe thanked six Members of the Assembly for their toll vote.", "Assembly"),
])
def test_name_shaped_like_a_kind_or_a_title_piece_stays(nlp, text, name):
    assert name in {a.name for a in actors_of(nlp, text)}


@pytest.mark.parametrize("text, word, label, gone", [
    # filter "first word of a title": a common word the text writes in lower case too,
    # every mention before "from", "and" or a like word and a capitalised word
    ("In Lamps from the Harbour, Jane Doe writes of the lamps her father kept.", "Lamps", "LOC", True),
    ("Her book Nature and Origin of Tides sold well, for nature was all she wrote of.", "Nature", "PERSON", True),
    # never written in lower case: a name
    ("In Lamps from the Harbour, Jane Doe writes of her father.", "Lamps", "LOC", False),
    # one mention not before such a word: a name wherever the text writes it
    ("Lamps from the Harbour sold well. Lamps said so, and the lamps were lit.", "Lamps", "ORG", False),
    # a body's word: the longer name is one
    ("Council of Lyonesse said that the council had closed the road.", "Council", "ORG", False),
    # a compass point
    ("Lyonesse is a friend of the North and Acme; a north wind blew.", "North", "LOC", False),
    # a given name
    ("Rose and John Roe came to dinner; a rose stood on the table.", "Rose", "PERSON", False),
    # a country of the gazetteer
    ("Turkey and Lyonesse signed the pact, then ate roast turkey.", "Turkey", "GPE", False),
    # after a capitalised "The": a paper's name
    ("Jane Doe wrote to The Lamp and Anchor, a weekly, that the lamp was lit.", "Lamp", "ORG", False),
    # a town of the gazetteer
    ("Voters in Reading and Lyonesse went to the polls after an evening of reading.", "Reading", "GPE", False),
])
def test_first_word_of_a_title_is_no_actor(nlp, text, word, label, gone):
    from tui.analysis.actors.filters import _drop_title_openers

    assert (not _kept_by_filter(_drop_title_openers, nlp(text), word, label)) == gone


def _kept_by_filter(drop, doc, word: str, label: str) -> list:
    """The candidates a filter keeps of `word`, one for each place the text
    writes it as a whole word, all tagged `label`."""
    from tui.analysis.actors.records import _Cand

    text = doc.text
    at = [i for i in range(len(text)) if text.startswith(word, i) and not text[i + len(word):i + len(word) + 1].isalpha()]
    kept, _ = drop(doc, [_Cand(i, i + len(word), word, label, i) for i in at], [])
    return kept


@pytest.mark.parametrize("text, word, label, gone", [
    # filter "subtitle of a work": a name ending a subtitle in title case, every mention so
    ("His study Weather: Its Causes, Course and Ending (1921) is read.", "Course", "PERSON", True),
    ("His study Weather: Its Causes, Course and Ending (1921) is read.", "Ending", "PERSON", True),
    ("She starred in Harbour Mysteries: A Quiet Vengeance and later sang.", "Quiet Vengeance", "GPE", True),
    # one mention elsewhere: a name wherever the text writes it
    ("His study Weather: Its Course (1921) is read. Course said so.", "Course", "PERSON", False),
    # a common word after it: the colon opens a sentence, not a subtitle
    ("Voters reject Mr. Doe: A Varnholt Institute poll found him behind.", "Varnholt Institute", "ORG", False),
    # the title ends at its author
    ("Her memoir Lanterns: The Hard Years by Acme Press (2001) sold well.", "Acme Press", "ORG", False),
    # a person's name of several words, a given name
    ("His book Lanterns: A Tribute to Varn Doeholt (2001) sold well.", "Varn Doeholt", "PERSON", False),
    ("His book Lanterns: A Tribute to Jane (2001) sold well.", "Jane", "PERSON", False),
    # a place after "of": a place inside a title is one
    ("Her film Ten Days: The Untold Story of Lyonesse, made in 1990, was long.", "Lyonesse", "GPE", False),
    ("Her film Ten Days: The Untold Story of Lyonesse, made in 1990, was long.", "Lyonesse", "PERSON", True),
    # a headline
    ("Doe: How Lyonesse Beat the Acme Board\n\nThe board met on Monday and voted.", "Acme Board", "ORG", False),
])
def test_a_name_ending_a_subtitle_is_no_actor(nlp, text, word, label, gone):
    from tui.analysis.actors.filters import _drop_subtitle_words

    assert (not _kept_by_filter(_drop_subtitle_words, nlp(text), word, label)) == gone


@pytest.mark.parametrize("text, owner, name, label, gone", [
    # filter "work of a named person": a name right after the possessive of a person named
    # by two words, every mention of it there, is what the person made
    ("She saw Jane Doe's Lamplight twice.", "Jane Doe", "Lamplight", "ORG", True),
    ("He filmed John Roe's Nuit Longue, a remake.", "John Roe", "Nuit Longue", "PERSON", True),
    ("He filmed John Roe’s Nuit Longue, a remake.", "John Roe", "Nuit Longue", "PERSON", True),
    # the name written elsewhere, not after the possessive: a name wherever the text writes it
    ("She saw Jane Doe's Lamplight twice. Lamplight said so.", "Jane Doe", "Lamplight", "ORG", False),
    # a person of one word: as often a firm's or a paper's possessive
    ("She saw Doe's Lamplight twice.", "Doe", "Lamplight", "ORG", False),
    # not a person's possessive
    ("She saw Acme Corp's Lamplight twice.", "Acme Corp", "Lamplight", "ORG", False),
    # a body's or a building's word: what the person runs or lives in
    ("A speechwriter in John Roe's White House wrote it.", "John Roe", "White House", "ORG", False),
    # an acronym
    ("She joined Jane Doe's ACME last year.", "Jane Doe", "ACME", "ORG", False),
    # a given name first: a person
    ("She met Jane Doe's Maria Vale at noon.", "Jane Doe", "Maria Vale", "PERSON", False),
    # a country or a town of the gazetteer
    ("He left Jane Doe's France for good.", "Jane Doe", "France", "ORG", False),
    ("He left Jane Doe's Chicago for good.", "Jane Doe", "Chicago", "ORG", False),
    # a place or a group by spaCy's tag
    ("He left Jane Doe's Doeland for good.", "Jane Doe", "Doeland", "GPE", False),
])
def test_work_of_a_named_person_is_no_actor(text, owner, name, label, gone):
    from tui.analysis.actors.filters import _drop_owned_works
    from tui.analysis.actors.records import _Cand

    def at(word: str, start: int = 0) -> list[int]:
        return [i for i in range(start, len(text)) if text.startswith(word, i)
                and not text[i + len(word):i + len(word) + 1].isalpha() and not text[i - 1:i].isalpha()]

    cands = [_Cand(i, i + len(owner), owner, "PERSON" if owner != "Acme Corp" else "ORG", i) for i in at(owner)[:1]]
    cands += [_Cand(i, i + len(name), name, label, i) for i in at(name) if i not in {c.start for c in cands}]
    drops: list = []
    kept, _ = _drop_owned_works(cands, [], text, drops)
    # every mention goes, or every one stays
    assert sum(c.text == name for c in kept) == (0 if gone else sum(c.text == name for c in cands))
    assert owner in {c.text for c in kept}


@pytest.mark.parametrize("cue, gone", [("PERSON", True), (None, False)])
def test_work_of_a_person_spacy_tagged_a_body_is_no_actor(cue, gone):
    # filter "work of a named person": spaCy tags "Jean Roe's" a body, a typing cue says a
    # person (given and family name); without the cue it is a body's possessive
    from tui.analysis.actors.filters import _drop_owned_works
    from tui.analysis.actors.records import _Cand

    text = "She saw Jean Roe's Lamplight twice."
    cands = [_Cand(8, 16, "Jean Roe", "ORG", 8, cue=cue), _Cand(19, 28, "Lamplight", "ORG", 19)]
    kept, _ = _drop_owned_works(cands, [], text, [])
    assert [c.text for c in kept] == (["Jean Roe"] if gone else ["Jean Roe", "Lamplight"])


def test_work_after_a_person_spacy_tagged_a_body_is_no_actor(nlp):
    text = "Tickets for Louis Marchal's La Lanterne Rouge sold out within a week."
    drafts = actors_of(nlp, text)
    assert owner(drafts, text, "Louis Marchal").type == "PERSON"
    assert owner(drafts, text, "La Lanterne Rouge") is None


def test_a_one_word_place_no_table_knows_that_speaks_is_no_place():
    """Rule "place no table knows that speaks": spaCy's place tag for one word it does not
    know ("Roe then asked", "Globex said in a statement") yields to its person or
    organisation tags, else to a person ("The Doe noted": an organisation). A town, a
    country or a US state of the tables speaks for its government and stays a place, and
    so does a dateline in capitals."""
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _cluster_type

    def cluster(name: str, tags: tuple[str, ...], after_the: bool = False, speaks: int = 0):
        return [_Cand(k * 40, k * 40 + len(name), name, tag, k * 40, speaks=k == speaks, after_the=after_the)
                for k, tag in enumerate(tags)]

    rule = "place no table knows that speaks"
    assert _cluster_type(cluster("Roeberg", ("GPE",)), [0])[:2] == ("PERSON", rule)
    assert _cluster_type(cluster("Globex", ("GPE", "GPE", "ORG"), speaks=1), [0, 1, 2])[:2] == ("ORG", rule)
    assert _cluster_type(cluster("Doe", ("LOC",), after_the=True), [0])[:2] == ("ORG", rule)
    # not without a verb of speech, nor a known place, a continent, an alias or a dateline
    assert _cluster_type(cluster("Roeberg", ("GPE",), speaks=-1), [0])[0] == "GPE"
    assert _cluster_type(cluster("Chicago", ("GPE",)), [0])[0] == "GPE"
    assert _cluster_type(cluster("Africa", ("LOC",)), [0])[0] == "LOC"
    assert _cluster_type(cluster("U.S.", ("GPE",)), [0])[0] == "GPE"
    assert _cluster_type(cluster("ROEBERG", ("GPE",)), [0])[0] == "GPE"


def test_a_two_word_name_ending_in_a_shown_persons_family_name_is_a_person(nlp):
    """Rule "family name of a person shown": spaCy's firm, building or product for a
    given name it does not know before the family name of a person the text shows
    ("Mr. Roe") is a person's name; a slogan in quotation marks, a name before the noun
    it qualifies and a street stay what they were."""
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.type_vote import _family_of_a_named_person
    from tui.analysis.parsed import text_of

    text = ('Mr. Roe spoke first. Later Tamsin Roe wrote to the Stop Roe campaign. "Dump Roe," they chanted '
            'outside 12 Elm Terrace, where Ann Elm lives.')
    doc = nlp(text)
    full = text_of(doc)

    def cand(surface: str, label: str, title: str = "") -> _Cand:
        start = full.index(title + surface) + len(title)
        return _Cand(start, start + len(surface), surface, label, start - len(title))

    cands = [cand("Roe", "PERSON", "Mr. "), cand("Tamsin Roe", "ORG"), cand("Stop Roe", "ORG"), cand("Dump Roe", "ORG"),
             cand("Elm Terrace", "ORG"), cand("Ann Elm", "PERSON", "where ")]
    cands[5].title_start = cands[5].start - 6  # shown a person too
    clusters = [[k] for k in range(len(cands))]
    typed = [(c.label, None, c.label) for c in cands]
    out = _family_of_a_named_person(doc, cands, clusters, typed, full)
    assert [t[:2] for t in out] == [("PERSON", None), ("PERSON", "family name of a person shown"), ("ORG", None),
                                     ("ORG", None), ("ORG", None), ("PERSON", None)]


def test_a_name_the_family_rule_makes_a_person_takes_its_bare_family_name(nlp):
    """Rule "family name of a person shown", with the join after it: an interview's
    headline name spaCy tags a work ("Zephyrine Doe", a given name it does not know)
    is a person by the body's "Doe explained", and that bare family name joins her,
    as the clustering joins a name spaCy tags a person; not an actor of its own
    (the later stage that would join it leaves a person alone)."""
    text = ("Salt and stone: Globex News interviews Zephyrine Doe on a rare new sponge Monday, March 3, 2025\n\n"
            "The team found the worms in a trench.\n\nDoe explained how she took the photographs of the worms.")
    persons = [(a.name, a.type, sorted(m.text for m in a.mentions)) for a in actors_of(nlp, text) if "Doe" in a.name]
    assert persons == [("Zephyrine Doe", "PERSON", ["Doe", "Zephyrine Doe"])]


def test_number_glued_at_a_dash_is_cut_off():
    from tui.analysis.actors.records import _Cand
    from tui.analysis.actors.splits import _cut_number_at_dash

    def cut(text: str, name: str) -> tuple[str, list]:
        at = text.index(name)
        cands = [_Cand(at, at + len(name), name, "PERSON", at)]
        drops: list = []
        _cut_number_at_dash(cands, drops)
        assert text[cands[0].start : cands[0].end] == cands[0].text
        return cands[0].text, [d.rule for d in drops]

    # a letter, a long dash, a digit: the number is no part of the name
    assert cut("led Tom Hale—41 to 7 points—after the count", "Tom Hale—41") \
        == ("Tom Hale", ["number glued at a dash"])
    assert cut("led Tom Hale–41 to 7", "Tom Hale–41")[0] == "Tom Hale"
    # a hyphen, a dash after a digit, a spaced dash: left as they were
    assert cut("the Acme Glider-3 flew", "Acme Glider-3") == ("Acme Glider-3", [])
    assert cut("the Lyonesse Cup 1950–1960 era", "Lyonesse Cup 1950–1960")[0] == "Lyonesse Cup 1950–1960"
    assert cut("Tom Hale — 35 of them", "Tom Hale — 35")[0] == "Tom Hale — 35"
