"""English lexicon for the time-expression tagger (``timeline.temporal``).

Only words and their meanings live here; the patterns built from them and the
rules that use them are in ``timeline.temporal``. Another language would get
a module of the same shape.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also common words or given names: alone (no day, no
# year) they are only a month after a word that introduces a time.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "june", "august"})
# Month names that are also given names: before a capitalised word ("April
# Holmes"), only a month after a word that introduces a time ("in April Kyiv").
GIVEN_NAME_MONTHS: frozenset[str] = frozenset({"april", "may", "june", "august"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
# Abbreviations are only accepted in front of a full date ("Mon, Feb 24"):
# alone, "Wed", "Sat" and "Sun" are far more often something else.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}

# Words that, right before a bare month name, make it a month ("in May").
MONTH_INTRODUCERS: frozenset[str] = frozenset({
    "in", "of", "since", "until", "till", "by", "from", "through", "throughout",
    "during", "before", "after", "early", "mid", "late", "last", "next", "this",
    "between", "and", "or", "to", "on", "for", "that", "every", "each", "past",
    "coming", "end", "beginning", "start", "middle", "around", "about",
})

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
# First month of each season (northern hemisphere, meteorological seasons).
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "last": 4, "final": 4,
}
# Decades in words, after "the": "the nineties" (the century comes from the reference).
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}
# Quantities that say "some number of" without a number: values get an X.
VAGUE_QUANTITIES: frozenset[str] = frozenset({
    "several", "a few", "few", "many", "some", "a number of", "numerous",
    "a couple of", "couple of", "a couple",
})

# Duration units: TIMEX3 unit letter, whether it sits after the "T", and how
# many of that unit one of ours is (a decade is ten years).
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "sec": ("S", True, 1),
    "minute": ("M", True, 1), "min": ("M", True, 1),
    "hour": ("H", True, 1), "hr": ("H", True, 1),
    "day": ("D", False, 1),
    "week": ("W", False, 1), "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "yr": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
}

# Plural spans of time, as words ("Hours after the blast", "Weeks later").
SPANS_OF_TIME: frozenset[str] = frozenset({
    "moments", "seconds", "minutes", "hours", "days", "weeks", "fortnights", "months",
    "quarters", "years", "decades", "centuries"})

# Adjectives and adverbs that denote a recurrence (TimeML SET), with value.
RECURRENCE_WORDS: dict[str, str] = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "biannual": "P6M",
    "semiannual": "P6M", "biennial": "P2Y", "quarterly": "P3M",
    "monthly": "P1M", "weekly": "P1W", "biweekly": "P2W", "daily": "P1D",
    "nightly": "P1D", "hourly": "PT1H",
}

# Words that say the clause talks about the future, or the past; used to pick
# the direction of a weekday or a month without a year.
FUTURE_CUES: frozenset[str] = frozenset({
    "will", "'ll", "shall", "wo", "won't", "would", "upcoming",
    "scheduled", "slated", "expected", "expects", "expect", "plans", "planned",
    "planning", "plan", "intends", "aims", "hopes", "next", "coming",
    "tomorrow", "starting", "forthcoming", "is", "are",
})
# Present-tense verbs of schedules: "the summit opens on Monday", "voters go
# to the polls on Sunday" speak of what is coming. (Verbs of news such as
# "launches" or "unveils" are left out: headlines use them for the past.)
SCHEDULE_VERBS: frozenset[str] = frozenset({
    "starts", "start", "begins", "begin", "opens", "open", "closes", "close",
    "ends", "end", "meets", "meet", "goes", "go", "votes", "vote", "arrives",
    "arrive", "resumes", "resume", "expires", "expire", "convenes", "convene",
    "kicks", "runs", "airs", "premieres", "takes", "take", "holds", "hold",
})
# Modal verbs look ahead ("could end by Easter") unless followed by "have".
MODALS: frozenset[str] = frozenset({"could", "might", "may", "should", "must", "can"})
# Verbs of saying after an expression ("..., officials said") belong to the
# report, not to the event: they say nothing about the expression's tense.
REPORTING_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes",
    "reported", "reports", "announced", "announces", "stated", "states",
    "according", "wrote", "writes", "explained", "confirmed", "claimed",
})
# Words that only point to the future before certain words ("set to",
# "going to"); "due to the storm" and "he set a record" do not.
FUTURE_IF_FOLLOWED: dict[str, frozenset[str]] = {
    "set": frozenset({"to", "for"}),
    "going": frozenset({"to"}),
    "due": frozenset({"on", "in", "by", "for", "out", "back", "next", "this", "later"}),
}
# Words of intent, readiness or likelihood: a time after them is of what
# is meant ("agreed to meet in March", "was ready to travel in May", "a
# meeting was possible in March"), which lies after the intending but on
# either side of the article's date: the nearer reading is taken, unless a
# future cue stands before them ("will be possible"); a past ("said",
# "was") places nothing. Verbs of attempts and decisions ("tried to",
# "voted to") are not here: their time is usually their own.
OPEN_TENSE_WORDS: frozenset[str] = frozenset({
    "possible", "impossible", "likely", "unlikely", "ready", "willing", "unwilling", "eager",
    "keen", "poised",
})
OPEN_TENSE_BEFORE_TO: frozenset[str] = frozenset({
    "agreed", "promised", "vowed", "pledged", "intended", "aimed", "hoped", "wanted", "wants",
    "want",
    "working", "hoping", "looking", "aiming", "seeking", "preparing",
})
PAST_CUES: frozenset[str] = frozenset({
    "was", "were", "had", "did", "has", "have", "said", "says", "told", "came",
    "began", "made", "gave", "took", "went", "saw", "met", "held", "rose",
    "fell", "sold", "won", "lost", "left", "got", "became", "brought", "bought",
    "built", "chose", "drew", "drove", "ended", "found", "grew", "heard",
    "hit", "kept", "knew", "led", "let", "paid", "put", "ran", "read", "sent",
    "shot", "showed", "shut", "spoke", "spent", "stood", "struck",
    "taught", "thought", "threw", "understood", "wrote", "ago", "last",
    "yesterday", "earlier", "previously", "since",
    "broke",  # a verb beside a time: "the fire that broke out on Monday"
})
# Words ending in "ed" that are not past-tense verbs. (Those that are future
# cues, "scheduled", "expected"..., are in FUTURE_CUES, which is read first.)
NOT_PAST_ED: frozenset[str] = frozenset({
    "need", "feed", "speed", "seed", "bed", "red", "shed", "hundred", "indeed",
    "proceed", "exceed", "succeed", "breed", "greed", "weed", "wed",
    "based", "related",
    "limited", "united", "detailed", "advanced", "unprecedented",
    "called", "so-called", "used", "interested", "concerned", "supposed",
})

# Words after which a participle describes a noun, no verb: a determiner
# ("the injured workers", "a revamped notification") or a preposition
# ("letters to affected customers", "the amount of dropped calls"); not
# "that", which also leads a clause ("a breach that affected ...").
BEFORE_AN_ADJECTIVE: frozenset[str] = frozenset({
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "these", "those",
    "any", "every", "no", "of", "with", "for", "from", "into", "about", "to", "by", "among",
})

# Holidays with a fixed month and day.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "boxing day": (12, 26),
    "new year day": (1, 1), "new years day": (1, 1), "new years eve": (12, 31),
}

# Things counted by a number: a number right before one of these is a
# quantity, never a year or a day.
QUANTITY_WORDS: frozenset[str] = frozenset({
    "percent", "per", "pct", "million", "billion", "trillion", "thousand",
    "hundred", "bn", "mn", "m", "k", "tons", "tonnes", "ton", "tonne", "kg",
    "km", "miles", "mile", "feet", "foot", "meters", "metres", "people",
    "units", "copies", "dollars", "euros", "pounds", "yen", "shares",
    "employees", "workers", "jobs", "users", "customers", "songs", "apps",
    "applications", "stores", "points", "votes", "troops", "soldiers",
    "deaths", "cases", "gb", "mb", "tb", "mhz", "ghz", "pixels", "mm", "cm",
    "inches", "inch", "barrels", "mw", "gw", "kw", "x", "times", "members",
    "attendees", "visitors", "podcasts", "developers", "devices", "phones",
    "iphones", "computers", "homes", "houses", "cars", "vehicles", "acres",
    "square", "calories", "degrees", "°", "km/h", "mph",
})

# Nouns that make the number after them a label, not a year ("Room 2010",
# "Flight 1549", "Route 66").
IDENTIFIER_WORDS: frozenset[str] = frozenset({
    "room", "rooms", "flight", "route", "suite", "page", "pages", "gate", "exit",
    "platform", "highway", "interstate", "apartment", "apt", "chapter",
    "section", "article", "paragraph", "box", "bus", "train", "line", "channel",
    "hall", "building", "floor", "model", "no", "no.", "nos", "number", "#",
    "version", "v", "level", "pier", "lot", "code", "resolution", "bill",
    "unit", "ward", "district", "precinct", "item", "p.", "pp.", "vol", "vol.",
    "volume", "issue", "figure", "table", "order", "case", "patent", "ticket",
    "account", "tel", "tel.", "phone", "fax", "zip", "postcode", "street",
    "avenue", "road", "block", "batch", "serial", "iii", "h.r.", "s.", "hr",
})
