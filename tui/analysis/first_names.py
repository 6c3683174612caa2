"""A small table of common given names and the gender they almost always mark.

Source and licence: written by hand for this project from common knowledge of
given names (no list was copied; the code's MIT licence covers it). It holds
only names that are used for one gender in the great majority of English-language
news, and leaves out names used for both ("Alex", "Jordan", "Sam", "Taylor",
"Robin", "Jean", "Andrea", "Kim", "Casey", "Morgan", "Dana", "Leslie", "Jackie",
...), nor names that mark one gender in one country or form and the other elsewhere:
"Jan" (a man in Dutch, Polish or Danish, a woman in American English), "Ali"
(a man in Arabic, Persian or Turkish, a woman as short for Alison), "Mel" (for
Melvin or Melanie), "Nicola" (a man in Italian, a woman in Britain), "Joan" (a
man in Catalan), "Evelyn" (a man in older British use), "Michele" (a man in
Italian, a woman in English), "Mika" (a man in Finnish), "Marty" (for Martin or
Martha). Everyday short forms ("Geoff", "Betsy", "Peggy", "Ted", "Matt") are in.
Gaps are found from data, not from a list: the first words of multi-word person
names in analysed news and GUM texts that the table lacks, counted, with the
pronouns the articles use for those people. It is a hint, not a verdict: an honorific
("Mr", "Ms") or the article's own pronouns for a person always win over it
(`coref`), and a name missing here is simply of unknown gender.
"""

from __future__ import annotations

MALE: frozenset[str] = frozenset("""
aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan alastair albert alberto alec alejandro
alexander alexandre alexei alf alfie alfonso alfred alistair allan alonso ambrose amir amos anders
andre andreas andrei andres andrew andy angelo angus anthony antoine anton antonin antonio antony anwar
archibald archie ari armand arne arnold arthur arturo august augustus axel barack barney barry
bartholomew bashar basil ben benedict benjamin benny bernard bernie bertrand bilal bill billy bjorn bob
bobby boris boyd brad bradley brandon brendan brendon brent bret brett brian brock bruce bruno bryan
bud buddy caleb calvin carl carlos carlton cecil cedric chad charles charlie chauncey chester christian
christoph christopher chuck clarence clark claude clay clayton cliff clifford clint clive clyde cody
cole colin connor conor conrad corey cornelius cory craig curt curtis cyril cyrus dale dalton damian
damon dan dane daniel danny dante darius darnell darrell darren darryl dave davey david dean denis
dennis derek desmond dewey dexter dick diego dimitri dirk dmitri dmitry dolph dominic dominick don
donald donnie doug douglas duane dudley duncan dustin dwayne dwight eamon earl eberhard ed eddie eddy
edgar edmund eduardo edward edwin elias elijah elliot elliott elmer elton elvis emil emilio emmanuel
emmet emmett enrique enzo ephraim eric erich erik ernest ernesto ernie ernst errol ethan eugene evan
ezra fabian federico felipe felix fernando fidel finn forrest francesco francis francisco francois
frank franklin franz fred freddie freddy frederick friedrich fritz gabriel gareth garrett garry gary
gavin geert gene geoff geoffrey george gerald gerard gerhard gerry gideon gilbert giorgio giovanni
giuseppe glen glenn gonzalo gordon graham grant greg gregg gregory guillaume gustav gustavo guy hamid
hank hans harold harry harvey hassan heath hector heinrich henri henry herb herbert herman hiroshi
horace howard hubert hugh hugo humberto humphrey iain ian ignacio igor ike irving isaac isaiah ivan
ivor jack jacob jacques jake jamal james jameson jared jarrod jason jasper javier jay jeb jeff jeffery
jeffrey jeremiah jeremy jerome jerry jesse jesus jim jimmy joachim joaquin jock joe joel johann
johannes john johnny jon jonah jonathan jordi jorge jose josef joseph josh joshua juan jules julian
julius justin kareem karl keegan keith ken kenneth kenny kevin khalid kieran kirk klaus kurt kyle lamar
lance larry lars laurence lawrence leo leon leonard leonardo leopold leroy les lester lewis liam linus
lionel lloyd lorenzo lorne louis lowell luca lucas lucian ludwig luigi luis luke luther lyle lyndon
mack malcolm manfred manuel marc marcel marco marcus mario mark markus marlon marshall martin
marvin mason mathias matt matthew matthias maurice max maximilian maxwell melvin merle merrick micah
michael mick miguel mike mikhail milo mitch mitchell mitt mohamed mohammad mohammed monte morris morton
moses muhammad murray nasser nate nathan nathaniel neal ned neil nelson neville newt niall nicholas
nick nico nicolas niels nigel nikolai nils noah noam noel norbert norman olaf oliver omar orville oscar
osman oswald otto owen ozzie pablo patrick paul pedro percy perry pete peter phil philip phillip pierre
pietro quentin quincy rafael rahul ralf ralph ramesh ramon randall randy raphael raul ray raymond recep
reggie reginald reinhard rex reza rhys ricardo richard rick ricky rob robbie robby robert roberto rocco
rod rodney rodrigo roger roland rolf romeo ron ronald ronnie rory ross roy rudolf rudolph rudy rufus
rupert russ russell ryan salman salvatore samuel sanjay saul scott seamus sean sebastian sergei sergio
seth shane shaun sheldon sherman sid silvio simon solomon spencer stan stanley stefan stephen steve
steven stewart stuart sven sylvester tad ted teddy terence terrence terry thaddeus theo theodore thomas
thor thurston tim timmy timothy tobias todd tom tommy tony travis trevor trey troy tyrone ulrich
ulysses vaughn vern vernon vic victor viktor vince vincent vladimir vladislav wade waldo wally walt
walter warren wayne wendell werner wesley wilbur wilfred wilhelm william willie winston wolfgang
woodrow wyatt xavier yosef yuri yusuf zach zachary zane
""".split())

