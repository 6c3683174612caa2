"""First and second person outside quotes: who "I" and "you" are when the text
says who is speaking (op-eds, letters, interviews, speeches, transcripts).

Inside a direct quote "I" is the quote's speaker (`coref.quote_pronouns`);
outside quotes a text speaks in its author's or speaker's voice, and this stage
links "I", "me", "my", "myself", "mine" to that person when the text names
them - never by guessing. The rules, each recorded as the mention's `rule`:

- **Turn labels** (`turn_label`): a paragraph opening with a label and a colon
  ("Jane Doe: I think ...", "DOE: ...", "JD: ...") is that person's turn, and
  so are the unlabelled paragraphs after it until the next label. The label
  must be a mention of a person of the text, a name one of their names ends
  with, or their initials. A label that names no one ("Q:", "Moderator:")
  ends the turn and links nothing; "A:" is the interviewee's (below).
- **Self-introduction** (`self_intro`): "My name is Jane Doe", "I'm Jane Doe",
  "I am your host, Jane Doe": the person is the "I" of that paragraph (only
  there: in a conversation the next paragraph may be someone else's).
- **Interview** (`interview_answer`, `interview_you`): a headline that says
  "interview" and names one person makes that person the interviewee (so
  do "interviewed Jane Doe", "spoke with Jane Doe", "Jane Doe tells ..." in
  the first four paragraphs, and "interviewed her" where "her" is a
  pronoun linked to one person; not a name that only qualifies a thing,
  "the Jane Doe cake"). After the first question, a paragraph ending with
  "?" (but not a long answer ending on a question it asks itself; a long
  paragraph that first asks "you" ("Is there a case you can point to? ...
  So where does it come from?"), or whose last sentence asks "you" among its
  first words and says nothing of "I" ("... . Can you talk about that?"), is
  a question again: `long_question_you`) or a
  request ("I wanted to know if you ...", "Tell us about your ...", or a
  last sentence asking "you" to tell: "... just tell me how you found it.") is the
  interviewer's question: its "you", "your" are the interviewee
  and its "I" is left alone; every other paragraph is an answer whose "I"
  is the interviewee. Before the first question nothing is linked: answers
  there could not be told from an interviewer's introduction ("I met Jane
  Doe in her studio").
- **Two interviewees** (`pair_answer`): a headline that says "interview"
  and names two people together ("Wikinews interviews Jane Doe and John
  Roe") leaves each answer to the one of them it does not name: after
  the first question, an answer that speaks of one of the two by name
  ("John and I met at school") and addresses no one is the other's.
- **Interview by its shape** (`qa_answer`, `qa_you`): a text no headline
  calls an interview, without labels, author, calls or introductions, is
  one when from a question near its top on at least three questions are
  nearly all answered by the paragraph after them, two or more put to
  "you", and the paragraphs before the first question (a headline, a
  caption, an introduction) name exactly one person, not a photo's credit
  ("Image: Jane Doe"): that person answers, as above.
- **Prompts** (`prompt_you`): where the rules above (interview, interview
  by its shape, floor, host and guest) tell questions from answers, a short
  paragraph that speaks to "you" (not "you know", "thank you") and says
  nothing of "I", and does not answer a question just put, is put to the
  person asked like a question ("You have had a busy year.", "So your
  brother ran the shop then."): its "you" is theirs.
- **The text's author** (`byline`, `signature`, `headline_speaker`): "By Jane
  Doe" as one of the first paragraphs (a name there that the name stage
  missed becomes a person; one it typed otherwise is still the author), or a
  paragraph under the headline that is only a person's name (not under an
  "interview" headline); a letter's signature (a short closing
  ending with a comma, "Yours," "Best wishes," "Sincerely," followed by a
  name); a headline that calls the text a speech, address, remarks or
  statement and names exactly one person ("Jane Doe's Inaugural Address").
  Their "I" is every first-person pronoun outside quotes not claimed by a
  rule above.
- **The floor** (`floor_answer`, `floor_you`): in a hearing or a
  conversation without labels, the person called on speaks next - a
  paragraph ending with a sentence that is only their name ("Mr. Doe?",
  "Dr. Doe."), their name and "please proceed", or a question put to them by
  name (a paragraph ending with "?" that addresses only them, "Mr. Doe, you
  say ... . Is that right?"), or a paragraph naming only them that ends
  by giving the word ("so why don't you go ahead.") gives them the floor
  until the next call. A paragraph whose last sentence hands over to the
  one person it names ("But why don't you, Jane Doe, run through the
  list.", "would you like to", "over to you") gives them the floor only
  up to the next paragraph ending with a question, which anyone of a talk
  of three may answer (`floor_handed`). After a call, a paragraph
  that is not a question and does not address them by name is theirs (its
  "I"), and a question or a paragraph addressing them says "you" to them.
  The "you" of the last sentence of a paragraph that calls on someone is
  the person called on (`floor_call`: "Mr. Doe I know you want to say
  something, so why don't you go ahead."; not "thank you").
  A paragraph under the floor that says "you" do something to "us" ("you
  have not told us", "perhaps you can help us") is the bench speaking to
  the holder (`floor_bench`): its "you" is theirs (not "you know", "you
  see") and its "I" no one's.
  A person who gives their name in the text's first paragraph ("May it
  please the court. My name is Jane Doe ...") holds the floor after it the
  same way (a host's "I'm your host, Jane Doe" does not). Only where no label, introduction, interview or author rule
  decides.
- **A paper's one author** (`paper_author`, `paper_we`): a paper whose
  lines from the top down to the last e-mail address among the first few
  paragraphs name one person and give one address ("Jane Doe, Acme
  Institute; jane.doe@example.org") is that person's: their "I" where no
  byline or signature names anyone else, and their "we", "us", "our"
  outside quotes (one author's "we"; several addresses or names: no one).
- **Call-in show** (`call_in`, `call_in_you`, `call_in_guest`): a host's
  paragraph that names one person and then puts them on the air ("Jane from
  Lyonesse, hello there. You're on the air with John Roe.") gives the caller the
  "I" of the next paragraph and the "You" of "You're on"; the guest named
  right after "with" (a title at most before the name) has the "I" of the
  paragraph after that, when the caller's paragraph addresses the guest by
  name ("Mr. Roe, I wanted to ask you ..."). Below turn labels, self-introductions,
  two-person talk and block quotes; above every other rule.
- **Letter addressee** (`addressee`): a salutation naming a person near the
  top ("Dear Jane:") makes "you", "your" outside quotes that person; so
  does a letter (one that ends with "Yours", "Sincerely", ...) opening on
  a line that is only its addressee's name and a comma ("Jane Doe,"), or
  (`salutation_name`) a salutation of at most three words without "Dear"
  under its letterhead ("Dr. Doe,"). A salutation to a group ("Dear
  Friends:", "Dear Colleagues,") over a letter that signs off
  ("Sincerely", "Stay in touch,") makes the group an actor without a name
  (`group_addressee`, PERSON, `named=False`): its "you" is that group.
- **Vocative** (`vocative`): otherwise a "you" in a sentence that addresses
  one person by name ("Thank you, Jane Doe."; "Mr. President, do you ...")
  is that person (`vocative_opening` where only the words say so: a name
  opening its sentence, after an "And" or "So" at most, then a comma and
  "thank", "you", "my", "please", "good" or a question word: "And Jane
  Doe, thank you."; a one-word name only if it is a first name, "Counsel,
  do you" is no one; `vocative_thanks` where the name ends a sentence
  that opens with thanks and a comma, what they are coming first: "And thank
  you, my old friend and our chief engineer, Jane Doe.", or follows an
  opening "to our ...," before ", thank you": "So, to our mayor, Jane Doe,
  thank you for ..."); inside a quote too (`quoted_vocative`: "The card said,
  'Jane, thank you for your poems.'"), where no other rule links a "you".
  Outside quotes the person so addressed stays the "you" of the rest of the
  paragraph (`vocative_carry`: "Jane, you have been a good friend. Thank
  you for all you did."; not "you know", "you see") until a sentence
  addresses someone else; not from words reported without quotes ("my
  folks say, Jane, you work too hard": a sentence with "say", "tell",
  "ask").
- **Titled vocative** (`vocative_title`): a "you" outside quotes in a sentence
  that addresses someone by an office ("Thank you, Mr. Chair.", "Madam
  Speaker, you ...", "Mr Chairman – you remember", set off by a comma, a full
  stop or a dash, outside quotes) is the one person the text names with that
  office as a title ("Judiciary Chair John Roe", "Speaker Jane Doe"; not "Vice
  Chair", "former Speaker"; "Chairman" is "Chair"), when the honorific's sex
  ("Mr" a man, "Madam" a woman) is not known to be the other's
  (`descriptions.office_holders`). It carries on through the paragraph like a
  name (`vocative_title_carry`). A sentence addressing someone that way who
  is not known ("Madam Chair" when the only Chair is a man) links no "you"
  and stops a "you" addressed before from carrying past it.
- **Said to me** (`told_me_you`): a quote said to the "I" of the text ("a
  neighbour told me, 'You will never leave'", "I have been told, 'Your
  place is here'", "'...,' she told me") says "you" to the person that "I"
  is linked to.
- **Block quote** (`block_quote`): a paragraph after one ending with a colon
  whose last sentence speaks of one person only, by name or by a pronoun
  linked to them, and of no "I" or "you" ("Late in life he wrote to the
  council:"), gives that person's words without quotation marks: its "I"
  is theirs (not a question, not a capitals label line; one paragraph).
- **Host and guest** (`conversation_turn`, `conversation_you`): a transcript
  without labels whose host introduces themself and the one person with
  them in the same paragraph ("I'm your host, Jane Doe, and I'm joined by
  John Roe") is a conversation of two: the paragraphs after it are their
  turns, the guest's first, then the host's, and so on; a question's "you"
  is the other one. The turns end at a paragraph that addresses by name
  the person it would be spoken by, or where someone else introduces
  themself.
- **Self-described speaker** (`self_described`): where no byline,
  signature or headline names the author, a person the first paragraphs
  name as the role the "I" speaks in ("It gives me great pleasure to be
  here today as the Chief Guest", "I speak to you as your Mayor, Jane
  Doe") is the author.
- **Announced speakers** (`title_label`, `introduced`): in a transcript
  without labelled turns or an author, a paragraph ending with a speaker's
  title in capitals ("THE VICE PRESIDENT:") gives the paragraphs after it
  to the one person the text names with that title ("Vice President Jane
  Doe"); one whose last sentence introduces someone by name ("It is my
  honor to introduce ... Jane Doe.", "Please welcome Jane Doe!") gives
  them to that person; each turn runs to the next announcement.
- **We, a people** (`we_people`): a text in one voice (no labels, interview,
  calls or conversation) whose "we" says which people it is ("we as
  Zorbians", "we Zorbians", "our generation of Zorbians", a nationality,
  religion or party named as an actor) links every "we", "us", "our"
  outside quotes to that people; so does one group "we" act as ("we went
  as the Zorbs team"), in an interview only in the interviewee's answers.

Nothing is linked where no rule names the speaker: a podcast or a court
transcript without labels or calls, a speech without a named speaker, a
"we" the text does not name.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .actors.listed_names import listed_person
from .coref import FIRST_PERSON, is_vocative
from .descriptions import (
    OFFICE_ADDRESS, SALUTATION, TOP_PARAGRAPHS, addressed_holder, char_before_spaces, office_holders,
)
from .drafts import ActorDraft
from .gender import known_gender
from .first_names import gender_of_first_name
from .mail import MAIL_ADDRESS
from .model import Mention, Quote, holds_any, paragraph_index, paragraph_spans
from .parsed import char_tokens, sentence_start, span_root, table, text_of, tokens_among

if TYPE_CHECKING:
    from spacy.tokens import Doc

SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})

# How many of the last paragraphs a letter's closing may be in.
_BOTTOM_PARAGRAPHS = 6
_BYLINE = re.compile(r"^[Bb]y\s+\S")
# Salutations that name no one in particular ("Dear Sir", "Dear Friends").
_GENERIC_ADDRESSEES = frozenset("""
sir sirs madam madame mum mom mother dad father friend friends colleague colleagues all everyone editor
editors customer customers member members reader readers team sir/madam parents family
""".split())
# Of those, the groups a letter may be written to ("Dear Friends:", "Dear Colleagues,"): its "you" is that group.
_GROUP_ADDRESSEES = frozenset("friends colleagues members customers readers parents".split())
# A letter's closing: one of these words, or a short line starting with one of
# the weaker ones and ending with a comma ("With best wishes,", "Stay in touch,").
_STRONG_CLOSING = re.compile(
    r"(?:yours|sincerely|love|best|regards|cheers|warmly|faithfully|cordially|respectfully|affectionately"
    r"|fondly)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"(?:truly|kind|warm|all|with|many|thanks|thank|stay|see|until|take|in)\b", re.IGNORECASE)
_SIGNATURE_NAME = re.compile(r"\[?((?:[A-Z][\w’'.-]*)(?: [A-Z][\w’'.-]*){0,2})\]?")
_SPEECH_WORDS = re.compile(r"\b(?:speech|address|remarks|statement|testimony|sermon|lecture|eulogy)\b", re.IGNORECASE)
_INTERVIEW = re.compile(r"\binterview", re.IGNORECASE)
_LABEL = re.compile(r"([A-Z][\w.'’ -]{0,40}?)\s*:\s+\S")
# "I'm Jane Doe", "I am your host, Jane Doe": words before the name only as
# a description ("your host", "the mayor") followed by a comma
# (`\b(?:[Mm]y name is|I am|I'm|I’m)` written with each first letter before its test
# of the character in front, `\b` made `(?<!\wM)` after "M": a pattern whose every
# branch opens with a letter is searched for those letters, far faster than trying
# the test at every character of the text)
_SELF_INTRO = re.compile(r"(?:M(?<!\wM)y name is|m(?<!\wm)y name is|I(?<!\wI)(?: am|'m|’m))\s+"
                         r"(?:(?:your|the|a|an)\s+(?:[a-z]+\s+){0,3}[a-z]+,\s+)?")
_MY_NAME = re.compile(r"\b[Mm]y name is\b")
_TELLS = re.compile(r"\s+(?:tells|told|talks to|talked to|speaks to|spoke to)\s")
_NOT_INTERVIEWEES = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "LANGUAGE"})
_QUESTION_START = re.compile(
    r"(?:how|what|why|when|where|who|which|do|does|did|is|are|was|were|can|could|would|will|have|has)\b",
    re.IGNORECASE)
_MORE_NAMES = re.compile(r"\s*(?:and|&)\s+[A-Z]")
# "interviewed Jane Doe", "spoke with Jane Doe", "an interview with Jane Doe"
_INTERVIEWED = re.compile(r"\b(?:interview(?:s|ed)?|sp[eo]ke|speaks|talk(?:s|ed)?|sat down)\s+(?:with\s+|to\s+)?$",
                          re.IGNORECASE)
_ANSWER_LABELS = frozenset({"a", "answer"})


def resolve_narrator(doc: Doc, drafts: list[ActorDraft], quotes: list[Quote]) -> None:
    """Add the first- and second-person mentions the rules above decide."""
    text = text_of(doc)
    paragraphs = paragraph_spans(text)
    if not paragraphs:
        return
    people = [d for d in drafts if d.type == "PERSON" and not listed_person(d.name)]  # (not "Your Honor")
    names = sorted((m.start, m.end, d.key) for d in people for m in d.mentions if m.kind == "name")
    by_key = {d.key: d for d in drafts}
    quoted = _quoted_test(quotes)

    def persons_in(start: int, end: int) -> list[str]:
        """Keys of the people named in [start, end), in text order, each once."""
        keys: list[str] = []
        for s, e, k in names:
            if s >= start and e <= end and k not in keys:
                keys.append(k)
        return keys

    salutation = next((span for span in paragraphs[:TOP_PARAGRAPHS]
                       if SALUTATION.match(text, span[0]) and len(_words(text, span)) <= 6), None)

    def new_person(start: int, end: int, rule: str = "signature") -> str:
        """A letter's signature or salutation that names no actor's mention
        ("Love, Jane", "Dear Jane:") names its writer or reader: the one person
        whose name begins or ends with it ("Jane Doe" in the address), else a
        new person."""
        words = text[start:end].split()
        same = {d.key for d in people if (parts := d.name.split()) and len(parts) > len(words)
                and (parts[: len(words)] == words or parts[-len(words) :] == words)}
        if len(same) == 1:
            return next(iter(same))
        draft = ActorDraft(key=f"{rule}{len(drafts)}", name=text[start:end], type="PERSON",
                           mentions=[Mention(start, end, text[start:end], "name", rule)])
        drafts.append(draft)
        by_key[draft.key] = draft
        return draft.key

    def named_by(start: int, end: int) -> str | None:
        """A byline's name ("By Jane Doe"): the actor named exactly there,
        whatever type the name stage gave it, else a new person."""
        name = _full_name(text, (start, end))
        if name is None:
            return None
        at = [d.key for d in drafts for m in d.mentions if m.kind == "name" and (m.start, m.end) == name]
        if len(at) == 1:
            return at[0]
        return new_person(*name, "byline") if not at else None

    if not names:
        # no person named: only a byline whose name the name stage missed ("By Jane Doe") can give one
        if _author(text, paragraphs, persons_in, None, named_by)[0] is None:
            _we_people(doc, drafts, by_key, quoted, _linked_test(drafts))
            return
        people = [d for d in drafts if d.type == "PERSON"]
        names = sorted((m.start, m.end, d.key) for d in people for m in d.mentions if m.kind == "name")

    author, author_rule = _author(text, paragraphs, persons_in, new_person if salutation else None, named_by)
    paper = _paper_author(text, paragraphs, persons_in)
    if author is None and paper is not None:
        author, author_rule = paper, "paper_author"
    elif paper != author:
        paper = None  # a byline or signature naming someone else
    if author is None and (author := _self_described(text, paragraphs, names, quoted)):
        author_rule = "self_described"
    addressee, addressee_rule = None, "addressee"
    if salutation is None and _closes_as_letter(text, paragraphs):
        # "Jane Doe,\n\nDirector of ...\n\nSir, ...": a letter that opens on its addressee's name; or
        # "Dr. Doe,": a salutation without "Dear" under the letterhead, a name and a comma alone
        for i, span in enumerate(paragraphs[:TOP_PARAGRAPHS]):
            keys = persons_in(*span)
            if len(keys) == 1 and text[span[0] : span[1]].rstrip().endswith(",") \
                    and len(_words(text, span)) <= (6 if i == 0 else 3):
                addressee, addressee_rule = keys[0], "addressee" if i == 0 else "salutation_name"
                break
    if salutation is not None:
        keys = persons_in(*salutation)
        addressee = keys[0] if len(keys) == 1 else None
        if not keys:
            m = SALUTATION.match(text, salutation[0])
            name = _signature_name(text, (m.end() - 1, salutation[1]))
            if name is not None and text[name[0] : name[1]].lower() not in _GENERIC_ADDRESSEES:
                addressee = new_person(*name, "addressee")
            elif name is not None and text[name[0] : name[1]].lower() in _GROUP_ADDRESSEES \
                    and _signs_off(text, paragraphs):
                # "Dear Friends:" over a letter: the group its "you" speaks to, an actor without a name
                draft = ActorDraft(key=f"group_addressee{len(drafts)}", name=text[name[0] : name[1]], type="PERSON",
                                   mentions=[Mention(*name, text[name[0] : name[1]], "nominal", "group_addressee")],
                                   named=False)
                drafts.append(draft)
                by_key[draft.key] = draft
                addressee, addressee_rule = draft.key, "group_addressee"
    named = sorted((m.start, m.end, d.key, d.type) for d in drafts for m in d.mentions if m.kind == "name"
                   # "Jane Doe is ... . Wikinews interviewed her": a pronoun linked to a person
                   or m.kind == "pronoun" and d.type == "PERSON" and m.text.lower() in ("him", "her"))
    interviewee = _interviewee(text, paragraphs, persons_in, named, new_person, _qualifying(doc, paragraphs[0], names))
    turns = _turns(text, paragraphs, people, names, interviewee)
    intros = _self_intros(text, paragraphs, names)
    if interviewee is not None and any(k != interviewee for k in intros.values()):
        interviewee = None  # several people answer: only their own introductions say who
    asked = [_is_question(text, p) for p in paragraphs]
    long_asked = {p for p, span in enumerate(paragraphs) if asked[p] and _long_with_question_mark(text, span)}
    questions = _questions(text, paragraphs, asked)
    pair = _interviewee_pair(text, paragraphs[0], names) if interviewee is None and not turns else None

    vocatives, opened, thanked = _vocatives(doc, people)
    titled = _titled_vocatives(doc, drafts, quoted)
    # "May it please the court. My name is Jane Doe ...": the text opens with a speaker who speaks on (not a
    # host's "I'm your host, Jane Doe", after whom anyone may speak)
    openers = {p: k for p, k in intros.items() if p <= 1 and _MY_NAME.search(text, *paragraphs[p])}
    addressed = _addressed(doc, paragraphs, vocatives)
    floors, asking, handed, called = _floors(doc, paragraphs, names, vocatives, addressed, openers) if not turns \
        else ({}, set(), set(), {})
    talk = {} if turns or interviewee else _conversation(doc, paragraphs, names, intros, addressed)
    announced = {} if turns or talk else _announced(doc, paragraphs, names)
    calls_in, call_yous = ({}, {}) if turns else _calls_in(text, paragraphs, names)
    interview_rules = ("interview_answer", "interview_you")
    if interviewee is None and not (turns or intros or author or floors or talk or announced) \
            and (interviewee := _qa_interviewee(text, paragraphs, questions, names)) is not None:
        interview_rules = ("qa_answer", "qa_you")  # an interview by its shape
    linked = _linked_test(drafts)  # after new_person has added any signature, byline, addressee or interviewee
    para_of = paragraph_index(paragraphs)
    first_question = next((i for i, q in enumerate(questions) if i > 0 and q), None)
    blocks = _block_quotes(text, paragraphs, asked, people)
    bench = {p for p in floors if _you_to_us(doc, paragraphs[p])}
    voc_starts = sorted(set(vocatives) | set(titled))
    voc_linked: set[int] = set()  # sentences whose "you" outside quotes a vocative linked
    told: list[tuple[int, int, str, tuple[int, int]]] = []  # a quote's "you" said to "me": (start, end, text, me)

    for tok in tokens_among(doc, FIRST_PERSON, SECOND_PERSON):
        low = tok.lower_
        first = low in FIRST_PERSON  # (else second person)
        s, e = tok.idx, tok.idx + len(tok.text)
        if tok.pos_ != "PRON" and tok.text != "I" and low != "yours" or text[e : e + 1] in ("-", "–"):
            continue  # not "(I-Vt.)", a party and state; "Yours," closing a letter is a pronoun the parser calls a noun
        if tok.text == "I" and tok.i > 0 and tok.nbor(-1).pos_ == "PROPN" and tok.nbor(-1).whitespace_ == " ":
            if tok.nbor(-1).text[:1].isupper() and tok.pos_ != "PRON":
                continue  # a king's numeral ("Charles I"), not the narrator
        if linked(s, e):
            continue
        sent = sentence_start(doc, tok.i)
        if quote := quoted(s, e):
            # 'Jane, thank you, your work is great': a quote's "you" is who it addresses by name
            if not first and (v := vocatives.get(sent)) is not None:
                by_key[v].add(Mention(s, e, tok.text, "pronoun", "quoted_vocative"))
            elif not first and (me := _told_me(text, quote)) is not None:
                told.append((s, e, tok.text, me))
            continue
        p = para_of(s)
        key = rule = None
        if first:
            if p in turns:
                key, rule = turns[p], "turn_label"
            elif p in intros:
                key, rule = intros[p], "self_intro"
            elif p in talk:
                key, rule = talk[p][0], "conversation_turn"
            elif p in blocks:
                key, rule = blocks[p], "block_quote"
            elif p in calls_in:
                key, rule = calls_in[p]
            elif interviewee and first_question is not None and p > first_question:
                if not questions[p]:
                    key, rule = interviewee, interview_rules[0]
            elif pair and first_question is not None and p > first_question:
                lo, hi = paragraphs[p]
                spoken_of = {k for s2, _, k in names if lo <= s2 < hi and k in pair}
                if not questions[p] and len(spoken_of) == 1 and p not in addressed:
                    key, rule = next(k for k in pair if k not in spoken_of), "pair_answer"
            elif author:
                key, rule = author, author_rule
            elif p in announced:
                key, rule = announced[p]
            elif p in floors:
                if not questions[p] and p not in asking and p not in bench:
                    key, rule = floors[p], "floor_handed" if p in handed else "floor_answer"
        else:
            if s in call_yous:
                key, rule = call_yous[s], "call_in_you"
            elif interviewee and first_question is not None and p >= first_question and p not in turns:
                if questions[p]:
                    key, rule = interviewee, interview_rules[1]
            elif p in talk:
                if questions[p]:
                    key, rule = talk[p][1], "conversation_you"
            elif addressee and not interviewee:
                key, rule = addressee, addressee_rule
            elif p in floors and (questions[p] or p in asking):
                key, rule = floors[p], "floor_you"
            elif p in bench and not _NOT_ADDRESSING.match(text, e):
                key, rule = floors[p], "floor_bench"
            if key is None and (v := vocatives.get(sent) or titled.get(sent)) is not None:
                key, rule = v, "vocative_opening" if sent in opened else "vocative_thanks" if sent in thanked \
                    else "vocative" if sent in vocatives \
                    else "vocative_title"
                if not any(t.lemma_ in _SPEECH_LEMMAS for t in tok.sent):
                    voc_linked.add(sent)  # not words reported unquoted: "my folks say, Jane, you ..."
            elif key is None and p in called and not _NOT_ADDRESSING.match(text, e) \
                    and text[s - 6 : s].lower() != "thank " \
                    and not _SENTENCE_END.search(text, e, paragraphs[p][0] + len(text[slice(*paragraphs[p])].rstrip()) - 1):
                # "Mr. Doe I know you want to say something, so why don't you go ahead.": the "you" of the
                # last sentence of a paragraph that calls on one person is them (not a "thank you" to the last one)
                key, rule = called[p], "floor_call"
            elif key is None and sent not in titled and (j := bisect.bisect_left(voc_starts, sent) - 1) >= 0 \
                    and voc_starts[j] in voc_linked and doc[voc_starts[j]].idx >= paragraphs[p][0] \
                    and not _NOT_ADDRESSING.match(text, e):
                # "Jane, you have been a good friend. Thank you for all you did.": the person addressed by
                # name earlier in the paragraph is still its "you", until someone else is
                v = voc_starts[j]
                key, rule = (vocatives[v], "vocative_carry") if v in vocatives else (titled[v], "vocative_title_carry")
        if key is None:
            continue
        if rule in ("interview_you", "qa_you", "floor_you", "conversation_you") and questions[p] and not asked[p]:
            rule = "prompt_you"  # a question only as a prompt (`_is_prompt`)
        elif rule in ("interview_you", "qa_you", "floor_you", "conversation_you") and p in long_asked:
            rule = "long_question_you"  # a long paragraph asking "you" first or last (`_is_question`)
        by_key[key].add(Mention(s, e, tok.text, "pronoun", rule))
    if told:
        holder = {(m.start, m.end): d for d in drafts for m in d.mentions if m.kind == "pronoun"}
        for s, e, word, me in told:
            if (d := holder.get(me)) is not None and d.type == "PERSON":
                d.add(Mention(s, e, word, "pronoun", "told_me_you"))
    if paper is not None and not turns and not interviewee and not floors and not talk:
        _paper_we(doc, paper, by_key, quoted, linked)
    elif not turns and not interviewee and not floors and not talk:
        _we_people(doc, drafts, by_key, quoted, linked)
    elif interviewee and first_question is not None and not turns:
        def answering(offset: int) -> bool:
            p = para_of(offset)
            return p > first_question and not questions[p]

        _we_people(doc, drafts, by_key, quoted, linked, answering)
    for d in drafts:
        d.mentions.sort(key=lambda m: (m.start, m.end))


_SPEECH_LEMMAS = frozenset({"say", "tell", "ask"})
# "you know", "you see", "you guys": no one addressed
_NOT_ADDRESSING = re.compile(r"\s+(?:know|see|guys)\b", re.IGNORECASE)
# a quote said to "me": 'she told me, "..."', 'I have been told twice, "..."'; or after it: '"...," she told me.'
_TOLD_ME_BEFORE = re.compile(r"(?:\b(?:told|tell|tells|asked|ask|asks|said\s+to|says\s+to|wrote\s+to|writes\s+to)\s+(me)\b"
                             r"|\b(I)\s+(?:was|am|get|got|have\s+been|had\s+been|['’]ve\s+been)\s+(?:\w+\s+)?(?:told|asked)\b)"
                             r"[^.!?\"“”\n]{0,30}$")
_TOLD_ME_AFTER = re.compile(r"[,.!?]?[\"”’']?\s*[^.!?\"“”\n]{0,40}?\b(?:told|asked|said\s+to)\s+(me)\b")


def _told_me(text: str, quote: tuple[int, int]) -> tuple[int, int] | None:
    """(start, end) of the "me" (or "I") a quote is said to: 'she told me,
    "..."', 'I was told, "..."', '"...," he asked me.' - its "you" is them."""
    start, end = quote
    lead = text[max(0, start - 80) : start].rstrip("\"“‘'").rstrip()
    if m := _TOLD_ME_BEFORE.search(lead):
        g = 1 if m.group(1) else 2
        at = start - len(text[max(0, start - 80) : start]) + m.start(g)
        return at, at + len(m.group(g))
    if m := _TOLD_ME_AFTER.match(text, end, min(len(text), end + 60)):
        return m.start(1), m.end(1)
    return None


