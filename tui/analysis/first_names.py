"""A small table of common given names and the gender they almost always mark.

Source and licence: written by hand for this project from common knowledge of
given names (no list was copied; the code's MIT licence covers it). It holds
only names that are used for one gender in the great majority of English-language
news, and leaves out names used for both ("Alex", "Jordan", "Sam", "Taylor",
"Robin", "Jean", "Andrea", "Kim", ...). It is a hint, not a verdict: an honorific
("Mr", "Ms") or the article's own pronouns for a person always win over it
(`coref`), and a name missing here is simply of unknown gender.
"""

from __future__ import annotations

MALE: frozenset[str] = frozenset("""
aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro alexander alexei alfred
ali alistair allan alonso amir anders andre andrew andrei andres andy angelo anthony antoine antonio anwar
archibald arnold arthur august augustus barack barry bashar ben benjamin bernard bill billy bob boris
brad bradley brandon brendan brett brian bruce bruno bryan calvin carl carlos cecil cedric charles charlie
christian christoph christopher clarence claude clifford clint colin conrad craig curtis cyril dale damian
daniel danny darren david dean dennis derek desmond diego dimitri dmitry dominic donald douglas duncan
dustin dwight earl eddie edgar edmund eduardo edward edwin elijah elliot emil emmanuel enrique eric erik
ernest ernesto eugene evan fabian felix fernando francesco francis francisco frank franklin franz
frederick friedrich gabriel gareth gary gavin geoffrey george gerald gerard gerhard giovanni giuseppe glenn
gordon graham grant gregory guillaume gustav guy hans harold harry harvey hassan hector heinrich henri
henry herbert herman hiroshi horace howard hugh hugo humphrey ian igor isaac ivan jack jacob jacques jake
james jamal jan jared jason javier jeffrey jeremy jerome jesse jim jimmy joachim joe joel johann johannes
john jon jonathan jorge jose josef joseph joshua juan julian julius justin karl keith kenneth kevin khalid
kurt lance larry laurence lawrence leo leon leonard leonardo leopold lewis liam lionel lloyd louis lucas
ludwig luigi luis luke malcolm manuel marc marcel marco marcus mario mark martin matthew matthias maurice
max maximilian michael miguel mikhail mike mohamed mohammad mohammed muhammad murray nathan nathaniel neil
nelson nicholas nick nigel noah norman oliver omar oscar otto owen pablo patrick paul pedro peter philip
phillip pierre rafael ralph ramon randy raul ray raymond reginald richard rick robert roberto rodney roger
roland ronald ross roy rudolf russell ryan salvatore samuel scott sean sebastian sergei sergio seth
simon stanley stefan stephen steve steven stuart sven terence terry theodore thomas timothy tobias todd
tom tommy tony travis trevor ulrich vernon victor vincent vladimir walter warren wayne werner wilhelm
william willie wolfgang xavier yusuf zachary
""".split())

FEMALE: frozenset[str] = frozenset("""
abigail ada adele adriana agatha agnes aisha alexandra alice alicia alison amanda amber amelia amy ana
anastasia angela angelina anita ann anna anne annette antonia arlene audrey barbara beatrice belinda
bernadette beth bethany betty beverly bianca brenda bridget brigitte camilla carla carmen carol caroline
carolyn catherine cecilia celia charlotte chelsea cheryl christina christine cindy claire clara claudia
colleen constance cynthia daisy daphne deborah debra denise diana diane dolores donna doris dorothy edith
eleanor elena elisabeth elizabeth ella ellen eloise elsa emily emma erica erin esther eva evelyn fatima
fiona florence frances francesca gabriela gabrielle georgia geraldine gertrude gillian gina gloria grace
greta gwen hannah harriet hazel heather heidi helen helena hilary hillary ingrid irene iris isabel
isabella isabelle ivy jacqueline jane janet janice jasmine jennifer jenny jessica jill joan joanna
joanne josephine joyce judith judy julia julie juliet karen katarina kate katherine kathleen kathryn
katie katrina kelly kristen kristina laura lauren leah leila lillian linda lisa lois lorraine louisa
louise lucia lucy lydia lynn madeleine madison maggie margaret margarita maria marian marie marilyn marina
marjorie martha mary matilda maureen megan melanie melissa meredith michelle mildred miriam molly monica
nadia nancy naomi natalie natasha nicole nina nora olga olivia pamela patricia paula pauline penelope
phyllis priscilla rachel rebecca regina renee rita roberta rosa rosalind rose rosemary ruth sabrina sally
samantha sandra sara sarah sharon sheila shirley simone sofia sonia sophia sophie stephanie susan suzanne
sylvia tamara teresa theresa tiffany tina valentina valerie vanessa vera veronica victoria violet
virginia vivian wendy wilhelmina yolanda yvonne zoe
""".split())


def gender_of_first_name(word: str) -> str | None:
    """"m", "f" or None for a given name (case-insensitive)."""
    low = word.lower().strip(".")
    if low in MALE:
        return "m"
    if low in FEMALE:
        return "f"
    return None