FEMALE: frozenset[str] = frozenset("""
abby abigail ada addie adele adeline adriana agatha agnes aisha alexandra alice alicia alison allison
alma althea alyssa amanda amber amelia amelie amy ana anastasia angela angelina angie anita ann anna
annabel anne annette annie antoinette antonia april ariana arianna arlene astrid audrey aurora ava
babette barbara beatrice becky belinda bella bernadette bertha bess bessie beth bethany betsy bette
betty beverly bianca blanche bonnie brenda brianna bridget brigid brigitte brittany brittney brooke
caitlyn camila camilla candace candice cara carla carly carmela carmen carol carole carolina caroline
carolyn carrie cassandra cassie catalina catherine cathy cecelia cecile cecilia celeste celia celine
charlene charlotte chelsea cheryl chloe christa christie christina christine cindy claire clara
clarissa claudia colleen connie constance cora corinne crystal cynthia daisy danielle daphne darlene
dawn debbie debby deborah debra delia della dena denise diana diane dianne dina dolly dolores donna
dora doris dorothy dottie edith edna effie eileen elaine eleanor elena elisabeth elise eliza elizabeth
ella ellen ellie eloise elsa elsie emilia emily emma emmeline erica erin estelle esther ethel eugenia
eunice eva evangeline eve faith fanny fatima felicia felicity fern fiona flora florence frances
francesca francine freda frida gabriela gabrielle gail genevieve georgia georgina geraldine gertrude
gillian gina gisela gladys glenda gloria goldie grace greta gretchen gwen gwendolyn hannah harriet
hattie hazel heather heidi helen helena helga henrietta hermione hester hilary hilda hillary holly ida
imogen ines ingrid irene iris irma isabel isabella isabelle isadora isla ivana ivanka ivy jacqueline
jade jana jane janet janice janine jasmine jeanette jeanne jeannie jemima jen jenna jennifer jenny
jessica jill jillian joanna joanne jodie josephine josie joy joyce juanita judith judy julia juliana
julie juliet june justine kaitlyn karen karla katarina kate katharine katherine kathleen kathrin
kathryn kathy katie katrina katy katya kayla keira kelli kelly kellyanne kirsten kitty kristen kristin
kristina lana larissa laura lauren laverne leah leila lena leona libby lila lillian lily lina linda
lisa liz liza lizzie lois lola loretta lori lorna lorraine lottie louisa louise luann lucia luciana
lucille lucinda lucy luisa lulu lydia lynn mabel madeleine madeline madison mae magdalena maggie maisie
mandy marcia margaret margarita margo margot mari maria marian mariana marianne maribel marie marilyn
marina marisa marjorie marla marlene marsha martha mary matilda maud maude maureen mavis maxine maya
meg megan meghan megyn melania melanie melinda melissa mercedes meredith mia michelle mildred millie
mina minnie mira miriam molly mona monica muriel myra myrtle nadia nadine nan nancy nanette naomi
natalie natasha nell nellie nettie nicole nikki nina noelle nola nora norah norma octavia odette olga
olive olivia opal paige pam pamela pansy patricia patsy patti patty paula pauline pearl peg peggy
penelope petra philippa phoebe phyllis polly poppy priscilla prudence queenie rachael rachel ramona
rebecca rebekah regina renee rhoda rhonda rita roberta robyn rochelle rosa rosalie rosalind rose
rosemary rosie rowena roxanne ruby ruth sabrina sadie sallie sally samantha sandra sara sarah selma
serena sharon sheila shelley sherry shirley simone sofia sonia sonya sophia sophie stella stephanie sue
susan susanna susannah susie suzanne suzy svetlana sylvia tabitha tamara tammy tania tanya teresa tess
tessa thelma theresa tiffany tilly tina tonya tricia trish trudy ursula valentina valerie vanessa velma
vera verna veronica vicky victoria viola violet virginia vivian vivienne wanda wendy wilhelmina wilma
winifred yolanda yvette yvonne zelda zeynep zoe
""".split())