def _block_quotes(text: str, paragraphs, asked: list[bool], people: list[ActorDraft]) -> dict[int, str]:
    """Paragraph index -> the person whose words it gives without quotation
    marks: the paragraph after one ending with a colon whose last sentence
    speaks of that one person only, by name or by a pronoun linked to them,
    and of no "I" or "you" ("In his diary he wrote:", "Jane Doe recalled
    the day:"). Not a question, not a line of labels."""
    refs = sorted((m.start, d.key) for d in people for m in d.mentions if m.kind in ("name", "pronoun"))
    ref_starts = [st for st, _ in refs]
    out: dict[int, str] = {}
    for p in range(1, len(paragraphs)):
        lo, hi = paragraphs[p - 1]
        body = text[lo:hi].rstrip()
        if not body.endswith(":") or len(body.split()) < 4 or _LABEL_LINE.search(body.rsplit("\n", 1)[-1]):
            continue
        cut = max(body.rfind(mark) for mark in (". ", "! ", "? ", "\n"))
        sent_lo = lo + cut + 1 if cut != -1 else lo
        if _FIRST_OR_SECOND.search(text, sent_lo, lo + len(body)):
            continue
        keys = {k for _, k in refs[bisect.bisect_left(ref_starts, sent_lo) : bisect.bisect_left(ref_starts, lo + len(body))]}
        nxt = text[paragraphs[p][0] : paragraphs[p][1]].lstrip()
        if len(keys) != 1 or asked[p] or nxt[:1] in "\"“‘'" or not _ME.search(nxt):
            continue
        out[p] = next(iter(keys))
    return out


