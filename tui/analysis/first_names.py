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
man in Catalan), "Evelyn" (a man in older British use). Everyday short forms
("Geoff", "Betsy", "Peggy") are in. It is a hint, not a verdict: an honorific
("Mr", "Ms") or the article's own pronouns for a person always win over it
(`coref`), and a name missing here is simply of unknown gender.
"""

from __future__ import annotations

MALE: frozenset[str] = frozenset("""
aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan albert alberto alec alejandro alexander
alexei alf alfie alfonso alfred alistair allan alonso ambrose amir amos anders andre andreas andrei
andres andrew andy angelo angus anthony antoine anton antonio antony anwar archibald archie armand arne
arnold arthur arturo august augustus axel barack barney barry bartholomew bashar basil ben benedict
benjamin benny bernard bernie bertrand bill billy bjorn bob bobby boris boyd brad bradley brandon
brendan brendon brent brett brian bruce bruno bryan bud buddy calvin carl carlos cecil cedric chad
charles charlie chester christian christoph christopher chuck clarence clark claude clay clayton cliff
clifford clint clive clyde cody cole colin connor conor conrad cornelius craig curt curtis cyril cyrus
dale dalton damian damon dan dane daniel danny darius darrell darren darryl dave davey david dean dennis
derek desmond dewey dick diego dimitri dirk dmitry dolph dominic dominick don donald donnie doug douglas
duane dudley duncan dustin dwayne dwight eamon earl ed eddie eddy edgar edmund eduardo edward edwin
elias elijah elliot elliott elmer elton elvis emil emilio emmanuel emmett enrique enzo ephraim eric
erich erik ernest ernesto ernie ernst errol ethan eugene evan ezra fabian felipe felix fernando finn
forrest francesco francis francisco francois frank franklin franz fred freddie frederick friedrich fritz
gabriel gareth garrett gary gavin gene geoff geoffrey george gerald gerard gerhard gerry gideon gilbert
giorgio giovanni giuseppe glenn gordon graham grant greg gregg gregory guillaume gustav gustavo guy
hamid hank hans harold harry harvey hassan heath hector heinrich henri henry herb herbert herman hiroshi
horace howard hubert hugh hugo humberto humphrey iain ian ignacio igor ike irving isaac isaiah ivan ivor jack
jacob jacques jake jamal james jameson jared jarrod jason jasper javier jeff jeffery jeffrey
jeremiah jeremy jerome jerry jesse jesus jim jimmy joachim joaquin jock joe joel johann johannes john
johnny jon jonah jonathan jordi jorge jose josef joseph joshua juan jules julian julius justin kareem
karl keegan keith ken kenneth kenny kevin khalid kieran kirk klaus kurt kyle lamar lance larry lars
laurence lawrence leo leon leonard leonardo leopold leroy les lester lewis liam linus lionel lloyd
lorenzo louis lowell luca lucas lucian ludwig luigi luis luke luther lyle mack malcolm manfred manuel
marc marcel marco marcus mario mark marlon marshall martin marvin mason mathias matthew matthias maurice
max maximilian maxwell melvin merle micah michael miguel mike mikhail milo mitch mohamed mohammad
mohammed monte morris moses muhammad murray nasser nathan nathaniel ned neil nelson neville niall
nicholas nick nico nicolas niels nigel nikolai nils noah noam noel norbert norman olaf oliver omar orville
oscar osman oswald otto owen ozzie pablo patrick paul pedro percy perry pete peter phil philip phillip
pierre pietro quentin quincy rafael rahul ralf ralph ramesh ramon randall randy raphael raul ray raymond
reggie reginald reinhard rex reza rhys ricardo richard rick ricky rob robbie robert roberto rocco rod
rodney rodrigo roger roland rolf romeo ron ronald ronnie rory ross roy rudolf rudy rufus rupert russell
ryan salman salvatore samuel sanjay saul scott seamus sean sebastian sergei sergio seth shane shaun
sheldon sherman sid silvio simon solomon spencer stanley stefan stephen steve steven stewart stuart sven
sylvester teddy terence terrence terry thaddeus theo theodore thomas thor thurston tim timmy timothy
tobias todd tom tommy tony travis trevor troy tyrone ulrich ulysses vaughn vern vernon vic victor vince
vincent vladimir vladislav wade waldo wally walt walter warren wayne wendell werner wesley wilbur
wilfred wilhelm william willie winston wolfgang woodrow wyatt xavier yosef yuri yusuf zach zachary zane
""".split())

FEMALE: frozenset[str] = frozenset("""
abby abigail ada addie adele adeline adriana agatha agnes aisha alexandra alice alicia alison alma
althea amanda amber amelia amelie amy ana anastasia angela angelina anita ann anna annabel anne annette
annie antoinette antonia april ariana arlene astrid audrey aurora ava babette barbara beatrice becky
belinda bella bernadette bertha bess bessie beth bethany betsy betty beverly bianca blanche bonnie
brenda brianna bridget brigitte brittany brooke camila camilla candace cara carla carly carmela carmen
carol carolina caroline carolyn cassandra cassie catalina catherine cathy cecilia celeste celia celine
charlotte chelsea cheryl chloe christa christie christina christine cindy claire clara clarissa claudia
colleen connie constance cora corinne crystal cynthia daisy danielle daphne darlene dawn debby deborah
debra delia della denise diana diane dina dolly dolores donna dora doris dorothy dottie edith edna effie
eileen elaine eleanor elena elisabeth elise eliza elizabeth ella ellen ellie eloise elsa elsie emilia
emily emma emmeline erica erin estelle esther ethel eugenia eunice eva evangeline eve faith fanny
fatima felicity fern fiona flora florence frances francesca francine freda frida gabriela gabrielle gail
genevieve georgia georgina geraldine gertrude gillian gina gisela gladys glenda gloria goldie grace
greta gretchen gwen gwendolyn hannah harriet hattie hazel heather heidi helen helena helga henrietta
hermione hester hilary hilda hillary holly ida imogen ines ingrid irene iris irma isabel isabella
isabelle isadora isla ivy jacqueline jade jana jane janet janice janine jasmine jeanette jeannie jemima
jennifer jenny jessica jill joanna joanne jodie josephine josie joy joyce juanita judith judy julia
juliana julie juliet june justine kaitlyn karen karla katarina kate katharine katherine kathleen kathrin
kathryn kathy katie katrina katy katya kayla keira kelly kirsten kitty kristen kristin kristina lana
larissa laura lauren laverne leah leila lena leona libby lila lillian lily lina linda lisa liz liza
lizzie lois lola lorna lorraine lottie louisa louise luann lucia lucille lucinda lucy luisa lulu lydia
lynn mabel madeleine madeline madison mae magdalena maggie maisie mandy marcia margaret margarita margo
margot mari maria marian mariana marianne maribel marie marilyn marina marisa marjorie marla marlene
marsha martha mary matilda maud maude maureen mavis maxine meg megan meghan melanie melissa mercedes
meredith mia michelle mildred millie mina minnie mira miriam molly mona monica muriel myra myrtle nadia
nadine nan nancy nanette naomi natalie natasha nell nellie nettie nicole nikki nina noelle nola
nora norma octavia odette olga olive olivia opal paige pam pamela pansy patricia patsy patty paula
pauline pearl peg peggy penelope petra philippa phoebe phyllis polly poppy priscilla prudence queenie
rachael rachel ramona rebecca rebekah regina renee rhoda rhonda rita roberta rochelle rosa rosalie
rosalind rose rosemary rosie rowena roxanne ruby ruth sabrina sadie sallie sally samantha sandra sara
sarah selma serena sharon sheila shelley sherry shirley simone sofia sonia sonya sophia sophie stella
stephanie sue susan susanna susannah susie suzanne suzy svetlana sylvia tabitha tamara tammy tania tanya
teresa tess tessa thelma theresa tiffany tilly tina tonya tricia trish trudy ursula valentina valerie
vanessa velma vera verna veronica vicky victoria viola violet virginia vivian vivienne wanda wendy
wilhelmina wilma winifred yolanda yvette yvonne zelda zoe
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
