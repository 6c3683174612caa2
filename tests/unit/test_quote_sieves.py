"""The speaker sieves of the quote stage, one case each, through the real model:
the quote names the expected speaker and records the sieve that decided it.
Examples are invented."""

from __future__ import annotations

import pytest

from tui.analysis.model import Article
from tui.analysis.pipeline import analyze
from tui.analysis.quotes.speakers import SPEAKER_SIEVES


@pytest.fixture(scope="module")
def attribution(nlp):
    def run(text: str, words: str) -> tuple[str | None, str | None]:
        """(speaker name, rule) of the quote holding `words`."""
        analysis = analyze(Article(text, "T", "x"), nlp)
        quote = next(q for q in analysis.quotes if words in q.text)
        speaker = analysis.actor_by_id[quote.speaker].name if quote.speaker else None
        return speaker, quote.rule

    return run


def test_the_order_is_one_tuple_of_named_sieves_with_examples():
    names = [s.__name__ for s in SPEAKER_SIEVES]
    assert len(names) == len(set(names)) >= 10
    assert all(s.__doc__ and s.__doc__.count("\n") == 0 for s in SPEAKER_SIEVES)


@pytest.mark.parametrize(
    ("text", "words", "speaker", "rule"),
    [
        ("Acme Corp and Bexley Foods said the merger would go ahead next year.", "merger",
         None, "coordinated_subjects"),
        ("Jane Doe runs the clinic. She said, “We will stay open all winter.”", "winter",
         "Jane Doe", "actor_mention"),
        ("Bexley Foods closed two plants. It said that prices had risen sharply.", "prices",
         "Bexley Foods", "thing_pronoun"),
        ("They said that the roads would reopen soon.", "roads", None, "other_pronoun"),
        ("Ruiz's adviser, Tom Berg, said that the plan was sound.", "plan", "Tom Berg", "role_with_person"),
        ("Jane Doe posted on Monday. Doe's tweet said that the vote was rigged.", "vote",
         "Jane Doe", "message_author"),
        ("An Acme Corp spokeswoman said that the plant would close.", "plant", "Acme Corp", "spokes_noun"),
        ("Jane Doe's daughter, Ana Doe, spoke on Monday. Later, his daughter said that the family was grateful.",
         "family", "Ana Doe", "role_antecedent"),
        ("“We are ready,” said Jane Doe.\n\n“The team has trained for months.”", "trained",
         "Jane Doe", "previous_attribution"),
        ("Officials said that the bridge was unsafe.", "bridge", None, "unresolved_subject"),
        ("Tom Berg founded the firm in 1990.\n\nThe firm grew quickly over the years.\n\n"
         "Sales doubled in the next decade.\n\nHe said that the firm would keep growing.", "keep growing",
         "Tom Berg", "person_pronoun"),
        ("The Liberal Party, Tom Berg, said that the plan was sound.", "plan", "Tom Berg", "person_beside_group"),
        ("Governor of Texas Tom Berg said that jobs would return.", "jobs", "Tom Berg", "title_head"),
        ("Acme Corp opened a plant in May. The company said that jobs would return.", "jobs",
         "Acme Corp", "definite_description"),
        ("Research conducted by the Springfield Institute found that voters were angry.", "voters",
         "Springfield Institute", "work_by_author"),
        ("Senator Tom Berg: “I have not heard anyone cite that figure.”", "figure", "Tom Berg", "colon_credit"),
        ("“We will rebuild this city together.” ― Jane Doe", "rebuild", "Jane Doe", "dash_credit"),
        ("Jane Doe, the club's president, suggested that the rivals were badly run.", "rivals",
         "Jane Doe", "actor_mention"),
    ],
)
def test_each_sieve_decides_its_case(attribution, text, words, speaker, rule):
    assert attribution(text, words) == (speaker, rule)


def test_the_speaker_mention_is_the_authors_name_in_the_subject(nlp):
    analysis = analyze(Article("The plant will close, according to a statement by Acme Corp.", "T", "x"), nlp)
    quote = analysis.quotes[0]
    assert analysis.actor_by_id[quote.speaker].name.startswith("Acme Corp")
    assert quote.speaker_mention.text.startswith("Acme Corp")


def test_a_sieve_that_does_not_apply_passes_to_the_next(attribution):
    # a name is not a pronoun: the pronoun sieves never see it
    assert attribution("Jane Doe said that the team was ready.", "team") == ("Jane Doe", "actor_mention")