_FIRST_OR_SECOND = re.compile(r"\b(?:I|(?i:me|my|mine|myself|we|us|our|you|your|yours))\b")


def _quoted_test(quotes: list[Quote]):
    """A test of a span: is it inside a direct quote? Gives that quote's
    (start, end), else None."""
    direct = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
    direct_starts = [s for s, _ in direct]

    def quoted(s: int, e: int) -> tuple[int, int] | None:
        j = bisect.bisect_right(direct_starts, s) - 1
        return direct[j] if j >= 0 and direct[j][1] >= e else None

    return quoted


def _linked_test(drafts: list[ActorDraft]):
    """A test of a span: does a mention the drafts have now already cover it?"""
    taken = sorted((m.start, m.end) for d in drafts for m in d.mentions)
    taken_starts = [s for s, _ in taken]

    def linked(s: int, e: int) -> bool:
        j = bisect.bisect_right(taken_starts, s) - 1
        return j >= 0 and taken[j][1] > s

    return linked


FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
# "we as Zorbians", "we Zorbians", "us, the Zorbians", "our generation of Zorbians" (not "my fellow
# Zorbians": a speaker greets an audience so without every "we" being them)
_WE_AS = re.compile(r"(?:\b(?:[Ww]e|[Uu]s)(?:\s+as|\s*,)?\s+(?:the\s+|all\s+)?|\b[Oo]ur\s+generation\s+of\s+)$")