# Given names used for both genders (left out of the tables above): they still
# show that a name is a person's ("Jean Roe", "Sam Doe"), not which pronoun fits.
# Also names of one gender in one country and of the other elsewhere ("Jan",
# "Nicola"). No name that is also a country or county ("Jordan", "Devon").
UNISEX: frozenset[str] = frozenset("""
alex alexis ali andrea ashley avery blair cameron casey chris dana drew evelyn frankie jackie jaime jamie
jan jean jess jessie joan jody kim kris leslie lindsay lindsey mel nicky nicola pat quinn riley robin sam
sasha stacy toni tracy
""".split())


def is_given_name(word: str) -> bool:
    """Is `word` a given name of the tables, of either or both genders (case-insensitive)?"""
    low = word.lower().strip(".")
    return low in MALE or low in FEMALE or low in UNISEX


def gender_of_first_name(word: str) -> str | None:
    """"m", "f" or None for a given name (case-insensitive)."""
    low = word.lower().strip(".")
    if low in MALE:
        return "m"
    if low in FEMALE:
        return "f"
    return None


# Everyday short forms of given names and the full names they stand for: "Larry
# Doe" and "Lawrence Doe" are one person (the clustering pass "short form of a
# given name"). Written by hand like the tables above; only short forms that stand
# for one or two full names in English-language news ("Pat": Patrick, Patricia),
# none that is a full name of its own elsewhere ("Will", "Jack", "Harry", "Don",
# "Ray": a person may be called so), none of two unrelated full names ("Chris").
SHORT_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(full.split()) for short, full in {
        "abe": "abraham", "al": "albert alan alfred", "alex": "alexander alexandra", "andy": "andrew",
        "barb": "barbara", "becky": "rebecca", "ben": "benjamin", "bernie": "bernard", "beth": "elizabeth",
        "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert", "cathy": "catherine",
        "charlie": "charles", "chuck": "charles", "cindy": "cynthia", "dan": "daniel", "danny": "daniel",
        "dave": "david", "debbie": "deborah", "deb": "deborah", "dick": "richard", "doug": "douglas",
        "ed": "edward", "eddie": "edward", "fred": "frederick", "freddie": "frederick", "gabe": "gabriel",
        "greg": "gregory", "hank": "henry", "jeff": "jeffrey", "jim": "james", "jimmy": "james",
        "jen": "jennifer", "jenny": "jennifer", "joe": "joseph", "joey": "joseph", "jon": "jonathan",
        "kathy": "katherine kathleen", "kate": "katherine catherine", "ken": "kenneth", "kenny": "kenneth",
        "larry": "lawrence laurence", "liz": "elizabeth", "matt": "matthew", "meg": "margaret",
        "mike": "michael", "mitch": "mitchell", "nate": "nathan nathaniel", "newt": "newton",
        "nick": "nicholas", "pat": "patrick patricia", "patty": "patricia", "peggy": "margaret",
        "phil": "philip phillip", "rich": "richard", "rick": "richard", "rob": "robert", "ron": "ronald",
        "sandy": "sandra", "steve": "stephen steven", "sue": "susan", "ted": "edward theodore",
        "teddy": "edward theodore", "tim": "timothy", "tom": "thomas", "tommy": "thomas", "tony": "anthony",
        "vicky": "victoria", "walt": "walter", "zach": "zachary",
    }.items()
}


def short_form_of(short: str, full: str) -> bool:
    """Is the given name `short` an everyday short form of the given name `full`
    ("Larry", "Lawrence"), case-insensitive (`SHORT_FORMS`)?"""
    return full.lower().strip(".") in SHORT_FORMS.get(short.lower().strip("."), ())
