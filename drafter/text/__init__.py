"""German text handling shared by every stage: one place for what "the same text" means.

- ``spaces``: whitespace folding, for layout lines (parse) and for evidence sentences (classify);
- ``months``: the German month names, for dates in every stage;
- ``sentences``: the sentence splitter for answers and drafts, with its abbreviations as data
  (``abbreviations.toml``);
- ``stems``: the search form of a word (case, ``ß``, umlauts, diacritics folded) and a light German
  stemmer, for the library's index and the draft's topic comparison alike.

- ``wordforms``: simplemma's German word forms as a trie cached on disk, and the one lemmatizer
  over them that the classifier's shapes and the library's index share;
- ``tables``: the rows of a table an answer runs together, and the row that answers a question.
"""