# "we went as the Zorbs team", "we play as Acme"
_WE_ACT_AS = re.compile(r"\b[Ww]e\s+(?:[a-z]+\s+){1,2}as\s+(?:the\s+)?$")


def _we_before(text: str, start: int, people: bool) -> bool:
    """Does "we as", "we", "our generation of" (`_WE_AS`, asked for a people:
    `people`) or "we went as" (`_WE_ACT_AS`) end right before offset `start`?
    The words each needs ("we" or "us", "as") are looked for first in the 40
    characters before (`holds_any`): the searches run for every name of a
    group, and most have none of them before."""
    lo = max(0, start - 40)
    before = text[lo:start]
    we = holds_any(before, ("we", "We"))
    return people and (we or holds_any(before, ("us", "Us", "generation"))) \
        and _WE_AS.search(text, lo, start) is not None \
        or we and "as" in before and _WE_ACT_AS.search(text, lo, start) is not None


def _we_people(doc: Doc, drafts: list[ActorDraft], by_key, quoted, linked, within=None) -> None:
    """A text in one voice that says which people its "we" are ("we as
    Zorbians", "we Zorbians", "our generation of Zorbians") speaks for
    that people: every "we", "us", "our", "ours", "ourselves" outside quotes
    is them (`we_people`). Only a group named as a nationality, religion or
    party (NORP), and only one in the text; or one group (NORP or an
    organisation) "we" act as ("we went as the Zorbs team", "we play as
    Acme"). `within(offset)`, given for an interview, keeps to the
    interviewee's answers (where the "we" must be said too)."""
    text = text_of(doc)
    inside = within or (lambda _: True)
    found = {d.key for d in drafts if d.type in ("NORP", "ORG") for m in d.mentions
             if m.kind == "name" and not quoted(m.start, m.end) and inside(m.start)
             and _we_before(text, m.start, d.type == "NORP")}
    if len(found) != 1:
        return
    key = next(iter(found))
    for tok in tokens_among(doc, FIRST_PLURAL):
        if tok.pos_ != "PRON" or tok.text == "US":
            continue
        s, e = tok.idx, tok.idx + len(tok.text)
        if quoted(s, e) or linked(s, e) or not inside(s):
            continue
        by_key[key].add(Mention(s, e, tok.text, "pronoun", "we_people"))


def _vocatives(doc: Doc, people: list[ActorDraft]) -> tuple[dict[int, str], set[int], set[int]]:
    """Sentence start -> the one person addressed by name in that sentence
    ("Thank you, Jane Doe"; "Mr. President, do you ..."), and the starts of
    sentences only `_opens_sentence_addressing` found addressing someone
    (the parser hung the name otherwise), and of those only `_thanked` found."""
    found: dict[int, set[str]] = {}
    by_words: set[int] = set()
    thanked: set[int] = set()
    text, starts = text_of(doc), table(doc).starts
    for d in people:
        for m in d.mentions:
            if m.kind == "name":
                span = char_tokens(doc, m.start, m.end, "expand")
                tok = doc[span_root(doc, *span)] if span is not None and span[1] > span[0] else None
                if tok is None:
                    continue
                sent = sentence_start(doc, tok.i)
                if is_vocative(tok) or _opens_quote_addressing(tok):
                    found.setdefault(sent, set()).add(d.key)
                elif _opens_sentence_addressing(text, starts[sent], m.start, m.end):
                    found.setdefault(sent, set()).add(d.key)
                    by_words.add(sent)
                elif _thanked(text, starts[sent], m.start, m.end):
                    found.setdefault(sent, set()).add(d.key)
                    thanked.add(sent)
    return {s: next(iter(keys)) for s, keys in found.items() if len(keys) == 1}, by_words, thanked


def _titled_vocatives(doc: Doc, drafts: list[ActorDraft], quoted) -> dict[int, str | None]:
    """Sentence start -> the one person a form of address naming an office addresses there ("Thank
    you, Mr. Chair.", "Madam Speaker, you ...": `descriptions.OFFICE_ADDRESS`), the one the text
    names with that office as a title ("Judiciary Chair John Roe", "Speaker Jane Doe") whose sex
    is not the other; set off as an address (opening its sentence or paragraph, or after a comma),
    outside quotes (a quote's "Madam Speaker, will you ...?" is not the narrator's). None for a
    sentence addressing someone so who is not known ("Madam Chair" with no woman named Chair),
    or two people: its "you" is no one's, and a "you" addressed before does not carry past it."""
    text = text_of(doc)
    holders = office_holders(text, drafts)
    if not holders:
        return {}
    genders = {d.key: known_gender(d) for d in drafts if d.type == "PERSON"}
    cols = table(doc)
    found: dict[int, set[str | None]] = {}
    for m in OFFICE_ADDRESS.finditer(text):
        before = char_before_spaces(text, m.start())
        if before and before not in ",.!?\n" or quoted(m.start(), m.end()):
            continue  # "a letter to Mr. Chair Doe", "told Madam Speaker": no address
        i = bisect.bisect_right(cols.starts, m.start()) - 1
        found.setdefault(sentence_start(doc, i), set()).add(addressed_holder(m, holders, genders))
    return {s: next(iter(keys)) if len(keys) == 1 else None for s, keys in found.items()}


