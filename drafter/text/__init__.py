"""German text handling shared by every stage: one place for what "the same text" means.

- ``spaces``: whitespace folding, for layout lines (parse) and for evidence sentences (classify);
- ``months``: the German month names, for dates in every stage;
- ``sentences``: the sentence splitter for answers and drafts, with its abbreviations as data
  (``abbreviations.toml``);
- ``stems``: the search form of a word (case, ``ß``, umlauts, diacritics folded) and a light German
  stemmer, for the library's index and the draft's topic comparison alike.

Lemmas and compound parts come from simplemma; the classifier and the library reach it through
their own modules because they ask different questions of it.
"""
