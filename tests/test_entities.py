"""Actors and places: name spans with titles, the gazetteer, alias folding."""

from __future__ import annotations

import pytest

from timeline.entities import (
    AliasResolver,
    classify,
    find_names,
    gazetteer,
    place_contains,
    places_overlap,
    spelling_key,
)


def names(text: str) -> list[tuple[str, str]]:
    return [(n.title, n.name) for n in find_names(text)]


@pytest.mark.parametrize("text, expected", [
    ("Russian President Vladimir Putin said", [("Russian President", "Vladimir Putin")]),
    ("Secretary of State Marco Rubio met", [("Secretary of State", "Marco Rubio")]),
    ("Treasury Secretary Scott Bessent added", [("Treasury Secretary", "Scott Bessent")]),
    ("The president met French President Emmanuel Macron.",
     [("French President", "Emmanuel Macron")]),
    ("CNN’s Lauren Kent contributed", [("", "CNN"), ("", "Lauren Kent")]),
    ("Meanwhile, Dmitriev told CNN", [("", "Dmitriev"), ("", "CNN")]),
    ("parts of Russian-occupied Ukraine.", [("", "Ukraine")]),
    ("talks in Saudi Arabia last week", [("", "Saudi Arabia")]),
    ("Secretary of Commerce Howard Lutnick said", [("Secretary of Commerce", "Howard Lutnick")]),
    ("President of France Emmanuel Macron said", [("President of France", "Emmanuel Macron")]),
    ("Director of National Intelligence Tulsi Gabbard said",
     [("Director of National Intelligence", "Tulsi Gabbard")]),
    ("the Secretary of Commerce said", []),  # a title alone names nobody
    ("the Director of National Intelligence said", []),  # not "Intelligence"
    ("the Secretary of State Rubio said", [("Secretary of State", "Rubio")]),
    ("the Governor of Texas Abbott said", [("Governor of Texas", "Abbott")]),
    ("Secretary-General of the United Nations António Guterres said",
     [("Secretary-General of the United Nations", "António Guterres")]),
    ("UN Secretary-General António Guterres said", [("UN Secretary-General", "António Guterres")]),
    ("talks with the US on Monday", [("", "US")]),
    ("US officials said", [("", "US")]),
    ("He said IT workers and the NO campaign gave US$5 million.", []),  # not countries
    ("head of the International Atomic Energy Agency", [("", "International Atomic Energy Agency")]),
    ("ambassador to the United Arab Emirates", [("", "United Arab Emirates")]),
    ("professor at the London School of Economics", [("", "London School of Economics")]),
    ("leader of the Gulf Cooperation Council", [("", "Gulf Cooperation Council")]),
    ("King of Saudi Arabia Salman said", [("King of Saudi Arabia", "Salman")]),
    ("the Bank of England said", [("", "Bank of England")]),
    ("the Russia-Ukraine war and US-Russia talks", []),  # modifiers, not actors
    ("the Russia–Ukraine war and US–Russia talks", []),  # with an en dash too
    ("The US met Russia—Ukraine was not invited—in Riyadh.",  # an em dash opens an aside
     [("", "US"), ("", "Russia"), ("", "Ukraine"), ("", "Riyadh")]),
    ("sanctions on Russia/Belarus", [("", "Russia"), ("", "Belarus")]),
    ("Russia and Ukraine met", [("", "Russia"), ("", "Ukraine")]),
    ("Guinea-Bissau voted", [("", "Guinea-Bissau")]),
    ("Special Envoy to the Middle East Steve Witkoff met",
     [("Special Envoy to the Middle East", "Steve Witkoff")]),
    ("as Apple's C.E.O., I would", [("", "Apple")]),  # a title with dots is a title
    # What stands before an organisation's head names it: no title.
    ("The European Union imposed sanctions", [("", "European Union")]),
    ("the Russian Defense Ministry said", [("", "Russian Defense Ministry")]),
    ("a State Department spokesman", [("", "State Department")]),
    ("the Ukrainian Armed Forces said", [("", "Ukrainian Armed Forces")]),
    ("The Arab League met", [("", "Arab League")]),
    ("The quake hit at 3:42 a.m. (0242 GMT) on Sunday", []),  # a time zone
    ("Nobody was hurt when a drone hit", []),
    # A month that is a given name, before a surname, is the name's ...
    ("Among the survivors is April Holmes, a teacher.", [("", "April Holmes")]),
    # ... unless a time word comes before it.
    ("In April Holmes moved to Leeds.", [("", "Holmes"), ("", "Leeds")]),
    # People named by what they do, opening a sentence, are no names ...
    ("Investors welcomed the deal.", []),
    ("Seismologists warned on Monday.", []),
    ("Detectives believe the pair sold access.", []),
    ("Families in this town deserve answers.", []),
    ("Witnesses said the car sped away.", []),
    ("Relatives of the victims dismissed it.", []),
    # ... and so are plurals with a phrase after them that says which ...
    ("Relations between the two have soured.", []),
    ("Talks in Riyadh ended.", [("", "Talks"), ("", "Riyadh")]),  # a known limit: a name before it
    ("Shares of Lumora fell.", [("", "Lumora")]),
    ("Brothers of Italy won.", [("", "Brothers of Italy")]),  # people: a body's name, often
    ("Fans who march behind the band cheered.", []),
    # ... or whose singular the text writes in lower case.
    ("Pickets gathered at the gate. The picket line held.", []),
    ("Shares fell. Each share lost a tenth.", []),
    # A party's members, a name in -s, a surname written in full stay names.
    ("Greens won. The green vote rose.", [("", "Greens")]),
    ("Barclays said it would cut jobs.", [("", "Barclays")]),
    ("Bill Gates spoke at the gate. Gates said so.", [("", "Bill Gates"), ("", "Gates")]),
    ("Police arrested a man.", []),
    ("Police Scotland said.", [("", "Police Scotland")]),
    # A body's name keeps the title word that opens it ...
    ("The National Assembly voted.", [("", "National Assembly")]),
    ("The National Highway Traffic Safety Administration said",
     [("", "National Highway Traffic Safety Administration")]),
    ("The National Hurricane Center said", [("", "National Hurricane Center")]),
    ("The Food and Drug Administration said", [("", "Food and Drug Administration")]),
    # ... and "New" inside a sentence is a name's, not before a place's modifier.
    ("Blue Origin flew its New Glenn rocket.", [("", "Blue Origin"), ("", "New Glenn")]),
    ("voters backed New Horizon.", [("", "New Horizon")]),
    ("the New York-based company", []),
    # A newspaper named for a day keeps the day; a day before a name does not.
    ("The Sunday Times reported it.", [("", "Sunday Times")]),
    ("Sunday Putin met Trump.", [("", "Putin"), ("", "Trump")]),
    # A temperature's scale names nobody.
    ("It reached 40 degrees Celsius in Athens.", [("", "Athens")]),
    ("Retailers' groups warned of shortages.", []),  # whose groups: no name either
    ("Sanders' campaign announced a haul.", [("", "Sanders")]),  # a name's owner keeps it
    ("Conservatives won the by-election.", [("", "Conservatives")]),  # a party
    ("Officials said on Monday the talks would resume.", []),
    ("Authorities said on Monday the fire was contained.", []),
    ("Liberals won. They beat the Liberals.", [("", "Liberals"), ("", "Liberals")]),
    # ... unless written capitalised elsewhere, or a people.
    ("Sanders said it. Bernie Sanders spoke.", [("", "Sanders"), ("", "Bernie Sanders")]),
    ("Russians voted on Sunday.", [("", "Russians")]),
    ("Teamsters president Sean O'Brien said", [("", "Teamsters"), ("", "Sean O'Brien")]),
    ("won the Premier League", [("", "Premier League")]),
    ("Premier Foods agreed", [("", "Premier Foods")]),  # "Premier" opens names too
    # Name particles, two in a row too, and a surname opening on them.
    ("President Ursula von der Leyen said", [("President", "Ursula von der Leyen")]),
    ("Frans van der Merwe met Rafael de la Cruz", [("", "Frans van der Merwe"),
                                                   ("", "Rafael de la Cruz")]),
    ("Later, von der Leyen flew home.", [("", "von der Leyen")]),
    ("They met in der Stadt.", [("", "Stadt")]),  # "der" alone opens no name
    # The Arabic article is joined by a hyphen: one name, opening on it too.
    ("Minister Khalid al-Mansouri said", [("Minister", "Khalid al-Mansouri")]),
    ("Later, al-Mansouri flew home.", [("", "al-Mansouri")]),
    ("Syria's Bashar al-Assad fled", [("", "Syria"), ("", "Bashar al-Assad")]),
    ("Russian-occupied areas", []),  # still a modifier
    # A participle opening a sentence before a noun is no name ...
    ("Masked gunmen robbed a bank.", []),
    ("Armed police stormed the flat.", []),
    # ... nor is a span of time opening one, in a text that writes it no other way.
    ("Hours after the blast, rescuers found two survivors.", []),
    ("Weeks later, the ministry said it would rebuild the school.", []),
    # ... a name in -ed before its verb is.
    ("Ahmed said it.", [("", "Ahmed")]),
    ("Mohamed met Lavrov.", [("", "Mohamed"), ("", "Lavrov")]),
    # A people's adjective names nobody; a country named with it does.
    ("Czech firefighters arrived on Thursday.", []),
    ("The Czech Republic voted.", [("", "Czech Republic")]),
    ("Turkish President Recep Tayyip Erdogan said", [("Turkish President",
                                                    "Recep Tayyip Erdogan")]),
    # Counts of people name nobody.
    ("Hundreds fled. Thousands of people rallied.", []),
    # Measures in capitals name nobody.
    ("Merz pledged to lift spending above 3% of GDP.", [("", "Merz")]),
    ("the AI boom lifted US shares", [("", "US")]),
])
def test_names_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "On Monday the talks resumed.",
    "In fact, he may come in.",
    "We would be happy.",
    "Russian officials said.",
    "I'd love to meet him.",
    # Contractions and words that stand for no one in particular.
    "We'd rather lose a day. We'll save that. They've gone.",
    "Everything we have seen says so. Whoever did it will pay. Something broke.",
    # Prepositions that open a phrase before the subject.
    "Following the summit on Friday, the talks resumed.",
    "Ahead of the vote next week, the talks resumed.",
    "Amid the talks, the shelling resumed.",
])
def test_openers_calendar_words_and_demonyms_are_not_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # After a dateline, the first word opens a sentence: people by trade,
    # participles and adverbs there are no names; the dateline's place is.
    ("ROTTERDAM — Shareholders in Dekker Hollis approved the deal.", ["ROTTERDAM", "Dekker Hollis"]),
    ("MOSCOW (Reuters) - Officials said the talks would resume.", ["MOSCOW", "Reuters"]),
    ("SPRINGFIELD, Ill., Oct. 6 — Prosecutors charged a man.", ["SPRINGFIELD", "Ill"]),
    ("WASHINGTON — Trump said the talks would resume.", ["WASHINGTON", "Trump"]),
])
def test_a_datelines_first_word_opens_a_sentence(text: str, expected: list[str]) -> None:
    assert [name for _, name in names(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # One body's name, joined by "of the" after a body's word or by "and".
    ("The Office of the Comptroller of the Currency fined the bank.",
     ["Office of the Comptroller of the Currency"]),
    ("It told the Securities and Exchange Commission.", ["Securities and Exchange Commission"]),
    ("It sold the Bank of the Philippine Islands.", ["Bank of the Philippine Islands"]),
    # Not two parties, nor a person and a body.
    ("Britain and European Commission officials met.", ["Britain", "European Commission"]),
    ("Putin of the Kremlin and Rubio met.", ["Putin", "Kremlin", "Rubio"]),
])
def test_one_bodys_name_runs_over_of_the_and_and(text: str, expected: list[str]) -> None:
    assert [name for _, name in names(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A person "of" a place or a firm is two names: who, and where or whom from.
    ("Sen. Mark Dillard of Tennessee asked.", [("actor", "Mark Dillard"),
                                               ("place", "Tennessee, United States")]),
    ("The lawyer, Daniel Whitcomb of Whitcomb & Hale, said.",
     [("actor", "Daniel Whitcomb"), ("actor", "Whitcomb & Hale")]),
    # One name: a body, or a word that is no full name.
    ("The Bank of America said.", [("actor", "Bank of America")]),
    ("Putin of Russia said.", [("actor", "Putin of Russia")]),
])
def test_a_person_of_a_place_is_two_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.kind, e.name) for e in classify(text, find_names(text))] == expected