# what follows a name that opens a sentence and addresses someone: "Jane Doe, thank you.",
# "Mr. Doe, my question to you is ...", "Jane, good morning.", "Dr. Doe, do you ...?"
_ADDRESS_START = re.compile(r",\s+(?:thank|thanks|you|your|my|I|I['’]m|please|good|welcome|congratulations|how|what|why"
                            r"|when|where|do|does|did|can|could|would|will|is|are|have|let|tell)\b")
# words that may come before such a name: "And", "So", "Well", "Now"
_ADDRESS_LEAD = frozenset({"and", "so", "well", "now", "okay", "ok", "oh", "yes", "but"})


def _opens_sentence_addressing(text: str, sent_start: int, start: int, end: int) -> bool:
    """"And Jane Doe, thank you.": a name that opens its sentence (after an
    "And", "So", "Well" at most) followed by a comma and a word one says to
    someone ("thank", "you", "my", "please", "good", a question word)
    addresses them, however the parser hung it."""
    lead = text[sent_start:start].replace(",", " ").split()
    words = text[start:end].split()
    if len(words) < 2 and gender_of_first_name(text[start:end]) is None:
        return False  # "Counsel, do you ...": one word that is no first name may be a title
    return all(w.lower() in _ADDRESS_LEAD for w in lead) and _ADDRESS_START.match(text, end) is not None


