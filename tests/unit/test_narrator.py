"""First and second person outside quotes (tui/analysis/narrator.py), through
the whole pipeline on small invented texts and the real model."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import pipeline
from tui.analysis.model import Article, ModelInfo


def analyse(nlp, text: str):
    doc = nlp(text)
    return pipeline.analyze_parsed(Article(text=text, title=text.split("\n", 1)[0], source="-"), doc,
                                   ModelInfo("m", "1"))


def pronouns(analysis, name_part: str) -> list[tuple[str, str | None]]:
    actor = next((a for a in analysis.actors if name_part in a.name), None)
    if actor is None:
        return []
    return [(m.text, m.rule) for m in actor.mentions if m.kind == "pronoun"]


def linked_anywhere(analysis, word: str) -> bool:
    """Is the pronoun `word` a mention of any actor?"""
    return any(m.kind == "pronoun" and m.text == word for a in analysis.actors for m in a.mentions)


def test_byline_makes_the_author_the_i_of_the_text(nlp):
    text = ("Why I Moved to the Coast\n\nBy Jane Doe\n\n"
            "I grew up far from the sea. My parents never took me there.\n\n"
            "Now I live on the coast and I walk every morning.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, _ in got] == ["I", "I", "My", "me", "I", "I"]
    assert {r for _, r in got} == {"byline"}


def test_byline_with_two_authors_names_no_narrator(nlp):
    text = ("Why We Moved\n\nBy Jane Doe and John Roe\n\n"
            "I grew up far from the sea. My parents never took me there.")
    analysis = analyse(nlp, text)
    assert pronouns(analysis, "Doe") == [] and pronouns(analysis, "Roe") == []


def test_letter_signature_and_salutation(nlp):
    text = ("March 3, 1950\n\nDear Susan:\n\n"
            "Thank you for your letter. I was glad to hear that you are well, and I hope to visit soon.\n\n"
            "Yours,\n\nMargaret")
    analysis = analyse(nlp, text)
    writer = pronouns(analysis, "Margaret")
    assert [w for w, _ in writer] == ["I", "I"] and {r for _, r in writer} == {"signature"}
    reader = pronouns(analysis, "Susan")
    assert [w for w, _ in reader] == ["you", "your", "you", "Yours"] and {r for _, r in reader} == {"addressee"}


def test_a_closing_without_a_letter_creates_no_person(nlp):
    text = ("Harbour news\n\nThe ferry runs again. I saw it leave on time this morning.\n\n"
            "Regards,\n\nHarbourmaster")
    analysis = analyse(nlp, text)
    assert not linked_anywhere(analysis, "I")


def test_a_letter_to_a_group_makes_the_group_its_you(nlp):
    text = ("A letter from the harbour office\n\nDear Friends:\n\n"
            "The storm took the old pier. I know many of you lost boats, and your losses are on my mind.\n\n"
            "If you need a berth this winter, write to me.\n\n"
            "Stay in touch,\n\nMargaret Doe")
    analysis = analyse(nlp, text)
    group = next(a for a in analysis.actors if a.name == "Friends")
    assert group.type == "PERSON" and not group.named
    assert [(m.text, m.kind, m.rule) for m in group.mentions][0] == ("Friends", "nominal", "group_addressee")
    assert [m.text for m in group.mentions if m.kind == "pronoun"] == ["you", "your", "you"]
    assert {m.rule for m in group.mentions} == {"group_addressee"}
    assert ("I", "signature") in pronouns(analysis, "Margaret")


def test_a_group_salutation_without_a_closing_makes_no_actor(nlp):
    text = ("Notes from the harbour\n\nDear Friends:\n\n"
            "The storm took the old pier. I know many of you lost boats.\n\n"
            "The office opens again on Monday.")
    analysis = analyse(nlp, text)
    assert not any(a.name == "Friends" for a in analysis.actors)
    assert not linked_anywhere(analysis, "you")


def test_interview_answers_and_questions(nlp):
    text = ("An interview with the painter Jane Doe\n\n"
            "Jane Doe has painted harbours for thirty years.\n\n"
            "When did you start painting?\n\n"
            "I started when I was ten. My father gave me a brush.\n\n"
            "What do you paint now?\n\n"
            "Mostly boats. I like the colours.")
    got = pronouns(analyse(nlp, text), "Doe")
    answers = [w for w, r in got if r == "interview_answer"]
    questions = [w for w, r in got if r == "interview_you"]
    assert answers == ["I", "I", "My", "me", "I"]
    assert questions == ["you", "you"]


def test_interview_of_two_people_links_no_answers(nlp):
    text = ("An interview with Jane Doe and John Roe\n\n"
            "When did you start?\n\n"
            "I started when I was ten.")
    analysis = analyse(nlp, text)
    assert not any(r == "interview_answer" for a in analysis.actors for m in a.mentions for r in [m.rule])


def test_turn_labels_give_each_paragraph_its_speaker(nlp):
    text = ("Transcript of the meeting\n\n"
            "Jane Doe chaired the meeting and John Roe spoke for the harbour board.\n\n"
            "Doe: I open the meeting. I have one question.\n\n"
            "Roe: I will answer it.\n\n"
            "My answer is short.")
    analysis = analyse(nlp, text)
    assert [w for w, r in pronouns(analysis, "Doe") if r == "turn_label"] == ["I", "I"]
    assert [w for w, r in pronouns(analysis, "Roe") if r == "turn_label"] == ["I", "My"]


def test_self_introduction_is_the_i_of_its_paragraph_only(nlp):
    text = ("The harbour show\n\n"
            "Welcome back. I'm your host, Jane Doe, and I am glad you are here.\n\n"
            "I think the weather will hold.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, r in got if r == "self_intro"] == ["I", "I"]
    assert len(got) == 2


def test_quoted_self_introduction_is_not_the_narrators(nlp):
    text = ("Notes\n\nPeople say to me, 'Hello, my name is John Roe,' and I answer them.")
    analysis = analyse(nlp, text)
    assert not any(r == "self_intro" for w, r in pronouns(analysis, "Roe"))


def test_first_person_inside_a_quote_stays_the_speakers(nlp):
    text = ("Why I Moved\n\nBy Jane Doe\n\n"
            'My neighbour, John Roe, told me: "I never liked the sea."')
    analysis = analyse(nlp, text)
    doe = pronouns(analysis, "Doe")
    assert doe == [("I", "byline"), ("My", "byline"), ("me", "byline")]  # the headline's "I" is the author's
    assert pronouns(analysis, "Roe") == [("I", "quote_speaker")]


def test_headline_naming_one_speaker_of_a_speech(nlp):
    text = ("Jane Doe's Address to the Harbour Board\n\n"
            "I thank the board for its welcome. I will be brief.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, r in got if r == "headline_speaker"] == ["I", "I"]


def test_mention_rules_in_json_only_when_asked_and_read_back(nlp):
    from tui.analysis.model import Analysis

    text = "Why I Moved\n\nBy Jane Doe\n\nI grew up far from the sea."
    analysis = analyse(nlp, text)
    plain = analysis.to_json()
    ruled = analysis.to_json(rules=True)
    assert not any("rule" in m for a in plain["actors"] for m in a["mentions"])
    assert any(m.get("rule") == "byline" for a in ruled["actors"] for m in a["mentions"])
    back = Analysis.from_json(ruled)
    assert back.to_json(rules=True)["actors"] == ruled["actors"]


def test_interviewee_from_interviewed_in_the_first_paragraphs(nlp):
    text = ("Harbour painters, part 3\n\n"
            "Last week the Courier interviewed Jane Doe, who has painted harbours for thirty years.\n\n"
            "When did you start painting?\n\n"
            "I started when I was ten.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, r in got if r == "interview_answer"] == ["I", "I"]
    assert [w for w, r in got if r == "interview_you"] == ["you"]


def test_any_short_line_ending_with_a_comma_closes_a_letter(nlp):
    text = ("Dear Susan,\n\nI was glad to hear from you.\n\nWrite soon and often,\n\nMargaret")
    got = pronouns(analyse(nlp, text), "Margaret")
    assert [w for w, r in got] == ["I"] and {r for _, r in got} == {"signature"}


def test_you_in_a_sentence_addressing_someone_by_name(nlp):
    text = ("Remarks at the harbour\n\nMy friends, it is good to be here. "
            "Thank you, John Carter, for your welcome.")
    got = pronouns(analyse(nlp, text), "Carter")
    assert [w for w, r in got if r == "vocative"] == ["you", "your"]


def test_you_beside_a_form_of_address_is_the_one_the_text_gives_that_office(nlp):
    """`vocative_title`: "Thank you, Madam Speaker", "Mr Chairman – you ...": the
    one person the text names with that office as a title, of the honorific's sex;
    the "you" after it in the paragraph too (`vocative_title_carry`)."""
    text = ("Harbour bill debate\n\nSpeaker Jane Doe spoke for the harbour bill that Transport Chair Tom Berg "
            "wrote.\n\nThank you, Madam Speaker. I thank the gentleman from Leeds for his work on the bill. "
            "Mr Chairman – you remember the night the river rose. We could not meet in your office.")
    analysis = analyse(nlp, text)
    assert pronouns(analysis, "Jane Doe") == [("you", "vocative_title")]
    assert ("you", "vocative_title") in pronouns(analysis, "Tom Berg")
    assert ("your", "vocative_title_carry") in pronouns(analysis, "Tom Berg")


def test_a_form_of_address_no_one_holds_links_no_you_and_stops_a_carry(nlp):
    """"Madam Chair" when the only Chair is a man, "Madam Speaker" for a former
    Speaker: no one; and the "you" addressed before does not carry past it."""
    text = ("Harbour bill debate\n\nSpeaker Jane Doe spoke for the bill that Transport Chair Tom Berg wrote."
            "\n\nThank you, Madam Speaker. I thank Ana Ruiz, Madam Chair, for your patience.")
    analysis = analyse(nlp, text)
    assert not linked_anywhere(analysis, "your")
    former = ("Harbour bill debate\n\nFormer Speaker Jane Doe wrote the harbour bill.\n\n"
              "Thank you, Madam Speaker. We owe the harbour this bill.")
    assert not linked_anywhere(analyse(nlp, former), "you")


def test_interviewee_from_a_bare_name_under_the_interview_heading():
    """The name stage missed the interviewee: a paragraph that is only a name
    the headline gives, under "Interview", makes a person of it."""
    from tui.analysis.model import paragraph_spans
    from tui.analysis.narrator import _interviewee

    text = ("The Courier interviews harbour painter Ysolde Marrack\n\nInterview\n\nYsolde Marrack\n\n"
            "When did you start painting?\n\nI started when I was ten.")
    made = []

    def new_person(start, end, rule="signature"):
        made.append((text[start:end], rule))
        return "new"

    got = _interviewee(text, paragraph_spans(text), lambda s, e: [], [], new_person)
    assert got == "new" and made == [("Ysolde Marrack", "interviewee")]
    plain = "Harbour news\n\nInterview\n\nYsolde Marrack\n\nWhen did you start?"
    assert _interviewee(plain, paragraph_spans(plain), lambda s, e: [], [], new_person) is None


def test_a_party_label_is_no_first_person(nlp):
    text = ("Jane Doe's statement on wages\n\n"
            "Sen. Jane Doe (I-Vt.) spoke on Monday about wages in the state.")
    analysis = analyse(nlp, text)
    assert not linked_anywhere(analysis, "I")


def test_a_headline_with_a_colon_starts_no_turn(nlp):
    text = ("Jane Doe: the harbour must stay open\n\n"
            "The harbour board met on Monday.\n\n"
            "John Roe: a reply\n\n"
            "I think the board was wrong, a reader writes.")
    analysis = analyse(nlp, text)
    assert not any(m.rule == "turn_label" for a in analysis.actors for m in a.mentions if "Doe" in a.name)


def test_a_question_without_its_question_mark(nlp):
    text = ("An interview with the painter Jane Doe\n\n"
            "When did you start painting?\n\n"
            "I started when I was ten.\n\n"
            "How did you come to paint boats\n\n"
            "My father had one.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, r in got if r == "interview_you"] == ["you", "you"]
    assert [w for w, r in got if r == "interview_answer"] == ["I", "I", "My"]


def test_the_person_called_on_holds_the_floor_until_the_next_call(nlp):
    text = ("Case 12 of the morning session, Smith against Brown. Mr. Peter Smith?\n\n"
            "Thank you. I brought this claim because the work was never paid for.\n\n"
            "Did you send an invoice?\n\n"
            "Yes. I sent it in May and again in June.\n\n"
            "Thank you. Mr. Robert Brown, please proceed.\n\n"
            "I paid what we agreed on. My records show every payment.")
    analysis = analyse(nlp, text)
    assert pronouns(analysis, "Smith") == [("I", "floor_answer"), ("you", "floor_you"), ("I", "floor_answer")]
    assert pronouns(analysis, "Brown") == [("I", "floor_answer"), ("My", "floor_answer")]


def test_a_paragraph_opening_with_a_question_to_the_floor_holder_is_a_question(nlp):
    text = ("Case 12 of the morning session, Smith against Brown. Mr. Peter Smith?\n\n"
            "Thank you. I brought this claim because the work was never paid for.\n\n"
            "Can you explain why you waited a year? I mean, I read the file twice and I found no letter.\n\n"
            "I was abroad for most of that year.")
    analysis = analyse(nlp, text)
    # the bench's "you" is the floor holder; its "I" is not
    assert pronouns(analysis, "Smith") == [("I", "floor_answer"), ("you", "floor_you"), ("you", "floor_you"),
                                            ("I", "floor_answer")]


def test_a_speaker_who_opens_the_text_introducing_themself_keeps_the_floor(nlp):
    text = ("May it please the court. My name is Jane Doe and I represent the tenants. I will argue two points.\n\n"
            "Counsel, do you concede that the notice was late?\n\n"
            "I do not. The notice was sent on time.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [(w, r) for w, r in got if r.startswith("floor")] == [("you", "floor_you"), ("I", "floor_answer")]


def test_a_question_to_one_person_addressed_by_name_early_in_it_gives_them_the_floor(nlp):
    text = ("Case 12 of the morning session\n\n"
            "May it please the court. The tenants were never told that the building would be sold.\n\n"
            "Mr. Peter Smith, you say the notice was late. When was it sent, then?\n\n"
            "I believe it was sent in June, two weeks after the sale.")
    got = pronouns(analyse(nlp, text), "Smith")
    assert ("I", "floor_answer") in got


def test_a_quote_that_addresses_someone_by_name_says_you_to_them(nlp):
    text = ("Letters from readers\n\n"
            "John Roe has written poems about the harbour for twenty years. Last week a reader sent him a card. "
            "The card said, 'John, thank you for your poems.'")
    got = pronouns(analyse(nlp, text), "Roe")
    assert [w for w, r in got if r == "quoted_vocative"] == ["you", "your"]


@pytest.mark.parametrize("thanks", ["", "Thank you. "])
def test_a_paragraph_giving_the_word_to_the_one_person_it_names_calls_on_them(nlp, thanks):
    # and the "you" of the sentence that calls on them is them (`floor_call`)
    text = ("Case 12 of the morning session, Smith against Brown. Mr. Peter Smith?\n\n"
            "Thank you. I brought this claim because the work was never paid for.\n\n"
            f"{thanks}Mr. Robert Brown I know you want to say something, so why don't you go ahead.\n\n"
            "Thank you. I paid what we agreed on.")
    analysis = analyse(nlp, text)
    assert pronouns(analysis, "Smith") == [("I", "floor_answer")]
    assert pronouns(analysis, "Robert") == [("you", "floor_call"), ("you", "floor_call"), ("I", "floor_answer")]


def test_a_photo_credit_calls_no_one(nlp):
    text = ("Storm season\n\nPhoto of the coast. Image: Peter Smith.\n\n"
            "I think the storm will weaken over land.")
    assert not linked_anywhere(analyse(nlp, text), "I")


def test_a_kings_numeral_is_not_the_narrator(nlp):
    text = ("By Jane Doe\n\nThe palace was built for Charles I in 1630. I visited it last spring.")
    assert [w for w, _ in pronouns(analyse(nlp, text), "Doe")] == ["I"]


def test_a_byline_the_name_stage_missed_still_names_the_author(nlp):
    text = ("Why Frozen Peas Are Fine\n\nBy Quillon Ashbury\n\n"
            "I recently bought a freezer. It will help me plan my meals.")
    analysis = analyse(nlp, text)
    author = next(a for a in analysis.actors if any(m.text == "I" for m in a.mentions))
    assert author.name == "Quillon Ashbury"
    assert [(m.text, m.rule) for m in author.mentions if m.kind == "pronoun"] == [
        ("I", "byline"), ("me", "byline"), ("my", "byline")]


def test_a_missed_byline_names_the_author_of_a_text_that_names_no_person(nlp):
    # no person named anywhere else: the byline alone still gives the text its "I"
    text = ("Why Healthy Habits Matter\n\nBy Quillon Ashbury\n\n"
            "I recently bought a freezer. It will help me plan my meals and keep healthy habits.")
    doc = nlp(text)
    assert not [e for e in doc.ents if e.label_ == "PERSON"]
    author = next(a for a in analyse(nlp, text).actors if any(m.text == "I" for m in a.mentions))
    assert author.name == "Quillon Ashbury"


def test_a_name_alone_under_the_headline_is_the_byline(nlp):
    text = ("Why I Moved to the Coast\n\nJane Doe\n\n"
            "I grew up far from the sea. Now I live on the coast.")
    assert [w for w, _ in pronouns(analyse(nlp, text), "Doe")] == ["I", "I", "I"]


def test_interviewed_her_names_the_interviewee_through_the_pronoun(nlp):
    text = ("Keep looking up\n\nSunday, May 28, 2006\n\nThe project asks volunteers to search photos of dust.\n\n"
            "Jane Doe is the director of the project. The paper interviewed her in May.\n\n"
            "What does the project do?\n\nI started it to find dust grains. My team checks every find.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert ("I", "interview_answer") in got and ("My", "interview_answer") in got


def test_a_request_is_a_question_and_a_long_answer_ending_on_one_is_not(nlp):
    text = ("Interview with the painter Jane Doe\n\nSaturday, April 4, 2009\n\n"
            "I just wanted to know if you had any thoughts on the new museum.\n\n"
            "I have been there twice. I liked the light in the long gallery on the first floor. I did not like the "
            "crowds at the weekend, or the noise from the cafe beside the entrance. I think the rooms upstairs are "
            "too small for the large paintings they hold. I told the director so when we met at the opening last "
            "month. I may go back in the spring, on a quiet weekday morning. Why would anyone build rooms that small?")
    got = pronouns(analyse(nlp, text), "Doe")
    assert ("you", "interview_you") in got
    assert [w for w, r in got if r == "interview_answer"] == ["I"] * 6


def test_a_name_set_off_by_commas_inside_a_lower_clause_is_addressed(nlp):
    text = ("Hearing notes\n\nThe court met at noon. Just to confirm, Mr. Smith, you've reserved 10 minutes for "
            "rebuttal, so your initial argument will go for 20 minutes.")
    assert ("you", "vocative") in pronouns(analyse(nlp, text), "Smith")


def test_a_letter_opening_on_its_addressees_name(nlp):
    text = ("Mr. Peter Smith,\n\nChairman of the Harbour Board\n\nSir,\n\n"
            "The new quay is unsafe. We urge you to close it, and we ask your board to meet us.\n\n"
            "Yours faithfully\n\nThe Residents' Committee")
    got = pronouns(analyse(nlp, text), "Smith")
    assert [(w, r) for w, r in got] == [("you", "addressee"), ("your", "addressee"), ("Yours", "addressee")]


def test_a_name_and_comma_first_opens_no_letter_without_a_closing(nlp):
    text = ("Mr. Peter Smith,\n\nChairman of the Harbour Board\n\n"
            "The new quay is unsafe. We urge you to close it.")
    assert pronouns(analyse(nlp, text), "Smith") == []


def test_host_and_guest_take_turns(nlp):
    text = ("The Harbour Hour, episode 12\n\n"
            "Good evening and welcome to the Harbour Hour. I'm your host, Jane Doe, and I'm joined by John Roe.\n\n"
            "Hello everyone, I am glad to be back.\n\n"
            "It is good to have you. I saw the boats come in this morning.\n\n"
            "I missed them. My car broke down on the way.\n\n"
            "Did you fix it?\n\n"
            "Not yet. I will call a mechanic tomorrow.")
    analysis = analyse(nlp, text)
    guest = pronouns(analysis, "Roe")
    host = pronouns(analysis, "Jane")
    assert [w for w, r in guest if r == "conversation_turn"] == ["I", "I", "My", "I"]
    assert [w for w, r in host if r == "conversation_turn"] == ["I"]
    assert [w for w, r in guest if r == "conversation_you"] == ["you"]


def test_host_and_guest_turns_end_where_the_speaker_is_addressed(nlp):
    text = ("The Harbour Hour, episode 12\n\n"
            "Good evening and welcome to the Harbour Hour. I'm your host, Jane Doe, and I'm joined by John Roe.\n\n"
            "Hello everyone, I am glad to be back.\n\n"
            "It is good to have you. I saw the boats come in this morning.\n\n"
            "John Roe, I want to ask you about the regatta. Were you there?\n\n"
            "I sailed in it last year.")
    analysis = analyse(nlp, text)
    # the host spoke twice in a row: the guest's "I", "you" from there on are left alone
    guest = pronouns(analysis, "Roe")
    assert [w for w, r in guest if r.startswith("conversation")] == ["I"]
    assert [w for w, r in pronouns(analysis, "Jane") if r == "conversation_turn"] == ["I"]


def test_a_text_that_names_its_we_speaks_for_that_people(nlp):
    text = ("A new year\n\n"
            "Our harbours are busy again and our fields are green. We as Norwegians have always worked hard.\n\n"
            "The winter was long, but we kept our promise to each other. \"We will rebuild,\" the mayor said.")
    analysis = analyse(nlp, text)
    got = [w for w, r in pronouns(analysis, "Norwegians") if r == "we_people"]
    assert got == ["Our", "our", "We", "we", "our"]


def test_a_title_in_capitals_announces_the_person_with_that_title(nlp):
    text = ("Remarks by President Jane Doe and Vice President John Roe at the Harbour Opening\n\n"
            "THE VICE PRESIDENT:\n\n"
            "Thank you. I am honored to be here with all of you.\n\n"
            "It is my great honor to introduce our President. THE PRESIDENT:\n\n"
            "Thank you. I want to thank everyone who built this harbour.")
    analysis = analyse(nlp, text)
    assert [w for w, r in pronouns(analysis, "Roe") if r == "title_label"] == ["I", "my"]
    assert [w for w, r in pronouns(analysis, "Jane") if r == "title_label"] == ["I"]


def test_the_person_introduced_at_the_end_of_a_paragraph_speaks_next(nlp):
    text = ("Harbour gala\n\n"
            "Good evening. I am glad to see so many of you. It is my pleasure to introduce our speaker, Jane Doe.\n\n"
            "Thank you. I have worked in this town for thirty years.")
    analysis = analyse(nlp, text)
    assert pronouns(analysis, "Doe") == [("I", "introduced")]


def test_a_speaker_who_says_they_speak_as_a_named_person_is_the_author(nlp):
    text = ("Harbour School opening\n\n"
            "Good morning. It gives me great pleasure to be here today as your Mayor Jane Doe.\n\n"
            "I thank the teachers. I am proud of this school and of my town.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, r in got if r == "self_described"] == ["me", "I", "I", "my"]


def test_a_comparison_with_a_person_describes_no_speaker(nlp):
    text = ("Film notes\n\n"
            "I am starting to become as baffled as Jane Doe was. I cannot follow the plot.")
    assert not any(r == "self_described" for _, r in pronouns(analyse(nlp, text), "Doe"))


def test_an_interviewees_we_is_the_team_they_say_they_act_as(nlp):
    text = ("An interview with the basketball player Jane Doe\n\n"
            "Jane Doe has played for the Harbour City Sharks for ten years.\n\n"
            "How was the tournament in Canada?\n\n"
            "We went as the Harbour City Sharks team and we won every game. Our coach was proud.\n\n"
            "What comes next for you?\n\n"
            "We travel to the final in May. I am excited.")
    analysis = analyse(nlp, text)
    got = [w for w, r in pronouns(analysis, "Sharks") if r == "we_people"]
    assert got == ["We", "we", "Our", "We"]
    assert [w for w, r in pronouns(analysis, "Doe") if r == "interview_answer"] == ["I"]


def test_interview_told_by_its_shape(nlp):
    """No headline says "interview": questions answered by the next paragraph,
    and one person named before the first question (a photo's credit is not)."""
    text = ("The future of the harbour\n\n"
            "Painter Jane Doe in her studio. Image: John Roe.\n\n"
            "Do you still paint the harbour every morning?\n\n"
            "Every morning. I go down at six and I stay until the light changes.\n\n"
            "What did your teachers say about it?\n\n"
            "They said I was wasting my time.\n\n"
            "Would you change anything now?\n\n"
            "Nothing at all. My work is the harbour.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, r in got if r == "qa_answer"] == ["I", "I", "I", "my", "My"]
    assert [w for w, r in got if r == "qa_you"] == ["you", "your", "you"]
    assert pronouns(analyse(nlp, text), "Roe") == []


def test_shape_of_an_interview_needs_one_person_before_the_questions(nlp):
    text = ("The future of the harbour\n\n"
            "Jane Doe and John Roe in the studio.\n\n"
            "Do you still paint the harbour every morning?\n\n"
            "Every morning. I go down at six.\n\n"
            "What did your teachers say about it?\n\n"
            "They said I was wasting my time.\n\n"
            "Would you change anything now?\n\n"
            "Nothing at all.")
    assert not linked_anywhere(analyse(nlp, text), "I")


def test_a_name_opening_a_sentence_then_thank_you_addresses_them(nlp):
    text = ("Remarks on the new library\n\n"
            "The library opens next week after two years of work.\n\n"
            "And Councillor Jane Doe, thank you. Mr. John Roe, my question to you is simple, and the town "
            "wants an answer.\n\n"
            "Counsel, do you agree?")
    analysis = analyse(nlp, text)
    assert ("you", "vocative_opening") in pronouns(analysis, "Doe")
    assert ("you", "vocative_opening") in pronouns(analysis, "Roe")
    assert not any(m.text == "you" and m.start > text.index("Counsel") for a in analysis.actors for m in a.mentions)


def test_a_short_paragraph_said_to_you_is_put_to_the_interviewee(nlp):
    text = ("An interview with the painter Jane Doe\n\n"
            "Jane Doe has painted harbours for thirty years.\n\n"
            "When did you start painting?\n\n"
            "I started when I was ten.\n\n"
            "Your father was a sailor.\n\n"
            "He was. I went to sea with him every summer.\n\n"
            "What was the sea like?\n\n"
            "You would hate it, cold and wet.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert ("Your", "prompt_you") in got
    assert ("I", "interview_answer") in got and got.count(("I", "interview_answer")) == 3
    assert not any(w == "You" for w, _ in got)  # an answer's "you", after a question, is no prompt


_LONG_LEAD = ("So I have been reading about how people in offices now spend their days. They could be in sales, "
              "they could be at a charity, they could be in banking, whatever. Many of them sit at a screen all day. "
              "One big change in the last twenty years is how many programs ask for your time, and I do not want "
              "to say they fight for it, that sounds harsher than I mean it to be, but in the course of a day "
              "they switch and switch again. ")


def test_a_long_paragraph_whose_last_sentence_asks_you_is_a_question(nlp):
    text = ("An interview with the painter Jane Doe\n\n"
            "Jane Doe has painted harbours for thirty years.\n\n"
            "When did you start painting?\n\n"
            "I started when I was ten.\n\n"
            + _LONG_LEAD + "Can you talk about how that changes the way people paint?\n\n"
            "It changes everything. I paint on paper now.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert ("your", "long_question_you") in got and ("you", "long_question_you") in got
    # the interviewer's "I" of the long question is not the interviewee's
    assert [w for w, r in got if r == "interview_answer"] == ["I", "I", "I"]


def test_a_long_paragraph_asking_you_first_and_ending_on_a_question_is_a_question(nlp):
    text = ("An interview with the painter Jane Doe\n\n"
            "Jane Doe has painted harbours for thirty years.\n\n"
            "When did you start painting?\n\n"
            "I started when I was ten.\n\n"
            "Is there a painter you can point to, though, who drew the line between a sketch and a study? "
            "Because if you are going to keep the two apart, then it is not clear to me that any of the books "
            "draws that line. They seem to treat the sketch as a study that was never finished, or as a note "
            "for a much later picture in the studio, and nothing more than that in the end. "
            "So where does the line come from?\n\n"
            "It comes from the paper. I never sketch on canvas.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, r in got if r == "long_question_you"] == ["you", "you"]
    assert not any(w == "me" for w, _ in got)  # the interviewer's "me"
    assert got.count(("I", "interview_answer")) == 3


def test_a_long_answer_ending_on_a_question_of_its_own_stays_an_answer(nlp):
    text = ("An interview with the painter Jane Doe\n\n"
            "Jane Doe has painted harbours for thirty years.\n\n"
            "When did you start painting?\n\n"
            "I started when I was ten.\n\n"
            "What do you think of screens?\n\n"
            + _LONG_LEAD.replace("So I have been reading", "Well, I have been reading")
            + "Why should I bother my students with brushes when they can buy a tablet that does what you ask?")
    got = pronouns(analyse(nlp, text), "Doe")
    assert not any(r == "long_question_you" for _, r in got)
    assert ("I", "interview_answer") in got and got.count(("I", "interview_answer")) == 6


def test_a_short_paragraph_opening_with_my_speaks_of_oneself_and_is_no_prompt(nlp):
    text = ("An interview with the painter Jane Doe\n\n"
            "Jane Doe has painted harbours for thirty years.\n\n"
            "When did you start painting?\n\n"
            "I started when I was ten.\n\n"
            "My own father thought you would stop.\n\n"
            "He was wrong. I went to sea with him every summer.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert not any(w == "you" and r == "prompt_you" for w, r in got)


def test_a_floor_handed_over_in_passing_lasts_to_the_next_question(nlp):
    text = ("Gardens in the city\n\n"
            "So today we talk about gardens, and there is a lot to say. But why don't you, Jane Doe, "
            "run through the list you made.\n\n"
            "Sure. I made a list of five problems, and I think the first one is water.\n\n"
            "Yeah.\n\n"
            "And I would add that the soil matters too.\n\n"
            "Do you want to go through them one by one?\n\n"
            "I think we should do them all at once.")
    analysis = analyse(nlp, text)
    got = pronouns(analysis, "Doe")
    assert [w for w, r in got if r == "floor_handed"] == ["I", "I", "I"]
    last = text.rindex("I think")
    assert not any(m.start == last for a in analysis.actors for m in a.mentions)


def test_an_interview_of_two_gives_an_answer_to_the_one_it_does_not_name(nlp):
    text = ("Wikinews interviews Jane Doe and John Roe of the Harbour Theatre\n\n"
            "How did the theatre start?\n\n"
            "John and I met at school, and I wanted to stage his plays.\n\n"
            "What do you plan next?\n\n"
            "I would like to tour with Jane next summer.\n\n"
            "Who pays for it?\n\n"
            "I do, mostly.")
    analysis = analyse(nlp, text)
    assert [w for w, r in pronouns(analysis, "Doe") if r == "pair_answer"] == ["I", "I"]
    assert [w for w, r in pronouns(analysis, "Roe") if r == "pair_answer"] == ["I"]
    assert not any(m.start == text.rindex("I do") for a in analysis.actors for m in a.mentions)


def test_a_paragraph_ending_by_asking_to_be_told_is_a_question(nlp):
    text = ("Harbour court, morning session\n\n"
            "The next case is about a stolen boat. Mr. John Doe?\n\n"
            "Yes, I am here.\n\n"
            "Right. Now tell me how you found the boat.\n\n"
            "I found it on the beach after the storm.")
    analysis = analyse(nlp, text)
    got = pronouns(analysis, "Doe")
    assert ("you", "floor_you") in got and ("me", "floor_answer") not in got
    assert [w for w, r in got if r == "floor_answer"] == ["I", "I"]


def test_a_name_that_only_qualifies_a_thing_in_the_headline_is_no_interviewee(nlp):
    text = ("Reporters interview baker on the new Jane Doe cake\n\n"
            "Reporters spoke to the owner of a city bakery.\n\n"
            "What inspired you to create the cake?\n\n"
            "We saw the news and laughed.\n\n"
            "Do you bake it every day?\n\n"
            "Most days, yes.")
    assert not linked_anywhere(analyse(nlp, text), "you")


def test_a_salutation_without_dear_under_the_letterhead_names_the_reader(nlp):
    text = ("Harbour School, 4 Main Street\n\n"
            "12 May 2006\n\n"
            "Dr. Jane Doe\n\n"
            "Dr. Doe,\n\n"
            "Thank you for your note. I will send you the plan next week.\n\n"
            "Respectfully, John Roe")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [w for w, r in got if r == "salutation_name"] == ["you", "your", "you"]


def test_the_person_addressed_by_name_stays_the_you_of_the_paragraph(nlp):
    text = ("Remarks at the harbour\n\nI am glad to be here with all of you. "
            "Peter Quill, you have been a loyal friend to this town. Thank you for everything you did.")
    got = pronouns(analyse(nlp, text), "Quill")
    assert [w for w, r in got if r == "vocative_carry"] == ["you", "you"]


def test_the_carried_you_stops_at_someone_else_addressed_and_skips_you_know(nlp):
    text = ("Remarks at the harbour\n\nPeter Quill, you have been a loyal friend. You know, the town owes a lot. "
            "Mary Stone, thank you too. You did the hard work.")
    analysis = analyse(nlp, text)
    assert [w for w, r in pronouns(analysis, "Quill") if r == "vocative_carry"] == []
    assert [w for w, r in pronouns(analysis, "Stone") if r == "vocative_carry"] == ["You"]


def test_a_quote_said_to_me_says_you_to_the_narrator(nlp):
    text = ("Why I Moved to the Coast\n\nBy Jane Doe\n\n"
            "I grew up far from the sea. Twice a neighbour told me, \"You will never leave this valley.\" "
            "\"Your place is here,\" another one told me.")
    got = pronouns(analyse(nlp, text), "Jane Doe")
    assert [w for w, r in got if r == "told_me_you"] == ["You", "Your"]


def test_a_paragraph_after_a_colon_gives_the_words_of_the_one_person_before_it(nlp):
    text = ("A letter from the mill\n\n"
            "Thomas Aldane ran the mill at Dunmore for forty years. Late in life he wrote to the parish council:\n\n"
            "For forty years I have ground your corn, and my wheel has never stopped in a dry summer.\n\n"
            "He died the following spring.")
    got = pronouns(analyse(nlp, text), "Aldane")
    assert [w for w, r in got if r == "block_quote"] == ["I", "my"]


def test_no_you_is_carried_from_a_name_in_words_reported_without_quotes(nlp):
    text = ("Remarks at the harbour\n\nPeter Quill has run the harbour for years. "
            "Even my own folks say, jeez, Peter, you work too hard. What do you expect from me?")
    got = pronouns(analyse(nlp, text), "Quill")
    assert [w for w, r in got if r == "vocative_carry"] == []


def test_yours_closing_a_letter_is_its_addressee(nlp):
    text = ("Dear Susan Blake,\n\nI was glad to hear from you. The garden is in bloom.\n\n"
            "Yours,\n\nMargaret")
    got = pronouns(analyse(nlp, text), "Blake")
    assert ("Yours", "addressee") in got


def test_a_paragraph_saying_you_to_us_is_the_bench_speaking_to_the_floor_holder(nlp):
    text = ("Case 12 of the morning session, Smith against Brown. Mr. Peter Smith?\n\n"
            "Thank you. I brought this claim because the work was never paid for.\n\n"
            "I think you have not shown us the contract yet. Your claim depends on it.\n\n"
            "I have it here. It was signed in May.")
    got = pronouns(analyse(nlp, text), "Smith")
    assert got == [("I", "floor_answer"), ("you", "floor_bench"), ("Your", "floor_bench"), ("I", "floor_answer")]


def test_the_name_of_an_interviewee_made_late_is_found_where_spacy_missed_it(nlp):
    """The interview's speaker label makes a person of a name spaCy never tagged;
    its other occurrences (the headline, the introduction) become its mentions."""
    text = ("The Courier interviews mathematician and writer Idan Tzalev Wednesday\n\n"
            "Idan Tzalev is a mathematician and writer. Currently Tzalev is a professor. "
            "At the moment Tzalev is in Rome.\n\n"
            "Interview\n\nIdan Tzalev\n\nWhat are you going to talk about?\n\nI called it Words. I like it.")
    analysis = analyse(nlp, text)
    person = next(a for a in analysis.actors if a.name == "Idan Tzalev")
    late = [m.start for m in person.mentions if m.rule == "late_name"]
    assert late == [text.index("Idan Tzalev"), text.index("Idan Tzalev", 60)]


# The searches written for speed (v254, byte-identical): each must find what its plain form finds.
_SPEED_WORDS = ["go", "GO", "ahead", "Ahead", "please", "may", "proceed", "Begin", "the", "floor", "is", "Yours",
                "why", "don't", "don’t", "you", "YOU", "would", "like", "to", "over", "honour", "of", "introduce",
                "Introducing", "welcome", "let's", "us", "I", "give", "we", "now", "My", "my", "name", "am", "I'm",
                "I’m", "your", "a", "host", "xI", "_my", "Ana", ",", ".", "!", "?", "Mr.", "\n", "1"]
_speed_text = st.lists(st.sampled_from(_SPEED_WORDS), max_size=14).flatmap(
    lambda ws: st.lists(st.sampled_from([" ", "", "  "]), min_size=len(ws), max_size=len(ws)).map(
        lambda seps: "".join(s + w for s, w in zip(seps, ws))))


@settings(max_examples=400, deadline=None)
@given(_speed_text)
def test_self_intro_finds_what_its_plain_form_finds(text):
    from tui.analysis.narrator import _SELF_INTRO

    plain = re.compile(r"\b(?:[Mm]y name is|I am|I'm|I’m)\s+(?:(?:your|the|a|an)\s+(?:[a-z]+\s+){0,3}[a-z]+,\s+)?")
    assert [m.span() for m in _SELF_INTRO.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_speed_text)
def test_the_words_looked_for_first_are_in_every_match(text):
    from tui.analysis.model import holds_any
    from tui.analysis.narrator import (
        _GO_AHEAD, _GO_AHEAD_WORDS, _HAND_OVER, _HAND_OVER_WORDS, _INTRODUCES, _INTRODUCES_WORDS,
    )

    for pattern, words in ((_GO_AHEAD, _GO_AHEAD_WORDS), (_HAND_OVER, _HAND_OVER_WORDS),
                           (_INTRODUCES, _INTRODUCES_WORDS)):
        assert holds_any(text, words, fold=True) or not pattern.search(text)


def test_the_words_looked_for_first_hold_in_each_case():
    from tui.analysis.model import holds_any
    from tui.analysis.narrator import (
        _GO_AHEAD, _GO_AHEAD_WORDS, _HAND_OVER, _HAND_OVER_WORDS, _INTRODUCES, _INTRODUCES_WORDS,
    )

    for pattern, words, body in (
        (_GO_AHEAD, _GO_AHEAD_WORDS, "Mr. Roe, GO AHEAD."),
        (_GO_AHEAD, _GO_AHEAD_WORDS, "The floor is Yours!"),
        (_GO_AHEAD, _GO_AHEAD_WORDS, "You may Begin"),
        (_HAND_OVER, _HAND_OVER_WORDS, "So why DON'T YOU, Ana Roe, tell us."),
        (_INTRODUCES, _INTRODUCES_WORDS, "It is my Honor to INTRODUCE"),
        (_INTRODUCES, _INTRODUCES_WORDS, "Please Welcome"),
        (_INTRODUCES, _INTRODUCES_WORDS, "i give YOU"),
    ):
        assert pattern.search(body) and holds_any(body, words, fold=True)


def test_a_caller_put_on_the_air_speaks_next_and_the_guest_answers(nlp):
    text = ("Morning call-in\n\n"
            "Our first call is from Lyonesse. Jane Doe, hello there. You're on the air with John Roe of Acme.\n\n"
            "Hello. Mr. Roe, I wanted to ask you about the harbour. I think the new tax hurts us.\n\n"
            "Well, I understand the worry. My view is that the harbour will pay for itself.\n\n"
            "I am still not sure.")
    analysis = analyse(nlp, text)
    assert pronouns(analysis, "Jane") == [("You", "call_in_you"), ("I", "call_in"), ("I", "call_in")]
    assert [(w, r) for w, r in pronouns(analysis, "Roe") if r == "call_in_guest"] == [("I", "call_in_guest"),
                                                                                      ("My", "call_in_guest")]


def test_a_caller_whose_question_names_no_guest_leaves_the_answer_unlinked(nlp):
    text = ("Morning call-in\n\n"
            "Jane Doe, hello there. You're on the air with John Roe.\n\n"
            "Hello. I think the new tax hurts us.\n\n"
            "Well, I understand the worry.")
    analysis = analyse(nlp, text)
    assert [w for w, r in pronouns(analysis, "Jane") if r == "call_in"] == ["I"]
    assert not any(r == "call_in_guest" for _, r in pronouns(analysis, "Roe"))


def test_the_we_of_a_paper_by_one_author_is_the_author(nlp):
    text = ("Tidal Models for Small Harbours\n\n"
            "Jane Doe, Acme Institute; jane.doe@example.org\n\n"
            "In this paper we model the tides in small harbours. "
            "Our model needs only two gauges, and it lets us predict the water level a day ahead. "
            "I thank the harbour master for the gauges.")
    got = pronouns(analyse(nlp, text), "Doe")
    assert [(w, r) for w, r in got if r == "paper_we"] == [("we", "paper_we"), ("Our", "paper_we"), ("us", "paper_we")]
    assert ("I", "paper_author") in got


def test_the_we_of_a_paper_under_its_authors_name_alone_is_the_author(nlp):
    text = ("Tidal Models for Small Harbours\n\n"
            "Jane Doe\n\nAcme Institute; jane.doe@example.org\n\n"
            "In this paper we model the tides in small harbours.")
    assert ("we", "paper_we") in pronouns(analyse(nlp, text), "Doe")


@pytest.mark.parametrize("second", [
    "Mary Major, Acme Institute; m.major@example.org",
    # a second author whose name the name stage does not find: the address still counts
    "Acme Institute; tides.lab@example.org",
])
def test_the_we_of_a_paper_with_two_addresses_is_no_one(nlp, second):
    text = ("Tidal Models for Small Harbours\n\n"
            "Jane Doe, University of Lyonesse; jane.doe@example.org\n\n"
            f"{second}\n\n"
            "In this paper we model the tides in small harbours.")
    assert not any(r == "paper_we" for _, r in pronouns(analyse(nlp, text), "Doe"))


def test_you_of_thanks_to_someone_named_after_what_they_are(nlp):
    text = ("Opening of the Lyonesse bridge\n\n"
            "So, to our mayor, Jane Doe, thank you for your patience with all of us.\n\n"
            "And thank you, my old colleague and the finest engineer this county has had, John Roe. "
            "The bridge stands because of the work of many hands.")
    analysis = analyse(nlp, text)
    assert [(w, r) for w, r in pronouns(analysis, "Jane") if r == "vocative_thanks"] == [
        ("you", "vocative_thanks"), ("your", "vocative_thanks")]
    assert [(w, r) for w, r in pronouns(analysis, "Roe") if r == "vocative_thanks"] == [("you", "vocative_thanks")]