def test_names_do_not_run_across_lines() -> None:
    text = "parts of Ukraine.\n\nPutin said"
    assert [n.surface for n in find_names(text)] == ["Ukraine", "Putin"]


def test_offsets_index_the_text() -> None:
    text = "Yesterday, Apple CEO Steve Jobs unveiled iPhone 4 in San Francisco."
    for name in find_names(text):
        assert text[name.start:name.end] == name.surface
        assert name.surface.endswith(name.name)


def test_city_lies_in_its_country() -> None:
    text = "Officials met in Riyadh, Saudi Arabia, recently."
    places = [e for e in classify(text, find_names(text)) if e.kind == "place"]
    assert [p.name for p in places] == ["Riyadh, Saudi Arabia"]
    assert place_contains("Saudi Arabia", "Riyadh, Saudi Arabia")
    assert not place_contains("Riyadh, Saudi Arabia", "Saudi Arabia")
    assert places_overlap(["Saudi Arabia"], ["Riyadh, Saudi Arabia"])
    assert not places_overlap(["France"], ["Riyadh, Saudi Arabia"])


def test_a_city_alone_takes_its_country_from_the_gazetteer() -> None:
    text = "The leaders met in Paris on Friday."
    places = [e.name for e in classify(text, find_names(text)) if e.kind == "place"]
    assert places == ["Paris, France"]