# a sentence thanking someone named at its end, after what they are ("And thank you, my friend and
# our chief engineer, Jane Doe."), or named after "to" before the thanks ("So, to our mayor, Jane Doe,
# thank you for ...")
_THANKS_BEFORE = re.compile(r"(?:(?:and|so|now)\s*,?\s+)?(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much)?"
                            r"(?:\s+(?:again|also))?\s*,\s+[^.!?;:\"“”]*$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"(?:(?:and|so|now)\s*,?\s+)?to\s+(?:our|my|the)\s+[^.!?;:,\"“”]*,\s+$", re.IGNORECASE)
_THANK_YOU_AFTER = re.compile(r"\s*,\s+thank\s+you\b", re.IGNORECASE)


def _thanked(text: str, sent_start: int, start: int, end: int) -> bool:
    """"And thank you, my friend and our chief engineer, Jane Doe.": a name
    ending a sentence that opens with thanks and a comma, with no sentence
    mark between; "So, to our mayor, Jane Doe, thank you ...": a name after
    an opening "to our ..." and a comma, followed by ", thank you"."""
    if "hank" not in text[sent_start:end] and "to" not in text[sent_start:start]:
        return False
    lead = text[sent_start:start].rsplit("\n", 1)[-1]  # (spaCy may run a sentence on from the line before)
    if _THANKS_BEFORE.match(lead) is not None and len(lead) <= 200:
        return text[end : end + 1] in (".", "!")
    return _TO_BEFORE.match(lead) is not None and _THANK_YOU_AFTER.match(text, end) is not None


def _opens_quote_addressing(tok) -> bool:
    """"said, 'Jane, thank you ...'": a name that opens a quotation, set off
    by a comma, addresses its reader."""
    if tok.dep_ not in ("npadvmod", "intj", "dep"):
        return False
    left, right = tok.left_edge, tok.right_edge
    return left.i > 0 and left.nbor(-1).text in ("'", "‘", '"', "“") and right.i + 1 < len(tok.doc) \
        and right.nbor(1).text == ","


def _addressed(doc: Doc, paragraphs, vocatives: dict[int, str]) -> dict[int, set[str]]:
    """Paragraph index -> the people its sentences address by name (`vocatives`:
    sentence start -> the person it addresses)."""
    para_of = paragraph_index(paragraphs)
    addressed: dict[int, set[str]] = {}
    for start, v in vocatives.items():
        addressed.setdefault(para_of(doc[start].idx), set()).add(v)
    return addressed


# "Mr. Doe, please proceed.", "Jane Doe, you may begin."
_PROCEED = re.compile(r"\s*,?\s*(?:please\s+)?(?:you\s+may\s+)?(?:proceed|begin|go ahead|continue)\b", re.IGNORECASE)


# a paragraph ending by giving someone the word: "... so why don't you go ahead.", "You may proceed."
_GO_AHEAD = re.compile(r"\b(?:go\s+ahead|(?:please|may)\s+(?:proceed|begin)|the\s+floor\s+is\s+yours)\W*$",
                       re.IGNORECASE)
_GO_AHEAD_WORDS = ("ahead", "proceed", "beg", "your")  # one in every match (`holds_any`)


# the last sentence of a paragraph handing over to someone it names: "why don't you, Jane Doe, run through ..."
_HAND_OVER = re.compile(r"\b(?:why\s+don['’]t\s+you|would\s+you\s+like\s+to|over\s+to\s+you)\b(?:[^.!?]|\b(?:Mr|Mrs|Ms|Dr|Prof)\.)*[.!?]?\W*$",
                        re.IGNORECASE)
_HAND_OVER_WORDS = ("you",)


def _floors(doc: Doc, paragraphs, names, vocatives: dict[int, str], addressed: dict[int, set[str]],
            openers: dict[int, str]) -> tuple[dict[int, str], set[int], set[int], dict[int, str]]:
    """In a hearing or a conversation whose turns carry no labels, the person
    called on speaks next: a paragraph that ends with a sentence that is only
    a person's name ("Mr. Doe?", "Dr. Doe."), with "please proceed" after it,
    or a question put to one person by name ("Mr. Doe, you say ...?") gives
    them the floor; so does a speaker who opens the text with their name
    (`openers`: paragraph index -> person). Returns paragraph index -> the person who holds the floor
    there (from the paragraph after the call until the next call), and the
    paragraphs that address the holder by name (`addressed`, see
    `_addressed`: someone else speaking to them), the paragraphs that hand
    over in passing (`floor_handed`), and paragraph index -> the person
    each call calls on. A paragraph that calls on someone is the caller's: no one holds
    the floor there."""
    text = text_of(doc)
    starts = [s for s, _, _ in names]
    calls: dict[int, str] = {}  # paragraph index -> the person called on in it
    handing: set[int] = set()  # calls that hand over in passing: the floor lasts to the next question only
    for p, (lo, hi) in enumerate(paragraphs):
        body = text[lo:hi].rstrip()
        if not body:
            continue
        # the paragraph's last sentence (spaCy may run one on across the break)
        span = char_tokens(doc, lo + len(body) - 1, lo + len(body), "expand")
        if span is None:
            continue
        sent_start = sentence_start(doc, span[0])  # (a character that is no space: its token's sentence)
        start, end = max(lo, table(doc).starts[sent_start]), lo + len(body)
        j = bisect.bisect_left(starts, start)
        found = []
        while j < len(names) and names[j][0] < end:
            found.append(names[j])
            j += 1
        if len({k for _, _, k in found}) != 1:
            continue
        s, e, key = found[0][0], found[-1][1], found[0][2]
        before = text[start:s].split()
        after = text[e:end]
        if len(before) > 2 or not all(w[:1].isupper() and w.rstrip(".,").isalpha() for w in before):
            continue  # "Mr.", "General": a title at most before the name (not "Image: Jane Doe.")
        if after.strip() in ("?", ".") or _PROCEED.match(after):
            calls[p] = key
        elif vocatives.get(sent_start) == key and body.endswith("?"):
            calls[p] = key  # "Mr. Doe, you say ...?"
    for p, (lo, hi) in enumerate(paragraphs):
        if p in calls:
            continue
        body = text[lo:hi].rstrip()
        if body.endswith("?") and len(addressed.get(p, ())) == 1:
            calls[p] = next(iter(addressed[p]))  # "Mr. Doe, you say ... . Is that right?"
        elif holds_any(body, _GO_AHEAD_WORDS, fold=True) and _GO_AHEAD.search(body) \
                and len(named := {k for s, _, k in names if lo <= s < hi}) == 1:
            calls[p] = next(iter(named))  # "Mr. Doe, I know you want to say something, so go ahead."
        elif holds_any(body, _HAND_OVER_WORDS, fold=True) and (m := _HAND_OVER.search(body)) \
                and len(named := {k for s, _, k in names if lo + m.start() <= s < hi}) == 1:
            calls[p] = next(iter(named))  # "... but why don't you, Jane Doe, run through them."
            handing.add(p)
    for p, key in openers.items():
        calls.setdefault(p, key)  # "My name is Jane Doe ..." opening the text: she keeps the floor
    floors: dict[int, str] = {}
    asking: set[int] = set()
    holder = None
    handed: set[int] = set()
    from_hand = False
    for i in range(len(paragraphs)):
        if holder is not None:
            floors[i] = holder
            if from_hand:
                handed.add(i)
            if holder in addressed.get(i, ()):
                asking.add(i)
            if i in calls and i not in openers:
                floors.pop(i)  # someone else calling on the next speaker: neither one's "I" or "you"
            elif from_hand and text[paragraphs[i][0] : paragraphs[i][1]].rstrip().endswith("?"):
                asking.add(i)
                holder = None  # a question: in a talk of three anyone may answer it
        if i in calls:
            holder, from_hand = calls[i], i in handing
    return floors, asking, handed, {p: k for p, k in calls.items() if p not in openers}


def _you_to_us(doc: Doc, span: tuple[int, int]) -> bool:
    """Does the paragraph say "you" do something to "us" ("you have not
    told us", "perhaps you can help us")? In a hearing that is the bench
    speaking to the person who holds the floor, not that person."""
    for tok in doc.char_span(span[0], span[1], alignment_mode="expand") or ():
        if tok.lower_ == "us" and tok.dep_ in ("dobj", "dative", "iobj", "pobj"):
            head = tok.head.head if tok.head.dep_ == "prep" else tok.head
            if any(c.lower_ == "you" and c.dep_ == "nsubj" for c in head.children):
                return True
    return False


# "I'm your host, Jane Doe, and I'm joined by John Roe": who else is on
_JOINED = re.compile(r"\b(?:(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+(?:joined|here)\s+(?:today\s+)?(?:by|with)"
                     r"|with\s+me\s+(?:today\s+|here\s+)?(?:is|as always)|joining\s+me\s+(?:today\s+)?(?:is)?"
                     r"|my\s+(?:co-?host|guest)\s+(?:today\s+)?(?:is)?)\s*,?\s+$", re.IGNORECASE)


def _conversation(doc: Doc, paragraphs, names, intros: dict[int, str], addressed: dict[int, set[str]]
                  ) -> dict[int, tuple[str, str]]:
    """A transcript of two people without turn labels: a host introduces
    themself ("I'm your host, Jane Doe") and, in the same paragraph, the one
    other person on ("and I'm joined by John Roe", "with me today is John
    Roe", "my guest is John Roe"). Each paragraph after that is a turn, the
    two taking turns: the guest's, the host's, the guest's, ... Returns
    paragraph index -> (speaker, the other); it ends where the turns cannot
    be trusted: a paragraph addressing by name the person it would be
    spoken by (`addressed`, see `_addressed`), or another person
    introducing themself."""
    text = text_of(doc)
    start = next((p for p in sorted(intros) if p < TOP_PARAGRAPHS), None)
    if start is None:
        return {}
    host = intros[start]
    lo, hi = paragraphs[start]
    others = [(s, e, k) for s, e, k in names if lo <= s < hi and k != host]
    guests = {k for s, _, k in others if _JOINED.search(text, max(lo, s - 60), s)}
    if len(guests) != 1 or any(_MORE_NAMES.match(text, e) for _, e, k in others if k in guests):
        return {}
    guest = next(iter(guests))
    out: dict[int, tuple[str, str]] = {}
    speaker, other = guest, host
    for p in range(start + 1, len(paragraphs)):
        if speaker in addressed.get(p, ()) or intros.get(p, speaker) != speaker:
            break
        out[p] = (speaker, other)
        speaker, other = other, speaker
    return out


# A paragraph ending with who speaks next, in capitals: "THE VICE PRESIDENT:", "6:13 P.M. EDT MS. DOE:"
_LABEL_LINE = re.compile(r"(?:^|\s)((?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z.'’-]+):$")
# "It is my great honour to introduce ...", "Please welcome ...", "I give you ..."
_INTRODUCES = re.compile(r"\b(?:(?:honou?r|pleasure|privilege)\s+(?:to|of)\s+introduc|(?:please|let['’]s|let\s+us)\s+"
                         r"(?:welcome|give\s+a\s+warm\s+welcome)|I\s+give\s+you\b|(?:I|we)\s+(?:now\s+)?introduce)",
                         re.IGNORECASE)
_INTRODUCES_WORDS = ("troduc", "welcome", "you")  # one in every match (`holds_any`)
_TITLE_WORDS = frozenset({"the", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "madam", "madame"})


def _announced(doc: Doc, paragraphs, names) -> dict[int, tuple[str, str]]:
    """A speech transcript that announces its speakers instead of labelling
    each turn: a line that is a speaker's title in capitals ("THE VICE
    PRESIDENT:"), the one person of the text named with that title ("Vice
    President Jane Doe"), gives them the paragraphs after it (`title_label`);
    a paragraph whose last sentence introduces someone by name ("It is my
    great honor to introduce ... Jane Doe.", "Please welcome Jane Doe!")
    gives that person the paragraphs after it (`introduced`). Each turn runs
    to the next announcement. Returns paragraph index -> (person, rule)."""
    text = text_of(doc)
    starts: dict[int, tuple[str, str]] = {}  # paragraph index -> who speaks from there on
    for p, (lo, hi) in enumerate(paragraphs[:-1]):
        body = text[lo:hi].rstrip()
        last_line = body.rsplit("\n", 1)[-1]
        if last_line.endswith(":") and (m := _LABEL_LINE.search(last_line)):  # (the search is slow on a long line)
            words = m.group(1).lower().split()
            cut = max((i for i, w in enumerate(words) if w in _TITLE_WORDS), default=-1)
            title = words[cut + 1 :]  # "EDT THE VICE PRESIDENT": the words after "the" (or "Ms.")
            key = _titled(text, title, names) if title else None
            if key is not None:
                starts[p + 1] = (key, "title_label")
            continue
        # the last sentence: after the last full stop, question or exclamation mark followed by a space
        cut = max(body.rfind(mark, 0, len(body) - 1) for mark in (". ", "! ", "? "))
        sent_lo = lo + cut + 2 if cut != -1 else lo
        if not holds_any(text, _INTRODUCES_WORDS, sent_lo, lo + len(body), fold=True) \
                or not _INTRODUCES.search(text, sent_lo, lo + len(body)):
            continue
        end = lo + len(body.rstrip(".!"))
        last = [k for s, e, k in names if sent_lo <= s and e == end]
        if len(last) == 1:
            starts[p + 1] = (last[0], "introduced")
    out: dict[int, tuple[str, str]] = {}
    current = None
    for p in range(len(paragraphs)):
        current = starts.get(p, current)
        if current is not None:
            out[p] = current
    return out


# a call-in host putting a caller on the air: "Jane, hello there. You're on the air with John Roe."
_ON_AIR = re.compile(r"\b(?:[Yy]ou['’]re|[Yy]ou\s+are)\s+on(?:\s+the\s+air)?(?:\s+with\b)?")


def _calls_in(text: str, paragraphs, names) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    """A call-in show: a host's paragraph that names one person and then puts
    them on the air ("Jane from Lyonesse, hello there. You're on the air
    with John Roe of Acme.") gives the caller the next paragraph (`call_in`), and the
    guest named right after "with" the paragraph after that, if the caller's
    addresses the guest by name ("Mr. Roe, I wanted to ask you ...":
    `call_in_guest`). Returns paragraph index -> (person, rule), and the start
    of each such "you're" -> the caller."""
    turns: dict[int, tuple[str, str]] = {}
    yous: dict[int, str] = {}
    starts = [s for s, _, _ in names]

    def between(a: int, b: int):  # the names starting in [a, b): sorted, found by bisect
        return names[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    for p, (lo, hi) in enumerate(paragraphs[:-1]):
        if "on" not in text[lo:hi] or (m := _ON_AIR.search(text, lo, hi)) is None:
            continue
        callers = {k for _, e, k in between(lo, m.start()) if e <= m.start()}
        if len(callers) != 1:
            continue
        caller = next(iter(callers))
        turns[p + 1] = (caller, "call_in")
        yous[m.start()] = caller
        i = bisect.bisect_left(starts, m.end())  # the first name after the cue, if in its paragraph
        after = (names[i][0], names[i][2]) if i < len(names) and names[i][0] < hi else None
        if after is None or after[1] == caller or not m.group().endswith("with"):
            continue
        title = text[m.end() : after[0]].split()
        nlo, nhi = paragraphs[p + 1]
        if len(title) <= 2 and all(w[:1].isupper() for w in title) and p + 2 < len(paragraphs) \
                and any(k == after[1] for _, _, k in between(nlo, nhi)):
            turns[p + 2] = (after[1], "call_in_guest")  # "with" and the guest's name, a title at most before it
    return turns, yous


def _paper_author(text: str, paragraphs, persons_in) -> str | None:
    """A paper's author line: the one person named in the paragraphs from the
    top down to the last of the first few that gives an e-mail address ("Jane
    Doe, University of Lyonesse; jdoe@example.org"), with one address there.
    Several people or addresses there, or no address: None."""
    top = paragraphs[:TOP_PARAGRAPHS]
    last = max((i for i, (lo, hi) in enumerate(top) if "@" in text[lo:hi] and MAIL_ADDRESS.search(text, lo, hi)),
               default=None)
    if last is None or len(MAIL_ADDRESS.findall(text, top[0][0], top[last][1])) != 1:
        return None  # several addresses: several authors, whether or not each name was found
    keys = persons_in(top[0][0], top[last][1])
    return keys[0] if len(keys) == 1 else None


def _paper_we(doc: Doc, key: str, by_key, quoted, linked) -> None:
    """The "we", "us", "our" of a paper by one author (`_paper_author`)
    outside quotes are that author's (`paper_we`)."""
    for tok in tokens_among(doc, FIRST_PLURAL):
        if tok.pos_ != "PRON" or tok.text == "US":
            continue
        s, e = tok.idx, tok.idx + len(tok.text)
        if not quoted(s, e) and not linked(s, e):
            by_key[key].add(Mention(s, e, tok.text, "pronoun", "paper_we"))


def _titled(text: str, title: list[str], names) -> str | None:
    """The one person named right after these title words ("vice",
    "president" for "Vice President Jane Doe", the title before the name
    mention or at its start), the title not part of a longer one
    ("President" is not "Vice President")."""
    found = set()
    n = len(title)
    for s, e, k in names:
        pre, men = text[max(0, s - 60) : s].split(), text[s:e].split()
        words = [w.lower().strip(",.;:") for w in pre + men]
        for i in (len(pre) - n, len(pre)):
            if i < 0 or i + n >= len(words) or words[i : i + n] != title:
                continue
            before = (pre + men)[i - 1] if i > 0 else ""
            if not (before[:1].isupper() and before.rstrip(",.;:").isalpha() and before.lower() not in _TITLE_WORDS):
                found.add(k)  # "by President Jane Doe", not "Vice President Jane Doe" for "President"
    return next(iter(found)) if len(found) == 1 else None


def _closes_as_letter(text: str, paragraphs) -> bool:
    """Does one of the last paragraphs open with a letter's closing ("Yours
    faithfully", "Sincerely,")?"""
    return any(_STRONG_CLOSING.match(text, span[0]) for span in paragraphs[-_BOTTOM_PARAGRAPHS:])


def _signs_off(text: str, paragraphs) -> bool:
    """Does one of the last paragraphs open with a letter's closing, a strong
    one ("Sincerely": `_closes_as_letter`) or a short line ending with a comma
    ("Stay in touch,")?"""
    if _closes_as_letter(text, paragraphs):
        return True
    for span in paragraphs[-_BOTTOM_PARAGRAPHS:]:
        line = text[span[0] : span[1]].split("\n", 1)[0].rstrip()
        if line.endswith(",") and len(line.split()) <= 4 and _CLOSING.match(line):
            return True
    return False


def _words(text: str, span: tuple[int, int]) -> list[str]:
    return text[span[0] : span[1]].split()


def _author(text: str, paragraphs, persons_in, new_person, named_by=None) -> tuple[str | None, str | None]:
    """The person a byline, a letter's signature or a speech's headline names.
    `new_person(start, end)`, given for a letter (a text with a salutation),
    makes a person of a signature that is a name but no actor's mention; in a
    letter any short line ending with a comma can close it ("Write soon,").
    `named_by(start, end)` gives the actor of a byline that names no person
    ("By Jane Doe" where the name stage missed the name or typed it
    otherwise)."""
    for i, span in enumerate(paragraphs[:TOP_PARAGRAPHS]):
        body = text[span[0] : span[1]]
        if _BYLINE.match(body) and len(body.split()) <= 6 and " and " not in body and "," not in body:
            keys = persons_in(*span)
            if len(keys) == 1:
                return keys[0], "byline"
            if not keys and named_by is not None and (key := named_by(span[0] + 2, span[1])) is not None:
                return key, "byline"
        elif i == 1 and not _INTERVIEW.search(text, *paragraphs[0]) and (name := _full_name(text, span)) \
                and body.strip() == text[name[0] : name[1]]:
            keys = persons_in(*span)
            if len(keys) == 1:
                return keys[0], "byline"  # the headline, then only the author's name
    tail = list(range(max(1, len(paragraphs) - _BOTTOM_PARAGRAPHS), len(paragraphs)))
    for i in reversed(tail):
        span = paragraphs[i]
        body = text[span[0] : span[1]]
        first_line = body.split("\n", 1)[0]
        comma_end = first_line.rstrip().endswith(",")
        if len(first_line.split()) > 8 or not (
            _STRONG_CLOSING.match(first_line) or comma_end and (_CLOSING.match(first_line) or new_person is not None)
        ):
            continue
        comma = first_line.rfind(",")
        after = [(span[0] + comma + 1, span[1])] if comma != -1 and first_line[comma + 1 :].strip() else []
        if "\n" in body:
            after.append((span[0] + len(first_line), span[1]))
        if i + 1 < len(paragraphs):
            after.append(paragraphs[i + 1])
        for a in after:
            if not text[a[0] : a[1]].strip():
                continue
            if len(text[a[0] : a[1]].split()) > 6:
                break
            keys = persons_in(*a)
            if len(keys) == 1:
                return keys[0], "signature"
            if not keys and new_person is not None and (name := _signature_name(text, a)) is not None:
                return new_person(*name), "signature"
            break
    head = paragraphs[0]
    if _SPEECH_WORDS.search(text, head[0], head[1]) and len(_words(text, head)) <= 25:
        keys = persons_in(*head)
        if len(keys) == 1:
            return keys[0], "headline_speaker"
    return None, None


# "It gives me great pleasure to be here today as the Chief Guest", "I speak to you as your Mayor"
# (a role: "as the", "as your"; not a comparison, "as baffled as Jane")
_AS_ROLE = re.compile(r"\b(?:I|me)\b[^.!?\n\"“”]{0,80}\sas\s+(?:the|your|our)\s+(?:[A-Z][\w.-]*\s+){0,3}$")


def _self_described(text: str, paragraphs, names, quoted) -> str | None:
    """The speaker of a text who says near its top that they speak as a
    person the text names ("It gives me great pleasure to be here today as
    the Chief Guest"): the one such person, outside quotes."""
    hi = paragraphs[min(TOP_PARAGRAPHS, len(paragraphs)) - 1][1]
    found = set()
    for s, e, k in names:
        if s >= hi or quoted(s, e) or text[e : e + 3] in ("'s", "’s", " of"):
            continue
        sent_start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), s - 120) + 1
        if _AS_ROLE.search(text, sent_start, s):
            found.add(k)
    return next(iter(found)) if len(found) == 1 else None


