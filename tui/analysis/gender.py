"""What a person's names and titles say about their gender: honorifics
("Mr", "Ms"), gendered titles ("Congresswoman"), and the given-name table in
`first_names`. Shared by pronoun resolution (`coref`), the descriptions
that need a parent's sex (`descriptions`, "his father") and the quote stage's
he/she speakers (`agreed_gender`), so all read a person the same way. A hint only: the article's own pronouns for a person win
(`coref`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .first_names import gender_of_first_name

if TYPE_CHECKING:
    from .drafts import ActorDraft

# The pronouns of a man and of a woman.
MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})

MALE_HONORIFICS = ("Mr ", "Mr. ", "Sir ", "Lord ", "King ", "Prince ")
FEMALE_HONORIFICS = ("Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss ", "Dame ", "Lady ", "Queen ", "Princess ")

# Nouns that say a person's gender, in an apposition or predicate ("Jane Doe, an actress,").
GENDERED_NOUNS = {
    **dict.fromkeys("""actress mother wife daughter sister queen woman girl businesswoman chairwoman spokeswoman
    congresswoman grandmother aunt niece widow princess duchess empress heiress waitress nun sportswoman
    stepmother girlfriend bride""".split(), "f"),
    **dict.fromkeys("""actor father husband son brother king man boy businessman chairman spokesman congressman
    grandfather uncle nephew widower prince duke emperor heir monk sportsman stepfather boyfriend groom""".split(),
                    "m"),
}


def honorific_gender(d: ActorDraft) -> str | None:
    """"m" or "f" from "Mr", "Ms", or a gendered title before a name
    ("Congresswoman Jane Doe", "Chairman John Roe") in one of its name
    mentions, else None."""
    for m in d.mentions:
        if m.text.startswith(MALE_HONORIFICS):
            return "m"
        if m.text.startswith(FEMALE_HONORIFICS):
            return "f"
        words = m.text.split()
        if m.kind == "name" and len(words) > 1 and words[0][:1].isupper() and words[0].lower() in GENDERED_NOUNS:
            return GENDERED_NOUNS[words[0].lower()]
    return None


def known_gender(d: ActorDraft) -> str | None:
    """An honorific or gendered title in any mention, else the given name that
    opens the actor's name ("Jane Doe": female), else None."""
    g = honorific_gender(d)
    if g is not None:
        return g
    words = [w for w in d.name.split() if w[:1].isupper()]
    if len(words) >= 2 or len(words) == 1 and len(d.mentions) > 0:
        return gender_of_first_name(words[0])
    return None


def agreed_gender(d: ActorDraft) -> str | None:
    """"m" or "f" when everything the text says of the person's gender agrees:
    the pronouns linked to them ("he", "his"), their honorifics and gendered
    titles ("Ms. Doe", "Chairman Roe"), the gendered nouns that name them ("her
    son"), the given name opening their name (`gender_of_first_name`). None when
    nothing says, or when two things disagree (a "Ms. Doe" whose cluster took her
    husband's "he": two people in one, or a guess gone wrong)."""
    said: set[str] = set()
    for m in d.mentions:
        low = m.text.lower()
        if m.kind == "pronoun":
            if low in MASCULINE:
                said.add("m")
            elif low in FEMININE:
                said.add("f")
        elif m.kind == "name":
            if m.text.startswith(MALE_HONORIFICS):
                said.add("m")
            elif m.text.startswith(FEMALE_HONORIFICS):
                said.add("f")
            elif (first := low.split(" ", 1)[0]) in GENDERED_NOUNS and " " in low:
                said.add(GENDERED_NOUNS[first])
        elif (last := low.rsplit(" ", 1)[-1]) in GENDERED_NOUNS:
            said.add(GENDERED_NOUNS[last])
    words = [w for w in d.name.split() if w[:1].isupper()]
    if len(words) >= 2 and (g := gender_of_first_name(words[0])) is not None:
        said.add(g)
    return said.pop() if len(said) == 1 else None
