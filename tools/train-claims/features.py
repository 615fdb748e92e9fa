"""Feature hashing for Lede's claim model, mirrored byte for byte by
`crates/lede-core/src/claims/features.rs`.

The specification (both sides implement exactly this):

* Tokens are maximal runs of ASCII letters and digits in the UTF-8 bytes of
  the sentence; every other byte (punctuation, space, any non-ASCII byte)
  separates tokens. Letters are lower-cased and every digit becomes `0`
  ("£5.2bn" -> `0`, `0bn`; "2023" -> `0000`).
* Hashing is 32-bit FNV-1a over the token bytes. A unigram hashes the token;
  a bigram hashes the first token, one space byte, then the second token. The
  bucket is the hash modulo 2^16 (the low 16 bits).
* Each occurrence adds 1 to its bucket (counts, not presence).
* Hand features, in this order (see HAND_FEATURES): a digit token, a number
  word, money, percent, a year (a 4-digit token 1900-2099 before digit
  folding), and length = min(tokens, 60) / 30.
"""

BUCKET_BITS = 16
BUCKETS = 1 << BUCKET_BITS
FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193
MASK32 = 0xFFFFFFFF

NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "trillion trillions dozen dozens half quarter twice double triple".split()
)
MONEY_WORDS = frozenset("dollar dollars pound pounds euro euros bn".split())
PERCENT_WORDS = frozenset("percent percentage".split())

# Common irregular past-tense forms (with the "didn" of "didn't").
IRREGULAR_PAST = frozenset(
    "was were met held took came went began cut left fired struck won lost made gave sent led "
    "fell rose spent paid sold bought built saw found hit shot ran flew drew wrote spoke broke "
    "brought told said got had became put kept caught stole drove threw thrown chose sought "
    "taught fought did didn".split()
)

HAND_FEATURES = ["digit", "number_word", "money", "percent", "year", "length", "past", "name"]


def tokens(text):
    """Yields (raw, folded) byte strings of each token."""
    data = text.encode("utf-8")
    n = len(data)
    i = 0
    while i < n:
        b = data[i]
        if _is_alnum(b):
            j = i
            while j < n and _is_alnum(data[j]):
                j += 1
            raw = data[i:j]
            yield raw, bytes(_fold(c) for c in raw)
            i = j
        else:
            i += 1


def _is_alnum(b):
    return 48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122


def _fold(b):
    if 48 <= b <= 57:
        return 48
    if 65 <= b <= 90:
        return b + 32
    return b


def fnv(data, h=FNV_OFFSET):
    for b in data:
        h ^= b
        h = (h * FNV_PRIME) & MASK32
    return h


def features(text):
    """Returns (buckets, hand): a list of bucket indices (with repeats) and
    the hand feature values."""
    toks = list(tokens(text))
    buckets = []
    prev = None
    digit = number_word = money = percent = year = past = name = 0.0
    raw_bytes = text.encode("utf-8")
    if b"$" in raw_bytes or "£".encode() in raw_bytes or "€".encode() in raw_bytes:
        money = 1.0
    if b"%" in raw_bytes:
        percent = 1.0
    prev_word = ""
    for index, (raw, folded) in enumerate(toks):
        h = fnv(folded)
        buckets.append(h & (BUCKETS - 1))
        if prev is not None:
            hb = fnv(folded, fnv(b" ", fnv(prev)))
            buckets.append(hb & (BUCKETS - 1))
        prev = folded
        if 48 in folded:
            digit = 1.0
            if len(raw) == 4 and raw[:2] in (b"19", b"20") and raw.isdigit():
                year = 1.0
        word = folded.decode("ascii")
        if word in NUMBER_WORDS:
            number_word = 1.0
        if word in MONEY_WORDS:
            money = 1.0
        if word in PERCENT_WORDS or (word == "cent" and prev_word == "per"):
            percent = 1.0
        prev_word = word
        if (len(folded) > 4 and folded.endswith(b"ed")) or word in IRREGULAR_PAST:
            past = 1.0
        if index > 0 and 65 <= raw[0] <= 90 and raw != b"I":
            name = 1.0
    length = min(len(toks), 60) / 30.0
    return buckets, [digit, number_word, money, percent, year, length, past, name]
