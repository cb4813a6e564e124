"""German sentence analysis for the drafted questions: an earlier question turned into an indirect
clause (``paraphrase``, with ``verbfinal`` and ``wphrase`` moving the finite verb), and the
part-of-speech check every generated sentence passes (``check``), over the word classes kept as
data (``lexicon``)."""