@pytest.mark.parametrize("text, places", [
    # What says a place's name follows makes it one, in the gazetteer or not.
    ("Drones struck the southern city of Kherson.", ["Kherson, Ukraine"]),
    ("Protesters rallied in the capital, Quito, on Monday.", ["Quito, Ecuador"]),
    ("Fighting raged near the village of Salmeniko.", ["Salmeniko"]),
    ("The fire burned 20 km southwest of Aigio.", ["Aígio, Greece"]),
    # Not a body's name with "of" in it, nor a town named as no place.
    ("The Bank of England cut rates.", []),
    ("Salmeniko said it would sue.", []),
])
def test_a_place_introduced_as_one_is_a_place(text: str, places: list[str]) -> None:
    assert [e.name for e in classify(text, find_names(text)) if e.kind == "place"] == places


@pytest.mark.parametrize("text, places, actors", [
    # A lake, a gulf, a mountain range is a place, whatever the word before it.
    ("He gave his brother a condo on Lake Springfield.", ["Lake Springfield"], []),
    ("The blaze spread towards the Gulf of Corinth.", ["Gulf of Corinth"], []),
    ("The Sierra Madre Oriental slowed the storm.", ["Sierra Madre Oriental"], []),
    ("The Mekong River flooded.", ["Mekong River"], []),
    # Companies named after one are actors.
    ("Gulf Oil and Bay Capital said they would merge.", [], ["Gulf Oil", "Bay Capital"]),
    ("Silicon Valley Bank collapsed.", [], ["Silicon Valley Bank"]),
])
def test_a_landform_is_a_place(text: str, places: list[str], actors: list[str]) -> None:
    found = classify(text, find_names(text))
    assert [e.name for e in found if e.kind == "place"] == places
    assert [e.name for e in found if e.kind == "actor"] == actors


