"""Filler words that are never shown as the evidence behind a triage suggestion.

    from score_helpers.safety.triage_words import is_evidence
    is_evidence("sa")          # False: a filler word
    is_evidence("sa sahig")    # True: "sahig" (floor) carries meaning

The model may still use these words (a pair such as "sa sahig" can help it), but a
person reading "Because of the words: …" should see words about the hazard, not "sa",
"si" or "the". Two kinds of words are left out:

* function words of English and Filipino (articles, pronouns, linkers, prepositions,
  particles and their texting shortcuts such as "ung", "nd", "d2");
* words that say how near the miss was ("muntik", "almost", "nearly"): they tell the
  type of report (a near miss), not the hazard, and appear in every category.

A phrase is evidence when at least one of its words is not in FILLER_WORDS.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


ENGLISH = _words("""
a an the and or but nor so if then than that this these those there here of to in on at by
for from with without into onto over under up down out off about as is are was were be been
being am do does did done has have had having it its it's he she they we you i me my your his
her their our them him us who whom which what when where why how not no yes very too also just
still again already only some any all each every both either neither more most less much many
can could will would shall should may might must get got go went let lets pls plz please
ok okay nd n u ur w wd coz cuz bcoz bc
""")

FILIPINO = _words("""
ang ng nang sa si sina ni nina kay kina mga ay at o pero kasi kc kse dahil daw raw din rin
na pa ba po ho lang lng lamang naman nmn man kaya yung ung iyong yong yun un iyon ito ire
dito d2 dyan diyan doon dun don ako ko ikaw ka mo siya sya sia kami tayo kayo sila namin
natin ninyo nila niya nya akin atin amin kanya kanila may mayroon meron wala walang hindi
di ay kung kapag pag nung noong nang habang para pang ano sino saan kailan bakit paano
eh e ha ah oh uy yo talaga sobra sobrang parang baka siguro ngayon kanina tapos tas pati
isang iisa yan yang yaan ganun ganon ganito ito'y 'yung 'yun nga ulit
""")

NEAR_MISS = _words("muntik muntikan muntikang halos almost nearly")

FILLER_WORDS: frozenset[str] = ENGLISH | FILIPINO | NEAR_MISS


def is_evidence(phrase: str) -> bool:
    """True when a word or word pair carries meaning: at least one word is not filler."""
    return any(word not in FILLER_WORDS for word in phrase.lower().split())
