"""Types from what the later stages found (tui/analysis/actors/late_types.py):
an actor the narrator made the voice of an interview or a byline is a person,
and then takes the short name kept apart from it. Invented names and texts."""

from __future__ import annotations

from tui.analysis.actors import late_persons
from tui.analysis.actors.records import Merge, Retype
from tui.analysis.drafts import ActorDraft
from tui.analysis.model import Mention


def _draft(key: str, name: str, type_: str, *mentions: Mention) -> ActorDraft:
    return ActorDraft(key=key, name=name, type=type_, mentions=list(mentions))


def _interview() -> list[ActorDraft]:
    # "Bright water: the Courier interviews Orla Pennick on lilies ... Pennick ... How did you ...? I ..."
    guest = _draft("d0", "Orla Pennick", "WORK_OF_ART",
                   Mention(36, 48, "Orla Pennick"),
                   Mention(120, 123, "you", "pronoun", "interview_you"),
                   Mention(150, 151, "I", "pronoun", "interview_answer"),
                   Mention(170, 172, "my", "pronoun", "interview_answer"))
    short = _draft("d1", "Pennick", "PERSON",
                   Mention(80, 87, "Pennick"), Mention(95, 98, "she", "pronoun", "pron_salience"))
    paper = _draft("d2", "Courier", "ORG", Mention(17, 24, "Courier"))
    return [guest, short, paper]


def test_the_interviewee_is_a_person_and_takes_the_short_name():
    drafts = _interview()
    trace: list[Merge] = []
    retypes: list[Retype] = []
    merged = late_persons(drafts, trace, retypes)
    guest = drafts[0]
    assert guest.type == "PERSON"
    assert [d.key for d in drafts] == ["d0", "d2"]
    assert merged == {"d1": "d0"}
    assert [m.text for m in guest.mentions][:3] == ["Orla Pennick", "Pennick", "she"]
    assert retypes == [Retype("voice of the text", "Orla Pennick", "WORK_OF_ART", "PERSON")]
    assert trace == [Merge("short name of a retyped person", "Pennick", "Orla Pennick")]
    assert drafts[1].type == "ORG"  # the paper that asks is not retyped


def test_a_short_name_two_people_could_have_stays_apart():
    drafts = _interview()
    drafts.append(_draft("d3", "Tam Pennick", "PERSON", Mention(200, 211, "Tam Pennick")))
    assert late_persons(drafts) == {}
    assert drafts[0].type == "PERSON" and len(drafts) == 4


def test_a_byline_retypes_only_a_name_shaped_like_a_persons():
    def author(name: str) -> ActorDraft:
        return _draft("d0", name, "ORG", Mention(3, 3 + len(name), name),
                      Mention(40, 41, "I", "pronoun", "byline"), Mention(60, 62, "my", "pronoun", "byline"))

    person = [author("Orla Pennick")]
    late_persons(person)
    assert person[0].type == "PERSON"
    desk = [author("Harbour News Service")]
    late_persons(desk)
    assert desk[0].type == "ORG"


def test_one_answer_or_a_place_is_not_enough():
    one = [_draft("d0", "Orla Pennick", "PRODUCT", Mention(0, 12, "Orla Pennick"),
                  Mention(40, 41, "I", "pronoun", "interview_answer"))]
    late_persons(one)
    assert one[0].type == "PRODUCT"
    place = [_draft("d0", "Lyonesse", "GPE", Mention(0, 8, "Lyonesse"),
                    Mention(40, 41, "I", "pronoun", "interview_answer"),
                    Mention(50, 51, "I", "pronoun", "interview_answer"))]
    late_persons(place)
    assert place[0].type == "GPE"


def test_a_speaker_who_says_i_is_a_person_through_the_pipeline(nlp):
    from tui.analysis import pipeline
    from tui.analysis.model import Article, ModelInfo

    # spaCy's small model tags the invented "Marlow Quince" as a work of art
    text = ("The council voted on the new bridge budget on Monday.\n\n"
            "\"I will not sign the bill,\" Marlow Quince said after the vote. \"My district pays for this bridge.\"\n\n"
            "Quince has served on the council since 2009.")
    analysis = pipeline.analyze_parsed(Article(text=text, title="-", source="-"), nlp(text), ModelInfo("m", "1"))
    quince = [a for a in analysis.actors if "Quince" in a.name]
    assert [(a.name, a.type) for a in quince] == [("Marlow Quince", "PERSON")]
    assert [m.text for m in quince[0].mentions] == ["I", "Marlow Quince", "My", "Quince"]
    assert analysis.quotes[0].speaker == quince[0].id


def test_only_a_name_that_can_be_a_persons_says_who_speaks():
    from tui.analysis.actors.late_types import _says_a_person

    assert _says_a_person("Quince", "Quince")  # one capitalised word: '"I ...," Quince said'
    assert _says_a_person("Quince", "Marlow Quince")  # the family name of a person-shaped name
    assert _says_a_person("Marlow Quince", "Marlow Quince")
    assert not _says_a_person("ACME", "ACME")  # an acronym names a body
    assert not _says_a_person("Marlow", "Marlow Foundation")  # the first word: a thing named after someone
    assert not _says_a_person("Northern Star 2nd", "Northern Star 2nd")  # no person's name in shape