def _interviewee(text: str, paragraphs, persons_in, named, new_person=None, qualifying=frozenset()) -> str | None:
    """Who an interview is with: the one actor the first paragraphs name
    right after "interviews", "interviewed", "an interview with", "spoke
    with" or before "tells", "told" ("Jane Doe tells the Courier"), whatever
    type the name stage gave it unless it is a place, a group or an
    organisation; else the one person a headline that says "interview"
    names; else, when the headline says "interview" and a paragraph near the
    top is only a name of two or three words the headline also gives ("Jane
    Doe" under "Interview"), a person of that name (`new_person`) even if the
    name stage missed it. Two ("Jane Doe and John Roe"): none. `named` holds
    (start, end, key, type) of every name mention."""
    head = paragraphs[0]
    hi = paragraphs[min(3, len(paragraphs) - 1)][1]
    found = [(s, e, k) for s, e, k, t in named if s < hi and t not in _NOT_INTERVIEWEES
             and (_INTERVIEWED.search(text[max(0, s - 40) : s]) or _TELLS.match(text, e))]
    if any(s < head[1] for s, _, _ in found):
        found = [f for f in found if f[0] < head[1]]  # the headline's word first
    keys = list(dict.fromkeys(k for _, _, k in found))
    if not keys and _INTERVIEW.search(text, head[0], head[1]):
        # not a name that only qualifies a thing ("interviews a baker on the Jane Doe cake")
        keys = [k for k in persons_in(*head) if not all(
            (s, e) in qualifying for s, e, k2, _ in named if k2 == k and head[0] <= s < head[1])]
        found = [(s, e, k) for s, e, k, _ in named if k in keys and head[0] <= s < head[1]]
    if not keys and new_person is not None and _INTERVIEW.search(text, head[0], head[1]):
        # "Interview" then a paragraph that is only a name the headline also gives
        for span in paragraphs[1:TOP_PARAGRAPHS]:
            name = _full_name(text, span)
            if name is not None and text[name[0] : name[1]] in text[head[0] : head[1]] and not persons_in(*name):
                return new_person(*name, "interviewee")
    if len(keys) != 1:
        return None
    if any(_MORE_NAMES.match(text, e) for _, e, _ in found):
        return None
    return keys[0]


# "Image: Jane Doe", "Photo by Jane Doe", "courtesy of Jane Doe": who took a picture, not who speaks
_CREDIT = re.compile(r"\b(?:image|photo|photograph|picture|credit|courtesy)(?:\s*:|\s+(?:by|of))\s*$", re.IGNORECASE)
# How many question paragraphs, at least, make a text an interview by its shape
_QA_QUESTIONS = 3


def _qa_interviewee(text: str, paragraphs, questions: list[bool], names) -> str | None:
    """An interview no headline calls one: from the first question on
    (within the first paragraphs) at least three questions, nearly all
    answered by the paragraph after them, two or more of them put to "you",
    and the paragraphs before the first question (a headline, an
    introduction, a caption) name exactly one person, who is not a photo's
    credit ("Image: Jane Doe"). That person is the interviewee."""
    first = next((i for i, q in enumerate(questions) if i > 0 and q), None)
    if first is None or first > TOP_PARAGRAPHS // 2:
        return None
    asked = [i for i in range(first, len(paragraphs)) if questions[i]]
    answered = sum(1 for i in asked if i + 1 < len(paragraphs) and not questions[i + 1])
    to_you = sum(1 for i in asked if _YOU.search(text, *paragraphs[i]))
    if len(asked) < _QA_QUESTIONS or answered * 4 < len(asked) * 3 or to_you < 2:
        return None
    hi = paragraphs[first][0]
    keys = {k for s, e, k in names if e <= hi and not _CREDIT.search(text, max(0, s - 30), s)}
    return next(iter(keys)) if len(keys) == 1 else None


def _qualifying(doc: Doc, head: tuple[int, int], names) -> set[tuple[int, int]]:
    """(start, end) of the names in the headline that only qualify a
    common noun after them ("the Jane Doe cake", "a Doe award"): a
    compound name right before a lower-case noun."""
    cols = table(doc)
    out = set()
    for s, e, _ in names:
        if head[0] <= s < head[1]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span) and span.end < len(doc) and span[-1].dep_ == "compound" \
                    and cols.pos[span.end] == "NOUN" and cols.words[span.end].islower():
                out.add((s, e))
    return out