@pytest.mark.parametrize("text, actors", [
    ("The trial of the two-term Democrat got underway.", []),
    ("Ellen Dorsey, an Ohio Republican, said the panel would meet.", ["Ellen Dorsey"]),
    # Members together act; a party's name is a body.
    ("Democrats blocked the bill.", ["Democrats"]),
    ("The Conservative Party won the vote.", ["Conservative Party"]),
])
def test_a_party_member_named_by_party_is_no_actor(text: str, actors: list[str]) -> None:
    assert [e.name for e in classify(text, find_names(text)) if e.kind == "actor"] == actors


@pytest.mark.parametrize("text, kind", [
    ("Russia says it is open", "actor"),
    ("mining in Russia and Ukraine", "place"),
    ("the U.S. lifted sanctions", "actor"),
])
def test_a_country_is_a_place_after_a_locative_word_else_an_actor(text: str, kind: str) -> None:
    first = classify(text, find_names(text))[0]
    assert first.kind == kind


def test_country_aliases_are_normalised() -> None:
    gaz = gazetteer()
    assert gaz.country_name("U.S.") == "United States"
    assert gaz.country_name("US") == "United States"
    assert gaz.country_name("Russian Federation") == "Russia"


@pytest.mark.parametrize("a, b", [
    ("Zelenskyy", "Zelensky"), ("Zelenskiy", "Zelensky"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
])
def test_transliteration_variants_share_a_key(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)


def test_surname_folds_to_the_full_name_in_the_same_article() -> None:
    resolver = AliasResolver()
    for name in ("Vladimir Putin", "Putin", "Donald Trump", "Trump"):
        resolver.learn("a", name)
    resolver.learn("b", "Putin")
    assert resolver.canonical("a", "Putin") == "Vladimir Putin"
    assert resolver.canonical("a", "Trump") == "Donald Trump"
    # Only one full name in the corpus ends with "Putin": it is the one.
    assert resolver.canonical("b", "Putin") == "Vladimir Putin"


@pytest.mark.parametrize("full, surnames", [
    ("Ursula von der Leyen", ("Von der Leyen", "von der Leyen")),
    # The Arabic article joined by a hyphen.
    ("Khalid al-Mansouri", ("Al-Mansouri", "al-Mansouri")),
])
def test_a_surname_with_particles_folds_to_the_full_name(full: str,
                                                        surnames: tuple[str, str]) -> None:
    resolver = AliasResolver()
    for name in (full, *surnames):
        resolver.learn("a", name)
    for surname in surnames:
        assert resolver.canonical("a", surname) == full


def test_an_ambiguous_surname_is_left_alone() -> None:
    resolver = AliasResolver()
    for doc, name in (("a", "Steve Jobs"), ("b", "Tim Jobs"), ("c", "Jobs")):
        resolver.learn(doc, name)
    assert resolver.canonical("c", "Jobs") == "Jobs"


def test_configured_aliases_win_and_spellings_fold() -> None:
    resolver = AliasResolver({"Volodymyr Zelenskyy": ("Zelensky",)})
    resolver.learn("a", "Zelenskiy")
    assert resolver.canonical("a", "Zelenskiy") == "Volodymyr Zelenskyy"
    assert resolver.canonical("a", "Zelensky") == "Volodymyr Zelenskyy"


@pytest.mark.parametrize("formal", ["Apple Inc.", "Apple AB", "Apple SE", "Apple NV", "Apple SpA"])
def test_corporate_suffixes_fold(formal: str) -> None:
    resolver = AliasResolver()
    resolver.learn("a", formal)
    resolver.learn("b", "Apple")
    assert resolver.canonical("a", formal) == resolver.canonical("b", "Apple") == "Apple"


@pytest.mark.parametrize("firm", ["Hartwell & Co", "Hartwell and Co."])
def test_a_partnership_keeps_its_company_word(firm: str) -> None:
    resolver = AliasResolver()
    resolver.learn("a", firm)
    assert resolver.canonical("a", firm) == firm


def test_initials_fold_to_the_body_they_shorten_in_the_same_article() -> None:
    resolver = AliasResolver()
    for doc, name in (("a", "European Central Bank"), ("a", "ECB"), ("b", "ECB"),
                      ("c", "Federal Bureau of Investigation"), ("c", "FBI"),
                      ("c", "Bank of Japan"), ("c", "BOJ"),
                      ("d", "Information Commissioner's Office"), ("d", "ICO")):
        resolver.learn(doc, name)
    assert resolver.canonical("a", "ECB") == "European Central Bank"
    assert resolver.canonical("c", "FBI") == "Federal Bureau of Investigation"
    assert resolver.canonical("c", "BOJ") == "Bank of Japan"
    assert resolver.canonical("d", "ICO") == "Information Commissioner's Office"
    # Another article's initials may stand for another body ("AFP").
    assert resolver.canonical("b", "ECB") == "ECB"


def test_initials_of_a_person_two_bodies_or_two_letters_stay() -> None:
    resolver = AliasResolver()
    for name in ("Recep Tayyip Erdogan", "RTE", "Associated Press", "AP",
                 "International Cricket Council", "Indian Chess Council", "ICC"):
        resolver.learn("a", name)
    assert resolver.canonical("a", "RTE") == "RTE"  # a broadcaster, not the man it interviewed
    assert resolver.canonical("a", "AP") == "AP"
    assert resolver.canonical("a", "ICC") == "ICC"


def test_countries_never_fold_into_longer_names() -> None:
    resolver = AliasResolver()
    resolver.learn("a", "Russian-occupied Ukraine")
    resolver.learn("a", "Ukraine")
    assert resolver.canonical("a", "Ukraine") == "Ukraine"


def test_a_name_never_folds_into_one_led_by_a_country() -> None:
    # "its United Kingdom iTunes store" is the British store, not iTunes' full name.
    resolver = AliasResolver()
    resolver.learn("a", "United Kingdom iTunes")
    for doc in ("a", "b"):
        resolver.learn(doc, "iTunes")
        assert resolver.canonical(doc, "iTunes") == "iTunes"
    # A one-word country may be a first name.
    resolver.learn("c", "Jordan Peterson")
    resolver.learn("d", "Peterson")
    assert resolver.canonical("d", "Peterson") == "Jordan Peterson"


def test_config_rejects_a_name_aliased_to_two_actors() -> None:
    from timeline.config import ConfigError, options_from_mapping

    with pytest.raises(ConfigError, match="alias of both"):
        options_from_mapping({"aliases": {"Donald Trump": ["Trump"], "Trump Jr": ["trump"]}},
                             "config.yaml")
    assert options_from_mapping({"aliases": {"Donald Trump": ["Trump"]}}).aliases == {
        "Donald Trump": ("Trump",)}


@pytest.mark.parametrize("text, expected", [
    # An ordinary word opening a quotation is no name, in any quote marks ...
    ("“Success is not a crime,” Daniel Achterberg said.", ["Daniel Achterberg"]),
    ("'Friendship is not a crime,' Mark Feldstein said.", ["Mark Feldstein"]),
    ("He said: ‘Patients deserve better.’", []),
    # ... but a name that opens one, written as a name elsewhere, is a name.
    ("‘Peru will not tolerate it,’ said Javier Montoya. He flew to Peru.",
     ["Peru", "Javier Montoya", "Peru"]),
    ("'Spain needs a government,' said Isabel Ruiz. She flew to Spain.",
     ["Spain", "Isabel Ruiz", "Spain"]),
    # A name right after a closing mark is the speaker's, not a quotation's opener.
    ('"It is a great deal," Trump said on Monday.', ["Trump"]),
    ("'It is a great deal,' Trump said on Monday.", ["Trump"]),
    ("‘It is a great deal,’ Trump said on Monday.", ["Trump"]),
    # A name that is also a word ("Nothing", the phone maker) is a name.
    ("Carl Pei's Nothing launched a phone.", ["Carl Pei", "Nothing"]),
    # A mark after a name's last letter is not part of it.
    ("‘I am for all Spaniards.’ She met Felipe.", ["Spaniards", "Felipe"]),
    ("Patrick O'Brien met Aoife O’Neill.", ["Patrick O'Brien", "Aoife O’Neill"]),
])
def test_a_quotation_opens_as_a_sentence_does(text: str, expected: list[str]) -> None:
    assert [n.name for n in find_names(text)] == expected


def test_a_common_word_opening_a_sentence_is_not_a_name() -> None:
    text = "Moving on, Jobs showed the world a phone. World leaders met. Putin, moving on, spoke."
    assert [n.name for n in find_names(text)] == ["Jobs", "Putin"]


@pytest.mark.parametrize("text, expected", [
    # An adverb set off by a comma opens a sentence; a place or a person may too.
    ("Unfortunately, that day has come.", []),
    ("Unfortunately , that day has come .", []),  # tokenised text
    ("Kelly, a spokeswoman, said so. Italy, too, voted.", ["Kelly", "Italy"]),
    ("Connolly , the minister , resigned .", ["Connolly"]),
    ("Mr. Brown signed. The brown bag was empty.", ["Brown"]),  # "Mr." ends no sentence
    # A word the text also writes in lower case, opening a quotation or
    # following a colon, is an ordinary word.
    ('He said, "Stop me if you have seen this. Do not stop."', []),
    ("The email reads: Team, the team is strong.", []),
    # Opening a sentence and linked to a name, it is not part of the name.
    ("Shares of Apple fell. Apple shares rose.", ["Apple", "Apple"]),
    ("Speaking for Apple Corps, Neil Aspinall was speaking.", ["Apple Corps", "Neil Aspinall"]),
    ("Bank of America said.", ["Bank of America"]),
    # A participle linked by "for" needs no lower-case use in the text.
    ("Speaking for Apple Corps, Neil Aspinall said so.", ["Apple Corps", "Neil Aspinall"]),
    ("Manning of Goldman Sachs said so.", ["Manning of Goldman Sachs"]),
    ("Manning for Apple argued the case.", ["Manning for Apple"]),
    ("Speaking for Google at the hearing, lawyer John Schmidtlein said so.",
     ["Google", "John Schmidtlein"]),
    ("Speaking for Apple Corps Ltd., Neil Aspinall said so.", ["Apple Corps Ltd", "Neil Aspinall"]),
    # An organisation's or a title's head word is part of the name.
    ("Department of Justice officials said the department would sue.",
     ["Department of Justice"]),
    ("Ministry of Defence said the ministry agreed.", ["Ministry of Defence"]),
])
def test_ordinary_words_opening_a_sentence_are_not_names(text: str, expected: list[str]) -> None:
    assert [n.name for n in find_names(text)] == expected


def test_a_title_opening_a_sentence_stays_a_title() -> None:
    found = find_names("Secretary of State John Kerry said the secretary left.")
    assert [(n.title, n.name) for n in found] == [("Secretary of State", "John Kerry")]


def test_an_opener_that_begins_a_place_name_stays() -> None:
    text = "The New York Times said. New Zealand voted. New products came."
    assert [n.name for n in find_names(text)] == ["New York Times", "New Zealand"]


def test_a_word_never_folds_into_a_name_that_is_not_a_persons() -> None:
    resolver = AliasResolver()
    for doc, name in (("a", "Shares of Apple"), ("b", "Apple"), ("c", "Procter & Gamble")):
        resolver.learn(doc, name)
    resolver.learn("a", "Apple")
    resolver.learn("c", "Gamble")
    resolver.learn("c", "Steve Jobs Apple Computer CEO")  # a headline run into a byline
    resolver.learn("c", "CEO")
    assert resolver.canonical("a", "Apple") == resolver.canonical("b", "Apple") == "Apple"
    assert resolver.canonical("c", "Gamble") == "Gamble"
    assert resolver.canonical("c", "CEO") == "CEO"


@pytest.mark.parametrize("text, expected", [
    # A title's office is one body, and no place ...
    ("a fine from the Information Commissioner's Office", [("Information Commissioner's Office",
                                                            "actor")]),
    ("The Attorney General's Office said", [("Attorney General's Office", "actor")]),
    # ... but a room is a place, and a body's word alone after an owner's
    # name names nobody.
    ("spoke from the Oval Office", [("Oval Office", "place")]),
    ("Apple's Board met", [("Apple", "actor")]),
    ("Russia's Defence Ministry said", [("Russia", "actor"), ("Defence Ministry", "actor")]),
])
def test_an_office_after_a_possessive(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.name, e.kind) for e in classify(text, find_names(text))] == expected