def test_a_retyped_short_name_joins_the_one_person_it_is_the_family_name_of():
    # '"I ...," Quince said' (Quince typed as a place) beside "Marlow Quince" (a person)
    quince = _draft("d0", "Quince", "GPE", Mention(10, 16, "Quince"), Mention(1, 2, "I", "pronoun", "quote_speaker"))
    full = _draft("d1", "Marlow Quince", "PERSON", Mention(40, 53, "Marlow Quince"))
    drafts = [quince, full]
    merged: dict[str, str] = {}
    trace: list[Merge] = []
    from tui.analysis.actors.late_types import _make_person

    _make_person(quince, drafts, "says I in a quote", merged, trace, None)
    assert drafts == [full] and merged == {"d0": "d1"}
    assert [m.text for m in full.mentions] == ["I", "Quince", "Marlow Quince"]
    assert trace == [Merge("short name of a retyped person", "Quince", "Marlow Quince")]
    # two people it could be the family name of: it stays apart
    quince.type = "GPE"
    other = [quince, full, _draft("d2", "Tam Quince", "PERSON", Mention(60, 70, "Tam Quince"))]
    _make_person(quince, other, "says I in a quote", {}, None, None)
    assert len(other) == 3 and quince.type == "PERSON"


def test_a_person_typed_late_takes_the_pronouns_after_the_quote_but_not_those_inside(nlp):
    from tui.analysis import pipeline
    from tui.analysis.model import Article, ModelInfo

    # "Marlow Quince" (a work of art to spaCy) is typed PERSON by "says I in a quote", after the
    # pronoun stage ran: the "She" after the quote is hers, the "her" inside her own quote is not
    text = ("The council voted on the new bridge budget on Monday.\n\n"
            "\"I will not sign the bill,\" Marlow Quince said after the vote. \"My district pays for this bridge. "
            "The mayor knows it, and I told her so.\" She left early.")
    analysis = pipeline.analyze_parsed(Article(text=text, title="-", source="-"), nlp(text), ModelInfo("m", "1"))
    quince = next(a for a in analysis.actors if a.name == "Marlow Quince")
    assert quince.type == "PERSON"
    assert [(m.text, m.rule) for m in quince.mentions if m.kind == "pronoun" and m.text.lower() in ("she", "her")] \
        == [("She", "pron_late_person")]


def test_a_name_of_a_thing_that_says_a_quote_aloud_is_a_person(nlp):
    from tui.analysis import pipeline
    from tui.analysis.model import Article, ModelInfo

    # spaCy's small model tags the invented "Marlow Quince" and a bare "Kowal" as works of
    # art; no "I" in the quote, but a work does not say or tell anything aloud
    for text, name in (
        ("The council voted on the new bridge budget on Monday.\n\n"
         "\"The bridge will be finished by June,\" Marlow Quince said after the vote.", "Marlow Quince"),
        ("Crowds came to the new library on Saturday.\n\n"
         "\"We are glad to see so many families here,\" Kowal told the crowd.", "Kowal"),
    ):
        analysis = pipeline.analyze_parsed(Article(text=text, title="-", source="-"), nlp(text), ModelInfo("m", "1"))
        speaker = next(a for a in analysis.actors if a.name == name)
        assert speaker.type == "PERSON"
        assert analysis.quotes[0].speaker == speaker.id


def _quoted(nlp, verb: str, type_: str, *extra: Mention):
    from tui.analysis.actors import quoted_persons
    from tui.analysis.model import Quote, Span

    text = f"Rain fell all week.\n\n\"The road will reopen in May,\" Marlow Quince {verb} the drivers."
    doc = nlp(text)
    s = text.index("Marlow")
    q0, q1 = text.index("\"") + 1, text.index(",\"")
    d = _draft("d0", "Marlow Quince", type_, Mention(s, s + 13, "Marlow Quince"), *extra)
    quote = Quote(q0, q1, text[q0:q1], "direct", "d0", verb, speaker_mention=Span(s, s + 13, "Marlow Quince"))
    retypes: list[Retype] = []
    quoted_persons(doc, [d], [quote], None, retypes)
    return d.type, [r.rule for r in retypes]


def test_only_a_verb_of_speaking_aloud_retypes_a_thing_with_no_it(nlp):
    assert _quoted(nlp, "told", "WORK_OF_ART") == ("PERSON", ["speaks a quote"])
    assert _quoted(nlp, "told", "PRODUCT") == ("PERSON", ["speaks a quote"])
    # a report, a poll or a book "warns" or "reminds": no evidence of a person
    assert _quoted(nlp, "warned", "WORK_OF_ART") == ("WORK_OF_ART", [])
    # an organisation or a building speaks through its people: it keeps its type
    assert _quoted(nlp, "told", "ORG") == ("ORG", [])
    assert _quoted(nlp, "told", "FAC") == ("FAC", [])
    # the text calls it "it": a thing, whatever it says
    assert _quoted(nlp, "told", "WORK_OF_ART", Mention(80, 82, "it", "pronoun")) == ("WORK_OF_ART", [])