def _interviewee_pair(text: str, head: tuple[int, int], names) -> tuple[str, str] | None:
    """The two people a headline that says "interview" names together and
    no one else ("Wikinews interviews Jane Doe and John Roe of ...")."""
    if not _INTERVIEW.search(text, *head):
        return None
    found = [(s, e, k) for s, e, k in names if head[0] <= s < head[1]]
    keys = list(dict.fromkeys(k for _, _, k in found))
    if len(keys) != 2:
        return None
    first_end = max(e for _, e, k in found if k == keys[0])
    second_start = min(s for s, _, k in found if k == keys[1])
    if not re.fullmatch(r"\s*(?:and|&)\s*", text[first_end:second_start]):
        return None
    return keys[0], keys[1]


def _opens_quote(before: str) -> bool:
    """Does `before` (a paragraph up to some point) leave a quotation open?"""
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    return len(re.findall(r"(?:^|[\s(])['‘]", before)) > len(re.findall(r"['’](?=[\s,.;:!?)]|$)", before))


# A request put as a statement: "I just wanted to know if you ...", "Tell us about ..."
_REQUEST = re.compile(r"(?:(?:so|and|now|well),?\s+)?(?:I\s+(?:just\s+)?(?:wanted|want|would like|['’]d like)\s+to\s+"
                      r"(?:know|ask)|(?:please\s+)?(?:tell|give)\s+(?:me|us)\b)", re.IGNORECASE)
# a last sentence asking to be told: "just tell me how you ...", "Let me hear your side of it."
_LAST_REQUEST = re.compile(r"\b(?:(?:tell|show)\s+(?:me|us)|let\s+me\s+(?:hear|ask))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_LONG_ANSWER_WORDS = 80
# a first sentence that asks: a question word first, a "?" before any full stop
_OPENING_QUESTION = re.compile(r"(?:(?:so|and|but|now|well|okay|ok|right),?\s+)?(?:how|what|why|when|where|who|which|do|does"
                               r"|did|is|are|was|were|can|could|would|will|have|has|should|shouldn['’]t|isn['’]t|aren['’]t"
                               r"|don['’]t|doesn['’]t|didn['’]t)\b[^.!?\n]*\?", re.IGNORECASE)
_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


# A short paragraph that speaks to "you" and says nothing of "I" is put to the person asked (`_is_question`),
# not a "you know" or "thank you" of an answer
_PROMPT_WORDS = 25
_PROMPT_YOU = re.compile(r"\byou(?:r|rs|rself)?\b(?!\s+(?:know|see|guys)\b)(?<!thank you)", re.IGNORECASE)
_ME = re.compile(r"\b(?:I|(?i:me|my|mine|myself))\b")  # "I" matches in "I'm", "I've" too; "My ..." opens sentences


def _is_prompt(text: str, span: tuple[int, int]) -> bool:
    """"So your brother ran the shop then.": a short paragraph said
    to "you" (not "you know", "thank you") that says nothing of "I"."""
    body = text[span[0] : span[1]].strip()
    # (the words counted only up to one past the limit: asked of every paragraph)
    return len(body.split(None, _PROMPT_WORDS)) <= _PROMPT_WORDS and "\n" not in body \
        and _PROMPT_YOU.search(body) is not None \
        and _ME.search(body) is None


def _questions(text: str, paragraphs, asked: list[bool]) -> list[bool]:
    """Which paragraphs are put to the person asked: questions (`asked`, each
    paragraph's `_is_question`), and prompts (`_is_prompt`) that do not answer
    a question just put."""
    return [q or i > 0 and not asked[i - 1] and _is_prompt(text, p) for i, (q, p) in enumerate(zip(asked, paragraphs))]


def _is_question(text: str, span: tuple[int, int]) -> bool:
    """A paragraph ending with "?", one short line opening with a question
    word and no full stop ("How did you start"): the question mark left out,
    or a short request to the person asked ("I just wanted to know if you
    ...", "Tell us about your ...")."""
    body = text[span[0] : span[1]].rstrip("\"”’' ")
    if body.endswith("?"):
        # not a long answer that ends on a question it asks itself, unless it asks "you" first or last
        return not _is_long(body) or _asks_you_first(body) or _is_long_question(body)
    n_words = len(body.split(None, 61))  # (the words counted up to 62: only "<= 60" and "<= 20" are asked)
    if n_words <= 60 and _REQUEST.match(body) and _YOU.search(body):
        return True
    if n_words <= 60 and _YOU.search(last := re.split(r"(?<=[.!?])\s+", body)[-1]) and _LAST_REQUEST.search(last):
        return True  # "Right. Now tell me how you found the boat.": asked in the end
    if _asks_you_first(body):
        return True
    return n_words <= 20 and not any(c in body for c in ".!\n") and _QUESTION_START.match(body) is not None


def _asks_you_first(body: str) -> bool:
    """"Can you explain ...? I mean, ...": a question put to "you" first, then said more about."""
    m = _OPENING_QUESTION.match(body)
    return m is not None and _YOU.search(m.group()) is not None \
        and len(body.split(None, _LONG_ANSWER_WORDS * 2)) <= _LONG_ANSWER_WORDS * 2


def _is_long(body: str) -> bool:
    """Too long for a question: over `_LONG_ANSWER_WORDS` words and four sentences."""
    return len(body.split(None, _LONG_ANSWER_WORDS)) > _LONG_ANSWER_WORDS and len(_SENTENCE_END.findall(body)) > 3


def _long_with_question_mark(text: str, span: tuple[int, int]) -> bool:
    """A paragraph `_is_long` that ends with "?": a question only if it asks "you" first or last."""
    body = text[span[0] : span[1]].rstrip("\"”’' ")
    return body.endswith("?") and _is_long(body)


# "Can you", "So what do you", "How's your": "you" among the first words of a question
_ASKS_YOU = re.compile(r"(?:[\w’']+,?\s+){1,3}your?\b(?!\s+(?:know|see|guys)\b)", re.IGNORECASE)


def _is_long_question(body: str) -> bool:
    """A long paragraph (`_LONG_ANSWER_WORDS`) ending with a question put to
    "you" ("... So I've been reading about ... . Can you talk about that?"):
    its last sentence opens with a question word, "you" among its first four
    words (not "you know", "you see"), and says nothing of "I", as an
    interviewer's long question ends; an answer's own closing question asks
    it of no one or of "I" ("Why should I bother ... everything you asked?")."""
    last = re.split(r"(?<=[.!?])\s+", body)[-1]
    return _OPENING_QUESTION.match(last) is not None and _ASKS_YOU.match(last) is not None and _ME.search(last) is None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _turns(text: str, paragraphs, people: list[ActorDraft], names, interviewee: str | None) -> dict[int, str]:
    """Paragraph index -> the person whose labelled turn it is ("Jane Doe: ...")."""
    turns: dict[int, str] = {}
    current: str | None = None
    labelled = 0
    for i, span in enumerate(paragraphs):
        m = _LABEL.match(text, span[0], span[1]) if i > 0 else None  # a headline "Jane Doe: ..." is no turn
        if m is None:
            if current is not None:
                turns[i] = current
            continue
        labelled += 1
        label = m.group(1).strip()
        current = _label_person(label, span[0] + m.start(1), span[0] + m.end(1), people, names)
        if current is None and label.lower().rstrip(".") in _ANSWER_LABELS:
            current = interviewee
        if current is not None:
            turns[i] = current
    return turns if labelled >= 2 else {}


def _label_person(label: str, start: int, end: int, people: list[ActorDraft], names) -> str | None:
    """The person a turn label names: one of their mentions, the end of one of
    their names ("DOE" for Jane Doe), or their initials ("JD")."""
    for s, e, k in names:
        if s <= start and end <= e or start <= s and e <= end:
            return k
    low = label.lower()
    found = set()
    for d in people:
        forms = {d.name} | {m.text for m in d.mentions if m.kind == "name"}
        for f in forms:
            if f.lower().endswith(low) and (len(f) == len(low) or f[-len(low) - 1] == " "):
                found.add(d.key)
            elif label.isupper() and len(label) >= 2 and _initials(f) == label:
                found.add(d.key)
    return next(iter(found)) if len(found) == 1 else None


def _self_intros(text: str, paragraphs, names) -> dict[int, str]:
    """Paragraph index -> the person who introduces themself in it."""
    starts = [s for s, _, _ in names]
    para_of = paragraph_index(paragraphs)
    out: dict[int, str] = {}
    for m in _SELF_INTRO.finditer(text):
        at = m.end()
        j = bisect.bisect_left(starts, at)
        if j >= len(names) or names[j][0] != at:
            continue
        _, e, key = names[j]
        if text[e : e + 2] in ("'s", "’s"):
            continue  # "I am Jane Doe's sister"
        p = para_of(m.start())
        if _opens_quote(text[paragraphs[p][0] : m.start()]):
            continue  # someone quoted introducing themself: 'Hi, my name is Jane'
        out.setdefault(p, key)
    return out


def _signature_name(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """(start, end) of a signature line that is only a name of one to three
    capitalised words ("Jane", "[Jane Doe]")."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \n:,;.-–—!":
        end -= 1
    m = _SIGNATURE_NAME.fullmatch(text, start, end)
    if m is None or _STRONG_CLOSING.match(m.group(1)) or m.group(1).upper() == m.group(1) and len(m.group(1)) <= 3:
        return None
    return m.start(1), m.end(1)


def _full_name(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """(start, end) of a line that is only a name of two or three words
    ("Jane Doe", not "Jane"): a byline's or an interviewee's name."""
    name = _signature_name(text, span)
    return name if name is not None and len(text[name[0] : name[1]].split()) >= 2 else None
